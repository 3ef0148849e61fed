package org.symgrad.parse.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the LaTeX input corpus, read by the format of {@code src/test/resources/latex/README.md}:
 * fields in a fixed order, each starting a line with its key; block fields ({@code context},
 * {@code latex}, {@code meaning}, {@code oracle}) run to the next field. A file that breaks the
 * format is an {@link IllegalArgumentException} naming the file and the line.
 */
record CorpusEntry(Path file, String source, List<String> constructs, Optional<String> context, String latex,
                   String meaning, Optional<String> oracle, CorpusExpectation expect, Optional<String> skipped,
                   Optional<String> note) {
    /** The keys in the order a file must give them. */
    static final List<String> KEYS =
            List.of("source", "constructs", "context", "latex", "meaning", "oracle", "expect", "skipped", "note");
    private static final List<String> BLOCKS = List.of("context", "latex", "meaning", "oracle");
    private static final List<String> REQUIRED = List.of("source", "constructs", "latex", "meaning", "expect");
    private static final Pattern KEY = Pattern.compile("^(" + String.join("|", KEYS) + "):(.*)$");

    static CorpusEntry read(Path file) throws IOException {
        Map<String, String> fields = fields(file, Files.readString(file, StandardCharsets.UTF_8));
        for (String key : REQUIRED) {
            if (!fields.containsKey(key) || fields.get(key).isBlank()) {
                throw new IllegalArgumentException(file.getFileName() + ": missing or empty field '" + key + "'");
            }
        }
        List<String> constructs = Arrays.stream(fields.get("constructs").split(",")).map(String::strip).toList();
        CorpusExpectation expect;
        try {
            expect = CorpusExpectation.parse(fields.get("expect"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
        return new CorpusEntry(file, fields.get("source"), constructs, optional(fields, "context"), fields.get("latex"),
                fields.get("meaning"), optional(fields, "oracle"), expect, optional(fields, "skipped"),
                optional(fields, "note"));
    }

    /** The meaning has no script, only an error to raise. */
    boolean hasNoMeaning() {
        return meaning.strip().equals("(none)");
    }

    private static Optional<String> optional(Map<String, String> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }

    private static Map<String, String> fields(Path file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String current = null;
        List<String> block = new ArrayList<>();
        int lastKey = -1;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher m = KEY.matcher(line);
            if (m.matches()) {
                finish(fields, current, block);
                String key = m.group(1);
                int index = KEYS.indexOf(key);
                if (index <= lastKey) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + (n + 1) + ": field '" + key
                            + "' repeated or out of order (order: " + KEYS + ")");
                }
                lastKey = index;
                if (BLOCKS.contains(key)) {
                    if (!m.group(2).isBlank()) {
                        throw new IllegalArgumentException(file.getFileName() + ":" + (n + 1) + ": block field '" + key
                                + "' takes its value on the following lines");
                    }
                    current = key;
                    block = new ArrayList<>();
                } else {
                    fields.put(key, m.group(2).strip());
                    current = null;
                }
            } else if (current != null) {
                block.add(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException(file.getFileName() + ":" + (n + 1) + ": text outside any field: " + line);
            }
        }
        finish(fields, current, block);
        return fields;
    }

    private static void finish(Map<String, String> fields, String key, List<String> block) {
        if (key == null) {
            return;
        }
        int end = block.size();
        while (end > 0 && block.get(end - 1).isBlank()) {
            end--;
        }
        fields.put(key, String.join("\n", block.subList(0, end)));
    }
}
