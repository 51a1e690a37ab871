#!/usr/bin/python3
"""Regenerates the reference constants pinned in tests/LeadScore.Tests/Metrics/ for the statistics types
(DeLong, Wilson, Brier, ReliabilityTable, IsotonicCalibrator, PlattCalibrator, Drift, RateComparison, Normal).

Run with Debian's interpreter (/usr/bin/python3: numpy 1.24.2, scipy 1.10.1, scikit-learn 1.2.1,
statsmodels 0.13.5) and paste the printed values into the tests. The tests never run this script.
The data formulas are the same as StatisticsReferenceData.cs.
"""
import numpy as np
import scipy
import scipy.stats as st
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.calibration import calibration_curve
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

print(f"# numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}, "
      f"statsmodels {statsmodels.__version__}")

N = 3400
i = np.arange(N, dtype=np.int64)


def r(x):
    return repr(float(x))


def arr(xs):
    return "[" + ", ".join(r(x) for x in xs) + "]"


# --- StatisticsReferenceData formulas ---------------------------------------------------------------
def leads():
    """3,400 rows, exactly 133 positives; two models with tied scores."""
    labels = ((i * 37) % N < 133).astype(int)
    a = ((i * 7919) % 1013 + 300 * labels * (i % 3 != 0)) / 1400.0
    b = ((i * 104729) % 2003 + 500 * labels * (i % 5 < 3)) / 2600.0
    return a, b, labels


