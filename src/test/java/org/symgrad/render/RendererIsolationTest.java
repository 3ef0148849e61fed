package org.symgrad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The renderer as a library user meets it, in a fresh JVM that the test run's settings do not
 * reach: it leaves the JVM's system properties alone, and without its optional dependency it
 * says what is missing.
 */
class RendererIsolationTest {
    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void renderingSetsNoSystemProperty() throws Exception {
        List<String> out = probe(CLASS_PATH, "render");
        assertEquals(List.of("rendered true", "java.awt.headless=null"), out);
    }

    @Test
    void withoutJlatexmathRenderingSaysWhichDependencyIsMissing() throws Exception {
        String withoutJlatexmath = Arrays.stream(CLASS_PATH.split(File.pathSeparator))
                .filter(entry -> !entry.contains("jlatexmath"))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(withoutJlatexmath.length() < CLASS_PATH.length(), "jlatexmath is on the test class path");
        List<String> out = probe(withoutJlatexmath, "without-jlatexmath");
        assertEquals("available false", out.get(0));
        assertTrue(out.get(1).contains("org.scilab.forge:jlatexmath"), out.toString());
    }

    /** Runs {@link RenderProbe} in a new JVM without a display and returns its output lines. */
    private static List<String> probe(String classPath, String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", classPath, RenderProbe.class.getName(), mode)
                .redirectErrorStream(true);
        // no display: the JVM is headless by default, as on a server, without being told so
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().toList();
    }
}
