#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/lexicons/word-case.tsv: how often each word is written in lower case
and how often Capitalized in the middle of a sentence, in real news prose.

The `places` and `entities` analyzers use it to judge a capitalized word that is also
a place name ("Read", "Mobile", "Nice", "March"): a word that news prose mostly writes
in lower case is a common word when it is capitalized only at a sentence start.

Input: the news corpus in shared/ (../shared/corpus/news-en.txt.xz from the project
root): one paragraph per line, a blank line between documents; Reuters-21578 newswire
(1987, free for research use) and NLTK data texts (ABC rural and science news, NYT/AP
newswire of IEER, a WSJ sample, State of the Union and inaugural addresses). Only
counts derived from it are written, never its text. Uses the standard library only.
When the corpus is missing (a clone without shared/), it says so and exits 0 without
writing anything.

Usage (normally through build.sh):
    build_word_case.py [--corpus PATH] [--out Sources/Gazetteer/Data/lexicons] [--min-count 5] [--measure]

How words are counted
  * Each line is HTML-unescaped (the ABC texts have "&ntilde;"), NFC-normalized and its
    curly apostrophes made straight.
  * Lines that are not prose are skipped whole: lines without a single lower-case word
    of 2 or more letters (ALL-CAPS Reuters headlines, table rows such as
    "Wheat 2.63 2.40", title-only lines) and lines whose letters are mostly (> 50 %)
    upper case ("SEOUL, April 8 - THE BANK OF KOREA SAID ... at 844.30").
  * A token is a run of letters with internal apostrophes or hyphens ("don't",
    "To-Fitness"), not touching a digit or underscore ("3rd" is no token). A final
    possessive "'s" is removed ("Brazil's" counts as "Brazil"). Tokens with fewer than
    2 letters are not counted.
  * Shapes: `lower` = all lower case; ALL-CAPS tokens ("NATO", "BRASILIA") are not
    counted; a token whose first letter is upper case and that is not ALL-CAPS
    ("Kerry", "McDonald", "To-Fitness") is Capitalized; anything else ("eBay") is not
    counted.
  * A Capitalized token is `initial` (sentence start, not written) when it is the first
    token of the line, or the text since the previous token holds one of . ! ? : or
    ends with a double quote (an opening quote: `said "We`), or it
    follows a dateline ("BRASILIA, June 2 - Brazil's", "GEORGETOWN, Guyana (AP) _ The").
    A period after a title abbreviation (Mr, Dr, St, Gen, Sen, ...) or after a single
    letter ("U.S.", "John F. Kennedy") does not end a sentence. Otherwise it is `title`.
  * The key is the token in lower case (str.lower()); rows are sorted by it
    (code-point order). A row is kept when lower + title >= --min-count.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import html
import lzma
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news-en.txt.xz"
DEFAULT_MIN_COUNT = 5
MEASURE_COUNTS = (2, 3, 4, 5, 6, 8, 10, 20)
SAMPLE_WORDS = (
    "Read Mobile Nice Split Bath March Eagle Hamilton Kerry Victoria Austin Chad Jordan "
    "Georgia Florence Washington Paris London Of Police Sale Best Hope Buffalo Reading "
    "Lincoln Hull Essen Nancy Troy Orange Independence"
).split()

LETTER = r"[^\W\d_]"
TOKEN_RE = re.compile(rf"(?<!\w){LETTER}+(?:['\-]{LETTER}+)*(?!\w)")
# Datelines: "BRASILIA, June 2 - ", "VANCOUVER, British Columbia, March 2 - ", "BONN - ",
# "GEORGETOWN, Guyana (AP) _ ", "WASHINGTON _ "; and Reuters' "Note - ".
DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z.'&]+(?:[ -][A-Z][A-Z.'&]+)*|NOTE|Note)(?:,[^-_]{1,60}?)? [-_] ")
OPEN_QUOTES = ('"', "“")
# A period after these does not end a sentence: they stand before a name.
TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "messrs", "dr", "st", "ste", "mt", "ft", "pt", "gen", "gov", "sen",
    "rep", "reps", "sens", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr",
    "prof", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "brig", "gens", "fr",
    "sr", "jr", "mme", "mlle", "vs",
}
APOSTROPHE_MAP = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def normalize_line(line: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(line)).translate(APOSTROPHE_MAP)


def is_prose(line: str) -> bool:
    """False for ALL-CAPS headlines, table rows and other lines without lower-case words."""
    upper = lower = 0
    for ch in line:
        if ch.isalpha():
            if ch.isupper():
                upper += 1
            elif ch.islower():
                lower += 1
    if upper + lower == 0 or upper > lower:
        return False
    return any(t.islower() and sum(c.isalpha() for c in t) >= 2 for t in TOKEN_RE.findall(line))


