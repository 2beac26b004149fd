"""Tests of the scorer (unrest.scoring) on hand-made gold and records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from unrest.errors import EvalError
from unrest.model import EVENT_TYPES
from unrest.scoring import (
    GoldDate,
    GoldDoc,
    bcubed,
    check_floors,
    date_correct,
    fold,
    load_gold,
    load_place_aliases,
    match_one_to_one,
    names_match,
    overlap_ratio,
    overlaps,
    parse_gold,
    place_matches,
    pubdate_judgement,
    read_records,
    score,
    word_tokens,
)

SHARED_EVAL = Path("/work/shared/eval")

RALLY = "Hundreds of workers rallied outside the governor's office in Ahvaz on Monday."
RAID = "Security forces detained at least 40 students during a night raid on the dormitory."
SHOTS = "Riot police fired live rounds at mourners, killing three people, witnesses said."
BLACKOUT = "Authorities cut mobile internet across the province for a third straight day."


# ---------------------------------------------------------------- builders


def g_mention(evidence: str, etype: str = "protest", **extra: Any) -> dict[str, Any]:
    """A gold mention dict with plain defaults."""
    mention: dict[str, Any] = {
        "evidence": evidence,
        "type": etype,
        "date": {"start": "2019-11", "end": "2019-11"},
        "places": [{"country": "IR", "admin1": None, "city": None}],
        "figures": [],
        "source": {"kind": "author"},
        "event": "E1",
    }
    mention.update(extra)
    return mention


def gold(
    name: str = "a.txt",
    mentions: list[dict[str, Any]] | None = None,
    quotes: list[dict[str, Any]] | None = None,
    published: str | None = "2019-12-01",
    url: str | None = None,
) -> GoldDoc:
    """A GoldDoc built through the same validation as gold files."""
    data: dict[str, Any] = {
        "document": name,
        "published": published,
        "mentions": mentions or [],
        "quotes": quotes or [],
    }
    if url:
        data["url"] = url
    return parse_gold(data, Path(f"{name}.json"))


def doc(
    doc_id: str = "d1",
    path: str | None = "in/a.txt",
    url: str | None = None,
    published: str | None = "2019-12-01",
) -> dict[str, Any]:
    """A document record."""
    method = "unknown" if published is None else "dateline"
    return {
        "kind": "document",
        "id": doc_id,
        "path": path,
        "url": url,
        "published": {"value": published, "method": method},
    }


def p_mention(evidence: str, etype: str = "protest", document: str = "d1", **extra: Any) -> dict:
    """A mention record with the same defaults as :func:`g_mention`."""
    rec: dict[str, Any] = {
        "kind": "mention",
        "id": f"m-{abs(hash((evidence, etype, document)))}",
        "document": document,
        "type": etype,
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
        "date": {"start": "2019-11", "end": "2019-11", "precision": "month"},
        "places": [{"country": "IR", "admin1": None, "city": None}],
        "figures": [],
        "source": {"kind": "author"},
        "event": "evt-1",
    }
    rec.update(extra)
    return rec


def one(gold_mention: dict[str, Any], pred_mention: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """Score one gold mention against one predicted mention; the flat report."""
    return score([gold(mentions=[gold_mention])], [doc(), pred_mention], **kw).to_dict()


# ---------------------------------------------------------------- text


def test_fold_normalises_quotes_dashes_space_case_and_nfkc() -> None:
    assert fold("The \u201cRegime\u2019s\u201d  crack\u2014down\n\t\uff11\uff12") == (
        'the "regime\'s" crack-down 12'
    )
    assert fold("\ufb01ve \u2013 six \u2212 seven") == "five - six - seven"


def test_word_tokens_fold_first() -> None:
    assert word_tokens("Regime\u2019s 1,500 PROTESTERS") == [
        "regime",
        "s",
        "1",
        "500",
        "protesters",
    ]


def test_overlap_threshold_is_half_of_the_shorter_inclusive() -> None:
    assert overlap_ratio(["a", "b", "c", "d"], ["a", "b", "x", "y", "z"]) == 0.5
    assert overlaps(["a", "b", "c", "d"], ["a", "b", "x", "y", "z"])
    assert not overlaps(["a", "b", "c"], ["a", "x", "y", "z"])
    # multiset: one shared "the" is one token, not three
    assert overlap_ratio(["the", "the", "the", "end"], ["the", "x", "y", "z"]) == 0.25
    assert overlap_ratio([], ["a"]) == 0.0


def test_folded_evidence_matches_despite_typography() -> None:
    curly = (
        "Workers\u2019 \u201cstrike\u201d \u2014 at the  refinery \u2014 entered its second week."
    )
    straight = 'workers\' "strike" - at the refinery - entered its second week'
    report = one(g_mention(curly, "strike"), p_mention(straight, "strike"))
    assert report["mention.f1"] == 1.0


def test_match_edge_through_score() -> None:
    # gold 8 tokens; prediction of 4 tokens sharing exactly 2 -> matches (2 >= 4/2)
    gm = g_mention("Students staged a sit-in at Tehran University.")
    assert one(gm, p_mention("Students staged protests yesterday"))["mention.matched"] == 1
    # sharing 1 of 3 -> no match
    assert one(gm, p_mention("Students chanted loudly"))["mention.matched"] == 0


# ---------------------------------------------------------------- matching


def test_type_must_agree_but_detection_ignores_it() -> None:
    report = one(g_mention(RAID, "arrest"), p_mention(RAID, "attack"))
    assert report["mention.matched"] == 0
    assert report["mention.arrest.recall"] == 0.0
    assert report["mention.attack.precision"] == 0.0
    assert report["detection.f1"] == 1.0


def test_matching_is_one_to_one() -> None:
    g = gold(mentions=[g_mention(RALLY)])
    recs = [doc(), p_mention(RALLY), p_mention(RALLY + " Police watched.")]
    report = score([g], recs).to_dict()
    assert report["mention.matched"] == 1
    assert report["mention.precision"] == 0.5
    assert report["mention.recall"] == 1.0


def test_best_overlap_first_gives_the_larger_matching() -> None:
    gold_a = "Teachers protested low wages in Shiraz and Isfahan on Sunday morning."
    gold_b = "Teachers protested low wages."
    # pred_x overlaps both golds fully; greedy tie-break by shared tokens then length gap
    # gives it B, leaving A to pred_y (which overlaps only A).
    pred_x = "Teachers protested low wages"
    pred_y = "Teachers in Shiraz and Isfahan held a sit-in on Sunday."
    g = gold(mentions=[g_mention(gold_a), g_mention(gold_b)])
    report = score([g], [doc(), p_mention(pred_x), p_mention(pred_y)]).to_dict()
    assert report["mention.matched"] == 2


def test_match_one_to_one_takes_higher_ratio_before_gold_order() -> None:
    golds = [["a", "b", "c", "d", "e"], ["a", "b", "c"]]
    preds = [["a", "b", "c", "x"], ["a", "b", "d", "e", "y", "z"]]
    pairs = match_one_to_one(golds, preds, list, list, lambda g, p: True)
    # pred 0 fits gold 1 fully (3/3) but gold 0 only at 3/4; pred 1 fits gold 0 at 4/5
    assert pairs == [(0, 1), (1, 0)]


def test_missing_and_unmatched_documents() -> None:
    g1 = gold("a.txt", [g_mention(RALLY)])
    g2 = gold("b.txt", [g_mention(RAID, "arrest"), g_mention(SHOTS, "attack")], published="2020")
    recs = [doc(), p_mention(RALLY), doc("d9", path="in/zzz.txt"), p_mention(RAID, document="d9")]
    report = score([g1, g2], recs).to_dict()
    assert report["documents.missing"] == ["b.txt"]
    assert report["documents.unmatched_predicted"] == ["in/zzz.txt"]
    assert report["documents.found"] == 1
    assert (report["mention.gold"], report["mention.pred"], report["mention.matched"]) == (3, 1, 1)
    assert report["mention.attack.recall"] == 0.0
    assert report["pubdate.accuracy_total"] == 2
    assert report["pubdate.accuracy"] == 0.5
    assert report["pubdate.wrong"] == 0.0


def test_url_matching_for_jsonl_documents() -> None:
    url = "https://news.example.org/iran/strike-spreads"
    g = gold("feed-item-3.txt", [g_mention(BLACKOUT, "censorship")], url=url)
    good = [doc(path="batch.jsonl:3", url=url + "/"), p_mention(BLACKOUT, "censorship")]
    assert score([g], good).to_dict()["mention.f1"] == 1.0
    # same base name but no url: a gold doc with a url is matched on url only
    wrong = [doc(path="x/feed-item-3.txt", url=None), p_mention(BLACKOUT, "censorship")]
    assert score([g], wrong).to_dict()["documents.missing"] == ["feed-item-3.txt"]


def test_base_name_matching_and_windows_paths() -> None:
    g = gold("a.txt", [g_mention(RALLY)])
    recs = [doc(path="C:\\data\\seeds\\a.txt"), p_mention(RALLY)]
    assert score([g], recs).to_dict()["mention.f1"] == 1.0


# ---------------------------------------------------------------- fields


def test_date_accuracy_truncates_to_gold_precision() -> None:
    month = GoldDate("2019-11", "2019-11")
    assert date_correct(month, ("2019-11-16", "2019-11-20"))
    assert not date_correct(month, ("2019", "2019"))
    assert not date_correct(month, None)
    mixed = GoldDate("2019-11-15", "2019-11")
    assert date_correct(mixed, ("2019-11-15", "2019-11-19"))
    assert not date_correct(mixed, ("2019-11", "2019-11"))


def test_date_accuracy_skips_gold_without_date() -> None:
    report = one(g_mention(RALLY, date=None), p_mention(RALLY, date=None))
    assert report["date.accuracy"] is None
    assert report["date.accuracy_total"] == 0
    report = one(g_mention(RALLY), p_mention(RALLY, date=None))
    assert report["date.accuracy"] == 0.0


def test_place_null_rule() -> None:
    assert place_matches(("ir", None, None), ("ir", None, None))
    assert not place_matches(("ir", None, None), ("ir", "tehran", None))
    assert place_matches(("ir", "tehran", None), ("ir", "tehran", None))
    assert not place_matches(("ir", "tehran", None), ("ir", "tehran", "tehran"))
    assert place_matches(("ir", None, "karaj"), ("ir", "alborz", "karaj"))
    assert not place_matches(("ir", "tehran", "tehran"), ("ir", "tehran", None))


def test_place_f1_with_aliases_and_folding() -> None:
    gm = g_mention(
        RALLY,
        places=[
            {"country": "IR", "admin1": "Kurdistan", "city": None},
            {"country": "IR", "admin1": "Khuzestan", "city": "Ahvaz"},
        ],
    )
    pm = p_mention(
        RALLY,
        places=[
            {"country": "ir", "admin1": "KORDESTAN", "city": None, "lat": 35.3},
            {"country": "IR", "admin1": "Khuzestan", "city": "Ahvaz"},
            {"country": "IR", "admin1": None, "city": None},
        ],
    )
    plain = one(gm, pm)
    assert (plain["place.gold"], plain["place.pred"], plain["place.matched"]) == (2, 3, 1)
    aliased = one(gm, pm, place_aliases={"Kordestan": "Kurdistan"})
    assert aliased["place.matched"] == 2
    assert aliased["place.precision"] == pytest.approx(2 / 3)
    assert aliased["place.recall"] == 1.0


def test_figure_f1() -> None:
    gm = g_mention(
        SHOTS, "attack", figures=[{"kind": "killed", "value": 3, "qualifier": "at least"}]
    )
    pm = p_mention(
        SHOTS,
        "attack",
        figures=[{"kind": "killed", "value": 3}, {"kind": "injured", "value": 12}],
    )
    report = one(gm, pm)
    assert (report["figure.gold"], report["figure.pred"], report["figure.matched"]) == (1, 2, 1)
    assert report["figure.f1"] == pytest.approx(2 / 3)


def test_source_accuracy_and_attributed_accuracy() -> None:
    gms = [
        g_mention(RALLY),
        g_mention(SHOTS, "attack", source={"kind": "person", "name": "Javaid Rehman"}),
        g_mention(RAID, "arrest", source={"kind": "organization", "name": "Amnesty International"}),
        g_mention(BLACKOUT, "censorship", source={"kind": "unnamed"}),
    ]
    recs = [
        doc(),
        p_mention(RALLY),
        p_mention(SHOTS, "attack", source={"kind": "person", "name": "Mr. Rehman"}),
        p_mention(RAID, "arrest", source={"kind": "organization", "name": "Human Rights Watch"}),
        p_mention(BLACKOUT, "censorship", source={"kind": "author"}),
    ]
    report = score([gold(mentions=gms)], recs).to_dict()
    assert report["source.accuracy"] == 0.5
    assert report["source.attributed_accuracy_total"] == 3
    assert report["source.attributed_accuracy"] == pytest.approx(1 / 3)
    assert names_match("Michelle Bachelet", "Bachelet")
    assert not names_match("Michelle Bachelet", None)


def test_quotes_need_speaker_and_text_overlap() -> None:
    quote = "We will not return to work until every detained colleague is freed."
    g = gold(mentions=[], quotes=[{"speaker": "Reza Shahabi", "text": quote}])
    good = [
        doc(),
        {"kind": "quote", "document": "d1", "speaker": {"name": "Shahabi"}, "text": quote.upper()},
    ]
    assert score([g], good).to_dict()["quote.f1"] == 1.0
    bad = [
        doc(),
        {"kind": "quote", "document": "d1", "speaker": {"name": "Ali Nejati"}, "text": quote},
    ]
    report = score([g], bad).to_dict()
    assert (report["quote.gold"], report["quote.pred"], report["quote.matched"]) == (1, 1, 0)


# ---------------------------------------------------------------- events and dates


def test_bcubed_hand_computed() -> None:
    result = bcubed(["a", "a", "b"], ["x", "y", "y"])
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 / 3)
    lonely = bcubed(["a", "a"], [None, None])  # None: each its own cluster
    assert (lonely.precision, lonely.recall) == (1.0, 0.5)
    assert bcubed([], []).f1 is None


def test_event_clustering_over_matched_mentions_across_documents() -> None:
    g1 = gold("a.txt", [g_mention(RALLY, event="E1"), g_mention(SHOTS, "attack", event="E2")])
    g2 = gold("b.txt", [g_mention(RAID, "arrest", event="E1")])
    recs = [
        doc("d1", "a.txt"),
        p_mention(RALLY, document="d1", event="evt-A"),
        p_mention(SHOTS, "attack", document="d1", event=None, id="m-shots"),
        doc("d2", "b.txt"),
        p_mention(RAID, "arrest", document="d2", event="evt-A"),
        {"kind": "event", "id": "evt-B", "type": "attack", "mentions": ["m-shots"]},
    ]
    report = score([g1, g2], recs).to_dict()
    assert report["event.items"] == 3
    assert report["event.bcubed_f1"] == 1.0


def test_pubdate_accuracy_and_wrong() -> None:
    assert pubdate_judgement("2020-05", "2020-05-12") == (True, False)
    assert pubdate_judgement("2020-05", "2020") == (False, False)
    assert pubdate_judgement("2020-05", "2023-02-08") == (False, True)
    assert pubdate_judgement("2020-05", "2019") == (False, True)
    assert pubdate_judgement("2020-05", None) == (False, False)
    golds = [gold("a.txt", published="2020-05"), gold("b.txt", published="2020-05-03")]
    recs = [doc("d1", "a.txt", published="2020"), doc("d2", "b.txt", published="2020-05-04")]
    report = score(golds, recs).to_dict()
    assert report["pubdate.accuracy"] == 0.0
    assert report["pubdate.wrong"] == 0.5


# ---------------------------------------------------------------- loading and errors


def test_load_gold_reads_and_validates(tmp_path: Path) -> None:
    good = {"document": "x.txt", "published": "2021-09", "mentions": [g_mention(RALLY)]}
    (tmp_path / "x.txt.json").write_text(json.dumps(good), encoding="utf-8")
    docs = load_gold(tmp_path)
    assert [d.name for d in docs] == ["x.txt"]
    assert docs[0].mentions[0].places[0].country == "IR"
    (tmp_path / "y.txt.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EvalError, match="y.txt.json"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("mention", "message"),
    [
        (g_mention(RALLY, "riot"), "mentions\\[0\\].*type"),
        (g_mention(RALLY, date={"start": "Nov 2019", "end": None}), "not ISO"),
        (g_mention("  "), "evidence"),
        (g_mention(RALLY, figures=[{"kind": "killed", "value": "many"}]), "integer"),
        (g_mention(RALLY, source={"kind": "witness"}), "source kind"),
    ],
)
def test_load_gold_names_bad_fields(tmp_path: Path, mention: dict, message: str) -> None:
    data = {"document": "z.txt", "published": None, "mentions": [mention]}
    (tmp_path / "z.txt.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EvalError, match=f"z.txt.json.*{message}"):
        load_gold(tmp_path)


def test_load_gold_missing_or_empty_dir(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no \\*.json"):
        load_gold(tmp_path)
    with pytest.raises(EvalError, match="not found"):
        load_gold(tmp_path / "nope")


def test_load_place_aliases(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("canonical,alias\nKurdistan,Kordestan\n\nYasuj, Yasouj\n", encoding="utf-8")
    assert load_place_aliases(path) == {"Kordestan": "Kurdistan", "Yasouj": "Yasuj"}
    path.write_text("Kurdistan,Kordestan\nSanandaj,Kordestan\n", encoding="utf-8")
    with pytest.raises(EvalError, match=":2: alias 'Kordestan'"):
        load_place_aliases(path)
    path.write_text("Kurdistan\n", encoding="utf-8")
    with pytest.raises(EvalError, match=":1: expected"):
        load_place_aliases(path)


def test_records_errors_name_the_record() -> None:
    with pytest.raises(EvalError, match="record 1 \\(mention\\).*unknown-doc"):
        read_records([p_mention(RALLY, document="unknown-doc")])
    with pytest.raises(EvalError, match="record 2 .*date.start"):
        read_records([doc(), p_mention(RALLY, date={"start": "last week", "end": None})])
    with pytest.raises(EvalError, match="duplicate document id"):
        read_records([doc(), doc()])


# ---------------------------------------------------------------- report


def test_report_dict_has_stable_keys_and_renders() -> None:
    report = score([gold(mentions=[g_mention(RALLY)])], [doc(), p_mention(RALLY)])
    flat = report.to_dict()
    json.dumps(flat)
    for etype in EVENT_TYPES:
        assert f"mention.{etype}.f1" in flat
    assert flat["mention.strike.f1"] is None
    for key in (
        "detection.f1",
        "place.f1",
        "figure.f1",
        "quote.f1",
        "event.bcubed_f1",
        "source.attributed_accuracy",
        "pubdate.accuracy",
        "pubdate.wrong",
    ):
        assert key in flat
    text = report.render()
    assert "protest" in text and "publication date wrong" in text and "1.000" in text


def test_check_floors() -> None:
    flat = {"mention.f1": 0.4, "pubdate.wrong": 0.2, "quote.f1": None, "place.f1": 0.9}
    floors = {
        "mention.f1": 0.5,
        "pubdate.wrong": 0.1,
        "quote.f1": 0.1,
        "place.f1": 0.9,
        "nonsense.f1": 0.1,
    }
    problems = check_floors(flat, floors)
    assert len(problems) == 4
    assert any(p.startswith("mention.f1") and "below" in p for p in problems)
    assert any(p.startswith("pubdate.wrong") and "ceiling" in p for p in problems)
    assert any(p.startswith("quote.f1") and "not measured" in p for p in problems)
    assert not check_floors(
        {"pubdate.wrong": 0.0, "mention": {"f1": 0.7}}, {"pubdate.wrong": 0.1, "mention.f1": 0.7}
    )


# ---------------------------------------------------------------- sanity on the shared gold


def gold_as_records(gold_dir: Path) -> list[dict[str, Any]]:
    """Turn gold files into export records, as a perfect system would write them."""
    records: list[dict[str, Any]] = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        doc_id = "doc-" + path.stem
        published = data.get("published")
        records.append(
            doc(doc_id, "seeds/" + path.name.removesuffix(".json"), data.get("url"), published)
        )
        for i, m in enumerate(data["mentions"]):
            records.append(
                {
                    "kind": "mention",
                    "id": f"{doc_id}-m{i}",
                    "document": doc_id,
                    "type": m["type"],
                    "evidence": {"text": m["evidence"]},
                    "date": m["date"],
                    "places": m["places"],
                    "figures": m["figures"],
                    "source": m["source"],
                    "event": m["event"],
                }
            )
        for q in data.get("quotes", []):
            records.append(
                {
                    "kind": "quote",
                    "document": doc_id,
                    "speaker": {"name": q["speaker"]},
                    "text": q["text"],
                }
            )
    return records


@pytest.mark.skipif(not (SHARED_EVAL / "gold").is_dir(), reason="shared gold not present")
def test_gold_against_itself_scores_perfectly() -> None:
    gold_dir = SHARED_EVAL / "gold"
    aliases_path = SHARED_EVAL / "place_aliases.csv"
    aliases = load_place_aliases(aliases_path) if aliases_path.exists() else None
    report = score(load_gold(gold_dir), gold_as_records(gold_dir), place_aliases=aliases)
    flat = report.to_dict()
    for key in (
        "mention.f1",
        "detection.f1",
        "date.accuracy",
        "place.f1",
        "figure.f1",
        "source.accuracy",
        "source.attributed_accuracy",
        "event.bcubed_f1",
        "quote.f1",
        "pubdate.accuracy",
    ):
        assert flat[key] in (1.0, None), key
    assert flat["mention.f1"] == 1.0
    assert flat["pubdate.wrong"] == 0.0
    assert flat["documents.missing"] == []
    floors = {"mention.f1": 1.0, "place.f1": 1.0, "pubdate.wrong": 0.0}
    assert check_floors(flat, floors) == []
