#!/usr/bin/env python3
"""SymPy side by side with symgrad's JMH benchmarks (see BENCHMARKS.md).

Times diff + simplify of the six scalar rows of SPEC §4 and the softmax Jacobian unrolled into
explicit symbols x1..xn, and prints a markdown table with SymPy's result form next to symgrad's.

SymPy memoises many internal calls (sympy.core.cache); a repeated call of the same job is then
partly a cache lookup. Each timed run therefore starts with clear_cache() (column "cache
cleared"; comparable with symgrad, which keeps no cache between calls); the column "cache warm"
repeats the job without clearing. Times are the best of several runs, in microseconds.

    python3 bench/sympy_rows.py            # scalar rows + Jacobian n = 3, 10, 30 (about 5 minutes)
    python3 bench/sympy_rows.py --quick    # fewer repetitions
"""
import sys
import time
import timeit

import sympy
from sympy import Symbol, diff, exp, log, simplify, symbols, tanh
from sympy.core.cache import clear_cache

QUICK = "--quick" in sys.argv
WHOLE_UP_TO = 10  # the whole Jacobian is computed for n up to this; beyond, estimated
x, o, y = symbols("x o y")


def sig(u):
    # SymPy has no logistic function: σ(u) is written out, as a SymPy user would
    return 1 / (1 + exp(-u))


# (row, SymPy input, variable, symgrad's SPEC §4 result)
SCALAR_ROWS = [
    ("sigma", sig(x), x, "sigma(x)*(1 - sigma(x))"),
    ("softplus", log(1 + exp(x)), x, "sigma(x)"),
    ("tanh", tanh(x), x, "1 - tanh(x)^2"),
    ("log sigma", log(sig(x)), x, "1 - sigma(x)"),
    ("BCE", -(y * log(sig(o)) + (1 - y) * log(1 - sig(o))), o, "sigma(o) - y"),
    ("MSE", (sig(o) - y) ** 2, o, "2*sigma(o)*(1 - sigma(o))*(sigma(o) - y)"),
]


def best_us(job, clear, repeat, number=1):
    """Best of `repeat` runs of `number` calls, µs per call; warm (one untimed call first)."""
    job()

    def run():
        if clear:
            clear_cache()
        job()

    return min(timeit.repeat(run, number=number, repeat=repeat)) / number * 1e6


def fmt(us):
    if us >= 10_000_000:
        return f"{us / 1e6:,.0f} s"
    return f"{us / 1000:,.1f} ms" if us >= 1000 else f"{us:,.0f} µs"


def scalar_table():
    print("| row | SymPy diff+simplify, cache cleared | cache warm | SymPy's result | symgrad's result |")
    print("|---|---:|---:|---|---|")
    for name, f, v, ours in SCALAR_ROWS:
        job = lambda f=f, v=v: simplify(diff(f, v))
        cleared = best_us(job, True, 5 if QUICK else 15)
        warm = best_us(job, False, 5 if QUICK else 15, number=5)
        print(f"| {name} | {fmt(cleared)} | {fmt(warm)} | `{sympy.sstr(job())}` | `{ours}` |")


def softmax(n):
    xs = symbols(f"x1:{n + 1}")
    total = sum(exp(xk) for xk in xs)
    return xs, [exp(xi) / total for xi in xs]


def jacobian(n):
    xs, ys = softmax(n)
    return [[simplify(diff(yi, xj)) for xj in xs] for yi in ys]


def jacobian_table(sizes):
    print("| n | one entry ∂y_1/∂x_1 | one entry ∂y_1/∂x_2 | whole n×n Jacobian | size of ∂y_1/∂x_2 (ops) |")
    print("|---:|---:|---:|---:|---:|")
    for n in sizes:
        xs, ys = softmax(n)
        diag = best_us(lambda: simplify(diff(ys[0], xs[0])), True, 3 if QUICK else 5)
        off = best_us(lambda: simplify(diff(ys[0], xs[1])), True, 3 if QUICK else 5)
        if n <= WHOLE_UP_TO:
            start = time.perf_counter()
            clear_cache()
            jacobian(n)
            whole = f"{fmt((time.perf_counter() - start) * 1e6)} (measured once)"
        else:
            # n diagonal and n(n-1) off-diagonal entries; too long to run on a shared machine
            whole = f"≈ {fmt(n * diag + n * (n - 1) * off)} (estimated from the entries)"
        ops = sympy.count_ops(simplify(diff(ys[0], xs[1])))
        print(f"| {n} | {fmt(diag)} | {fmt(off)} | {whole} | {ops} |")
    xs, ys = softmax(3)
    print()
    print("SymPy's unrolled softmax Jacobian for n = 3 (symgrad: `y_i*(delta(i,j) - y_j)` for every n):")
    print()
    print(f"- ∂y_1/∂x_1 = `{sympy.sstr(simplify(diff(ys[0], xs[0])))}`")
    print(f"- ∂y_1/∂x_2 = `{sympy.sstr(simplify(diff(ys[0], xs[1])))}`")


if __name__ == "__main__":
    print(f"SymPy {sympy.__version__}, Python {sys.version.split()[0]}")
    print()
    scalar_table()
    print()
    jacobian_table([3, 10] if QUICK else [3, 10, 30])
