"""More clause tests for event triggers (private to ``events``).

Tests that look at a trigger's surroundings rather than its own words:

* a verb named only as the content of a charge ("hanged *for blocking* a street");
* a verb under a time clause reached through a report ("after officials admitted
  that the Guards had *shot down* the airliner");
* a clause whose object is anyone at all ("denied that police had *fired at
  anyone*"; relative clauses about people in general are ``_events_whoever``'s);
* a participle used as an adjective ("called the hangings *revolting*");
* a clause reported under a negated saying verb ("did not say how many were
  *prison terms*");
* a protest verb that only describes the victims of another event ("detained 40
  workers *who had gathered*");
* events without a lexicon verb: shops that "stayed *shut*", shopkeepers who
  "kept their *shutters* down", a crowd "*dispersed*", protesters who "*died*",
  "the shots *came from* the police", crowds "*reported* on the boulevard" or
  "put at 40,000", protests that "*spread* to" or protesters who "*appeared* in"
  places (see ``_events_fired``, ``_events_crowds``, ``_events_spread``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract import _events_assembly as assembly
from unrest.extract import _events_blame as blame
from unrest.extract import _events_blows as blows
from unrest.extract import _events_buildings as buildings
from unrest.extract import _events_comeout as comeout
from unrest.extract import _events_crowds as crowds
from unrest.extract import _events_cues4 as cues4
from unrest.extract import _events_cues5 as cues5
from unrest.extract import _events_custody as custody
from unrest.extract import _events_fired as fired
from unrest.extract import _events_force as force
from unrest.extract import _events_injured as injured
from unrest.extract import _events_spread as spread
from unrest.extract import _events_tolls as tolls
from unrest.extract import _events_turnout as turnout
from unrest.extract._events_burning import burning_property, ruined_property_seen
from unrest.extract._events_fragments import fragment_participle, shutters_down
from unrest.extract._events_restated import restated_count
from unrest.extract._events_struck import hit_by_weapon
from unrest.extract._events_workplace import workplace_sit_in

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_TIME_MARKS = {"after", "since", "before", "until", "once"}
_REPORT_DEPS = {"ccomp", "conj"}
_ANY_PEOPLE = {"anyone", "anybody", "anything", "whoever"}
_SAYING = {"say", "tell", "disclose", "reveal", "specify", "confirm", "report", "know"}
_SAYING |= {"show", "establish", "determine", "verify", "prove"}  # "cannot show who fired"
_PREDICATIVE = {"oprd", "acomp", "attr"}
_QUANTITY = {"dozen", "hundred", "thousand", "score", "ten", "number", "group", "crowd", "lot"}
_STAY_VERBS = {"stay", "remain", "keep", "be", "stand"}
_CLOSED = {"shut", "closed", "close", "shuttered"}
_SHUTTERED_NOUNS = {"shutter"}
_SHOP_NOUNS = {"shop", "store", "bazaar", "market", "business", "stall", "workshop", "shutter"}
_SHOPKEEPERS = {"shopkeeper", "merchant", "trader", "bazaari", "shopowner", "storekeeper"}
_SHARES = {"number", "majority", "most", "many", "some", "all", "half", "dozen", "hundred"}


def _of_objects(noun: Token) -> list[Token]:
    """ "a number *of shops*": the people or things a quantity word counts."""
    return [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def charge_content(verb: Token, onto: Ontology) -> bool:
    """ "hanged *for blocking* a street", "jailed over *insulting* the leader": a gerund
    naming the charge of a judicial act, not an event reported."""
    gerund = verb
    while gerund.dep_ == "conj" and gerund.head.i != gerund.i:
        gerund = gerund.head
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ not in ("for", "over"):
        return False
    return prep.head.lemma_.lower() in onto.words("judicial_verbs")


def reported_in_time_clause(verb: Token) -> bool:
    """A verb in a clause reported under a time clause: "after the authorities
    admitted that the Guards had *shot down* the airliner" only dates the main event."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in _REPORT_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in cur.children
        ):
            return True
    return False


