package org.symgrad.print;

/**
 * A printed fragment and what a parent needs to know to place it: its binding strength, whether
 * it is tall (contains a stacked fraction or a big operator, so LaTeX brackets it with
 * {@code \left( … \right)}), and whether it reads as a fraction (so it is bracketed as the base
 * of a power and set apart in a juxtaposed product).
 *
 * <p>A fragment may be <em>open</em>: a prefix operator whose operand runs on to the right, as a
 * textbook writes {@code \sum_k e^{z_k}}, {@code \log \sigma(x)} or
 * {@code \frac{\partial}{\partial x} \sum_k …}. An open fragment may end a product or stand
 * alone; wherever a factor would follow it (or it is the base of a power) its {@link #closed()}
 * form is printed instead, so a reader never takes the next factor for part of the operand.
 */
public record Doc(String text, Prec prec, boolean tall, boolean fraction, Doc closedForm) {

    /** A fragment that reads the same wherever it stands. */
    public Doc(String text, Prec prec, boolean tall, boolean fraction) {
        this(text, prec, tall, fraction, null);
    }

    public static Doc atom(String text) {
        return new Doc(text, Prec.ATOM, false, false);
    }

    public static Doc of(String text, Prec prec, boolean tall) {
        return new Doc(text, prec, tall, false);
    }

    /** An open fragment ({@code \log y_k}) and the form it takes when something follows it ({@code \log(y_k)}). */
    public static Doc open(String text, Prec prec, boolean tall, Doc closed) {
        return new Doc(text, prec, tall, false, closed.closed());
    }

    /** Whether an operand of this fragment runs on to the right (see the class comment). */
    public boolean isOpen() {
        return closedForm != null;
    }

    /** The form to print where something follows: this fragment itself unless it is open. */
    public Doc closed() {
        return closedForm == null ? this : closedForm;
    }
}
