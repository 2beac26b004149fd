"""A count of verdicts kept up to the time of writing runs from the onset of the unrest.

"More than a dozen others have been sentenced to death in connection with the protests",
"At least 11 of them have already been sentenced to death", "Courts have handed down at
least 26 further death sentences": a present perfect that counts verdicts, with no time
of its own, sums up the courts' answer to the unrest so far. The verdicts follow the
unrest, so the count is that of the whole episode, from its onset (the episode a "since"
opened that is in force, else the story's start) up to the time of writing, not from
the later day the story has reached (a trial, an execution). A clause with its own time
("in the past month", "since November") keeps it, and so does one verdict ("he has been
sentenced to 26 years"). Reads the trigger's parse and the times the sweep found; used
by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_age import TIME_ENTS
from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_syntax import trigger_verb
from unrest.extract._date_upto import ending_at
from unrest.extract._tense import PERFECT_AUX, PRESENT_TAGS

# Words that count people or verdicts without a numeral ("several of them", "dozens").
_COUNT_WORDS = frozenset({"several", "dozen", "dozens", "hundreds", "scores", "many"})


def _counted(verb: Token) -> bool:
    """Whether the clause of ``verb`` counts ("at least 11 of them", "26 further death
    sentences"), or the noun a relative clause ``verb`` describes does ("109 protesters
    who have been sentenced")."""
    tokens = list(verb.subtree)
    if verb.dep_ == "relcl":
        tokens += [t for t in verb.head.subtree if t.i < verb.head.i]
    return any(
        (t.like_num and t.ent_type_ not in TIME_ENTS) or t.lower_ in _COUNT_WORDS for t in tokens
    )


def _present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the present perfect ("have been sentenced", "are known to
    have been sentenced"), not under a modal."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have"]
    if any(a.lower_ in PERFECT_AUX for a in aux):
        return True
    # "are known to have been sentenced": a bare perfect under a present verb.
    return bool(aux) and verb.dep_ == "xcomp" and verb.head.tag_ in PRESENT_TAGS


def verdicts_so_far(
    trigger: Token, iv: Interval, onset: Interval | None, now: Interval | None
) -> Interval:
    """``iv`` (the undated time of a sentencing mention cued by ``trigger``) from the
    unrest's ``onset`` up to ``now`` when the clause counts verdicts in the present
    perfect and the onset lies before ``iv``; else ``iv``."""
    if now is None or onset is None or iv.hi > now.hi or not onset.lo < iv.lo:
        return iv
    verb = trigger_verb(trigger)
    if not (_present_perfect(verb) and _counted(verb)):
        return iv
    return ending_at(spanning(onset, now), now)
