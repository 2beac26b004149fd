"""Attribution, round s15b: reports carried by news media as a group ("Local media
report that ...", "reports in foreign media that ...") are those media's, an
organization named as written; and a passive "was quoted as saying"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_media_report_parsed_as_a_noun_is_the_media(nlp: Language) -> None:
    text = "Regional media report that a student was killed in Rasht on Sunday evening."
    src = source(nlp, text, "killed")
    assert (src.kind, src.name) == ("organization", "Regional media")


def test_reports_in_media_are_the_media(nlp: Language) -> None:
    text = "Reports in exile media that guards beat the prisoners were denied by the ministry."
    src = source(nlp, text, "beat")
    assert (src.kind, src.name) == ("organization", "exile media")


def test_bare_reports_stay_unnamed(nlp: Language) -> None:
    text = "There were reports that guards beat the prisoners in the city jail."
    assert source(nlp, text, "beat").kind == "unnamed"


def test_passive_quoted_without_agent_is_the_subject(nlp: Language) -> None:
    text = "The district governor was quoted as saying that 40 people had been detained."
    src = source(nlp, text, "detained")
    assert (src.kind, src.name) == ("person", "district governor")
