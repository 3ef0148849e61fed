/**
 * Matrix notation for index-notation results (SPEC §10): {@link org.symgrad.matrix.MatrixForm}
 * reads a result's index structure — how each name is indexed, which positions a sum contracts,
 * which free indices factors share — and writes it with transposes, matrix products, {@code ⊙},
 * {@code diag}, {@code I} and {@code 𝟏} ({@link org.symgrad.matrix.Matrix}), or says why there is
 * no standard reading. {@link org.symgrad.matrix.MatrixPrinter} prints it in ASCII, Unicode and
 * LaTeX. No pattern is keyed to a particular result: the softmax Jacobian becomes
 * {@code diag(y) − y yᵀ} because δ with a row vector is a diagonal and a product of two vectors
 * on different free indices is an outer product.
 */
package org.symgrad.matrix;
