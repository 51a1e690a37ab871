#!/usr/bin/python3
"""Regenerates the reference constants pinned in tests/LeadScore.Tests/Backtest/Legacy/*Tests.cs.

Run with Debian's interpreter (/usr/bin/python3: numpy 1.24.2) and paste the printed values into the tests.
The tests never run this script. Every value comes from numpy's legacy generator (np.random.RandomState),
the one the original team seeded with np.random.seed(42).
"""
from statistics import NormalDist

import numpy as np

print(f"# numpy {np.__version__}")


def show(name, values):
    print(f"{name}: [{', '.join(repr(v) for v in values)}]")


def state(seed):
    return np.random.RandomState(seed)


# --- NumpyRandomStateTests ---------------------------------------------------------------------------------------
# Raw MT19937 output (tempered 32-bit words); the 625th word is the first of the second regenerated block.
for seed in (0, 42, 4294967295):
    show(f"uint32 seed {seed} first 5", [int(v) for v in state(seed)._bit_generator.random_raw(5)])
raw = state(42)._bit_generator.random_raw(2000)
print("uint32 seed 42 words 624, 625, 1999:", int(raw[623]), int(raw[624]), int(raw[1999]))
print("uint32 seed 42 sum of first 2000:", int(raw.astype(np.uint64).sum()))

for seed in (0, 42):
    show(f"random_sample seed {seed} first 3", [float(v) for v in state(seed).random_sample(3)])

# Normal: the polar method makes two values per accepted pair; the second is cached for the next call, and the
# cache survives other draws in between (random_sample does not touch it).
show("standard normal seed 42 first 5", [float(v) for v in state(42).normal(0.0, 1.0, 5)])
show("normal(10, 2.5) seed 7 first 4", [float(v) for v in state(7).normal(10.0, 2.5, 4)])
rs = state(42)
show("seed 42: normal(0,1), random_sample, normal(0,1), normal(0,1)",
     [float(rs.normal(0.0, 1.0)), float(rs.random_sample()), float(rs.normal(0.0, 1.0)), float(rs.normal(0.0, 1.0))])
normals = state(3).normal(0.0, 1.0, 10001)
print("normal seed 3 values 10000 and 10001:", repr(float(normals[9999])), repr(float(normals[10000])))

# randint, default int64 dtype, masked rejection: 3393 needs the mask 4095 and rejects about 17% of the words.
show("randint(0, 3393, 10) seed 42", [int(v) for v in state(42).randint(0, 3393, 10)])
show("randint(-5, 6, 10) seed 1", [int(v) for v in state(1).randint(-5, 6, 10)])
show("randint(0, 2**40, 4) seed 5", [int(v) for v in state(5).randint(0, 2**40, 4)])
show("randint(-2**62, 2**62, 3) seed 5", [int(v) for v in state(5).randint(-2**62, 2**62, 3)])
rs = state(42)
rs.randint(7, 8, 3)
print("randint(7, 8, 3) then random_sample, seed 42:", repr(float(rs.random_sample())))
print("randint(0, 3393, 100000) seed 9 sum:", int(state(9).randint(0, 3393, 100000).sum()))

# binomial: inversion when n*min(p, 1-p) <= 30, BTPE otherwise; p > 0.5 draws n - X(n, 1-p).
show("binomial(10, 0.3) seed 42 x10 (inversion)", [int(v) for v in state(42).binomial(10, 0.3, 10)])
show("binomial(2800, 86/1888) seed 42 x10 (BTPE)", [int(v) for v in state(42).binomial(2800, 86.0 / 1888, 10)])
show("binomial(100, 0.9) seed 11 x10 (reflected inversion)", [int(v) for v in state(11).binomial(100, 0.9, 10)])
show("binomial(1000, 0.7) seed 11 x10 (reflected BTPE)", [int(v) for v in state(11).binomial(1000, 0.7, 10)])
show("binomial(1000000, 0.25) seed 3 x5 (BTPE, squeeze)", [int(v) for v in state(3).binomial(1000000, 0.25, 5)])
rs = state(1)
zero, one = int(rs.binomial(10, 0.0)), int(rs.binomial(10, 1.0))
print("seed 1: binomial(10, 0), binomial(10, 1), then random_sample:", zero, one, repr(float(rs.random_sample())))
print("binomial(2800, 86/1888, 10000) seed 42 sum:", int(state(42).binomial(2800, 86.0 / 1888, 10000).sum()))
print("binomial(1000, 0.7, 10000) seed 7 sum:", int(state(7).binomial(1000, 0.7, 10000).sum()))
print("binomial(25, 0.4, 10000) seed 7 sum:", int(state(7).binomial(25, 0.4, 10000).sum()))

# --- LegacyMonteCarloTests: the original team's procedures -------------------------------------------------------
c, d = 86.0 / 1888, 118.0 / 2442
np.random.seed(42)
draws_c, draws_d, wins = [], [], 0
for _ in range(10000):
    np.random.choice(3393, 3393, replace=True)  # the bootstrap index vector, thrown away (same words as randint)
    c_star = max(0, np.random.normal(c, 0.1 * c))
    d_star = max(0, np.random.normal(d, 0.1 * d))
    draws_c.append(c_star)
    draws_d.append(d_star)
    wins += d_star > c_star
print("confidence wins of 10000:", wins, "share:", wins / 10000)
show("CI C (2.5, 97.5)", [float(v) for v in np.percentile(draws_c, [2.5, 97.5])])
show("CI D (2.5, 97.5)", [float(v) for v in np.percentile(draws_d, [2.5, 97.5])])

closed = NormalDist().cdf((d - c) / ((0.1 * c) ** 2 + (0.1 * d) ** 2) ** 0.5)
print("closed form Phi((d - c) / sqrt((0.1c)^2 + (0.1d)^2)):", repr(closed))

for name, rate in (("C", c), ("D", d)):
    np.random.seed(42)
    mqls = np.random.binomial(2800, rate, 10000)
    print(f"MQLs {name}: mean {float(np.mean(mqls))!r}, CI {[float(v) for v in np.percentile(mqls, [2.5, 97.5])]},"
          f" share above 2800*0.0274 {float(np.mean(mqls > 2800 * 0.0274))!r}")
