"""Tests of coordinated clauses with places of their own, plants and seats named after
their towns, towns NER takes for people, division kind words and English exonyms."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import span_places

from unrest.extract._where_prefix import town_prefixes
from unrest.extract.where import Gazetteer

# --- coordinated clauses -----------------------------------------------------------------


def test_earlier_clause_keeps_its_own_place(nlp: Language) -> None:
    text = (
        "A guard was stabbed to death in Qom on Friday, and police in Qom and Kashan "
        "have since arrested forty people."
    )
    assert span_places(nlp, text, text, "stabbed") == [("IR", "Qom", "Qom")]
    assert ("IR", "Isfahan", "Kashan") in span_places(nlp, text, text, "arrested")


def test_fronted_place_of_second_clause_is_its_own(nlp: Language) -> None:
    text = "In Tabriz, workers held a rally on Sunday, and in Ardabil teachers refused to teach."
    assert span_places(nlp, text, text, "rally") == [("IR", "East Azerbaijan", "Tabriz")]


def test_clauses_of_one_kind_share_their_places(nlp: Language) -> None:
    text = "Farmers in Yazd marched to the governorate, and small rallies were held in Kerman."
    found = span_places(nlp, text, text, "marched")
    assert ("IR", "Yazd", "Yazd") in found and ("IR", "Kerman", "Kerman") in found


def test_clause_without_place_borrows_the_other(nlp: Language) -> None:
    text = "Police detained twelve students in Zanjan, and four more were arrested on Monday."
    assert span_places(nlp, text, text, "arrested") == [("IR", "Zanjan", "Zanjan")]


def test_xcomp_of_a_participant_clause(nlp: Language) -> None:
    text = (
        "Riot police fired water cannon at marchers trying to reach the square in Erbil.\n\n"
        "The Kurdistan regional government later apologised."
    )
    sent = "Riot police fired water cannon at marchers trying to reach the square in Erbil."
    assert span_places(nlp, text, sent, "fired") == [("IQ", "Erbil", "Erbil")]


# --- plants, seats and sites -------------------------------------------------------------


def test_plant_named_after_its_town(nlp: Language) -> None:
    text = "Workers at the Gomel Chemical Plant went on strike in Belarus on Friday."
    assert span_places(nlp, text, text, "strike") == [("BY", "Gomel", "Gomel")]


def test_town_at_head_of_an_unknown_name(nlp: Language) -> None:
    doc = nlp("Staff of the Grodno Azot works walked out in Belarus.")
    ent = next(e for e in doc.ents if "Grodno" in e.text)
    assert "Grodno" in [s.text for s, _ in town_prefixes(ent)]
    street = nlp("Police blocked Golestan Haftom Street.")
    for e in street.ents:
        assert town_prefixes(e) == []


def test_firm_in_a_list_of_sites(nlp: Language) -> None:
    text = (
        "Strikes spread across Belarus.\n\n"
        "Workers at the Mogilev Tractor Works and the fertiliser maker Azotex in Soligorsk "
        "walked out on Tuesday."
    )
    sent = text.split("\n\n")[1]
    found = span_places(nlp, text, sent, "walked")
    assert ("BY", "Minsk", "Soligorsk") in found


def test_stormed_seat_is_the_scene(nlp: Language) -> None:
    text = (
        "Protesters stormed the mayor's office in Almaty and set it ablaze, as unrest "
        "spread across Kazakhstan."
    )
    assert span_places(nlp, text, text, "set") == [("KZ", "Almaty", "Almaty")]


def test_official_in_a_town_stays_a_seat(nlp: Language) -> None:
    text = (
        "Clashes broke out in Zahedan on Friday.\n\n"
        "The unrest followed a dispute involving a police commander in the port of Chabahar."
    )
    sent = text.split("\n\n")[1]
    assert ("IR", "Sistan and Baluchestan", "Chabahar") not in span_places(
        nlp, text, sent, "unrest"
    )


def test_new_sites(nlp: Language) -> None:
    text = "Students rallied at Shahbag on Sunday evening in Bangladesh."
    assert span_places(nlp, text, text, "rallied") == [("BD", "Dhaka", "Dhaka")]


# --- names -------------------------------------------------------------------------------


def test_town_taken_for_a_person_is_still_a_place(nlp: Language) -> None:
    text = (
        "SENNAR, May 2 (Wire) - Soldiers fired on marchers in Khartoum North on Thursday, "
        "and later on crowds in Khartoum itself."
    )
    found = span_places(nlp, text, text, "fired")
    assert ("SD", "Khartoum", "Khartoum North") in found


def test_division_kind_words(gaz: Gazetteer) -> None:
    shan = gaz.resolve("Shan State")
    assert shan is not None and (shan.kind, shan.name, shan.country) == ("admin1", "Shan", "MM")
    region = gaz.resolve("Mangystau Region")
    assert region is not None and region.kind == "admin1"
    assert gaz.resolve("Islamic State") is None


def test_english_exonyms(gaz: Gazetteer) -> None:
    port = gaz.resolve("Chittagong")
    assert port is not None and (port.country, port.kind) == ("BD", "city")
    old = gaz.resolve("Rangoon")
    assert old is not None and old.name == "Yangon"
    state = gaz.resolve("North Kordofan")
    assert state is not None and state.country == "SD" and state.kind == "admin1"