def about_anyone(verb: Token) -> bool:
    """ "fired at *anyone*", "arrested anybody": an object that names nobody in particular."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in _ANY_PEOPLE:
            return not cues4.specific_anyone(child)
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in _ANY_PEOPLE and not cues4.specific_anyone(g)
            for g in child.children
        ):
            return True
    return False


def predicative_participle(verb: Token) -> bool:
    """ "the hangings were *revolting*", called them "*revolting*": an -ing form used
    as an adjective (a predicate, or a one-word quotation)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ in _PREDICATIVE:
        return True
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    quoted = doc[verb.i - 1].is_quote and doc[verb.i + 1].is_quote
    return quoted and all(c.is_punct for c in verb.children)


def under_negated_saying(verb: Token) -> bool:
    """ "He did not say how many were prison terms", "the images cannot show who burned
    them or how people were killed": a clause under a negated report."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "... who burned them *or how people were killed*"
    for _ in range(3):
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        negated = any(c.dep_ == "neg" for c in cur.children)
        if negated and cur.lemma_.lower() in _SAYING:
            return True
    return False


def describes_victims(verb: Token, other_verbs: set[int]) -> bool:
    """ "detained 40 workers *who had gathered*": a relative clause on the people
    another event happened to describes them; it is not a report of its own."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    owner = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and (owner.like_num or owner.lemma_.lower() in _QUANTITY)
    ):
        noun = owner  # "detained dozens of workers who had gathered"
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        if noun.head.dep_ == "agent" or noun.head.lower_ == "by":
            return False  # "caught by three officers *who beat him*": the doers, not victims
        return noun.head.head.i in other_verbs
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in other_verbs


def closed_shops(tok: Token) -> bool:
    """ "shops *stayed shut*", "the bazaar was closed", "kept their *shutters* down"."""
    lemma = tok.lemma_.lower()
    if lemma in _CLOSED or tok.lower_ in _CLOSED:
        holders = [tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass"))]
        subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ in ("acomp", "oprd", "advcl") and tok.head.lemma_.lower() in _STAY_VERBS:
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [g for s in subjects if s.lemma_.lower() in _SHARES for g in _of_objects(s)]
        if any(s.lemma_.lower() in _SHOP_NOUNS for s in subjects):
            return tok.dep_ != "relcl" and tok.head.dep_ != "relcl"
        intransitive = not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children)
        return intransitive and any(s.lemma_.lower() in _SHOPKEEPERS for s in subjects)
    if lemma == "keep":
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        down = any(c.lower_ == "down" for c in tok.children)
        return down and any(o.lemma_.lower() in _SHUTTERED_NOUNS for o in objs)
    return False


_STAY_AWAY = {"stay", "keep", "remain"}
_WORKPLACES = {"work", "job", "road", "highway", "workplace", "factory", "office", "class"}


def stayed_away(verb: Token) -> bool:
    """ "truck drivers *stayed off* the roads", "workers stayed away from work": a strike."""
    if verb.lemma_.lower() not in _STAY_AWAY:
        return False
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod", "prt")):
        if prep.lower_ not in ("off", "away", "from"):
            continue
        for obj in prep.subtree:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _WORKPLACES:
                return True
    return False


def dispersed_crowd(tok: Token, onto: Ontology) -> bool:
    """ "a crowd *was dispersed*": a gathering. The object of an active dispersal
    ("police dispersed the crowd with tear gas") only names whom the force was used
    on; the gathering itself is told, if at all, by its own words."""
    if tok.dep_ != "nsubjpass":
        return False
    return tok.head.lemma_.lower() in onto.words("dispersal_verbs")


def violent_death(verb: Token, onto: Ontology) -> bool:
    """ "several protesters *died* after canisters struck them", "died of gunshot
    wounds": a death of a protester or from violence is an attack; a bare "died"
    (an illness, an accident) is not."""
    if verb.lemma_.lower() != "die":
        return False
    causes = onto.words("violent_death_causes")
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in onto.words("protest_people"):
            return True
        cause = child.dep_ == "prep" and child.lower_ in ("of", "from", "after")
        if cause or (child.dep_ == "advcl" and child.i > verb.i):
            words = {g.lemma_.lower() for g in child.subtree}
            if words & causes:
                return True
    return False


