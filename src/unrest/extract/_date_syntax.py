"""Dependency-tree tests that decide which date governs which event.

Used by :mod:`unrest.extract.when`: whether a date lies in the clause of an
event trigger or in another clause, whether it is the time of a reporting act,
whether it opens a "since" span, whether a clause moves the narrative on, and how long
a duration in the clause ("for two days") makes the event last.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval, unit_length, words
from unrest.extract._date_contrast import contrastive_while
from unrest.extract._date_misparse import fronted_out_of, semicolon_clause
from unrest.extract._date_speechnow import speech_at_now
from unrest.extract._tense import PERFECT_AUX
from unrest.model import Precision

# Dependencies that open a subordinate clause: a date inside one does not date
# an event outside it; in the first four it does not set the narrative time.
_BACKGROUND = frozenset({"csubj", "csubjpass", "advcl", "ccomp"})
_SUBORDINATE = _BACKGROUND | {"relcl", "acl", "parataxis"}
# Dependencies through which a reporting word embeds the reported content.
# Dependencies of a clause that a reporting word reports.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "acl", "relcl"})
_REPORTED = REPORTED_DEPS
# Conjunctions of an adverbial clause that shares the time of its main clause.
_SAME_TIME_MARKS = frozenset({"as", "when", "while", "whilst"})
# Prepositions whose gerund clause lies at another time ("before suspending it").
_OTHER_TIME_PREPS = frozenset({"before", "after"})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def ancestors(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the root, nearest first."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _speech(tok: Token) -> bool:
    return tok.lemma_.lower() in words()["speech_words"]


def since_marked(tok: Token) -> bool:
    """Whether ``tok`` is "since" or heads a clause opened by "since" ("since protests began")."""
    return tok.lower_ == "since" or any(
        c.dep_ == "mark" and c.lower_ == "since" for c in tok.children
    )


_FIRST_WORDS = frozenset({"first", "last", "only"})


def compares_since(date_head: Token) -> bool:
    """Whether a date at ``date_head`` is the yardstick of a "since" comparison ("for the
    first time since the return to democracy in 1990", "the largest protests since 2009"):
    the "since" hangs from a noun marked by a superlative or "first", not from an event."""
    for t in ancestors(date_head)[1:6]:
        if t.lower_ != "since":
            continue
        noun = t.head
        if noun.pos_ in _NOMINAL and any(_superlative(c) for c in noun.children):
            return True
        # "on a larger scale than in any unrest since 2009": a comparative's yardstick.
        if noun.pos_ in _NOMINAL and any(a.lower_ == "than" for a in ancestors(noun)[1:4]):
            return True
        return _after_superlative(t)
    return False


def _superlative(tok: Token) -> bool:
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in _FIRST_WORDS


def _after_superlative(since: Token) -> bool:
    """Whether "since" follows a superlative phrase within a few words ("the largest since
    2009", "as the most severe since the shutdown of 2019"), however the parser hung it."""
    for k in range(1, 4):
        if since.i - k < since.sent.start:
            return False
        tok = since.doc[since.i - k]
        if tok.pos_ in _VERBAL or tok.is_punct:
            return False
        bound = tok.i > 0 and since.doc[tok.i - 1].lower_ == "at"  # "at least 252"
        if (tok.tag_ in ("JJS", "RBS") and not bound) or tok.lower_ == "first":
            return True
    return False


def in_since_scope(date_head: Token, stop: Token | None = None) -> bool:
    """Whether a date at ``date_head`` is inside a "since" phrase or clause below ``stop``
    ("since the vote on August 9", "since protests began on 16 September")."""
    for t in ancestors(date_head):
        if stop is not None and t.i == stop.i:
            return False
        if since_marked(t):
            return True
    return False


def is_speech_time(tok: Token) -> bool:
    """Whether a date at ``tok`` is attached to a reporting act ("said on May 4",
    "published a statement on May 4")."""
    return speech_head(tok) is not None


def speech_head(tok: Token) -> Token | None:
    """The reporting word a date at ``tok`` is attached to, if any: the nearest verb
    when it reports speech (or has a speech noun as subject or object), or a speech
    noun on the way to it. A date before the subordinator of the verb's clause ("On 11
    January, after the authorities acknowledged ...": a parse that hangs the date from
    the subordinate verb) belongs to the clause around it, not to that verb."""
    for t in ancestors(tok)[1:4]:
        if t.pos_ in _VERBAL and any(c.dep_ == "mark" and c.i > tok.i for c in t.children):
            return None
        if _speech(t):
            return t
        if t.pos_ in _VERBAL and t.dep_ != "pcomp":
            found = any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _speech(c) for c in t.children)
            return t if found else None
    return None


def attributes_after(tok: Token) -> bool:
    """Whether a date at ``tok`` belongs to a reporting act that follows what it reports
    ("... killed 66 people, Amnesty said in October"): the time of the report, even when
    known only to the month."""
    head = speech_head(tok)
    return head is not None and any(c.dep_ in _REPORTED and c.i < head.i for c in head.children)


def _same_time(tok: Token) -> bool:
    """Whether ``tok`` heads an adverbial clause that shares its main clause's time ("as
    they cleared the camp on June 3", "when police opened fire on Friday")."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME_MARKS for c in tok.children)
        and not contrastive_while(tok)
    )


def _past_perfect(tok: Token) -> bool:
    """Whether the verb ``tok`` is in the past perfect ("had shot down"): a flashback."""
    return tok.pos_ in _VERBAL and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _non_restrictive(tok: Token) -> bool:
    """Whether the relative clause ``tok`` is set off by a comma ("Lukashenko, who has
    ruled since 1994, ...")."""
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == ","


def recalled(tok: Token) -> bool:
    """Whether ``tok`` is in what someone recalls ("recalled that in 2019 ..."): a
    flashback, not the story's time."""
    return any(
        t.dep_ in _REPORTED and t.head.lemma_.lower() in words()["recall_words"]
        for t in ancestors(tok)[:-1]
    )


def is_background(tok: Token) -> bool:
    """Whether a date at ``tok`` is in a clause that does not move the narrative on: a
    clausal subject, an adverbial clause (other than "since ..."), a complement that is
    not reported speech, a gerund after a preposition ("convicted of killing officers
    during the February clashes"), a non-restrictive relative clause, or a subordinate
    past-perfect verb (a flashback: "admitted on Saturday that they had shot it down on
    Wednesday"), or what someone recalls ("recalled that in 2019 ...")."""
    chain = ancestors(tok)
    verb = next((t for t in chain if t.pos_ in _VERBAL), None)
    if verb is not None and verb.dep_ != "ROOT" and _past_perfect(verb):
        return True
    if recalled(tok):
        return True
    for t in chain[:-1]:
        if since_marked(t) or _same_time(t) or (t.dep_ == "ccomp" and _speech(t.head)):
            continue
        if fronted_out_of(t, tok) or semicolon_clause(t):
            continue
        if t.dep_ in _BACKGROUND or (t.dep_ == "pcomp" and t.pos_ in _VERBAL):
            return True
        if t.dep_ in ("relcl", "acl") and _non_restrictive(t) and not _fragment_root(t.head):
            return True
    return False


def _fragment_root(tok: Token) -> bool:
    """Whether ``tok`` is the noun root of a verbless sentence (a list entry: "Two men,
    aged 24, shot dead in Piranshahr on 20 November"), whose participle is its predicate."""
    return tok.dep_ == "ROOT" and tok.pos_ in _NOMINAL


def reported_flashback(trigger: Token) -> bool:
    """Whether ``trigger`` is in a past-perfect clause reported by a speech word ("Amnesty
    said that security forces had used live ammunition"): a summary of what happened
    before the report, not an event of the narrative's day."""
    for verb in ancestors(trigger)[:4]:
        if _past_perfect(verb) or _modal_perfect(verb):
            return _embedded_in_speech(verb)
    return False


# Modals of a past possibility ("said that dozens might have been killed").
_PAST_MODALS = frozenset({"might", "may", "could", "would", "must"})


def _modal_perfect(tok: Token) -> bool:
    """Whether the verb ``tok`` is a modal perfect ("might have been killed", "may have
    died"): in reported speech, like the past perfect, what happened before the report."""
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.pos_ in _VERBAL and "have" in aux and any(a in _PAST_MODALS for a in aux)


def _closes(tok: Token, common: Token, date_head: Token) -> bool:
    """Whether ``tok``, on the path from a date up to ``common``, opens a clause that keeps
    the date from events outside it. A relative clause describing the event noun itself
    ("protests that took place in 2019") and a "since" clause do not; a conjoined clause
    with its own subject ("..., and this week the council said") does."""
    if tok.dep_ in ("relcl", "acl") and _describes(tok.head, common):
        return False
    if since_marked(tok) or _same_time(tok) or fronted_out_of(tok, date_head):
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in _OTHER_TIME_PREPS:
        return True
    if tok.dep_ in _SUBORDINATE:
        return True
    return (
        tok.dep_ == "conj"
        and tok.pos_ in _VERBAL
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
    )


def _describes(noun: Token, common: Token) -> bool:
    """Whether a clause on ``noun`` describes the event noun ``common`` (or a noun
    coordinated with it: "a strike and campaign that paralysed the city on Sunday")."""
    while noun.pos_ in _NOMINAL:
        if noun.i == common.i:
            return True
        if noun.dep_ != "conj":
            return False
        noun = noun.head
    return False


def relation(
    date_head: Token, trigger: Token, strict: bool, phrases: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """How a date at ``date_head`` relates to ``trigger``: (rank, distance), or None.

    Rank 0: the date is inside the trigger's phrase (the trigger governs it).
    Rank 1: the date hangs from a clause that contains the trigger.
    Either way the path from the date up to the shared head must not enter another
    clause, and, when ``strict`` (a day date, or a trigger inside a quotation), the
    date must not be the time of a reporting act whose content holds the trigger.
    Tokens in ``phrases`` (short quoted phrases: a slogan, a hashtag) open no clause
    for a date outside them: the parser often hangs the rest of the sentence from a
    quoted verb ("posted the hashtag "Do not execute" on social media in July").
    """
    up_date = ancestors(date_head)
    up_trig = ancestors(trigger)
    common = next((t for t in up_date if t in up_trig), None)
    if common is None:
        return None
    d_path = up_date[: up_date.index(common)]
    t_path = up_trig[: up_trig.index(common)]
    outside = date_head.i not in phrases
    if any(_closes(t, common, date_head) and not (outside and t.i in phrases) for t in d_path):
        return None
    if common.i == trigger.i:
        return 0, len(d_path)
    reported = strict and any(t.dep_ in _REPORTED for t in t_path)
    if reported and any(_speech(t) for t in d_path + [common]):
        return None
    return 1, len(d_path) + len(t_path)


def reported_by(date_head: Token, trigger: Token) -> bool:
    """Whether a date at ``date_head`` is the time of a reporting act whose content holds
    ``trigger`` ("the governor said on Tuesday that three people had been killed")."""
    head = speech_head(date_head)
    if head is None:
        return False
    up_trig = ancestors(trigger)
    return head in up_trig[1:] and any(t.dep_ in _REPORTED for t in up_trig[: up_trig.index(head)])


def trigger_verb(trigger: Token) -> Token:
    """The verb of the clause an event trigger belongs to (a noun trigger's governing verb)."""
    t = trigger
    for _ in range(3):
        if t.pos_ in _VERBAL or t.head.i == t.i:
            return t
        t = t.head
    return t


def records_toll(trigger: Token) -> bool:
    """Whether ``trigger`` is the object of a verb of reporting or recording ("have
    confirmed the deaths", "has documented 304 deaths", "have reported hundreds more
    detentions"): a count kept by someone, not an event told in the writer's voice."""
    verb = trigger_verb(trigger)
    records = _speech(verb) or verb.lemma_.lower() in words()["record_words"]
    return trigger.dep_ == "dobj" and trigger.head.i == verb.i and records


def spans_to_now(trigger: Token, records_run: bool = False) -> bool:
    """Whether the clause of ``trigger`` runs up to the time of writing: a present perfect
    ("have been arrested", not "could have killed") or an undated "since" ("since the
    election", "in the weeks since"), asserted by the writer or by a report made now
    ("rights groups say ... have been detained", see
    :func:`unrest.extract._date_speechnow.speech_at_now`): under a past reporting verb or
    an impersonal one ("it is reported that ... have been killed") the "now" is the
    report's, not known.
    A toll a present perfect records ("has documented 304 deaths", see
    :func:`records_toll`) runs up to now only when ``records_run`` (the count is still
    being kept)."""
    verb = trigger_verb(trigger)
    heads = {trigger, verb}
    while verb.dep_ == "conj" and verb.head.pos_ in _VERBAL:
        verb = verb.head
        heads.add(verb)
    if any(c.tag_ == "MD" for h in heads for c in h.children):
        return False
    if _embedded_in_speech(verb) and not speech_at_now(verb, _REPORTED):
        return False
    if records_toll(trigger) and not records_run:
        # "have confirmed the deaths", "has documented 304 deaths": the report runs up to
        # now, not the event it names.
        return False
    for tok in heads:
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in PERFECT_AUX:
                return True
            if c.lower_ == "since" and c.dep_ in ("prep", "advmod"):
                return True
    return False


def _embedded_in_speech(verb: Token) -> bool:
    """Whether the clause of ``verb`` is the content of a reporting word."""
    return any(t.dep_ in _REPORTED and _speech(t.head) for t in ancestors(verb)[:-1])


def in_main_clause(span: Span) -> bool:
    """Whether the date ``span`` hangs from the verbs of its sentence's main clause through
        prepositions and adverbs only ("Iran on Saturday executed a wrestler", also as reported
    speech), not from a noun
        ("a wrestler convicted of murder during protests in 2018") or a subordinate clause."""
    for t in ancestors(span.root)[1:]:
        reported = t.dep_ in ("ccomp", "parataxis") and _speech(t.head)
        if fronted_out_of(t, span.root) or semicolon_clause(t):
            continue
        if t.pos_ in _NOMINAL or t.dep_ == "pcomp" or (t.dep_ in _SUBORDINATE and not reported):
            return False
    return True


_PREMODIFIERS = frozenset({"nmod", "compound", "nummod", "amod"})


def names_thing(span: Span) -> bool:
    """Whether the date ``span`` is part of the name of a thing other than the subject
    ("sentenced over their part in the November 2019 fuel protests"): it dates that
    thing, not the time the story is at."""
    root = span.root
    noun = root.head
    return (
        root.dep_ in _PREMODIFIERS
        and noun.pos_ in _NOMINAL
        and noun.i >= span.end
        and noun.dep_ not in ("nsubj", "nsubjpass")
    )


def has_verb(sent: Span) -> bool:
    """Whether a sentence has a verb (a byline or dateline has none)."""
    return any(t.pos_ in _VERBAL for t in sent)


def described_nouns(span: Span) -> list[str]:
    """Lemmas of the nouns a date describes: "the 1988 massacre", "in 2018 uprising",
    "a massacre of prisoners that took place in 1988" (massacre and prisoner)."""
    noun = _described_noun(span.root)
    if noun is None and span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        noun = span.doc[span.end]
    if noun is None:
        return []
    found = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        found.append(noun.head.head)
    return [t.lemma_.lower() for t in found]


def _described_noun(tok: Token) -> Token | None:
    t = tok
    hops = 0
    while t.head.i != t.i and hops < 4:
        t, hops = t.head, hops + 1
        if t.pos_ == "ADP":
            continue
        if (
            t.pos_ == "NOUN"
            and t.dep_ == "dobj"
            and t.head.dep_ in ("relcl", "acl")
            and t.head.head.pos_ == "NOUN"
        ):
            return t.head.head
        if t.pos_ == "NOUN":
            return t
        if t.pos_ in _VERBAL and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN":
            return t.head
        return None
    return None


def refines(finer: Interval, coarse: Interval) -> bool:
    """Whether ``finer`` is a more precise statement of ``coarse`` (same years, finer unit)."""
    rank = {"day": 0, "month": 1, "year": 2}
    return (
        rank[finer.precision] < rank[coarse.precision]
        and coarse.lo.year <= finer.lo.year
        and finer.hi.year <= coarse.hi.year
        and finer.lo.year <= coarse.lo.year
        and coarse.hi.year <= finer.hi.year
    )


# --------------------------------------------------------------------------- durations
# A duration in an event's own clause stretches the date the event was given: forward
# from its start ("was shut down for several weeks from 21 September"), or back from its
# end when the clause is a past perfect ("residents had held sit-ins for nearly a month").

_DURATION_PREPS = frozenset({"for", "over"})
#: Dependencies of the number word that counts a duration's units ("a month", "two days").
_COUNT_DEPS = frozenset({"nummod", "det", "amod", "quantmod"})
_NATURAL: dict[str, Precision] = {"day": "day", "week": "day", "month": "month", "year": "year"}


def _count(noun: Token) -> int | None:
    """How many units ``noun`` counts ("two days" 2, "a month" 1, "several weeks" 4);
    None for a window ("over the past two weeks"), which is a date, not a duration."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    return unit_length(noun, _COUNT_DEPS)


def duration_of(trigger: Token) -> tuple[int, str] | None:
    """The duration (count, unit) stated in the clause of ``trigger``, if any."""
    units = words()["units"]
    for tok in trigger.sent:
        unit = tok.lemma_.lower()
        if (
            unit in units
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _DURATION_PREPS
            and relation(tok.head, trigger, False) is not None
        ):
            n = _count(tok)
            if n:
                return n, unit
    return None


def perfect_clause(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` (a verb, or the verb governing a noun) is in a
    perfect tense ("had been burned", "has recorded 124 deaths")."""
    verb = trigger_verb(trigger)
    return verb.pos_ in _VERBAL and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children
    )


_PRESENT_PERFECT = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})


def goes_on(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` goes on, with the same subject, in the present
    perfect ("The strike began on May 22 ... and has spread to 250 cities"): the event
    lasts from its date up to the time of writing."""
    verb = trigger_verb(trigger)
    if verb.pos_ not in _VERBAL:
        return False
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in _VERBAL:
            continue
        aux = [g for g in c.children if g.dep_ in ("aux", "auxpass") and g.i < c.i]
        if not aux or aux[0].lower_ not in _PRESENT_PERFECT or aux[-1].dep_ == "auxpass":
            # Active only: "and has been held since" is a state of the subject, not
            # the event going on.
            continue
        # No subject of its own: none in the parse, or "and" right before "has" (the
        # parser sometimes takes a noun of the first clause for one).
        shared = aux[0].i > 0 and trigger.doc[aux[0].i - 1].lower_ in ("and", "but")
        if shared or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            return True
    return False
