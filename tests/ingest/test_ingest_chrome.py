"""Removing page chrome from plain text while keeping the article's words exactly."""

from __future__ import annotations

import pytest

from unrest.ingest._boilerplate import clean, is_chrome, is_teaser_heading, normalise_line

BODY_1 = (
    "Thousands of workers at petrochemical plants in the south walked off the job on Monday, "
    "demanding unpaid wages and an end to short-term contracts, their union said in a statement."
)
BODY_2 = (
    "Security forces detained at least 15 strikers in Asaluyeh and Abadan, according to a "
    "lawyer for the families, who said the men were taken to an unknown location."
)
BODY_3 = (
    "The strike is the largest in the energy sector since 2018, when truck drivers across the "
    "country parked their vehicles for more than a week to protest low freight rates."
)

PAGE = f"""Thursday, April 6, 2023
HomeWorld NewsMiddle EastOil workers strike across southern refineries as arrests...

Oil workers strike across southern refineries as arrests mount

Refinery workers photo 3jpg

By Sara Nouri

{BODY_1}

  • {BODY_2}

Share This Story, Choose Your Platform!
Facebook
Twitter

{BODY_3}

Tags: strikes, labour, energy

Read More:

Teachers plan new sit-ins after pay talks fail

Latest news

Bus drivers in the capital stage a walkout

Drivers of the city's bus company stopped work on Sunday morning to protest...

Court hands prison terms to four labour activists

A revolutionary court sentenced four members of an independent union to...

Must read

You might also likeRELATED
Copyright © 2023 Example Media. All Rights Reserved | XML Sitemap
"""


def test_keeps_article_paragraphs_and_title() -> None:
    cleaned = clean(PAGE)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs == [
        "Oil workers strike across southern refineries as arrests mount",
        BODY_1,
        BODY_2,
        BODY_3,
    ]
    assert cleaned.title == "Oil workers strike across southern refineries as arrests mount"


def test_teasers_of_other_articles_are_dropped() -> None:
    text = clean(PAGE).text
    assert "Bus drivers" not in text and "revolutionary court" not in text
    assert "Teachers plan" not in text


def test_viewing_date_breadcrumb_byline_caption_and_footer_are_dropped() -> None:
    text = clean(PAGE).text
    for chrome in ("April 6, 2023", "HomeWorld", "Sara Nouri", "3jpg", "Share", "Tags", "©"):
        assert chrome not in text


def test_body_sentences_starting_like_chrome_are_kept() -> None:
    raw = (
        "By all accounts, the rally outside the parliament on Saturday was the largest in the "
        "capital this year, with several thousand people chanting against price rises.\n\n"
        "Updated casualty figures released by a rights group put the number of dead at 41, "
        "including five children, and the number of wounded at more than 300."
    )
    assert clean(raw).text == raw


def test_paragraph_per_line_and_whitespace_folded() -> None:
    raw = f"{BODY_1}\n{BODY_2}\r\n\n\n{BODY_3.replace(' ', '  ', 3)}\u00a0\n"
    assert clean(raw).text == f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"


def test_bullets_dropped_but_leading_minus_kept() -> None:
    assert normalise_line("  • Protesters set fire to tyres.") == "Protesters set fire to tyres."
    assert normalise_line("- Protesters set fire to tyres.") == "Protesters set fire to tyres."
    assert (
        normalise_line("-5 degrees did not stop the march.") == "-5 degrees did not stop the march."
    )


def test_chrome_lines() -> None:
    for line in (
        "Share this:",
        "Tweet",
        "Categories: NEWS",
        "Copyright © 2020 All Rights Reserved",
        "Social media & sharing icons powered by Widget",
        "By Jane Roe",
        "Published On: June 5, 2020",
    ):
        assert is_chrome(line), line
    for line in ("Police arrested the organisers.", "By Friday, hundreds had been detained."):
        assert not is_chrome(line), line


def test_teaser_headings_including_glued_ones() -> None:
    for line in (
        "Latest news",
        "Read More:",
        "You might also likeRELATED",
        "Recommended to you",
        "Related Articles",
        "Most read",
    ):
        assert is_teaser_heading(line), line
    for line in ("Related protests were reported in Mashhad.", "Latest figures show 40 dead"):
        assert not is_teaser_heading(line), line


def test_mid_article_related_link_does_not_swallow_body() -> None:
    raw = f"{BODY_1}\n\nRelated:\n\nWorkers in the north also strike\n\n{BODY_2}"
    assert clean(raw).text == f"{BODY_1}\n\n{BODY_2}"


def test_plain_article_without_chrome_is_unchanged() -> None:
    raw = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}"
    cleaned = clean(raw)
    assert cleaned.text == raw and cleaned.title is None


def test_known_title_is_kept_even_if_short() -> None:
    raw = f"Oil strike spreads\n\nWorkers walk out at three more plants\n\n{BODY_1}"
    assert clean(raw).text.startswith("Workers walk out")
    hinted = clean(raw, title_hint="Oil strike spreads")
    assert hinted.title == "Oil strike spreads" and hinted.text.startswith("Oil strike spreads")


def test_wiki_heading_markup_still_ends_the_article() -> None:
    page = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n\n== References ==\n\nSome note about sources.\n"
    assert clean(page).text.endswith(BODY_3)
    edit = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n\nExternal links[edit]\n\nOfficial site\n"
    assert clean(edit).text.endswith(BODY_3)


def test_a_long_reference_list_is_cut_even_when_it_outweighs_the_body() -> None:
    refs = "\n".join(
        f'^ "Workers walk off the job in the south, part {n}". Gulf Wire. 3 May 2021. '
        f"Retrieved 4 May 2021."
        for n in range(30)
    )
    text = clean(f"{BODY_1}\n\n{BODY_2}\n\nReferences\n\n{refs}\n").text
    assert text.endswith(BODY_2)
    assert "Retrieved" not in text


def test_a_references_heading_early_with_prose_after_it_is_kept() -> None:
    # "References" near the top followed by prose is not the end of the article.
    text = clean(f"References\n\n{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n").text
    assert BODY_3 in text


@pytest.mark.parametrize(
    ("page", "heading", "body", "dropped"),
    [
        pytest.param(
            "Live: strikes at the refineries\n\nPublished: 3 May 2021\n\n"
            f"4 May 2021, 10:15\n{BODY_2}\n\n3 May 2021, 18:00\n{BODY_1}\n",
            "4 May 2021, 10:15",
            BODY_2,
            "Published: 3 May 2021",
            id="stamp-of-a-timeline",
        ),
        pytest.param(
            "WEEK IN BRIEF - Example digest\n\nFriday 7 May 2021\n\n"
            f"3 May - Refinery strike spreads\n{BODY_1}\n\n5 May - Arrests in Abadan\n{BODY_2}\n",
            "3 May - Refinery strike spreads",
            BODY_1,
            "Friday 7 May 2021",
            id="dated-entry-heading-of-a-digest",
        ),
    ],
)
def test_the_first_dated_heading_is_kept_and_the_page_date_dropped(
    page: str, heading: str, body: str, dropped: str
) -> None:
    lines = clean(page).text.split("\n\n")
    assert lines.index(heading) == lines.index(body) - 1
    assert dropped not in lines


def test_a_lone_date_above_the_article_is_still_dropped() -> None:
    text = clean(f"Teachers rally in the capital\n\n4 May 2021\n\n{BODY_1}\n\n{BODY_3}\n").text
    assert "4 May 2021" not in text
