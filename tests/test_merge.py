from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.factories import article, mention
from unrest.merge import merge
from unrest.model import Figure, Source


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
    values = [c["value"] for c in ev.figures["arrested"]]
    assert values == [12, 30]
    assert ev.figures["arrested"][0]["sources"][0]["outlet"] == "Test Wire"


def test_different_type_or_month_splits() -> None:
    evs = merge([mention("m1"), mention("m2", type="attack"), mention("m3", start="2021-07-01")])
    assert len(evs) == 3


@given(st.permutations(["m1", "m2", "m3", "m4"]))
def test_order_independent(order: list[str]) -> None:
    ms = {
        "m1": mention("m1"),
        "m2": mention("m2", type="attack"),
        "m3": mention("m3", start="2021-05-20"),
        "m4": mention("m4", start="2020-01-01"),
    }
    reference = merge(ms[k] for k in sorted(ms))
    assert merge(ms[k] for k in order) == reference


def test_no_claim_lost() -> None:
    ms = [mention(f"m{i}", figures=(Figure("arrested", i + 1),)) for i in range(5)]
    [ev] = merge(ms)
    claimed = {mid for c in ev.figures["arrested"] for mid in c["mentions"]}  # type: ignore[attr-defined]
    assert claimed == {m.id for m in ms}
