#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/lexicons/organizations.tsv: listed companies and political parties
as English news names them, for the `entities` plugin.

Inputs:
- the stock indices' members in `pytickersymbols` (pinned in requirements.txt; MIT), read from
  its `indices_data.py` with `ast` (the package is not imported);
- tools/lexicons/parties.tsv, a hand-curated list of political parties and movements, and
  tools/lexicons/firms.tsv, of large companies the indices do not list ("Infosys", "Petrobras"):
  data made for this project, not copied from a list;
- word-case.tsv, first-names.txt and surnames.txt (this folder's other lexicons) and the
  gazetteer's places.tsv and demonyms.tsv, to mark names that are also common words, places
  or people's names.

Each row is `name<TAB>kind<TAB>form`:
- kind `firm`, `party` or `body` (a public body, court, charity or armed group: tools/lexicons/bodies.tsv);
- form `name` when the name alone says it is the organization (several words, or one word that
  is no common word, large place or person's name), or `word`, `place` or `person` when it is
  also a common word ("Target", "Next", "Shell"), a large place ("Toyota", a city of 420,000)
  or a given name or surname ("Hess", "Sixt"): such a name is the organization only where its
  context says so.

Usage: build_organizations.py --out Sources/Gazetteer/Data/lexicons
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_names import fold, read_lower_shares  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# A word news writes in lower case in at least this share of its in-sentence uses (and at least
# twice) is a common word: the same cut build_names.py makes for given names.
MAX_LOWER_SHARE = 0.1
# A one-word name that is a place of at least this many people, a country, a first-level
# division or a region is a place first ("Toyota", "Hitachi" are cities).
MIN_PLACE_POPULATION = 100_000
PLACE_KINDS = {"CONTINENT", "COUNTRY", "ADMIN1", "REGION"}

# Legal forms and their like that news leaves off a company's name ("Alphabet Inc." ->
# "Alphabet", "Wells Fargo & Company" -> "Wells Fargo"). Removed from the end, repeatedly.
LEGAL_FORMS = {
    "inc", "incorporated", "corporation", "corp", "company", "co", "companies", "ltd", "limited", "plc",
    "ag", "se", "sa", "nv", "n.v", "s.a", "s.p.a", "spa", "asa", "ab", "oyj", "kgaa", "& co kgaa", "lp",
    "l.p", "llc", "holding ag", "reit", "n.a",
}
# Generic last words news keeps or drops ("BT Group" and "BT", "Meiji Holdings"): the name
# without them is added too when it is a name by itself (not a common word, a place or a
# person's name, and at least three letters or an acronym).
GENERIC_TAILS = {"group", "holdings", "holding", "plc group"}


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_organizations.py: package {name!r} is not installed (run tools/lexicons/build.sh)")
    return Path(list(spec.submodule_search_locations)[0])


def listed_companies(package: Path) -> tuple[list[str], list[str]]:
    """The member names of every index in the package's data, and the indices' names."""
    tree = ast.parse((package / "indices_data.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "INDICES":
            indices = ast.literal_eval(node.value)
            break
    else:
        sys.exit("build_organizations.py: no INDICES in pytickersymbols/indices_data.py")
    names = sorted({c["name"].strip() for index in indices.values() for c in index["companies"]})
    return names, sorted(indices)


def news_form(name: str) -> str:
    """The name as news writes it: no leading "The", no parenthesized share class or note, no
    legal form ("The Coca-Cola Company" -> "Coca-Cola", "Block, Inc." -> "Block")."""
    s = re.sub(r"\s*\([^)]*\)", "", name).strip()
    s = re.sub(r"^The\s+", "", s)
    while True:
        words = s.rstrip(" ,&").split(" ")
        if len(words) < 2:
            break
        tail = words[-1].rstrip(".").lower()
        two = " ".join(words[-3:]).replace(".", "").lower() if len(words) > 3 else ""
        if two == "& co kgaa":
            s = " ".join(words[:-3])
        elif tail in LEGAL_FORMS:
            s = " ".join(words[:-1])
        else:
            break
        s = s.rstrip(" ,&").strip()
        # "Eli Lilly and Company" -> "Eli Lilly": the "and" went with the legal form.
        if s.endswith(" and"):
            s = s[: -len(" and")]
    return s.rstrip(" ,&")


def read_places(gazetteer_dir: Path) -> set[str]:
    """Folded names (and aliases) of large places, countries, divisions, regions, continents,
    and the demonyms."""
    words: set[str] = set()
    with open(gazetteer_dir / "places.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[2] in PLACE_KINDS or fields[2] == "CONTINENT" or int(fields[8] or 0) >= MIN_PLACE_POPULATION:
                words.add(fold(fields[1]))
    with open(gazetteer_dir / "demonyms.tsv", encoding="utf-8") as f:
        words.update(fold(line.split("\t")[0]) for line in f if not line.startswith("#"))
    return words


def read_names(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {fold(line.strip()) for line in f if line.strip() and not line.startswith("#")}


# Firms named after the market or the index they run: news means the market ("halted on Nasdaq",
# CoNLL's MISC).
MARKET_NAMES = {"nasdaq"}
# One-word firms' names that are also a place's no list here knows: "the Amazon" is the river and
# the forest.
NATURAL_PLACES = {"amazon"}


# Parties' acronyms of three capitals that spell other things too in news: purchasing power
# parity, feeds, armoured personnel carriers, nuclear power plants, the director of public
# prosecutions, climate pledges, ... The parties' other acronyms ("BJP", "ANC", "SNP", "AKP") were
# chosen for this list because news means the party by them.
AMBIGUOUS_PARTY_ACRONYMS = {
    "PPP", "RSS", "APC", "NPP", "DPP", "NDC", "PDP", "PAN", "PAS", "MAS", "TMC", "AAP", "NCP", "BSP",
    "MDC", "ANO", "BBB", "NRM", "CCM", "RPF", "EFF", "BRS", "BJD", "TDP", "JVP", "NDP", "PRI",
}


def form_of(name: str, shares: dict[str, float], places: set[str], people: set[str], kind: str = "firm") -> str:
    """`name`, or why the name alone does not say it is an organization."""
    key = fold(name)
    if key in NATURAL_PLACES:
        return "place"
    letters = [c for c in name if c.isalnum()]
    if len(letters) <= 3 and name == name.upper() and (kind != "party" or name in AMBIGUOUS_PARTY_ACRONYMS):
        # "ACS", "PRA", "MLP", "GEO": three capitals or fewer spell many things besides a firm.
        return "short"
    if " " in key or "-" in key:
        # Several words: a name, unless the whole is a large place ("Hong Kong" is no firm here).
        return "place" if key in places else "name"
    if shares.get(key, 0) >= MAX_LOWER_SHARE:
        return "word"
    if key in places:
        return "place"
    if key in people:
        return "person"
    return "name"


def read_parties(path: Path) -> list[tuple[str, str]]:
    """parties.tsv or firms.tsv: `name<TAB>country` rows, `#` comments."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 2 or not fields[0]:
                sys.exit(f"build_organizations.py: {path.name}:{number}: expected name<TAB>country")
            rows.append((fields[0], fields[1]))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    out: Path = args.out
    from importlib.metadata import version
    package = package_dir("pytickersymbols")
    listed, indices = listed_companies(package)
    shares = read_lower_shares(out / "word-case.tsv")
    places = read_places(out.parent)
    people = read_names(out / "first-names.txt") | read_names(out / "surnames.txt")

    rows: dict[str, tuple[str, str, str]] = {}  # folded name -> (name, kind, form)

    def add(name: str, kind: str) -> None:
        key = fold(name)
        if len(key.replace(" ", "")) < 2 or key in rows or key in MARKET_NAMES:
            return
        rows[key] = (name, kind, form_of(name, shares, places, people, kind))

    # Parties first: a party's row wins over a firm of the same name.
    parties = read_parties(HERE / "parties.tsv")
    for name, _ in parties:
        add(name, "party")
    # Public bodies next: "Federal Reserve" is no listed firm's.
    bodies = read_parties(HERE / "bodies.tsv")
    for name, _ in bodies:
        add(name, "body")
    firms = read_parties(HERE / "firms.tsv")
    for company in listed + [name for name, _ in firms]:
        name = news_form(company)
        add(name, "firm")
        words = name.split(" ")
        if len(words) >= 2 and words[-1].lower() in GENERIC_TAILS:
            short = " ".join(words[:-1])
            if form_of(short, shares, places, people) == "name" and (len(short) >= 3 or short.isupper()):
                add(short, "firm")

    header = [
        "organizations for the `entities` analyzer; generated by tools/lexicons/build_organizations.py; do not edit by hand.",
        f"firms: the members of {len(indices)} stock indices in pytickersymbols {version('pytickersymbols')} (MIT; data from Wikipedia's index lists):",
        "  " + ", ".join(indices) + ";",
        "  names as news writes them: no leading 'The', share class or legal form ('Alphabet Inc.' -> 'Alphabet').",
        f"plus {len(firms)} firms of tools/lexicons/firms.tsv; parties: tools/lexicons/parties.tsv; public bodies: tools/lexicons/bodies.tsv;",
        "  all three hand-curated for this project.",
        "form: name = the name alone is the organization; word = also a common word (word-case.tsv, >= 10% lower case);",
        "  place = also a large place or a demonym (gazetteer); person = also a given name or surname;",
        "  short = three capitals or fewer ('ACS', 'PRA'): these need context.",
        "name<TAB>kind<TAB>form, sorted by name.",
    ]
    path = out / "organizations.tsv"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n")
        for name, kind, form in sorted(rows.values()):
            f.write(f"{name}\t{kind}\t{form}\n")
    counts: dict[tuple[str, str], int] = {}
    for _, kind, form in rows.values():
        counts[kind, form] = counts.get((kind, form), 0) + 1
    print(f"organizations.tsv: {len(rows)} rows from {len(listed)} listed names, {len(firms)} more firms, {len(parties)} parties and {len(bodies)} bodies; "
          + ", ".join(f"{k}/{f} {n}" for (k, f), n in sorted(counts.items())))
    print(f"  sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    for name in ("Alphabet", "Wells Fargo", "Coca-Cola", "Nvidia", "Infosys", "World Bank"):
        if fold(name) not in rows:
            print(f"build_organizations.py: sanity check failed: {name!r} missing", file=sys.stderr)
            return 1
    for name, form in (("Target", "word"), ("Next", "word"), ("Apple", "word"), ("Pheu Thai", "name")):
        if rows.get(fold(name), ("", "", ""))[2] != form:
            print(f"build_organizations.py: sanity check failed: {name!r} is not {form}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
