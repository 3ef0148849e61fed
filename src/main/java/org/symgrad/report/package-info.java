/**
 * Assembling what a command produces into a report or document: derivations as plain text
 * ({@link org.symgrad.report.DerivationText}) and LaTeX ({@link org.symgrad.report.DerivationLatex}),
 * Markdown, JSON (SPEC §6) and the per-statement {@link org.symgrad.report.Report}. Expressions
 * themselves are printed by {@code org.symgrad.print}; this package only arranges them.
 */
package org.symgrad.report;
