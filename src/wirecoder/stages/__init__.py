"""Built-in pipeline stages. Importing this package registers them by name."""

from wirecoder.stages import events, language, nlp, sections  # noqa: F401
