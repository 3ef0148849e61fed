package org.symgrad.api;

import java.nio.file.Path;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.render.Renderer;
import org.symgrad.report.DerivationLatex;

public class ReadmeRenderExample {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        // A derivation with every step, as SVG: text drawn as shapes, so it needs no fonts to view.
        Derivation d = Symgrad.derive(Symgrad.parse("sigma(x)"), Symgrad.variable("x"));
        Symgrad.render(DerivationLatex.aligned(d), dir.resolve("sigmoid.svg"));
        // Any LaTeX formula, as PNG at 4 pixels per point (2 when no scale is given).
        Renderer.png("\\sigma'(x) = \\sigma(x)\\left(1 - \\sigma(x)\\right)", dir.resolve("sigma.png"), 4);
    }
}
