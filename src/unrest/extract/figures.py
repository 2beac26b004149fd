"""Figures: counts of killed, injured, arrested... with qualifiers.

A number in the evidence becomes a figure of the mention when

1. it is a count (not a year, date, age, sum of money, percentage, identifier or a
   measure such as "10 years");
2. what it counts is people (or groups of people such as "teams"), places ("cities",
   "provinces"), or an event noun that stands for people ("30,000 executions");
3. the words that govern it say what happened to those counted ("killed", "the arrest
   of", "the death toll climbed to", "detainees"), and that kind belongs to the
   mention's event type (an attack gets killed/injured, an arrest gets arrested...).
   Protest and strike mentions take uncommitted counts of people as participants.

Numbers that only give a subset ("including dozens of women") or the whole out of
which a count is taken ("28 of the 31 provinces") are not figures.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract import _figures_partitive as partitive
from unrest.extract import _figures_surface as surface
from unrest.extract import _figures_values as vals
from unrest.extract import _figures_wholes as wh
from unrest.extract import _figures_wounds as fwounds
from unrest.extract._figures_other import elsewhen, in_coordinate_clause
from unrest.extract._figures_words import counted_participle as _counted_participle
from unrest.extract._figures_words import is_person_noun as _is_person_noun
from unrest.extract._figures_words import kind_of as _kind_of
from unrest.extract._figures_words import lemma_of as _lemma
from unrest.extract._figures_words import solar_year as _solar_year
from unrest.extract._figures_words import words as _words
from unrest.extract._numbers import NumberExpr, find_numbers
from unrest.model import Figure

_NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
_MODIFIER_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "parataxis"}
_CURRENCY = {"$", "€", "£", "usd", "us$"}


#: Figure kinds each event type may carry; "kill" counts of an execution are executions.
_KINDS_BY_TYPE: dict[str, dict[str, str]] = {
    "attack": {"killed": "killed", "injured": "injured"},
    "arrest": {"arrested": "arrested"},
    "execution": {"executed": "executed", "killed": "executed"},
    "sentencing": {"sentenced": "sentenced"},
}
_CROWD_TYPES = {"protest", "strike"}
#: Types whose trigger says nothing of what befell the people it governs unless its
#: own word does ("opened fire on thousands", "assaulted two lawyers").
_NO_DEFAULT = {"attack"}
_DEFAULT_KIND = {
    "attack": "killed",
    "arrest": "arrested",
    "execution": "executed",
    "sentencing": "sentenced",
}


def _representative(doc_span: Span, num: NumberExpr) -> Token:
    """The token of the number expression whose head lies outside it."""
    doc = doc_span.doc
    for i in range(num.start, num.end):
        head = doc[i].head
        if head.i < num.start or head.i >= num.end or head.i == i:
            return doc[i]
    return doc[num.end - 1]


def _counted_noun(rep: Token, num: NumberExpr) -> Token | None:
    """The noun the number counts, or None when the number stands alone ("killing 1,500")."""
    if rep.dep_ in _MODIFIER_DEPS and rep.head.pos_ in {"NOUN", "PROPN"} and rep.head != rep:
        if any(c.pos_ == "VERB" and rep.i < c.i < rep.head.i for c in rep.children):
            return None  # "250 arrested in ... provinces": the verb ends the count's phrase
        return rep.head
    if rep.pos_ in {"NOUN", "NUM", "PRON"}:
        obj = wh.of_object(rep, num)
        return None if wh.of_pronoun(rep, num) else obj  # "killing dozens of them"
    return None


def _unit_class(noun: Token | None) -> str | None:
    """What the counted noun is: person, group, location, province, event, or None."""
    if noun is None:
        return "person"
    words = _words()
    lemma = _lemma(noun)
    if lemma in words.non_count or noun.text.lower() in words.non_count:
        return None
    if lemma in words.location:
        return "location"
    if lemma in words.province:
        return "province"
    if lemma in words.group:
        return "group"
    if _kind_of(noun) is not None and noun.pos_ == "NOUN":
        return "event"
    if _counted_participle(noun):
        return "person"  # "dozens of wounded"
    if _is_person_noun(noun):
        return "person"
    return None


def _not_a_count(span: Span, num: NumberExpr, rep: Token, noun: Token | None) -> bool:
    """Years, dates, ages, money, percentages, identifiers, measures, parenthesised ages."""
    doc = span.doc
    first = doc[num.start]
    prev = doc[num.first - 1] if num.first > 0 else None
    nxt = doc[num.end] if num.end < len(doc) else None
    count_head = noun is not None and _unit_class(noun) in {"person", "location", "province"}
    set_at = rep.dep_ == "pobj" and bool(_object_kinds(rep.head.head, rep.head))
    if first.ent_type_ in _NON_COUNT_ENTS and not count_head and not num.vague and not set_at:
        return True
    text = first.text
    year_like = len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100
    if year_like and num.qualifier is None and not count_head and first.ent_type_ != "CARDINAL":
        return True
    if _solar_year(text, prev):
        return True
    if prev is not None and (prev.text.lower() in _CURRENCY or _lemma(prev) == "age"):
        return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return True
    if nxt is not None and nxt.text in {"%", "-"} and num.end + 1 < len(doc):
        after = doc[num.end + 1]
        if nxt.text == "%" or _lemma(after) in _words().non_count:
            return True
    if nxt is not None and nxt.text == "%":
        return True
    if rep.dep_ in _MODIFIER_DEPS and rep.head.i < rep.i and rep.head.pos_ == "PROPN":
        return True
    if surface.year_or_rate(span, num) or (num.value == 1 and surface.named_one(rep, noun)):
        return True
    age = vals.is_age_or_day(rep, noun) and num.qualifier is None  # not "Amnesty: at least 304"
    if age or surface.day_or_age(span, num):
        return True
    if vals.earlier_value(span, num) or (noun is None and vals.measure_after(span, num)):
        return True  # "up from 143 a week earlier"; "74 lashes" tagged a verb
    return noun is not None and noun.i < num.start and noun.pos_ == "PROPN"


#: A kind and the word that gives it ("killed" -> the token "murdered").
Kinds = dict[str, Token]


def _merge(into: Kinds, other: Kinds) -> Kinds:
    for kind, tok in other.items():
        into.setdefault(kind, tok)
    return into


def _conjunct_kinds(pred: Token) -> Kinds:
    """Kinds of ``pred`` and of its conjuncts that share its subject ("injured or arrested")."""
    kinds: Kinds = {}
    kind = _kind_of(pred)
    if kind:
        kinds[kind] = pred
    for child in pred.children:
        if child.dep_ != "conj":
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "dobj" for c in child.children):
            continue  # "killed 300 and injured thousands": its own subject or object
        _merge(kinds, _conjunct_kinds(child))
    return kinds


def _coordinated_kinds(tok: Token) -> Kinds:
    """Kinds of a predicate coordinated just before ``tok``: "the arrest or X of"; not of
    a clause that ``tok`` opens ("were injured and *hundreds* of others detained")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].dep_ == "cc" and tok.dep_ not in _SUBJECT_DEPS:
        kind = _kind_of(doc[tok.i - 2])
        if kind:
            return {kind: doc[tok.i - 2]}
    return {}


