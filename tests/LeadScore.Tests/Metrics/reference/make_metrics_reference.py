#!/usr/bin/python3
"""Regenerates the reference constants pinned in tests/LeadScore.Tests/Metrics/*Tests.cs.

Run with Debian's interpreter (/usr/bin/python3: scikit-learn 1.2.1, numpy 1.24.2, pandas 1.5.3) and
paste the printed values into the tests. The tests never run this script.
"""
import numpy as np
import pandas as pd
import sklearn
from sklearn.metrics import average_precision_score, roc_auc_score

print(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}, pandas {pd.__version__}")

SMALL = {
    "SklearnExample": ([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]),
    "Tied": ([0.5, 0.5, 0.5, 0.2, 0.2, 0.9, 0.9, 0.1, 0.5, 0.2], [1, 0, 0, 1, 0, 1, 0, 0, 1, 0]),
    "AllSame": ([0.3] * 6, [0, 1, 0, 0, 1, 0]),
    "Float32": (np.array([0.5711568, 0.4671177, 0.5884168, 0.46827003, 0.33064133, 0.6193308,
                          0.4671177, 0.5711568, 0.40146995, 0.5661687], dtype=np.float32),
                [0, 1, 0, 0, 0, 1, 0, 1, 0, 0]),
    "Reversed": ([0.9, 0.8, 0.7, 0.2, 0.1], [0, 0, 0, 1, 1]),
}


def generated_distinct(n=20000):
    """Same formula as MetricsReferenceData.GeneratedDistinct in the C# tests."""
    i = np.arange(n, dtype=np.int64)
    scores = ((i * 7919) % 20011) / 20011.0
    labels = (((i * i + 3 * i) % 11) < 5).astype(int)
    return scores, labels


def generated_tied(n=20000):
    """Same formula as MetricsReferenceData.GeneratedTied in the C# tests."""
    i = np.arange(n, dtype=np.int64)
    scores = ((i * 7919) % 1009) / 1009.0
    labels = (((i * 13) % 7 == 0) | ((i * 7919) % 1009 > 900)).astype(int)
    return scores, labels


def r(x):
    return repr(float(x))


print("\n## ROC AUC and average precision")
cases = dict(SMALL)
cases["GeneratedDistinct"] = generated_distinct()
cases["GeneratedTied"] = generated_tied()
for name, (s, y) in cases.items():
    print(f"{name}: auc={r(roc_auc_score(y, s))} ap={r(average_precision_score(y, s))}")
print("AllPositive: ap=" + r(average_precision_score([1, 1, 1], [0.2, 0.1, 0.2])))

print("\n## numpy quantile (method='linear')")
lerp_case = [0.025780530297874193, 0.06323346856577716, 0.1993846159764232, 0.33265673930353457,
             0.42773063663748223, 0.727056191558673, 0.9914220815384828]
q = 0.12154914347109003
print("t>=0.5 branch:", r(np.quantile(lerp_case, q)), "naive a+(b-a)t would give",
      r(lerp_case[0] + (lerp_case[1] - lerp_case[0]) * ((6 * q) % 1)))
tiny32 = np.array([1e-10, 1.0], dtype=np.float32)
print("float32 [1e-10, 1] q=0.3:", r(np.quantile(tiny32, 0.3)), "as float64:", r(np.quantile(tiny32.astype(float), 0.3)))
print("Tied percentiles 10/25/50/90:", [r(np.percentile(SMALL["Tied"][0], p)) for p in (10, 25, 50, 90)])

print("\n## pandas qcut(labels=False, duplicates='drop')")
QCUT = {
    "Tied": (SMALL["Tied"][0], 10),
    "ManyDuplicates": ([0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5], 10),
    "TwoScores": ([0.0, 10.0], 10),
    "Three": ([0.3, 0.1, 0.2], 10),
    "AllSameOneBin": ([3.0, 3.0, 3.0], 1),
    "Float32Quartiles": (SMALL["Float32"][0], 4),
}
for name, (s, b) in QCUT.items():
    arr = np.asarray(s)
    labels = pd.qcut(pd.Series(arr), b, labels=False, duplicates="drop")
    edges = pd.qcut(pd.Series(arr), b, retbins=True, duplicates="drop")[1]
    print(f"{name}: labels={labels.astype(int).tolist()} edges=[{', '.join(r(e) for e in edges)}]")
print("AllSame with 10 bins:", pd.qcut(pd.Series([0.3] * 6), 10, labels=False, duplicates="drop").tolist())

wide32 = np.array([1e-10, 1.0, 2.5e-8, 0.3, 7e-5, 0.9, 0.0004, 1e-7], dtype=np.float32)
e32 = pd.qcut(pd.Series(wide32), 10, retbins=True, duplicates="drop")[1]
e64 = pd.qcut(pd.Series(wide32.astype(np.float64)), 10, retbins=True, duplicates="drop")[1]
print("float32 edges:", ", ".join(r(e) for e in e32))
print("float64 edges:", ", ".join(r(e) for e in e64))

