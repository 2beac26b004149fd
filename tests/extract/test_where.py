"""Tests of offline geocoding: the gazetteer and the event places of mentions."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import span_places

from unrest.extract.where import Gazetteer, Locator

# --- gazetteer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "admin1", "city"),
    [
        ("Ahwaz", "Khuzestan", "Ahvaz"),
        ("Yasouj", "Kohgiluyeh and Boyer-Ahmad", "Yasuj"),
        ("Esfahan", "Isfahan", "Isfahan"),
        ("Mashhad", "Razavi Khorasan", "Mashhad"),
        ("Kordestan", "Kurdistan", None),
        ("Kurdistan Province", "Kurdistan", None),
        ("province of Kerman", "Kerman", None),
        ("Eastern Azerbaijan", "East Azerbaijan", None),
        ("Sistan-Baluchestan", "Sistan and Baluchestan", None),
        ("Tehran Province", "Tehran", None),
    ],
)
def test_lookup_variants_and_provinces(
    gaz: Gazetteer, name: str, admin1: str, city: str | None
) -> None:
    place = gaz.lookup(name, "IR")
    assert place is not None
    assert (place.country, place.admin1, place.city) == ("IR", admin1, city)
    assert place.text == name


def test_lookup_countries_demonyms_and_unknown(gaz: Gazetteer) -> None:
    iran = gaz.lookup("Iran")
    assert iran is not None and (iran.country, iran.admin1, iran.city) == ("IR", None, None)
    assert gaz.lookup("the United States") is not None
    assert gaz.demonym("Iranian") == "IR"
    assert gaz.demonym("Iraqis") == "IQ"
    assert gaz.lookup("Xqzzyville") is None
    assert gaz.capital("IR") == "Tehran"


def test_thirty_one_provinces_of_iran(gaz: Gazetteer) -> None:
    names = [
        "Tehran",
        "Isfahan",
        "Khuzestan",
        "Kurdistan",
        "East Azerbaijan",
        "West Azerbaijan",
        "Razavi Khorasan",
        "Kohgiluyeh and Boyer-Ahmad",
        "Sistan and Baluchestan",
        "Fars",
        "Kerman",
        "Yazd",
        "Gilan",
        "Mazandaran",
        "Alborz",
        "Ardabil",
        "Bushehr",
        "Chaharmahal and Bakhtiari",
        "Golestan",
        "Hamadan",
        "Hormozgan",
        "Ilam",
        "Kermanshah",
        "Lorestan",
        "Markazi",
        "North Khorasan",
        "South Khorasan",
        "Qazvin",
        "Qom",
        "Semnan",
        "Zanjan",
    ]
    for name in names:
        found = [e for e in gaz.candidates(f"{name} Province") if e.country == "IR"]
        assert found and found[0].admin1 == name, name


# --- locator ---------------------------------------------------------------------------


def test_city(nlp: Language) -> None:
    text = "Riot police arrested dozens of students in Mashhad on Friday, witnesses said."
    assert span_places(nlp, text, text, "arrested") == [("IR", "Razavi Khorasan", "Mashhad")]


def test_spelling_variant_in_text(nlp: Language) -> None:
    text = "Oil workers went on strike in Ahwaz on Monday over unpaid wages."
    assert span_places(nlp, text, text, "strike") == [("IR", "Khuzestan", "Ahvaz")]


def test_province_phrase(nlp: Language) -> None:
    text = "Farmers rallied in Isfahan province to demand water rights for the region."
    assert span_places(nlp, text, text, "rallied") == [("IR", "Isfahan", None)]


def test_list_of_provinces(nlp: Language) -> None:
    text = (
        "Iran saw fresh unrest. Demonstrations were reported in Tehran Province, "
        "Fars, Kerman, Gilan and Lorestan on Saturday."
    )
    sent = text[text.index("Demonstrations") :]
    assert span_places(nlp, text, sent, "Demonstrations") == [
        ("IR", "Tehran", None),
        ("IR", "Fars", None),
        ("IR", "Kerman", None),
        ("IR", "Gilan", None),
        ("IR", "Lorestan", None),
    ]


def test_nationwide(nlp: Language) -> None:
    text = (
        "Fuel prices in Iran tripled overnight. Protests broke out nationwide within "
        "hours of the announcement."
    )
    sent = text[text.index("Protests") :]
    assert span_places(nlp, text, sent, "Protests") == [("IR", None, None)]


def test_demonym_cities(nlp: Language) -> None:
    text = "Crowds gathered in dozens of Iranian cities to mourn the dead."
    assert span_places(nlp, text, text, "gathered") == [("IR", None, None)]


def test_speaker_location_excluded(nlp: Language) -> None:
    text = (
        "Speaking to reporters in Geneva, a UN spokesman said security forces had "
        "detained hundreds of protesters in Iran."
    )
    assert span_places(nlp, text, text, "detained") == [("IR", None, None)]


def test_based_organisation_excluded(nlp: Language) -> None:
    text = (
        "A London-based rights group said police fired on demonstrators in Zahedan "
        "after Friday prayers."
    )
    places = span_places(nlp, text, text, "fired")
    assert places == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_fallback_to_main_country(nlp: Language) -> None:
    text = (
        "Iran has faced months of unrest. Iranian authorities blame foreign enemies. "
        "Police detained thirty students on Sunday."
    )
    sent = text[text.index("Police") :]
    assert span_places(nlp, text, sent, "detained") == [("IR", None, None)]


def test_no_country_at_all(nlp: Language) -> None:
    text = "Police detained thirty students on Sunday."
    assert span_places(nlp, text, text, "detained") == []


def test_near_city_gives_province(nlp: Language) -> None:
    text = "A missile struck a passenger plane near Tehran shortly after take-off."
    assert span_places(nlp, text, text, "struck") == [("IR", "Tehran", None)]


def test_capital_as_government_is_not_the_place(nlp: Language) -> None:
    text = "Tehran denied that its forces had killed protesters in Iran last week."
    assert span_places(nlp, text, text, "killed") == [("IR", None, None)]


def test_surname_is_not_a_place(nlp: Language) -> None:
    text = "Ali Karaj addressed a rally in Shiraz. Iran's police later detained Karaj at his home."
    sent = text[text.index("Iran's") :]
    assert span_places(nlp, text, sent, "detained") == [("IR", None, None)]


def test_place_of_other_clause_is_not_taken(nlp: Language) -> None:
    text = (
        "Iran erupted in anger. Students joined protests triggered by a blast that "
        "killed workers near Bandar Abbas."
    )
    sent = text[text.index("Students") :]
    assert span_places(nlp, text, sent, "protests") == [("IR", None, None)]


# --- context, roles and scope -----------------------------------------------------------


def test_points_back_with_there(nlp: Language) -> None:
    text = "Rioters burned a bank in Kerman on Monday. Residents said two men were shot dead there."
    sent = text[text.index("Residents") :]
    assert span_places(nlp, text, sent, "shot") == [("IR", "Kerman", "Kerman")]


def test_unknown_landmark_takes_city_in_force(nlp: Language) -> None:
    text = (
        "Students rallied in Tabriz on Sunday. Police fired tear gas near Golbahar "
        "Square an hour later."
    )
    sent = text[text.index("Police") :]
    assert span_places(nlp, text, sent, "fired") == [("IR", "East Azerbaijan", "Tabriz")]


def test_story_place_and_widened_scope(nlp: Language) -> None:
    text = (
        "Workers marched in Arak on Monday. Police beat marchers in Arak on Tuesday. "
        "Crowds gathered in Arak again on Wednesday. Officials counted the injured. "
        "Police have detained 90 people since the vote. Strikes spread to several cities."
    )
    counted = text[text.index("Officials") : text.index(" Police have")]
    assert span_places(nlp, text, counted, "injured") == [("IR", "Markazi", "Arak")]
    since = text[text.index("Police have") : text.index(" Strikes")]
    assert span_places(nlp, text, since, "detained") == [("IR", None, None)]
    spread = text[text.index("Strikes") :]
    assert span_places(nlp, text, spread, "Strikes") == [("IR", None, None)]


def test_dateline_is_not_the_event_place(nlp: Language) -> None:
    text = "ISFAHAN - Iran's police said officers detained 40 people in Shiraz on Friday."
    assert span_places(nlp, text, text, "detained") == [("IR", "Fars", "Shiraz")]


def test_fronted_province_before_reporting_verb(nlp: Language) -> None:
    text = (
        "Unrest continued in Iran. In Ardabil province, the police chief said 60 "
        "protesters had been detained."
    )
    sent = text[text.index("In Ardabil") :]
    assert span_places(nlp, text, sent, "detained") == [("IR", "Ardabil", None)]


def test_leaving_a_city_gives_its_province(nlp: Language) -> None:
    text = "Iran's air defences shot down a cargo plane after it took off from Tabriz."
    assert span_places(nlp, text, text, "shot") == [("IR", "East Azerbaijan", None)]


def test_town_of_is_the_town_and_its_province_is_not_repeated(nlp: Language) -> None:
    text = "Protests began in the town of Saqqez, in Kurdistan province, on Saturday."
    assert span_places(nlp, text, text, "Protests") == [("IR", "Kurdistan", "Saqqez")]


def test_city_and_province_in_short_list_stay_apart(nlp: Language) -> None:
    text = "In Iran, internet was cut in Tehran and in Kurdistan province on Monday."
    assert span_places(nlp, text, text, "cut") == [
        ("IR", "Tehran", "Tehran"),
        ("IR", "Kurdistan", None),
    ]


def test_place_describing_a_speaker_is_ignored(nlp: Language) -> None:
    text = (
        "Iran faced unrest. Reza Amini, a lawmaker for Shiraz, said 500 people had been arrested."
    )
    sent = text[text.index("Reza") :]
    assert span_places(nlp, text, sent, "arrested") == [("IR", None, None)]


def test_main_country_from_weighted_counts(nlp: Language) -> None:
    text = (
        "Police in Iran detained students in Tabriz and Tehran. Many Canadians and "
        "Canadian officials in Ottawa and Toronto protested the detentions."
    )
    doc = nlp(text)
    assert Locator(doc).main_country == "IR"


def test_own_vague_scope_drops_sibling_place(nlp: Language) -> None:
    text = "Demonstrators blocked roads in Karaj and torched banks in several cities."
    assert span_places(nlp, text, text, "torched") == [("IR", None, None)]


# --- generalisation: datelines, story city, paragraphs, town-in-province ------------------


def test_dateline_with_country_is_ignored(nlp: Language) -> None:
    text = "DUBAI, United Arab Emirates (Wire) — Police detained 40 people in Shiraz on Friday."
    assert span_places(nlp, text, text, "detained") == [("IR", "Fars", "Shiraz")]


def test_home_dateline_and_lead_make_the_story_city(nlp: Language) -> None:
    text = (
        "ZAHEDAN, Iran — Security forces killed 12 worshippers in Zahedan on Friday.\n\n"
        "Witnesses said officers fired from rooftops.\n\n"
        "Smaller protests were held in the city on Sunday."
    )
    fired = "Witnesses said officers fired from rooftops."
    assert span_places(nlp, text, fired, "fired") == [("IR", "Sistan and Baluchestan", "Zahedan")]
    held = "Smaller protests were held in the city on Sunday."
    assert span_places(nlp, text, held, "protests") == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_the_city_prefers_a_city_to_a_province(nlp: Language) -> None:
    text = (
        "Police killed 30 protesters in Zahedan on Friday, a rights group said.\n\n"
        "Internet in Sistan and Baluchestan province was cut for days.\n\n"
        "More protests were held in the city on Sunday."
    )
    held = "More protests were held in the city on Sunday."
    assert span_places(nlp, text, held, "protests") == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_a_list_of_cities_in_the_lead_makes_no_story_city(nlp: Language) -> None:
    text = (
        "Shops closed in Tabriz, Shiraz and Mashhad on Monday.\n\n"
        "Workers struck in Tabriz on Tuesday.\n\n"
        "Officials said 300 people had been detained."
    )
    sent = "Officials said 300 people had been detained."
    assert span_places(nlp, text, sent, "detained") == [("IR", None, None)]


def test_next_sentence_about_the_same_person_gives_the_place(nlp: Language) -> None:
    text = (
        "Iran executed a young wrestler on Monday. He was hanged at dawn in a prison in "
        "Karaj. His family had appealed for clemency."
    )
    sent = "Iran executed a young wrestler on Monday."
    assert span_places(nlp, text, sent, "executed") == [("IR", "Alborz", "Karaj")]


def test_previous_sentence_of_the_paragraph_gives_the_place(nlp: Language) -> None:
    text = (
        "In Sanandaj, a shopkeeper said he kept his store closed for a week. "
        '"Every shop shut down," he said.'
    )
    sent = '"Every shop shut down," he said.'
    assert span_places(nlp, text, sent, "shut") == [("IR", "Kurdistan", "Sanandaj")]


def test_near_a_town_is_the_town(nlp: Language) -> None:
    text = (
        "Iran faced anger. Guards at a border post near Saravan opened fire on fuel "
        "porters on Monday."
    )
    sent = text[text.index("Guards") :]
    assert span_places(nlp, text, sent, "fire") == [("IR", "Sistan and Baluchestan", "Saravan")]


def test_town_in_the_province_of_keeps_the_town_alone(nlp: Language) -> None:
    text = "Clashes broke out in Kazerun in the southern province of Fars on Wednesday."
    assert span_places(nlp, text, text, "Clashes") == [("IR", "Fars", "Kazerun")]


def test_news_agency_named_after_a_province_is_no_place(nlp: Language) -> None:
    text = (
        "Floods hit Iran. The Fars news agency said police had arrested 24 people in "
        "several provinces."
    )
    sent = text[text.index("The Fars") :]
    assert span_places(nlp, text, sent, "arrested") == [("IR", None, None)]


def test_province_name_split_by_ner_is_joined(nlp: Language) -> None:
    text = "Mobile internet in Sistan and Baluchestan province was cut on Monday."
    assert span_places(nlp, text, text, "cut") == [("IR", "Sistan and Baluchestan", None)]


def test_lower_case_entity_is_no_place(nlp: Language) -> None:
    text = "Chile's unrest grew. Protesters set fire to several metro stations on Friday."
    sent = text[text.index("Protesters") :]
    assert span_places(nlp, text, sent, "fire") == [("CL", None, None)]


def test_small_towns_listed_with_a_city_are_places(nlp: Language) -> None:
    text = "Georgia saw more unrest. Protests have also been held in Batumi, Kutaisi and Zugdidi."
    sent = text[text.index("Protests") :]
    assert [p[2] for p in span_places(nlp, text, sent, "Protests")] == [
        "Batumi",
        "Kutaisi",
        "Zugdidi",
    ]


def test_the_province_takes_the_province_of_the_place_in_force(nlp: Language) -> None:
    text = (
        "In Iran, residents protested outside the mosque in Saravan on Monday. Mobile "
        "internet was cut across much of the province from Tuesday."
    )
    sent = text[text.index("Mobile") :]
    assert span_places(nlp, text, sent, "cut") == [("IR", "Sistan and Baluchestan", None)]


def test_weak_province_of_the_story_city_gives_the_city(nlp: Language) -> None:
    text = (
        "KAZERUN, May 3 (Agency) -- Two people were killed in Kazerun overnight.\n\n"
        "Protesters gathered again in Kazerun on Friday.\n\n"
        "The head of the Fars province judiciary said 15 people had been detained."
    )
    sent = "The head of the Fars province judiciary said 15 people had been detained."
    assert span_places(nlp, text, sent, "detained") == [("IR", "Fars", "Kazerun")]


def test_coordinated_clause_about_another_person_keeps_its_place(nlp: Language) -> None:
    text = (
        "Iran faced protests. Reza Karimi was executed on Monday and Ali Ahmadi was "
        "hanged in Mashhad on Tuesday."
    )
    sent = text[text.index("Reza") :]
    assert span_places(nlp, text, sent, "executed") == [("IR", None, None)]


def test_days_since_an_event_do_not_widen_the_scope(nlp: Language) -> None:
    text = (
        "MAHABAD, Iran — Mourners marking 40 days since the death of a student "
        "marched on Monday.\n\nForces fired on the crowd in Mahabad."
    )
    sent = text[text.index("Mourners") : text.index("\n")]
    assert span_places(nlp, text, sent, "marched") == [("IR", "West Azerbaijan", "Mahabad")]


def test_latin_names_keep_their_accents(gaz: Gazetteer) -> None:
    place = gaz.lookup("Valparaiso")
    assert place is not None
    assert (place.country, place.admin1, place.city) == ("CL", "Valparaíso", "Valparaíso")
    tbilisi = gaz.lookup("Tbilisi")
    assert tbilisi is not None and tbilisi.admin1 == "Tbilisi"
    izeh = gaz.lookup("Izeh")
    assert izeh is not None and izeh.city == "Izeh"


@pytest.mark.parametrize(
    ("name", "country", "admin1", "city"),
    [
        ("Kangan", "IR", "Bushehr", "Bandar-e Kangan"),  # "Bandar-e" dropped
        ("Asaluyeh", "IR", "Bushehr", "Bandar-e Asaluyah"),
        ("Bandar Anzali", "IR", "Gilan", "Bandar-e Anzali"),
        ("Diwaniyah", "IQ", "Al-Qadisiyah", "Al Diwaniyah"),  # Arabic article dropped
        ("Erbil", "IQ", "Erbil", "Erbil"),  # admin1 "Arbil" in its English form
        ("Urmia", "IR", "West Azerbaijan", "Orumiyeh"),  # common English spelling
        ("Soligorsk", "BY", "Minsk", "Soligorsk"),  # a town of a protest country
        ("Amarah", "IQ", "Maysan", "Al Amarah"),  # province named by its smaller towns
        ("Baghdad", "IQ", "Baghdad", "Baghdad"),  # "Mayorality of" dropped
        ("Karbala", "IQ", "Karbala", "Karbala"),  # "Muhafazat" dropped
        ("Almaty", "KZ", "Almaty", "Almaty"),  # "Qalasy" dropped
        ("Zhanaozen", "KZ", "Mangystau", "Zhanaozen"),  # alias of "Mangghystau"
        ("Aktobe", "KZ", "Aktobe", "Aktobe"),
    ],
)
def test_english_forms_of_regional_names(
    gaz: Gazetteer, name: str, country: str, admin1: str, city: str
) -> None:
    place = gaz.lookup(name)
    assert place is not None
    assert (place.country, place.admin1, place.city) == (country, admin1, city)


def test_old_name_of_a_port_is_not_a_bare_variant(gaz: Gazetteer) -> None:
    assert gaz.lookup("Pahlavi", "IR") is None  # "Bandar-e Pahlavi" is Anzali's old name
    abbas = gaz.lookup("Abbas", "IR")
    assert abbas is None or abbas.city != "Bandar Abbas"


def test_town_west_of_a_city_is_not_in_the_city(nlp: Language) -> None:
    text = "In Najafabad, west of Isfahan, police fired on protesters on Tuesday night."
    assert span_places(nlp, text, text, "fired") == [("IR", "Isfahan", "Najafabad")]


def test_the_west_of_a_city_is_in_the_city(nlp: Language) -> None:
    text = "Police fired on protesters in the west of Tehran on Tuesday night."
    assert span_places(nlp, text, text, "fired") == [("IR", "Tehran", "Tehran")]


def test_spread_subject_does_not_take_the_place_of_an_earlier_event(nlp: Language) -> None:
    text = (
        "Iran faced weeks of anger. The unrest began in many cities in May after the "
        "arrest of a teacher in Shiraz."
    )
    sent = text[text.index("The unrest") :]
    assert span_places(nlp, text, sent, "unrest") == [("IR", None, None)]


def test_place_in_force_over_the_whole_paragraph(nlp: Language) -> None:
    text = (
        "Iran saw protests in many towns.\n\nIn Sirjan, crowds marched on the governor's "
        'office on Monday. A baker who was there said nobody was armed. "Nobody '
        'threw anything," he told us. "Guards shot at the crowd from the roof."'
    )
    sent = '"Guards shot at the crowd from the roof."'
    assert span_places(nlp, text, sent, "shot") == [("IR", "Kerman", "Sirjan")]


def test_provincial_official_speaks_for_the_province_in_force(nlp: Language) -> None:
    text = (
        "Protests in Iran's west\n\nLorestan Province. Crowds in Borujerd and Kuhdasht "
        "set fire to a bank. The provincial governor said that ten people had been "
        "arrested.\n\nIlam Province. Protests were reported in Abdanan."
    )
    sent = "The provincial governor said that ten people had been arrested."
    assert span_places(nlp, text, sent, "arrested") == [("IR", "Lorestan", None)]


def test_town_taken_for_a_person_after_in(nlp: Language) -> None:
    text = (
        "Iran's water crisis deepened. An official said two men had been shot dead in "
        "Shadegan and Ahvaz on Friday."
    )
    sent = text[text.index("An official") :]
    assert span_places(nlp, text, sent, "shot") == [
        ("IR", "Khuzestan", "Shadegan"),
        ("IR", "Khuzestan", "Ahvaz"),
    ]


def test_word_before_a_town_in_a_misread_name_is_no_surname(nlp: Language) -> None:
    text = (
        'Crowds marched in Dorud on Monday night. "Without Dorud, there is no '
        'uprising," a mechanic said.'
    )
    sent = "Crowds marched in Dorud on Monday night."
    assert span_places(nlp, text, sent, "marched") == [("IR", "Lorestan", "Dorud")]


def test_place_of_solidarity_is_not_the_event_place(nlp: Language) -> None:
    text = "Small crowds gathered in Shiraz on Monday to show solidarity with Khuzestan."
    assert span_places(nlp, text, text, "gathered") == [("IR", "Fars", "Shiraz")]


def test_nationwide_phrase_of_the_trigger_overrides_other_clauses(nlp: Language) -> None:
    text = (
        "Iraq's government faced new protests. Authorities imposed a curfew in Basra "
        "and cut internet access across much of the country on Saturday."
    )
    sent = text[text.index("Authorities") :]
    assert span_places(nlp, text, sent, "cut") == [("IQ", None, None)]


def test_nationwide_adjective_elsewhere_keeps_the_town(nlp: Language) -> None:
    text = (
        "Oil workers in Asaluyeh walked off the job on Monday, chanting in support of "
        "the nationwide protests."
    )
    assert span_places(nlp, text, text, "walked") == [("IR", "Bushehr", "Bandar-e Asaluyah")]


def test_province_is_dropped_when_its_towns_are_named(nlp: Language) -> None:
    text = (
        "In neighbouring Mazandaran, the prosecutor said 43 people had been detained "
        "in Amol and Babol."
    )
    assert span_places(nlp, text, text, "detained") == [
        ("IR", "Mazandaran", "Amol"),
        ("IR", "Mazandaran", "Babol"),
    ]


def test_place_in_a_relative_clause_on_the_victims(nlp: Language) -> None:
    text = (
        "Iran hanged a man on Monday who had been convicted of stabbing a guard during "
        "protests in Karaj."
    )
    assert span_places(nlp, text, text, "hanged") == [("IR", "Alborz", "Karaj")]


def test_seat_of_an_official_in_the_city_of_x(nlp: Language) -> None:
    text = (
        "In Zahedan, crowds gathered outside a police station to protest against an "
        "assault by a police commander in the port city of Chabahar."
    )
    assert span_places(nlp, text, text, "gathered") == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_that_crowd_points_back(nlp: Language) -> None:
    text = (
        "Iran saw unrest in many provinces.\n\nOn Friday, crowds gathered outside a "
        "mosque in Iranshahr.\n\nRiot police fired into that crowd, witnesses said."
    )
    sent = "Riot police fired into that crowd, witnesses said."
    assert span_places(nlp, text, sent, "fired") == [("IR", "Sistan and Baluchestan", "Iranshahr")]


def test_x_city_is_the_city(nlp: Language) -> None:
    text = "Protests were also reported in Ilam city and Abdanan."
    assert span_places(nlp, text, text, "Protests") == [
        ("IR", "Ilam", "Ilam"),
        ("IR", "Ilam", "Abdanan"),
    ]


def test_fronted_at_before_a_reporting_verb(nlp: Language) -> None:
    text = (
        "Iran's oil strike spread. At Kangan, witnesses said riot police detained 40 "
        "workers on Monday."
    )
    sent = text[text.index("At Kangan") :]
    assert span_places(nlp, text, sent, "detained") == [("IR", "Bushehr", "Bandar-e Kangan")]


def test_spaced_dash_after_a_place_is_no_compound(nlp: Language) -> None:
    text = "Dervishes clash with police in Tehran - live updates"
    assert span_places(nlp, text, text, "clash") == [("IR", "Tehran", "Tehran")]


def test_place_in_a_participle_clause_on_the_victim(nlp: Language) -> None:
    text = (
        "Iran on Monday executed Ali Rezaei, a 30-year-old boxer convicted of stabbing a "
        "guard during protests in Shiraz."
    )
    assert span_places(nlp, text, text, "executed") == [("IR", "Fars", "Shiraz")]


def test_landmark_alone_is_a_weak_place(nlp: Language) -> None:
    text = (
        "Iran's police said 200 dervishes were arrested and are held at a prison south of Tehran."
    )
    assert span_places(nlp, text, text, "arrested") == [("IR", "Tehran", "Tehran")]


def test_next_sentence_that_reports_speech_lends_no_place(nlp: Language) -> None:
    text = (
        "Iran's fuel protests were put down.\n\nThe envoy said the footage showed police "
        'firing on crowds. "In one case, guards fired at people who had fled to Behbahan,'
        '" she said.'
    )
    sent = "The envoy said the footage showed police firing on crowds."
    assert span_places(nlp, text, sent, "firing") == [("IR", None, None)]


def test_name_on_a_facility_is_the_town(nlp: Language) -> None:
    text = (
        "Iran's oil strike grew on Tuesday. The walkout spread to the Bushehr petrochemical plant."
    )
    sent = text[text.index("The walkout") :]
    assert span_places(nlp, text, sent, "walkout") == [("IR", "Bushehr", "Bushehr")]
