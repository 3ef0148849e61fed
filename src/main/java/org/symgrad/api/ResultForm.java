package org.symgrad.api;

import java.util.Locale;
import org.symgrad.report.Form;

/**
 * Which notation results are shown in (SPEC §10, {@code --form}): {@code index} notation (the
 * default); {@code matrix} notation where a result has a standard matrix reading
 * ({@code diag(y) − y yᵀ}), otherwise the index form and the reason there is none; or
 * {@code both}, the index form with the matrix form as a last step.
 */
public enum ResultForm {
    INDEX, MATRIX, BOTH;

    /**
     * The form named {@code name}, in any case; an {@link org.symgrad.error.InputException}
     * listing the known names otherwise.
     */
    public static ResultForm parse(String name) {
        return valueOf(Form.parse(name).name());
    }

    Form report() {
        return Form.valueOf(name());
    }

    /** The lower-case name, as {@code --form} takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
