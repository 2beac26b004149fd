"""What an unchecked recording shows is nobody's in particular, however it is parsed."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_videos_from_a_day_show_workers_blocking(nlp: Language) -> None:
    text = (
        "Videos from the same day showed workers at the Abadan steel plant blocking a "
        "road outside the gate, and a smaller stoppage was reported in Ahvaz."
    )
    assert source(nlp, text, "blocking").kind == "unnamed"


def test_videos_shared_online_show_families_gathering(nlp: Language) -> None:
    text = (
        "On Friday evening, videos shared online showed families gathering outside the "
        "courthouse in Rasht, holding candles."
    )
    assert source(nlp, text, "gathering").kind == "unnamed"


def test_footage_after_a_conjunction_shows_shooting(nlp: Language) -> None:
    text = (
        "Farmers in Varzaneh protested against water transfers, and footage posted online "
        "showed security forces firing weapons during the night."
    )
    assert source(nlp, text, "firing").kind == "unnamed"


def test_second_scene_of_the_same_videos(nlp: Language) -> None:
    text = (
        "Videos posted on social media showed young men burning tyres on the ring road, "
        "and crowds setting fire to a police kiosk."
    )
    assert source(nlp, text, "setting").kind == "unnamed"


def test_videos_posted_online_before_a_semicolon(nlp: Language) -> None:
    text = (
        "Videos posted online showed guards beating prisoners in the yard of the jail on "
        "3 March; the prison chief, Karim Ahmadi, denied that anyone had been hurt."
    )
    assert source(nlp, text, "beating").kind == "unnamed"


def test_footage_our_team_received_stays_the_writer(nlp: Language) -> None:
    text = (
        "Farmers in Varzaneh protested against water transfers, and footage our team "
        "received showed security forces firing weapons during the night."
    )
    assert source(nlp, text, "firing").kind == "author"


def test_people_in_the_videos_do_not_make_them_speak(nlp: Language) -> None:
    text = "The crowd in the videos showed no fear as police beat the marchers."
    assert source(nlp, text, "beat").kind == "author"
