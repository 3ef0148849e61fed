package org.symgrad.expr;

/**
 * What an expression can be differentiated by: a scalar symbol {@code x} or an entry of an
 * indexed symbol {@code W_{kl}}. {@link #name()} is the symbol's name without indices.
 */
public sealed interface Variable extends Expr permits Sym, Indexed {
    String name();
}
