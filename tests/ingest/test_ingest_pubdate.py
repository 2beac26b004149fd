"""Publication dates: metadata, URL, dateline, inference, and never a viewing date."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published
from unrest.ingest._pubdate import find_dates, from_dateline, from_url, infer, latest_date

HTML_WITH_META = """<html><head>
<meta property="article:published_time" content="2019-11-21T09:30:00Z">
<title>Fuel protests spread</title></head>
<body><article><p>Demonstrators blocked roads in several cities on Saturday after the
government raised the price of petrol, according to residents and local media.</p>
</article></body></html>"""


def test_html_meta_wins() -> None:
    got = find_published(
        "Posted on March 3, 2020", url="https://x.org/2018/01/02/a", html=HTML_WITH_META
    )
    assert (got.value, got.method, got.detail) == ("2019-11-21", "metadata", "meta")


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://news.example.com/world/2019/11/18/iran-fuel-protests/", "2019-11-18"),
        ("https://news.example.com/world/2019/11/iran-fuel-protests", "2019-11"),
        ("https://wire.example.net/article/20191121-iran-internet", "2019-11-21"),
        ("https://example.org/story?id=7&date=2022-09-20", "2022-09-20"),
    ],
)
def test_url_dates(url: str, value: str) -> None:
    got = find_published("No dates here.", url=url)
    assert (got.value, got.method, got.detail) == (value, "metadata", "url")


@pytest.mark.parametrize(
    "url",
    ["https://example.org/2019/13/40/x", "https://example.org/news/12345678", "https://e.org/a"],
)
def test_url_without_real_date(url: str) -> None:
    assert from_url(url) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("By Published On: June 5, 2020Categories: WORLD", "2020-06-05"),
        ("Published: 2021-09-14 10:02", "2021-09-14"),
        ("Posted on Sept. 3, 2019 by staff", "2019-09-03"),
        ("Jane Roe | PUBLISHED 12 March 2018", "2018-03-12"),
        ("Updated: Friday, January 10, 2020", "2020-01-10"),
    ],
)
def test_datelines(line: str, value: str) -> None:
    text = f"Protest news\n{line}\nCrowds gathered in the capital on Tuesday."
    got = find_published(text)
    assert (got.value, got.method) == (value, "dateline")


def test_published_label_beats_updated() -> None:
    got = from_dateline("Updated: May 9, 2021 | Published: May 2, 2021")
    assert got is not None and got.value == "2021-05-02"


def test_lowercase_mid_sentence_is_not_a_dateline() -> None:
    text = "A report that was published on June 5, 2020 documented the arrests."
    assert from_dateline(text) is None


def test_viewing_date_at_top_is_never_taken() -> None:
    text = (
        "Wednesday, March 1, 2023\n"
        "Home › News › Strikes in the oil sector\n"
        "Workers at two refineries stopped work in July, the union said on its channel."
    )
    got = find_published(text)
    assert got.value is None and got.method == "unknown"


@pytest.mark.parametrize(
    ("text", "value", "detail"),
    [
        (
            "At least 250 people have been executed so far in 2019, the group said.",
            "2019",
            "this-year",
        ),
        ("Earlier this month, on December 6, 2019, the UN voiced alarm.", "2019-12", "this-month"),
        ("Earlier this year, in March 2021, nurses staged a sit-in.", "2021", "this-year"),
        ("The crackdown last year (2018) left dozens dead.", "2019", "last-year"),
    ],
)
def test_inferred_only_when_text_ties_date_to_now(text: str, value: str, detail: str) -> None:
    got = infer(text)
    assert (got.value, got.method, got.detail) == (value, "inferred", detail)


def test_no_certain_inference_gives_unknown_with_bound() -> None:
    text = (
        "Protests began on November 15, 2019 and spread to 100 cities.\n"
        "Copyright © 2024 Example Media"
    )
    got = find_published(text)
    assert got.value is None and got.method == "unknown"
    assert got.detail == "after 2019-11-15"


def test_find_dates_precision_and_month_case() -> None:
    text = "On Sunday, May 17, 2020 and in November 2019; it may 2020 not; 3rd of June, 2018."
    assert [d.value for d in find_dates(text)] == ["2020-05-17", "2019-11", "2018-06-03"]


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("February 30, 2020") == []


def test_latest_date_compares_mixed_precision() -> None:
    assert latest_date("in 2018, then March 2019, then on January 4, 2019") == "2019-03"
    assert latest_date("nothing dated") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GENEVA (4 October 2022) – UN experts condemned the arrests of students.", "2022-10-04"),
        ("LONDON, 5 June 2020 - The authorities must release detained protesters.", "2020-06-05"),
    ],
)
def test_press_release_place_dateline(text: str, value: str) -> None:
    got = find_published("Statement\n\n" + text)
    assert (got.value, got.method, got.detail) == (value, "dateline", "place-dateline")


def test_wire_dateline_without_year_is_not_a_date() -> None:
    got = find_published("DUBAI, Nov 17 (Reuters) - Protests spread to more than 100 towns.")
    assert got.value is None


def test_recent_events_bound_the_date_to_the_month() -> None:
    text = (
        "Protests over bread prices spread to a dozen towns in recent weeks.\n\n"
        "On March 3, 2021, police detained 40 people in Ahvaz. So far, 12 have been released."
    )
    got = find_published(text)
    assert (got.value, got.method) == ("2021-03", "inferred")


def test_recent_window_crossing_a_month_gives_the_year_only() -> None:
    text = "On March 25, 2021, police detained 40 people. So far, 12 have been released."
    assert find_published(text).value == "2021"


def test_no_recency_words_leaves_the_date_unknown() -> None:
    text = "On March 3, 2021, police detained 40 people in Ahvaz. They were released in May."
    got = find_published(text)
    assert got.value is None and got.method == "unknown"


@pytest.mark.parametrize(
    ("line", "value", "detail"),
    [
        ("Date: 4 February 2021", "2021-02-04", "date"),
        ("For immediate release: 9 April 2020", "2020-04-09", "for immediate release"),
        ("Broadcast: 2 May 2019, 18:00 GMT", "2019-05-02", "broadcast"),
        ("Issued on 11 August 2021 | Ref. 44/2021", "2021-08-11", "issued"),
        ("Last updated: Mon 3 Oct 2022 09.15 BST", "2022-10-03", "last updated"),
        (
            "This page was last edited on 3 January 2022, at 14:05 (UTC).",
            "2022-01-03",
            "last edited",
        ),
    ],
)
def test_other_labels(line: str, value: str, detail: str) -> None:
    got = find_published(f"Unrest in the south\n{line}\nTeachers marched in the city on Sunday.")
    assert (got.value, got.method, got.detail) == (value, "dateline", detail)


def test_label_followed_by_a_sentence_is_not_a_dateline() -> None:
    text = "Released on 5 June 2020, the student leader spoke to reporters.\nNo other date."
    assert find_published(text).value is None


def test_publication_label_beats_a_last_edited_note() -> None:
    text = (
        "Issued: 1 March 2020\nStrikes spread to the oil sector.\n"
        "This page was last edited on 9 April 2021, at 10:00 (UTC)."
    )
    assert find_published(text).value == "2020-03-01"


def test_place_dateline_beats_a_last_updated_note() -> None:
    text = "Last updated 8 May 2020\nROME (6 May 2020) - Experts urged restraint by the police."
    assert find_published(text).value == "2020-05-06"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("NEWS RELEASE | 7 July 2020 | Ref: ABC/12", "2020-07-07"),
        ("Posted by Desk Editor | 2 February 2021 | 3 Comments", "2021-02-02"),
        ("Joint statement · Tuesday, 9 March 2021", "2021-03-09"),
    ],
)
def test_header_strip_naming_the_document(line: str, value: str) -> None:
    got = find_published(f"Home / News\n{line}\n\nWorkers struck at two refineries.")
    assert (got.value, got.detail) == (value, "header-strip")


def test_header_strip_without_a_kind_is_a_bare_date() -> None:
    text = "Tehran | Wednesday, March 1, 2023\nWorkers struck at two refineries in July."
    assert find_published(text).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "ISFAHAN, June 9 (Agency) -- Steel workers walked out again.\n"
            "The first walkout, on June 2, 2021, ended after a day.",
            "2021-06-09",
        ),
        (
            "BEIRUT, 4 January (Reuters) - Protests went on.\nThey began on December 29, 2019.",
            "2020-01-04",
        ),
        ("TABRIZ, May 3 (Agency) - Protests went on.\nThey began in April 2019.", "2019-05-03"),
    ],
)
def test_yearless_wire_dateline_gets_the_year_of_the_texts_dates(text: str, value: str) -> None:
    got = find_published(text)
    assert (got.value, got.method) == (value, "dateline")


@pytest.mark.parametrize(
    "text",
    [
        "ISFAHAN, June 9 (Agency) -- Workers struck.\nA strike on March 2, 2021 ended.",
        "ISFAHAN, June 9 (Agency) -- Workers struck.\nThe trial opens on July 20, 2021.",
        "ISFAHAN, June 9 (Agency) -- Workers struck, as they did in 2019.",
    ],
)
def test_yearless_wire_dateline_far_from_the_texts_dates_stays_unknown(text: str) -> None:
    assert find_published(text).value is None


def test_an_infobox_period_is_not_a_publication_date() -> None:
    text = (
        "2019 Sudanese sit-in\n\nDate: 6 April 2019 – 3 June 2019\n\n"
        "Crowds camped outside the army headquarters in Khartoum for weeks.\n\n"
        "This page was last edited on 2 May 2024, at 11:05 (UTC)."
    )
    found = from_dateline(text)
    assert found is not None and found.value == "2024-05-02"
    assert from_dateline("Date: 6 April 2019\n\nCrowds camped in Khartoum.") is not None
