"""A present perfect reported at the time of writing ("rights groups say dozens have been
detained", "are reported to have been arrested", an undated "the minister said") runs up
to the time of writing, as the writer's own present perfect does. Under an impersonal
"it is reported that", a past perfect "had said" or a dated report ("said on Tuesday")
the "now" is not the writer's. An undated stretch
that runs up to a day of writing ends on that day, whatever the precision of its start."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_speechnow import speech_at_now
from unrest.extract._date_syntax import REPORTED_DEPS, trigger_verb

_STORY = (
    "Farmers blocked the main road into Kassala on 3 March to protest against the "
    "price of fuel. The next day, police fired tear gas at a crowd in the market. "
)


def _verb(nlp: Language, text: str, word: str) -> object:
    doc = nlp(text)
    return trigger_verb(next(t for t in doc if t.text == word))


def test_present_report_is_made_now(nlp: Language) -> None:
    verb = _verb(nlp, "Activists say dozens of farmers have been detained.", "detained")
    assert speech_at_now(verb, REPORTED_DEPS)


def test_undated_past_report_is_made_now(nlp: Language) -> None:
    verb = _verb(nlp, "Activists said dozens of farmers have been detained.", "detained")
    assert speech_at_now(verb, REPORTED_DEPS)


def test_past_perfect_report_is_not_made_now(nlp: Language) -> None:
    text = "Activists had said that dozens of farmers have been detained."
    assert not speech_at_now(_verb(nlp, text, "detained"), REPORTED_DEPS)


def test_impersonal_report_is_not_made_now(nlp: Language) -> None:
    verb = _verb(nlp, "It is reported that dozens of farmers have been detained.", "detained")
    assert not speech_at_now(verb, REPORTED_DEPS)


def test_perfect_under_present_report_runs_to_now(nlp: Language) -> None:
    text = _STORY + "Local activists say several farmers have been detained in the town."
    assert date_pair(nlp, text, "detained", "2021-03-12") == ("2021-03-03", "2021-03-12")


def test_perfect_under_dated_report_keeps_the_report_day(nlp: Language) -> None:
    text = _STORY + "On 6 March activists said several farmers have been detained in the town."
    assert date_pair(nlp, text, "detained", "2021-03-12") != ("2021-03-04", "2021-03-12")


def test_month_start_runs_to_the_day_of_writing(nlp: Language) -> None:
    text = (
        "Farmers began blocking roads around Kassala in March. "
        "The police have also detained several union leaders."
    )
    assert date_pair(nlp, text, "detained", "2021-05-12") == ("2021-03", "2021-05-12")


def test_perfect_under_undated_past_report_runs_to_now(nlp: Language) -> None:
    text = _STORY + "Local activists said several farmers have been detained in the town."
    assert date_pair(nlp, text, "detained", "2021-03-12") == ("2021-03-03", "2021-03-12")


def test_perfect_under_later_dated_report_runs_up_to_the_report(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police post in Kassala on 3 March. "
        "Police have arrested six members of the group, the governor said on 5 March."
    )
    assert date_pair(nlp, text, "arrested", "2021-03-12") == ("2021-03-03", "2021-03-05")
