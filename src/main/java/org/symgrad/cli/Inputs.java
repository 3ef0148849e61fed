package org.symgrad.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.symgrad.error.InputException;

/** Reading script files: strict UTF-8, clear messages for missing or unreadable files. */
final class Inputs {
    private static final long MAX_BYTES = 16L << 20;

    private Inputs() {
    }

    static String read(String file) {
        Path p = Path.of(file);
        try {
            if (Files.isDirectory(p)) {
                throw new InputException("cannot read " + file + ": it is a directory");
            }
            if (Files.size(p) > MAX_BYTES) {
                throw new InputException("cannot read " + file + ": larger than 16 MiB");
            }
            byte[] bytes = Files.readAllBytes(p);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException("cannot read " + file + ": it is not valid UTF-8 text");
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
