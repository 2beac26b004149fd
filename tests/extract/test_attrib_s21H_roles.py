"""Sources named by a role or a kind: a hyphenated title taken up again by its first
word, one group described by its kind, a headline closed by "- X", a relative clause
reporting on the trigger inside another report, and dates the parser made speak."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_GOVERNOR = (
    "Calm returns to Dorvan as rioters arrested - officials\n\n"
    "Dorvan, Jan. 3 (DPS) - Calm has returned to Dorvan and other towns of the province "
    "after several nights of unrest in which rioters set fire to shops, the "
    "governor-general of Dorvan province said on Wednesday.\n\n"
    'Farhad Nikzad told reporters that the people of the province had "turned away from '
    'the rioters" and that the small groups who had gathered since Friday had been '
    '"dealt with".\n\n'
    '"A few hooligans attacked banks and burned cars, and they will face the law," the '
    "governor said.\n\n"
    "According to the governor, 86 people have been detained across the province since "
    "the unrest started."
)


def test_hyphenated_title_taken_up_by_its_first_word(nlp: Language) -> None:
    """ "the governor" goes back to the governor-general the lead names next."""
    for trigger in ("attacked", "detained"):
        s = source(nlp, _GOVERNOR, trigger)
        assert s.kind == "person" and (s.name or "").endswith("Nikzad")


def test_headline_tag_officials(nlp: Language) -> None:
    s = source(nlp, _GOVERNOR, "arrested")
    assert s.kind == "organization" and s.name == "officials"


def test_one_rights_group_is_an_organization(nlp: Language) -> None:
    s = source(nlp, "The toll rose as a rights group said 40 people had been killed.", "killed")
    assert s.kind == "organization" and (s.name or "").endswith("group")


def test_student_group_is_an_organization(nlp: Language) -> None:
    text = "A student group at the university says dozens of students were arrested today."
    assert source(nlp, text, "arrested").kind == "organization"


def test_group_of_people_is_nobody_in_particular(nlp: Language) -> None:
    text = "A group of protesters said that hundreds of people had been detained."
    assert source(nlp, text, "detained").kind == "unnamed"


def test_activist_group_is_like_activists(nlp: Language) -> None:
    text = "An activist group said that hundreds of people had been detained."
    assert source(nlp, text, "detained").kind == "unnamed"


def test_second_group_is_nobody_in_particular(nlp: Language) -> None:
    text = "A second group says students at two universities also gathered."
    assert source(nlp, text, "gathered").kind == "unnamed"


_HEADLINE = (
    "Water protests spread beyond the delta as toll rises to nine - rights group\n\n"
    "PORT VELL, July 23 (Harbour Wire) - Protests spread to other towns on Friday."
)


def test_headline_tag_speaks_for_the_clause_it_closes(nlp: Language) -> None:
    s = source(nlp, _HEADLINE, "toll")
    assert s.kind == "organization" and s.name == "rights group"


def test_headline_tag_leaves_the_main_clause(nlp: Language) -> None:
    assert source(nlp, _HEADLINE, "protests").kind == "author"


def test_relative_report_inside_another_report(nlp: Language) -> None:
    """The innermost report on the march is the organisers', not the listener's."""
    text = (
        "One listener recalled that the movement had started in June with a march that "
        "organisers said drew a million people."
    )
    s = source(nlp, text, "march")
    assert s.kind == "organization" and s.name == "organisers"


def test_a_date_does_not_speak(nlp: Language) -> None:
    """A misparse making "December" the subject of "put": the cited officials give it."""
    text = (
        "A Harbour Wire investigation published that December put the number of dead at "
        "about 1,500, citing Interior Ministry officials."
    )
    s = source(nlp, text, "dead")
    assert s.kind == "organization" and (s.name or "").endswith("Ministry")


def test_listed_bodies_are_not_one_fuller_name(nlp: Language) -> None:
    """ "it" is Amnesty International, not the pair listed later in the article."""
    text = (
        "Amnesty International said on 23 July that it had confirmed the deaths of at least "
        "eight protesters.\n\n"
        "Amnesty International and Human Rights Watch called for an inquiry."
    )
    s = source(nlp, text, "deaths")
    assert s.kind == "organization" and s.name == "Amnesty International"


def test_complement_joined_by_and_is_one_body(nlp: Language) -> None:
    text = (
        "The Ministry of Roads and Urban Development announced a new plan.\n\n"
        "Protesters were detained near the bridge, the Ministry of Roads said."
    )
    s = source(nlp, text, "detained")
    assert (s.name or "").endswith("Development")


def test_rights_body_is_an_organization(nlp: Language) -> None:
    text = "Norland drops tax bill after storming of parliament; rights body says 22 killed"
    s = source(nlp, text, "killed")
    assert s.kind == "organization" and s.name == "rights body"


_STATEMENT = (
    "Police have arrested several members of a team that attacked a police station in "
    "Dorvan last Friday, the provincial police command said on Tuesday.\n\n"
    "Armed men opened fire on the police station after Friday prayers and tried to seize "
    "it, the statement said."
)


def test_first_statement_is_the_previous_speakers(nlp: Language) -> None:
    s = source(nlp, _STATEMENT, "fire")
    assert s.kind == "organization" and (s.name or "").endswith("command")


def test_statement_mentioned_before_keeps_its_issuer(nlp: Language) -> None:
    text = (
        "A statement posted by unknown accounts was shared widely.\n\n"
        "Officials said on Tuesday that the city was calm.\n\n"
        "Armed men opened fire on the police station, the statement said."
    )
    s = source(nlp, text, "fire")
    assert not (s.name or "").endswith("Officials")


_COUNT = (
    "Guards commander Reza Tavakoli declared in a statement on Wednesday that the unrest "
    "was over. By his count, no more than 15,000 rioters had been on the streets at any one "
    "time."
)


def test_by_his_count_is_the_counter(nlp: Language) -> None:
    s = source(nlp, _COUNT, "rioters")
    assert s.kind == "person" and (s.name or "").endswith("Tavakoli")


def test_by_our_count_is_the_writer(nlp: Language) -> None:
    text = "By our count, at least 40 people were arrested in the city on Friday."
    assert source(nlp, text, "arrested").kind == "author"


def test_by_the_ministry_estimate(nlp: Language) -> None:
    text = "About 300 protesters were detained, by the Interior Ministry's estimate."
    s = source(nlp, text, "detained")
    assert s.kind == "organization" and (s.name or "").endswith("Ministry")


def test_several_colleagues_are_nobody_in_particular(nlp: Language) -> None:
    text = "Several colleagues report treating patients who were hit in both eyes by pellets."
    assert source(nlp, text, "hit").kind == "unnamed"


def test_their_colleagues_are_a_group(nlp: Language) -> None:
    text = "The union leader was taken from his home on Saturday, their colleagues said."
    s = source(nlp, text, "taken")
    assert s.kind == "organization" and (s.name or "").endswith("colleagues")
