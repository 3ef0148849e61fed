package org.symgrad.code;

import java.util.List;

/** The lengths of the ranges of indices, as Python expressions ({@code W.shape[1]}), where code is generated. */
interface Sizes {
    /** The length of the range of {@code index}. */
    String size(String index);

    /** The shape tuple of an array with axes {@code axes}: {@code (W.shape[0], x.shape[0])}. */
    default String shape(List<String> axes) {
        if (axes.size() == 1) {
            return "(" + size(axes.get(0)) + ",)";
        }
        return "(" + String.join(", ", axes.stream().map(this::size).toList()) + ")";
    }
}
