from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.errors import ConfigError
from wirecoder.pipeline import Pipeline, validate_stages
from wirecoder.registry import get_stage, register_stage, stage_names
from wirecoder.resources import Resources
from wirecoder.stages.base import Stage


class NeedsEvents(Stage):
    name = "needs-events"
    requires: ClassVar[tuple[str, ...]] = ("events",)
    assigns: ClassVar[tuple[str, ...]] = ()


class Shouting(Stage):
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("sections",)

    def process(self, doc: Document) -> None:
        doc.warnings.append(doc.text.upper())


def test_builtin_stages_registered() -> None:
    assert {"language", "sections", "nlp", "events"} <= set(stage_names())


def test_missing_requirement_is_caught_when_built() -> None:
    opts = Options()
    with pytest.raises(ConfigError, match=r"E107.*needs events"):
        validate_stages([NeedsEvents(opts, Resources(opts))])


def test_unknown_stage_name() -> None:
    with pytest.raises(ConfigError, match=r"E102.*no stage named 'nope'"):
        Pipeline.from_options(Options(stages=("nope",)))


def test_stage_listed_twice() -> None:
    with pytest.raises(ConfigError, match=r"E108"):
        Pipeline.from_options(Options(stages=("sections", "sections")))


def test_registered_plugin_stage_runs_and_skipped_docs_pass_through() -> None:
    register_stage("shouting-test")(Shouting)
    assert get_stage("shouting-test") is Shouting
    pipeline = Pipeline.from_options(Options(stages=("shouting-test",),
                                             default_dateline="2020-01-02"))
    docs = list(pipeline.run([Article(text="hello"), Article(text="again")]))
    assert [d.warnings for d in docs] == [["HELLO"], ["AGAIN"]]
    assert docs[0].article.dateline == "2020-01-02"
    assert docs[0].coder_version and docs[0].coder_version.startswith("wirecoder-")


def test_options_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text('[wirecoder]\nbatch_size = 8\nstages = ["sections"]\n')
    opts = Options.from_toml(path)
    assert opts.batch_size == 8 and opts.stages == ("sections",)
    path.write_text("[wirecoder]\nbatch_sise = 8\n")
    with pytest.raises(ConfigError, match=r"E103.*batch_sise"):
        Options.from_toml(path)


class Exploding(Stage):
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def process(self, doc: Document) -> None:
        if "boom" in doc.text:
            raise ValueError("cannot code this")
        doc.warnings.append("coded")


def test_a_failing_article_is_marked_and_the_batch_goes_on() -> None:
    register_stage("exploding-test")(Exploding)
    pipeline = Pipeline.from_options(Options(stages=("exploding-test",)))
    docs = list(pipeline.run([Article(text="fine"), Article(text="boom"),
                              Article(text="fine too")]))
    assert [d.skipped for d in docs] == [None, "coding-error", None]
    assert "cannot code this" in docs[1].warnings[-1]
    assert docs[2].warnings == ["coded"]
