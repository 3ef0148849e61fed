package org.symgrad.document;

import java.util.List;

/**
 * What to show beside one row of display math in the annotated document: the verdicts whose
 * right side is in the row, or what the row was ({@code definition}, {@code not checked: …}).
 *
 * @param block    the index of the display-math block in {@link CheckedDocument#blocks()}
 * @param end      the document offset just after the row's last token
 * @param verdicts the verdicts of the pairs whose right side is in this row
 * @param role     a word for a row without verdicts: {@code definition}, {@code condition} or a reason
 */
public record RowMark(int block, int end, List<PairVerdict> verdicts, String role) {
    public RowMark {
        verdicts = List.copyOf(verdicts);
    }
}
