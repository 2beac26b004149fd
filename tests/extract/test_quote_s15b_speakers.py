"""Quotes and attribution, round s15b: a new role noun for the speaker introduced by a
role description, "he" after such a noun, passive "was quoted as saying"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source

_LEAD = (
    "The acting head of the council of elders of Marwa, speaking to villagers on Friday, "
    "said the dam would be finished by spring. In his address, the chairman praised the "
    'farmers for their patience. Later the chairman said: "We will not let the river run '
    'dry while we wait for the ministry."'
)


def test_new_role_noun_takes_the_speaker_described_before(nlp: Language) -> None:
    found = [q.speaker for q in quotes(nlp, _LEAD)]
    assert found == ["acting head of the council of elders of Marwa"]


def test_role_noun_with_an_antecedent_is_not_the_lead_speaker(nlp: Language) -> None:
    text = (
        "The acting head of the council of elders of Marwa said the dam would be finished "
        "by spring. A chairman of a farmers' union from the next valley also spoke. Later the "
        'chairman said: "We will not let the river run dry while we wait for the ministry."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == [
        "chairman of a farmers' union from the next valley"
    ]


def test_role_noun_after_a_named_speaker_stays_as_written(nlp: Language) -> None:
    text = (
        "Reza Karimi, the head of the council of elders, said the dam would be finished by "
        'spring. Later the chairman said: "We will not let the river run dry while we wait '
        'for the ministry."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["chairman"]


def test_he_after_a_quoting_role_noun_is_that_speaker(nlp: Language) -> None:
    text = (
        "The acting head of the council of elders of Marwa, addressing villagers today, "
        'praised the people for their "insight" and said the dam would be finished by spring.'
        "\n\nTurning to politics, the preacher said the river had given "
        '"the clearest answer in our history".\n\nThe preacher also referred to the '
        '"shameful" presence of the British ambassador at one of the gatherings. The '
        "ambassador was briefly detained by the police on that night and then released, "
        'which the preacher called "a lesson in diplomatic manners". The Foreign Ministry '
        'later summoned the ambassador.\n\nHe warned that "those who dream of new unrest" '
        "would be disappointed."
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert ("acting head of the council of elders of Marwa", "those who dream of new unrest") in (
        found
    )


def test_passive_quoted_as_saying_is_the_subject(nlp: Language) -> None:
    text = (
        "A member of the city council's security committee was quoted by local radio as "
        "saying that about 300 people had been arrested in the city."
    )
    src = source(nlp, text, "arrested")
    assert (src.kind, src.name) == ("person", "member of the city council's security committee")


def test_conjunct_repeating_the_outer_auxiliary_speaks_for_its_subject(nlp: Language) -> None:
    text = (
        "Officials in the capital have denied that the police fired on the marchers and have "
        'said that the deaths were caused by "armed gangs from abroad".'
    )
    assert [(q.speaker, q.text) for q in quotes(nlp, text)] == [
        ("Officials in the capital", "armed gangs from abroad")
    ]