for name, (s, y) in (("GeneratedTied", generated_tied()), ("GeneratedDistinct", generated_distinct())):
    for b in (10, 100):
        d = pd.qcut(pd.Series(s), b, labels=False, duplicates="drop").astype(int).to_numpy()
        checksum = int(np.sum(d * (np.arange(len(d)) % 1000)))
        counts = np.bincount(d)
        print(f"{name} bins={b}: nbins={d.max() + 1} checksum={checksum}"
              + (f" counts={counts.tolist()} conversions={np.bincount(d, weights=y).astype(int).tolist()}" if b == 10 else ""))

print("\n## decile table of Tied via pandas groupby (rate, lift)")
s, y = SMALL["Tied"]
df = pd.DataFrame({"s": s, "y": y})
df["d"] = pd.qcut(df.s, 10, labels=False, duplicates="drop")
g = df.groupby("d").agg(n=("y", "size"), conv=("y", "sum"), rate=("y", "mean"))
g["lift"] = g.rate / df.y.mean()
for d, row in g.iterrows():
    print(f"decile {d}: n={int(row.n)} conv={int(row.conv)} rate={r(row.rate)} lift={r(row.lift)}")
print("bottom-2 mean rate:", r(g.rate.head(2).mean()), "pooled:", r(g.conv.head(2).sum() / g.n.head(2).sum()))

print("\n## pandas rank(pct=True, method='min') * 100, astype(int)")
for name, s in (("Tied", SMALL["Tied"][0]), ("AllSame", SMALL["AllSame"][0]),
                ("Hundred", np.arange(100, dtype=float))):
    pr = (pd.Series(s).rank(pct=True, method="min") * 100).astype(int)
    print(f"{name}: {pr.tolist()}")

print("\n## top-X% lift: y[s >= np.percentile(s, 100 - x)].mean() / y.mean()")
for name, (s, y) in (("Tied", SMALL["Tied"]), ("GeneratedTied", generated_tied()),
                     ("GeneratedDistinct", generated_distinct())):
    s, y = np.asarray(s), np.asarray(y)
    out = [r(y[s >= np.percentile(s, 100 - x)].mean() / y.mean()) for x in (5, 10, 50)]
    print(f"{name} top 5/10/50%: {out}")

print("\n## equal-count bins: stable descending order, np.array_split, decile = bins - 1 - group")
for name, (s, y), b in (("Tied", SMALL["Tied"], 3), ("GeneratedTied", generated_tied(), 10)):
    s, y = np.asarray(s), np.asarray(y)
    order = np.lexsort((np.arange(len(s)), -s))
    deciles = np.empty(len(s), dtype=int)
    for g_i, part in enumerate(np.array_split(order, b)):
        deciles[part] = b - 1 - g_i
    extra = f" deciles={deciles.tolist()}" if len(s) < 50 else ""
    print(f"{name} bins={b}: counts={np.bincount(deciles).tolist()} "
          f"conversions={np.bincount(deciles, weights=y).astype(int).tolist()}{extra}")

print("\n## real fixtures (float32 probability column), if present")
import os
FIX = os.environ.get("LEADSCORE_FIXTURES", os.path.join(os.path.dirname(__file__), "../../../../../shared/fixtures"))
for name in ("v41r3_test_predictions.csv", "v40_test_predictions.csv"):
    path = os.path.join(FIX, "v41", "reference", name)
    if not os.path.exists(path):
        print(name, "not found under", FIX)
        continue
    df = pd.read_csv(path)
    p, y = df.probability.astype(np.float32), df.target
    d = pd.qcut(p, 10, labels=False, duplicates="drop")
    g = df.assign(d=d).groupby("d").target.agg(["size", "sum", "mean"])
    pr = (p.rank(pct=True, method="min") * 100).astype(int)
    print(f"{name}: n={len(df)} positives={int(y.sum())} auc={r(roc_auc_score(y, p))} "
          f"ap={r(average_precision_score(y, p))}")
    print(f"  qcut counts={g['size'].tolist()} conversions={g['sum'].tolist()} "
          f"top lift={r(g['mean'].iloc[-1] / y.mean())} bins(100)={pd.qcut(p, 100, labels=False, duplicates='drop').nunique()}")
    print(f"  bottom-2 mean rate={r(g['mean'].head(2).mean())} pooled={r(g['sum'].head(2).sum() / g['size'].head(2).sum())}")
    print(f"  top 5/10% lift={[r(y[p >= np.percentile(p, 100 - x)].mean() / y.mean()) for x in (5, 10)]}")
    print(f"  percentile distinct={pr.nunique()} <=20: {(pr <= 20).sum()} >=80: {(pr >= 80).sum()}")
