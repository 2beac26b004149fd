"""An outage 'for five days' from a day, the duration on the outage's own verb, ends on
the day service came back (the start plus five days), as the state a participle tells
does ('leaving the country offline for five days'); an arrest 'held for 25 days' and a
duration of another clause keep the inclusive count."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_value, pair


def test_an_outage_for_days_ends_when_service_came_back(nlp: Language) -> None:
    text = "The authorities shut down the internet across the country for five days from 3 March."
    value = date_value(nlp, text, "shut", "2025-03-20", event_type="censorship")
    assert pair(value) == ("2025-03-03", "2025-03-08")


def test_an_outage_for_a_week(nlp: Language) -> None:
    text = "On 3 March the authorities cut mobile internet across the north for about a week."
    value = date_value(nlp, text, "cut", "2025-03-20", event_type="censorship")
    assert pair(value) == ("2025-03-03", "2025-03-10")


def test_a_duration_of_another_clause_counts_inclusively(nlp: Language) -> None:
    text = (
        "On 3 March the town was under a state of siege for two days, and the internet "
        "was cut in several districts."
    )
    value = date_value(nlp, text, "cut", "2025-03-20", event_type="censorship")
    assert pair(value) == ("2025-03-03", "2025-03-04")
