package org.symgrad.document;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.Condition;

/**
 * A statement of a row: its sides and the relations between them; {@code implies} when an arrow ({@code \implies},
 * {@code \Rightarrow}) follows it in its row, as after a condition the text goes on to solve.
 */
record Statement(List<List<Token>> sides, List<Integer> relations, List<Condition> conditions,
                 List<String> conditionNotes, Rows.Row row, String introducer, String text,
                 boolean[] predefined, boolean implies) {
}
