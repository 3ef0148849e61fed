package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.report.Json;
import org.symgrad.testing.Python;

/**
 * The emitted NumPy gradient of every gallery derivation, run by python3 at a point the oracle
 * draws (n = 3, assumed-normalised vectors summing to 1), equals the oracle's own central finite
 * difference of the input through its definitions, entry by entry — a check independent of the
 * module's value function and its gradcheck. (Abstract functions are left to the module's own
 * check: the oracle's stand-in for L is not the module's.)
 */
class EmittedCodeOracleTest {
    private static final int N = 3;

    private record Case(ExampleDerivations.Case example, String module, int ordinal, Environment env) {
    }

    @Test
    void emittedGradientsEqualTheOraclesFiniteDifferences(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<Case> cases = new ArrayList<>();
        List<Json> calls = new ArrayList<>();
        for (Path script : ExampleDerivations.scripts()) {
            List<ExampleDerivations.Case> derivations = ExampleDerivations.of(script);
            if (derivations.isEmpty()) {
                continue;
            }
            String module = "m_" + script.getFileName().toString().replace(".sg", "").replace('-', '_');
            Files.writeString(dir.resolve(module + ".py"), Symgrad.code(Files.readString(script), Language.NUMPY));
            for (int k = 0; k < derivations.size(); k++) {
                ExampleDerivations.Case c = derivations.get(k);
                if (mentionsAbstractFunction(c)) {
                    continue;
                }
                Environment env = c.oracle(N).environment(1000L + cases.size());
                cases.add(new Case(c, module, k, env));
                calls.add(Json.object().put("module", module).put("index", Json.number(k)).put("args", arguments(c, env)));
            }
        }
        assertTrue(cases.size() >= 12, cases.size() + " derivations");
        Files.writeString(dir.resolve("calls.json"), Json.array(calls).text());
        Files.writeString(dir.resolve("run_calls.py"), """
                import importlib
                import inspect
                import json

                import numpy as np

                for call in json.load(open("calls.json")):
                    module = importlib.import_module(call["module"])
                    gradient = module.GRADIENTS[call["index"]]
                    parameters = inspect.signature(gradient).parameters
                    args = {name: np.asarray(value, dtype=float) if isinstance(value, list) else value
                            for name, value in call["args"].items() if name in parameters}
                    result = np.asarray(gradient(**args), dtype=float)
                    print(" ".join(repr(float(v)) for v in result.ravel()))
                """);
        Python.Run run = Python.run(dir, "run_calls.py");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(cases.size(), lines.size(), run.out());
        for (int p = 0; p < cases.size(); p++) {
            compare(cases.get(p), lines.get(p));
        }
    }

    private static void compare(Case c, String line) {
        Derivation d = c.example().derivation();
        Oracle oracle = c.example().oracle(N);
        List<String> axes = MatrixForm.axes(d.of(), d.wrt());
        String[] values = line.isBlank() ? new String[0] : line.split(" ");
        int entries = (int) Math.pow(N, axes.size());
        assertEquals(entries, values.length, c.example() + ": the gradient has one axis of length " + N + " per index");
        for (int flat = 0; flat < entries; flat++) {
            Map<String, Integer> at = new LinkedHashMap<>();
            int rest = flat;
            for (int a = axes.size() - 1; a >= 0; a--) {
                at.put(axes.get(a), 1 + rest % N); // C order: the last axis varies fastest
                rest /= N;
            }
            double truth = oracle.derivative(d.of(), d.wrt(), Oracle.bind(c.env(), at));
            double emitted = Double.parseDouble(values[flat]);
            if (!Oracle.close(truth, emitted)) {
                fail(c.example() + " at " + at + ": the emitted " + c.module() + ".GRADIENTS[" + c.ordinal() + "] gives "
                        + emitted + ", the oracle's finite difference " + truth);
            }
        }
    }

    /** The values of the leaves of the derivation at {@code env}, as JSON: nested lists for arrays. */
    private static Json arguments(ExampleDerivations.Case c, Environment env) {
        return EmittedArguments.at(c.derivation(), c.definitions(), env, N, name -> c.definitions().of(name).isPresent());
    }

    private static boolean mentionsAbstractFunction(ExampleDerivations.Case c) {
        Set<Expr> all = new LinkedHashSet<>(List.of(c.derivation().of(), c.derivation().result()));
        c.definitions().all().forEach(def -> all.add(def.body()));
        return all.stream().anyMatch(EmittedCodeOracleTest::abstractIn);
    }

    private static boolean abstractIn(Expr e) {
        return e instanceof Fn f && !FunctionRegistry.isKnown(f.name())
                || Exprs.children(e).stream().anyMatch(EmittedCodeOracleTest::abstractIn);
    }
}
