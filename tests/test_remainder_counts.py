"""A count of the rest of a set ("the other two", "les deux autres") after the same source's
count of its other part, in one sentence, is another count: the two never make one claim in
dispute (five miners in a refuge chamber are not contradicted by two not heard from)."""

from __future__ import annotations

import pytest

from claimtrack.cluster import ClaimProfile, follow_targets, profile_article
from claimtrack.extract.claims import extract_claims
from claimtrack.model import Article
from claimtrack.normalise import SourceResolver


def _figures(lang: str, text: str) -> list[tuple[float, ClaimProfile]]:
    article = Article(
        name="a", text=text, lang=lang, content_hash="a", title="", published="2026-06-10"
    )
    claims = extract_claims(text, lang, SourceResolver.default())
    profiles = profile_article(article, claims, follow_targets(claims, lang))
    return [
        (c.figure.value, p)
        for c, p in zip(claims, profiles, strict=True)
        if c.figure is not None and c.figure.value is not None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "part", "rest", "apart"),
    [
        pytest.param(
            "fr",
            "Des sept mineurs toujours prisonniers, cinq ont gagné une chambre de refuge et "
            "sont en contact radio avec la surface, selon l'entreprise, qui dit être sans "
            "nouvelles des deux autres.",
            5,
            2,
            True,
            id="fr-sans-nouvelles-des-deux-autres",
        ),
        pytest.param(
            "fr",
            "Huit blessés ont quitté l'hôpital lundi et les quatre autres restent "
            "hospitalisés, a indiqué le CHU.",
            8,
            4,
            True,
            id="fr-les-quatre-autres",
        ),
        pytest.param(
            "en",
            "Six climbers reached the base camp on Sunday and the other three were still "
            "missing, the rescue service said.",
            6,
            3,
            True,
            id="en-the-other-three",
        ),
        pytest.param(
            "en",
            "Seven patients were discharged on Monday and two others remain in intensive "
            "care, the hospital said.",
            7,
            2,
            True,
            id="en-two-others",
        ),
        # no word of a remainder: a count and another count of the same set may be a dispute
        pytest.param(
            "fr",
            "Selon le syndicat, ce sont donc neuf travailleurs, et non sept, qui seraient "
            "toujours coincés.",
            9,
            7,
            False,
            id="fr-a-correction-is-no-remainder",
        ),
        # the rest of the set counted by another source is its figure of the whole: a dispute
        pytest.param(
            "en",
            "Police counted 3,000 marchers, while organisers said 10,000 others had joined.",
            3000,
            10000,
            False,
            id="en-others-of-another-source",
        ),
    ],
)
def test_the_rest_of_a_set_is_another_count(
    lang: str, text: str, part: float, rest: float, apart: bool
) -> None:
    figures = dict(_figures(lang, text))
    a, b = figures[part], figures[rest]
    contrasted = bool(a.contrast and b.contrast and a.contrast != b.contrast)
    assert contrasted is apart
