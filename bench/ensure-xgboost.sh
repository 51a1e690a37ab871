# Sourced by the peer scripts: installs Debian's python3-xgboost and numpy when /usr/bin/python3 lacks them.
if ! /usr/bin/python3 -c 'import xgboost, numpy' 2>/dev/null; then
  echo "peer: installing Debian's python3-xgboost" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "peer: python3-xgboost is missing and installing it needs root" >&2; exit 3; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3-xgboost python3-numpy >&2 \
    || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-xgboost python3-numpy >&2; }
fi
