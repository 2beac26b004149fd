"""Claims side by side, independent origins and the ACLED conservative figure."""

from __future__ import annotations

from unrest.merge import conservative, near_duplicate, origins
from unrest.merge._claims import claims, summary
from unrest.model import AUTHOR, Figure, Mention, Source, TextSpan

WIRE = (
    "Security forces shot dead at least 40 protesters in the port city on Sunday, witnesses said."
)
REWRITE = (
    "Security forces shot dead at least 40 protesters in the port city Sunday, witnesses said."
)
OTHER = "A rights group counted 52 bodies at the morgue after the weekend clashes."


def test_near_duplicate_detects_light_rewrites_only() -> None:
    assert near_duplicate(WIRE, REWRITE)
    assert near_duplicate(WIRE, WIRE + " The government denied it.")
    assert not near_duplicate(WIRE, OTHER)
    assert not near_duplicate("", WIRE)


def test_origins_group_copies_and_same_source() -> None:
    assert origins([WIRE, REWRITE, OTHER]) == [0, 0, 1]
    assert origins([OTHER, WIRE], ["source:ngo", "source:ngo"]) == [0, 0]
    assert origins([OTHER, WIRE], ["a", "b"]) == [0, 1]


def _m(mid: str, doc: str, text: str, fig: Figure, source: Source = AUTHOR) -> Mention:
    return Mention(
        mid,
        doc,
        "attack",
        TextSpan(text, 0, len(text)),
        TextSpan("shot", 0, 4),
        figures=(fig,),
        source=source,
    )


def test_claim_counts_independent_origins() -> None:
    ms = [
        _m("m1", "d1", WIRE, Figure("killed", 40, "at least")),
        _m("m2", "d2", REWRITE, Figure("killed", 40, "at least")),  # a copy: same origin
        _m(
            "m3",
            "d3",
            "Officials said 40 people had died, at least.",
            Figure("killed", 40, "at least"),
            Source("person", "Ali Karimi"),
        ),
        _m("m4", "d4", OTHER, Figure("killed", 52)),
    ]
    table = claims(ms, {})
    forty, fifty_two = table["killed"]
    assert forty["value"] == 40 and forty["origins"] == 2
    assert [s["origin"] for s in forty["sources"]] == [0, 0, 1]  # type: ignore[attr-defined]
    assert fifty_two["origins"] == 1
    assert summary(table)["killed"] == {
        "lowest": 40,
        "highest": 52,
        "acled": 40,
        "claims": 2,
        "origins": 3,
    }


def test_conservative_figure() -> None:
    def c(value: int, qualifier: str | None) -> dict[str, object]:
        return {"value": value, "qualifier": qualifier}

    assert conservative([c(1500, "approximately"), c(304, "at least")]) == 304
    assert conservative([c(100, "at least")]) == 100  # "hundreds" arrives as at least 100
    assert conservative([c(20, "at least"), c(8, None)]) == 8  # range low end vs exact
    assert conservative([c(200, "more than"), c(10, "up to")]) == 200  # up to is no floor
    assert conservative([c(10, "up to")]) is None
    assert conservative([]) is None
