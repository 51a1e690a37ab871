#!/usr/bin/python3
"""Regenerates the reference constants pinned in the backtest statistics tests (RateDifferenceTests,
BetaComparisonTests, RatePowerTests): champion A against challenger B.

Run with Debian's interpreter (/usr/bin/python3: scipy 1.10.1, statsmodels 0.13.5) and paste the printed values
into the tests. The tests never run this script.
"""
import numpy as np
import scipy
import scipy.integrate as si
import statsmodels
from scipy.special import betaln
from scipy.stats import beta
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_effectsize

print(f"# scipy {scipy.__version__}, statsmodels {statsmodels.__version__}")


def r(x):
    return repr(float(x))


# --- Newcombe: B - A, so statsmodels' group 1 is the challenger ---------------------------------------
print("\n## confint_proportions_2indep(b, nb, a, na, method='newcomb', compare='diff')")
newcombe_cases = [
    (86, 1891, 118, 2443, 0.95),   # the seed's survivors: V4.0.0 against V4.1-R3
    (86, 1888, 118, 2442, 0.95),   # the final pools
    (0, 50, 0, 60, 0.95),
    (0, 200, 7, 180, 0.95),
    (30, 30, 25, 40, 0.90),
    (45, 1000, 45, 1000, 0.95),
    (12, 200, 25, 300, 0.99),
]
for a, na, b, nb, level in newcombe_cases:
    low, upp = confint_proportions_2indep(b, nb, a, na, method="newcomb", compare="diff", alpha=1 - level)
    print(f"[InlineData({a}, {na}, {b}, {nb}, {level}, {r(low)}, {r(upp)})]")


# --- P(p_B > p_A) with independent Beta posteriors ------------------------------------------------------
def prob_higher(a, na, b, nb, pa=1.0, pb=1.0):
    aa, ba = pa + a, pb + na - a
    ab, bb = pa + b, pb + nb - b
    # The posteriors are narrow; give quad the breakpoints of B's bulk so it cannot miss the mass.
    m = ab / (ab + bb)
    sd = np.sqrt(ab * bb / ((ab + bb) ** 2 * (ab + bb + 1)))
    pts = sorted({min(max(m + k * sd, 1e-300), 1 - 1e-16) for k in range(-12, 13)})
    val, _ = si.quad(lambda x: beta.pdf(x, ab, bb) * beta.cdf(x, aa, ba), 0, 1, epsabs=1e-13, epsrel=1e-13,
                     points=pts, limit=500)
    return val


def prob_higher_exact(a, na, b, nb, pa, pb):
    """Exact finite sum for integer posterior alpha of B (Evan Miller's formula)."""
    aa, ba = pa + a, pb + na - a
    ab, bb = pa + b, pb + nb - b
    i = np.arange(int(ab))
    terms = np.exp(betaln(aa + i, ba + bb) - np.log(bb + i) - betaln(1 + i, bb) - betaln(aa, ba))
    return float(np.sum(terms))


print("\n## P(p_B > p_A): scipy.integrate.quad of beta.pdf(x, B) * beta.cdf(x, A); exact sum where B's alpha is an integer")
beta_cases = [
    (86, 1891, 118, 2443, 1.0, 1.0),
    (86, 1888, 118, 2442, 1.0, 1.0),
    (86, 1891, 118, 2443, 0.5, 0.5),
    (0, 50, 0, 60, 1.0, 1.0),
    (0, 50, 0, 60, 0.5, 0.5),
    (3, 10, 7, 12, 1.0, 1.0),
    (45, 1000, 45, 1000, 1.0, 1.0),
    (20, 100, 5, 100, 2.0, 30.0),
]
for a, na, b, nb, pa, pb in beta_cases:
    q = prob_higher(a, na, b, nb, pa, pb)
    exact = prob_higher_exact(a, na, b, nb, pa, pb) if float(pa + b).is_integer() else float("nan")
    print(f"[InlineData({a}, {na}, {b}, {nb}, {pa}, {pb}, {r(q)})]  // exact sum {r(exact)}, diff {abs(q - exact):.1e}")


# --- Power ---------------------------------------------------------------------------------------------
print("\n## NormalIndPower: solve_power(effect_size=proportion_effectsize(rateB, rateA), ratio=1, two-sided)")
power_cases = [
    (0.045551, 0.048321, 0.05, 0.8),   # the seed's two rates
    (0.0274, 0.0483, 0.05, 0.8),
    (0.05, 0.04, 0.05, 0.9),
    (0.2, 0.3, 0.01, 0.8),
    (0.5, 0.55, 0.1, 0.5),
]
for ra, rb, alpha, power in power_cases:
    h = proportion_effectsize(rb, ra)
    n = NormalIndPower().solve_power(effect_size=h, nobs1=None, alpha=alpha, power=power, ratio=1,
                                     alternative="two-sided")
    residual = NormalIndPower().power(effect_size=h, nobs1=n, alpha=alpha, ratio=1) - power
    print(f"[InlineData({ra}, {rb}, {alpha}, {power}, {r(h)}, {r(n)})]  // power(n) - target = {residual:.1e}")
# solve_power's root search can stop short; this n makes power() hit 0.5 to 1e-15 (pinned as the true root).
h = proportion_effectsize(0.55, 0.5)
print("power(538.4737313192934) - 0.5 =", NormalIndPower().power(h, 538.4737313192934, 0.1, ratio=1) - 0.5)

print("\n## NormalIndPower().power(effect_size, nobs1, alpha, ratio=1, two-sided)")
power_at = [
    (0.045551, 0.048321, 2443, 0.05),
    (0.0274, 0.0483, 1000, 0.05),
    (0.05, 0.04, 500, 0.01),
    (0.2, 0.3, 50, 0.1),
    (0.5, 0.5000001, 10, 0.05),
]
for ra, rb, n, alpha in power_at:
    h = proportion_effectsize(rb, ra)
    p = NormalIndPower().power(effect_size=h, nobs1=n, alpha=alpha, ratio=1, alternative="two-sided")
    print(f"[InlineData({ra}, {rb}, {n}, {alpha}, {r(p)})]")

print("\n## ConversionForecast: scipy.stats.betabinom(N, 0.5 + s, 0.5 + n - s).ppf at 0.025, 0.975, 0.05, 0.95 (Jeffreys prior)")
from scipy.stats import betabinom
for s, n, N in [(118, 2442, 2800), (86, 1888, 2800), (0, 50, 100), (5, 10, 20), (133, 3393, 2800), (40, 900, 250000)]:
    d = betabinom(N, 0.5 + s, 0.5 + n - s)
    print(f"[InlineData({s}, {n}, {N}, {int(d.ppf(0.025))}, {int(d.ppf(0.975))}, {int(d.ppf(0.05))}, {int(d.ppf(0.95))})]")
