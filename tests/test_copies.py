"""A reprint is a copy of its earliest appearance, not an independent confirmation."""

from __future__ import annotations

from pathlib import Path

from claimtrack.options import Options
from claimtrack.store import ClaimQuery
from claimtrack.tracker import Tracker

from .conftest import CORPUS

ORIGINAL = CORPUS / "004-visite-de-poutine-en-coree-du-nord.txt"


def test_reprinted_article_is_marked_as_copies_of_the_original(tmp_path: Path) -> None:
    text = ORIGINAL.read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    reprint = tmp_path / "reprint-elsewhere.txt"
    # Another outlet republishes the article a week later, under its own header.
    reprint.write_text(
        "---\ntitle: Poutine à Pyongyang\noutlet: Le Relais\ndate: 2024-06-28\nlang: fr\n---\n"
        + body,
        encoding="utf-8",
    )
    original = tmp_path / ORIGINAL.name
    original.write_text(
        text.replace("date: null", "date: '2024-06-20'"),
        encoding="utf-8",
    )
    with Tracker(Options(db=str(tmp_path / "c.db"))) as tracker:
        assert tracker.ingest([str(reprint), str(original)]).ok
        claims = tracker.claims(ClaimQuery())
        first = {c.sentence: c for c in claims if c.article == original.name}
        again = [c for c in claims if c.article == reprint.name]
        assert first and len(again) == len(first)
        for copy in again:
            assert copy.copy_of == first[copy.sentence].claim_id, copy.sentence
            assert first[copy.sentence].copy_of is None
        containers = next(c for c in claims if c.value == 7000 and c.article == original.name)
        cluster = tracker.cluster(containers.cluster_id)
        assert cluster.independent_sources == 1
