package org.symgrad.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;
import org.symgrad.testing.Python;

/**
 * The emitted Python runs as emitted and is right: for every gallery script ({@code examples/*.sg})
 * and every script of the textbook corpora, the NumPy module's own {@code gradcheck()} —
 * central finite differences computed in Python, at random points with random, mostly
 * non-square array lengths — finds every gradient within 1e-6 relative of the difference
 * quotient, and checks every one of them (none is left unchecked). The PyTorch module is run the
 * same way where PyTorch is installed, and at least compiled everywhere.
 */
class EmittedCodeRunsTest {
    private static final double TOLERANCE = 1e-6;

    static List<Path> scripts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scripts with at least one {@code derive} statement. */
    static List<Path> deriving(Path dir) {
        return scripts(dir).stream().filter(p -> {
            try {
                return Files.readString(p).lines().anyMatch(l -> l.strip().startsWith("derive"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String moduleName(Path script) {
        return "m_" + script.getFileName().toString().replace(".sg", "").replaceAll("[^A-Za-z0-9]", "_");
    }

    private static final Map<Path, Results> RUN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The module of {@code script}, which is run once per test run. */
    static String module(Path script, Language language) {
        return RUN.computeIfAbsent(script, k -> {
            try {
                return Symgrad.script(Files.readString(script));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).code(language);
    }

    /** Writes one module per script into {@code dir}; script → module name. */
    private static Map<Path, String> emit(List<Path> scripts, Language language, Path dir) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Path s : scripts) {
            String name = moduleName(s);
            Files.writeString(dir.resolve(name + ".py"), module(s, language));
            out.put(s, name);
        }
        return out;
    }

    /**
     * Runs {@code gradcheck()} of every module in one python3 process; module → (gradient → largest
     * relative error, or null when it was not checked), gradients in the order of {@code GRADIENTS}.
     */
    private static Map<String, Map<String, Double>> gradcheck(Path dir, List<String> modules) throws Exception {
        Files.writeString(dir.resolve("run_gradchecks.py"), """
                import importlib
                import sys

                for name in sys.argv[1:]:
                    module = importlib.import_module(name)
                    report = module.gradcheck(n=3, points=3, seed=20240611, verbose=False)
                    for gradient in module.GRADIENTS:
                        print(name, gradient.__name__, repr(report[gradient.__name__]))
                """);
        List<String> args = new ArrayList<>(List.of("run_gradchecks.py"));
        args.addAll(modules);
        Python.Run run = Python.run(dir, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String line : run.out().lines().toList()) {
            String[] parts = line.split(" ");
            out.computeIfAbsent(parts[0], m -> new LinkedHashMap<>())
                    .put(parts[1], parts[2].equals("None") ? null : Double.parseDouble(parts[2]));
        }
        return out;
    }

    private static void assertEveryGradientPasses(Map<Path, String> modules, Map<String, Map<String, Double>> report)
            throws IOException {
        for (Map.Entry<Path, String> m : modules.entrySet()) {
            long derives = Files.readString(m.getKey()).lines().filter(l -> l.strip().startsWith("derive")).count();
            Map<String, Double> errors = report.getOrDefault(m.getValue(), Map.of());
            assertEquals(derives, errors.size(), m.getKey() + ": one function per derive statement: " + errors.keySet());
            errors.forEach((gradient, error) -> {
                if (error == null) {
                    fail(m.getKey() + ": " + gradient + " was not checked");
                }
                assertTrue(error <= TOLERANCE, m.getKey() + ": " + gradient + " differs from finite differences by "
                        + error + " (relative)");
            });
        }
    }

    @Test
    void everyGalleryModulePassesItsOwnGradientCheck(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<Path> scripts = deriving(Path.of("examples"));
        assertTrue(scripts.size() >= 12, "gallery scripts: " + scripts);
        Map<Path, String> modules = emit(scripts, Language.NUMPY, dir);
        assertEveryGradientPasses(modules, gradcheck(dir, List.copyOf(modules.values())));
    }

    @Test
    void everyTextbookModulePassesItsOwnGradientCheck(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        List<Path> scripts = deriving(Path.of("src/test/resources/textbook"));
        assertTrue(scripts.size() >= 30, "corpus scripts: " + scripts.size());
        Map<Path, String> modules = emit(scripts, Language.NUMPY, dir);
        assertEveryGradientPasses(modules, gradcheck(dir, List.copyOf(modules.values())));
    }

    @Test
    void everyGalleryTorchModuleCompiles(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        Map<Path, String> modules = emit(deriving(Path.of("examples")), Language.TORCH, dir);
        List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
        modules.values().forEach(m -> args.add(m + ".py"));
        Python.Run run = Python.run(dir, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void everyGalleryTorchModulePassesItsOwnGradientCheck(@TempDir Path dir) throws Exception {
        Python.requireTorch();
        Map<Path, String> modules = emit(deriving(Path.of("examples")), Language.TORCH, dir);
        assertEveryGradientPasses(modules, gradcheck(dir, List.copyOf(modules.values())));
    }

    @Test
    void aWrongGradientFailsTheEmittedCheck(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        String module = module(Path.of("examples/two-layer-network.sg"), Language.NUMPY);
        String wrong = module.replace("(1 - h)", "(1 + h)");
        assertTrue(!wrong.equals(module), "the module computes (1 - h)");
        Files.writeString(dir.resolve("wrong.py"), wrong);
        Python.Run run = Python.run(dir, "wrong.py");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("dE_dW: largest relative error") && run.out().contains("FAILED"), run.out());
        Files.writeString(dir.resolve("right.py"), module);
        Python.Run right = Python.run(dir, "right.py");
        assertEquals(0, right.exit(), right.out() + right.err());
        assertTrue(right.out().contains(": ok"), right.out());
    }
}
