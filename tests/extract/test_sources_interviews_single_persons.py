"""Interviewees named in the introduction, headline quotes of interviews, and one
unnamed person as a source ("according to a relative")."""

from __future__ import annotations

from spacy.language import Language

from unrest.extract.sources import Attributor, find_quotes

_INTERVIEW = (
    '"We slept on the floor for a month": a former detainee speaks\n\n'
    "Interview by Laleh Farahani | The Evening Ledger\n\n"
    "Dariush (not his real name) is a 31-year-old teacher from Shiraz. He was held for "
    "six weeks after the strikes last spring.\n\n"
    "Q: What happened on the first day?\n\n"
    "A: The police came to the school at noon. My colleague Omid was with me. Omid "
    "tried to run but they caught him.\n\n"
    "Q: Where did they take you?\n\n"
    "A: To a station near the bazaar. They beat us with cables in the yard.\n"
)


def _source_at(nlp: Language, text: str, word: str) -> tuple[str, str | None]:
    doc = nlp(text)
    attributor = Attributor(doc)
    tok = next(t for t in doc if t.text == word)
    source = attributor.source_for(doc[tok.i : tok.i + 1], tok.sent)
    return source.kind, source.name


def test_interviewee_is_the_subject_of_the_introduction_not_the_byline(nlp: Language) -> None:
    kind, name = _source_at(nlp, _INTERVIEW, "beat")
    assert (kind, name) == ("person", "Dariush")


def test_headline_quote_told_by_a_role_is_the_interviewee_s(nlp: Language) -> None:
    doc = nlp(_INTERVIEW)
    quotes = find_quotes(doc, Attributor(doc))
    headline = [q for q in quotes if q.text.startswith("We slept")]
    assert headline and headline[0].speaker == "Dariush"


def test_according_to_a_relative_is_one_person(nlp: Language) -> None:
    text = "Riot police arrested two students in Karaj on Tuesday, according to a relative."
    kind, name = _source_at(nlp, text, "arrested")
    assert kind == "unnamed"  # dev10, dev16-dev18 conventions


def test_a_fellow_inmate_who_told_me_is_one_person(nlp: Language) -> None:
    text = "A fellow inmate told me that guards had beaten him during the interrogation."
    kind, name = _source_at(nlp, text, "beaten")
    assert kind == "person" and (name or "").lower().endswith("inmate")


def test_relatives_in_the_plural_stay_a_group(nlp: Language) -> None:
    text = "Riot police arrested two students in Karaj on Tuesday, according to relatives."
    kind, _ = _source_at(nlp, text, "arrested")
    assert kind != "person"


def test_the_group_refers_back_to_a_name_the_recognizer_missed_there(nlp: Language) -> None:
    from unrest.extract._attrib_repeats import repeated

    text = (
        "Zagros Labour Watch, a workers' rights group, said strikers were beaten. "
        "The group said 40 drivers were detained. Later Zagros Labour Watch said more."
    )
    doc = nlp(text)
    second = next(t.i for t in doc if t.text == "Zagros" and t.i > 5)
    found = repeated(doc, [(second, "Zagros Labour Watch")])
    assert [i for i, _ in found] == [0, second]
    assert {n for _, n in found} == {"Zagros Labour Watch"}
