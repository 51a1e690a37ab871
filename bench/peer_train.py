"""Times xgboost training with the V4.1-R3 settings on the rows `leadscore bench training` trains on."""
import json
import sys
import time

import numpy as np
import xgboost as xgb

features_path, labels_path, rounds, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
X = np.load(features_path)
y = np.load(labels_path)
positives = float(y.sum())
params = {
    "objective": "binary:logistic", "max_depth": 2, "min_child_weight": 30, "reg_alpha": 1.0, "reg_lambda": 5.0,
    "gamma": 0.3, "learning_rate": 0.01, "subsample": 0.6, "colsample_bytree": 0.6, "base_score": 0.5, "seed": 42,
    "scale_pos_weight": (len(y) - positives) / positives, "verbosity": 0,
}


def timed(method, nthread):
    matrix = xgb.DMatrix(X, label=y, nthread=nthread)
    print(f"peer: xgboost {xgb.__version__} train, tree_method={method}, {rounds} rounds, {nthread} thread(s) ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    xgb.train({**params, "tree_method": method, "nthread": nthread}, matrix, num_boost_round=rounds)
    return time.perf_counter() - start


result = {"xgboost": xgb.__version__, "rows": int(X.shape[0]), "rounds": rounds, "threads": threads}
for method in ("hist", "exact"):
    result[f"{method}_1"] = timed(method, 1)
    result[f"{method}_all"] = timed(method, threads)
print(json.dumps(result))
