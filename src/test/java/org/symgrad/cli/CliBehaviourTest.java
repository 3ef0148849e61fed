package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option and error message of the command line, recorded: each case's exit code, standard
 * output, standard error and written file in {@code src/test/resources/cli/behaviour.txt}. The
 * record is the contract that a change of the argument parsing must keep (issue 13: the fast path
 * behaves exactly as picocli did); a deliberate change of behaviour is re-recorded with
 * {@code -Dsymgrad.record=true} and its diff reviewed.
 */
class CliBehaviourTest {
    static final Path GOLDEN = Path.of("src/test/resources/cli/behaviour.txt");

    @TempDir
    Path dir;

    /** The command lines, in shell quoting; {@code $TMP} is a fresh directory. */
    static final List<String> CASES = List.of(
            // top level
            "",
            "--help",
            "-h",
            "--version",
            "-V",
            "frobnicate",
            "--bogus",
            // diff: every option and format
            "diff x^2 --wrt x",
            "diff 'sigma(x)' --wrt x",
            "diff x^2 --wrt=x",
            "diff --wrt x x^2",
            "diff x^2 --wrt x --format ascii",
            "diff x^2 --wrt x --format unicode",
            "diff x^2 --wrt x --format latex",
            "diff x^2 --wrt x --format markdown",
            "diff x^2 --wrt x --format json",
            "diff x^2 --wrt x --format JSON",
            "diff x^2 --wrt x --format=json",
            "diff x^2 --wrt x -f json",
            "diff x^2 --wrt x -fjson",
            "diff x^2 --wrt x -f=json",
            "diff x^3 --wrt x --order 2",
            "diff x^3 --wrt x --order=3 -f json",
            // --detail (issue 12.1): brief rows as a textbook prints them, full as --steps
            "diff 'sigma(x)' --wrt x --detail brief",
            "diff 'sigma(x)' --wrt x --detail=full",
            "diff 'sigma(x)' --wrt x --detail BRIEF --steps -f json",
            "diff x^2 --wrt x --detail wordy",
            "run examples/softmax.sg --detail brief -f latex",
            "diff x^2 --wrt x --steps",
            "diff x^2 --wrt x --steps -f unicode",
            "diff x^2 --wrt x --steps -f latex",
            "diff x^2 --wrt x --steps -f markdown",
            "diff x^2 --wrt x --steps -f json",
            "diff x^3 --wrt x --steps --order 2",
            "diff 'x_i^2' --wrt x_j",
            "diff 'x_i*y_i' --wrt 'x_{j}'",
            "diff --help",
            "diff -h",
            "diff x^2 --wrt x --help",
            "diff -V",
            // diff: errors
            "diff",
            "diff x",
            "diff x^2 --wrt",
            "diff x^2 --wrt x --order",
            "diff x^2 --wrt x --order two",
            "diff x^2 --wrt x --order 0",
            "diff x^2 --wrt x --order 1000",
            "diff x^2 --wrt x --format pdf",
            "diff x^2 --wrt x --bogus",
            "diff x^2 y --wrt x",
            "diff x^2 --wrt x --wrt y",
            "diff 'sigma(x' --wrt x",
            "diff x --wrt 3",
            "diff x --wrt 'x+y'",
            "diff 'x_i^2' --wrt 'x_{jk}'",
            "diff '-x^2' --wrt x",
            "diff -- '-x^2' --wrt x",
            // simplify
            "simplify 'x + x'",
            "simplify 'sum_k delta_ik*f_k'",
            "simplify 'x + x' -f unicode",
            "simplify 'x + x' -f latex",
            "simplify 'x + x' -f markdown",
            "simplify 'x + x' -f json",
            "simplify",
            "simplify 'x +'",
            "simplify '1/0'",
            "simplify x y",
            "simplify --steps x",
            "simplify --help",
            // run
            "run src/test/resources/cli/square.sg",
            "run src/test/resources/cli/square.sg --steps",
            "run src/test/resources/cli/square.sg -f json",
            "run src/test/resources/cli/square.sg --steps -f json",
            "run src/test/resources/cli/square.sg -f markdown",
            "run src/test/resources/cli/square.sg -f latex",
            "run examples/identities.sg",
            "run src/test/resources/cli/false.sg -f json",
            "run src/test/resources/cli/square.sg -o $TMP/out.md",
            "run src/test/resources/cli/square.sg -o $TMP/out.tex",
            "run src/test/resources/cli/square.sg --output $TMP/out.json",
            "run src/test/resources/cli/square.sg -o $TMP/out.txt -f unicode",
            "run src/test/resources/cli/square.sg -o $TMP/out.svg",
            "run src/test/resources/cli/square.sg -o $TMP/out.png",
            "run src/test/resources/cli/square.sg -o $TMP/missing/out.md",
            "run examples/softmax.sg --form both",
            "run examples/softmax.sg --form=matrix -f json",
            "run examples/linear-layer.sg --form matrix --steps -f unicode",
            "run examples/softmax.sg --form tensor",
            "diff 'x_i*x_j' --wrt x_j --form both",
            "run",
            "run src/test/resources/cli/nope.sg",
            "run examples",
            "run --help",
            // check
            "check examples/identities.sg",
            "check examples/identities.sg -f json",
            "check src/test/resources/cli/false.sg",
            "check src/test/resources/cli/square.sg",
            "check examples/sigmoid.sg",
            "check",
            "check --help",
            // gradcheck (SPEC §10)
            "gradcheck examples/softmax.sg",
            "gradcheck examples/linear-layer.sg --n 2 --points 2 --seed 3",
            "gradcheck src/test/resources/cli/wrong-gradient.sg",
            "gradcheck examples/identities.sg",
            "gradcheck examples/softmax.sg --n 0",
            "gradcheck examples/softmax.sg --points x",
            "gradcheck",
            "gradcheck --help",
            // render
            "render 'x^2' -o $TMP/x.svg",
            "render src/test/resources/cli/square.sg -o $TMP/s.png",
            "render 'x^2' -o $TMP/x.pdf",
            "render 'x^2'",
            "render 'x +' -o $TMP/x.svg",
            "render examples/identities.sg -o $TMP/i.svg",
            "render --help",
            // conventions (issue 12): '--', expressions that start with '-', -o everywhere, help, suggestions
            "diff '-h*x' --wrt x",
            "diff '-V*x' --wrt x",
            "diff --wrt x -- '-h*x'",
            "diff '-h*x'",
            "simplify -x",
            "simplify -- -x",
            "simplify '-f*x'",
            "simplify -hV",
            "diff x^2 --wrt x -o $TMP/d.md",
            "diff x^2 --wrt x --steps -o $TMP/d.json",
            "diff x^2 --wrt x -o $TMP/d.tex",
            "simplify 'x + x' -o $TMP/s.txt -f unicode",
            "simplify 'x + x' -o$TMP/s.json",
            "check src/test/resources/cli/square.sg -o $TMP/c.md",
            "run src/test/resources/cli/square.sg -o $TMP/out.html",
            "run src/test/resources/cli/square.sg -o $TMP/out",
            "run ''",
            "help",
            "help diff",
            "help frobnicate",
            "simplfy x",
            "diff x --wrt x --fromat json",
            "run src/test/resources/cli/square.sg --step",
            "run src/test/resources/cli/typo.sg",
            // limits (issue 13, 14): the others' results are kept, the statement is named; --timeout
            "run src/test/resources/cli/limit.sg",
            "run src/test/resources/cli/limit.sg -f json -o $TMP/l.json",
            "diff x^2 --wrt x --timeout 0",
            "diff x^2 --wrt x --timeout abc",
            "diff x^2 --wrt x --timeout 30",
            "simplify '1/0'",
            "diff y --wrt x");

