package org.symgrad.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.parse.Parser;
import org.symgrad.run.Outcome;

/**
 * SPEC §10's readings, each from index structure: every rule on a bare index expression (so the
 * simplifier's choice of form does not matter), and the gallery's results as they print.
 */
class MatrixFormTest {

    private static MatrixReading read(String index, String... axes) {
        return MatrixForm.of(Parser.parseExpression(index), List.of(axes));
    }

    private static void reads(String index, List<String> axes, String ascii, String unicode) {
        MatrixReading r = MatrixForm.of(Parser.parseExpression(index), axes);
        assertTrue(r.exists(), index + ": " + r.reason());
        assertEquals(ascii, r.ascii().orElseThrow(), index);
        assertEquals(unicode, r.unicode().orElseThrow(), index);
    }

    static Stream<Arguments> specRules() {
        return Stream.of(
                Arguments.of("delta(i,j)", List.of("i", "j"), "I", "I"),
                Arguments.of("y_i*(delta(i,j) - y_j)", List.of("i", "j"), "diag(y) - y @ y^T", "diag(y) − y yᵀ"),
                Arguments.of("a_k*b_l", List.of("k", "l"), "a @ b^T", "a bᵀ"),
                Arguments.of("a_k*b_l", List.of("l", "k"), "b @ a^T", "b aᵀ"),
                Arguments.of("sum(k, W_{ki}*g_k)", List.of("i"), "W^T @ g", "Wᵀ g"),
                Arguments.of("sum(k, W_{ik}*g_k)", List.of("i"), "W @ g", "W g"),
                Arguments.of("f_i*g_i", List.of("i"), "f .* g", "f ⊙ g"),
                Arguments.of("sum(i, a_i*b_i)", List.of(), "a^T @ b", "aᵀ b"),
                Arguments.of("sum(k, A_{ik}*B_{kj})", List.of("i", "j"), "A @ B", "A B"),
                Arguments.of("sum(k, A_{ik}*B_{jk})", List.of("i", "j"), "A @ B^T", "A Bᵀ"),
                Arguments.of("sum(k, A_{ki}*B_{kj})", List.of("i", "j"), "A^T @ B", "Aᵀ B"),
                Arguments.of("sum(k, sum(m, a_k*A_{km}*b_m))", List.of(), "a^T @ A @ b", "aᵀ A b"),
                Arguments.of("sum(k, A_{ik}*c_k*B_{kj})", List.of("i", "j"), "A @ diag(c) @ B", "A diag(c) B"),
                Arguments.of("1 - h_a", List.of("a"), "1 - h", "1 − h"),
                Arguments.of("diff(L(y), y_k)*x_l", List.of("k", "l"), "diff(L(y), y) @ x^T", "(∂L/∂y) xᵀ"),
                Arguments.of("h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))", List.of("a", "b"),
                        "((V^T @ (y - t)) .* h .* (1 - h)) @ x^T", "((Vᵀ(y − t)) ⊙ h ⊙ (1 − h)) xᵀ"),
                Arguments.of("delta(i,j) - y_j", List.of("i", "j"), "I - ones(n) @ y^T", "I − 𝟏 yᵀ"),
                Arguments.of("sum(k, x_k)", List.of("j"), "(ones(n)^T @ x)*ones(n)", "(𝟏ᵀ x) 𝟏"),
                Arguments.of("u_i*M_{ij}*v_j", List.of("i", "j"), "diag(u) @ M @ diag(v)", "diag(u) M diag(v)"),
                Arguments.of("beta*y_i*(delta(i,j) - y_j)", List.of("i", "j"),
                        "beta*(diag(y) - y @ y^T)", "β(diag(y) − y yᵀ)"),
                Arguments.of("t_i/y_i", List.of("i"), "t ./ y", "t ⊘ y"),
                Arguments.of("x_j^2", List.of("j"), "x.^2", "x^⊙2"),
                Arguments.of("sigma(sum(v, W_{uv}*x_v))", List.of("u"), "sigma(W @ x)", "σ(W x)"),
                Arguments.of("sum(i, sum(j, W_{ij}))", List.of(), "ones(n)^T @ W @ ones(n)", "𝟏ᵀ W 𝟏"));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("specRules")
    void readsTheMatrixFormFromIndexStructure(String index, List<String> axes, String ascii, String unicode) {
        reads(index, axes, ascii, unicode);
    }

    /** A result's softmax(z)_j (the parser reads the quotient, the simplifier writes it back) is an entry of the vector softmax(z). */
    @Test
    void softmaxComponentsReadAsTheVector() {
        MatrixReading loss = MatrixForm.of(org.symgrad.simplify.Simplifier.simplifyPlain(
                Parser.parseExpression("softmax(z)_j - t_j")), List.of("j"));
        assertEquals("softmax(z) - t", loss.ascii().orElseThrow());
        assertEquals("softmax(z) − t", loss.unicode().orElseThrow());
        assertEquals("\\operatorname{softmax}(z) - t", loss.latex().orElseThrow());
        MatrixReading jacobian = MatrixForm.of(org.symgrad.simplify.Simplifier.simplifyPlain(
                Parser.parseExpression("softmax(z)_i*(delta(i,j) - softmax(z)_j)")), List.of("i", "j"));
        assertEquals("diag(softmax(z)) - softmax(z) @ softmax(z)^T", jacobian.ascii().orElseThrow());
    }

    @Test
    void latexSpellings() {
        MatrixReading r = read("h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))", "a", "b");
        assertEquals("((V^\\top(y - t)) \\odot h \\odot (1 - h)) x^\\top", r.latex().orElseThrow());
        assertEquals("\\operatorname{diag}(y) - y y^\\top", read("y_i*(delta(i,j) - y_j)", "i", "j").latex().orElseThrow());
        assertEquals("I - \\mathbf{1} y^\\top", read("delta(i,j) - y_j", "i", "j").latex().orElseThrow());
    }

    @Test
    void aScalarContractionBesideAnOuterProductIsAScalarFactor() {
        // opened into the chain, 𝟏ᵀ y y 𝟏ᵀ would not chain (a column after a column)
        reads("y_i*sum(k, y_k)", List.of("i", "j"), "(ones(n)^T @ y)*(y @ ones(n)^T)", "(𝟏ᵀ y) y 𝟏ᵀ");
        reads("sum(k, y_k)*y_i*z_j", List.of("i", "j"), "(ones(n)^T @ y)*(y @ z^T)", "(𝟏ᵀ y) y zᵀ");
        reads("sum(k, a_k*b_k)*W_{ij}*sum(m, x_m)", List.of("i", "j"), "(a^T @ b)*(ones(n)^T @ x)*W", "(aᵀ b)(𝟏ᵀ x) W");
    }

    @Test
    void threeFreeIndicesHaveNoMatrixFormAndSaySo() {
        MatrixReading r = read("delta(i,k)*x_l", "i", "k", "l");
        assertFalse(r.exists());
        assertTrue(r.reason().contains("3 free indices [i, k, l]"), r.reason());
        assertTrue(r.ascii().isEmpty());
    }

    @Test
    void otherIndexStructuresWithoutAStandardReading() {
        assertTrue(read("x_1 + y_j", "j").reason().contains("fixed index"), "a concrete entry");
        assertTrue(read("W_{ii}*x_i", "i").reason().contains("repeated index"), "a diagonal entry");
        assertTrue(read("sum_{k=1}^{3} x_k").reason().contains("range"), "a partial range");
        assertTrue(read("sum(k, A_{ik}*B_{jk}*C_{lk})", "i", "j").reason().contains("free"), "four indices meet");
        assertFalse(read("x_i", "j").exists(), "a free index that is not an axis");
    }

    /** The gallery's derivations: script → the matrix form of each derive statement (ASCII, Unicode), or null. */
    static Stream<Arguments> gallery() {
        return Stream.of(
                Arguments.of("softmax.sg", List.of("diag(y) - y @ y^T"), List.of("diag(y) − y yᵀ")),
                Arguments.of("softmax-temperature.sg", List.of("beta*(diag(y) - y @ y^T)"), List.of("β(diag(y) − y yᵀ)")),
                Arguments.of("cross-entropy-softmax.sg", List.of("y - t"), List.of("y − t")),
                Arguments.of("log-softmax.sg", List.of("I - ones(n) @ y^T"), List.of("I − 𝟏 yᵀ")),
                Arguments.of("linear-layer.sg", nullAnd("diff(L(y), y) @ x^T"), nullAnd("(∂L/∂y) xᵀ")),
                Arguments.of("two-layer-network.sg", List.of("((V^T @ (y - t)) .* h .* (1 - h)) @ x^T"),
                        List.of("((Vᵀ(y − t)) ⊙ h ⊙ (1 − h)) xᵀ")),
                Arguments.of("sigmoid.sg", List.of("sigma(x)*(1 - sigma(x))"), List.of("σ(x)(1 − σ(x))")),
                Arguments.of("softplus.sg", List.of("sigma(x)"), List.of("σ(x)")),
                Arguments.of("tanh.sg", List.of("1 - tanh(x)^2"), List.of("1 − tanh(x)²")),
                Arguments.of("log-sigmoid.sg", List.of("1 - sigma(x)"), List.of("1 − σ(x)")),
                Arguments.of("bce.sg", List.of("sigma(o) - y"), List.of("σ(o) − y")),
                Arguments.of("mse.sg", List.of("2*sigma(o)*(1 - sigma(o))*(sigma(o) - y)"), List.of("2σ(o)(1 − σ(o))(σ(o) − y)")));
    }

    private static List<String> nullAnd(String second) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.add(second);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gallery")
    void galleryResultsPrintTheirMatrixForms(String script, List<String> ascii, List<String> unicode) throws IOException {
        List<Derivation> derivations = new ArrayList<>();
        for (Outcome o : Symgrad.run(Files.readString(Path.of("examples", script)))) {
            if (o instanceof Outcome.Derived d) {
                derivations.add(d.derivation());
            }
        }
        assertEquals(ascii.size(), derivations.size(), script);
        for (int i = 0; i < derivations.size(); i++) {
            Derivation d = derivations.get(i);
            MatrixReading r = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt());
            assertEquals(java.util.Optional.ofNullable(ascii.get(i)), r.ascii(), script + " #" + i);
            assertEquals(java.util.Optional.ofNullable(unicode.get(i)), r.unicode(), script + " #" + i);
        }
    }

    @Test
    void everyGalleryScriptIsTabulated() throws IOException {
        List<String> tabulated = gallery().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sg")).toList()) {
                boolean derives = Files.readString(p).lines().anyMatch(l -> l.strip().startsWith("derive"));
                assertTrue(!derives || tabulated.contains(p.getFileName().toString()), p + " is not in the table");
            }
        }
    }
}
