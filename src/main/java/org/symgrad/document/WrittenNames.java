package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.check.Verdict;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;

/**
 * Names the reader spells otherwise than the document, written back as the document wrote them where a
 * report shows them (a false step's point and its expected value): {@code w_{qh}} beside a defined h is
 * read as the name wh with the index q, {@code w_{hh}} as the name whh, and a component defined on its own,
 * {@code h_1 = …}, as the name h1; the report says {@code w_{1h} = …} at q = 1, {@code w_{hh}}, {@code h_1}.
 */
final class WrittenNames {
    /** A name as read → its base and its subscript as written: each letter kept, {@code #} an index's place. */
    private final Map<String, String[]> written = new LinkedHashMap<>();

    /** A plain name as read → the plain name the document writes ({@code varpi} → {@code pi}, a π that is a variable). */
    private final Map<String, String> plain = new LinkedHashMap<>();

    /** The document's one name for the range size n ({@code N} of {@code \sum_{n=1}^N}), if it writes one. */
    private String size;

    /** The document writes the range size n as {@code name} wherever it bounds a sum. */
    void size(String name) {
        size = name;
    }

    /** The name {@code name} is written {@code base} with the subscript {@code subscript} ({@code #h}). */
    void add(String name, String base, String subscript) {
        written.putIfAbsent(name, new String[] {base, subscript});
    }

    /** The plain name {@code name} is written {@code as} ({@code varpi}, the document's variable π, as {@code pi}). */
    void plain(String name, String as) {
        plain.put(name, as);
    }

    /** {@code e} with every name this table knows written as the document wrote it. */
    Expr apply(Expr e) {
        if (written.isEmpty() && size == null && plain.isEmpty()) {
            return e;
        }
        if (e instanceof Sym s && plain.containsKey(s.name())) {
            return new Sym(plain.get(s.name()));
        }
        if (size != null && e.equals(Exprs.N)) {
            return new Sym(size);
        }
        if (e instanceof Sym s && written.containsKey(s.name())) {
            return writtenBack(s.name(), List.of()).orElse(e);
        }
        if (e instanceof Indexed x && written.containsKey(x.name())) {
            return writtenBack(x.name(), x.indices()).orElse(e);
        }
        if (e instanceof Indexed x && plain.containsKey(x.name())) {
            return new Indexed(plain.get(x.name()), x.indices());
        }
        return Exprs.mapChildren(e, this::apply);
    }

    /** {@code v} with the names of its point written as the document wrote them ({@code wh_1} is {@code w_{1h}}). */
    Verdict apply(Verdict v) {
        if (written.isEmpty() && size == null && plain.isEmpty() || v.point().isEmpty()) {
            return v;
        }
        // the point's n is the range size unless an index of the pair is called n (then the size is RANGE_SIZE)
        boolean indexN = v.point().containsKey(Verdict.RANGE_SIZE) || Indices.free(v.left()).contains(Exprs.N.name())
                || Indices.free(v.right()).contains(Exprs.N.name());
        Map<String, Double> point = new LinkedHashMap<>();
        v.point().forEach((k, x) -> point.put(key(k, indexN), x));
        return new Verdict(v.left(), v.right(), v.kind(), point, v.leftValue(), v.rightValue(), v.exactDifference(),
                v.conditions(), v.assumed());
    }

    /** A point's name ({@code whh}, {@code wh_1}, {@code W_{2,1}}) as the document writes it. */
    private String key(String k, boolean indexN) {
        if (plain.containsKey(k)) {
            return plain.get(k);
        }
        int under = k.indexOf('_');
        if (under > 0 && plain.containsKey(k.substring(0, under))) {
            return plain.get(k.substring(0, under)) + k.substring(under); // n_1 of the document's vector n
        }
        if (k.equals(Exprs.N.name()) && plain.containsValue(k)) {
            return "range size"; // beside the document's own n (the triplet's negative), symgrad's n is the range's size
        }
        if (size != null && (k.equals(Verdict.RANGE_SIZE) || k.equals(Exprs.N.name()) && !indexN)) {
            return size;
        }
        if (written.containsKey(k)) {
            return spelled(k, List.of()).orElse(k);
        }
        int bar = k.lastIndexOf('_');
        if (bar > 0 && written.containsKey(k.substring(0, bar))) {
            String at = k.substring(bar + 1);
            List<String> values = at.startsWith("{") ? List.of(at.substring(1, at.length() - 1).split(",")) : List.of(at);
            return spelled(k.substring(0, bar), values).orElse(k);
        }
        return k;
    }

    /** The subscript's items with {@code indices} in the places of the indices, or empty where they do not fit. */
    private Optional<List<String>> items(String name, List<String> indices) {
        String subscript = written.get(name)[1];
        List<String> out = new ArrayList<>();
        int next = 0;
        for (char c : subscript.toCharArray()) {
            if (c == '#') {
                if (next >= indices.size()) {
                    return Optional.empty();
                }
                out.add(indices.get(next++));
            } else {
                out.add(String.valueOf(c));
            }
        }
        return next == indices.size() ? Optional.of(out) : Optional.empty();
    }

    private Optional<Expr> writtenBack(String name, List<String> indices) {
        return items(name, indices).map(i -> new Indexed(written.get(name)[0], i));
    }

    /** {@code w_{1h}}, {@code h_1}, {@code x_{12,3}}: as a point lists it. */
    private Optional<String> spelled(String name, List<String> indices) {
        return items(name, indices).map(i -> {
            boolean short1 = i.stream().allMatch(s -> s.length() == 1);
            String sub = String.join(short1 ? "" : ",", i);
            return written.get(name)[0] + "_" + (i.size() == 1 ? sub : "{" + sub + "}");
        });
    }
}
