"""Tests of event places, fourth round: foreign countries people come from or serve, the
seat of speakers named "at" an office abroad, the earlier event a clause says set off
the trigger's, townships folded into the story city, and a victim's place of study.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

#: An article whose story city is Shiraz: the lead and later sentences name it.
_SHIRAZ = (
    "Thousands of bazaar merchants marched in Shiraz on Sunday over the currency crash.\n\n"
    "Shopkeepers closed their stores in Shiraz for a second day.\n\n"
    "Riot police in Shiraz used batons on the crowd, witnesses said.\n\n"
)
_FOREIGN = {"AT", "ES", "BE", "DK", "NO", "IL", "CH"}


def _countries(got: list[tuple]) -> set[str]:
    return {str(p[0]) for p in got}


def test_countries_arrested_people_come_from_are_no_places(nlp: Language) -> None:
    text = (
        _SHIRAZ + "The intelligence ministry said on Monday that seven foreign nationals from "
        "Austria, Spain and Belgium had been detained during the unrest."
    )
    got = sentence_places(nlp, text, "The intelligence ministry", "detained")
    assert got and not _countries(got) & _FOREIGN


def test_citizens_from_abroad_keep_the_arrest_place(nlp: Language) -> None:
    text = _SHIRAZ + "Police in Shiraz arrested three citizens from Denmark and Norway on Friday."
    got = sentence_places(nlp, text, "Police in Shiraz", "arrested")
    assert got == [("IR", "Fars", "Shiraz")]


def test_the_country_someone_spied_for_is_no_place(nlp: Language) -> None:
    text = (
        _SHIRAZ + "A former army officer was hanged at dawn after being convicted of spying "
        "for Israel, the judiciary's news site said."
    )
    got = sentence_places(nlp, text, "A former army officer", "hanged")
    assert got and "IL" not in _countries(got)


def test_the_seat_of_speakers_abroad_is_no_place(nlp: Language) -> None:
    text = (
        _SHIRAZ + "Our colleagues at the rights office in Geneva said that scores of "
        "protesters may have been killed in several cities."
    )
    got = sentence_places(nlp, text, "Our colleagues", "killed")
    assert got == [("IR", None, None)]


def test_the_place_of_the_death_that_set_off_the_riots_is_not_theirs(nlp: Language) -> None:
    text = (
        _SHIRAZ + "At least 30 people have died in the unrest that followed the killing "
        "of a student in Zahedan."
    )
    got = sentence_places(nlp, text, "At least 30", "died")
    assert ("IR", "Sistan and Baluchestan", "Zahedan") not in got


#: An article about Mahshahr that names a township of it without the city.
_MAHSHAHR = (
    "Security forces killed dozens of protesters in Mahshahr on Monday.\n\n"
    "Witnesses in Mahshahr said the shooting lasted for hours.\n\n"
    "Hospitals in Mahshahr were short of blood, a nurse said.\n\n"
    "Shops in Mahshahr stayed shut on Tuesday.\n\n"
)


def test_a_township_folds_into_the_story_city(nlp: Language) -> None:
    text = _MAHSHAHR + "People in Shahrak-e Chamran and nearby areas had blocked the highway."
    got = sentence_places(nlp, text, "People in Shahrak-e", "blocked")
    assert got == [("IR", "Khuzestan", "Bandar-e Mahshahr")]


def test_a_plain_town_of_the_province_stays_itself(nlp: Language) -> None:
    text = _MAHSHAHR + "People in Shadegan had blocked the highway."
    got = sentence_places(nlp, text, "People in Shadegan", "blocked")
    assert got == [("IR", "Khuzestan", "Shadegan")]


#: An article about Dhaka.
_DHAKA = (
    "Students blocked roads across Dhaka on Monday over job quotas.\n\n"
    "Police in Dhaka fired rubber bullets at the marchers.\n\n"
)


def test_a_victims_place_of_study_is_the_place(nlp: Language) -> None:
    text = (
        _DHAKA + "On Tuesday police shot dead Karim Hossain, a student at Carmichael "
        "College in Rangpur, during a march."
    )
    got = sentence_places(nlp, text, "On Tuesday police", "shot")
    assert [p[2] for p in got] == ["Rangpur"]


def test_a_victims_home_town_is_not_the_place(nlp: Language) -> None:
    text = (
        _DHAKA + "On Tuesday police shot dead Karim Hossain, a young man from Rangpur, "
        "during a march."
    )
    got = sentence_places(nlp, text, "On Tuesday police", "shot")
    assert "Rangpur" not in [p[2] for p in got]
