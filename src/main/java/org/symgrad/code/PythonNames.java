package org.symgrad.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Names;

/**
 * Python identifiers for the names of a script: a name as the ASCII printer writes it where that
 * is an identifier ({@code x}, {@code W}, {@code beta}, {@code z1}), a layer label joined with an
 * underscore ({@code W^(1)} → {@code W_1}), and a trailing underscore for a Python keyword or a
 * name the module itself uses ({@code lambda} → {@code lambda_}, {@code np} → {@code np_}).
 * Distinct names get distinct identifiers.
 */
final class PythonNames {
    private static final Set<String> RESERVED = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "np", "torch", "math", "float", "len", "range", "abs", "sum", "min", "max", "print", "dict", "list");

    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** The identifier of the symbol {@code name}. */
    String of(String name) {
        return assigned.computeIfAbsent(name, n -> unique(spell(n)));
    }

    /** The identifier of the callable that computes the abstract function {@code name}. */
    String function(String name) {
        return of(name);
    }

    /** The identifier of the callable that gives the partial derivatives of the abstract function {@code name}. */
    String gradient(String name) {
        return assigned.computeIfAbsent("\u0000grad\u0000" + name, n -> unique(spell(name) + "_grad"));
    }

    /** The identifier of the integer argument that gives the fixed label (index) {@code index}. */
    String label(String index) {
        return assigned.computeIfAbsent("\u0000label\u0000" + index, n -> unique(spell(index)));
    }

    private String unique(String base) {
        String candidate = base;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = base + "_" + k;
        }
        return candidate;
    }

    private static String spell(String name) {
        String label = Names.label(name);
        String base = Names.base(name);
        String id = label.isEmpty() ? base : base + "_" + label;
        id = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = "v_" + id;
        }
        return RESERVED.contains(id) ? id + "_" : id;
    }
}
