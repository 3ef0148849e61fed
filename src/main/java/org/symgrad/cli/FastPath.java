package org.symgrad.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.error.TimeLimit;

/**
 * A parser for the common command lines of the five commands that does not build picocli's
 * reflective command model (which costs more start-up time than the work of a typical call). It
 * accepts only well-formed lines — the command, its one positional argument, each of its options
 * at most once as {@code --name VALUE}, {@code --name=VALUE}, {@code -f VALUE}, {@code -fVALUE} or
 * {@code -f=VALUE} — and leaves everything else to picocli: help, version, {@code --}, unknown or
 * repeated options, missing or surplus arguments, malformed numbers. On the lines it accepts it
 * produces the {@link Invocation} picocli would ({@code CliBehaviourTest} checks this on every
 * recorded command line).
 */
final class FastPath {
    /** The options of each command; a short name maps to its long one. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "diff", Set.of("--wrt", "--order", "--steps", "--detail", "--format", "--form", "--output", "--timeout"),
            "simplify", Set.of("--format", "--output", "--timeout"),
            "run", Set.of("--steps", "--detail", "--format", "--form", "--output", "--timeout"),
            "check", Set.of("--format", "--output", "--timeout", "--input", "--assume", "--let", "--einstein"),
            "render", Set.of("--output", "--timeout"));
    private static final Set<String> FLAGS = Set.of("--steps", "--einstein");

    private FastPath() {
    }

    /** The invocation {@code args} asks for, or empty when picocli must read them. */
    static Optional<Invocation> parse(String[] args) {
        if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
            return Optional.empty();
        }
        String command = args[0];
        Set<String> known = OPTIONS.get(command);
        Map<String, String> options = new HashMap<>();
        String positional = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-") || !DashArguments.isOption(a)) {
                if (positional != null) {
                    return Optional.empty();
                }
                positional = a;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (a.startsWith("-f") && a.length() > 2) {
                name = "-f";
                value = a.substring(2);
            }
            name = switch (name) {
                case "-f" -> "--format";
                case "-o" -> "--output";
                default -> name;
            };
            if (!known.contains(name) || options.containsKey(name)) {
                return Optional.empty();
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    return Optional.empty();
                }
                options.put(name, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            options.put(name, value);
        }
        if (positional == null) {
            return Optional.empty();
        }
        try {
            return invocation(command, positional, options);
        } catch (InvalidPathException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A repeatable option given at most once on the fast path: its one value, or none. */
    private static java.util.List<String> optional(String value) {
        return value == null ? java.util.List.of() : java.util.List.of(value);
    }

    private static Optional<Invocation> invocation(String command, String positional, Map<String, String> options) {
        String format = options.get("--format");
        String form = options.get("--form");
        Path output = options.containsKey("--output") ? Path.of(options.get("--output")) : null;
        boolean steps = options.containsKey("--steps");
        String seconds = options.get("--timeout");
        if (seconds != null && !seconds.matches("[0-9]{1,6}(\\.[0-9]{1,6})?")) {
            return Optional.empty();
        }
        double timeout = seconds == null ? TimeLimit.DEFAULT_SECONDS : Double.parseDouble(seconds);
        return switch (command) {
            case "diff" -> {
                String order = options.getOrDefault("--order", "1");
                if (!options.containsKey("--wrt") || !order.matches("[0-9]{1,9}")) {
                    yield Optional.empty();
                }
                yield Optional.of(new Invocation.Diff(positional, options.get("--wrt"), Integer.parseInt(order), steps,
                        options.get("--detail"),                        format, form, output, timeout));
            }
            case "simplify" -> Optional.of(new Invocation.Simplify(positional, format, output, timeout));
            case "run" -> Optional.of(new Invocation.Run(positional, steps, options.get("--detail"), format, form, output, timeout));
            case "check" -> Optional.of(new Invocation.Check(positional, format, output, timeout, options.get("--input"),
                    optional(options.get("--assume")), optional(options.get("--let")), options.containsKey("--einstein")));
            case "render" -> output == null ? Optional.empty()
                    : Optional.of(new Invocation.Render(positional, output, timeout));
            default -> Optional.empty();
        };
    }
}
