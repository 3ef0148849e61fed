package org.symgrad.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value and its text. Objects keep keys in insertion order, so the output is a
 * deterministic function of how it was built; strings are escaped per RFC 8259 (quotes,
 * backslash, control characters; other Unicode is written as is).
 */
public sealed interface Json {

    /** The compact JSON text. */
    String text();

    static Json string(String s) {
        return new Str(s);
    }

    static Json number(long n) {
        return new Raw(Long.toString(n));
    }

    static Json bool(boolean b) {
        return new Raw(Boolean.toString(b));
    }

    static Json nullValue() {
        return new Raw("null");
    }

    static Obj object() {
        return new Obj(new LinkedHashMap<>());
    }

    static Arr array(List<? extends Json> items) {
        return new Arr(List.copyOf(items));
    }

    /** {@code s} as a quoted, escaped JSON string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A string value. */
    record Str(String value) implements Json {
        @Override
        public String text() {
            return quote(value);
        }
    }

    /** A literal written as is: a number, {@code true}, {@code false}, {@code null}. */
    record Raw(String literal) implements Json {
        @Override
        public String text() {
            return literal;
        }
    }

    /** An array, in the order given. */
    record Arr(List<Json> items) implements Json {
        @Override
        public String text() {
            List<String> parts = new ArrayList<>(items.size());
            items.forEach(i -> parts.add(i.text()));
            return "[" + String.join(",", parts) + "]";
        }
    }

    /** An object whose keys keep the order they were put in; putting a key again replaces its value in place. */
    record Obj(Map<String, Json> fields) implements Json {
        public Obj put(String key, Json value) {
            fields.put(key, value);
            return this;
        }

        public Obj put(String key, String value) {
            return put(key, Json.string(value));
        }

        @Override
        public String text() {
            List<String> parts = new ArrayList<>(fields.size());
            fields.forEach((k, v) -> parts.add(quote(k) + ":" + v.text()));
            return "{" + String.join(",", parts) + "}";
        }
    }
}
