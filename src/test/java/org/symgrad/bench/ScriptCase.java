package org.symgrad.bench;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.run.ScriptRunner;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Script;
import org.symgrad.script.Statement;
import org.symgrad.rewrite.Rule;
import org.symgrad.simplify.Rules;

/**
 * A benchmarked script: its text ending in one {@code derive}, and the ASCII result that
 * derive must reach. {@link #prepared()} is the state the {@link ScriptRunner} has built when it
 * reaches the {@code derive} (definitions and assumptions in force), so that the derivation alone
 * can be timed.
 */
record ScriptCase(String text, String expected) {

    /** Parses and runs the whole script, as {@code symgrad run} does. */
    List<Outcome> run() {
        return new ScriptRunner().run(Parser.parseScript(text));
    }

    /** Runs the script once and fails unless its last derivation is {@link #expected()}. */
    ScriptCase verified() {
        List<Outcome> out = run();
        Outcome last = out.get(out.size() - 1);
        String got = last instanceof Outcome.Derived d ? Printer.ascii(d.derivation().result()) : last.toString();
        if (!got.equals(expected)) {
            throw new IllegalStateException("the script\n" + text + "\ngave " + got + ", expected " + expected);
        }
        return this;
    }

    /** The deriver and the {@code derive} statement of the script, ready to time. */
    Prepared prepared() {
        Script script = Parser.parseScript(text);
        Definitions definitions = Definitions.none();
        List<Rule> assumptions = new ArrayList<>();
        DeriveStatement derive = null;
        for (Statement s : script.statements()) {
            switch (s) {
                case LetStatement let -> definitions = definitions.with(new Definition(let.target(), let.body()));
                case AssumeStatement a -> assumptions.add(Rules.assumption(a.lhs(), a.rhs()));
                case DeriveStatement d -> derive = d;
                default -> throw new IllegalArgumentException("a benchmark script only defines, assumes and derives");
            }
        }
        if (derive == null) {
            throw new IllegalArgumentException("no derive statement in\n" + text);
        }
        return new Prepared(definitions, List.copyOf(assumptions), derive);
    }

    /** The script's definitions and assumptions, and what to derive. */
    record Prepared(Definitions definitions, List<Rule> assumptions, DeriveStatement derive) {
        /**
         * The step-by-step derivation, as the script runner makes it: a new {@link Deriver} each
         * time, since a deriver memoises its simplifications and a second call would time the memo.
         */
        Derivation derivation() {
            return new Deriver(definitions, assumptions).derive(derive.of(), derive.wrt());
        }
    }
}
