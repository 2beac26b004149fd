"""Attribution, session 11c: who the informants are. A closing "X told us" reports the
sentence; people speaking for a named body are that body; bare "relatives" and
"hospital staff" are nobody in particular; videos that only "appear to show" are
hearsay; a bare "accused of" is nobody's accusation; "his lawyer" just named in
apposition is that lawyer. On sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_closing_told_us_reports_the_sentence(nlp: Language) -> None:
    text = (
        "Police fired tear gas to disperse the crowd near the gate just after six, "
        "two residents told us."
    )
    s = source(nlp, text, "fired")
    assert s.kind == "unnamed"


def test_closing_told_reporters_names_the_speaker(nlp: Language) -> None:
    text = (
        "Guards detained 30 workers at the gate of the plant, the provincial governor "
        "told reporters."
    )
    s = source(nlp, text, "detained")
    assert s.kind == "person"
    assert (s.name or "").endswith("governor")


def test_activists_with_a_named_body_are_that_body(nlp: Language) -> None:
    text = (
        "Activists with the Zagros Workers Collective, a network that tracks labour "
        "disputes, said forty miners had been detained in Kerman."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Zagros Workers Collective")


def test_members_of_a_place_stay_nobody_in_particular(nlp: Language) -> None:
    text = "Activists in Kerman said forty miners had been detained."
    assert source(nlp, text, "detained").kind == "unnamed"


def test_bare_relatives_are_nobody_in_particular(nlp: Language) -> None:
    text = "Relatives say the two men were beaten in custody in Ahvaz."
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_his_family_stays_a_group_named_as_written(nlp: Language) -> None:
    text = "His family said he was beaten in custody in Ahvaz."
    s = source(nlp, text, "beaten")
    assert s.kind == "unnamed"  # dev10, dev16-dev18 conventions


def test_hospital_staff_are_nobody_in_particular(nlp: Language) -> None:
    text = "Police fired on the march, wounding dozens, according to hospital staff."
    assert source(nlp, text, "fired").kind == "unnamed"


def test_videos_that_appear_to_show_are_hearsay(nlp: Language) -> None:
    text = "Videos posted online appear to show police beating a woman near the square."
    assert source(nlp, text, "beating").kind == "unnamed"


def test_videos_that_show_stay_the_writers(nlp: Language) -> None:
    text = "Videos verified by our team show police beating a woman near the square."
    assert source(nlp, text, "beating").kind == "author"


def test_a_bare_accused_of_is_nobodys_accusation(nlp: Language) -> None:
    text = (
        "Reza Karimi, a 30-year-old driver, was arrested in May, days after the strike "
        "began, and accused of setting fire to a bank in Arak."
    )
    s = source(nlp, text, "setting")
    assert s.kind == "unnamed"


def test_his_lawyer_just_named_is_that_lawyer(nlp: Language) -> None:
    text = (
        "His lawyer, Nasser Hosseini, said on Monday that the court had rejected the appeal. "
        "The protester was sentenced to six years in prison, according to his lawyer."
    )
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("person", "Nasser Hosseini")


def test_his_lawyer_far_from_a_naming_stays_as_written(nlp: Language) -> None:
    text = (
        "His lawyer, Nasser Hosseini, said on Monday that the court had rejected the appeal. "
        "The court met again in June. The prison was crowded. Guards moved the detainees. "
        "Families waited outside. A second defendant, Omid Karimi, was tried in July. "
        "The hearings were closed. Karimi was sentenced to ten years in prison, according to "
        "his lawyer."
    )
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("person", "his lawyer")
