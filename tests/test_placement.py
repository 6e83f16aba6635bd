"""Placing a claim in a cluster: what the tracker keeps between comparisons must never change
where a claim goes."""

from __future__ import annotations

import json
from dataclasses import replace

from claimtrack.cluster import ClaimProfile, profile_claim
from claimtrack.extract import extract_claims
from claimtrack.normalise import SourceResolver
from claimtrack.tracker import _representative

SENTENCE = (
    "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en Russie."
)


def stored_profile() -> tuple[ClaimProfile, str]:
    """A real claim's profile and its JSON as the store keeps it."""
    claim = extract_claims(SENTENCE, "fr", SourceResolver.default())[0]
    profile = profile_claim(claim, "fr", "2024-10-24")
    return profile, json.dumps(profile.to_json(), ensure_ascii=False)


def test_a_representative_is_decoded_once_per_stored_text() -> None:
    profile, stored = stored_profile()
    first = _representative(stored)
    assert first == profile
    # the same text again (a new string from the database): the decoded profile is reused
    assert _representative("".join(stored)) is first


def test_a_changed_representative_is_decoded_afresh() -> None:
    profile, stored = stored_profile()
    before = _representative(stored)
    changed = replace(profile, places=(*profile.places, "ukraine"))
    after = _representative(json.dumps(changed.to_json(), ensure_ascii=False))
    assert after is not before
    assert after.places == (*profile.places, "ukraine")
