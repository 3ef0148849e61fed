/**
 * Printing expressions: {@link org.symgrad.print.Printer#ascii}, {@link org.symgrad.print.Printer#unicode}
 * and {@link org.symgrad.print.Printer#latex}. Reports and documents are assembled from them
 * one layer up.
 *
 * <p>One walker ({@link org.symgrad.print.Printer}) decides structure and brackets from
 * {@link org.symgrad.print.Prec}; each {@link org.symgrad.print.Notation} only spells pieces.
 * Conventions shared by all notations:
 * <ul>
 *   <li>negative terms print as subtraction; a sum that starts negative shows its first positive
 *       term first ({@code y_j - t_j});</li>
 *   <li>a coefficient −1 is a unary minus; factors {@code b^(-k)} form a denominator; a rational
 *       coefficient p/q is split over numerator and denominator ({@code 3*x/(2*y)}), except that
 *       LaTeX shows it as {@code \frac{p}{q}} in front when there is no other denominator;</li>
 *   <li>factor order: number, scalar symbols, functions (and {@code ∂L/∂y_k}), indexed symbols
 *       and δ, Σ and operator derivatives, bracketed sums — a stable sort;</li>
 *   <li>a standalone {@code b^(-k)} stays a power ({@code x^(-1)}).</li>
 * </ul>
 * Printers never define equality: compare expressions, not strings.
 */
package org.symgrad.print;
