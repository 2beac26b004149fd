"""Merging mentions into events: compatibility rules, ids, properties (text written for tests)."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import IR, RASHT, SHIRAZ, TABRIZ, article, groups, mention
from tests.factories import protest_mention as men
from unrest.merge import event_id, merge
from unrest.model import DateValue, Figure, Mention, Place, Source


def test_same_key_merges_and_keeps_claims_side_by_side() -> None:
    a = mention("men-a", figures=(Figure("arrested", 12, "at least"),))
    b = mention(
        "men-b",
        doc="doc-2",
        figures=(Figure("arrested", 30),),
        source=Source("person", "Reza Karimi"),
    )
    [ev] = merge([a, b], {"doc-test0000000001": article()})
    assert set(ev.mentions) == {"men-a", "men-b"}
    assert [c["value"] for c in ev.figures["arrested"]] == [12, 30]
    assert ev.figures["arrested"][0]["sources"][0]["outlet"] == "Test Wire"
    assert ev.summary["arrested"] == {
        "lowest": 12,
        "highest": 30,
        "acled": 12,
        "claims": 2,
        "origins": 2,
    }


def test_month_mention_fits_a_day_inside_it_but_not_the_next_month() -> None:
    ms = [
        men("a", start="2021-05-03"),
        men("b", doc="d2", start="2021-05"),
        men("c", doc="d3", start="2021-06"),
    ]
    assert groups(ms) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_type_and_country_split() -> None:
    ms = [men("a"), men("b", type="strike"), men("c", places=(Place("IQ"),))]
    assert len(merge(ms)) == 3


def test_country_level_fits_any_province_but_provinces_conflict() -> None:
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text="Bus drivers marched in Tabriz."),
        men("b", doc="d2", places=(IR,), text="Teachers rallied in several cities."),
        men("c", doc="d3", places=(SHIRAZ,), text="Nurses gathered near a hospital."),
    ]
    assert groups(ms) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_shared_wording_links_different_provinces() -> None:
    text = "Mourners protested the downing of Flight 404 outside the airline office."
    ms = [
        men("a", doc="d1", places=(TABRIZ,), text=text),
        men("b", doc="d2", places=(SHIRAZ,), text=text.replace("Mourners", "Students")),
    ]
    assert len(merge(ms)) == 1


def test_year_mention_joins_only_on_shared_wording() -> None:
    base = men(
        "a", start="2021-05", text="Truckers blocked the Ahmadabad ring road over fuel prices."
    )
    unrelated = men("b", doc="d2", start="2021", text="Opposition groups held events abroad.")
    related = men(
        "c", doc="d3", start="2021", text="Truckers blocked the ring road over fuel prices."
    )
    assert groups([base, unrelated, related]) == {frozenset({"a", "c"}), frozenset({"b"})}


def test_day_reports_a_few_days_apart_in_one_article_merge() -> None:
    ms = [
        men("a", start="2021-05-03"),
        men("b", start="2021-05-06"),
        men("c", doc="d2", start="2021-05-20"),
    ]
    assert groups(ms) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_undated_mention_joins_its_article_event() -> None:
    ms = [men("a", start="2021-05-03"), men("b", start=None, text="Crowds chanted slogans.")]
    assert len(merge(ms)) == 1


def test_ids_are_hashes_of_the_founding_mention() -> None:
    ms = [men("b", start="2021-05"), men("a", doc="d2", start="2021-05-03")]
    [ev] = merge(ms)
    assert ev.id == event_id(ms[1])  # the day-level mention founds the event
    assert ev.date == DateValue("2021-05", "2021-05", "month")


# -- properties ---------------------------------------------------------------------------------

_DAYS = ["2021-05-03", "2021-05-04", "2021-05-20", "2021-05", "2021-06", "2021", None]
_PLACES = [(IR,), (TABRIZ,), (SHIRAZ,), ()]
_TEXTS = [
    "Crowds marched through the streets.",
    "Bus drivers went on strike over unpaid wages.",
    "Police fired tear gas at students near the university.",
]


@st.composite
def mention_sets(draw: st.DrawFn) -> list[Mention]:
    n = draw(st.integers(1, 12))
    out = []
    for i in range(n):
        out.append(
            men(
                f"m{i:02d}",
                doc=f"d{draw(st.integers(0, 3))}",
                type=draw(st.sampled_from(["protest", "attack"])),
                start=draw(st.sampled_from(_DAYS)),
                places=draw(st.sampled_from(_PLACES)),
                text=draw(st.sampled_from(_TEXTS)),
                figures=tuple(
                    Figure("killed", v, q)
                    for v, q in draw(
                        st.lists(
                            st.tuples(st.integers(1, 50), st.sampled_from([None, "at least"])),
                            max_size=2,
                        )
                    )
                ),
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(mention_sets(), st.randoms())
def test_order_independent_and_idempotent(ms: list[Mention], rnd: object) -> None:
    reference = merge(ms)
    shuffled = list(ms)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert merge(shuffled) == reference
    assert merge(ms + shuffled) == reference  # duplicates change nothing
    # merging again the mentions as stored (with their event ids) gives the same events
    stored = [
        dataclasses.replace(m, event=e.id) for e in reference for m in ms if m.id in e.mentions
    ]
    assert merge(stored) == reference


@settings(max_examples=60, deadline=None)
@given(mention_sets())
def test_every_mention_in_one_event_and_no_claim_lost(ms: list[Mention]) -> None:
    events = merge(ms)
    placed = [mid for e in events for mid in e.mentions]
    assert sorted(placed) == sorted(m.id for m in ms)
    by_event = {mid: e for e in events for mid in e.mentions}
    for m in ms:
        for f in m.figures:
            claims = by_event[m.id].figures[f.kind]
            assert any(
                c["value"] == f.value and c["qualifier"] == f.qualifier and m.id in c["mentions"]
                for c in claims
            )


def test_hash_stable_across_runs() -> None:
    ms = [men("a"), men("b", doc="d2")]
    assert [e.id for e in merge(ms)] == [e.id for e in merge(list(reversed(ms)))]
    assert merge(ms)[0].id == event_id(ms[0])


def test_a_wave_across_provinces_takes_in_a_further_province() -> None:
    # reported in two provinces already: a third province on the same day is the same wave
    a = men("w1", places=(TABRIZ,), text="Students marched in Tabriz chanting.")
    b = men("w2", doc="doc-2", places=(SHIRAZ,), text="Students marched in Shiraz chanting.")
    c = men("w3", doc="doc-3", places=(RASHT,), text="Shopkeepers rallied outside the bazaar.")
    assert groups([a, b, c]) == {frozenset({"w1", "w2", "w3"})}


def test_one_province_does_not_take_in_another_without_shared_wording() -> None:
    a = men("p1", places=(TABRIZ,), text="Teachers rallied outside the education office.")
    b = men("p2", doc="doc-2", places=(SHIRAZ,), text="Farmers blocked a highway over water.")
    assert groups([a, b]) == {frozenset({"p1"}), frozenset({"p2"})}
