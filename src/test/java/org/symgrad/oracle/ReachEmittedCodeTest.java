package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.gradcheck.SampledAssumptions;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.report.Json;
import org.symgrad.run.Outcome;
import org.symgrad.script.AssumeStatement;
import org.symgrad.testing.Python;

/**
 * SPEC §10 beyond the gallery (issue 9): the emitted NumPy module of every reach script
 * ({@code src/test/resources/textbook-reach}, what users bring after the canon), run by python3.
 * Every gradient's own gradcheck (central differences of its value function) must pass, except
 * the derivations listed in {@link #NOT_YET}, each with the reason the module gives — a list that
 * can only shrink: one that starts working fails the test until it is taken off. Where it is cheap
 * (no abstract function, plain, concrete or affine indices, sums over 1..n or 1..K), each gradient is
 * also compared with the oracle's own central difference of the input through its definitions, at
 * n = 3 — a check that does not trust the module's value function. The convolutions are among them:
 * their integer sizes and zero padding sampled as the script's lines say, each array as long as its
 * largest computed position ({@link Lengths}), a stride bound as a whole number.
 */
class ReachEmittedCodeTest {
    private static final int N = 3;
    private static final Pattern SAMPLE_RANGE = Pattern.compile("#\\s*sample:\\s*(\\w+)\\s+in\\s+(-?[0-9.]+)\\.\\.(-?[0-9.]+)");
    private static final Pattern SAMPLE_INT = Pattern.compile("#\\s*sample:\\s*(\\w+)\\s*=\\s*(-?[0-9]+)");
    private static final Pattern ZERO_OUTSIDE = Pattern.compile("#\\s*zero-outside:\\s*(\\w+)\\s+(-?[0-9]+)\\.\\.(\\w+)");
    private static final Set<String> POSITIVE = Set.of("sigma", "eps", "d", "T");

    /**
     * The derivations (file:line of the derive statement) whose module cannot be checked yet, with
     * the words of the reason the module gives. Only ever shrinks.
     */
    static final Map<String, String> NOT_YET = notYet();

    private static Map<String, String> notYet() {
        Map<String, String> out = new TreeMap<>();
        return out;
    }

    /** One gradient of a module: the derivation it computes and where it comes from. */
    private record Gradient(String key, String module, int index, Outcome.Derived derived, Path script) {
    }

    private static List<Gradient> gradients;
    private static Map<String, String> modules;

    /** Every reach script's module text (by module name) and its gradients in GRADIENTS order. */
    private static synchronized List<Gradient> gradients() {
        if (gradients == null) {
            List<Gradient> out = new ArrayList<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (Path script : scripts()) {
                String text = read(script);
                String module = "r_" + script.getFileName().toString().replace(".sg", "").replace('-', '_');
                int k = 0;
                for (Outcome o : Symgrad.run(text)) {
                    if (o instanceof Outcome.Derived d) {
                        out.add(new Gradient(script.getFileName() + ":" + d.statement().span().line(), module, k++, d,
                                script));
                    }
                }
                if (k > 0) {
                    texts.put(module, Symgrad.code(text, Language.NUMPY));
                }
            }
            gradients = List.copyOf(out);
            modules = texts;
        }
        return gradients;
    }

