"""Figure normalisation and source attribution, per language, by class of error.

Each table row is a sentence (copied from a development set or written in wire style for
these tests) with the figure or the source the pipeline must give it, hand-checked against
the annotation rules of /work/shared/devset/README.md. Negatives are included in each class.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.claims import extract_claims
from claimtrack.extract.figures import find_figures

Bounds = tuple[float | None, float | None, float | None]

# A comparison word right before the number makes it a bound: "inférieur à N" and "below N"
# cap the figure (value N, high N); "supérieur à N", "au bas mot N" floor it (value N, low N).
# A comparison with a determiner between ("well below its capacity of 950") is no bound.
COMPARISON_BOUNDS: dict[str, list[tuple[str, Bounds]]] = {
    "fr": [
        (
            "L'Association des sinistrés de la basse Sarrène (ASBS), créée dans l'urgence jeudi, "
            "en recense « au bas mot 2 000 ».",
            (2000, 2000, None),
        ),
        ("Selon la banque, la perte moyenne est inférieure à 1 200 euros.", (1200, None, 1200)),
        (
            "D'après le syndicat, les salaires versés restent en dessous de 1 500 euros par mois.",
            (1500, None, 1500),
        ),
        (
            "Les pompiers ont évalué le coût des dégâts à un montant supérieur à 3 millions "
            "d'euros, a indiqué la mairie.",
            (3_000_000, 3_000_000, None),
        ),
        ("Selon la préfecture, 438 personnes étaient à bord.", (438, None, None)),
    ],
    "en": [
        (
            "In a statement, the bank said the average loss was below 1,200 euros, figures it said "
            'the regulator had "significantly overstated".',
            (1200, None, 1200),
        ),
        (
            "The ministry said the death toll was lower than 40, contradicting local officials.",
            (40, None, 40),
        ),
        (
            "Insurers said claims were already higher than €150m, and would keep rising.",
            (150_000_000, 150_000_000, None),
        ),
        (
            "The company said 438 people were aboard, well below its certified capacity.",
            (438, None, None),
        ),
    ],
}


def _first_figure(sentence: str, lang: str) -> Bounds:
    figures = find_figures(sentence, lang)
    assert figures, f"no figure in {sentence!r}"
    first = figures[0]
    return first.value, first.low, first.high


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [(lang, s, e) for lang, rows in COMPARISON_BOUNDS.items() for s, e in rows],
)
def test_comparison_bounds(lang: str, sentence: str, expected: Bounds) -> None:
    assert _first_figure(sentence, lang) == expected


# A present-tense estimate verb valuing its object "at" a figure ("estimates losses at
# €290m") attributes the figure; the noun "Estimates" opening a sentence does not.
ESTIMATED_AT: dict[str, list[tuple[str, str | None, float | None]]] = {
    "en": [
        (
            "France Assureurs, which represents insurers, now estimates insured losses at about "
            "€290m, a figure it said might still rise.",
            "France Assureurs",
            290_000_000,
        ),
        ("The union estimates the number of strikers at 12,000.", "union", 12_000),
        ("Greenpeace values the damage at more than $40 million.", "Greenpeace", 40_000_000),
        ("Estimates of the damage at the port vary widely.", None, None),
    ],
    "fr": [
        (
            "Le syndicat estime le nombre de grévistes à 12 000.",
            "trade unions (organisers)",
            12_000,
        ),
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence", "canonical", "value"),
    [(lang, *row) for lang, rows in ESTIMATED_AT.items() for row in rows],
)
def test_estimated_at(lang: str, sentence: str, canonical: str | None, value: float | None) -> None:
    figures = [c for c in extract_claims(sentence, lang) if c.kind == "figure"]
    if canonical is None:
        assert figures == []
        return
    assert [(c.attribution.canonical, c.figure and c.figure.value) for c in figures] == [
        (canonical, value)
    ]
