package org.symgrad.code;

import java.util.List;
import org.symgrad.functions.CodeSpelling;

/**
 * The array library generated code is written for: NumPy or PyTorch. Only spellings differ;
 * the code's structure is the same. PyTorch code computes in {@code float64} and turns every
 * argument into a tensor first, so that its functions also take Python floats.
 */
public enum Backend {
    NUMPY("np", "import numpy as np"),
    TORCH("torch", "import torch");

    private final String module;
    private final String imports;

    Backend(String module, String imports) {
        this.module = module;
        this.imports = imports;
    }

    /** The import line(s) the generated module starts with. */
    String imports() {
        return imports;
    }

    /** The library's module name in generated code: {@code np} or {@code torch}. */
    String module() {
        return module;
    }

    /** The template of a known function in this library ({@code np.exp({0})}). */
    String function(CodeSpelling spelling) {
        return this == NUMPY ? spelling.numpy() : spelling.torch();
    }

    String einsum(String subscripts, List<String> operands) {
        return module + ".einsum('" + subscripts + "', " + String.join(", ", operands) + ")";
    }

    String outer(String a, String b) {
        return module + ".outer(" + a + ", " + b + ")";
    }

    String eye(String n) {
        return this == NUMPY ? "np.eye(" + n + ")" : "torch.eye(" + n + ", dtype=torch.float64)";
    }

    String ones(String shape) {
        return this == NUMPY ? "np.ones(" + shape + ")" : "torch.ones(" + shape + ", dtype=torch.float64)";
    }

    String diag(String v) {
        return module + ".diag(" + v + ")";
    }

    /** The sum of every entry. */
    String sum(String a) {
        return module + ".sum(" + a + ")";
    }

    /** The products along axis {@code axis} of {@code a}. */
    String prod(String a, int axis) {
        return module + ".prod(" + a + (this == NUMPY ? ", axis=" : ", dim=") + axis + ")";
    }

    /** The sums along axis {@code axis} of the (bracketed) array {@code a}. */
    String sum(String a, int axis) {
        return a + ".sum(" + (this == NUMPY ? "axis=" : "dim=") + axis + ")";
    }

    /** {@code value} (an argument) as an array of this library, in double precision. */
    String asArray(String value) {
        return this == NUMPY ? "np.asarray(" + value + ", dtype=float)" : "torch.as_tensor(" + value + ", dtype=torch.float64)";
    }
}
