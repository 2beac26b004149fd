"""Tests of local and national stories: sites that back the story city, a scene that
goes on "since yesterday", a nationwide strike beside a city's, an official's region,
and a province that stands for the town named just before it."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract.where import Gazetteer, Locator, find_toponyms

# --- sites back the story city of a local story ------------------------------------------

_LOCAL = (
    "TEHRAN - Thousands of people marched to Azadi Square on Sunday.\n\n"
    "Crowds gathered outside Sharif University at night.\n\n"
    "Police fired tear gas at the crowd.\n\n"
    "A doctor said dozens of people had been hurt."
)


def test_sites_back_the_city_of_a_local_story(nlp: Language) -> None:
    story = Locator(nlp(_LOCAL)).story_place
    assert story is not None and story.city == "Tehran"


def test_sites_do_not_make_a_national_story_local(nlp: Language) -> None:
    text = (
        "TEHRAN - Strikes spread across the country on Monday.\n\n"
        "Thousands of people marched to Azadi Square on Sunday.\n\n"
        "Crowds gathered outside Sharif University at night.\n\n"
        "Shops were shut across the country, officials said."
    )
    assert Locator(nlp(text)).story_place is None


# --- a scene that goes on "since yesterday" ------------------------------------------------


def test_since_yesterday_keeps_the_paragraph_town(nlp: Language) -> None:
    text = (
        "Two students were detained at the hospital in Mahabad on Friday. "
        "Mobile internet in the town has been cut since yesterday afternoon."
    )
    got = sentence_places(nlp, text, "Mobile internet", "cut")
    assert got == [("IR", "West Azerbaijan", "Mahabad")]


def test_since_a_date_still_widens_to_the_country(nlp: Language) -> None:
    text = (
        "Riot police fired on protesters in Mahabad on Friday. "
        "Security forces have killed 300 people since the election, rights groups said."
    )
    got = sentence_places(nlp, text, "Security forces", "killed")
    assert got == [("IR", None, None)]


# --- a strike across the country beside a city's shops -------------------------------------


def test_strike_across_the_country_is_national(nlp: Language) -> None:
    text = (
        "Prices rose again, truck drivers went on strike across the country in May, "
        "and shopkeepers in Tabriz closed their stores in June."
    )
    got = sentence_places(nlp, text, "Prices rose", "strike")
    assert got == [("IR", None, None)]


# --- an official's region is a seat -------------------------------------------------------


def test_officials_in_a_named_region_are_a_seat(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Health officials in the Cusco region said most of the injured had been shot.")
    roles = {t.span.text: t.role for t in find_toponyms(doc[:], gaz, "PE")}
    assert roles.get("Cusco") == "weak"


def test_protests_in_a_named_region_are_an_event_place(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Farmers blocked roads in the Cusco region on Monday.")
    roles = {t.span.text: t.role for t in find_toponyms(doc[:], gaz, "PE")}
    assert roles.get("Cusco") == "event"


# --- a province that stands for the town named before it ---------------------------------


def test_borrowed_province_gives_the_town_named_before(nlp: Language) -> None:
    text = (
        "Baneh, 20 September. "
        "At the funeral in his home town in Kurdistan province, mourners wept. "
        "Later the crowd chanted slogans outside the cemetery."
    )
    got = sentence_places(nlp, text, "Later the crowd", "chanted")
    assert got == [("IR", "Kurdistan", "Baneh")]


# --- a list of other towns "also" named: echoes of a local story ---------------------------

_ECHOES = (
    "Thousands of people rallied in Kutaisi on Sunday night.\n\n"
    "Riot police clashed with protesters in Kutaisi until dawn.\n\n"
    "Dozens of people were hurt. Many more were detained.\n\n"
    "Protests were also held in Batumi, Zugdidi and Telavi."
)


def test_towns_also_named_keep_the_story_city(nlp: Language) -> None:
    story = Locator(nlp(_ECHOES)).story_place
    assert story is not None and story.city == "Kutaisi"


def test_towns_also_named_in_a_counted_spread_make_no_story_city(nlp: Language) -> None:
    text = _ECHOES + "\n\nBy Tuesday rallies had been held in 19 towns."
    assert Locator(nlp(text)).story_place is None


# --- a lead that names a city and "the ... districts" of it --------------------------------

_DISTRICTS = (
    "Shiraz and the eastern districts\n\n"
    "Riot police fired tear gas at farmers in Shiraz on Friday.\n\n"
    "Hundreds of people from Shiraz joined the sit-in on Thursday.\n\n"
    "A doctor at one of the city's hospitals said dozens were hurt."
)


def test_lead_with_the_districts_of_a_city_keeps_the_story_city(nlp: Language) -> None:
    story = Locator(nlp(_DISTRICTS)).story_place
    assert story is not None and story.city == "Shiraz"


def test_lead_with_other_unnamed_cities_makes_no_story_city(nlp: Language) -> None:
    text = _DISTRICTS.replace("Shiraz and the eastern districts", "Shiraz and other cities")
    assert Locator(nlp(text)).story_place is None


# --- the movement a relative clause defines --------------------------------------------------

_MOVEMENT_STORY = (
    "ARAK - Thousands of people marched in Arak on Sunday.\n\n"
    "Police fired tear gas at the crowd in Arak.\n\n"
    "The marchers chanted slogans outside the governor's office in Arak."
)


def test_protests_that_followed_a_price_rise_are_the_country_s(nlp: Language) -> None:
    text = (
        _MOVEMENT_STORY + "\n\nThe riots that followed the rise in the price of bread had "
        "left dozens dead by the end of the month."
    )
    got = sentence_places(nlp, text, "The riots that followed", "riots")
    assert got == [("IR", None, None)]


def test_protests_that_drew_a_crowd_keep_the_story_city(nlp: Language) -> None:
    text = (
        _MOVEMENT_STORY + "\n\nThe riots that drew the largest crowd had left dozens hurt by "
        "the end of the day."
    )
    got = sentence_places(nlp, text, "The riots that drew", "riots")
    assert got == [("IR", "Markazi", "Arak")]
