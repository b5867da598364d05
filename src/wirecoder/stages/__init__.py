"""Built-in pipeline stages. Importing this package registers them by name."""

from wirecoder.stages import (  # noqa: F401
    actors,
    amounts,
    dates,
    events,
    language,
    link,
    nlp,
    places,
    quotes,
    sections,
)
