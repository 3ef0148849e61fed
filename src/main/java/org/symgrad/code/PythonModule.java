package org.symgrad.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.derive.Derivation;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Variable;
import org.symgrad.run.Outcome;

/**
 * A Python module with the results of a script's {@code derive} statements (SPEC §10): one
 * function per statement, in order, named after what it differentiates ({@code dE_dW}), also
 * listed in {@code GRADIENTS}; a {@code value_…} function per statement for the expression it
 * differentiates; and {@code gradcheck()}, which compares every gradient with central finite
 * differences of its value function at random points (random array lengths, so shape mistakes
 * show) and prints the largest relative error of each — {@code python3 grad.py} runs it and
 * exits 1 above the tolerance. The module needs only NumPy (or PyTorch) and the standard library.
 */
public final class PythonModule {
    private PythonModule() {
    }

    /**
     * The module for the derivations among {@code outcomes}, written for {@code backend};
     * {@code source} names where they come from (a file name, or a command line) and
     * {@code generator} the program that wrote it (symgrad and its version).
     */
    public static String of(List<Outcome> outcomes, Backend backend, String source, String generator) {
        List<GradientCode.Emitted> functions = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Derived d) {
                String name = unique(functionName(d.derivation()), taken);
                String label = d.statement().text().strip();
                functions.add(GradientCode.of(d.derivation(), d.scope(), backend, name, label));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("\"\"\"Gradients derived by ").append(generator).append(" from ").append(source).append(", for ")
                .append(backend == Backend.NUMPY ? "NumPy" : "PyTorch").append(".\n\n")
                .append("Each function in GRADIENTS computes one `derive` statement's result from keyword arguments\n")
                .append("named after the script's names (arrays with one axis per index, first index first; floats\n")
                .append("for scalars); value_<name> computes the expression it differentiates. gradcheck() compares\n")
                .append("every gradient with central finite differences; `python3 <this file>` runs it.\n")
                .append("\"\"\"\n")
                .append("import contextlib\nimport inspect\nimport itertools\nimport math\nimport sys\n\n")
                .append(backend.imports()).append("\n\n\n");
        for (GradientCode.Emitted f : functions) {
            out.append(f.functions()).append("\n\n");
        }
        out.append("GRADIENTS = [").append(String.join(", ", functions.stream().map(GradientCode.Emitted::name).toList()))
                .append("]\n\n")
                .append("# How gradcheck() draws each gradient's arguments and reads its result.\n")
                .append("CHECKS = {\n");
        functions.forEach(f -> out.append(f.checkEntry()));
        out.append("}\n\n\n")
                .append(backend == Backend.NUMPY ? NUMPY_HELPERS : TORCH_HELPERS);
        if (functions.stream().anyMatch(GradientCode.Emitted::affine)) {
            out.append(backend == Backend.NUMPY ? NUMPY_POSITIONS : TORCH_POSITIONS);
        }
        out.append(CHECK);
        return out.toString();
    }

    /** {@code dE_dW} for {@code ∂E/∂W_ab}, {@code dL_dW} for {@code ∂L(y)/∂W_kl}, {@code grad_z} for a compound expression. */
    static String functionName(Derivation d) {
        String wrt = identifier(((Variable) d.wrt()).name());
        Expr of = d.of();
        String named = switch (of) {
            case Variable v -> v.name();
            case Fn f when !org.symgrad.functions.FunctionRegistry.isKnown(f.name()) -> f.name().replace("'", "");
            default -> null;
        };
        return named == null ? "grad_" + wrt : "d" + identifier(named) + "_d" + wrt;
    }

