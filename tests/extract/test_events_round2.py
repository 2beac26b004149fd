"""Event triggers, round 2: linked references, denied subjects, relative modifiers,
appositive patients, participle modifiers of strike phrases, firebombs, shop closures."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import event_types, pairs


def test_event_noun_linked_to_a_case_is_no_protest(nlp: Language) -> None:
    text = "A court jailed two students in a case arising from the riots in the port city."
    assert "protest" not in event_types(nlp, text)
    assert "arrest" in event_types(nlp, text)


def test_event_noun_connected_to_trials_is_no_protest(nlp: Language) -> None:
    text = "Four teachers were hanged last year in trials connected to the demonstrations."
    assert event_types(nlp, text) == {"execution"}


def test_event_noun_backed_by_songs_is_no_protest(nlp: Language) -> None:
    text = "The singer was sentenced to two years for poems supporting the rallies."
    assert event_types(nlp, text) == {"sentencing"}


def test_linked_noun_with_its_own_clause_is_kept(nlp: Language) -> None:
    text = "The minister tied the arrests to the protests that erupted in the capital in May."
    assert "protest" in event_types(nlp, text)


def test_pluperfect_conviction_describing_the_hanged_is_no_sentencing(nlp: Language) -> None:
    text = "The authorities executed a wrestler, Omid Razavi, who had been convicted of spying."
    assert event_types(nlp, text) == {"execution"}


def test_simple_past_conviction_in_relative_clause_is_kept(nlp: Language) -> None:
    text = "Among them is a cook, 31, who was convicted of throwing stones in March."
    assert "sentencing" in event_types(nlp, text)


def test_denied_subject_is_no_event(nlp: Language) -> None:
    assert event_types(nlp, "No officer has been convicted over the deaths of the miners.") == set()
    assert event_types(nlp, "Nobody was detained at the rally's end, organisers said.") == {
        "protest"
    }
    assert "arrest" not in event_types(nlp, "No arrests were made after the march.")


def test_no_fewer_than_is_not_a_denial(nlp: Language) -> None:
    assert event_types(nlp, "No fewer than 40 nurses were detained in the city.") == {"arrest"}


def test_further_sentence_told_in_the_past_is_kept(nlp: Language) -> None:
    text = "Her lawyer said she had been given a further two-year sentence."
    assert event_types(nlp, text) == {"sentencing"}


def test_further_event_in_the_future_is_dropped(nlp: Language) -> None:
    assert event_types(nlp, "Further strikes are planned for the spring.") == set()
    assert event_types(nlp, "The union called for further strikes.") == set()


def test_appositive_names_the_hanged(nlp: Language) -> None:
    assert event_types(nlp, "A fourth, Reza Tavana, was hanged in the spring.") == {"execution"}


def test_participle_modifier_makes_a_strike_phrase(nlp: Language) -> None:
    assert "strike" in event_types(nlp, "Footage showed closed shops along the main bazaar.")
    text = "Dozens of refinery workers in the south downed tools and marched to the gates."
    assert "strike" in event_types(nlp, text)


def test_shop_closures_are_a_strike(nlp: Language) -> None:
    assert event_types(nlp, "Shop closures were reported in the bazaar of Yazd on Sunday.") == {
        "strike"
    }
    assert "strike" not in event_types(nlp, "Road closures were reported in Yazd on Sunday.")


def test_thrown_firebombs_are_a_property_attack(nlp: Language) -> None:
    text = "Youths threw Molotov cocktails at the town hall on Sunday night."
    assert "property_attack" in event_types(nlp, text)
    assert "property_attack" not in event_types(nlp, "Youths threw stones at the town hall.")


def test_participle_naming_whose_kin_is_no_event(nlp: Language) -> None:
    assert event_types(nlp, "The widows of those killed still wait for a trial.") == set()
    text = "On Friday officers detained the relatives of students killed in the riots."
    assert "arrest" in event_types(nlp, text)
    assert "attack" not in event_types(nlp, text)


def test_a_population_offline_is_censorship(nlp: Language) -> None:
    text = "For four days more than 30 million people were offline."
    assert event_types(nlp, text) == {"censorship"}
    assert event_types(nlp, "By Sunday night the country had vanished from the internet.") == {
        "censorship"
    }
    assert event_types(nlp, "The editor was offline all weekend.") == set()


def test_people_with_wounds_are_injured(nlp: Language) -> None:
    text = (
        "Doctors recorded more than 200 people with gunshot wounds after police fired on a crowd."
    )
    assert ("injured", 200) in pairs(nlp, "attack", text, "fired")


def test_kin_participle_with_a_place_or_date_is_kept(nlp: Language) -> None:
    text = "The father of a young man shot in Tabriz told reporters that his son was unarmed."
    assert "attack" in event_types(nlp, text)


def test_states_of_confinement_are_no_events(nlp: Language) -> None:
    assert event_types(nlp, "A baker died in police detention in Qom last spring.") == set()
    text = "The poet, who is serving a sentence in Rajaei Shahr, began a hunger strike in May."
    assert event_types(nlp, text) == {"strike"}
    assert event_types(nlp, "Police took the poet into custody on Friday.") == {"arrest"}


def test_a_warrant_for_an_arrest_is_no_arrest(nlp: Language) -> None:
    assert event_types(nlp, "A court in Tabriz has issued a warrant for his arrest.") == set()
