"""Quote speakers: the person a "whose" clause describes, and a role-named speaker not
replaced by an outlet that only fails to confirm."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_the_person_a_whose_clause_describes_speaks(nlp: Language) -> None:
    text = (
        "Last month I spoke with a nurse in our town whose son was a passenger on that "
        'train. She told me, and I quote her with her permission, "Nobody will tell us '
        'where he is being held."'
    )
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].speaker is not None
    assert "nurse" in found[0].speaker
    assert "son" not in found[0].speaker.split()


def test_an_outlet_that_cannot_confirm_does_not_speak(nlp: Language) -> None:
    text = (
        '"Many armed men were neutralised in the night," a police spokesman told state '
        "radio. Harbour Wire could not independently confirm the figure."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["police spokesman"]


def test_a_named_member_of_our_staff_speaks_for_herself(nlp: Language) -> None:
    text = (
        '"Every photo we could not check is not proof that nothing happened," said our '
        'senior analyst, Mira Castellan. "It only shows what we can prove."'
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Mira Castellan"}


def test_an_official_of_another_body_named_next_is_someone_else(nlp: Language) -> None:
    text = (
        "In a separate report, the agency quoted the head of the city police as saying "
        'that "the enemy media tried to turn a small gathering into a crisis".\n\n'
        "The agency also reported that the judiciary spokesman, Ali Karimi, had "
        "confirmed on Tuesday that the court had upheld the sentences."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["head of the city police"]
