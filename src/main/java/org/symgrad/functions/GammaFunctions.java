package org.symgrad.functions;

/**
 * Numeric values of the Gamma family in double, for the registry entries {@code Gamma}, {@code lgamma},
 * {@code digamma}, {@code trigamma}, {@code polygamma}, {@code Beta} and {@code lbeta}: to about
 * 1e-14 relative (Γ, B) or relative to {@code max(|value|, 1)} (log Γ, ψ and its derivatives) over
 * the arguments derivations use (|x| up to a few hundred); {@link #ACCURACY} is the bound the ball
 * evaluator adds to a value. Undefined (NaN) at the poles 0, −1, −2, … and wherever log Γ would take
 * the log of a negative Γ.
 *
 * <ul>
 *   <li>Γ: the Lanczos approximation (g = 7, nine terms) for 1/2 ≤ x &lt; 10, Stirling's series above,
 *       exact products at small integers, the reflection {@code Γ(x)Γ(1 − x) = π/sin(πx)} below 1/2.</li>
 *   <li>log Γ: Stirling's series for x ≥ 10, log Γ by Lanczos below, the reflection for x &lt; 0.</li>
 *   <li>ψ⁽ⁿ⁾: the recurrence {@code ψ⁽ⁿ⁾(x) = ψ⁽ⁿ⁾(x + 1) − (−1)ⁿ n!/x^{n+1}} up to x ≥ 10 + n, then the
 *       asymptotic series in the Bernoulli numbers; ψ below 0 by the reflection
 *       {@code ψ(x) = ψ(1 − x) − π cot(πx)}.</li>
 * </ul>
 * sin(πx) and cos(πx) reduce x exactly (x − 2⌊x/2⌋ is exact in double), so values near the poles keep
 * their relative precision.
 */
