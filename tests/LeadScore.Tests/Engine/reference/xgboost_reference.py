"""Trains small XGBoost models with missing values and writes them with xgboost's own outputs.

Used by XGBoostReferenceTests (run with Debian's /usr/bin/python3 and python3-xgboost); not part of the product.
Usage: xgboost_reference.py OUT_DIR
"""
import json
import os
import sys

import numpy as np
import xgboost as xgb

out = sys.argv[1]
rng = np.random.default_rng(2024)
rows, features = 4000, 8
X = rng.normal(size=(rows, features)).astype(np.float32)
X[rng.random(size=X.shape) < 0.12] = np.nan          # missing values everywhere: default_left learned both ways
X[:, 3] = np.round(X[:, 3] * 2) / 2                   # many ties exactly at split thresholds
logit = 1.1 * np.nan_to_num(X[:, 0]) - 0.9 * np.nan_to_num(X[:, 1]) * np.nan_to_num(X[:, 2]) + np.isnan(X[:, 4]) * 0.8
y = (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype(np.float32)
train = xgb.DMatrix(X, label=y, missing=np.nan)

cases = {
    "depth6": dict(max_depth=6, eta=0.2, base_score=0.3, rounds=25),
    "depth3": dict(max_depth=3, eta=0.3, base_score=0.5, rounds=40),
    "depth2": dict(max_depth=2, eta=0.3, base_score=0.1, rounds=60),
}
for name, case in cases.items():
    params = {"objective": "binary:logistic", "max_depth": case["max_depth"], "eta": case["eta"],
              "base_score": case["base_score"], "seed": 1, "nthread": 1, "tree_method": "exact"}
    booster = xgb.train(params, train, num_boost_round=case["rounds"])
    booster.save_model(os.path.join(out, f"{name}.json"))
    margin = booster.predict(train, output_margin=True)
    probability = booster.predict(train)
    contribs = booster.predict(train, pred_contribs=True)
    np.savetxt(os.path.join(out, f"{name}_margin.csv"), margin, fmt="%.9g")
    np.savetxt(os.path.join(out, f"{name}_probability.csv"), probability, fmt="%.9g")
    np.savetxt(os.path.join(out, f"{name}_contribs.csv"), contribs, fmt="%.9g", delimiter=",")
np.savetxt(os.path.join(out, "X.csv"), X, fmt="%.9g", delimiter=",")
print(json.dumps({"xgboost": xgb.__version__, "rows": rows, "features": features}))
