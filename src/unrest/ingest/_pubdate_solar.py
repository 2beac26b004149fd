"""Solar Hijri dates with a Gregorian gloss, read as their gloss for publication dates.

Iranian outlets, and translations of them, date a page in the Solar Hijri calendar
and often give the Gregorian day beside it in brackets: "Friday 4 Bahman 1398
[24 January 2020]", "Export generated: 25 Aban 1399 (15 November 2020)", "on 17 Dey
[7 January]".  The gloss is the writer's own conversion, so the publication-date
finders read the text with each glossed Solar date replaced by its gloss; nothing
is computed from the Solar date itself.  Unglossed Solar dates are left as written.
"""

from __future__ import annotations

import re

from unrest.ingest._pubdate import MONTH_NAME

#: The twelve Solar Hijri months, in their common English spellings.
SOLAR_MONTHS = (
    r"Farvardin|Ordibehesht|Khordad|Tir|A?[Mm]ordad|Shahrivar|Mehr|Aban|Abaan|Azar"
    r"|Adhar|Dey|Dei|Bahman|Esfand|Espand"
)
_GLOSS = (
    rf"(?:[0-3]?\d\s+{MONTH_NAME}|{MONTH_NAME}\s+[0-3]?\d)(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|{MONTH_NAME}\s+(?:19|20)\d{{2}}"
)
#: "4 Bahman 1398 [24 January 2020]", "17 Dey (7 January)", "Azar 1398 [December 2019]".
_GLOSSED = re.compile(
    rf"\b(?:[0-3]?\d\s+)?(?-i:{SOLAR_MONTHS})(?:\s+1[34]\d\d)?\s*"
    rf"[\[(]\s*(?P<gloss>{_GLOSS})\s*[\])]",
    re.IGNORECASE,
)


def with_gloss(text: str) -> str:
    """``text`` with every glossed Solar Hijri date replaced by its Gregorian gloss."""
    return _GLOSSED.sub(lambda m: m.group("gloss"), text)
