#!/usr/bin/env python3
"""Validate cases.jsonl for the `numbers` analyzer (see CONVENTIONS.md).

Usage: python3 validate_cases.py [path/to/cases.jsonl]
Exits 1 if any line is invalid; prints counts per label and per id prefix.
Offsets ("start") are Unicode scalar offsets, i.e. Python str indices.
"""
import collections
import json
import os
import re
import sys

LABELS = {"CARDINAL", "ORDINAL", "FRACTION", "PERCENT", "RANGE", "MONEY",
          "QUANTITY", "DATE", "TIME", "DURATION"}
COMPARATORS = {">", ">=", "<", "<="}
UNITS = {
    # length
    "mm", "cm", "m", "km", "in", "ft", "yd", "mi", "nmi",
    # mass
    "mg", "g", "kg", "t", "ton", "lb", "oz", "st",
    # area / volume / flow
    "m2", "km2", "mi2", "ha", "acre", "ml", "l", "m3", "bbl", "gal", "bbl/d",
    # any length squared or cubed ("square feet", "cubic centimetres")
    "mm2", "cm2", "ft2", "yd2", "in2", "mm3", "cm3", "km3", "ft3", "yd3", "in3", "mi3",
    # a rate of one unit to another written into a compound ("a 4.4-gram-per-tonne grade")
    "g/t",
    # temperature / speed
    "°C", "°F", "°", "km/h", "mph", "mpg", "kn", "m/s",
    # power / energy / electric (volts, a battery's charge)
    "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "V", "kV", "mAh", "dB",
    # data, frequency, engine power
    "MB", "GB", "TB", "Mbit/s", "Gbit/s", "Hz", "kHz", "MHz", "GHz", "hp",
    # ratios (QUANTITY)
    "percent point", "bp",
    # kitchen measures
    "cup", "tbsp", "tsp", "cup/d",
}
RANGE_ONLY_UNITS = {"percent", "s", "min", "h", "d", "wk", "mo", "yr"}

# Fields each label may carry besides label/text/start.
ALLOWED = {
    "CARDINAL": {"value", "approximate", "comparator", "counts", "tolerance"},
    "ORDINAL": {"value"},
    "FRACTION": {"value", "approximate", "comparator", "counts"},
    "PERCENT": {"value", "approximate", "comparator", "tolerance"},
    "RANGE": {"low", "high", "unit", "currency", "approximate", "counts", "age"},
    "MONEY": {"value", "currency", "approximate", "comparator", "tolerance"},
    "QUANTITY": {"value", "unit", "approximate", "comparator", "tolerance"},
    "DATE": {"value", "approximate", "comparator", "relative", "fiscal"},
    "TIME": {"value", "approximate", "comparator"},
    "DURATION": {"value", "approximate", "comparator", "age"},
}
CASE_KEYS = {"id", "input", "reference_date", "expect", "note"}

