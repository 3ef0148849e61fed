package org.symgrad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symgrad render (FILE|EXPR) -o OUT.png|OUT.svg}: an expression or a script's derivations as an image. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render an expression, or every derivation of a script with its steps, to PNG or SVG.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|EXPR", description = "a script file or an expression")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.png or OUT.svg")
    Path output;

    @Override
    public Integer call() throws IOException {
        // fail before any work; Renderer.write reads the extension the same way
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new InputException("render writes .png or .svg files, not " + name);
        }
        String latex = Inputs.isFile(input)
                ? RunCommand.aligned(Symgrad.run(Inputs.read(input)))
                : Symgrad.latex(Symgrad.parse(input));
        Symgrad.render(latex, output);
        return ExitCodes.OK;
    }
}