    /**
     * {@code --timeout} bounds the CPU time of each statement: a heavy one stops with exit 3 naming
     * the limit and its line, and the light ones around it still give their results.
     */
    @Test
    void timeoutStopsTheHeavyStatementOnly() throws IOException {
        Path script = Files.writeString(dir.resolve("heavy.sg"),
                "simplify x + x\nsimplify (a+b+c+d+1)^14*(a-b+c-d+2) - 1\nsimplify y + y\n");
        for (boolean fast : new boolean[] {true, false}) {
            Outcome o = run(new String[] {"run", script.toString(), "--timeout", "0.01"}, fast);
            assertEquals(3, o.code(), o::toString);
            assertEquals("x + x = 2*x\ny + y = 2*y\n", o.out());
            assertTrue(o.err().startsWith("error: line 2, column 1: limit exceeded (time): the computation used more"
                    + " than 0.01 s of CPU time (--timeout SECONDS changes the limit)\n"), o.err());
        }
    }

    /**
     * {@code -o out.pdf} compiles the document with pdflatex (not in the record above: without
     * pdflatex it is an error instead, which {@code PdfWriterTest} covers).
     */
    @Test
    void pdfOutputIsTheDocumentCompiled() throws IOException {
        org.symgrad.testing.Pdflatex.requireInstalled();
        for (boolean fast : new boolean[] {true, false}) {
            Path pdf = dir.resolve("out" + fast + ".pdf");
            Outcome o = run(new String[] {"run", "src/test/resources/cli/square.sg", "-o", pdf.toString()}, fast);
            assertEquals(new Outcome(0, "", ""), o);
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        }
    }

