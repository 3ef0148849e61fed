package org.symgrad.print;

/**
 * A printed fragment and what a parent needs to know to place it: its binding strength, whether
 * it is tall (contains a stacked fraction or a big operator, so LaTeX brackets it with
 * {@code \left( … \right)}), and whether it reads as a fraction (so it is bracketed as the base
 * of a power and set apart in a juxtaposed product).
 */
public record Doc(String text, Prec prec, boolean tall, boolean fraction) {

    public static Doc atom(String text) {
        return new Doc(text, Prec.ATOM, false, false);
    }

    public static Doc of(String text, Prec prec, boolean tall) {
        return new Doc(text, prec, tall, false);
    }
}
