package org.symgrad.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.error.SourceSpan;
import org.symgrad.script.ConstraintStatement;
import org.symgrad.script.Statement;

/**
 * The {@code assume} lines of a script that state a fact rather than an identity
 * ({@code assume x > 0}, {@code assume y in {0, 1}}, {@code assume t simplex}, {@code assume i != j};
 * SPEC §8): they are not expressions of the grammar, so they are taken out of the text before it is
 * parsed (blanked, so every other line keeps its line and column) and put back among the statements
 * in their place. {@code assume i = j} stays an identity in a script, as it always was.
 */
final class ScriptConstraints {
    private static final Pattern ASSUME = Pattern.compile("(?m)^([ \\t]*assume[ \\t]+)([^#\\n\\r]*?)[ \\t]*(#[^\\n\\r]*)?$");

    /** The source with the fact lines blanked, and the facts. */
    record Split(String source, List<ConstraintStatement> facts) {
    }

    private ScriptConstraints() {
    }

    static Split split(String source) {
        StringBuilder out = new StringBuilder(source);
        List<ConstraintStatement> facts = new ArrayList<>();
        Matcher m = ASSUME.matcher(source);
        while (m.find()) {
            String body = m.group(2);
            int start = m.start(1);
            int end = m.end(2);
            String text = source.substring(start, end).strip();
            SourceSpan span = SourceSpan.of(source, m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length()),
                    text.length());
            Optional<ConstraintStatement> fact = ConstraintStatement.parse(body, span, text)
                    .filter(c -> c.kind() != ConstraintStatement.Kind.EQUAL);
            if (fact.isPresent()) {
                facts.add(fact.get());
                for (int k = start; k < end; k++) {
                    out.setCharAt(k, ' ');
                }
            }
        }
        return new Split(out.toString(), facts);
    }

    /** {@code statements} and {@code facts} in the order of their lines. */
    static List<Statement> merged(List<Statement> statements, List<ConstraintStatement> facts) {
        if (facts.isEmpty()) {
            return statements;
        }
        List<Statement> all = new ArrayList<>(statements);
        all.addAll(facts);
        all.sort(Comparator.comparingInt((Statement s) -> s.span().line()).thenComparingInt(s -> s.span().column()));
        return all;
    }
}
