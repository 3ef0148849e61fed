package org.symgrad.expr;

/**
 * The text {@link Object#toString()} returns for every {@link Expr}: its plain ASCII form, the
 * one {@code Printer.ascii} prints, which parses back to an equal expression
 * ({@code beta*y_i*(delta(i,j) - y_j)}).
 *
 * <p>{@code expr} is the lowest layer and cannot see the printer above it, so the dependency is
 * inverted: the {@code print} package implements this interface and declares it as a service
 * ({@code META-INF/services/org.symgrad.expr.TextForm}); {@link AsciiText} looks it up once with
 * {@link java.util.ServiceLoader}. Nothing is registered at run time and no state changes after
 * the lookup.
 */
public interface TextForm {
    /** The ASCII form of {@code e}. */
    String ascii(Expr e);
}
