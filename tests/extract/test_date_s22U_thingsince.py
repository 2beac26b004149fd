"""A "since" time in a clause describing a thing ("the stalls, which had stood there
since early this month") measures the thing, not the episode: a report of what had
happened on the day in force keeps that day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_TEXT = (
    "KANO, May 10 - Police fired tear gas on Friday to clear traders from the central "
    "market, a day after the stalls of vendors who had camped there for two weeks were "
    "burned. Witnesses said men in plain clothes arrived shortly after midnight on "
    "Thursday night and set fire to the stalls, which had stood near the old gate since "
    "early this month. By Friday morning the stalls were gone. Police moved in shortly "
    "after noon. A nurse at the city hospital said dozens of people had been treated "
    "for wounds."
)


def test_a_things_duration_opens_no_episode(nlp: Language) -> None:
    assert date_pair(nlp, _TEXT, "treated", "2024-05-10") == ("2024-05-10", "2024-05-10")
