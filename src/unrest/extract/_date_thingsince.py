"""A "since" time that measures how long a thing has stood, not the episode's start.

"the tents, which had stood near the bridge since early this month" dates the tents: the
"since" phrase hangs in a clause describing a noun (a relative or participial clause), so
it opens no episode of the story, as a "since" date in such a clause already does not
(see :func:`unrest.extract._date_flashback.in_noun_modifier`). Only the clause the
"since" phrase itself modifies counts: a noun modifier higher up ("rights groups saying
forces had killed dozens since the unrest began on July 15") does not, and a clause
describing the episode ("unrest that has swept the country since Friday") still opens it
(:func:`unrest.extract._date_totals.describes_episode`).

Reads the dependency tree above a date; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_syntax import ancestors, since_marked
from unrest.extract._date_totals import describes_episode

__all__ = ["thing_since"]

_NOMINAL = frozenset({"NOUN", "PROPN"})


def thing_since(date_head: Token) -> bool:
    """Whether the "since" phrase or clause holding a date at ``date_head`` modifies a
    clause that describes a noun other than the episode (see the module docstring)."""
    for t in ancestors(date_head):
        if since_marked(t):
            clause = t.head
            return (
                clause.dep_ in ("acl", "relcl")
                and clause.head.pos_ in _NOMINAL
                and not describes_episode(date_head)
            )
    return False
