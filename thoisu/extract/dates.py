"""Helpers over normalised date values (ISO 8601 strings carrying their own granularity).

>>> sorted(["1996-07-15", "1996-07", "1996", "2005/2015"], key=sort_key)
['1996', '1996-07', '1996-07-15', '2005/2015']
"""

from __future__ import annotations

import re

_DATED = re.compile(r"^\d{4}")


def sort_key(value: str | None) -> str | None:
    """A string key that orders values by their start, coarser before finer at the same start.

    ISO prefixes already sort that way (``1996`` < ``1996-07`` < ``1996-07-15``); ranges sort by
    their start; values with an unknown year (``XXXX-02-03``) or only an end (``../2030``) have
    no key and are listed apart as undated.
    """
    if not value:
        return None
    start = value.split("/")[0]
    if not _DATED.match(start):
        return None
    return start
