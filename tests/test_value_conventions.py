"""Value conventions of figures, per language (README, "The export contract").

Upper bounds mirror the lower ones: "jusqu'à / up to / no more than / at most / moins de /
fewer than / under N" is value=N, value_high=N, approx (a cap set on a figure, "plafonné à",
"capped at", is the figure itself: a point value). Sentences were written for these tests in
wire style; negatives included.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.figures import find_figures

# (value, low, high, approx) of each figure, in text order.
Bounds = list[tuple[float | None, float | None, float | None, bool]]


def bounds(text: str, lang: str) -> Bounds:
    return [(f.value, f.low, f.high, f.approx) for f in find_figures(text, lang)]


UPPER_BOUND_CASES = [
    # --- fr
    pytest.param(
        "fr",
        "Selon le syndicat, jusqu'à 300 salariés pourraient être concernés.",
        [(300, None, 300, True)],
        id="fr-jusqu-a",
    ),
    pytest.param(
        "fr",
        "La préfecture a compté moins de 2 000 manifestants dans le cortège.",
        [(2000, None, 2000, True)],
        id="fr-moins-de",
    ),
    pytest.param(
        "fr",
        "D'après la direction, pas plus de 40 postes seront supprimés, et au plus 12 au siège.",
        [(40, None, 40, True), (12, None, 12, True)],
        id="fr-pas-plus-de-au-plus",
    ),
    # a cap is the figure itself, a point value (devset17 gold: "capacity was capped at 25,000")
    pytest.param(
        "fr",
        "Le loyer sera plafonné à 900 euros par mois, a précisé la mairie.",
        [(900, None, None, False)],
        id="fr-neg-a-cap-is-a-point-value",
    ),
    pytest.param(
        "fr",
        "Selon la police, 2 000 personnes ont défilé, contre au moins 5 000 selon la CGT.",
        [(2000, None, None, False), (5000, 5000, None, True)],
        id="fr-neg-point-value-and-floor",
    ),
    # --- en
    pytest.param(
        "en",
        "The union said up to 300 workers could be affected.",
        [(300, None, 300, True)],
        id="en-up-to",
    ),
    pytest.param(
        "en",
        "Police said fewer than 2,000 people took part, and no more than 50 were arrested.",
        [(2000, None, 2000, True), (50, None, 50, True)],
        id="en-fewer-than-no-more-than",
    ),
    pytest.param(
        "en",
        "Officials said at most 12 homes were damaged and rents were capped at 900 euros.",
        [(12, None, 12, True), (900, None, None, False)],
        id="en-at-most-capped-at",
    ),
    pytest.param(
        "en",
        "Police said 2,000 people took part, while organisers counted at least 5,000.",
        [(2000, None, None, False), (5000, 5000, None, True)],
        id="en-neg-point-value-and-floor",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UPPER_BOUND_CASES)
def test_upper_bounds_mirror_lower_bounds(lang: str, text: str, expected: Bounds) -> None:
    assert bounds(text, lang) == expected
