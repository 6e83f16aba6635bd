"""Errors that carry a message meant for the person at the terminal."""


class ClaimtrackError(Exception):
    """A problem the user can act on; the CLI prints the message, never a traceback."""

    exit_code = 1


class UsageError(ClaimtrackError):
    """The command was asked for something that does not exist or does not make sense."""

    exit_code = 2


class ArticleError(ClaimtrackError):
    """One input could not be read as an article; the others still go through."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class StorageError(ClaimtrackError):
    """The database cannot be reached or written (locked, disconnected, full): stop the run."""


class RecordRejected(ClaimtrackError):
    """The database refused one article's data; that article is skipped, the run goes on."""
