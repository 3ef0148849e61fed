package org.symgrad.print;

import org.symgrad.expr.Expr;
import org.symgrad.expr.TextForm;

/**
 * The {@link TextForm} service: {@code Expr.toString()} is {@link Printer#ascii(Expr)}. Declared in
 * {@code META-INF/services/org.symgrad.expr.TextForm}; public with a public constructor because
 * {@link java.util.ServiceLoader} instantiates it.
 */
public final class AsciiTextForm implements TextForm {
    /** For {@link java.util.ServiceLoader}. */
    public AsciiTextForm() {
    }

    @Override
    public String ascii(Expr e) {
        return Printer.ascii(e);
    }
}
