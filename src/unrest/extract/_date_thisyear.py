"""Deictic "this week" and "this month" within the story's time: they may follow the
narrative time only while that time lies in the year of the anchor's "now" (the
publication, or the day a quoted speaker spoke). A story set in an earlier year
("whose son was shot on 16 November 2019 ... was arrested again this month", written in
November 2020) does not lend "this month" its month: "this month" is a month of this
year."""

from __future__ import annotations

from unrest.extract._date_base import Anchor


def this_year(anchor: Anchor) -> Anchor:
    """``anchor`` without its narrative time when that time lies in a year other than the
    year of the anchor's "now"; ``anchor`` itself otherwise (or when "now" is unknown)."""
    now, narr = anchor.published, anchor.narrative
    if now is None or narr is None or narr.lo.year == now.lo.year == narr.hi.year:
        return anchor
    return Anchor(now, None, anchor.mentioned, anchor.stamped)
