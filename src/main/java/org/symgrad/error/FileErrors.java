package org.symgrad.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. Java's own messages for these are just the path
 * ({@code NoSuchFileException: /a/b}), which reads as if the path were the error.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** The reason alone: "no such file or directory", "permission denied", … */
    public static String reason(IOException io) {
        return switch (io) {
            case NoSuchFileException n -> "no such file or directory";
            case AccessDeniedException a -> "permission denied";
            case FileAlreadyExistsException a -> "it already exists";
            case NotDirectoryException n -> "a part of the path is not a directory";
            case FileSystemException fs when fs.getReason() != null -> fs.getReason();
            default -> io.getMessage() == null || io.getMessage().isBlank() ? "input/output failure" : io.getMessage();
        };
    }

    /** The file, when known, and the reason: "cannot access /a/b: permission denied". */
    public static String describe(IOException io) {
        return io instanceof FileSystemException fs && fs.getFile() != null
                ? "cannot access " + fs.getFile() + ": " + reason(io)
                : reason(io);
    }
}
