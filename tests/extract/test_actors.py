"""Actors (who did it, to whom) and the actor registry, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from unrest.errors import ConfigError
from unrest.extract.actors import ACTOR_KINDS, ActorFinder, ActorRegistry

IRGC = "Islamic Revolutionary Guard Corps"
MEK = "People's Mojahedin Organization of Iran"


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


# --- registry: aliases and resolution -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "IRGC",
        "the Revolutionary Guards",
        "Islamic Revolutionary Guard Corps",
        "the regime's Revolutionary Guards",
        "Iran\u2019s Revolutionary Guard",
        "IRGC forces",
        "members of the Sepah",
    ],
)
def test_irgc_aliases(registry: ActorRegistry, text: str) -> None:
    actor = registry.resolve(text)
    assert actor is not None and actor.name == IRGC
    assert actor.kind == "state_security" and actor.country == "IR"


@pytest.mark.parametrize(
    "text", ["MEK", "the PMOI", "People's Mojahedin Organization of Iran", "Mujahedin-e Khalq"]
)
def test_mek_aliases(registry: ActorRegistry, text: str) -> None:
    actor = registry.resolve(text)
    assert actor is not None and actor.name == MEK and actor.kind == "opposition_group"


def test_longest_overlapping_alias_wins(registry: ActorRegistry) -> None:
    actor = registry.resolve("Iranian state security forces")
    assert actor is not None and actor.name == "security forces"
    quds = registry.resolve("the IRGC Quds Force")
    assert quds is not None and quds.name == "Quds Force"


def test_specific_actor_beats_generic_group(registry: ActorRegistry) -> None:
    actor = registry.resolve("Basij security forces")
    assert actor is not None and actor.name == "Basij"


def test_capital_aliases_are_case_sensitive(registry: ActorRegistry) -> None:
    un = registry.resolve("the UN")
    assert un is not None and un.kind == "international_body"
    assert registry.resolve("told us") is None


def test_head_final_ignores_generic_modifiers(registry: ActorRegistry) -> None:
    assert registry.resolve("a passenger plane", head_final=True) is None
    plain = registry.resolve("a passenger plane")
    assert plain is not None and plain.kind == "civilians"


def test_unknown_phrase(registry: ActorRegistry) -> None:
    assert registry.resolve("the village council") is None


# --- registry: user files --------------------------------------------------------------


def test_user_file_adds_actor_and_alias(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "  - name: Zagros Workers Syndicate\n"
        "    kind: civilians\n"
        "    country: IR\n"
        "    aliases: [ZWS]\n"
        "  - name: Basij\n"
        "    aliases: [Mobilisation militia]\n",
        encoding="utf-8",
    )
    reg = ActorRegistry.load([extra])
    new = reg.resolve("the ZWS")
    assert new is not None and new.name == "Zagros Workers Syndicate"
    basij = reg.resolve("the Mobilisation militia")
    assert basij is not None and basij.name == "Basij" and basij.kind == "state_security"
    assert reg.resolve("Basiji") is not None  # built-in aliases kept
    assert ActorRegistry.load().resolve("the ZWS") is None  # built-in untouched


def test_bad_kind_names_file_entry_and_kinds(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: Night Watch\n    kind: militia\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        ActorRegistry.load([bad])
    message = str(err.value)
    assert "bad.yaml" in message and "Night Watch" in message and "militia" in message
    assert all(kind in message for kind in ACTOR_KINDS)


@pytest.mark.parametrize(
    "content",
    [
        "actors: nope\n",
        "actors:\n  - kind: media\n",
        "actors:\n  - name: X\n    kind: media\n    aliases: X\n",
        "actors:\n  - name: X\n    kind: media\n    country: Iran\n",
        "actors: [\n",
    ],
)
def test_malformed_user_files(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.yaml"):
        ActorRegistry.load([bad])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="absent.yaml"):
        ActorRegistry.load([tmp_path / "absent.yaml"])


# --- finder ---------------------------------------------------------------------------


def actors(nlp: Language, text: str, trigger: str, event_type: str | None = None) -> set[tuple]:
    """(role, name, kind) of the event cued by the token spelled ``trigger``."""
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert hits, f"{trigger!r} not in test text"
    tok = hits[0]
    found = ActorFinder(doc).actors_for(doc[tok.i : tok.i + 1], tok.sent, event_type)
    return {(a.role, a.name, a.kind) for a in found}


@pytest.mark.slow
def test_active_subject_and_object(nlp: Language) -> None:
    got = actors(nlp, "Revolutionary Guards killed 12 protesters in Ahvaz last week.", "killed")
    assert got == {("actor", IRGC, "state_security"), ("target", "protesters", "civilians")}


@pytest.mark.slow
def test_passive_with_by_agent(nlp: Language) -> None:
    got = actors(nlp, "Four students were detained by the IRGC on Sunday.", "detained")
    assert got == {("target", "students", "civilians"), ("actor", IRGC, "state_security")}


@pytest.mark.slow
def test_passive_without_agent_has_only_a_target(nlp: Language) -> None:
    got = actors(nlp, "Two teachers were arrested in Karaj.", "arrested")
    assert got == {("target", "teachers", "civilians")}


@pytest.mark.slow
def test_nominal_event_of_and_by(nlp: Language) -> None:
    got = actors(nlp, "The arrest of three lawyers by police drew criticism.", "arrest")
    assert got == {("target", "lawyers", "civilians"), ("actor", "police", "state_security")}


@pytest.mark.slow
def test_possessive_crackdown_and_target(nlp: Language) -> None:
    got = actors(nlp, "The regime's crackdown on students intensified.", "crackdown")
    assert ("target", "students", "civilians") in got
    assert any(role == "actor" and kind == "government" for role, _, kind in got)


@pytest.mark.slow
def test_collective_event_of_is_the_doer(nlp: Language) -> None:
    got = actors(nlp, "The strikes of oil workers spread south.", "strikes", "strike")
    assert got == {("actor", "workers", "civilians")}


@pytest.mark.slow
def test_support_verb_subject(nlp: Language) -> None:
    got = actors(nlp, "The PMOI organised a rally in Berlin on Saturday.", "rally", "protest")
    assert ("actor", MEK, "opposition_group") in got


@pytest.mark.slow
def test_quantity_and_member_nouns(nlp: Language) -> None:
    got = actors(nlp, "Members of the Basij beat dozens of pensioners.", "beat", "attack")
    assert got == {("actor", "Basij", "state_security"), ("target", "retirees", "civilians")}


@pytest.mark.slow
def test_bare_number_is_no_actor(nlp: Language) -> None:
    got = actors(nlp, "Police arrested 40 in Rasht.", "arrested")
    assert got == {("actor", "police", "state_security")}


@pytest.mark.slow
def test_unknown_actor_named_as_written(nlp: Language) -> None:
    doc = nlp("Village guards detained three shepherds near the border.")
    tok = next(t for t in doc if t.text == "detained")
    found = ActorFinder(doc).actors_for(doc[tok.i : tok.i + 1], tok.sent)
    by_role = {a.role: a for a in found}
    assert by_role["actor"].name == "Village guards" and by_role["actor"].kind is None
    assert by_role["target"].name == "shepherds" and by_role["target"].text == "three shepherds"


@pytest.mark.slow
def test_named_person_target(nlp: Language) -> None:
    got = actors(nlp, "Kaveh Nouri was executed at dawn in Qezelhesar prison.", "executed")
    assert got == {("target", "Kaveh Nouri", None)}


@pytest.mark.slow
def test_fire_on_names_the_target(nlp: Language) -> None:
    got = actors(nlp, "Riot police fired tear gas at mourners in Saqqez.", "fired", "attack")
    assert got == {("actor", "police", "state_security"), ("target", "protesters", "civilians")}


@pytest.mark.slow
def test_slogan_object_is_no_target(nlp: Language) -> None:
    got = actors(nlp, 'Crowds chanted "down with the dictator" in Tabriz.', "chanted", "protest")
    assert got == {("actor", "protesters", "civilians")}


@pytest.mark.slow
def test_relative_pronoun_resolves_to_antecedent(nlp: Language) -> None:
    got = actors(nlp, "Guards who arrested the students were Basij members.", "arrested")
    assert ("target", "students", "civilians") in got
    assert any(role == "actor" for role, _, _ in got)
    assert not any(name.lower() == "who" for _, name, _ in got)


@pytest.mark.slow
def test_evidence_bounds_the_search(nlp: Language) -> None:
    doc = nlp("Police arrested nine activists. The judiciary sentenced them later.")
    tok = next(t for t in doc if t.text == "sentenced")
    found = ActorFinder(doc).actors_for(doc[tok.i : tok.i + 1], tok.sent)
    assert {a.name for a in found} == {"Judiciary of Iran"}


def test_builtin_registry_is_cached() -> None:
    assert ActorRegistry.load() is ActorRegistry.load()
    assert ActorRegistry.load(()) is ActorRegistry.load()
