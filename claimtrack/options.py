"""The one options object between the command line and the library.

The CLI fills an `Options`; the library never sees argument parsing.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path


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
    cluster: overrides of the clustering settings in claimtrack/data/cluster.yaml.
    author: who records editorial decisions.
    """

    db: str | None = None
    aliases: tuple[Path, ...] = ()
    lang: str | None = None
    cluster: dict[str, float] = field(default_factory=dict)
    author: str = field(default_factory=default_author)
