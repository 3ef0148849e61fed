import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page symgrad(1), in troff, from picocli's model of the command line — the same
 * model that prints --help, so the two cannot drift apart. Run by Maven in the package phase:
 *   java -classpath CLASSPATH src/build/ManPage.java target/man/symgrad.1
 * View it with: man target/man/symgrad.1
 */
public class ManPage {
    public static void main(String[] args) throws Exception {
        CommandLine root = new CommandLine(Class.forName("org.symgrad.cli.SymgradCommand"));
        CommandSpec spec = root.getCommandSpec();
        StringBuilder out = new StringBuilder();
        String version = spec.version().length > 0 ? spec.version()[0] : "symgrad";
        out.append(".TH SYMGRAD 1 \"\" \"").append(esc(version)).append("\" \"User Commands\"\n");
        out.append(".SH NAME\nsymgrad \\- ").append(esc(String.join(" ", spec.usageMessage().description())))
                .append('\n');
        out.append(".SH SYNOPSIS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            out.append(".B ").append(esc(synopsis(sub))).append("\n.br\n");
        }
        out.append(".B symgrad help [COMMAND] | \\-\\-help | \\-\\-version\n");
        out.append(".SH DESCRIPTION\n").append(esc(String.join(" ", spec.usageMessage().description()))).append('\n');
        out.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            out.append(".SS ").append(esc(sub.getCommandName())).append('\n');
            out.append(esc(String.join(" ", s.usageMessage().description()))).append("\n.PP\n");
            out.append(".B ").append(esc(synopsis(sub))).append('\n');
            for (PositionalParamSpec p : s.positionalParameters()) {
                out.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n')
                        .append(esc(String.join(" ", p.description()))).append('\n');
            }
            for (OptionSpec o : s.options()) {
                out.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
                if (o.arity().max() > 0) {
                    out.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
                }
                out.append('\n').append(esc(String.join(" ", o.description()))).append('\n');
            }
        }
        List<String> footer = List.of(spec.usageMessage().footer());
        out.append(".SH NOTES\n");
        for (String line : footer) {
            if (!line.isBlank()) {
                out.append(esc(line)).append("\n.br\n");
            }
        }
        out.append(".SH SEE ALSO\nThe README of symgrad: syntax, scripts, the library.\n");
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }

    private static String synopsis(CommandLine sub) {
        String s = sub.getHelp().synopsis(0).strip();
        return s.startsWith("Usage: ") ? s.substring("Usage: ".length()) : s;
    }

    /** troff escapes: backslashes and minus signs; a leading dot or quote would start a request. */
    private static String esc(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-").replace("\n", " ");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
