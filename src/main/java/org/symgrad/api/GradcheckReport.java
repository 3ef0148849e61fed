package org.symgrad.api;

import java.util.List;
import org.symgrad.error.LimitException;
import org.symgrad.gradcheck.StatementCheck;

/**
 * What {@code symgrad gradcheck} found (SPEC §10): for each {@code derive} statement of a script,
 * and each {@code check diff(f, v) = g = …} that states a derivative, the largest relative error of
 * its result against central finite differences; and the statements that hit a resource limit.
 * Immutable.
 */
public final class GradcheckReport {
    private final List<StatementCheck> statements;
    private final List<LimitException> limits;

    GradcheckReport(List<StatementCheck> statements, List<LimitException> limits) {
        this.statements = List.copyOf(statements);
        this.limits = List.copyOf(limits);
    }

    /** One check per statement, in the script's order. */
    public List<StatementCheck> statements() {
        return statements;
    }

    /** The resource limits statements hit, each pointing at its statement; empty when none did. */
    public List<LimitException> limits() {
        return limits;
    }

    /** True unless a statement's largest relative error is above the tolerance. */
    public boolean passes() {
        return statements.stream().allMatch(StatementCheck::passes);
    }

    /** One line per statement ({@link StatementCheck#describe()}), each ending with a newline. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (StatementCheck s : statements) {
            out.append(s.describe()).append('\n');
        }
        return out.toString();
    }
}
