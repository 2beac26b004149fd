"""Places: toponyms resolved against an offline GeoNames gazetteer.

:class:`Locator` finds the event places of a mention in the sentence(s) of its
evidence:

1. *toponyms* (:mod:`._where_toponyms`) are GPE/LOC/FAC entities and capitalised
   word sequences that the :class:`Gazetteer` knows (surnames of people named in
   the article excepted; "Sistan" + "and" + "Baluchestan province" joined);
2. each gets a *role*: ``event`` (where it happened), ``weak`` (the seat of a
   domestic official or agency: "Tehran's prosecutor"; a landmark that only locates
   another place: "a prison south of Tehran"; used only when the sentence names no
   event place) or ``ignored`` (a speaker's or a foreign body's location, "-based",
   a news outlet's name, a dateline, a demonym on people, a place the protest is in
   solidarity with);
3. "X's suburbs", "took off from X", an aircraft "near X" coarsen a city to its
   province; a list whose items are mostly provinces makes its ambiguous items
   ("Isfahan") provinces too; "Kazerun, in the province of Fars" keeps the town;
4. "nationwide", "across the country", "Iranian cities" give the country alone;
5. with no place in the trigger's clause, in order: a place of the clause that
   governs the trigger ("X died in Minsk; ... he was shot"), a place of a relative
   clause on the trigger's participants ("executed two men who had been convicted of
   a killing in Karaj"; a trigger "in the province" takes their provinces; not an
   aside on a named subject: "X, who covered the funeral in Y, was detained"), a weak
   place (the story city when the weak place is its province; none for an online
   block: "a court in Tehran ordered Telegram blocked" is the country's), the place
   in force in the preceding sentences or the heading above when the sentence
   points back to it ("there", "the city", "the province", an unknown landmark
   such as "Azadi Square"; "the provincial governor said" with no story place),
   the place of the closest sentence before it in the same paragraph
   (the country alone when that sentence is set "in Iran"; or of the next one),
   else of the heading just above (:mod:`._where_heading`:
   "Shadegan", "Place: Karaj") when the sentence names no place, the story place
   (:mod:`._where_story`: the city of the lead, a home dateline and "the city", or
   the province most event places name) unless the sentence widens the scope ("in
   several cities", "since the election"), and last the article's main country
   (:mod:`._where_article`: weighted count of the countries of its toponyms and
   demonyms, lead sentence doubled); a count "in total" or a period "of protests"
   (:mod:`._where_overall`) or an estimate "puts the number at more than 500"
   (:mod:`._where_totals`) borrows no city, nor does an act set within the whole
   movement ("killed during the unrest": the paragraph's or the story's city) or a
   running count of the courts ("11 of them have been sentenced to death",
   :mod:`._where_cumulative`) or a general strike. A
   borrowed province holding the story city gives the city (:mod:`._where_scene`);
   an aircraft brought down takes the province of the city it borrows
   (:mod:`._where_airborne`);
6. a block "across the country" beside cuts in named places keeps the country
   too (:mod:`._where_blackout`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial

from spacy.tokens import Doc, Span

from unrest.extract._gazetteer import Entry, Gazetteer, default_gazetteer
from unrest.extract._where_agent import copular_origin
from unrest.extract._where_airborne import airborne
from unrest.extract._where_anchor import anchored
from unrest.extract._where_article import LIST_CITIES, main_country, person_words, story_place
from unrest.extract._where_blackout import nationwide_block
from unrest.extract._where_capital import serves
from unrest.extract._where_clauses import (
    charge,
    dedupe,
    in_object_clause,
    near_trigger,
    same_clause,
    sequel,
    state_as_actor,
)
from unrest.extract._where_conjuncts import own_conjunct
from unrest.extract._where_context import (
    custody,
    national_speaker,
    nationwide_own,
    online_block,
    points_back,
    province_place,
    provincial_speaker,
    spread,
    under,
    vague_scope,
    widened,
)
from unrest.extract._where_coord import parallel_sites, with_list_mates, within_evidence
from unrest.extract._where_corefsite import site_city
from unrest.extract._where_court import court_capital, top_court
from unrest.extract._where_cumulative import running_sentences
from unrest.extract._where_grievance import in_grievance
from unrest.extract._where_heading import Sections
from unrest.extract._where_linked import included, linked_total, movement_tally
from unrest.extract._where_nationwide import nationwide_place
from unrest.extract._where_others import subcount, with_countries
from unrest.extract._where_overall import (
    general_strike,
    listed_case,
    movement_frame,
    movement_period,
    part_of_total,
    unplaced,
)
from unrest.extract._where_parliament import at_parliament
from unrest.extract._where_qualified import qualified_towns
from unrest.extract._where_quarters import in_story_city, squares_in_story, without_quarters
from unrest.extract._where_ranked import movement_noun, movement_span, ranked, unnamed_spread
from unrest.extract._where_sametime import same_time
from unrest.extract._where_scene import within_story
from unrest.extract._where_sentences import city_before, of_speech, pronoun_subject, sentences_of
from unrest.extract._where_story import paragraph_ids
from unrest.extract._where_subclause import own_subject_clause
from unrest.extract._where_toponyms import Toponym, find_toponyms
from unrest.extract._where_totals import estimate, tally
from unrest.extract._where_unnamed import unnamed_towns
from unrest.extract._where_victim import victim_site
from unrest.extract._where_when import in_when_clause
from unrest.extract._where_years import local_years, past, years
from unrest.model import Place

__all__ = ["Gazetteer", "Locator", "Toponym", "find_toponyms", "default_gazetteer"]

#: How many sentences back a pointing-back sentence looks for the place in force.
_LOOKBACK = 6


class Locator:
    """The places of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer or default_gazetteer()
        self._persons = person_words(doc)
        self._sents = list(doc.sents)
        self._order = {s.start: i for i, s in enumerate(self._sents)}
        self._paragraphs = paragraph_ids(doc, self._sents)
        self._cache: dict[int, list[Toponym]] = {}
        #: Toponyms with townships folded into the story city, once that city is known.
        self._folded: dict[int, list[Toponym]] = {}
        self._story_entry: Entry | None = None
        self.latest_year = max((y for s in self._sents for y in years(s)), default=None)
        self.main_country, homeless = main_country(self._sents, self.gazetteer, self._persons)
        if self.main_country is None:  # the first pass resolved with this same home
            self._cache = {k: without_quarters(v) for k, v in homeless.items()}
        self.story_place = story_place(
            self._sents, self.toponyms, self.gazetteer, self.main_country
        )
        self._story_entry = self._entry_of(self.story_place)
        self._sections = Sections(self._sents, self._paragraphs, self.gazetteer, self.main_country)

    def toponyms(self, sent: Span) -> list[Toponym]:
        """Resolved toponyms of sentence ``sent`` with their roles, in text order.

        While the story place is being found there is no story city to fold
        townships into; once it is known, each sentence's result is kept.
        """
        key = sent.start
        if key in self._folded:
            return self._folded[key]
        if key not in self._cache:
            self._cache[key] = without_quarters(
                find_toponyms(sent, self.gazetteer, self.main_country, self._persons)
            )
        if self._story_entry is None:
            return self._cache[key]
        folded = in_story_city(self._cache[key], self._story_entry)
        self._folded[key] = squares_in_story(folded, self._story_entry)
        return self._folded[key]

    def _entry_of(self, place: Place | None) -> Entry | None:
        """The gazetteer entry of a city ``place``."""
        if place is None or place.city is None:
            return None
        found = self.gazetteer.candidates(place.city)
        return next((e for e in found if e.geonameid == place.geonameid), None)

    def places_for(self, trigger: Span, evidence: Span) -> tuple[Place, ...]:
        """The event places of the mention cued by ``trigger`` in ``evidence``.

        Looks in the sentence(s) covering ``evidence``, then in the context (see
        the module docstring); falls back to the article's main country, or ``()``
        when the article names no country at all.
        """
        sents = sentences_of(evidence)
        every = [t for s in sents for t in self.toponyms(s)]
        tops = [t for t in every if same_clause(t, trigger)]
        text = " ".join(s.text.lower() for s in sents)
        strong = [
            t
            for t in tops
            if t.role == "event" and not state_as_actor(t, trigger) and not anchored(t, trigger)
        ]
        held = custody(trigger)  # "beaten in custody": only a place said of the beating
        strong = near_trigger(strong, trigger) or ([] if held else strong)
        strong = within_evidence(strong, evidence)  # "killed in A, and police in B detained"
        strong = within_evidence(with_list_mates(strong, every), evidence)  # "in A, B and C"
        strong = own_conjunct(strong, trigger)  # "killed in A, and police in A and B detained"
        strong = own_subject_clause(strong, trigger)  # "women burning X in A and a crowd ... in B"
        strong = parallel_sites(strong, tops)  # "at the A Works and the firm X in B"
        strong = qualified_towns(strong, every)  # "in X, in neighbouring Y province"
        scope = vague_scope(trigger)
        if scope:
            strong = [t for t in strong if any(under(t.span.root, a) for a in scope)]
        strong = [
            t
            for t in strong
            if not charge(t, trigger)
            and not sequel(t, trigger)
            and (not t.anaphor or serves(t.span.root, trigger))
        ]
        # "protests in dozens of cities", "the protests that followed the price rise"
        spread_out = unnamed_spread(trigger) or movement_noun(trigger) or movement_period(trigger)
        if spread_out:
            strong = [t for t in strong if under(t.span.root, trigger.root)]
        total = linked_total(trigger)  # "N executed in connection with the protests"
        overall = unplaced(trigger)  # ... or "N deaths in total", "later sentenced": no place
        if (
            total is not None
            and strong
            and all(included(t, total) or listed_case(t, total) for t in strong)
        ):
            return (self._country_place(strong[0].entry.country),)  # "including in X"
        places = [t.place for t in strong]
        borrowed = not places  # a place in force, not one the sentence names
        # "spread to Tehran's suburbs, Shahriar, ...": the suburbs stay beside Shahriar
        areas = {(t.entry.country, t.entry.admin1) for t in strong if t.coarse}
        charged = any(charge(t, trigger) for t in tops)  # "for burning X in Y": Y not ours
        if not places and self.main_country and top_court(trigger):
            return (self._country_place(),)  # "the Supreme Court upheld the sentences"
        if not places and at_parliament(trigger):  # "gathered outside parliament"
            seat = court_capital(self.gazetteer, self.main_country)
            if seat is not None:
                return (seat,)
        if not places and (held or charged or ranked(trigger)) and self.main_country:
            return (self._country_place(),)  # "beaten in custody": no place of the story
        # a past episode ("the November 2019 uprising, when it killed ...") borrows
        # no place from the story around it
        old = past(local_years(trigger), self.latest_year)
        if not places and not old:
            places = self._home_of(
                every,
                lambda t: (
                    t.role == "event"
                    and t not in tops
                    and not t.anaphor
                    and not anchored(t)
                    and not under(t.span.root, trigger.root)
                ),
            )
        if not places:  # "fired at protesters who had fled into marshes in X"
            places = self._home_of(
                every,
                lambda t: t.role == "event" and t not in tops and in_object_clause(t, trigger),
            )
        if not places:  # "were killed when gunmen fired on them in X"
            places = self._home_of(
                every, lambda t: t.role == "event" and in_when_clause(t, trigger)
            )
        if not places:  # "shot X, a student at Y University in Z"
            places = self._home_of(tops, lambda t: victim_site(t, trigger))
        pointed = cache(partial(points_back, sents, self.gazetteer, trigger))  # one scan
        if places and borrowed and pointed() == "province":  # "A, B ...; killed in the province"
            places = [self._province_of(p) for p in places]
        # "blocked WhatsApp": the country's, unless placed ("in parts of the province")
        online = online_block(trigger) and pointed() is None
        if not places and not online:  # "the government in Tehran cut the internet"
            # "X said ..., and officials in Y"; not "over a rape by a commander in Y"
            seats = [t for t in own_conjunct(tops, trigger) if not in_grievance(t, trigger)]
            places = self._weak(seats)
            if places and pointed() == "city":
                places = self._city_within(sents[0], places)
        if not places and not online and not old:  # "Santiago's metro ... the metro"
            places = self._home_of(self._site_city(sents[0]), lambda t: t.role == "event")
        if not places:
            level = pointed()
            if level is None and not online and any(same_time(s) for s in sents):
                level = "any"  # "detained the same day": the scene told just before
            if level is None and self.story_place is None and provincial_speaker(sents):
                level = "province"  # "the provincial governor said ...": the province in force
            # "in several provinces": no one place in force
            wide = any(spread(s) for s in sents)
            places = self._in_force(sents[0], level) if level and not (wide or overall) else []
            if level == "city" and not (wide or overall):  # "in that city": one just named
                places = [t.place for t in city_before(every, trigger, self.main_country)] or places
        nationwide = nationwide_place(sents, text, self.gazetteer, self.main_country)
        # "killed during the unrest", "11 have been sentenced": the movement's count,
        # no one city's (a story province stays)
        framed = movement_frame(trigger) or running_sentences(trigger) or general_strike(trigger)
        beside: list[str] = []  # "killed across the country, three of them in X": both
        if nationwide and nationwide_own(trigger):
            places = [nationwide]  # "imposed a curfew in X and cut the internet nationwide"
            sub = [t.place for t in strong if subcount(t)]  # "..., three of them in X"
            places, beside = places + sub, beside + [nationwide.country] * bool(sub)
        elif nationwide:
            places = [p for p in places if p.admin1 is not None] + [nationwide]
        if (
            not places
            and not old
            and not any(self._placed(t) and not in_grievance(t, trigger) for t in every)
            and not national_speaker(sents, trigger)
            and not (online or overall)
            and not movement_tally(trigger)  # "the number executed over the protests"
            and not estimate(trigger)  # "put the number arrested at 2,500": the country's
        ):
            near = self._paragraph_places(sents) or self._sections.near(sents[0])  # a heading's
            places = [p for p in near if not widened(sents, p) and not (framed and p.city)]
        if (
            not places
            and self.story_place
            and not widened(sents, self.story_place)
            and not (framed and self.story_place.city)
            and not old
            and not online
            and not national_speaker(sents, trigger)
            and not tally(trigger)  # "the number of people hanged": the country's count
            and total is None
            and not overall
            and not any(state_as_actor(t, trigger) for t in tops)  # "Iran hanged X"
        ):
            places = [self.story_place]
        if borrowed and (spread_out or movement_span(trigger)):  # no one city
            places = [p for p in places if p.city is None]
        if not places and self.main_country:
            places = [self._country_place()]
        if borrowed and airborne(trigger):  # "the airliner was shot down": X's province
            places = [self._province_of(p) for p in places]
        if (
            not borrowed
            and self.main_country
            and nationwide_block(trigger, sents, every, self.main_country)
        ):  # "blocked across Iran, and shut down in Tehran": both
            beside.append(self.main_country)
        if not borrowed and any(p.city for p in places) and unnamed_towns(trigger):
            beside += [p.country for p in places]  # "in X and spread to dozens of cities"
        return with_countries(dedupe(places, areas), beside, self.gazetteer)

    def _country_place(self, code: str | None = None) -> Place:
        """The country ``code`` alone; by default the article's main country."""
        code = code or self.main_country or ""
        entry = self.gazetteer.country(code)
        return entry.place() if entry else Place(code)

    def _province_of(self, place: Place) -> Place:
        """The province of a city ``place``; any other place as it is."""
        if place.city is None or place.admin1 is None:
            return place
        return province_place(self.gazetteer, place.admin1, place.country)

    def _weak(self, tops: list[Toponym]) -> list[Place]:
        """Seats of officials ("Fars province judiciary"); the story city when they hold it."""
        weak = [
            t.place
            for t in tops
            if t.role == "weak"
            and t.entry.admin1
            and (self.main_country is None or t.entry.country == self.main_country)
        ]
        story = self.story_place
        if (
            weak
            and story is not None
            and story.city is not None
            and all(
                p.city is None and p.country == story.country and p.admin1 == story.admin1
                for p in weak
            )
        ):
            return [story]
        return weak

    def _city_within(self, sent: Span, places: list[Place]) -> list[Place]:
        """The city in force inside the provinces ``places`` name, for a sentence that
        speaks of "the city" ("the police chief of X province said 47 were arrested in
        the city"); else ``places``."""
        if any(p.city is not None for p in places):
            return places
        areas = {(p.country, p.admin1) for p in places}
        found = [
            p for p in self._in_force(sent, "city") if p.city and (p.country, p.admin1) in areas
        ]
        return found or places

    def _home_of(self, toponyms: Sequence[Toponym], test: Callable[[Toponym], bool]) -> list[Place]:
        """Places of ``toponyms`` in the main country, below country level, that pass ``test``."""
        return [
            t.place
            for t in toponyms
            if t.entry.country == self.main_country and t.entry.admin1 and test(t)
        ]

    def _home_places(
        self, sent: Span, city_only: bool = False, abroad: bool = False
    ) -> list[Place]:
        """Event places of the main country below country level named in ``sent``; with
        ``abroad``, the cities of other countries instead."""
        return [
            t.entry.place(t.span.text)
            for t in self.toponyms(sent)
            if t.role == "event"
            and t.entry.admin1
            and (t.entry.country == self.main_country) != abroad
            and (not (abroad or city_only) or t.entry.kind == "city")
            and not (abroad and of_speech(t))
            and not t.anaphor
            and not anchored(t)
            and not part_of_total(t)  # "executed ...: A in X, B in Y": the country's
            and not copular_origin(t.span.root)  # "he was from a village near X"
        ]

    def _placed(self, top: Toponym) -> bool:
        """Whether ``top`` gives its sentence a place of its own (all but the home country)."""
        return top.role != "ignored" and not (
            top.entry.kind == "country" and top.entry.country == self.main_country
        )

    def _in_force(self, sent: Span, level: str) -> list[Place]:
        """Home places named in the closest preceding sentence, else the story place.

        "the city" (``level`` "city") looks for a city first; "the province" takes the
        province of the place in force; in a story of one province, that province.
        """
        story = self.story_place
        if level == "province" and story is not None and story.city is None:
            return [story]  # "detained in the province", after solidarity rallies elsewhere
        index = self._order.get(sent.start, 0)
        window = list(reversed(self._sents[max(0, index - _LOOKBACK) : index]))
        found: list[Place] = []
        if level == "city":
            found = next((f for p in window if (f := self._home_places(p, city_only=True))), [])
        if not found:
            at, homes = next(((p, f) for p in window if (f := self._home_places(p))), (None, []))
            found = self._town_of(homes, self._order[at.start]) if at is not None else []
            found = self._sections.closer(sent, at) or found  # a heading closer than that
        if not found and story is not None and (level == "province" or story.city):
            found = [story]
        if level != "province":  # "the crowd" in a story set in Zahedan: the city
            found = within_story(found, story)
        if level == "province":
            return [province_place(self.gazetteer, str(p.admin1), p.country) for p in found]
        return found

    def _site_city(self, sent: Span) -> list[Toponym]:
        """The city an earlier sentence gave a thing ``sent`` takes up with "the"."""
        index = self._order.get(sent.start, 0)
        window = list(reversed(self._sents[max(0, index - _LOOKBACK) : index]))
        return site_city(sent, window, self.toponyms)

    def _paragraph_places(self, sents: list[Span]) -> list[Place]:
        """Home places of the closest sentence before in the same paragraph, else of the
        one just after when it goes on about the same people ("He was hanged in Karaj").

        A neighbour that spreads its event over many places ("in Tehran and other
        cities") lends none, and the search stops there.
        """
        first = self._order.get(sents[0].start, 0)
        last = self._order.get(sents[-1].start, first)
        para = self._paragraphs[first]
        j = first - 1
        while j >= 0 and self._paragraphs[j] == para:
            # "detained by the police in Tehran": a seat is the neighbour's own place
            found = self._home_places(self._sents[j]) or self._weak(self.toponyms(self._sents[j]))
            # a paragraph about a town abroad ("2) Peru: ... in the city of Juliaca")
            found = found or self._home_places(self._sents[j], abroad=True)
            if found and not spread(self._sents[j]):
                return self._many_cities(self._town_of(found, j), sents)
            if found:
                break
            if self._country_scene(self._sents[j]):  # "28 journalists detained in Iran"
                return [self._country_place()]
            j -= 1
        nxt = last + 1
        if (
            nxt < len(self._sents)
            and self._paragraphs[nxt] == para
            and pronoun_subject(self._sents[nxt])
        ):
            found = self._home_places(self._sents[nxt])
            if found and not spread(self._sents[nxt]):
                return found
        return []

    def _country_scene(self, sent: Span) -> bool:
        """Whether ``sent`` sets its event in the main country itself ("at least 28
        journalists have been detained in Iran"): the next sentence of its paragraph
        goes on at that level, not in the story city."""
        return any(
            t.role == "event"
            and t.entry.kind == "country"
            and t.entry.country == self.main_country
            and t.span.root.dep_ == "pobj"
            for t in self.toponyms(sent)
        )

    def _town_of(self, found: list[Place], index: int) -> list[Place]:
        """The one city an earlier sentence of the same paragraph names inside the
        provinces ``found`` ("X, 17 May. At the burial in her home town in Y province,
        ...": X); else ``found``."""
        if not found or any(p.city is not None or p.admin1 is None for p in found):
            return found
        areas = {(p.country, p.admin1) for p in found}
        para = self._paragraphs[index]
        towns: set[Place] = set()
        j = index - 1
        while j >= 0 and self._paragraphs[j] == para:
            towns.update(
                p
                for p in self._home_places(self._sents[j])
                if p.city and (p.country, p.admin1) in areas
            )
            j -= 1
        cities = {p.city for p in towns}
        return [next(iter(towns))] if len(cities) == 1 else found

    def _many_cities(self, found: list[Place], sents: list[Span]) -> list[Place]:
        """Places a sentence lends to its neighbours: a list of many cities lends only
        the province they share ("killed in A, B, C and D. Hundreds were wounded": the
        province), or nothing when they lie in several provinces or the borrowing
        sentence speaks of unnamed places ("in most Kurdish towns")."""
        cities = {p.city for p in found if p.city}
        if len(cities) < LIST_CITIES:
            return found
        provinces = {(p.country, p.admin1) for p in found}
        if len(provinces) != 1 or any(spread(s) for s in sents):
            return []
        country, admin1 = provinces.pop()
        return [province_place(self.gazetteer, str(admin1), country)]
