package org.symgrad.parse.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code src/test/resources/latex/seeds.md} read back: per seed file, one row per display
 * equation (its opening line, a verbatim quotation, the kind of each {@code =} pair, the expected
 * verdicts, the corpus entry that checks it), and the summary table of counts.
 */
record SeedTable(Map<String, List<Row>> rows, Map<String, List<Integer>> summary) {
    /** The kinds a pair of a seed equation can have. */
    static final List<String> KINDS = List.of("definition", "right", "mistake", "skip");

    private static final Pattern SECTION = Pattern.compile("^## `([^`]+)`$");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (.*) \\|$");
    private static final Pattern QUOTED = Pattern.compile("`(.+)`");
    private static final Pattern KIND = Pattern.compile("([a-z]+)(?: ×(\\d+))?");

    /** One display equation of a seed. */
    record Row(int line, String quotation, List<String> kinds, String expected, String entry) {
        Row {
            kinds = List.copyOf(kinds);
        }
    }

    SeedTable {
        // in the order of the document, which the test compares with the seeds' order
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    static SeedTable read(Path md) throws IOException {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, List<Integer>> summary = new LinkedHashMap<>();
        String section = null;
        boolean inSummary = false;
        for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                section = s.group(1);
                rows.put(section, new ArrayList<>());
                continue;
            }
            if (line.startsWith("## ")) {
                inSummary = line.equals("## Summary");
                section = null;
                continue;
            }
            Matcher r = ROW.matcher(line);
            if (!r.matches()) {
                continue;
            }
            List<String> cells = List.of(r.group(2).split(" \\| ", -1));
            if (inSummary) {
                summary.put(r.group(1), cells.stream().map(c -> Integer.valueOf(c.strip())).toList());
            } else if (section != null) {
                rows.get(section).add(row(Integer.parseInt(r.group(1)), cells, line));
            }
        }
        return new SeedTable(rows, summary);
    }

    private static Row row(int number, List<String> cells, String line) {
        if (cells.size() != 5) {
            throw new IllegalArgumentException("a seed row has six cells: " + line);
        }
        Matcher q = QUOTED.matcher(cells.get(0));
        if (!q.find()) {
            throw new IllegalArgumentException("the second cell quotes the equation in backquotes: " + line);
        }
        List<String> kinds = new ArrayList<>();
        for (String k : cells.get(1).split(",")) {
            Matcher m = KIND.matcher(k.strip());
            if (!m.matches() || !KINDS.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown kind '" + k.strip() + "': " + line);
            }
            int times = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            for (int i = 0; i < times; i++) {
                kinds.add(m.group(1));
            }
        }
        return new Row(number, q.group(1), kinds, cells.get(2).strip(), cells.get(4).strip());
    }

    /**
     * The counts of the summary table for {@code rows}: displays, then the pairs of each kind in
     * {@link #KINDS} order, then the displays whose pairs are all skipped.
     */
    static List<Integer> counts(List<Row> rows) {
        List<Integer> out = new ArrayList<>();
        out.add(rows.size());
        for (String kind : KINDS) {
            out.add((int) rows.stream().flatMap(r -> r.kinds().stream()).filter(kind::equals).count());
        }
        out.add((int) rows.stream().filter(r -> r.kinds().stream().allMatch("skip"::equals)).count());
        return out;
    }

    /** The 1-based lines of {@code seed} where a {@code $$} display opens. */
    static List<Integer> displayLines(List<String> seed) {
        List<Integer> out = new ArrayList<>();
        boolean inside = false;
        for (int n = 0; n < seed.size(); n++) {
            int marks = seed.get(n).split("\\$\\$", -1).length - 1;
            if (marks == 0) {
                continue;
            }
            if (!inside) {
                out.add(n + 1);
            }
            if (marks % 2 == 1) {
                inside = !inside;
            }
        }
        return out;
    }
}
