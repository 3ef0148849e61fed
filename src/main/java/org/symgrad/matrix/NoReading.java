package org.symgrad.matrix;

/**
 * Why an index expression has no standard matrix reading. Thrown inside the translation and
 * caught at its boundary ({@link MatrixForm}), where it becomes the reason of an empty reading.
 */
final class NoReading extends RuntimeException {
    NoReading(String reason) {
        super(reason, null, false, false);
    }
}
