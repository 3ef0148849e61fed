package org.symgrad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.symgrad.error.FileErrors;
import org.symgrad.error.InputException;

/**
 * Reading scripts and expressions: a file, or standard input for {@code -}; strict UTF-8; at most
 * {@value #MAX_BYTES} bytes, counted while reading, so that a pipe or a device such as
 * {@code /dev/zero} stops as soon as it is too long (a file's size cannot tell those).
 */
final class Inputs {
    static final int MAX_BYTES = 16 << 20;
    /** The argument that means standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /** The text of {@code file}, or of standard input {@code in} when {@code file} is {@code -}. */
    static String read(String file, InputStream in) {
        if (file.equals(STDIN)) {
            return decode("standard input", bounded("standard input", in));
        }
        if (file.isEmpty()) {
            throw new InputException("cannot read '': the file name is empty");
        }
        Path p;
        try {
            p = Path.of(file);
        } catch (InvalidPathException e) {
            throw new InputException("cannot read " + file + ": not a valid file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(p)) {
            throw new InputException("cannot read " + file + ": it is a directory");
        }
        try (InputStream stream = Files.newInputStream(p)) {
            return decode(file, bounded(file, stream));
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + FileErrors.reason(e));
        }
    }

    /** An expression argument: itself, or standard input's text for {@code -}. */
    static String expression(String argument, InputStream in) {
        return argument.equals(STDIN) ? read(STDIN, in).strip() : argument;
    }

    private static byte[] bounded(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException("cannot read " + name + ": larger than 16 MiB");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("cannot read " + name + ": " + FileErrors.reason(e));
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("cannot read " + name + ": it is not valid UTF-8 text");
        }
    }

    /** True when {@code arg} names a regular file (render takes a file or an expression). */
    static boolean isFile(String arg) {
        try {
            return !arg.isEmpty() && Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
