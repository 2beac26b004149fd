"""Merge rules on scope and people: country-wide reports vs local events, named victims.

All text is written for these tests.
"""

from __future__ import annotations

from tests.factories import SHIRAZ, TABRIZ, groups
from tests.factories import attack_mention as men
from unrest.merge import merge
from unrest.merge._features import features, persons
from unrest.merge._settings import settings
from unrest.model import Actor


def target(name: str, kind: str | None = None) -> Actor:
    return Actor("target", name, name, kind)


# -- country-wide reports and local events -----------------------------------------------------


def test_country_wide_attack_report_does_not_join_a_town_shooting() -> None:
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text="A bazaar guard was shot dead in Tabriz."),
        men("b", doc="d2", text="Monitors counted dozens of protesters killed nationwide."),
    ]
    assert groups(ms) == {frozenset({"a"}), frozenset({"b"})}


def test_country_wide_report_with_the_same_wording_still_joins() -> None:
    text = "Riot police shot a bazaar guard dead near the Tabriz grain market."
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text=text),
        men("b", doc="d2", text=text.replace("near the Tabriz", "near the")),
    ]
    assert len(merge(ms)) == 1


def test_country_wide_report_joins_an_event_founded_in_several_provinces() -> None:
    ms = [
        men("a", doc="d1", places=(TABRIZ, SHIRAZ), text="Guards fired on crowds in two cities."),
        men("b", doc="d2", text="Monitors counted dozens of protesters killed nationwide."),
    ]
    assert len(merge(ms)) == 1


def test_protests_are_waves_a_country_wide_report_joins_a_city_rally() -> None:
    assert "protest" in settings().wave_types
    ms = [
        men("a", doc="d1", type="protest", places=(TABRIZ,), text="Bus drivers marched."),
        men("b", doc="d2", type="protest", text="Crowds rallied in dozens of towns."),
    ]
    assert len(merge(ms)) == 1


def test_a_local_report_still_joins_a_country_wide_event() -> None:
    ms = [
        men("a", doc="d1", text="Monitors counted dozens of protesters killed nationwide."),
        men("b", doc="d2", places=(TABRIZ,), text="A bazaar guard was shot dead in Tabriz."),
    ]
    assert len(merge(ms)) == 1


# -- named people ------------------------------------------------------------------------------


def test_persons_are_surnames_of_named_targets_only() -> None:
    m = men(
        "a",
        actors=(
            target("Daryush Kamrani"),
            target("civilians", "civilians"),
            target("British envoy"),
            Actor("actor", "Navid Sohrabi", "Navid Sohrabi"),
        ),
    )
    assert persons(m) == frozenset({"kamrani"})
    assert not features(men("b", text="Police fired."), "IR").persons


def test_executions_of_different_named_people_stay_apart() -> None:
    ms = [
        men("a", doc="d1", type="execution", places=(TABRIZ,),
            text="Daryush Kamrani was hanged at dawn in Tabriz.",
            actors=(target("Daryush Kamrani"),)),
        men("b", doc="d2", type="execution", places=(TABRIZ,),
            text="Omid Farahani was hanged at dawn in Tabriz.",
            actors=(target("Omid Farahani"),)),
        men("c", doc="d3", type="execution", places=(TABRIZ,),
            text="Kamrani was put to death in the prison yard.",
            actors=(target("Kamrani"),)),
    ]  # fmt: skip
    assert groups(ms) == {frozenset({"a", "c"}), frozenset({"b"})}


def test_an_unnamed_report_joins_a_named_execution() -> None:
    ms = [
        men("a", doc="d1", type="execution", places=(TABRIZ,),
            text="Daryush Kamrani was hanged at dawn in Tabriz.",
            actors=(target("Daryush Kamrani"),)),
        men("b", doc="d2", type="execution", places=(TABRIZ,),
            text="A young man was hanged in Tabriz prison."),
    ]  # fmt: skip
    assert len(merge(ms)) == 1
