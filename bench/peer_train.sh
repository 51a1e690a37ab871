#!/usr/bin/env bash
# The peer for `./leadscore bench training`: times xgboost training (Debian's python3-xgboost) on the same rows.
# Usage: bench/peer_train.sh FEATURES.npy LABELS.npy ROUNDS THREADS
# Prints progress on stderr and one JSON line of timings on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ensure-xgboost.sh"
exec /usr/bin/python3 "$here/peer_train.py" "$@"
