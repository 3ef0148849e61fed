package org.symgrad.render;

/**
 * Run in a fresh JVM by {@link RendererIsolationTest}: {@code render} renders both formats and
 * prints the {@code java.awt.headless} property afterwards; {@code without-jlatexmath} prints
 * what a caller sees when the optional dependency is missing.
 */
public final class RenderProbe {
    private RenderProbe() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "render" -> {
                String svg = Renderer.svg("\\sigma(x)^2");
                byte[] png = Renderer.png("\\sigma(x)^2");
                System.out.println("rendered " + (svg.contains("<use") && png.length > 100));
                System.out.println("java.awt.headless=" + System.getProperty("java.awt.headless"));
            }
            case "without-jlatexmath" -> {
                System.out.println("available " + Renderer.isAvailable());
                try {
                    Renderer.svg("x");
                    System.out.println("rendered without jlatexmath");
                } catch (IllegalStateException e) {
                    System.out.println(e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
