package org.symgrad.parse.latex;

import java.util.function.Predicate;

/**
 * Which names of a vector function's argument are vectors and which are matrices ({@link ElementwiseArgument}): a name
 * that is a matrix is no vector, whatever the vector evidence says.
 */
record ArgumentNames(Predicate<String> vectors, Predicate<String> matrices) {
    /** Vectors as {@code vector} tells, and no matrix. */
    static ArgumentNames of(Predicate<String> vector) {
        return new ArgumentNames(vector, name -> false);
    }

    boolean matrix(String name) {
        return matrices.test(name);
    }

    boolean vector(String name) {
        return !matrix(name) && vectors.test(name);
    }
}