    @Test
    void everyReachGradientPassesItsGradcheckExceptTheListedOnes(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<Gradient> all = gradients();
        assertTrue(all.size() >= 143, all.size() + " derivations");
        writeModules(dir);
        Files.writeString(dir.resolve("modules.json"), Json.array(modules.keySet().stream()
                .map(Json::string).toList()).text());
        Files.writeString(dir.resolve("run_checks.py"), """
                import importlib
                import json
                import warnings

                import numpy as np

                complex_warning = getattr(getattr(np, "exceptions", np), "ComplexWarning")
                warnings.simplefilter("error", complex_warning)  # a complex value cast to real is a defect

                for name in json.load(open("modules.json")):
                    module = importlib.import_module(name)
                    gradients = list(module.GRADIENTS)
                    for index, gradient in enumerate(gradients):
                        check = module.CHECKS[gradient.__name__]
                        try:
                            module.GRADIENTS = [gradient]
                            error = module.gradcheck(verbose=False)[gradient.__name__]
                            outcome = "none" if error is None else repr(float(error))
                        except Exception as e:
                            outcome = "raised " + type(e).__name__ + ": " + str(e).replace("\\n", " ")
                        print("\\t".join([name, str(index), outcome, check["skip"] or ""]))
                    module.GRADIENTS = gradients
                """);
        Python.Run run = Python.run(dir, "run_checks.py");
        assertEquals(0, run.exit(), run.err());
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : run.out().lines().toList()) {
            String[] f = line.split("\t", -1);
            rows.put(f[0] + "#" + f[1], f);
        }
        List<String> failures = new ArrayList<>();
        List<String> nowWorking = new ArrayList<>();
        Set<String> listedSeen = new HashSet<>();
        int passed = 0;
        for (Gradient g : all) {
            String[] row = rows.get(g.module() + "#" + g.index());
            String listed = NOT_YET.get(g.key());
            if (row == null) {
                failures.add(g.key() + ": no gradcheck line from " + g.module());
                continue;
            }
            String outcome = row[2];
            String skip = row[3];
            boolean ok = !outcome.equals("none") && !outcome.startsWith("raised") && Double.parseDouble(outcome) <= 1e-6;
            if (listed != null) {
                listedSeen.add(g.key());
                if (ok) {
                    nowWorking.add(g.key() + " (listed: " + listed + ") now passes its gradcheck: take it off NOT_YET");
                } else if (!skip.contains(listed)) {
                    failures.add(g.key() + " is listed as '" + listed + "' but gives " + outcome + " " + skip);
                }
                continue;
            }
            if (ok) {
                passed++;
            } else {
                failures.add(g.key() + " " + g.derived().statement().text().strip() + ": " + g.module() + ".GRADIENTS["
                        + g.index() + "] gradcheck " + outcome + (skip.isEmpty() ? "" : " (" + skip + ")"));
            }
        }
        Set<String> stale = new TreeSet<>(NOT_YET.keySet());
        stale.removeAll(listedSeen);
        System.out.println("reach emitted code: " + passed + " of " + all.size() + " gradients pass their gradcheck, "
                + NOT_YET.size() + " listed as not yet");
        assertTrue(failures.isEmpty(), "emitted code that fails:\n" + String.join("\n", failures));
        assertTrue(nowWorking.isEmpty(), String.join("\n", nowWorking));
        assertTrue(stale.isEmpty(), "listed derivations not in the corpus: " + stale);
    }

    @Test
    void reachGradientsEqualTheOraclesFiniteDifferences(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<Gradient> cheap = new ArrayList<>();
        List<Environment> envs = new ArrayList<>();
        List<Oracle> oracles = new ArrayList<>();
        List<Lengths> lengths = new ArrayList<>();
        List<Json> calls = new ArrayList<>();
        for (Gradient g : gradients()) {
            if (NOT_YET.containsKey(g.key()) || !cheap(g)) {
                continue;
            }
            Scope s = scope(g);
            Oracle oracle = new Oracle(s.definitions(), s.normalised(), POSITIVE, N);
            Environment env = oracle.environment(sampled(g, Environment.random(2000L + cheap.size(), N)),
                    2000L + cheap.size());
            // what the script assumes (a symmetric Q, a one-hot t, y in {-1, 1}, x > 0) made to hold, as symgrad's
            // gradcheck and the module draw it
            env = facts(g).apply(env);
            // each fixed label (o of y_w = δ_wo) one value, passed to the module 0-based
            Map<String, Integer> labels = new LinkedHashMap<>();
            Set<String> sizes = Lengths.sizes(g.derived().derivation(), s.definitions());
            for (String label : s.definitions().labels()) {
                if (!sizes.contains(label)) { // a stride s of X_{s*i+p} is free in a body, but a size, not a label
                    labels.put(label, 1 + (cheap.size() + labels.size()) % N);
                }
            }
            env = Oracle.bind(env, labels);
            // a kernel width K the script does not sample is a whole number: n (as the corpus check takes it)
            env = Oracle.withLimits(Oracle.withLimits(env, g.derived().derivation().of(), N),
                    g.derived().derivation().result(), N);
            Lengths sized = Lengths.of(g.derived().derivation(), s.definitions(), env);
            for (String size : sized.sizes()) {
                // a stride s of X_{s*i+p} is a whole number the index arithmetic reads, as a bound index is
                double v = env.scalar(size);
                if (v >= 1 && v == Math.rint(v)) {
                    env = env.withBinding(size, (int) v);
                }
            }
            Json.Obj args = arguments(g.derived().derivation(), s.definitions(), env);
            for (String size : sizes) {
                args.put(size, new Json.Raw(Double.toString(env.scalar(size)))); // an int argument, K or a stride
            }
            lengths.add(sized);
            labels.forEach((label, value) -> args.put(label, Json.number(value - 1)));
            cheap.add(g);
            envs.add(env);
            oracles.add(oracle);
            calls.add(Json.object().put("module", g.module()).put("index", Json.number(g.index())).put("args", args));
        }
        assertTrue(cheap.size() >= 80, cheap.size() + " derivations cheap enough for the oracle");
        writeModules(dir);
        Files.writeString(dir.resolve("calls.json"), Json.array(calls).text());
        Files.writeString(dir.resolve("run_calls.py"), """
                import importlib
                import inspect
                import json
                import re

                import numpy as np

                for call in json.load(open("calls.json")):
                    module = importlib.import_module(call["module"])
                    gradient = module.GRADIENTS[call["index"]]
                    parameters = inspect.signature(gradient).parameters
                    args = {}
                    for name, value in call["args"].items():
                        # the module's spelling of a script name: lambda_ for lambda, W_1 for W^(1)
                        spelled = re.sub("[^A-Za-z0-9_]", "_", name.replace("^(", "_").replace(")", ""))
                        for candidate in (name, spelled, spelled + "_"):
                            if candidate in parameters:
                                args[candidate] = np.asarray(value, dtype=float) if isinstance(value, list) else value
                                break
                    with np.errstate(all="ignore"):
                        result = np.asarray(gradient(**args), dtype=float)
                    print(" ".join(repr(float(v)) for v in result.ravel()))
                """);
        Python.Run run = Python.run(dir, "run_calls.py");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(cheap.size(), lines.size(), run.out());
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int affine = 0;
        List<String> uncompared = new ArrayList<>();
        for (int p = 0; p < cheap.size(); p++) {
            String failure = compare(cheap.get(p), oracles.get(p), envs.get(p), lengths.get(p), lines.get(p));
            if (failure == null && !lengths.get(p).computed().isEmpty()) {
                affine++;
            }
            if (failure == null) {
                compared++;
            } else if (!failure.isEmpty()) {
                failures.add(failure);
            } else {
                uncompared.add(cheap.get(p).key());
            }
        }
        System.out.println("reach emitted code: " + compared + " of " + cheap.size()
                + " cheap gradients agree with the oracle's finite difference at every smooth entry (" + affine
                + " of them read arrays at computed positions; no smooth entry to compare: " + uncompared + ")");
        assertTrue(affine >= 6, affine + " gradients with computed positions compared (the convolutions)");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyReachTorchModuleCompiles(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
        for (Path script : scripts()) {
            String text = read(script);
            if (Symgrad.run(text).stream().noneMatch(o -> o instanceof Outcome.Derived)) {
                continue;
            }
            String module = "t_" + script.getFileName().toString().replace(".sg", "").replace('-', '_') + ".py";
            Files.writeString(dir.resolve(module), Symgrad.code(text, Language.TORCH));
            args.add(module);
        }
        assertTrue(args.size() > 60, args.size() + " modules");
        Python.Run run = Python.run(dir, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        // torch is not installed here: every torch name the modules use must be one PyTorch documents
        Set<String> used = new TreeSet<>();
        for (String module : args.subList(2, args.size())) {
            Matcher m = TORCH_NAME.matcher(Files.readString(dir.resolve(module)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeAll(TORCH_DOCUMENTED);
        assertTrue(used.isEmpty(), "torch names not in PyTorch's documented API (add one only after checking the docs): "
                + used);
    }

    private static final Pattern TORCH_NAME = Pattern.compile("\\btorch\\.((?:nn\\.functional\\.)?[A-Za-z_][A-Za-z0-9_]*)");

    /**
     * Names of the PyTorch API (docs.pytorch.org/docs/stable: torch.*, torch.nn.functional.*, dtypes)
     * that generated modules may use; checked against the documentation when added.
     */
    private static final Set<String> TORCH_DOCUMENTED = Set.of(
            "Generator", "abs", "acos", "acosh", "all", "arange", "as_tensor", "asin", "asinh", "atan", "atan2", "atanh", "bool",
            "broadcast_tensors", "clamp", "cos", "cosh", "diag", "digamma", "einsum", "erf", "erfc", "exp", "expm1", "eye", "float64",
            "floor", "heaviside", "isfinite", "lgamma", "log", "log10", "log1p", "log2", "logit", "maximum", "minimum", "ones", "ones_like", "outer",
            "polygamma", "prod", "rand", "randint", "relu", "remainder", "sigmoid", "sign", "sin", "sinh", "softmax",
            "sqrt", "sum", "tan", "tanh", "tensor", "where", "zeros",
            "nn.functional.elu", "nn.functional.gelu", "nn.functional.silu", "nn.functional.softplus");

    /** Null where every smooth entry agrees, "" where no entry could be compared, else the disagreement. */
    private static String compare(Gradient g, Oracle oracle, Environment env, Lengths lengths, String line) {
        Derivation d = g.derived().derivation();
        List<String> axes = new ArrayList<>(MatrixForm.axes(d.of(), d.wrt()));
        axes.removeAll(g.derived().scope().definitions().labels()); // a fixed label is an argument, not an axis
        List<Integer> sizes = lengths.axes(d, axes);
        String[] values = line.isBlank() ? new String[0] : line.split(" ");
        int entries = sizes.stream().reduce(1, (a, b) -> a * b);
        if (entries != values.length) {
            return g.key() + ": " + values.length + " entries, expected axes of lengths " + sizes + " for the indices " + axes;
        }
        int smooth = 0;
        for (int flat = 0; flat < entries; flat++) {
            Map<String, Integer> at = new LinkedHashMap<>();
            int rest = flat;
            for (int a = axes.size() - 1; a >= 0; a--) {
                at.put(axes.get(a), 1 + rest % sizes.get(a)); // C order: the last axis varies fastest
                rest /= sizes.get(a);
            }
            Environment bound = Oracle.bind(env, at);
            if (!facts(g).admits(at)) {
                continue; // an entry the script assumes away (i != j)
            }
            if (!oracle.smoothAt(d.of(), d.wrt(), bound)) {
                continue;
            }
            double truth = oracle.derivative(d.of(), d.wrt(), bound);
            if (!Double.isFinite(truth)) {
                continue;
            }
            double emitted = Double.parseDouble(values[flat]);
            if (!Oracle.close(truth, emitted)) {
                return g.key() + " at " + at + ": the emitted " + g.module() + ".GRADIENTS[" + g.index() + "] gives "
                        + emitted + ", the oracle's finite difference " + truth;
            }
            smooth++;
        }
        return smooth > 0 ? null : "";
    }

    /**
     * Whether the oracle can check the gradient at n = 3 without modelling more: no abstract
     * function, plain, concrete or affine indices, sums over 1..n or 1..K (K an integer size the
     * script samples, or n), no product over an index.
     */
    private static boolean cheap(Gradient g) {
        Derivation d = g.derived().derivation();
        List<Expr> all = new ArrayList<>(List.of(d.of(), d.result(), d.wrt()));
        g.derived().scope().definitions().all().forEach(def -> all.add(def.body()));
        return all.stream().allMatch(ReachEmittedCodeTest::plain)
                && Oracle.freeIndices(d.of(), d.wrt()).stream().allMatch(MatrixForm.axes(d.of(), d.wrt())::contains);
    }

    private static boolean plain(Expr e) {
        boolean ok = switch (e) {
            case Fn f -> FunctionRegistry.isKnown(f.name());
            case IndexProduct p -> false;
            // a sum to an integer size K (sampled whole) — a convolution's kernel — as well as to n
            case IndexSum s -> s.lower().equals(Exprs.ONE) && (s.upper().equals(Exprs.N) || s.upper() instanceof Sym);
            // an affine position (a_{i+m}, X_{s*i+p}) reads an argument made long enough ({@link Lengths})
            case Indexed x -> x.indices().stream().allMatch(i -> Index.isSymbolic(i) || Index.isAffine(i)
                    || Index.isConcrete(i) && Integer.parseInt(i) <= N);
            case org.symgrad.expr.Derivative dv -> false;
            default -> true;
        };
        return ok && Exprs.children(e).stream().allMatch(ReachEmittedCodeTest::plain);
    }

    private record Scope(Definitions definitions, Set<String> normalised) {
    }

    /** The facts the script assumes at the derivation, a normalised vector of zeros and ones one-hot. */
    private static Sampling facts(Gradient g) {
        return SampledAssumptions.of(g.derived().scope().assumptions()).facts(g.derived().scope().facts());
    }

    /** The definitions and normalised names in force at the derivation, read from its scope. */
    private static Scope scope(Gradient g) {
        Set<String> normalised = new LinkedHashSet<>();
        for (AssumeStatement a : g.derived().scope().assumptions()) {
            if (a.lhs() instanceof IndexSum sum && sum.body() instanceof Indexed t
                    && t.indices().get(t.indices().size() - 1).equals(sum.index()) && a.rhs().equals(Exprs.ONE)) {
                normalised.add(t.name());
            }
        }
        return new Scope(g.derived().scope().definitions(), normalised);
    }

    /**
     * The environment with the scalars and entries the script's {@code # sample: x in lo..hi} lines ask for,
     * its integer sizes ({@code # sample: K = 2}) and the zero padding of its {@code # zero-outside: w 1..K}
     * lines (w_m is 0 for m outside 1..K), as the reach corpus's own check samples them.
     */
    private static Environment sampled(Gradient g, Environment env) {
        java.util.Random random = new java.util.Random(env.seed() * 31 + 7);
        List<Matcher> zeros = new ArrayList<>();
        for (String line : read(g.script()).lines().toList()) {
            Matcher integer = SAMPLE_INT.matcher(line);
            Matcher zero = ZERO_OUTSIDE.matcher(line);
            if (integer.find()) {
                env = env.withScalar(integer.group(1), Integer.parseInt(integer.group(2)));
            } else if (zero.find()) {
                zeros.add(zero);
            }
            Matcher range = SAMPLE_RANGE.matcher(line);
            if (!range.find()) {
                continue;
            }
            double lo = Double.parseDouble(range.group(2));
            double hi = Double.parseDouble(range.group(3));
            String name = range.group(1);
            env = env.withScalar(name, lo + (hi - lo) * random.nextDouble());
            for (int i = 1; i <= N; i++) {
                env = env.withIndexed(name, lo + (hi - lo) * random.nextDouble(), i);
                for (int j = 1; j <= N; j++) {
                    env = env.withIndexed(name, lo + (hi - lo) * random.nextDouble(), i, j);
                }
            }
        }
        for (Matcher zero : zeros) {
            int lo = Integer.parseInt(zero.group(2));
            String upper = zero.group(3);
            int hi = upper.matches("-?[0-9]+") ? Integer.parseInt(upper) : (int) env.scalar(upper);
            for (int i = -2 * N; i <= 4 * N; i++) {
                if (i < lo || i > hi) {
                    env = env.withIndexed(zero.group(1), 0, i);
                }
            }
        }
        return env;
    }

    /** The values of the leaves of the derivation at {@code env}, as JSON: nested lists for arrays. */
    private static Json.Obj arguments(Derivation d, Definitions definitions, Environment env) {
        Lengths lengths = Lengths.of(d, definitions, env);
        return EmittedArguments.at(d, definitions, env, lengths::of, name -> definitions.of(name).isPresent()
                && !name.equals(Oracle.nameOf(d.wrt())) || Constants.named(name).isPresent());
    }

    /**
     * The length of each axis of each argument at a point: the range of a plain index there (n, or K of
     * Σ_{m=1}^{K}), else — an axis read only at computed positions, {@code a_{i+m}} — its largest position
     * (each index at its largest where it adds, at 1 where it subtracts; an integer size at its value), as
     * the emitted module reads it: positions past an array's end read 0.
     */
    private record Lengths(Map<String, Integer> plain, Map<String, Integer> computed, Set<String> sizes) {
        /** The integer sizes of the derivation and its definitions: a sum's limit K, a stride s. */
        static Set<String> sizes(Derivation d, Definitions definitions) {
            Set<String> sizes = new HashSet<>(org.symgrad.eval.IntegerSizes.of(d.of(), MatrixForm.axes(d.of(), d.wrt())));
            for (org.symgrad.derive.Definition def : definitions.all()) {
                sizes.addAll(org.symgrad.eval.IntegerSizes.of(def.body(), def.indices()));
            }
            return sizes;
        }

        static Lengths of(Derivation d, Definitions definitions, Environment env) {
            Set<String> sizes = sizes(d, definitions);
            Lengths out = new Lengths(new LinkedHashMap<>(), new LinkedHashMap<>(), sizes);
            for (org.symgrad.derive.Definition def : definitions.all()) {
                out.collect(def.body(), Map.of(), env);
            }
            out.collect(d.of(), Map.of(), env);
            return out;
        }

        /** The length of each axis of the result: that of the variable's axis it is, else n. */
        List<Integer> axes(Derivation d, List<String> axes) {
            List<Integer> out = new ArrayList<>();
            for (String a : axes) {
                int length = N;
                if (d.wrt() instanceof Indexed x && x.indices().contains(a)) {
                    length = of(x.name(), x.indices().indexOf(a));
                }
                out.add(length);
            }
            return out;
        }

        int of(String name, int axis) {
            String key = name + "#" + axis;
            return plain.getOrDefault(key, computed.getOrDefault(key, N));
        }

        private void collect(Expr e, Map<String, Integer> ranges, Environment env) {
            if (e instanceof IndexSum s) {
                Map<String, Integer> inner = new java.util.HashMap<>(ranges);
                inner.put(s.index(), s.upper() instanceof Sym k && !k.equals(Exprs.N) ? (int) env.scalar(k.name()) : N);
                collect(s.body(), inner, env);
                return;
            }
            if (e instanceof Indexed x) {
                for (int p = 0; p < x.indices().size(); p++) {
                    String i = x.indices().get(p);
                    String key = x.name() + "#" + p;
                    if (Index.isSymbolic(i)) {
                        plain.putIfAbsent(key, ranges.getOrDefault(i, N));
                    } else if (Index.isAffine(i)) {
                        computed.merge(key, largest(i, ranges, env), Math::max);
                    }
                }
            }
            Exprs.children(e).forEach(c -> collect(c, ranges, env));
        }

        private int largest(String index, Map<String, Integer> ranges, Environment env) {
            long v = Index.offset(index);
            for (Map.Entry<String, Long> term : Index.coefficients(index).entrySet()) {
                long t = term.getValue();
                for (String name : term.getKey().split("\\*")) {
                    t *= sizes.contains(name) && !ranges.containsKey(name) ? (long) env.scalar(name)
                            : term.getValue() > 0 ? ranges.getOrDefault(name, N) : 1;
                }
                v += t;
            }
            return (int) Math.max(1, v);
        }
    }

    private static void writeModules(Path dir) throws IOException {
        gradients();
        for (Map.Entry<String, String> m : modules.entrySet()) {
            Files.writeString(dir.resolve(m.getKey() + ".py"), m.getValue());
        }
    }

    private static List<Path> scripts() {
        try (Stream<Path> files = Files.list(ReachCorpusTest.CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
