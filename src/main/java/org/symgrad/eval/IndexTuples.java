package org.symgrad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every assignment of values to a list of indices, each index ranging over {@code 1..n}. */
public final class IndexTuples {
    private IndexTuples() {
    }

    /** Every tuple in {@code 1..n}^{@code rank}, the last position fastest; one empty tuple for rank 0. */
    public static List<int[]> all(int rank, int n) {
        List<int[]> out = new ArrayList<>();
        int[] t = new int[rank];
        Arrays.fill(t, 1);
        while (true) {
            out.add(t.clone());
            int p = rank - 1;
            while (p >= 0 && t[p] == n) {
                t[p] = 1;
                p--;
            }
            if (p < 0) {
                return out;
            }
            t[p]++;
        }
    }
}
