"""Placing a claim in a cluster: what the tracker keeps between comparisons must never change
where a claim goes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from claimtrack.cluster import ClaimProfile, profile_claim
from claimtrack.extract import extract_claims
from claimtrack.normalise import SourceResolver
from claimtrack.options import Options
from claimtrack.store import ClaimQuery, Store, Unit, resolve_url
from claimtrack.store.models import ClusterRow
from claimtrack.tracker import Tracker, _representative

from .conftest import CORPUS

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


def stored_profiles(tracker: Tracker) -> dict[int, str]:
    with tracker.store.unit() as unit:
        return dict(unit.session.execute(select(ClusterRow.id, ClusterRow.profile)).all())


def placements(tracker: Tracker, article: str) -> list[int | None]:
    return [r.cluster_id for r in tracker.claims(ClaimQuery(article=article))]


def test_a_reprint_rewrites_no_representative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wire copy reprinted by one more outlet joins the clusters of the earlier copies,
    which learn nothing more from it: their stored profiles are left as they are. (The
    second copy may still add to them: a stance cluster keeps a member's terms.)"""
    original = (CORPUS / "000-cooperation-nord-coreenne-avec-la-russie.txt").read_text()
    for name in ("first", "second", "reprint"):
        (tmp_path / f"{name}.txt").write_text(original, encoding="utf-8")
    written: list[int] = []
    update = Unit.update_cluster_profile

    def counted(self: Unit, cluster_id: int, *args: Any) -> None:
        written.append(cluster_id)
        update(self, cluster_id, *args)

    monkeypatch.setattr(Unit, "update_cluster_profile", counted)
    with Tracker(Options(db=str(tmp_path / "desk.db"))) as tracker:
        tracker.ingest([str(tmp_path / "first.txt"), str(tmp_path / "second.txt")])
        profiles = stored_profiles(tracker)
        written.clear()
        tracker.ingest([str(tmp_path / "reprint.txt")])
        assert written == []
        assert stored_profiles(tracker) == profiles
        assert placements(tracker, "reprint.txt") == placements(tracker, "first.txt")


def test_a_merge_is_followed_in_the_transaction_that_made_it_and_after(tmp_path: Path) -> None:
    """Merges are read once per transaction (`Unit.merged_into`): one made meanwhile counts."""
    store = Store(resolve_url(str(tmp_path / "merges.db")))
    try:
        with store.unit() as unit:
            kept, gone = unit.new_cluster({}, ["k"]), unit.new_cluster({}, ["k"])
            assert unit.merged_into(gone) == gone  # the merges are read here
            unit.merge(kept, gone, author="desk")
            assert unit.merged_into(gone) == kept
            assert unit.merged_into(kept) == kept
        with store.unit() as unit:
            assert unit.merged_into(gone) == kept
    finally:
        store.close()