def extra_cues(tok: Token, onto: Ontology) -> list[tuple[str, str]]:
    """(type, kind) cues that no lexicon entry gives: closed shops (a strike), a
    dispersed crowd (a protest), a violent death (an attack)."""
    found: list[tuple[str, str]] = []
    verbal_strike = tok.pos_ in ("VERB", "ADJ", "AUX") and (
        closed_shops(tok) or stayed_away(tok) or cues4.refused_work(tok) or workplace_sit_in(tok)
    )
    if verbal_strike or shutters_down(tok):  # "Grand Bazaar: shutters down in ..."
        found.append(("strike", "phrase"))
    people = onto.words("protest_people")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in people and dispersed_crowd(tok, onto):
        found.append(("protest", "agent"))
    if spread.spread_protest(tok, onto) or cues5.clashed_with_forces(tok):
        found.append(("protest", "verb"))
    if (
        turnout.counted_turnout(tok, onto)
        or comeout.came_out(tok)
        or assembly.took_over_place(tok)
        or cues5.out_in_the_streets(tok)
    ):
        found.append(("protest", "phrase"))
    if (
        crowds.crowd_at_place(tok)
        or crowds.crowd_estimate(tok)
        or spread.spread_in_places(tok, onto)
    ):
        found.append(("protest", "phrase"))
    took_part = turnout.counted_participants(tok)
    if took_part is not None:
        found.append((took_part, "verb"))
    if tok.pos_ == "VERB" and (violent_death(tok, onto) or tolls.counted_deaths(tok, onto)):
        found.append(("attack", "verb"))
    elif tolls.toll_cue(tok, onto):
        found.append(("attack", "noun"))
    if (
        custody.dragged_into_vehicle(tok)
        or custody.held_in_custody(tok)
        or custody.taken_from_place(tok)
        or custody.taken_into_custody(tok)
    ):
        found.append(("arrest", "phrase"))
    if hit_by_weapon(tok, onto) or injured.treated_injuries(tok) or blows.blow_to_person(tok):
        found.append(("attack", "verb"))
    if (
        fired.shots_came_from(tok)
        or fired.came_under_fire(tok)
        or force.force_used(tok)
        or blame.blamed_for_killing(tok, onto)
    ):
        found.append(("attack", "phrase"))
    if (
        burning_property(tok, onto)
        or ruined_property_seen(tok, onto)
        or buildings.crowd_attacked_building(tok, onto)
    ):
        found.append(("property_attack", "phrase"))
    field = fragment_participle(tok)  # "Circumstances: *Shot* in the head by ..."
    if field is not None:
        found.append((field, "phrase"))
    restated = restated_count(tok, onto)
    if restated is not None:
        found.append((restated, "phrase"))
    return found


def not_a_report(verb: Token, onto: Ontology) -> bool:
    """Any of this module's reasons why a verb trigger reports no event."""
    return (
        charge_content(verb, onto)
        or reported_in_time_clause(verb)
        or predicative_participle(verb)
        or cues4.struck_by(verb)
    )


def related_modifier(noun: Token) -> bool:
    """ "a *protest*-related execution": the noun only classifies another one."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text not in ("-", "\u2010", "\u2011"):
        return False
    return doc[noun.i + 2].lower_ in ("related", "linked", "connected", "era", "style")


_REFERRING_DETS = {"the", "these", "those", "this", "that"}
_SETTING_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"}


def bare_reference(noun: Token, event_verbs: frozenset[str], participation: frozenset[str]) -> bool:
    """ "The oil ministry played down *the walkout*", "*these executions* drew
    condemnation": a definite event noun with nothing of its own (no modifier,
    complement or number), in a clause that neither reports an event, nor tells
    who took part ("the MEK is organizing the uprising", ``participation``), nor
    sets it in a place, time or circumstance, only refers back to an event told before."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.tag_ not in ("NN", "NNS"):
        return False
    kids = [c for c in noun.children if not c.is_punct]
    if not kids or any(c.dep_ != "det" or c.lower_ not in _REFERRING_DETS for c in kids):
        return False
    verb = noun.head
    if verb.lemma_.lower() in event_verbs | participation or verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        if child.i == noun.i or child.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "conj"):
            continue
        if child.dep_ in ("prep", "agent", "advcl") and child.lower_ != "about":
            return False  # "the shooting came from armoured vehicles"
        if any(t.ent_type_ in _SETTING_ENTS for t in child.subtree):
            return False
    return True
