"""Value conventions of figures, per language (README, "The export contract").

Upper bounds mirror the lower ones: "jusqu'à / up to / no more than / at most / moins de /
fewer than / under N" is value=N, value_high=N, approx (a cap set on a figure, "plafonné à",
"capped at", is the figure itself: a point value). A power of ten right after a figure and a
rate word is the rate's denominator, not a figure ("405 euros les 1 000 litres", "12 cases per
100,000 people"); a share after an ordinal is part of a period ("the first half of the year").
A figure alone in a bracket right after another, in another unit, converts it and is no figure
of its own ("110 million euros ($128 million)"). Sentences were written for these tests in
wire style, or come from the dev sets (the id names the set); negatives included.
"""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from claimtrack.extract.figures import find_figures

# (value, unit as written) of each figure, in text order.
Counts = list[tuple[float | None, str | None]]
# (value, low, high, approx, canonical unit) of each figure, in text order.
Values = list[tuple[float | None, float | None, float | None, bool, str | None]]

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


RATE_AND_PERIOD_CASES = [
    # --- fr
    pytest.param(
        "fr",
        "« On nous propose 405 euros les 1 000 litres, alors qu'il nous en faut 480 », dit-il.",
        [(405, "euros"), (480, None)],
        id="fr-devset27-price-per-thousand-litres",
    ),
    pytest.param(
        "fr",
        "L'ARS recense 35 cas pour 100 000 habitants dans le département.",
        [(35, "cas")],
        id="fr-own-incidence-per-100000",
    ),
    pytest.param(
        "fr",
        "La CGT compte 400 grévistes pour 1 200 postes, et 1 000 salariés ont débrayé.",
        [(400, "grévistes"), (1200, "postes"), (1000, "salariés")],
        id="fr-neg-no-power-of-ten-and-no-rate-word",
    ),
    # --- en
    pytest.param(
        "en",
        "Farmers are demanding 480 euros per 1,000 liters, according to the federation.",
        [(480, "euros")],
        id="en-devset27-price-per-thousand-liters",
    ),
    pytest.param(
        "en",
        "Health officials recorded 12 cases per 100,000 people last week.",
        [(12, "cases")],
        id="en-own-incidence-per-100000",
    ),
    pytest.param(
        "en",
        "More than 50 kilograms of mercury were seized in the first half of the year, the army "
        "said.",
        [(50, "kilograms")],
        id="en-devset26-first-half-is-a-period",
    ),
    pytest.param(
        "en",
        "Police counted 3,000 protesters and 100 arrests; half of the shops stayed shut.",
        [(3000, "protesters"), (100, "arrests"), (50, "%")],
        id="en-neg-a-count-of-a-hundred-and-a-plain-half",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RATE_AND_PERIOD_CASES)
def test_rate_denominators_and_period_halves_are_no_figures(
    lang: str, text: str, expected: Counts
) -> None:
    assert [
        (f.value if f.value is not None else f.low, f.unit) for f in find_figures(text, lang)
    ] == expected


# A copular verdict on the figure of the sentence before, named by an anaphor with an adjective
# or a possessive ("ce NOUVEAU chiffre est « une pure fabrication »", "THEIR number is a
# fantasy"), denies that figure: kind figure, polarity deny, its value (annotation guidelines).
CONTESTED_CASES = [
    # --- fr
    pytest.param(
        "fr",
        "Selon le ministère, 182 tonnes de merlu ont été saisies dans les cales. Pour Vestrand, "
        "ce nouveau chiffre est « une pure fabrication ».",
        [("figure", "affirm", 182), ("figure", "deny", 182)],
        id="fr-devset23-adjective-anaphor-pure-fabrication",
    ),
    pytest.param(
        "fr",
        "La préfecture a compté 2 000 manifestants. Pour les syndicats, ce chiffre officiel est "
        "« ridicule ».",
        [("figure", "affirm", 2000), ("figure", "deny", 2000)],
        id="fr-own-anaphor-with-adjective-after",
    ),
    pytest.param(
        "fr",
        "La préfecture a compté 2 000 manifestants. Pour les syndicats, ce cortège était "
        "« historique ».",
        [("figure", "affirm", 2000), ("statement", "affirm", None)],
        id="fr-neg-praise-is-no-denial",
    ),
    # --- en
    pytest.param(
        "en",
        'The developer estimated that the turbines could kill 310 birds a year. "Their number '
        'is a fantasy," said bird society biologist Jean-François Lavoie.',
        [("figure", "affirm", 310), ("figure", "deny", 310)],
        id="en-devset25-possessive-anaphor-fantasy",
    ),
    pytest.param(
        "en",
        'The developer says the turbines would kill 310 birds a year. "Their estimate is pure '
        'fantasy," a biologist with the bird society said.',
        [("figure", "affirm", 310), ("figure", "deny", 310)],
        id="en-own-possessive-estimate",
    ),
    pytest.param(
        "en",
        "Police counted 2,000 protesters. The unions said their numbers were growing.",
        [("figure", "affirm", 2000), ("statement", "affirm", None)],
        id="en-neg-possessive-without-verdict",
    ),
    pytest.param(
        "en",
        'The regional agency counted 4,600 beds. The agency said its figures followed "a '
        'national methodology" and denied any manipulation.',
        [
            ("figure", "affirm", 4600),
            ("denial", "deny", None),
            ("statement", "affirm", None),
        ],
        id="en-neg-devset17-its-figures-are-the-speakers-own",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONTESTED_CASES)
def test_a_verdict_on_the_previous_figure_denies_it(
    lang: str, text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    found = [
        (c.kind, c.polarity, c.figure.value if c.figure else None)
        for c in extract_claims(text, lang)
    ]
    assert found == expected


def values(text: str, lang: str) -> Values:
    return [(f.value, f.low, f.high, f.approx, f.unit_canonical) for f in find_figures(text, lang)]


CONVERSION_CASES = [
    # --- fr
    pytest.param(
        "fr",
        "Les douanes estiment la valeur du lot à 1,9 million d'euros (2,2 millions de dollars).",
        [(1900000, None, None, False, "EUR")],
        id="fr-own-currency-conversion",
    ),
    pytest.param(
        "fr",
        "Le cyclone a apporté 400 millimètres (16 pouces) de pluie en deux jours.",
        [(400, None, None, False, "mm")],
        id="fr-own-length-conversion",
    ),
    pytest.param(
        "fr",
        "Les organisateurs ont compté 12 000 manifestants (3 000 selon la police).",
        [(12000, None, None, False, "protesters"), (3000, None, None, False, None)],
        id="fr-neg-bracketed-counter-figure-with-source",
    ),
    pytest.param(
        "fr",
        "L'incendie a fait 23 morts (dont 5 enfants), selon les pompiers.",
        [(23, None, None, False, "deaths"), (5, None, None, False, "children")],
        id="fr-neg-bracketed-subset",
    ),
    # --- en
    pytest.param(
        "en",
        "Insurers estimated claims could reach 110 million euros ($128 million).",
        [(110000000, None, None, False, "EUR")],
        id="en-devset26-euros-to-dollars",
    ),
    pytest.param(
        "en",
        "The weather institute said 61 millimeters (2.4 inches) of rain fell on the city center.",
        [(61, None, None, False, "mm")],
        id="en-devset24-millimetres-to-inches",
    ),
    pytest.param(
        "en",
        "Prosecutors said the coach was travelling at 87 km/h (54 mph) where the limit is 50 km/h.",
        [(87, None, None, False, "km"), (50, None, None, False, "km")],
        id="en-devset19-speed-conversion",
    ),
    pytest.param(
        "en",
        "A source said the train was travelling at about 110 km/h (68 mph) when it left the "
        "tracks.",
        [(110, None, None, True, "km")],
        id="en-own-speed-conversion-was-a-unitless-figure",
    ),
    pytest.param(
        "en",
        "The regulator said the company was fined €5 million ($5.4 million).",
        [(5000000, None, None, False, "EUR")],
        id="en-own-fine-in-two-currencies",
    ),
    pytest.param(
        "en",
        "The fire has burned 12,000 hectares (29,650 acres), the civil protection agency said.",
        [(12000, None, None, False, "hectares")],
        id="en-own-area-in-two-units",
    ),
    pytest.param(
        "en",
        "The bank says it will pay 30 euros (about $34) to each customer.",
        [(30, None, None, False, "EUR")],
        id="en-own-approximate-conversion",
    ),
    pytest.param(
        "en",
        "The company will cut some 4,000 jobs (about 3% of its workforce), the union said.",
        [(4000, None, None, True, "jobs"), (3, None, None, True, "percent")],
        id="en-neg-share-with-its-own-words",
    ),
    pytest.param(
        "en",
        "Organisers said 12,000 people marched (police said 3,000).",
        [(12000, None, None, False, "protesters"), (3000, None, None, False, None)],
        id="en-neg-bracketed-counter-figure-with-source",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CONVERSION_CASES)
def test_bracketed_conversions_are_no_figures(lang: str, text: str, expected: Values) -> None:
    assert values(text, lang) == expected
