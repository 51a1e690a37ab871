#!/usr/bin/env bash
# The peer for `./leadscore bench training`: times xgboost training (Debian's python3-xgboost) on the same rows.
# Usage: bench/peer_train.sh FEATURES.npy LABELS.npy ROUNDS THREADS
# Prints progress on stderr and one JSON line of timings on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! /usr/bin/python3 -c 'import xgboost, numpy' 2>/dev/null; then
  echo "peer: installing Debian's python3-xgboost" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "peer: python3-xgboost is missing and installing it needs root" >&2; exit 3; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3-xgboost python3-numpy >&2 \
    || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-xgboost python3-numpy >&2; }
fi
exec /usr/bin/python3 "$here/peer_train.py" "$@"
