package org.symgrad.run;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.check.Assumptions;
import org.symgrad.check.Checker;
import org.symgrad.check.Constraints;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Variables;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.TimeLimit;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.rewrite.Rule;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.CheckStatement;
import org.symgrad.script.ConstraintStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Script;
import org.symgrad.script.SimplifyStatement;
import org.symgrad.script.Statement;

/**
 * Runs a script's statements in order, as a notebook does: {@code let} and {@code assume} change
 * the state from there on; {@code derive}, {@code simplify} and {@code check} produce an
 * {@link Outcome} each. A semantic error is reported at its statement's line.
 */
public final class ScriptRunner {
    private Definitions definitions = Definitions.none();
    private Assumptions assumptions = Assumptions.none();
    private final List<AssumeStatement> assumed = new ArrayList<>();
    /** What {@code assume x > 0}, {@code assume y in {0, 1}} … give: the sampler's constraints and their identities. */
    private Sampling sampling = Sampling.NONE;
    private final List<Rule> factRules = new ArrayList<>();
    /**
     * The branches {@code assume i = j} in force, in order, as pairs (i, j): the index j is written i
     * in what follows. The same line stays an identity of the symbols i and j as well.
     */
    private final List<List<String>> equalIndices = new ArrayList<>();
    /** The deriver of the state above, made when first needed ({@link #deriver()}). */
    private Deriver deriver;
    /** Whether a derivation records its steps, or is its result alone ({@link Deriver#result}). */
    private final boolean steps;

    /** A runner whose derivations record every step. */
    public ScriptRunner() {
        this(true);
    }

    /**
     * A runner whose derivations record every step when {@code steps}, else are their results alone
     * ({@link org.symgrad.derive.Derivation#resultOnly}): the same results, for output without steps.
     */
    public ScriptRunner(boolean steps) {
        this.steps = steps;
    }

    /** The outcomes of the script's statements; the first error (with its statement's place) ends the run. */
    public List<Outcome> run(Script script) {
        List<Outcome> out = new ArrayList<>();
        for (Statement s : script.statements()) {
            try {
                execute(s, out);
            } catch (InputException e) {
                throw e.at(s.span());
            } catch (LimitException e) {
                throw e.at(s.span());
            }
        }
        return out;
    }

    /**
     * The outcomes of the script's statements; a statement that hits a resource limit is added to
     * {@code limits} (pointing at it) and the run goes on with the next, whose work does not depend
     * on it. Each statement gets the whole time limit installed on the thread. Bad input still ends
     * the run.
     */
    public List<Outcome> run(Script script, List<LimitException> limits) {
        List<Outcome> out = new ArrayList<>();
        for (Statement s : script.statements()) {
            TimeLimit.restart();
            try {
                execute(s, out);
            } catch (InputException e) {
                throw e.at(s.span());
            } catch (LimitException e) {
                limits.add(e.at(s.span()));
            } catch (StackOverflowError e) {
                limits.add(new LimitException("nesting-depth", "the computation is nested too deeply", s.span()));
            }
        }
        return out;
    }

    private void execute(Statement statement, List<Outcome> out) {
        switch (statement) {
            case LetStatement let -> {
                definitions = definitions.with(new Definition(let.target(), let.body()));
                deriver = null;
            }
            case AssumeStatement assume -> {
                if (assume.lhs() instanceof Sym i && assume.rhs() instanceof Sym j
                        && Index.isSymbolic(i.name()) && Index.isSymbolic(j.name())) {
                    equalIndices.add(List.of(i.name(), j.name()));
                }
                assumptions = assumptions.with(assume.lhs(), assume.rhs());
                assumed.add(assume);
                deriver = null;
            }
            case ConstraintStatement fact -> {
                Constraints.constraint(fact).ifPresent(c -> sampling = sampling.with(c));
                factRules.addAll(Constraints.rules(fact));
                deriver = null;
            }
            case DeriveStatement derive -> {
                requireOccurs(derive.of(), derive.wrt());
                Expr of = onBranch(derive.of());
                Expr wrt = onBranch(derive.wrt());
                out.add(new Outcome.Derived(derive, steps ? deriver().derive(of, wrt) : deriver().result(of, wrt),
                        new Scope(definitions, assumed, sampling)));
            }
            case SimplifyStatement simplify -> out.add(
                    new Outcome.Simplified(simplify, deriver().simplifiedAsWritten(onBranch(simplify.expr()))));
            case CheckStatement check -> out.add(
                    new Outcome.Checked(check, new Checker(definitions, rules(), sampling)
                            .check(check.sides().stream().map(this::onBranch).toList()),
                            new Scope(definitions, assumed, sampling)));
        }
    }

    /**
     * The deriver of the definitions and assumptions in force: one until a {@code let} or
     * {@code assume} changes them, so the memos of its simplifiers serve every statement in between.
     */
    private Deriver deriver() {
        if (deriver == null) {
            // the facts' identities (Σ_k t_k = 1 for a one-hot t) come with the facts, so a step cites them
            deriver = new Deriver(definitions, assumptions.rules(), sampling);
        }
        return deriver;
    }

    /**
     * {@code e} on the branches {@code assume i = j} in force: the free index j written i, as the
     * textbook writes the diagonal ({@code ∂y_i/∂z_i}); a Σ over i is renamed first, so nothing is captured.
     */
    private Expr onBranch(Expr e) {
        Expr out = e;
        for (List<String> eq : equalIndices) {
            out = Indices.rename(out, eq.get(1), eq.get(0));
        }
        return out;
    }

    /** The identities in force: the assumed ones, then those of the assumed facts. */
    private List<Rule> rules() {
        if (factRules.isEmpty()) {
            return assumptions.rules();
        }
        List<Rule> all = new ArrayList<>(assumptions.rules());
        all.addAll(factRules);
        return all;
    }

    /**
     * The variable must occur in the expression or in a definition it reaches, with the same
     * number of indices it is used with there.
     */
    private void requireOccurs(Expr of, Expr wrt) {
        Expr everything = Exprs.add(of, Exprs.add(definitions.all().stream().map(Definition::body).toList()));
        Variables.requireRank(Exprs.add(everything, definitions.expand(everything)), wrt, true);
    }
}
