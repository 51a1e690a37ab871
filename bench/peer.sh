#!/usr/bin/env bash
# The peer for `./leadscore bench scoring`: times xgboost (Debian's python3-xgboost, one thread) on the same rows.
# Usage: bench/peer.sh MODEL.json FEATURES.npy OUT_DIR THREADS
# Prints progress on stderr and one JSON line of timings on stdout; writes peer_margin.npy and peer_contribs.npy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/ensure-xgboost.sh"
exec /usr/bin/python3 "$here/peer.py" "$@"
