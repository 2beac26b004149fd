"""Merge rules on breadth: reports naming several provinces, incidents told side by side in
one article, country-wide reports of a wave, and target names that are things, not people.

All text is written for these tests.
"""

from __future__ import annotations

from tests.factories import IR, RASHT, SHIRAZ, TABRIZ, groups
from tests.factories import attack_mention as men
from unrest.merge import merge
from unrest.merge._features import persons
from unrest.model import Actor, Place

YAZD = Place("IR", "Yazd", "Yazd")
ARAK = Place("IR", "Markazi", "Arak")


def test_a_report_naming_two_provinces_does_not_join_a_town_shooting() -> None:
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text="A bazaar guard was shot dead in Tabriz."),
        men("b", doc="d2", places=(TABRIZ, SHIRAZ),
            text="Monitors counted eleven protesters killed, most of them in Tabriz and Shiraz."),
    ]  # fmt: skip
    assert groups(ms) == {frozenset({"a"}), frozenset({"b"})}


def test_a_report_naming_two_provinces_joins_an_event_founded_in_several() -> None:
    ms = [
        men("a", doc="d1", places=(TABRIZ, SHIRAZ), text="Guards fired on crowds in two cities."),
        men("b", doc="d2", places=(SHIRAZ, YAZD),
            text="Monitors counted eleven protesters killed, most of them in Shiraz and Yazd."),
    ]  # fmt: skip
    assert len(merge(ms)) == 1


# Two sentences of one article, a day apart, in two provinces, sharing some wording.
SHOOTING_TABRIZ = "Witnesses said guards fired on the crowd near the bazaar in Tabriz."
SHOOTING_SHIRAZ = "Witnesses said guards fired on mourners leaving the cemetery in Shiraz."


def test_one_article_telling_of_shootings_in_two_provinces_tells_of_two_incidents() -> None:
    ms = [
        men("a", places=(TABRIZ,), text=SHOOTING_TABRIZ),
        men("b", places=(SHIRAZ,), start="2021-05-04", text=SHOOTING_SHIRAZ),
    ]
    assert groups(ms) == {frozenset({"a"}), frozenset({"b"})}


def test_one_article_telling_of_protests_in_two_provinces_tells_of_one_wave() -> None:
    ms = [
        men("a", type="protest", places=(TABRIZ,), text=SHOOTING_TABRIZ),
        men("b", type="protest", places=(SHIRAZ,), start="2021-05-04", text=SHOOTING_SHIRAZ),
    ]
    assert len(merge(ms)) == 1


def test_a_country_wide_protest_report_joins_the_event_reported_in_most_places() -> None:
    ms = [
        men("a", doc="d1", type="protest", start="2021-05-10", places=(YAZD,),
            text="Pensioners rallied outside the governor's office in Yazd."),
        men("b", doc="d1", type="protest", start="2021-05-11", places=(YAZD,),
            text="Pensioners rallied again outside the governor's office in Yazd."),
        men("c", doc="d2", type="protest", start="2021-05-04", places=(RASHT, ARAK, SHIRAZ, TABRIZ),
            text="Students chanted at universities in Rasht, Arak, Shiraz and Tabriz."),
        men("d", doc="d3", type="protest", start="2021-05", places=(IR,),
            text="The unrest began in May after the price rise."),
    ]  # fmt: skip
    assert groups(ms) == {frozenset({"a", "b"}), frozenset({"c", "d"})}


def test_a_target_name_with_digits_is_a_thing_not_a_person() -> None:
    flight = Actor("target", "Caspian Air Flight CA451", "Caspian Air Flight CA451")
    assert not persons(men("a", actors=(flight,)))
    text = "Air defences shot down Caspian Air Flight CA451 after take-off from Tabriz."
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text=text, actors=(flight,)),
        men("b", doc="d2", places=(TABRIZ,), text=text.replace(" CA451", ""),
            actors=(Actor("target", "Caspian Air Flight", "Caspian Air Flight"),)),
    ]  # fmt: skip
    assert len(merge(ms)) == 1
