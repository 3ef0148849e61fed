package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;

/**
 * The names a step writes at an offset of two index letters ({@code g_{j-k+1}}, {@code x_{i+k}}): a convolution's gradient written over the
 * whole kernel, {@code \sum_k g_{j-k+1} w_k}, reads entries beyond the name's range 1..n, which the textbook takes as 0 (zero
 * padding). A step false as drawn but equal at every point with those entries 0 is equal under that convention, and says so.
 */
final class ZeroPadding {
    private ZeroPadding() {
    }

    /** The names the written sides index at an offset of two index letters ({@link #isOffset}). */
    static Set<String> names(Expr... written) {
        Set<String> out = new TreeSet<>();
        for (Expr side : written) {
            Exprs.any(side, e -> {
                if (e instanceof Indexed x && x.indices().stream().anyMatch(ZeroPadding::isOffset)) {
                    out.add(x.name());
                }
                return false;
            });
        }
        return out;
    }

    /** The convention, in words: {@code g is 0 outside its range 1..n (zero padding)}. */
    static List<String> assumed(Set<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(n + " is 0 at an index outside its range 1..n (zero padding)"));
        return out;
    }

    /**
     * An index that is the difference or sum of two index letters ({@code j-k+1}, {@code i+k-1}): a convolution's offset. An
     * offset from one letter or the range size ({@code t+1}, {@code n-1}, {@code T+1}) is a boundary entry, no padding.
     */
    private static boolean isOffset(String index) {
        if (!index.contains("+") && !index.contains("-") || !Index.isAffine(index)) {
            return false;
        }
        List<String> names = Index.names(index);
        // the range size (n, written nsize inside an index) or a limit's name (T, K) makes it a boundary entry
        return names.size() >= 2 && names.stream().allMatch(t -> t.matches("[a-mo-z]"));
    }
}