    /** {@code -o} never replaces the input: {@code run f.sg -o f.sg} is an error and the script stays. */
    @Test
    void outputOverTheInputIsRefused() throws IOException {
        Path script = Files.copy(Path.of("src/test/resources/cli/square.sg"), dir.resolve("f.sg"));
        String before = Files.readString(script);
        for (String command : List.of("run", "check")) {
            Outcome o = run(new String[] {command, script.toString(), "-o", dir.resolve("./f.sg").toString()});
            assertEquals(new Outcome(2, "", "error: will not write the output to " + dir.resolve("./f.sg")
                    + ": it is the input file\n"), o);
            assertEquals(before, Files.readString(script));
        }
    }

    /** A defect of symgrad is not a resource limit: exit 70, a message in words, no stack trace. */
    @Test
    void internalErrorsExitSeventy() {
        StringWriter err = new StringWriter();
        assertEquals(70, Failures.report(new PrintWriter(err, true), new IllegalStateException("no rule for Foo")));
        assertEquals("error: internal error: no rule for Foo\n  (this is a defect of symgrad; please report it with"
                + " the command line)\n", err.toString());
    }

    /** {@code -} reads standard input wherever a file or an expression is taken. */
    @Test
    void dashReadsStandardInput() {
        assertEquals(new Outcome(0, "2*x\n", ""), withInput("x^2\n", "diff", "-", "--wrt", "x"));
        assertEquals(new Outcome(0, "2*x\n", ""), withInput("x + x", "simplify", "-"));
        assertEquals(new Outcome(0, "diff(x^2, x) = 2*x\n", ""), withInput("derive x^2 wrt x\n", "run", "-"));
        assertEquals(new Outcome(1, "FAIL 1 = 2   (false: the left side is 1 and the right side is 2)\n", ""),
                withInput("check 1 = 2\n", "check", "-"));
        Outcome parse = withInput("sigma(x", "simplify", "-");
        assertEquals(2, parse.code());
        HostileInputTest.assertCaret(parse.err(), 1, 8);
    }

    /** The outcome of {@code args} with {@code stdin} as standard input; the fast path and picocli agree. */
    private static Outcome withInput(String stdin, String... args) {
        Outcome fast = withInput(stdin, true, args);
        assertEquals(fast, withInput(stdin, false, args), "fast path and picocli disagree");
        return fast;
    }

