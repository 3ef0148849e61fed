package org.symgrad.rewrite;

/** Why a rewriting loop ended (egg's Runner reports the same). */
public enum StopReason {
    /** No rule applies any more: the expression is a fixpoint of the rule set. */
    SATURATED,
    /** The loop used up its budget of rule applications or of nested rewrites. */
    BUDGET_EXHAUSTED
}
