"""The one options object between the command line and the library.

The CLI fills an `Options`; the library never sees argument parsing.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The environment variable naming the database when no --db is given.
DB_ENV_VAR = "CLAIMTRACK_DB"


def default_author() -> str:
    """Who is deciding: the OS user, as the review commands record it."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or "editor"


@dataclass(frozen=True, slots=True)
class Options:
    """How to run claimtrack.

    db: a SQLite file path or any SQLAlchemy URL; None means $CLAIMTRACK_DB, else
        ./claimtrack.db.
    aliases: extra source-alias files (YAML, same format as claimtrack/data/aliases/).
    lang: force the language of every ingested article instead of detecting it.
    settings: overrides of the clustering and conflict settings in
        claimtrack/data/cluster.yaml, by name (`threshold`, `approx_tolerance`...).
    author: who records editorial decisions.
    """

    db: str | None = None
    aliases: tuple[Path, ...] = ()
    lang: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    author: str = field(default_factory=default_author)


def parse_setting(text: str) -> tuple[str, Any]:
    """`NAME=VALUE` -> (name, value): a number, true/false, or the text itself."""
    name, sep, raw = text.partition("=")
    name, raw = name.strip(), raw.strip()
    if not sep or not name or not raw:
        raise ValueError(f"'{text}' is not NAME=VALUE (for example threshold=0.75).")
    if raw.lower() in ("true", "false"):
        return name, raw.lower() == "true"
    for kind in (int, float):
        try:
            return name, kind(raw)
        except ValueError:
            continue
    return name, raw
