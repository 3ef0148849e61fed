package org.symgrad.expr;

import java.util.ServiceLoader;

/**
 * {@code toString()} of the expression nodes: the ASCII form from the {@link TextForm} service,
 * loaded once, when the first expression is turned into text. Without a provider (a jar repacked
 * without its {@code META-INF/services}) an expression shows its node type and hash code, so
 * {@code toString()} never fails.
 */
final class AsciiText {
    private AsciiText() {
    }

    /** Holder: the service is looked up on first use, then never changes. */
    private static final class Provider {
        static final TextForm FORM = ServiceLoader.load(TextForm.class, TextForm.class.getClassLoader())
                .findFirst().orElse(null);
    }

    static String of(Expr e) {
        TextForm form = Provider.FORM;
        return form != null ? form.ascii(e)
                : e.getClass().getSimpleName() + "@" + Integer.toHexString(e.hashCode());
    }
}
