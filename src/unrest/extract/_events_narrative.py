"""Narrative context of event triggers (private to ``events``), round three.

* timeline entries ("* 31 December - The government *blocks* access ...") tell past
  events in the historical present: their simple present is no habit;
* an ambiguous noun's needed word may sit in the sentence before ("The internet
  went dark. ... *The shutdown* lasted six days");
* an attempt that happened ("a crowd *tried to set fire* to a depot") is reported;
* connectivity (or reachability, traffic) that "fell" or "slowed", a "drop in
  connectivity", or access "restored", reports censorship;
* a bare "in protest" adjunct only tells the purpose of another event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from unrest.nlp import doc_text, sentences

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
)
_DAYS = r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?"  # "1", "2-8"
# A dated line: "31 December - ...", "Jan 3, 2018: ...", "OCT. 2-8 - ...", "NOV. 4 onward - ...".
_DATED_LINE = re.compile(
    rf"^[\s*\u2022\u00b7#-]*(?:{_DAYS}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+{_DAYS}(?:,?\s+\d{{4}})?|\d{{4}})(?:\s+onwards?)?\s*[\u2013\u2014:-]\s",
    re.IGNORECASE,
)
# A timeline heading on a line of its own: "30 December - Tehran and Dorud", "1 January".
_DATED_HEADING = re.compile(
    rf"^[\s*\u2022\u00b7#-]*(?:{_DAYS}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+{_DAYS})\b[^.\n]{{0,70}}$",
    re.IGNORECASE,
)
# A register or timeline entry: "01 Oct: ...", "17 July, Susangerd: ...", "02-05 Oct: ...".
_ENTRY = re.compile(
    r"^[\s*\u2022\u00b7#-]*\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}\b[^:\n]{0,40}:\s"
)
_ATTEMPTS = {"try", "attempt"}
_NOBODY = {"nobody", "none", "noone", "neither"}
_NET_WORDS = {"connectivity", "internet", "access", "connection", "data", "web", "network"}
_DROP_VERBS = {"fall", "drop", "plunge", "slow", "collapse", "plummet", "decline", "dip"}
_DROP_NOUNS = {"drop", "dip", "fall", "plunge", "collapse"}
_APPS = {"app", "apps", "messenger", "platform", "instagram", "whatsapp", "telegram", "signal"}
_SHARE_WORDS = {"normal", "%", "percent", "cent", "baseline", "usual"}
_DARK_VERBS = {"go"}
_DARK_WORDS = {"dark", "offline", "off", "down", "silent"}
_RESTORE_VERBS = {"restore", "unblock", "reconnect"}
_VANISH_VERBS = {"disappear", "vanish", "drop", "disconnect"}
_STATE_VERBS = {"be", "remain", "stay"}
_OFF_WORDS = {"off", "offline", "down", "unavailable", "inaccessible", "unreachable", "cut"}
_USE_WORDS = {"use", "access", "reach", "connect", "get"}
_SWITCH_VERBS = {"switch", "turn", "shut", "cut"}


def dated_line(tok: Token) -> bool:
    """The sentence of ``tok`` sits in a line that opens with a date, or right under a
    date heading ("30 December - Tehran" on a line of its own): a timeline entry, told
    in the historical present."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.sent.start_char) + 1
    if _DATED_LINE.match(text[start : start + 60]) is not None:
        return True
    lines = text[max(0, start - 200) : start].rstrip().split("\n")
    return len(lines) > 1 and _DATED_HEADING.match(lines[-1]) is not None  # the line above


def dated_entry(tok: Token) -> bool:
    """The line of ``tok`` is a dated entry: "01 Oct: ...", "17 July, Susangerd: ..."."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.sent.start_char) + 1
    return _ENTRY.match(text[start : start + 80]) is not None


def context_words(tok: Token, before: int = 2) -> set[str]:
    """Lemmas and words of the sentence of ``tok`` and of up to ``before`` sentences
    before it in the same paragraph."""
    sents = sentences(tok.doc)
    idx = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    if idx is None:
        return set()
    words: set[str] = set()
    for k in range(idx, max(idx - before, 0) - 1, -1):
        sent = sents[k]
        words |= {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if k < idx and "\n\n" in doc_text(tok.doc)[sent.end_char : sents[k + 1].start_char]:
            break
    return words


def attempt_made(gov: Token) -> bool:
    """ "tried to set fire", "had attempted to torch": an attempt that happened (a past,
    unnegated, unmodalised try/attempt) reports the act attempted."""
    if gov.lemma_.lower() not in _ATTEMPTS:
        return False
    auxes = [c for c in gov.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in auxes):
        return False
    for subj in (c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _NOBODY or any(d.lower_ == "no" for d in subj.children):
            return False  # "nobody has attempted to ..."
    if gov.tag_ == "VBD":
        return True
    if gov.tag_ == "VBN":
        return any(c.lemma_ == "have" for c in auxes)
    return gov.tag_ == "VBG" and gov.dep_ in ("acl", "advcl")


def connectivity_cut(tok: Token) -> bool:
    """ "connectivity *fell* to 5 per cent", "the internet *went dark*", "access was
    *restored*": what happened to the network tells a shutdown."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in _DROP_NOUNS:  # "a sharp *drop* in mobile connectivity"
        return any(_net(g) or _net_measure(g) for g in _in_objects(tok))
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in _DROP_VERBS:
        return any(_net(s) or _net_measure(s) for s in subjects) or _traffic_share(tok, subjects)
    if lemma in _DARK_VERBS:
        dark = any(c.lower_ in _DARK_WORDS for c in tok.children)
        return dark and any(_net(s) or _many(s) or _app(s) for s in subjects)
    if lemma in _RESTORE_VERBS:
        return any(_net(s) for s in (*subjects, *objects))
    if lemma in _VANISH_VERBS:  # "the country *disappeared* from the internet"
        froms = [g for c in tok.children if c.lower_ in ("from", "off") for g in c.children]
        return any(g.lemma_.lower() in ("internet", "web") for g in froms)
    if lemma in _STATE_VERBS and _off_state(tok, subjects):
        return True  # "mobile data *was* still off", "the internet has *been* down"
    if lemma == "stop" and _net_stopped(tok, subjects):
        return True  # "mobile data *stopped* working"
    if lemma == "be" and _unable_to_use(tok):
        return True  # "users *have been* unable to use mobile data"
    if lemma == "cut" and _country_cut_off(tok, subjects):
        return True  # "the country was almost entirely *cut* off for a week"
    if lemma in _SWITCH_VERBS and _switched_off(tok):
        return True  # "*switched* off the internet", with "off" parsed as a preposition
    if lemma in ("be", "go"):  # "80 million people *were* offline"
        offline = any(c.dep_ == "acomp" and c.lower_ == "offline" for c in tok.children)
        return offline and any(_many(s) for s in subjects)
    return False


