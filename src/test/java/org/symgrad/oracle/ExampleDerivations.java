package org.symgrad.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.run.Outcome;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;

/**
 * The derivations of the {@code examples/*.sg} scripts, each with the definitions and the
 * normalised vectors in force at its {@code derive} statement, read from the script
 * independently of {@link org.symgrad.run.ScriptRunner}.
 */
final class ExampleDerivations {
    static final Path EXAMPLES = Path.of("examples");

    /** One {@code derive} statement of an example and what symgrad derived. */
    record Case(String file, int line, String statement, Definitions definitions, Set<String> normalised,
                Derivation derivation) {
        Oracle oracle(int n) {
            return new Oracle(definitions, normalised, n);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + statement;
        }
    }

    private ExampleDerivations() {
    }

    static List<Path> scripts() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (Path p : scripts()) {
            out.addAll(of(p));
        }
        return out;
    }

    static List<Case> of(Path script) {
        String text;
        try {
            text = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(script.getFileName().toString(), text);
    }

    /** The derivations of the script {@code text}, named {@code name} in each case. */
    static List<Case> of(String name, String text) {
        List<Outcome> outcomes = Symgrad.run(text);
        List<Derivation> derived = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Derived d) {
                derived.add(d.derivation());
            }
        }
        List<Case> out = new ArrayList<>();
        Definitions definitions = Definitions.none();
        Set<String> normalised = new LinkedHashSet<>();
        for (Statement s : Parser.parseScript(text).statements()) {
            switch (s) {
                case LetStatement let -> definitions = definitions.with(new Definition(let.target(), let.body()));
                case AssumeStatement assume -> normalised.add(normalisedVector(assume));
                case DeriveStatement derive -> out.add(new Case(name, s.span().line(),
                        s.text().strip(), definitions, Set.copyOf(normalised), derived.get(out.size())));
                default -> {
                }
            }
        }
        if (out.size() != derived.size()) {
            throw new AssertionError(name + ": " + derived.size() + " derivations for " + out.size() + " derive statements");
        }
        return out;
    }

    /** The vector {@code t} of an assumption {@code Σ_k t_k = 1}: the only kind the oracle models. */
    private static String normalisedVector(AssumeStatement a) {
        if (a.lhs() instanceof IndexSum sum && sum.body() instanceof Indexed t && t.indices().equals(List.of(sum.index()))
                && a.rhs() instanceof Num one && one.value().equals(Rational.ONE)) {
            return t.name();
        }
        throw new AssertionError("the oracle models only assumptions sum_k t_k = 1, not " + a.text());
    }
}
