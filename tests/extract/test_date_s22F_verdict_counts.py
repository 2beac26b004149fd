"""A count of verdicts in the present perfect with no time of its own ("at least 14
others have been sentenced to death in connection with the protests") sums up the
courts' answer to the unrest so far: it runs from the unrest's onset (the episode a
"since" opened, else the story's start) up to the time of writing. A count with its
own time, a single verdict and the simple past keep their time."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import typed_date

_STORY = (
    "Protests over the death of a student in police custody began in Tabriz on 3 October. "
    "On 9 January, two young men were hanged in Tabriz prison. "
)


def test_counted_sentences_run_from_the_onset(nlp: Language) -> None:
    text = _STORY + (
        "At least 14 others have been sentenced to death in connection with the protests."
    )
    assert typed_date(nlp, text, "sentenced", "2023-01-20", "sentencing") == (
        "2022-10-03",
        "2023-01-20",
    )


def test_sentences_handed_down_run_from_the_onset(nlp: Language) -> None:
    text = _STORY + "Courts have handed down at least 20 further death sentences."
    assert typed_date(nlp, text, "sentences", "2023-01-20", "sentencing") == (
        "2022-10-03",
        "2023-01-20",
    )


def test_one_verdict_keeps_the_time_in_force(nlp: Language) -> None:
    text = _STORY + "His brother has been sentenced to death."
    assert typed_date(nlp, text, "sentenced", "2023-01-20", "sentencing")[0] != "2022-10-03"


def test_own_time_is_kept(nlp: Language) -> None:
    text = _STORY + "At least 14 others have been sentenced to death in the past month."
    assert typed_date(nlp, text, "sentenced", "2023-01-20", "sentencing")[0] != "2022-10-03"


def test_simple_past_keeps_its_time(nlp: Language) -> None:
    text = _STORY + "At least 14 others were sentenced to death."
    assert typed_date(nlp, text, "sentenced", "2023-01-20", "sentencing")[0] != "2022-10-03"
