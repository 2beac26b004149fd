"""Extraction may not depend on Python's string hash seed (set iteration order)."""

from __future__ import annotations

import os
import subprocess
import sys

# Two cities in the lead, then "the city" three times: the first city named gets those votes.
TEXT = (
    "Riot police broke up protests in Karaj and Kamalshahr on Monday night. "
    "Witnesses said the city was calm by the morning. "
    "Officers arrested ten people in the city centre, the prosecutor said. "
    "Shops in the city stayed shut on Tuesday."
)
CODE = (
    "import sys\n"
    "from unrest.nlp import load_pipeline\n"
    "from unrest.extract.where import Locator\n"
    "place = Locator(load_pipeline()(sys.argv[1])).story_place\n"
    "print(place.city if place else None)\n"
)


def _story_city(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", CODE, TEXT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def test_story_city_is_the_same_under_every_hash_seed() -> None:
    # seeds 0 and 1 ordered the two cities one way, 2 and 3 the other, before the fix
    assert {_story_city(seed) for seed in range(4)} == {"Karaj"}
