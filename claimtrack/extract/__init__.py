"""Attributed-claim extraction: segment -> cues and figures per sentence -> claims.

`extract_claims` is pure: it reads only the package's data files. For every sentence it finds
attribution cues (`attribution.find_cues`) and figures (`figures.find_figures`), gives each
figure the cue that governs it, turns cues without figures into statements, denials or
accusations, and canonicalises every source with a `SourceResolver`.
"""

from __future__ import annotations

from claimtrack.extract.claims import extract_claims

__all__ = ["extract_claims"]
