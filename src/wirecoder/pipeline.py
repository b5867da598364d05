"""Build a validated stage list from options and run it over a stream of articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wirecoder import CODER_VERSION
from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.errors import ConfigError
from wirecoder.registry import get_stage
from wirecoder.resources import Resources
from wirecoder.stages.base import INITIAL_FIELDS, KNOWN_FIELDS, Stage


def validate_stages(stages: list[Stage]) -> None:
    """Check, before any article is read, that each stage's inputs are set by an earlier one."""
    available = set(INITIAL_FIELDS)
    for stage in stages:
        unknown = (set(stage.requires) | set(stage.assigns)) - KNOWN_FIELDS
        if unknown:
            raise ConfigError(f"E106 stage {stage.name!r} declares unknown field(s) "
                              f"{', '.join(sorted(unknown))}")
        missing = set(stage.requires) - available
        if missing:
            raise ConfigError(
                f"E107 stage {stage.name!r} needs {', '.join(sorted(missing))}, which no earlier "
                "stage sets; reorder the `stages` option or add the stage that sets it"
            )
        available |= set(stage.assigns)


class Pipeline:
    def __init__(self, stages: list[Stage], options: Options) -> None:
        validate_stages(stages)
        self.stages = stages
        self.options = options

    @classmethod
    def from_options(cls, options: Options | None = None,
                     resources: Resources | None = None) -> Pipeline:
        options = options or Options()
        resources = resources or Resources(options)
        names = list(options.stages)
        if len(set(names)) != len(names):
            raise ConfigError(f"E108 a stage is listed twice in `stages`: {names}")
        return cls([get_stage(name)(options, resources) for name in names], options)

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        stream: Iterable[Document] = (self.start(a) for a in articles)
        for stage in self.stages:
            stream = stage.run(stream)
        for doc in stream:
            doc.segments = []  # parses are large and not part of the output; free them early
            yield doc

    def code(self, article: Article) -> Document:
        return next(iter(self.run([article])))

    def start(self, article: Article) -> Document:
        """The empty Document an article enters the first stage as."""
        if article.dateline is None and self.options.default_dateline:
            article.dateline = self.options.default_dateline
        return Document(article=article, coder_version=CODER_VERSION)
