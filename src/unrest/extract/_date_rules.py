"""The patterns of temporal expressions and the resolvers they build (see ``_date_resolvers``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from unrest.extract._date_base import (
    Resolver,
    _alt,
    _lexicon,
    day_interval,
    month_interval,
    words,
    year_interval,
)
from unrest.extract._date_following import FOLLOWING_WEEKS_RE, following_weeks
from unrest.extract._date_holidays import HOLIDAY_RE, holiday
from unrest.extract._date_lastweek import weekday_last_week
from unrest.extract._date_lastweekday import last_weekday_week
from unrest.extract._date_months import (
    YEAR_WORDS,
    days_of,
    month_after_then,
    month_days,
    month_of_year_word,
    safe_day,
)
from unrest.extract._date_periods import (
    _WEEK_STARTS,
    NTH_UNIT_RE,
    _ago_this,
    _edge_of_unit,
    _first_week,
    _nth_unit,
    _overnight,
    _the_weekday,
    _week_of_month,
    _weekday_before_last,
    _weekend,
)
from unrest.extract._date_resolvers import (
    _bare_month,
    _day_after,
    _day_shift,
    _fixed,
    _narrative,
    _now,
    _offset,
    _same_narrative,
    _season,
    _season_relative,
    _unit_relative,
    _up_to_now,
    _weekday,
    _window,
    _within,
    _year_range,
)
from unrest.extract._date_seasons import season_of, season_patterns
from unrest.extract._date_sinceday import SINCE_WEEKEND_RE
from unrest.extract._date_spelled import weekday_day, weekday_day_re
from unrest.extract._date_storydays import ORDINAL_DAY_RE, ordinal_day
from unrest.extract._date_storyweek import that_weekday, that_weekday_re
from unrest.extract._date_within import WITHIN_RE, within_uncounted

# --------------------------------------------------------------------------- patterns

_YEAR = r"(?<![\d,.\-])((?:1[6-9]|20)\d\d)(?![\d]|,\d|\.\d)"
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"
_ORDINALS = "|".join(_WEEK_STARTS)


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    kind: str
    build: Callable[[re.Match[str]], Resolver | None]


def _patterns() -> list[_Pattern]:
    lx = _lexicon()
    m, ab, wd, se, part = lx.month_re, lx.abbr_re, lx.weekday_re, lx.season_re, lx.part_re
    tod = _alt(list(words()["times_of_day"]))
    anym = rf"(?:{m}|(?:{ab})\.?)"
    num = rf"(?:{lx.number_re}|\d+)"
    mon = lx.months
    ci = re.IGNORECASE
    pats: list[_Pattern] = []

    def add(
        regex: str, kind: str, build: Callable[[re.Match[str]], Resolver | None], flags: int = 0
    ) -> None:
        pats.append(_Pattern(re.compile(regex, flags), kind, build))

    def day_of(y: str, mo: str, d: str) -> Resolver | None:
        dd = safe_day(int(y), mon[mo.rstrip(".")], int(d))
        return _fixed(day_interval(dd)) if dd else None

    add(HOLIDAY_RE, "relative", holiday)
    add(FOLLOWING_WEEKS_RE, "narrative", following_weeks, re.IGNORECASE)
    add(
        r"\b(\d{4})-(\d\d)-(\d\d)\b",
        "absolute",
        lambda g: (
            _fixed(day_interval(dd)) if (dd := safe_day(int(g[1]), int(g[2]), int(g[3]))) else None
        ),
    )
    add(
        rf"(?:(?:{wd}),?\s+)?\b({anym})\s+{_DAY},?\s+{_YEAR}",
        "absolute",
        lambda g: day_of(g[3], g[1], g[2]),
    )
    add(rf"\b(?:the\s+)?({_ORDINALS})\s+week\s+of\s+({m}),?\s+{_YEAR}", "absolute", _week_of_month)
    add(rf"\b(?:the\s+)?({_ORDINALS})\s+week\s+of\s+({m})()", "relative", _week_of_month)
    add(
        rf"\b[Tt]he\s+(?:first|opening)\s+week\b(?!\s+of\s+(?:{m}|{ab}|\d))",
        "narrative",
        lambda g: _first_week,
    )
    add(
        rf"\b({num})\s+(year|month)s?\s+ago\s+(today|tonight|this\s+(?:morning|afternoon|evening|week(?:end)?|month))\b",
        "now",
        _ago_this,
        ci,
    )
    add(
        rf"(?:(?:{wd}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?({anym}),?\s+{_YEAR}",
        "absolute",
        lambda g: day_of(g[3], g[2], g[1]),
    )
    add(
        rf"(?:{part})?\b({m})(?:\s+{_YEAR})?{_DASH}({m}),?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(
            month_interval(
                int(g[2]) if g[2] else int(g[4]) - (mon[g[1]] > mon[g[3]]),
                mon[g[1]],
                mon[g[3]],
                int(g[4]),
            )
        ),
    )
    add(
        rf"(?:{part})?\b(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?)?({m})(?:\s+{_DAY})?,?\s+(?:of\s+)?"
        rf"({YEAR_WORDS})\s+(?i:year)\b",
        "relative",
        month_of_year_word,
    )
    add(
        rf"(?:{part})?\b({anym}),?\s+(?:of\s+)?{_YEAR}",
        "absolute",
        lambda g: _fixed(month_interval(int(g[2]), mon[g[1].rstrip(".")])),
    )
    add(
        rf"{_YEAR}\s*(?:-|–|—|/|to|through|until|till)\s*((?:1[6-9]|20)\d\d|\d\d)\b",
        "absolute",
        _year_range,
    )
    add(
        rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(year_interval(int(g[1]), int(g[2]))) if g[1] <= g[2] else None,
    )
    add(
        r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?((?:1[6-9]|20)\d)0'?s\b",
        "absolute",
        lambda g: _fixed(year_interval(int(g[1]) * 10, int(g[1]) * 10 + 9)),
    )
    add(
        rf"(?:{part})?\b({se})(?:\s+(?:and|or|to|through|into)\s+(?:the\s+)?({se}))?"
        rf"(?:\s+of)?\s+(?:{_YEAR}|(that|the same|the following|the previous|this|last)\s+year)",
        "absolute",
        _season,
        ci,
    )
    add(rf"\b(last|this|past|previous)\s+({se})\b", "relative", _season_relative, ci)
    for regex, kind in season_patterns():
        add(regex, kind, season_of, ci)
    add(rf"(?:{part})?\b(?:of\s+)?{_YEAR}", "absolute", lambda g: _fixed(year_interval(int(g[1]))))
    add(
        rf"\b((?i:the\s+(?:following|next|previous)))\s+({m})\b(?!\s+{_DAY}\b|,?\s+{_YEAR})",
        "narrative",
        month_after_then,
    )
    add(
        rf"\b(?:(last|this|next|past|previous)\s+|(?:{part}))?({m})(?:\s+{_DAY}\b)?"
        rf"(?:\s*(?:-|–|—|to|through|until)\s*(?:(?:{part}))?({m})\b)?",
        "relative",
        _bare_month,
    )
    add(
        rf"\b(?:(just|only)\s+)?(last|this|next|past|on|previous)\s+({wd})\b"
        rf"(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b)",
        "relative",
        _weekday,
        ci,
    )
    add(
        rf"\b()()({wd})(?:\s+(?:{tod}))?\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b)",
        "relative",
        _weekday,
    )
    add(rf"\b(?:[Tt]he\s+)?({wd})\s+before\s+last\b", "now", _weekday_before_last)
    add(rf"\blast\s+({wd})\s+week\b", "now", last_weekday_week, ci)
    add(
        rf"\b(?:on\s+)?({wd})(?:\s+(?:{tod}))?,?\s+(?:of\s+)?last\s+week\b",
        "now",
        weekday_last_week,
        ci,
    )
    add(
        rf"\b[Tt]he\s+({wd})\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b|\s+[A-Z])",
        "narrative",
        _the_weekday,
    )
    add(
        # Not "the weekend of 17 and 18 July": the days that follow name it.
        r"\b(?:(?:at|over|during|on)\s+the|(last|this|past|previous))\s+weekend\b"
        r"(?!\s+of\s+\d)",
        "relative",
        lambda g: _weekend,
        ci,
    )
    add(SINCE_WEEKEND_RE, "relative", lambda g: _weekend, ci)
    add(r"\bovernight\b", "now", lambda g: _overnight, ci)
    add(ORDINAL_DAY_RE, "relative", ordinal_day)
    add(weekday_day_re(), "relative", weekday_day)
    add(that_weekday_re(), "narrative", that_weekday)
    add(
        r"\b(the\s+(?:next|following|previous)|the\s+same|that)\s+(?:day|night|evening|"
        r"morning|afternoon)\b|\bthe\s+(?:day|night)\s+(before|after)\b",
        "narrative",
        _day_after,
        ci,
    )
    add(
        rf"(?<![\d,.]){_DAY}\s*(?:-|–|—|and|to)\s*{_DAY}\s+(?:of\s+)?({anym}),?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(days_of(int(g[4]), mon[g[3].rstrip(".")], g[1], g[2])),
    )
    add(
        rf"\b({anym})\s+{_DAY}\s*(?:-|–|—|and|to)\s*{_DAY},?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(days_of(int(g[4]), mon[g[1].rstrip(".")], g[2], g[3])),
    )
    add(
        rf"(?<![\d,.])\b(?:the\s+)?{_DAY}(?:\s*(?:-|–|—|and|to)\s*{_DAY})?\s+(?:of\s+)?"
        rf"({anym})\b(?!\s*\d)",
        "relative",
        lambda g: month_days(mon[g[3].rstrip(".")], g[1], g[2]),
    )
    add(
        rf"\b({ab})\.?\s+{_DAY}\b(?:\s*(?:-|–|—|and|to)\s*{_DAY}\b)?(?!,?\s*\d)",
        "relative",
        lambda g: month_days(mon[g[1]], g[2], g[3]),
    )
    add(
        rf"\b({m})\s+{_DAY}\s*(?:-|–|—|and|to)\s*{_DAY}\b(?!,?\s*\d)",
        "relative",
        lambda g: month_days(mon[g[1]], g[2], g[3]),
    )
    add(
        r"\b(?:(?:earlier|later)\s+)?(this|last|next|the\s+previous|the\s+following|the\s+next|"
        r"the\s+same|that)\s+(week|month|year)\b",
        "relative",
        _unit_relative,
        ci,
    )
    add(
        r"\b(?:the\s+)?(end|close|beginning|start)\s+of\s+(the|this|that|last)\s+(year|month)\b",
        "relative",
        _edge_of_unit,
        ci,
    )
    add(
        rf"\b(recent|past|last|previous)\s+({num})\s+(day|week|month|year)s?\b",
        "relative",
        _window,
        ci,
    )
    add(r"\b(recent|past|last|previous)\s+()(day|week|month|year)s\b", "relative", _window, ci)
    add(r"\b(past)\s+()(day|week|month|year)\b", "relative", _window, ci)
    add(
        rf"\b({num})\s+(day|week|month|year)s?\s+(ago|earlier|later|after|on)\b",
        "relative",
        _offset,
        ci,
    )
    add(NTH_UNIT_RE, "relative", _nth_unit, ci)
    add(r"\b(?:yesterday|last\s+night)\b", "now", lambda g: _day_shift(-1), ci)
    add(rf"\b(?:{_alt(list(words()['now_words']))})\b", "now", lambda g: _now, ci)
    add(
        rf"\b(?:{_alt(list(words()['same_day_words']))})\b",
        "narrative",
        lambda g: _same_narrative,
        ci,
    )
    add(
        rf"\bwithin\s+(?:the\s+)?(?:first\s+)?({num})\s+(day|week|month|year)s?\b",
        "narrative",
        _within,
        ci,
    )
    add(WITHIN_RE, "narrative", within_uncounted, ci)
    add(rf"\b(?:{_alt(list(words()['narrative_words']))})\b", "narrative", lambda g: _narrative, ci)
    add(rf"\b(?:{_alt(list(words()['up_to_now_words']))})\b", "narrative", lambda g: _up_to_now, ci)
    return pats


@lru_cache(maxsize=1)
def _compiled() -> list[_Pattern]:
    return _patterns()