def probabilities():
    """3,400 probabilities on 997 levels, labels drawn against 0.3 * p."""
    p = ((i * 7919) % 997) / 997.0
    labels = (((i * 31) % 1000) < (300 * ((i * 7919) % 997)) // 997).astype(int)
    return p, labels


def tied_scores():
    """3,400 raw scores on 211 levels (heavy ties), labels more likely at high scores."""
    s = ((i * 7919) % 211) / 211.0
    labels = (((i * 31) % 1000) < (((i * 7919) % 211) ** 2) // 50).astype(int)
    return s, labels


def margins():
    m = (((i * 7919) % 1013) - 506) / 100.0
    labels = (((i * 31) % 1000) < 20 + ((i * 7919) % 1013) // 8).astype(int)
    return m, labels


# --- Normal ------------------------------------------------------------------------------------------
print("\n## scipy.stats.norm")
xs = [-37.5, -30.0, -12.0, -8.5, -5.0, -3.0, -1.959963984540054, -1.0, -0.7, -0.3, 0.0, 0.25,
      0.7071, 1.0, 2.5, 4.0, 6.0, 8.3]
print("cdf x:", arr(xs))
print("cdf  :", arr(st.norm.cdf(xs)))
ps = [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.075, 0.1, 0.3, 0.5, 0.6, 0.925, 0.975, 0.999, 1 - 1e-12]
print("ppf p:", arr(ps))
print("ppf  :", arr(st.norm.ppf(ps)))


# --- DeLong ------------------------------------------------------------------------------------------
def midrank(x):
    return st.rankdata(x)  # average ranks


def fast_delong(preds, labels):
    """Sun & Xu (2014) fast DeLong; preds: k x n. Returns (aucs, covariance)."""
    order = np.argsort(-labels, kind="stable")  # positives first
    preds = preds[:, order]
    m = int(labels.sum())
    n = preds.shape[1] - m
    k = preds.shape[0]
    tx = np.array([midrank(p[:m]) for p in preds])
    ty = np.array([midrank(p[m:]) for p in preds])
    tz = np.array([midrank(p) for p in preds])
    aucs = tz[:, :m].sum(axis=1) / m / n - (m + 1.0) / 2.0 / n
    v01 = (tz[:, :m] - tx) / n
    v10 = 1.0 - (tz[:, m:] - ty) / m
    sx = np.atleast_2d(np.cov(v01))
    sy = np.atleast_2d(np.cov(v10))
    return aucs, sx / m + sy / n


print("\n## DeLong (fast midrank DeLong above; AUC from sklearn roc_auc_score)")
a, b, y = leads()
print("positives", y.sum())
aucs, cov = fast_delong(np.vstack([a, b]), y)
print("aucA sklearn", r(roc_auc_score(y, a)), "aucB sklearn", r(roc_auc_score(y, b)), "midrank", arr(aucs))
print("seA", r(np.sqrt(cov[0, 0])), "seB", r(np.sqrt(cov[1, 1])))
z95 = st.norm.ppf(0.975)
print("A 95%", r(aucs[0] - z95 * np.sqrt(cov[0, 0])), r(aucs[0] + z95 * np.sqrt(cov[0, 0])))
z90 = st.norm.ppf(0.95)
print("A 90%", r(aucs[0] - z90 * np.sqrt(cov[0, 0])), r(aucs[0] + z90 * np.sqrt(cov[0, 0])))
diff = roc_auc_score(y, a) - roc_auc_score(y, b)
se = np.sqrt(cov[0, 0] + cov[1, 1] - 2 * cov[0, 1])
zz = diff / se
print("compare diff", r(diff), "se", r(se), "z", r(zz), "p", r(2 * st.norm.sf(abs(zz))),
      "ci", r(diff - z95 * se), r(diff + z95 * se))
small_s = np.array([0.1, 0.4, 0.35, 0.8, 0.5, 0.5, 0.2, 0.9])
small_y = np.array([0, 0, 1, 1, 0, 1, 0, 1])
aucs, cov = fast_delong(small_s[None, :], small_y)
print("small auc", r(roc_auc_score(small_y, small_s)), "se", r(np.sqrt(cov[0, 0])))

# --- Wilson ------------------------------------------------------------------------------------------
print("\n## statsmodels proportion_confint(method='wilson')")
for (x, n, level) in [(0, 50, 0.95), (50, 50, 0.95), (133, 3400, 0.95), (7, 20, 0.9), (1, 1, 0.99), (13, 340, 0.95)]:
    lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
    print(f"({x}, {n}, {level}, {r(lo)}, {r(hi)}),")

# --- Brier and calibration_curve ---------------------------------------------------------------------
print("\n## brier_score_loss, calibration_curve")
p, y = probabilities()
print("positives", y.sum(), "brier", r(brier_score_loss(y, p)))
for strategy in ["uniform", "quantile"]:
    for bins in [10, 7]:
        pt, pp = calibration_curve(y, p, n_bins=bins, strategy=strategy)
        print(strategy, bins, "prob_true", arr(pt))
        print(strategy, bins, "prob_pred", arr(pp))
# many ties: quantile edges repeat and some bins are empty
q = np.round(p * 4) / 4
pt, pp = calibration_curve(y, q, n_bins=10, strategy="quantile")
print("rounded quantile 10 prob_true", arr(pt))
print("rounded quantile 10 prob_pred", arr(pp))
print("rounded edges", arr(np.percentile(q, np.linspace(0, 1, 11) * 100)))

# --- Isotonic ----------------------------------------------------------------------------------------
print("\n## IsotonicRegression(out_of_bounds='clip')")
s, y = tied_scores()
iso = IsotonicRegression(out_of_bounds="clip").fit(s, y)
print("positives", y.sum(), "thresholds", len(iso.X_thresholds_))
print("X_thresholds_", arr(iso.X_thresholds_))
print("y_thresholds_", arr(iso.y_thresholds_))
queries = [-0.5, 0.0, 0.013, 0.2, 0.33333, 0.5, 0.61, 0.75, 0.8, 0.9, 0.95, 0.99, 1.2]
print("queries", arr(queries))
print("predict", arr(iso.predict(queries)))

# --- Platt -------------------------------------------------------------------------------------------
print("\n## statsmodels Logit(y, add_constant(m)).fit()")
m, y = margins()
res = sm.Logit(y, sm.add_constant(m)).fit(disp=0)
print("positives", y.sum(), "B (const)", r(res.params[0]), "A (slope)", r(res.params[1]))

# --- Drift -------------------------------------------------------------------------------------------
print("\n## ks_2samp (statistic exact; method='asymp' p-value)")


def ks_sample(n, mult, mod, shift, scale):
    k = np.arange(n, dtype=np.int64)
    return ((k * mult) % mod) / float(mod) * scale + shift


cases = [
    (3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.02, 1.0),
    (3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.06, 1.0),
    (3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.004, 1.0),
    (3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.0, 1.02),
    (200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.05, 1.0),
    (200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.15, 1.0),
    (200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.30, 1.0),
    (200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.01, 1.0),
    (40, 7919, 37, 0.0, 1.0, 30, 104729, 29, 0.6, 1.0),
    (40, 7919, 37, 0.0, 1.0, 30, 104729, 29, 0.2, 1.0),
]
for c in cases:
    x1 = ks_sample(*c[:5])
    x2 = ks_sample(*c[5:])
    res = st.ks_2samp(x1, x2, method="asymp")
    en = round(len(x1) * len(x2) / (len(x1) + len(x2)))
    print(f"({', '.join(repr(v) for v in c)}, {r(res.statistic)}, {r(res.pvalue)}),  # en={en} nd2={en * res.statistic ** 2:.3f}")

print("\n## PSI (quantile bins of expected, pandas-qcut edges; NaN bin; 1e-4 floor)")


def psi(expected, actual, bins=10):
    e = np.asarray(expected, float)
    a = np.asarray(actual, float)
    edges = np.unique(np.quantile(e[~np.isnan(e)], np.linspace(0, 1, bins + 1)))
    inner = edges[1:-1]

    def shares(v):
        ids = np.where(np.isnan(v), len(inner) + 1, np.searchsorted(inner, v, side="left"))
        return np.bincount(ids, minlength=len(inner) + 2) / len(v)

    se = np.maximum(shares(e), 1e-4)
    sa = np.maximum(shares(a), 1e-4)
    return float(np.sum((sa - se) * np.log(sa / se)))


e = ks_sample(3400, 7919, 1013, 0.0, 1.0)
act = ks_sample(3000, 104729, 997, 0.05, 1.0)
act_nan = act.copy()
act_nan[::50] = np.nan
print("shifted", r(psi(e, act)), "with NaN every 50th actual", r(psi(e, act_nan)),
      "5 bins", r(psi(e, act, 5)), "same", r(psi(e, e)))

# --- Rate comparison ---------------------------------------------------------------------------------
print("\n## proportions_ztest (pooled) and Katz log risk-ratio interval")
for (xa, na, xb, nb) in [(40, 340, 93, 3060), (12, 200, 25, 300), (5, 1000, 5, 1000)]:
    z, pv = proportions_ztest([xa, xb], [na, nb])
    rr = (xa / na) / (xb / nb)
    se = np.sqrt(1 / xa - 1 / na + 1 / xb - 1 / nb)
    print(f"({xa}, {na}, {xb}, {nb}): z={r(z)} p={r(pv)} rr={r(rr)} "
          f"ci=({r(np.exp(np.log(rr) - z95 * se))}, {r(np.exp(np.log(rr) + z95 * se))})")

# --- Bootstrap: the generator and a full percentile bootstrap, reimplemented independently -------------
print("\n## xoshiro256** (SplitMix64 seeding) and a bootstrap of the conversion rate")
M64 = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


class Xoshiro:
    def __init__(self, seed):
        state, self.s = seed & M64, []
        for _ in range(4):
            state, z = splitmix64(state)
            self.s.append(z)

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M64
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
        return result

    def below(self, bound):  # Lemire: high word of x * bound, rejecting biased low words
        product = self.next() * bound
        if (product & M64) < bound:
            threshold = ((1 << 64) - bound) % bound
            while (product & M64) < threshold:
                product = self.next() * bound
        return product >> 64


state, outs = 1234567, []
for _ in range(5):
    state, z = splitmix64(state)
    outs.append(z)
print("splitmix64(1234567):", outs)
g = Xoshiro(42)
print("xoshiro(42):", [g.next() for _ in range(4)])
g = Xoshiro(42)
print("below(3400) seed 42:", [g.below(3400) for _ in range(8)])

_, _, y = leads()
g = Xoshiro(7)
reps = []
for _ in range(200):
    idx = [g.below(N) for _ in range(N)]
    reps.append(sum(int(y[k]) for k in idx) / N)
reps = np.array(reps)
print("rate bootstrap seed 7, 200 reps: lower", r(np.percentile(reps, 2.5)), "upper", r(np.percentile(reps, 97.5)),
      "se", r(np.std(reps, ddof=1)))
