"""Access to the data files shipped inside the package (lexicons, aliases, settings, corpus)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

DATA = "claimtrack.data"
# libyaml's loader when PyYAML was built with it (its wheels are): the same documents, read
# about ten times faster, which is most of a command's start-up time.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # a safe loader: plain data only


def data_path(*parts: str) -> Traversable:
    """Return a file inside `claimtrack/data/`."""
    node = resources.files(DATA)
    for part in parts:
        node = node / part
    return node


@cache
def load_data(*parts: str) -> Any:
    """Load a YAML file from `claimtrack/data/` (cached: data files are read-only)."""
    return _parse(data_path(*parts).read_text(encoding="utf-8"))


def load_yaml_file(path: str | Path) -> Any:
    """Load a user-supplied YAML file (not cached)."""
    return _parse(Path(path).read_text(encoding="utf-8"))


def languages() -> list[str]:
    """Languages that have a lexicon folder in `claimtrack/data/`."""
    return sorted(
        node.name
        for node in resources.files(DATA).iterdir()
        if node.is_dir() and len(node.name) == 2
    )


def corpus_dir() -> Traversable:
    """The bundled corpus shipped with the package."""
    return resources.files("claimtrack.corpus")
