package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.SourceSpan;
import org.symgrad.parse.latex.DefinedFunctions;
import org.symgrad.parse.latex.DocumentFunction;

/**
 * The functions a document's prose names ({@link ProseFunctionNames}), bound as the document's own where its math applies
 * them: a scalar function for the whole document, a vector function for the math between its mention and the document's
 * own use of the letter.
 */
final class ProseFunctionBindings {
    private final String text;
    private final DocumentDefinitions defs;
    private final List<String> messages;

    ProseFunctionBindings(String text, DocumentDefinitions defs, List<String> messages) {
        this.text = text;
        this.defs = defs;
        this.messages = messages;
    }

    /**
     * The letters the prose names as known functions ({@link ProseFunctionNames}: "where $g$ is the sigmoid"), or writes by
     * the initial of a vector function it names ({@code S(x)_i} after "the softmax"), where the math applies the letter to a
     * bracket as such a function is applied and defines it nowhere. A scalar function holds from the start ({@code defined}
     * gains it); a vector function from where the text names it until a display applies the letter without a component
     * ({@code S(\mathbf{x}_1) = …}: the document's own use of the letter from there on).
     */
    void proseFunctions(List<Segment> segments, List<List<Token>> formulas, List<List<Token>> math, Set<String> defined) {
        Set<String> bare = new java.util.HashSet<>();
        Set<String> components = new java.util.HashSet<>();
        for (List<Token> tokens : math) {
            bare.addAll(DefinedFunctions.calls(tokens, false).keySet());
            components.addAll(DefinedFunctions.calls(tokens, true).keySet());
        }
        Map<String, Integer> firstComponent = new LinkedHashMap<>();
        formulas.forEach(tokens -> DefinedFunctions.calls(tokens, true).forEach(firstComponent::putIfAbsent));
        Map<String, ProseFunctionNames> named = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                ProseFunctionNames.in(text, p.start(), p.end()).forEach(n -> named.putIfAbsent(n.name(), n));
            }
        }
        firstComponent.forEach((name, at) -> {
            for (Segment s : segments) {
                if (s instanceof Segment.Prose p && p.start() < at && !named.containsKey(name)) {
                    ProseFunctionNames.byInitial(name, text, p.start(), p.end()).ifPresent(n -> named.put(name, n));
                }
            }
        });
        // a letter only written primed, N'(d_1), is used as a function and defined nowhere: the prose may name it
        Set<String> byMath = new java.util.HashSet<>();
        formulas.forEach(tokens -> byMath.addAll(DefinedFunctions.in(tokens)));
        defs.inline.stream().filter(InlineDefinitions::ofAFunction).forEach(d -> byMath.add(d.name()));
        for (ProseFunctionNames n : named.values()) {
            if (defined.contains(n.name()) && (byMath.contains(n.name())
                    || formulas.stream().noneMatch(tokens -> DefinedFunctions.primed(tokens).contains(n.name())))) {
                continue;
            }
            if (n.vector() && components.contains(n.name())) {
                int until = Integer.MAX_VALUE;
                for (List<Token> tokens : formulas) {
                    Integer at = DefinedFunctions.calls(tokens, false).get(n.name());
                    if (at != null && at > n.offset()) {
                        until = Math.min(until, at);
                    }
                }
                proseVectorFunctions.add(new ProseSpan(n, until));
            } else if (!n.vector() && bare.contains(n.name()) && !components.contains(n.name())) {
                defined.add(n.name());
                bindProseFunction(n);
            }
        }
    }

    /** A vector function the text names ({@link #proseFunctions}), which holds for the math between its mention and {@code until}. */
    private record ProseSpan(ProseFunctionNames named, int until) {
    }

    private final List<ProseSpan> proseVectorFunctions = new ArrayList<>();

    private void bindProseFunction(ProseFunctionNames n) {
        defs.functions.put(n.name(), n.asFunction());
        defs.definedAt.put(n.name(), line(n.offset()));
        defs.knownNames.add(n.name());
        messages.add("line " + line(n.offset()) + ": " + n.note());
        defs.readVectorsAgain(n.asFunction());
    }

    /** Binds or unbinds the vector functions the text names ({@link ProseSpan}) for the math at {@code offset}. */
    void proseFunctionsAt(int offset) {
        for (java.util.Iterator<ProseSpan> it = proseVectorFunctions.iterator(); it.hasNext();) {
            ProseSpan span = it.next();
            String name = span.named().name();
            DocumentFunction bound = span.named().asFunction();
            if (offset >= span.until()) {
                if (bound.equals(defs.functions.get(name))) {
                    defs.functions.remove(name);
                }
                it.remove();
            } else if (offset > span.named().offset() && !defs.functions.containsKey(name)) {
                bindProseFunction(span.named());
            }
        }
    }

    private int line(int offset) {
        return SourceSpan.of(text, offset, 1).line();
    }
}
