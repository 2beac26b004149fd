"""Fixtures shared by the extraction tests: the spaCy pipeline and the packaged gazetteer,
each loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract.where import Gazetteer, default_gazetteer
from unrest.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()
