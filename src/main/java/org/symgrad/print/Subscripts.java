package org.symgrad.print;

import java.util.List;

import org.symgrad.expr.Index;

/**
 * The text of a list of indices. Indices are written side by side ({@code kl}, {@code i1}) when
 * every index is one character and no two concrete indices touch — the grammar then reads each
 * character back as one index (SPEC §2); otherwise they are separated by commas
 * ({@code k2,l}, {@code 1,2}).
 */
final class Subscripts {
    private Subscripts() {
    }

    /** Whether side-by-side writing reads back as the same indices. */
    static boolean juxtaposable(List<String> indices) {
        for (int i = 0; i < indices.size(); i++) {
            if (indices.get(i).length() != 1) {
                return false;
            }
            if (i > 0 && Index.isConcrete(indices.get(i)) && Index.isConcrete(indices.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** {@code kl} or {@code k2,l}. */
    static String text(List<String> indices) {
        return String.join(juxtaposable(indices) ? "" : ",", indices);
    }

    /** {@code _i} for a single one-character subscript, else {@code _{kl}} / {@code _{k2,l}}. */
    static String braced(List<String> indices) {
        String t = text(indices);
        return t.length() == 1 ? "_" + t : "_{" + t + "}";
    }
}
