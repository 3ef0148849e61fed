package org.symgrad.api;

import org.symgrad.code.Backend;

/**
 * The array library generated gradient code is written for (SPEC §10): NumPy, or PyTorch
 * (computing in {@code float64}). See {@link Symgrad#code(String, Language)}.
 */
public enum Language {
    NUMPY, TORCH;

    Backend backend() {
        return this == NUMPY ? Backend.NUMPY : Backend.TORCH;
    }
}
