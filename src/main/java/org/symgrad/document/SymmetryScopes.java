package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a symmetry the prose states holds ({@link ProseAssumptions#symmetries}), as the author states it and no further:
 * said before the first display ("Let $A$ be a symmetric matrix."), it is the setting of the whole document; said later, it
 * holds to the end of its section (the next heading); said as a condition ("If $A$ is symmetric,", "for a symmetric $A$"),
 * for the displays after that paragraph only. Where the text says otherwise ("for a general $A$", "$A$ is not symmetric",
 * "Otherwise,") it holds no more. Where the text only stops saying it (a later paragraph, another section), a step false
 * without the symmetry but right with it is undecided, not false ({@link DocumentAssumptions#withdraw}): the author may
 * still mean it.
 */
final class SymmetryScopes {
    private enum Reach { DOCUMENT, SECTION, DISPLAYS }

    private record Live(Reach reach, int displays) {
    }

    private final DocumentAssumptions assume;
    private final Map<String, Live> live = new LinkedHashMap<>();
    private int displays;

    SymmetryScopes(DocumentAssumptions assume) {
        this.assume = assume;
    }

    /** A display was read. */
    void display() {
        displays++;
    }

    /** A heading: what was stated for a section or some displays lapses. */
    void heading() {
        for (String a : List.copyOf(live.keySet())) {
            if (live.get(a).reach() != Reach.DOCUMENT) {
                assume.withdraw(a, true);
                live.remove(a);
            }
        }
    }

    /** A paragraph of prose at {@code line}: what it says otherwise, what stops holding, what it states; messages say so. */
    void prose(String prose, int line, List<String> messages) {
        if (prose.isBlank()) {
            return;
        }
        List<String> general = ProseAssumptions.saidGeneral(prose);
        List<String> ended = new ArrayList<>();
        for (String a : assume.fromProse()) {
            String name = a.substring(0, a.indexOf(' '));
            if ((a.endsWith(" symmetric") || a.endsWith(" antisymmetric")) && (general.contains("*") || general.contains(name))) {
                assume.withdraw(a, false);
                live.remove(a);
                ended.add(a);
            } else if (live.containsKey(a) && live.get(a).reach() == Reach.DISPLAYS && live.get(a).displays() < displays) {
                assume.withdraw(a, true);
                live.remove(a);
            }
        }
        if (!ended.isEmpty()) {
            messages.add("line " + line + ": no longer assumes " + String.join(", ", ended) + " (the text says otherwise)");
        }
        for (ProseAssumptions.Symmetry s : ProseAssumptions.symmetries(prose)) {
            String a = s.assumption();
            if (general.contains(s.name()) || live.containsKey(a)) {
                continue;
            }
            // "W is symmetric" after "W is antisymmetric" (or the other way): the text now says otherwise
            for (String other : List.of(s.name() + " symmetric", s.name() + " antisymmetric")) {
                if (!other.equals(a) && live.remove(other) != null) {
                    assume.withdraw(other, false);
                    messages.add("line " + line + ": no longer assumes " + other + " (the text says otherwise)");
                }
            }
            Reach reach = s.conditional() ? Reach.DISPLAYS : displays == 0 ? Reach.DOCUMENT : Reach.SECTION;
            live.put(a, new Live(reach, displays));
            assume.stated(a, line);
            messages.add("line " + line + ": assumes " + a + " (from the text" + switch (reach) {
                case DOCUMENT -> ")";
                case SECTION -> ", to the end of its section)";
                case DISPLAYS -> ", for the displays after it)";
            });
        }
    }
}