def _in_objects(noun: Token) -> list[Token]:
    """The objects of the "in" complements of ``noun`` ("a drop *in connectivity*")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]


def _net_measure(noun: Token) -> bool:
    """A measure of the network: "*reachability*", "the connectivity *graphs*"
    (a noun modified by a network word)."""
    if noun.lemma_.lower() == "reachability":
        return True
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(mods & _NET_WORDS)


def _country_cut_off(verb: Token, subjects: list[Token]) -> bool:
    """A country or its people "cut off", in a passage about the network: "the country
    was almost entirely cut off for close to a week"."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    if not any(s.dep_ == "nsubjpass" and _many(s) for s in subjects):
        return False
    return bool(context_words(verb) & (_NET_WORDS | {"shutdown", "online", "offline"}))


def _app(noun: Token) -> bool:
    """Messaging apps and platforms: "messaging *apps* went silent"."""
    return noun.lemma_.lower() in _APPS or noun.lower_ in _APPS


def _traffic_share(verb: Token, subjects: list[Token]) -> bool:
    """ "traffic *fell* to five per cent of normal": traffic that fell to a share of
    its normal level (road traffic that "slowed" is no network)."""
    if verb.lemma_.lower() == "slow" or not any(s.lemma_.lower() == "traffic" for s in subjects):
        return False
    return any(t.lower_ in _SHARE_WORDS for t in verb.subtree)


def _off_state(verb: Token, subjects: list[Token]) -> bool:
    """A network said to be off: "mobile data was still *off*", "access remained *down*"."""
    off = any(
        c.dep_ in ("advmod", "acomp", "prt") and c.lower_ in _OFF_WORDS for c in verb.children
    )
    return off and any(_net(s) for s in subjects)


def _net_stopped(verb: Token, subjects: list[Token]) -> bool:
    """ "mobile data *stopped* working", "the internet stopped functioning"."""
    working = any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("work", "function") for c in verb.children
    )
    return working and any(_net(s) for s in subjects)


def _unable_to_use(verb: Token) -> bool:
    """ "residents *were* unable to use mobile data", "have been unable to access the
    internet": people cut off from the network."""
    for adj in (c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "unable"):
        for use in (c for c in adj.children if c.dep_ == "xcomp"):
            if use.lemma_.lower() in _USE_WORDS and any(
                c.dep_ in ("dobj", "pobj") and _net(c)
                for c in (*use.children, *(g for p in use.children for g in p.children))
            ):
                return True
    return False


def _switched_off(verb: Token) -> bool:
    """ "switched *off* the internet": the particle parsed as a preposition over the net."""
    return any(
        c.dep_ == "prep" and c.lower_ == "off" and any(_net(g) for g in c.children)
        for c in verb.children
    )


def _many(noun: Token) -> bool:
    """A whole population: "80 million people", "the country", "Iran"."""
    if noun.ent_type_ == "GPE" or noun.lemma_.lower() in ("country", "nation", "province"):
        return True
    return any(c.dep_ == "nummod" for c in noun.children)


def _net(noun: Token) -> bool:
    words = {noun.lemma_.lower()} | {
        c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")
    }
    if noun.lemma_.lower() == "access":
        return True
    if noun.lemma_.lower() in ("service", "line"):
        return bool(words & {"internet", "mobile", "data", "network"})
    own = {noun.lemma_.lower(), noun.lower_}  # "data" may be lemmatised as "datum"
    return bool((words | own) & _NET_WORDS) and bool(own & _NET_WORDS)


def purpose_adjunct(noun: Token) -> bool:
    """ "closed their shops *in protest*": a bare "in protest" adjunct."""
    if noun.tag_ != "NN" or noun.lemma_.lower() != "protest":
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in noun.children)


_STATIVE = {"be", "seem", "remain", "become", "appear"}


def anchored_use(noun: Token) -> bool:
    """A vague event noun ("unrest", "clashes") told of as an event: the subject of a
    verb ("the unrest *spread*", "was organised by"), the noun of a clause ("clashes
    *that broke out*"), what people took part in, or a verbless dated entry."""
    if any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" for c in noun.children):
        return True
    if dated_entry(noun) and not any(t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return True  # "06 Oct: Heavy clashes in the east overnight."
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.lemma_.lower() not in _STATIVE
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        verb = noun.head.head
        if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
            verb = verb.head
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        return main and verb.lemma_.lower() in ("take", "participate")
    return False
