"""Stage registry: stages are found by name, so new work adds stages without touching the core.

The project's own stages register themselves with :func:`register_stage` when
``wirecoder.stages`` is imported; plugins declare an entry point in the ``wirecoder.stages`` group
whose object is a stage class (or a module that registers its stages on import).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, TypeVar

from wirecoder.errors import ConfigError

if TYPE_CHECKING:
    # Imported for types only: the stage modules import this registry, so importing the stages
    # package here at run time would be circular.
    from wirecoder.stages.base import Stage

S = TypeVar("S", bound="type[Stage]")

_STAGES: dict[str, type[Stage]] = {}
_loaded_plugins = False


def register_stage(name: str) -> Callable[[S], S]:
    def decorate(cls: S) -> S:
        if name in _STAGES and _STAGES[name] is not cls:
            raise ConfigError(f"E101 two stages registered under the name {name!r}: "
                              f"{_STAGES[name].__qualname__} and {cls.__qualname__}")
        cls.name = name
        _STAGES[name] = cls
        return cls

    return decorate


def _load_plugins() -> None:
    global _loaded_plugins
    if _loaded_plugins:
        return
    _loaded_plugins = True
    import wirecoder.stages  # noqa: F401  (registers the built-in stages)
    from wirecoder.stages.base import Stage

    for ep in entry_points(group="wirecoder.stages"):
        obj = ep.load()
        if isinstance(obj, type) and issubclass(obj, Stage) and ep.name not in _STAGES:
            register_stage(ep.name)(obj)


def get_stage(name: str) -> type[Stage]:
    _load_plugins()
    try:
        return _STAGES[name]
    except KeyError:
        known = ", ".join(sorted(_STAGES))
        raise ConfigError(f"E102 no stage named {name!r}; known stages: {known}") from None


def stage_names() -> list[str]:
    _load_plugins()
    return sorted(_STAGES)