    private static Outcome withInput(String stdin, boolean fast, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Io(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err)), fast);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void everyOptionAndErrorBehavesAsRecorded() throws IOException {
        String actual = record(this::run);
        if (Boolean.getBoolean("symgrad.record")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual, "the command line behaves differently"
                + " from " + GOLDEN + "; if the change is intended, re-record with mvn -B -q test -Dtest=CliBehaviourTest"
                + " -Dsymgrad.record=true and review the diff");
    }

    /** How one command line is run: its arguments in, exit code and the two streams out. */
    interface Runner {
        Outcome run(String[] args);
    }

    record Outcome(int code, String out, String err) {
    }

    /**
     * The fast path and picocli's full parser agree on every recorded command line: run through
     * picocli alone, each gives the recorded result too.
     */
    @Test
    void picocliAloneBehavesAsRecorded() throws IOException {
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), record(args -> run(args, false)),
                "the fast path and picocli disagree");
    }

    /** The common command lines take the fast path (else the agreement above would prove nothing). */
    @Test
    void commonCommandLinesTakeTheFastPath() {
        for (String line : List.of("diff x^2 --wrt x", "diff 'sigma(x)' --wrt x --steps -f json --order 2",
                "diff --wrt=x x^2 --format=unicode -o out.md", "diff '-h*x' --wrt x", "simplify 'x + x' -funicode",
                "run f.sg --steps -o out.tex", "check f.sg -f json", "render 'x^2' -o x.svg", "run -")) {
            assertTrue(FastPath.parse(words(line).toArray(String[]::new)).isPresent(), line);
        }
        for (String line : List.of("diff x^2", "diff --help", "diff x --wrt x --wrt y", "diff -- x --wrt x",
                "diff x --wrt x --order 1x", "simplify x y", "run f.sg --bogus", "render x", "-V", "help diff")) {
            assertTrue(FastPath.parse(words(line).toArray(String[]::new)).isEmpty(), line);
        }
    }

    Outcome run(String[] args) {
        return run(args, true);
    }

    private static Outcome run(String[] args, boolean fast) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Io(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err)),
                fast);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** Every case run by {@code runner}, as the golden file shows it. */
    String record(Runner runner) throws IOException {
        StringBuilder all = new StringBuilder();
        int n = 0;
        for (String line : CASES) {
            Path tmp = Files.createDirectories(dir.resolve("case" + n++));
            String[] args = words(line).stream().map(w -> w.replace("$TMP", tmp.toString())).toArray(String[]::new);
            Outcome o = runner.run(args);
            all.append("$ symgrad ").append(line).append('\n')
                    .append("[exit ").append(o.code()).append("]\n")
                    .append("[stdout]\n").append(shown(o.out(), tmp))
                    .append("[stderr]\n").append(shown(o.err(), tmp));
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path f : files.sorted().toList()) {
                    all.append("[file ").append(f.getFileName()).append("]\n").append(fileSummary(f));
                }
            }
            all.append('\n');
        }
        return all.toString();
    }

    private static String shown(String text, Path tmp) {
        String s = text.replace(tmp.toString(), "$TMP");
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n[no newline at end]\n";
    }

    /** A text file in full; an image by its kind and whether it has content. */
    private static String fileSummary(Path f) throws IOException {
        String name = f.getFileName().toString();
        byte[] bytes = Files.readAllBytes(f);
        if (name.endsWith(".png")) {
            return bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' ? "PNG image\n" : "not a PNG\n";
        }
        if (name.endsWith(".tex")) {
            // the document's layout belongs to the LaTeX emitter's own tests
            return new String(bytes, StandardCharsets.UTF_8).startsWith("\\documentclass") ? "LaTeX document\n"
                    : "not a LaTeX document\n";
        }
        if (name.endsWith(".svg")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.contains("<svg") ? "SVG image\n" : "not an SVG\n";
        }
        if (Files.isDirectory(f)) {
            return "directory\n";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n[no newline at end]\n";
    }

    /** Splits a command line into words: whitespace separates, single quotes group. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