def _subject_kinds(verb: Token) -> Kinds:
    """Kinds named in a verb's subject: "the death toll climbed to 300", "arrests ran into"."""
    kinds: Kinds = {}
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            for tok in child.subtree:
                kind = _kind_of(tok)
                if kind:
                    kinds.setdefault(kind, tok)
    return kinds


def _complement_kinds(verb: Token) -> Kinds:
    """Kinds of a verb's object complements: "left 30 dead"."""
    kinds: Kinds = dict(fwounds.verb_wound_kinds(verb))  # "hundreds suffered eye injuries"
    for child in verb.children:
        if child.dep_ in {"oprd", "acomp", "xcomp", "advcl"} and child.pos_ == "ADJ":
            kind = _kind_of(child)
            if kind:
                kinds.setdefault(kind, child)
        if child.dep_ in {"xcomp", "oprd"} and child.pos_ == "VERB":  # "reported injured"
            _merge(kinds, _conjunct_kinds(child))
        if child.dep_ == "prep" and child.lower_ == "among":
            _merge(kinds, surface.among_kinds(child, _kind_of))  # "were among those killed"
        if child.dep_ == "prep" and child.lower_ in {"in", "into"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and _kind_of(obj) == "arrested":
                    kinds.setdefault("arrested", obj)  # "remain in detention"
    return kinds


def _object_kinds(verb: Token, prep: Token) -> Kinds:
    """Kinds of the object a count is set at: "put the death toll at 61 / as high as 40"."""
    as_high_as = prep.dep_ == "advmod" and any(c.lower_ == "as" for c in prep.children)
    if prep.lower_ not in {"at", "to"} and not as_high_as:
        return {}
    kinds: Kinds = {}
    for child in verb.children:
        if child.dep_ == "dobj":
            for tok in child.subtree:
                kind = _kind_of(tok)
                if kind:
                    kinds.setdefault(kind, tok)
    return kinds


def _set_on_trigger(verb: Token, prep: Token, trigger: Span, event_type: str) -> Kinds:
    """A count set on a trigger that names no kind: "put *the number* at 500"."""
    if prep.lower_ not in {"at", "to"} or event_type not in _DEFAULT_KIND:
        return {}
    if vals.revised_count(verb, prep, trigger.root):  # "later revising the figure to 321"
        return {_kind_of(trigger.root) or _DEFAULT_KIND[event_type]: trigger.root}
    objs = [c for c in verb.children if c.dep_ == "dobj" and trigger.start <= c.i < trigger.end]
    return {_DEFAULT_KIND[event_type]: objs[0]} if objs else {}


def _owned_by_noun(start: Token, trigger: Span) -> bool:
    """True for "the families of 20 detainees", "in support of the three".

    The count is the complement of another noun that neither says what happened
    to it, nor is a quantity ("a total of"), a crowd ("a rally of") or the trigger.
    """
    words = _words()
    tok = start
    while tok.head != tok and tok.head.pos_ not in {"VERB", "AUX"}:
        head = tok.head
        if trigger.start <= head.i < trigger.end or _kind_of(head) is not None:
            return False
        if tok.lower_ == "of" and tok.dep_ == "prep" and head.pos_ in {"NOUN", "PROPN"}:
            if head.ent_type_ in {"DATE", "TIME"}:  # "the execution on Saturday of two men"
                tok = head
                continue
            lemma = _lemma(head)
            return not ({lemma, head.lower_} & (words.quantity | words.crowd))
        tok = head
    return False


def _relative_clauses(noun: Token) -> list[Token]:
    """Clauses on ``noun``, and "who" clauses the parser hung on a later non-person noun."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl", "amod"} and c.i > noun.i]
    for tok in noun.sent if noun.sent is not None else []:
        if tok.i <= noun.i or tok.dep_ not in {"relcl", "acl"} or tok.head == noun:
            continue
        if partitive.skipped_participle(noun, tok):
            clauses.append(tok)  # "the treatment of thousands of people detained during ..."
            continue
        if tok.dep_ == "acl" and not _fragment_participle(noun, tok):
            continue
        pronouns = [c for c in tok.children if c.lower_ in {"who", "whom"} and c.i < tok.i]
        between = noun.doc[noun.i + 1 : tok.head.i + 1]
        if (pronouns or _fragment_participle(noun, tok)) and not any(
            t.pos_ == "NOUN" and _is_person_noun(t) and not _in_subset(t) for t in between
        ):
            clauses.append(tok)
    return clauses


def _doers(clause: Token) -> bool:
    """A "who" clause whose people do the act to others ("three officers who beat him")."""
    who = any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in clause.children)
    return who and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or _is_person_noun(c)) for c in clause.children
    )


def _in_subset(tok: Token) -> bool:
    """A noun inside a subset phrase ("four people, *including a boy*, killed")."""
    head = tok.head
    return tok.dep_ == "pobj" and (
        _lemma(head) in _words().subset or head.lower_ in _words().subset
    )


def _fragment_participle(noun: Token, clause: Token) -> bool:
    """A past participle in a verbless fragment whose subject is ``noun``: "Two men, ..., held"."""
    return noun.dep_ == "ROOT" and clause.dep_ == "acl" and clause.tag_ == "VBN"


def _modifier_kinds(noun: Token) -> Kinds:
    """Kinds of clauses on the counted noun: "people who were arrested", "protesters killed"."""
    kinds: Kinds = {}
    for clause in _relative_clauses(noun):
        if _doers(clause):
            continue
        # "18 people known to have been sentenced": the kind sits in the clause's complement
        _merge(kinds, _conjunct_kinds(clause) or _complement_kinds(clause))
    _merge(kinds, fwounds.wound_kinds(noun))  # "400 people with eye injuries"
    for clause in partitive.pronoun_clauses(noun):  # "174 of those executed"
        _merge(kinds, _conjunct_kinds(clause))
    for adj in partitive.kind_adjectives(noun):  # "dozens of injured people"
        kinds.setdefault(str(_kind_of(adj)), adj)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        quantity = noun.head.head  # "thousands of people detained": the clause hangs on "thousands"
        if _lemma(quantity) in _words().quantity or quantity.like_num:
            for clause in quantity.children:
                if clause.dep_ in {"acl", "relcl"} and clause.i > noun.i:
                    _merge(kinds, _conjunct_kinds(clause))
    return kinds


def _governing_kinds(start: Token, trigger: Span, event_type: str) -> Kinds:
    """Kinds of the nearest predicate above ``start`` in the parse, within its clause.

    A clause that gives no kind but elaborates the trigger after a colon ("five were
    killed: three in Tehran and two in Karaj") takes the trigger's kind.
    """
    tok = start
    while tok.head != tok:
        head, came_from = tok.head, tok.dep_
        if came_from == "agent":
            return {}  # "caught by three officers": the doers, not the people it befell
        if trigger.start <= head.i < trigger.end and event_type in _DEFAULT_KIND:
            own = _conjunct_kinds(head)
            if own or event_type in _NO_DEFAULT:
                return own  # people "fired at" or "assaulted" were not thereby killed
            return {_DEFAULT_KIND[event_type]: head}
        kinds = _conjunct_kinds(head) or _coordinated_kinds(head)
        if kinds:
            return kinds
        if head.pos_ in {"VERB", "AUX"}:
            kinds = _complement_kinds(head)
            if came_from not in _SUBJECT_DEPS:
                set_at = _object_kinds(head, tok) or (
                    _object_kinds(head, start.head) if start.dep_ == "pobj" else {}
                )  # "raised the death toll from the raid to 118"
                set_at = set_at or _set_on_trigger(head, tok, trigger, event_type)
                # the object a count is set on names the counted before the subject does:
                # "the executions bring to seven the number of men hanged"
                kinds = _merge(_merge(dict(set_at), kinds), _subject_kinds(head))
            if kinds:
                return kinds
            own_subject = any(c.dep_ in _SUBJECT_DEPS for c in head.children)
            if own_subject or head.dep_ in _CLAUSE_DEPS:
                return _colon_elaboration(head, trigger, event_type)
        tok = head
    return {}


def _colon_elaboration(clause: Token, trigger: Span, event_type: str) -> Kinds:
    """The trigger's kind for a kindless clause that follows it after a colon."""
    if event_type not in _DEFAULT_KIND or clause.i < trigger.end:
        return {}
    doc = clause.doc
    left = min(t.i for t in clause.subtree)
    colon = any(doc[i].text in {":", ";"} for i in range(trigger.end, left + 1))
    if not colon or trigger.start in {t.i for t in clause.subtree}:
        return {}
    return {_DEFAULT_KIND[event_type]: trigger.root}


def _kinds(rep: Token, noun: Token | None, trigger: Span, event_type: str) -> Kinds:
    """Every kind the syntax gives the counted people, with the word that gives it."""
    if noun is not None:
        own = _kind_of(noun)
        if own and (noun.pos_ == "NOUN" or _counted_participle(noun)):
            return {own: noun}
    kinds = _modifier_kinds(noun if noun is not None else rep)
    if noun is None and kinds and rep.dep_ in _MODIFIER_DEPS | {"conj"}:
        # "250 arrested in ... provinces", "23 killed and 300 injured": the count's own
        # clause says it all
        return kinds
    start = noun if noun is not None and noun.i > rep.i else rep
    governing = _governing_kinds(start, trigger, event_type)
    if "killed" in kinds:
        governing.pop("injured", None)  # "three who were stabbed to death" were not injured
    above = start.head.head if start.head.dep_ == "prep" else start.head
    for kind, giver in governing.items():
        if giver == above and trigger.start <= giver.i < trigger.end:
            kinds[kind] = giver  # "upheld the sentences of three men convicted ...": the trigger's
    return _merge(kinds, governing)


def _foreign(kind: str, giver: Token, trigger: Span) -> bool:
    """True when another word than the trigger, of the trigger's own kind, gives ``kind``.

    In "the deaths of dozens in 2018 ... killing 1,500 in 2019" the mention cued by
    "deaths" takes only the dozens.
    """
    if trigger.start <= giver.i < trigger.end or vals.where_clause(giver):
        return False  # "deaths came in Dorud, where two men were shot dead"
    if giver in trigger.root.ancestors:
        return False  # "the deaths of 481 protesters, including 64 children, killed by ..."
    if vals.revises(trigger.root, giver):
        return False  # "documented the deaths of 304, and later raised its toll to 321"
    trigger_kinds = {_kind_of(t) for t in trigger}
    if kind not in trigger_kinds:
        return False
    up = vals.verb_over(trigger.root)  # "treated a dozen people for wounds"
    linked = set(_conjunct_kinds(trigger.root).values()) | {trigger.root.head, up}
    return giver not in linked and giver.head not in set(trigger)


def _own_adjective(giver: Token, rep: Token) -> bool:
    """The adjective the count itself modifies names what befell it: "put the toll at 25
    *dead*" is the trigger's count whatever word cues the mention."""
    return giver == rep.head and giver.pos_ == "ADJ"


def _other_killing(kind: str, giver: Token, trigger: Span, event_type: str) -> bool:
    """A killing not the mention's: "executed X, convicted of killing three"; elsewhen."""
    if event_type != "execution" or kind != "killed" or trigger.start <= giver.i < trigger.end:
        return elsewhen(giver, trigger)
    return giver not in set(_conjunct_kinds(trigger.root).values())


def _figure_for(
    span: Span, num: NumberExpr, rep: Token, noun: Token | None, trigger: Span, event_type: str
) -> list[Figure]:
    """The figures (zero, one or more kinds) one number gives the mention."""
    unit_class = _unit_class(noun)
    if unit_class is None or num.value < 1:
        return []
    if noun is None and span.doc[num.start].lower_ == "one":
        return []  # "one" standing alone is a pronoun ("this one", "one of them")
    text = wh.figure_text(span, num, noun)
    start = noun if noun is not None and noun.i > rep.i else rep
    own_clause = _modifier_kinds(noun if noun is not None else rep)
    if surface.in_attribution(start):
        return []  # "according to two relatives"
    whole = wh.out_of_whole(start)
    if whole and not own_clause:
        return []
    if (
        unit_class not in {"location", "province"}
        and not own_clause
        and _owned_by_noun(start, trigger)
    ):
        return []
    if event_type in _CROWD_TYPES:
        if unit_class == "location" and noun is not None:
            return [Figure("locations", num.value, num.qualifier, noun.text.lower(), text)]
        if unit_class == "province":
            return [Figure("provinces", num.value, num.qualifier, None, text)]
        if any(in_coordinate_clause(t, trigger) for t in (rep, noun) if t is not None):
            return []  # "merchants shut their stores and thousands marched"
        if unit_class == "person" and not (
            _kinds(rep, noun, trigger, event_type) or surface.adjacent_kind(span, num, _kind_of)
        ):
            return [Figure("participants", num.value, num.qualifier, None, text)]
        return []
    if unit_class in {"location", "province"}:
        return _place_figures(num, rep, noun, trigger, event_type, text)
    mapping = _KINDS_BY_TYPE.get(event_type, {})
    unit = noun.text.lower() if unit_class == "group" and noun is not None else None
    found = own_clause if whole else _kinds(rep, noun, trigger, event_type)
    found = found or surface.adjacent_kind(span, num, _kind_of)
    kinds = sorted(
        {
            mapping[k]
            for k, giver in found.items()
            if k in mapping
            and (_own_adjective(giver, rep) or not _foreign(k, giver, trigger))
            and not _other_killing(k, giver, trigger, event_type)
        }
    )
    return [Figure(kind, num.value, num.qualifier, unit, text) for kind in kinds]


def _place_figures(
    num: NumberExpr, rep: Token, noun: Token | None, trigger: Span, event_type: str, text: str
) -> list[Figure]:
    """How many places an attack or arrest spanned: "killed eight people in seven cities"."""
    mapping = _KINDS_BY_TYPE.get(event_type, {})
    found = _kinds(rep, noun, trigger, event_type)
    spread = event_type == "property_attack" and vals.where_count(noun)  # "in 100 cities"
    # "opened fire on protesters in dozens of cities": the trigger's own place phrase
    where = [t for t in (noun, rep) if t is not None and vals.where_count(t)]
    spread = spread or (
        event_type == "attack" and bool(where) and vals.where_on_trigger(where[0], trigger)
    )
    if noun is None or num.value < 2 or not (spread or any(k in mapping for k in found)):
        return []  # "in one province" names a place more than it counts places
    if _unit_class(noun) == "province":
        return [Figure("provinces", num.value, num.qualifier, None, text)]
    return [Figure("locations", num.value, num.qualifier, noun.text.lower(), text)]


def figures_for(event_type: str, trigger: Span, evidence: Span) -> tuple[Figure, ...]:
    """The figures that ``evidence`` gives about the ``event_type`` event cued by ``trigger``.

    Only kinds that belong to ``event_type`` are returned (an attack gets killed and
    injured, an arrest gets arrested...), one figure per (kind, value), in text order.
    An empty tuple means the evidence gives no count for this mention.
    """
    numbers = find_numbers(evidence)
    reps = [_representative(evidence, num) for num in numbers]
    heads = {rep.i for rep in reps}
    figures: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    last: list[Figure] = []
    counted = False
    for num, rep in zip(numbers, reps, strict=True):
        noun = _counted_noun(rep, num)
        if _not_a_count(evidence, num, rep, noun) or surface.in_slogan(evidence, num):
            continue
        # "18 were killed, two of them beheaded": "of them" after a count is its subset
        subset_of_count = counted and wh.of_pronoun(rep, num)
        counted = True
        if (
            subset_of_count
            or wh.is_subset_or_whole(rep, heads)
            or surface.after_subset_pronoun(evidence, num)
        ):
            found = wh.subset_figures(evidence, num, noun, last)
        else:
            found = _figure_for(evidence, num, rep, noun, trigger, event_type)
            found = last = found or vals.restated(evidence, num, noun, last)
        for fig in found:
            if (fig.kind, fig.value) not in seen:
                seen.add((fig.kind, fig.value))
                figures.append(fig)
    return tuple(figures)
