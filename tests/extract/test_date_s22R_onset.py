"""A story told months after the unrest began (a statement on executions, an annual
report) dates the unrest once with "since" ("Since the death of a young woman in police
custody in September, ..."): what it counts up to the time of writing runs from that
onset, not from the late day its narrative opens on. A "since" only weeks before the
story's first day leaves the start alone."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import typed_date

_STATEMENT = (
    "Kurdish Rights Watch condemns the execution of a 23-year-old wrestler, who was hanged "
    "in Shiraz on 12 December. A revolutionary court sentenced him to death on 29 November "
    "after a trial that lasted one day. Since the death of a young woman in police custody "
    "in September, security forces have killed at least 400 protesters. "
)


def test_count_to_now_runs_from_the_earlier_onset(nlp: Language) -> None:
    text = _STATEMENT + "More than 15,000 people have been arrested, according to activists."
    assert typed_date(nlp, text, "arrested", "2022-12-20", "arrest") == (
        "2022-09",
        "2022-12",
    )


def test_since_weeks_before_the_story_leaves_its_start(nlp: Language) -> None:
    text = (
        "Farmers have protested over water shortages since June. Protests broke out in "
        "Ahvaz on 15 July. On 20 July, police fired on crowds in Susangerd. Dozens of "
        "people have been arrested, activists say."
    )
    assert typed_date(nlp, text, "arrested", "2022-07-26", "arrest")[0] == "2022-07-15"