public final class GammaFunctions {
    /** Relative error (to {@code max(|value|, 1)}) the ball evaluator allows for these values. */
    public static final double ACCURACY = 1e-13;
    /** The Euler–Mascheroni constant γ = −ψ(1). */
    public static final double EULER_GAMMA = 0.57721566490153286061;

    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    /** B_2, B_4, …, B_20. */
    private static final double[] BERNOULLI = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730,
        7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330};
    private static final double HALF_LOG_TWO_PI = 0.91893853320467274178;
    /** Largest order of ψ⁽ⁿ⁾ computed; beyond it the factorials of the series overflow. */
    private static final int MAX_ORDER = 60;
    /** Steps of the recurrence allowed before a negative argument is called too far out. */
    private static final double MAX_STEPS = 1e6;

    private GammaFunctions() {
    }

    /** Whether x is a pole of Γ: 0, −1, −2, …. */
    static boolean isPole(double x) {
        return x <= 0 && x == Math.rint(x);
    }

    /** Γ(x); NaN at a pole, +∞ where it overflows (x above about 171.6). */
    public static double gamma(double x) {
        if (Double.isNaN(x) || isPole(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x == Math.rint(x) && x <= 30) {
            double product = 1;
            for (int k = 2; k < x; k++) {
                product *= k;
            }
            return product;
        }
        if (x < 0.5) {
            // Γ(x) = π / (sin(πx) Γ(1 − x))
            return Math.PI / (sinPi(x) * gamma(1 - x));
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        return x < 10 ? lanczos(x) : stirling(x);
    }

    /**
     * Γ(x) = √(2π/x) x^{x/2} e^{−x} x^{x/2} e^{S(x)} for x ≥ 10, S Stirling's series: x^{x/2} is one
     * correctly rounded power of an exact argument, where (x/e)^x or the Lanczos power of x + g − 1/2
     * would raise a rounded base to a power of about 170 and lose 1e-13.
     */
    private static double stirling(double x) {
        double half = Math.pow(x, x / 2);
        return Math.sqrt(2 * Math.PI / x) * half * Math.exp(-x) * half * Math.exp(stirlingSeries(x));
    }

    /** Σ B_{2k}/(2k(2k − 1) x^{2k−1}), smallest term first: log Γ(x) minus its leading terms. */
    private static double stirlingSeries(double x) {
        double inverse = 1 / x;
        double square = inverse * inverse;
        double power = inverse;
        double[] terms = new double[8];
        for (int k = 1; k <= terms.length; k++) {
            terms[k - 1] = BERNOULLI[k - 1] / (2.0 * k * (2 * k - 1)) * power;
            power *= square;
        }
        double series = 0;
        for (int k = terms.length - 1; k >= 0; k--) {
            series += terms[k];
        }
        return series;
    }

    private static double lanczos(double x) {
        double z = x - 1;
        double a = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        double t = z + LANCZOS_G + 0.5;
        // t^{z + 1/2} in two halves, around e^{−t}, so that neither overflows before Γ does
        double half = Math.pow(t, (z + 0.5) / 2);
        return Math.sqrt(2 * Math.PI) * half * Math.exp(-t) * half * a;
    }

    /** log Γ(x) where Γ(x) &gt; 0; NaN at a pole and where Γ(x) &lt; 0. */
    public static double lgamma(double x) {
        if (Double.isNaN(x) || isPole(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x < 0) {
            // log Γ(x) = log(π/|sin(πx)|) − log Γ(1 − x), where Γ(x) is positive: ⌊x⌋ even
            if (Math.floorMod((long) Math.floor(x), 2L) != 0) {
                return Double.NaN;
            }
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        if (x < 10) {
            return Math.log(gamma(x));
        }
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingSeries(x);
    }

    /** ψ(x) = Γ′(x)/Γ(x). */
    public static double digamma(double x) {
        return polygamma(0, x);
    }

    /** ψ₁(x) = ψ′(x). */
    public static double trigamma(double x) {
        return polygamma(1, x);
    }

    /** ψ⁽ⁿ⁾(x), the n-th derivative of ψ; n a whole number (else NaN). */
    public static double polygamma(double order, double x) {
        if (Double.isNaN(x) || Double.isNaN(order) || order != Math.rint(order) || order < 0 || order > MAX_ORDER
                || isPole(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        int n = (int) order;
        if (n == 0 && x < 0) {
            // ψ(x) = ψ(1 − x) − π cot(πx)
            return polygamma(0, 1 - x) - Math.PI * cosPi(x) / sinPi(x);
        }
        double threshold = 10 + n;
        if (threshold - x > MAX_STEPS) {
            return Double.NaN;
        }
        double factorial = 1;
        for (int k = 2; k <= n; k++) {
            factorial *= k;
        }
        // ψ⁽ⁿ⁾(x) = ψ⁽ⁿ⁾(x + 1) − (−1)ⁿ n!/x^{n+1}
        double sign = n % 2 == 0 ? -1 : 1;
        double shifts = 0;
        double y = x;
        while (y < threshold) {
            shifts += sign * factorial / Math.pow(y, n + 1);
            y += 1;
        }
        return asymptotic(n, y) + shifts;
    }

    /** The asymptotic series of ψ⁽ⁿ⁾ at y ≥ 10 + n. */
    private static double asymptotic(int n, double y) {
        double inverse = 1 / y;
        double square = inverse * inverse;
        if (n == 0) {
            // ψ(y) ~ log y − 1/(2y) − Σ B_{2k}/(2k y^{2k})
            double series = 0;
            double power = square;
            double[] terms = new double[BERNOULLI.length];
            for (int k = 1; k <= terms.length; k++) {
                terms[k - 1] = BERNOULLI[k - 1] / (2 * k) * power;
                power *= square;
            }
            for (int k = terms.length - 1; k >= 0; k--) {
                series += terms[k];
            }
            return Math.log(y) - 0.5 * inverse - series;
        }
        // ψ⁽ⁿ⁾(y) ~ (−1)^{n+1} [(n − 1)!/yⁿ + n!/(2y^{n+1}) + Σ B_{2k} (2k + n − 1)!/((2k)! y^{2k+n})]
        double previous = 1;
        for (int k = 2; k < n; k++) {
            previous *= k;
        }
        double yn = Math.pow(y, n);
        double[] terms = new double[BERNOULLI.length];
        double power = square / yn;
        for (int k = 1; k <= terms.length; k++) {
            // (2k + n − 1)!/(2k)! = (2k + 1)(2k + 2)···(2k + n − 1)
            double ratio = 1;
            for (int j = 2 * k + 1; j <= 2 * k + n - 1; j++) {
                ratio *= j;
            }
            terms[k - 1] = BERNOULLI[k - 1] * ratio * power;
            power *= square;
        }
        double series = 0;
        for (int k = terms.length - 1; k >= 0; k--) {
            series += terms[k];
        }
        double value = previous / yn + previous * n * 0.5 * inverse / yn + series;
        return n % 2 == 1 ? value : -value;
    }

    /** B(a, b) = Γ(a)Γ(b)/Γ(a + b); NaN where a, b or a + b is a pole. */
    public static double beta(double a, double b) {
        double ga = gamma(a);
        double gb = gamma(b);
        double gab = gamma(a + b);
        if (Double.isNaN(ga) || Double.isNaN(gb) || Double.isNaN(gab)) {
            return Double.NaN;
        }
        if (Double.isFinite(ga) && Double.isFinite(gb) && Double.isFinite(gab)) {
            double value = ga / gab * gb;
            if (Double.isFinite(value) && value != 0) {
                return value;
            }
        }
        double sign = signOfGamma(a) * signOfGamma(b) * signOfGamma(a + b);
        return sign * Math.exp(logAbsGamma(a) + logAbsGamma(b) - logAbsGamma(a + b));
    }

    /** log B(a, b) where B(a, b) &gt; 0; NaN elsewhere. */
    public static double lbeta(double a, double b) {
        double sign = signOfGamma(a) * signOfGamma(b) * signOfGamma(a + b);
        if (Double.isNaN(sign) || sign < 0) {
            return Double.NaN;
        }
        if (a > 0 && b > 0 && a + b < 150) {
            return Math.log(beta(a, b));
        }
        return logAbsGamma(a) + logAbsGamma(b) - logAbsGamma(a + b);
    }

    /** The sign of Γ(x): 1 for x &gt; 0, (−1)^{⌈−x⌉} below 0; NaN at a pole. */
    private static double signOfGamma(double x) {
        if (Double.isNaN(x) || isPole(x)) {
            return Double.NaN;
        }
        return x > 0 || Math.floorMod((long) Math.floor(x), 2L) == 0 ? 1 : -1;
    }

    /** log |Γ(x)|. */
    private static double logAbsGamma(double x) {
        return x > 0 ? lgamma(x) : Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
    }

    /** sin(πx), with x reduced exactly modulo 2. */
    static double sinPi(double x) {
        double r = x - 2 * Math.floor(x / 2); // in [0, 2), exact
        double sign = 1;
        if (r >= 1) {
            r -= 1;
            sign = -1;
        }
        if (r > 0.5) {
            r = 1 - r;
        }
        return sign * Math.sin(Math.PI * r);
    }

    /** cos(πx), with x reduced exactly modulo 2. */
    static double cosPi(double x) {
        return sinPi(x + 0.5); // cos(πx) = sin(π(x + 1/2)), x + 1/2 exact below 2^52
    }
}