def sentence_break(gap: str, prev: str | None) -> bool:
    """Does the text `gap` between the previous token `prev` and this one end a sentence?"""
    if prev is None:
        return True
    if gap.endswith(OPEN_QUOTES):  # `said "We ...`, not `"Star Wars" Program`
        return True
    if "!" in gap or "?" in gap or ":" in gap:
        return True
    if "." in gap:
        # "Mr. Smith", "U.S. Treasury", "John F. Kennedy": not a sentence end.
        if gap.lstrip().startswith(".") and gap.count(".") == 1 and (
                len(prev) == 1 or prev.lower() in TITLE_ABBREVIATIONS):
            return False
        return True
    return False


class Counts:
    __slots__ = ("lower", "title", "initial", "upper")

    def __init__(self):
        self.lower = self.title = self.initial = self.upper = 0


def count(corpus: Path) -> tuple[dict[str, Counts], dict[str, int]]:
    words: dict[str, Counts] = collections.defaultdict(Counts)
    stats = collections.Counter()
    with lzma.open(corpus, "rt", encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip():
                continue
            stats["lines"] += 1
            line = normalize_line(raw)
            if not is_prose(line):
                stats["lines skipped (not prose)"] += 1
                continue
            dateline = DATELINE_RE.match(line)
            dateline_end = dateline.end() if dateline else -1
            prev: str | None = None
            prev_end = 0
            for m in TOKEN_RE.finditer(line):
                tok = m.group()
                gap = line[prev_end:m.start()]
                # the first token after a dateline ("TORONTO, April 1 - <Bank of Nova Scotia>")
                at_start = sentence_break(gap, prev) or prev_end <= dateline_end <= m.start()
                prev, prev_end = tok, m.end()
                if tok.endswith("'s") or tok.endswith("'S"):
                    tok = tok[:-2]
                if sum(c.isalpha() for c in tok) < 2:
                    continue
                stats["tokens"] += 1
                key = tok.lower()
                if tok == key:
                    words[key].lower += 1
                elif tok == tok.upper():
                    words[key].upper += 1
                elif tok[0].isupper():
                    if at_start:
                        words[key].initial += 1
                    else:
                        words[key].title += 1
                else:
                    stats["tokens of other shapes"] += 1
    stats["distinct words"] = len(words)
    return words, stats


def write_tsv(path: Path, words: dict[str, Counts], min_count: int, corpus: Path,
              corpus_sha: str) -> int:
    rows = sorted((k, c) for k, c in words.items() if c.lower + c.title >= min_count)
    header = [
        "# word case statistics for the `places` and `entities` analyzers; generated by "
        "tools/lexicons/build_word_case.py; do not edit by hand.",
        f"# source: shared/corpus/{corpus.name} (sha256 {corpus_sha}): Reuters-21578 newswire "
        "(1987, free for research use) and NLTK data texts (ABC rural/science news, IEER NYT/AP,",
        "# WSJ sample, State of the Union and inaugural addresses). Only counts derived from "
        "the corpus are stored, no text.",
        "# lower = written all lower case; title = Capitalized and not at a sentence start; "
        "ALL-CAPS tokens, headlines and table rows are not counted.",
        f"# word = token folded with str.lower(), final possessive 's removed; rows with "
        f"lower + title >= {min_count}; sorted by word.",
        "#word\tlower\ttitle",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for k, c in rows:
            f.write(f"{k}\t{c.lower}\t{c.title}\n")
    return len(rows)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--out", default=str(ROOT / "seeds" / "lexicons"))
    ap.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT,
                    help="keep words with lower + title >= this (default %(default)s)")
    ap.add_argument("--measure", action="store_true",
                    help="print rows and bytes at several --min-count values; writes nothing to --out")
    args = ap.parse_args(argv)
    log = lambda s: print(s, flush=True)
    corpus = Path(args.corpus)
    if not corpus.is_file():
        log(f"build_word_case.py: corpus {corpus} not found (shared/ is not beside this clone); "
            "word-case.tsv left as it is")
        return 0
    corpus_sha = sha256(corpus)
    words, stats = count(corpus)

    if args.measure:
        log("min_count\trows\tbytes")
        with tempfile.TemporaryDirectory() as td:
            for n in MEASURE_COUNTS:
                p = Path(td) / "word-case.tsv"
                rows = write_tsv(p, words, n, corpus, corpus_sha)
                log(f"{n}\t{rows}\t{p.stat().st_size}")
        return 0

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "word-case.tsv"
    rows = write_tsv(path, words, args.min_count, corpus, corpus_sha)
    log(f"wrote {path} ({path.stat().st_size} bytes, {rows} rows, sha256 {sha256(path)})")
    for k, v in stats.items():
        log(f"{k}: {v}")
    log("sample word\tlower\ttitle\tinitial\tupper")
    for w in SAMPLE_WORDS:
        c = words.get(w.lower(), Counts())
        log(f"{w}\t{c.lower}\t{c.title}\t{c.initial}\t{c.upper}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
