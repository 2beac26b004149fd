"""A victim's place of study or work, for :mod:`unrest.extract.where`.

"police shot dead X, a student at Y University in Z": the apposition on the person
the trigger acts on says where he was, and when the clause names no other place, Z
is where it happened. A place the person is from ("a young woman from Z") or stands
for ("a member of parliament for Z") says no such thing and stays ignored.
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._where_toponyms import Toponym

__all__ = ["victim_site"]

#: Dependencies of the person a trigger acts on.
_VICTIM_DEPS = {"dobj", "nsubjpass"}


def victim_site(top: Toponym, trigger: Span) -> bool:
    """Whether ``top`` lies in an apposition on the trigger's object that places the
    person "at" an institution ("shot X, a student at Y University in Z")."""
    at = False
    for anc in top.span.root.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "at":
            at = True
        if anc.dep_ == "appos":
            person = anc.head
            return (
                at
                and person.ent_type_ == "PERSON"
                and person.dep_ in _VICTIM_DEPS
                and person.head.i == trigger.root.i
            )
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False