_D = r"(?:\d{4}|XXXX)"
_DATE_ATOM = (
    rf"(?:{_D}"                                   # year
    rf"|{_D}-(?:\d{{2}}|XX)"                      # year-month
    rf"|{_D}-(?:\d{{2}}|XX)-\d{{2}}"              # full / partial date
    rf"|{_D}-W(?:\d{{2}}|XX)(?:-[1-7]|-WE)?"      # ISO week (+ weekday, or its weekend: TIMEX3)
    rf"|{_D}-Q[1-4]"                              # quarter (TIMEX3)
    rf"|{_D}-H[12]"                               # half of a year (TIMEX3)
    rf"|{_D}-(?:SP|SU|FA|WI)"                     # season of a year (TIMEX3)
    rf"|\d{{4}}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:\d{{2}})?)"  # date-time
)
DATE_RE = re.compile(rf"^{_DATE_ATOM}(?:/{_DATE_ATOM})?$")
_T_ATOM = r"T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?"
TIME_RE = re.compile(rf"^{_T_ATOM}(?:/{_T_ATOM})?$")
_N = r"\d+(?:\.\d+)?"
DUR_RE = re.compile(rf"^P(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$")
ID_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*-\d{3}$")
REF_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_case(case, errs):
    cid = case.get("id", "?")

    def err(msg):
        errs.append(f"{cid}: {msg}")

    extra = set(case) - CASE_KEYS
    if extra:
        err(f"unknown case keys {sorted(extra)}")
    if not isinstance(case.get("id"), str) or not ID_RE.match(case["id"]):
        err("id must look like 'prefix-001'")
    inp = case.get("input")
    if not isinstance(inp, str) or not inp:
        err("input must be a non-empty string")
        return
    ref = case.get("reference_date")
    if ref is not None and (not isinstance(ref, str) or not REF_RE.match(ref)):
        err(f"reference_date {ref!r} is not YYYY-MM-DD")
    if "note" in case and not isinstance(case["note"], str):
        err("note must be a string")
    exp = case.get("expect")
    if not isinstance(exp, list):
        err("expect must be a list")
        return
    spans = []
    for k, ann in enumerate(exp):
        where = f"expect[{k}]"
        if not isinstance(ann, dict):
            err(f"{where} is not an object")
            continue
        label, text = ann.get("label"), ann.get("text")
        if label not in LABELS:
            err(f"{where} bad label {label!r}")
            continue
        if not isinstance(text, str) or not text:
            err(f"{where} text must be a non-empty string")
            continue
        extra = set(ann) - {"label", "text", "start"} - ALLOWED[label]
        if extra:
            err(f"{where} ({label}) fields not allowed: {sorted(extra)}")
        occ = [i for i in range(len(inp)) if inp.startswith(text, i)]
        if not occ:
            err(f"{where} text {text!r} not in input")
            continue
        if "start" in ann:
            s = ann["start"]
            if not isinstance(s, int) or isinstance(s, bool) or inp[s:s + len(text)] != text:
                err(f"{where} text {text!r} not at start {s!r}")
                continue
        elif len(occ) > 1:
            err(f"{where} text {text!r} occurs {len(occ)} times: give start")
            continue
        start = ann.get("start", occ[0])
        spans.append((start, start + len(text), text))

        v = ann.get("value", "absent")
        if label in ("DATE", "TIME", "DURATION"):
            if v not in ("absent", None):
                rx = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE}[label]
                if not isinstance(v, str) or not rx.match(v) or v == "P":
                    err(f"{where} {label} value {v!r} is not a valid ISO string")
        elif label != "RANGE" and v != "absent":
            if not is_number(v):
                err(f"{where} value {v!r} must be a JSON number")
            elif isinstance(v, float) and v.is_integer():
                err(f"{where} integer value written as float {v!r}")
            if label == "ORDINAL" and is_number(v) and not (isinstance(v, int) and v > 0):
                err(f"{where} ordinal value must be a positive integer")
        if label == "RANGE":
            lo, hi = ann.get("low"), ann.get("high")
            if not (is_number(lo) and is_number(hi)):
                err(f"{where} RANGE needs numeric low and high")
            elif lo > hi:
                err(f"{where} RANGE low > high")
            for b in (lo, hi):
                if isinstance(b, float) and b.is_integer():
                    err(f"{where} integer bound written as float {b!r}")
        if "comparator" in ann and ann["comparator"] is not None and ann["comparator"] not in COMPARATORS:
            err(f"{where} bad comparator {ann['comparator']!r}")
        if label in ("DATE", "TIME") and ann.get("comparator") is not None:
            err(f"{where} {label} takes no comparator (only null, to assert absence)")
        if "approximate" in ann and ann["approximate"] not in (True, None):
            err(f"{where} approximate must be true (or null to assert absence)")
        if "currency" in ann and not (isinstance(ann["currency"], str) and re.fullmatch(r"[A-Z]{3}", ann["currency"])):
            err(f"{where} currency must be an ISO 4217 code")
        if "unit" in ann:
            u = ann["unit"]
            ok = UNITS | (RANGE_ONLY_UNITS if label == "RANGE" else set())
            if u not in ok:
                err(f"{where} unit {u!r} not in the vocabulary for {label}")
        if label == "QUANTITY" and "unit" not in ann:
            err(f"{where} QUANTITY must state its unit")
        if label == "MONEY" and "currency" not in ann:
            err(f"{where} MONEY must state its currency")
        if "counts" in ann and ann["counts"] is not None:
            c = ann["counts"]
            if not isinstance(c, str) or c not in inp:
                err(f"{where} counts {c!r} not in input")
            elif c in text:
                err(f"{where} counts {c!r} lies inside the annotation text")
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"annotations overlap: {t1!r}@{s1} and {t2!r}@{s2}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "cases.jsonl")
    errs, ids = [], collections.Counter()
    by_label, by_prefix, neg, with_ref, n = collections.Counter(), collections.Counter(), 0, 0, 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {lineno}: blank line")
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {lineno}: invalid JSON: {e}")
                continue
            if not isinstance(case, dict):
                errs.append(f"line {lineno}: not an object")
                continue
            n += 1
            check_case(case, errs)
            cid = case.get("id", f"line{lineno}")
            ids[cid] += 1
            by_prefix[cid.split("-")[0]] += 1
            if case.get("reference_date"):
                with_ref += 1
            exp = case.get("expect") or []
            if not exp:
                neg += 1
            for ann in exp:
                if isinstance(ann, dict):
                    by_label[ann.get("label")] += 1
    errs += [f"duplicate id {i} ({c}x)" for i, c in ids.items() if c > 1]

    print(f"{path}: {n} cases, {sum(by_label.values())} expected annotations, "
          f"{neg} negatives (expect []), {with_ref} with reference_date")
    print("per label:")
    for k in sorted(LABELS):
        print(f"  {k:<9} {by_label.get(k, 0)}")
    print("per prefix:")
    for k, c in sorted(by_prefix.items()):
        print(f"  {k:<7} {c}")
    if errs:
        print(f"\n{len(errs)} error(s):")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
