"""Attribution, round s14b: an organization named before the words telling its kind
("the Ostrava rights group said"), which the tagger often takes for a nationality or a
place, and subjects whose resolution would go round in a circle ("according to figures
compiled by the group")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

# --- "the <Name> rights group" ----------------------------------------------------------


def test_name_before_kind_words_after_according_to(nlp: Language) -> None:
    text = "Security forces shot dead three people in Izeh, according to the Hengaw rights group."
    found = source(nlp, text, "shot")
    assert (found.kind, found.name) == ("organization", "Hengaw")


def test_name_before_kind_words_as_subject(nlp: Language) -> None:
    text = "The Sirwan monitoring group said police had detained 14 teachers in Marivan."
    found = source(nlp, text, "detained")
    assert (found.kind, found.name) == ("organization", "Sirwan")


def test_name_right_before_an_organization_noun(nlp: Language) -> None:
    text = "Riot police beat students outside the dormitory, according to the Hengaw organisation."
    found = source(nlp, text, "beat")
    assert (found.kind, found.name) == ("organization", "Hengaw")


def test_people_before_kind_words_is_no_name(nlp: Language) -> None:
    text = "Police fired on the crowd in the city centre, according to the Ahwazi rights group."
    found = source(nlp, text, "fired")  # a group named by its kind, as written (s21H)
    assert found.name != "Ahwazi"


def test_adjective_before_kind_words_is_no_name(nlp: Language) -> None:
    text = "Police fired on the crowd in the city centre, the Kurdish rights group said."
    assert source(nlp, text, "fired").name != "Kurdish"


def test_place_before_role_stays_a_role(nlp: Language) -> None:
    text = "Police fired on the crowd near the bazaar, the Tehran police chief said."
    found = source(nlp, text, "fired")
    assert (found.kind, found.name) == ("person", "Tehran police chief")


# --- no circles ------------------------------------------------------------------------


def test_figures_compiled_by_a_backreferred_group_do_not_loop(nlp: Language) -> None:
    text = "The protests spread to 40 cities, according to figures compiled by the group."
    assert source(nlp, text, "spread").kind in ("unnamed", "organization")


def test_capitalized_first_word_of_plural_groups_is_no_name(nlp: Language) -> None:
    text = "Rights groups say dozens of students have been arrested in the northern city."
    assert source(nlp, text, "arrested").kind == "unnamed"


def test_nationality_before_police_is_named_as_written(nlp: Language) -> None:
    text = "Kazakh police said on Thursday they had killed dozens of people in Almaty overnight."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "Kazakh police")
