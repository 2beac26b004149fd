"""Merge cost against the number of mentions: prints seconds per 10,000 mentions.

Synthetic mentions (8 types, 12 countries, 6 years, day/month/year/undated dates,
provinces, short sentences from a small vocabulary) at 1k, 10k and 100k. Blocking by
(type, country) and a month index of candidate events keep the growth near-linear.

    .venv/bin/python benchmarks/bench_merge.py [--max 100000]
"""

from __future__ import annotations

import argparse
import random
import time

from unrest.merge import merge
from unrest.model import EVENT_TYPES, DateValue, Figure, Mention, Place, TextSpan

_COUNTRIES = ["IR", "IQ", "SY", "LB", "TR", "EG", "SD", "BY", "MM", "VE", "CL", "HK"]
_WORDS = [
    "crowds",
    "marched",
    "gathered",
    "police",
    "fired",
    "tear",
    "gas",
    "students",
    "workers",
    "bazaar",
    "fuel",
    "price",
    "bread",
    "wages",
    "pensions",
    "election",
    "airliner",
    "funeral",
    "mourners",
    "university",
    "square",
    "district",
    "province",
    "teachers",
    "nurses",
    "drivers",
    "farmers",
    "water",
    "shortage",
    "strike",
    "clashes",
    "detained",
    "wounded",
]


def mentions(n: int, seed: int = 7) -> list[Mention]:
    """``n`` synthetic mentions, reproducible for one seed."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        year = rnd.randint(2017, 2022)
        month = rnd.randint(1, 12)
        kind = rnd.random()
        if kind < 0.5:
            iso = f"{year}-{month:02d}-{rnd.randint(1, 28):02d}"
        elif kind < 0.85:
            iso = f"{year}-{month:02d}"
        else:
            iso = f"{year}"
        date = None if kind > 0.97 else DateValue(iso, iso, "day")
        country = rnd.choice(_COUNTRIES)
        place = Place(country, f"Province {rnd.randint(1, 20)}" if rnd.random() < 0.5 else None)
        text = " ".join(rnd.choice(_WORDS) for _ in range(12))
        figures = (Figure("killed", rnd.randint(1, 100), rnd.choice([None, "at least"])),)
        out.append(
            Mention(
                id=f"men-{i:08d}",
                document=f"doc-{i // 20:06d}",
                type=rnd.choice(EVENT_TYPES),
                evidence=TextSpan(text, 0, len(text)),
                trigger=TextSpan(text.split()[0], 0, len(text.split()[0])),
                date=date,
                places=(place,),
                figures=figures if rnd.random() < 0.2 else (),
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=100_000, help="largest size to time")
    args = parser.parse_args()
    print(f"{'mentions':>10} {'events':>8} {'seconds':>9} {'s per 10k':>10}")
    for n in (1_000, 10_000, 100_000):
        if n > args.max:
            break
        ms = mentions(n)
        t0 = time.perf_counter()
        events = merge(ms)
        dt = time.perf_counter() - t0
        print(f"{n:>10} {len(events):>8} {dt:>9.2f} {dt / n * 10_000:>10.2f}")


if __name__ == "__main__":
    main()
