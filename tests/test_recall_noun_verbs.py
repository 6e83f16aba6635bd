"""A verb that is also a noun ("claims", "estimates") after a speaker set off by commas, per
language, with its negatives: a bounded number after the form ("claims AT LEAST 38 pages",
"claims contracts worth MORE THAN €200mn were rigged") makes it the verb; a complement after
it ("claims OF at least 500 euros") keeps it a noun. A relative clause describing the speaker
does not date the claim."""

from __future__ import annotations

import pytest

from claimtrack.cluster import profile_claim
from claimtrack.extract import extract_claims
from claimtrack.extract.attribution import _bounded_figure_ahead
from tests.extract_cases import Expect, check, describe

F, A = "figure", "accusation"

BOUNDED_FIGURE_AFTER_VERB = [
    pytest.param(
        "en",
        "Nadia Ouellet, a biology professor and former associate dean of research, claims at "
        "least 38 pages of Lachapelle's 1998 thesis were lifted from a Belgian researcher's "
        "work without attribution.",
        [Expect(F, "Nadia Ouellet", 38), Expect(A, "Nadia Ouellet")],
        id="en-devset13-apposition-claims-at-least",
    ),
    pytest.param(
        "en",
        "Ferrer, who first raised concerns in a 2022 letter to the prefect, claims contracts "
        "worth more than €200mn were rigged.",
        [Expect(F, "Ferrer", 200e6), Expect(A, "Ferrer")],
        id="en-devset17-relative-then-claims",
    ),
    pytest.param(
        "en",
        "Marta Kowalczyk claims nearly 1,200 people were pushed back across the border in October.",
        [Expect(F, "Marta Kowalczyk", 1200)],
        id="en-name-claims-nearly",
    ),
    pytest.param(
        "fr",
        "Nadia Ouellet, ancienne vice-doyenne à la recherche, soutient qu'au moins 38 pages de "
        "la thèse ont été copiées.",
        [Expect(F, "Nadia Ouellet", 38)],
        id="fr-apposition-soutient-au-moins",
    ),
    pytest.param(
        "fr",
        "Nadia Ferrer, qui avait alerté le préfet dès 2022, affirme que plus de 200 millions "
        "d'euros de marchés ont été truqués.",
        [Expect(F, "Nadia Ferrer", 200e6)],
        id="fr-relative-then-affirme",
    ),
]

# The form is a noun: no claim of its own.
NOUN_FORMS = [
    pytest.param(
        "en",
        "Compensation claims of at least 500 euros were filed by 300 passengers.",
        id="en-claims-of-bounded-amount",
    ),
    pytest.param(
        "en",
        "Insurance claims more than doubled last year to 4,200.",
        marks=pytest.mark.xfail(
            reason="'more than' then a past form reads as a clause after 'claims' "
            "(_clause_follows): the noun subject speaks"
        ),
        id="en-claims-more-than-doubled",
    ),
    pytest.param(
        "fr",
        "Les demandes d'indemnisation ont plus que doublé l'an dernier, à 4 200.",
        id="fr-demandes-plus-que-double",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BOUNDED_FIGURE_AFTER_VERB)
def test_bounded_figure_after_verb(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "clause", "condensed"),
    [
        ("fr", "un surplus de 300 euros, plus de 300 euros", "un surplus de 300 euros, N euros"),
        ("en", "contracts worth more than €200mn were rigged", "contracts worth N were rigged"),
    ],
)
def test_a_bounded_number_starts_a_word(lang: str, clause: str, condensed: str) -> None:
    # "surplus de 300" holds no "plus de 300"
    assert _bounded_figure_ahead(lang).sub("N", clause) == condensed


@pytest.mark.parametrize(("lang", "text"), NOUN_FORMS)
def test_noun_forms_say_nothing(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert claims == [], describe(claims)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        pytest.param(
            "en",
            "Ferrer, who first raised concerns in a 2022 letter to the prefect, claims "
            "contracts worth more than €200mn were rigged.",
            200e6,
            id="en-letter-year",
        ),
        pytest.param(
            "fr",
            "Nadia Ferrer, qui avait alerté le préfet dès 2022, affirme que plus de 200 "
            "millions d'euros de marchés ont été truqués.",
            200e6,
            id="fr-alert-year",
        ),
    ],
)
def test_speaker_description_does_not_date_the_claim(lang: str, text: str, value: float) -> None:
    claim = next(c for c in extract_claims(text, lang) if c.figure and c.figure.value == value)
    assert profile_claim(claim, lang, "2025-10-14").event_date != "2022"


def test_a_relative_clause_holding_the_figure_still_dates_it() -> None:
    text = (
        "The High Council of Public Finances, which estimated the deficit at 5.1 per cent in "
        "2024, said the target was out of reach."
    )
    claim = next(c for c in extract_claims(text, "en") if c.figure is not None)
    assert profile_claim(claim, "en", "2025-10-14").event_date == "2024"
