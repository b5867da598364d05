"""Fixtures shared across test modules."""

from __future__ import annotations

import pytest

from wirecoder.config import Options
from wirecoder.resources import Resources


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Default services with the spaCy model loaded once for the whole test session."""
    res = Resources(Options())
    res.nlp  # noqa: B018  (load the model once)
    return res
