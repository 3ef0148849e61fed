package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.testing.RandomExprs;

/**
 * Generates the fuzzer's derivations, each reproducible from the run's seed and its id alone:
 * scalar expressions over {@code x, y, z}, the edge families of {@link RandomExprs#nextEdge},
 * index expressions differentiated by {@code x_j}, and chains of {@code let} definitions — scalar
 * ({@code let a = …x…; let b = …a…x…; derive …b…a…x… wrt x}) and indexed
 * ({@code let h_i = …x…; derive …h…x… wrt x_j}, softmax-like normalisations among them).
 */
final class CaseGenerator {
    private static final Sym X = new Sym("x");
    private static final Indexed XJ = new Indexed("x", List.of("j"));
    private static final List<String> NAMES = List.of("a", "b", "c");

    private final long seed;

    CaseGenerator(long seed) {
        this.seed = seed;
    }

    FuzzCase next(long id) {
        long caseSeed = seed * 0x9E3779B97F4A7C15L + id;
        Random random = new Random(caseSeed);
        RandomExprs gen = new RandomExprs(caseSeed ^ 0x5DEECE66DL);
        int pick = random.nextInt(20);
        int depth = 1 + random.nextInt(4);
        if (pick < 6) {
            return new FuzzCase(id, FuzzCase.Kind.SCALAR, List.of(), gen.next(depth), variable(random));
        }
        if (pick < 10) {
            return new FuzzCase(id, FuzzCase.Kind.EDGE, List.of(), gen.nextEdge(depth), variable(random));
        }
        if (pick < 14) {
            Set<String> free = random.nextBoolean() ? Set.of() : Set.of("i");
            return new FuzzCase(id, FuzzCase.Kind.INDEXED, List.of(), gen.nextIndexed(free, Math.min(depth, 3)), XJ);
        }
        if (pick < 18) {
            return scalarChain(id, random, gen);
        }
        return indexedChain(id, random, gen);
    }

    private static Sym variable(Random random) {
        return new Sym(RandomExprs.VARIABLES.get(random.nextInt(RandomExprs.VARIABLES.size())));
    }

    /** {@code let a = …x, y…; let b = …a, x…; derive …b, a, x… wrt x}: z names the previous definition. */
    private static FuzzCase scalarChain(long id, Random random, RandomExprs gen) {
        int length = 1 + random.nextInt(3);
        List<Definition> lets = new ArrayList<>();
        String previous = "y";
        for (int k = 0; k < length; k++) {
            String name = NAMES.get(k);
            Expr body = random.nextInt(3) == 0 ? gen.nextEdge(2) : gen.next(1 + random.nextInt(3));
            lets.add(new Definition(new Sym(name), renamed(body, Map.of("z", previous))));
            previous = name;
        }
        Expr of = renamed(gen.next(1 + random.nextInt(3)), Map.of("z", previous, "y", lets.get(0).name()));
        if (!Exprs.contains(of, new Sym(previous))) {
            of = Exprs.add(of, new Sym(previous));
        }
        return new FuzzCase(id, FuzzCase.Kind.LET_CHAIN, lets, of, X);
    }

    /** {@code let h_i = …; derive …h…x… wrt x_j}, the body a random index expression or a normalisation. */
    private static FuzzCase indexedChain(long id, Random random, RandomExprs gen) {
        Expr body = gen.nextIndexed(Set.of("i"), 1 + random.nextInt(2));
        if (random.nextBoolean()) {
            // a normalised vector, as softmax and attention weights are: u_i / Σ_k u_k with u > 0
            Expr u = Exprs.exp(body);
            body = Exprs.div(u, Exprs.sum("k", org.symgrad.expr.Indices.rename(u, "i", "k")));
        }
        Definition h = new Definition(new Indexed("h", List.of("i")), body);
        Expr of = renamedIndexed(gen.nextIndexed(random.nextBoolean() ? Set.of() : Set.of("i"), 1 + random.nextInt(2)));
        if (!containsName(of, "h")) {
            boolean free = org.symgrad.expr.Indices.free(of).contains("i");
            of = Exprs.mul(of, new Indexed("h", List.of(free ? "i" : "1")));
        }
        return new FuzzCase(id, FuzzCase.Kind.INDEXED_LET_CHAIN, List.of(h), of, XJ);
    }

    /** {@code e} with the vector {@code y} read as the defined {@code h}. */
    private static Expr renamedIndexed(Expr e) {
        if (e instanceof Indexed x && x.name().equals("y")) {
            return new Indexed("h", x.indices());
        }
        return Exprs.mapChildren(e, CaseGenerator::renamedIndexed);
    }

    private static boolean containsName(Expr e, String name) {
        if (e instanceof Indexed x && x.name().equals(name)) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(c -> containsName(c, name));
    }

    /** {@code e} with the scalar symbols renamed by {@code names}. */
    static Expr renamed(Expr e, Map<String, String> names) {
        if (e instanceof Sym s) {
            String to = names.get(s.name());
            return to == null ? s : new Sym(to);
        }
        return Exprs.mapChildren(e, c -> renamed(c, names));
    }
}