    private static String identifier(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "");
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int k = 2; !taken.add(candidate); k++) {
            candidate = base + "_" + k;
        }
        return candidate;
    }

    private static final String NUMPY_HELPERS = """
            def _rng(seed):
                return np.random.default_rng(seed)


            def _uniform(rng, shape, low, high):
                return rng.uniform(low, high, size=shape)


            def _integer(rng, low, high):
                return int(rng.integers(low, high + 1))


            def _copy(a):
                return a.copy()


            def _finite(x):
                return bool(np.all(np.isfinite(x)))


            def _sin(x):
                return np.sin(x)


            def _cos(x):
                return np.cos(x)


            def _total(x):
                return np.sum(x)


            def _row_totals(x):
                return np.sum(x, axis=-1, keepdims=True)


            def _quiet():
                return np.errstate(all="ignore")  # points outside a function's domain are redrawn


            def _scalar_gamma(x):
                try:
                    return math.gamma(x)
                except (ValueError, OverflowError):
                    return math.nan if x <= 0 else math.inf


            def _gamma(x):
                return np.vectorize(_scalar_gamma, otypes=[float])(x)


            def _scalar_lgamma(x):
                # log Γ(x) where Γ(x) > 0: nan at the poles 0, -1, -2, ... and where Γ(x) < 0
                if x <= 0 and (x == math.floor(x) or math.floor(x) % 2 == 1):
                    return math.nan
                return math.lgamma(x)


            def _lgamma(x):
                return np.vectorize(_scalar_lgamma, otypes=[float])(x)


            _BERNOULLI = (1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510, 43867 / 798,
                          -174611 / 330)


            def _scalar_polygamma(n, x):
                # psi^(n)(x): the recurrence up to x >= 10 + n, then the asymptotic series
                if math.isnan(x) or n != math.floor(n) or n < 0 or (x <= 0 and x == math.floor(x)):
                    return math.nan
                n = int(n)
                if n == 0 and x < 0:
                    return _scalar_polygamma(0, 1.0 - x) - math.pi / math.tan(math.pi * x)
                shifts = 0.0
                sign = -1.0 if n % 2 == 0 else 1.0
                factorial = math.factorial(n)
                while x < 10 + n:
                    shifts += sign * factorial / x ** (n + 1)
                    x += 1.0
                square = 1.0 / (x * x)
                if n == 0:
                    series = sum(b / (2 * k + 2) * square ** (k + 1) for k, b in enumerate(_BERNOULLI))
                    return math.log(x) - 0.5 / x - series + shifts
                series = sum(b * math.factorial(2 * k + n + 1) / math.factorial(2 * k + 2) * square ** (k + 1) / x ** n
                             for k, b in enumerate(_BERNOULLI))
                value = math.factorial(n - 1) / x ** n + factorial / (2.0 * x ** (n + 1)) + series
                return (value if n % 2 == 1 else -value) + shifts


            def _polygamma(n, x):
                return np.vectorize(_scalar_polygamma, otypes=[float])(n, x)


            def _beta(a, b):
                return _gamma(a) * _gamma(b) / _gamma(np.add(a, b))


            """;

    /** Positions an index computes (a convolution's {@code a_{i+m}}, its range conditions), for NumPy. */
    private static final String NUMPY_POSITIONS = """
            def _index(length, axis, rank):
                \"""The values 1..length of an index (counted from 1, as the script counts), along axis `axis` of
                `rank` axes, so that indices broadcast against each other.\"""
                shape = [1] * rank
                shape[axis] = length
                return np.arange(1, length + 1).reshape(shape)


            def _entries(a, *positions):
                \"""The entries of `a` at the given positions (counted from 1; integer arrays that broadcast),
                zero where a position lies outside `a`: the zero padding of a convolution.\"""
                positions = np.broadcast_arrays(*[np.asarray(p) for p in positions])
                inside = np.ones(positions[0].shape, dtype=bool)
                at = []
                for axis, p in enumerate(positions):
                    inside &= (p >= 1) & (p <= a.shape[axis])
                    at.append(np.clip(p - 1, 0, a.shape[axis] - 1))
                return np.where(inside, a[tuple(at)], 0.0)


            def _between(low, position, high):
                \"""The range condition [low <= position <= high]: 1.0 where it holds, else 0.0.\"""
                position = np.asarray(position)
                return ((low <= position) & (position <= high)).astype(float)


            def _equal(p, q):
                \"""The delta of two positions: 1.0 where they are equal, else 0.0.\"""
                return (np.asarray(p) == np.asarray(q)).astype(float)


            """;

    /** Positions an index computes, for PyTorch. */
    private static final String TORCH_POSITIONS = """
            def _index(length, axis, rank):
                \"""The values 1..length of an index (counted from 1, as the script counts), along axis `axis` of
                `rank` axes, so that indices broadcast against each other.\"""
                shape = [1] * rank
                shape[axis] = length
                return torch.arange(1, length + 1).reshape(shape)


            def _entries(a, *positions):
                \"""The entries of `a` at the given positions (counted from 1; integer tensors that broadcast),
                zero where a position lies outside `a`: the zero padding of a convolution.\"""
                positions = torch.broadcast_tensors(*[torch.as_tensor(p) for p in positions])
                inside = torch.ones(positions[0].shape, dtype=torch.bool)
                at = []
                for axis, p in enumerate(positions):
                    inside = inside & (p >= 1) & (p <= a.shape[axis])
                    at.append(torch.clamp(p - 1, 0, a.shape[axis] - 1))
                return torch.where(inside, a[tuple(at)], torch.zeros((), dtype=torch.float64))


            def _between(low, position, high):
                \"""The range condition [low <= position <= high]: 1.0 where it holds, else 0.0.\"""
                position = torch.as_tensor(position)
                return ((low <= position) & (position <= high)).to(torch.float64)


            def _equal(p, q):
                \"""The delta of two positions: 1.0 where they are equal, else 0.0.\"""
                return (torch.as_tensor(p) == torch.as_tensor(q)).to(torch.float64)


            """;

    private static final String TORCH_HELPERS = """
            def _rng(seed):
                generator = torch.Generator()
                generator.manual_seed(seed)
                return generator


            def _uniform(rng, shape, low, high):
                return low + (high - low) * torch.rand(shape, generator=rng, dtype=torch.float64)


            def _integer(rng, low, high):
                return int(torch.randint(low, high + 1, (1,), generator=rng))


            def _copy(a):
                return a.clone()


            def _finite(x):
                return bool(torch.all(torch.isfinite(torch.as_tensor(x, dtype=torch.float64))))


            def _sin(x):
                return torch.sin(torch.as_tensor(x, dtype=torch.float64))


            def _cos(x):
                return torch.cos(torch.as_tensor(x, dtype=torch.float64))


            def _total(x):
                return torch.sum(torch.as_tensor(x, dtype=torch.float64))


            def _row_totals(x):
                return torch.sum(x, dim=-1, keepdim=True)


            def _quiet():
                return contextlib.nullcontext()


            def _gamma(x):
                # Γ from log|Γ| and its sign, negative below 0 where floor(x) is odd
                x = torch.as_tensor(x, dtype=torch.float64)
                sign = torch.where(x > 0, torch.ones_like(x), 1.0 - 2.0 * torch.remainder(torch.floor(x), 2.0))
                return sign * torch.exp(torch.lgamma(x))


            def _beta(a, b):
                return _gamma(a) * _gamma(b) / _gamma(torch.as_tensor(a, dtype=torch.float64) + b)


            """;

    private static final String CHECK = """
            def _scalar(rng, low, high):
                return float(_uniform(rng, (), low, high))


            def _probe(rng, application, arity):
                \"""A smooth stand-in for an abstract function and its partial derivatives:
                f(u_1, ..., u_m) = sum_p c_p sin(a_p u_p + b_p), summed over the entries of a whole argument.\"""
                c = [_scalar(rng, 0.5, 1.5) for _ in range(arity)]
                a = [_scalar(rng, 0.5, 1.5) for _ in range(arity)]
                b = [_scalar(rng, -1.0, 1.0) for _ in range(arity)]

                def value(*args):
                    terms = [c[p] * _sin(a[p] * args[p] + b[p]) for p in range(arity)]
                    if application == "whole":
                        return sum(float(_total(t)) for t in terms)
                    total = terms[0]
                    for t in terms[1:]:
                        total = total + t
                    return total

                def gradient(*args):
                    return tuple(c[p] * a[p] * _cos(a[p] * args[p] + b[p]) for p in range(arity))

                return value, gradient


            def _point(check, n, rng, positive):
                \"""Random arguments: lengths and integer sizes as _sizes draws them, entries uniform in [-1.5, 1.5] (in [0.5, 2] when positive), assumed-normalised
                vectors positive with sum 1 (matrices each row), what else the script assumes as _assumed draws it, assumed-symmetric matrices (A + A^T)/2,
                stand-ins for abstract functions, fixed labels uniform in their range.\"""
                sizes, whole = _sizes(check, n, rng)
                args = dict(whole)
                for name, axes in check["arrays"].items():
                    shape = tuple(sizes[r] for r in axes)
                    if name in check["normalised"]:
                        w = _uniform(rng, shape, 0.1, 1.1)
                        args[name] = w / _row_totals(w)  # a vector sums to 1; a matrix, each row
                    elif positive:
                        args[name] = _uniform(rng, shape, 0.5, 2.0)
                    else:
                        args[name] = _uniform(rng, shape, -1.5, 1.5)
                for name in check["scalars"]:
                    args[name] = _scalar(rng, 0.5, 2.0) if positive else _scalar(rng, -1.5, 1.5)
                for name, draw in check.get("assumed", {}).items():
                    args[name] = _assumed(rng, args[name], *draw)
                for name in check.get("symmetric", ()):
                    args[name] = (args[name] + args[name].T) / 2  # an assumed-symmetric matrix
                parameters = inspect.signature(check["gradient"]).parameters
                for name, (application, arity, gradient_name) in check["functions"].items():
                    value, gradient = _probe(rng, application, arity)
                    if name in parameters:
                        args[name] = value
                    if gradient_name in parameters:
                        args[gradient_name] = gradient
                for name, r in check["labels"].items():
                    args[name] = _integer(rng, 0, sizes[r] - 1)  # a fixed label: an index into its range
                return args, sizes


            def _assumed(rng, like, draw, *values):
                \"""A value shaped as `like` that satisfies what the script assumes of it: one-hot (a vector: one entry 1,
                the others 0; a matrix: each row), two-valued (each entry one of the two values), in (0, 1) (uniform in
                [0.1, 0.9]), positive or non-negative (uniform in [0.5, 2]).\"""
                def drawn(low, high):
                    return _scalar(rng, low, high) if isinstance(like, float) else _uniform(rng, tuple(like.shape), low, high)

                if draw == "one_hot":
                    x = like * 0.0
                    for row in itertools.product(*(range(length) for length in x.shape[:-1])):
                        x[row + (_integer(rng, 0, x.shape[-1] - 1),)] = 1.0
                    return x
                if draw == "two_valued":
                    low, high = values
                    return low + (high - low) * (drawn(0.0, 2.0) // 1)  # each entry 0 or 1, then low or high
                if draw == "unit_interval":
                    return drawn(0.1, 0.9)
                return drawn(0.5, 2.0)


            def _sizes(check, n, rng):
                \"""One length in 2..n+1 per index range (one for all when the code uses the dimension n); each
                integer size the length of the range it bounds (K of sum_{m=1}^{K}), else (a stride) in 1..n;
                an axis read only at computed positions (a_{i+m}) as long as its largest position (drawn: the
                ranges only such a position names, as i of a moving sum's x_{i+m-1}).\"""
                extents = check.get("extents", {})
                integers = check.get("integers", {})
                ranges = sorted(set(r for axes in check["arrays"].values() for r in axes)
                                | set(check["index_classes"].values()) | set(check["labels"].values())
                                | set(r for r in integers.values() if r is not None) | set(check.get("drawn", ())))
                common = _integer(rng, 2, n + 1)
                sizes = {r: common if check["square"] else _integer(rng, 2, n + 1) for r in ranges}
                whole = {name: sizes[r] if r is not None else _integer(rng, 1, n) for name, r in integers.items()}
                for r, extent in extents.items():
                    sizes[r] = extent(sizes, whole)
                return sizes, whole


            def _difference(check, args, position, h):
                \"""The central difference of the value function in one entry of the variable.\"""
                name = check["variable"]

                def moved(delta):
                    shifted = dict(args)
                    if position == ():
                        shifted[name] = args[name] + delta
                    else:
                        x = _copy(args[name])
                        x[position] = x[position] + delta
                        shifted[name] = x
                    return check["value"](**shifted)

                return (moved(h) - moved(-h)) / (2 * h)


            def _finite_difference(check, args, position, step):
                x = args[check["variable"]]
                h = step * max(1.0, abs(float(x if position == () else x[position])))
                # one Richardson step: error O(h^4)
                return (4 * _difference(check, args, position, h / 2) - _difference(check, args, position, h)) / 3


            def _entry(x, index):
                return float(x[index]) if index else float(x)


            def _compare(check, args, sizes, tolerance):
                \"""The largest relative error |g - fd| / max(1, |fd|) over every entry at one point, the number of
                entries compared and of entries skipped next to a kink; None where a value is not finite.\"""
                g = check["gradient"](**args)
                if not _finite(g):
                    return None
                names = list(dict.fromkeys(check["axes"] + check["value_axes"]))
                ranges = [range(sizes[check["index_classes"][i]]) for i in names]
                distinct = [(i, j) for i, j in check.get("distinct", ()) if i in names and j in names]
                differences = {}
                worst, entries, kinks = 0.0, 0, 0
                for values in itertools.product(*ranges):
                    at = dict(zip(names, values))
                    if any(at[i] == at[j] for i, j in distinct):
                        continue  # an entry the script assumes away (i != j)
                    position = tuple(at[p] if isinstance(p, str) else p for p in check["pattern"])
                    if position not in differences:
                        fd = _finite_difference(check, args, position, 1e-3)
                        if not _finite(fd):
                            return None
                        differences[position] = fd
                    fd = _entry(differences[position], tuple(at[i] for i in check["value_axes"]))
                    value = _entry(g, tuple(at[i] for i in check["axes"]))
                    error = abs(value - fd) / max(1.0, abs(fd))
                    if error > tolerance:
                        finer = _entry(_finite_difference(check, args, position, 1e-4),
                                       tuple(at[i] for i in check["value_axes"]))
                        if abs(finer - fd) > 1e-6 * max(1.0, abs(fd)):
                            kinks += 1  # next to a kink (relu, abs) or a steep spot: the difference is unsteady
                            continue
                    worst = max(worst, error)
                    entries += 1
                return worst, entries, kinks


            def gradcheck(n=3, points=5, seed=0, tolerance=1e-6, verbose=True):
                \"""Compares every function in GRADIENTS with central finite differences (one Richardson step) of its
                value function, at every entry, at `points` random points: array lengths drawn from 2..n+1 per index
                range, values uniform in [-1.5, 1.5] (redrawn positive where a value is not finite), what the script
                assumes of an argument holding (_point), entries of indices assumed distinct compared where they differ. Prints and returns the largest relative error |g - fd| / max(1, |fd|) of
                each function, None for one that cannot be checked.\"""
                rng = _rng(seed)
                report = {}
                for gradient in GRADIENTS:
                    name = gradient.__name__
                    check = CHECKS[name]
                    if check["skip"]:
                        report[name] = None
                        if verbose:
                            print(f"{name}: not checked: {check['skip']}")
                        continue
                    worst, entries, kinks, compared = 0.0, 0, 0, 0
                    for _ in range(points):
                        for attempt in range(20):
                            args, sizes = _point(check, n, rng, positive=attempt >= 10)
                            with _quiet():
                                result = _compare(check, args, sizes, tolerance)
                            if result is not None:
                                break
                        if result is None:
                            continue
                        compared += 1
                        worst = max(worst, result[0])
                        entries += result[1]
                        kinks += result[2]
                    if compared == 0:
                        report[name] = None
                        if verbose:
                            print(f"{name}: not checked: no point where the values are finite")
                        continue
                    report[name] = worst
                    if verbose:
                        verdict = "ok" if worst <= tolerance else "FAILED"
                        skipped = f", {kinks} where the difference is unsteady (a kink) skipped" if kinks else ""
                        print(f"{name}: largest relative error {worst:.2e} over {entries} entries at {compared} points"
                              f"{skipped}: {verdict}")
                return report


            if __name__ == "__main__":
                errors = gradcheck()
                sys.exit(0 if all(e is None or e <= 1e-6 for e in errors.values()) else 1)
            """;
}
