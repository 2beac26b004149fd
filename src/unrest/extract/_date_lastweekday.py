"""Weekdays counted back a week: "last Thursday" read on a Friday and "last Friday week".

"Last Thursday" in a Friday's text is not yesterday (a writer would say "yesterday") but
the Thursday of the week before, eight days back; "last Friday week" is the Friday a
week before last Friday ("the people came out last Friday week", read on a Tuesday, is
eleven days back). Used by :mod:`unrest.extract._date_resolvers` and
:mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from unrest.extract._date_base import Anchor, Interval, Resolver, _lexicon, day_interval

#: Days back from now to a weekday that is yesterday.
_YESTERDAY = 1


def week_before_yesterday(word: str, back: int) -> int:
    """Days back to "last <weekday>" (``word`` is "last") when that weekday is yesterday:
    a week more; any other count of days back, and any other word, as it is."""
    return back + 7 if word == "last" and back == _YESTERDAY else back


def _days_back(today: int, target: int) -> int:
    """Days back from weekday ``today`` to "last <target>"."""
    back = (today - target) % 7 or 7
    return week_before_yesterday("last", back)


def last_weekday_week(g: re.Match[str]) -> Resolver:
    """The resolver of "last <weekday> week" (group 1 is the weekday): a week before
    "last <weekday>"."""
    target = _lexicon().weekdays[g[1].capitalize()]

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None or pub.precision != "day":
            return None
        back = _days_back(pub.lo.weekday(), target)
        return day_interval(pub.lo - timedelta(days=back + 7))

    return res
