package org.symgrad.script;

import org.symgrad.error.SourceSpan;

/**
 * One line of a symgrad script (SPEC §3): {@code let}, {@code assume}, {@code derive},
 * {@code simplify} or {@code check}. Each statement knows where it was written and its source text,
 * so that results and errors can point back at it.
 */
public sealed interface Statement
        permits LetStatement, AssumeStatement, ConstraintStatement, DeriveStatement, SimplifyStatement, CheckStatement {

    /** The statement's position in the script. */
    SourceSpan span();

    /** The statement's source text, without a trailing comment. */
    String text();
}
