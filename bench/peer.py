"""Times xgboost's predict and pred_contribs on the rows leadscore benchmarks (see bench/peer.sh)."""
import json
import os
import sys
import time

import numpy as np
import xgboost as xgb

model_path, features_path, out_dir, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
CONTRIB_ROWS = 10_000

# xgboost 1.7 reads base_score as a plain number; XGBoost 3.1 writes "[5E-1]". Same value, older spelling.
with open(model_path) as f:
    model = json.load(f)
param = model["learner"]["learner_model_param"]
param["base_score"] = param["base_score"].strip("[]")
patched = os.path.join(out_dir, "peer_model.json")
with open(patched, "w") as f:
    json.dump(model, f)

X = np.load(features_path)
booster = xgb.Booster(model_file=patched)
names = model["learner"].get("feature_names") or None


def timed(label, nthread, **kwargs):
    # A fresh DMatrix each time: xgboost caches predictions per DMatrix, and a cached answer is not a measurement.
    matrix = xgb.DMatrix(X, feature_names=names, nthread=threads)
    booster.set_param({"nthread": nthread})
    print(f"peer: xgboost {label} on {X.shape[0]:,} rows ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    result = booster.predict(matrix, **kwargs)
    return result, time.perf_counter() - start


booster.predict(xgb.DMatrix(X[:1000], feature_names=names))  # warm-up
_, predict_1 = timed("predict, 1 thread", 1)
_, predict_all = timed(f"predict, {threads} threads", threads)
margin, _ = timed("predict (margins for the parity check), 1 thread", 1, output_margin=True)
contribs, contribs_1 = timed("pred_contribs, 1 thread", 1, pred_contribs=True)

np.save(os.path.join(out_dir, "peer_margin.npy"), margin.astype(np.float32))
np.save(os.path.join(out_dir, "peer_contribs.npy"), np.ascontiguousarray(contribs[:CONTRIB_ROWS], dtype=np.float32))
print(json.dumps({
    "xgboost": xgb.__version__, "rows": int(X.shape[0]), "threads": threads,
    "predict_1": predict_1, "predict_all": predict_all, "contribs_1": contribs_1,
    "contrib_rows": int(min(CONTRIB_ROWS, X.shape[0])),
}))
