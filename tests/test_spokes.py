"""Who speaks for whom: a body named through its place, a document read through to its issuer."""

from __future__ import annotations

import pytest

from claimtrack.extract.claims import extract_claims
from claimtrack.normalise import SourceResolver

from .conftest import sources_by_figure


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        # The place's own article goes: the préfète speaks for her prefecture.
        ("la préfète de la Corrèze", "fr", "Corrèze prefecture"),
        ("la préfecture de la Manche", "fr", "Manche prefecture"),
        ("le préfet de l'Ain", "fr", "Ain prefecture"),
        ("la procureure de la République de Tulle", "fr", "Tulle prosecutor's office"),
        # A capitalised article is part of the town's name.
        ("le parquet de La Roche-sur-Yon", "fr", "La Roche-sur-Yon prosecutor's office"),
        # "de la République" is part of the title, no place.
        ("le procureur de la République", "fr", "prosecutor's office"),
    ],
)
def test_a_local_body_is_named_by_its_place(source: str, lang: str, canonical: str) -> None:
    assert SourceResolver.default().canonical(source, lang) == (canonical, False)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Le bilan est désormais de sept morts, selon le dernier point communiqué dimanche "
            "midi par la préfète de la Corrèze.",
            "fr",
            [("sept morts", "Corrèze prefecture")],
            id="fr-latest-update-by-the-prefect",
        ),
        pytest.param(
            "Le chômage a reculé à 7,1 %, selon les chiffres publiés le 14 février par l'Insee.",
            "fr",
            [("7,1 %", "INSEE")],
            id="fr-figures-published-on-a-date-by",
        ),
        pytest.param(
            "Selon la mise à jour publiée mardi par le ministère de l'Intérieur, 1 200 "
            "personnes ont été évacuées.",
            "fr",
            [("1 200 personnes", "French Interior Ministry")],
            id="fr-update-published-by",
        ),
        pytest.param(
            "Le parti au pouvoir arrive en tête avec 54,7 % des voix, selon des résultats "
            "provisoires annoncés lundi par la Commission électorale nationale indépendante "
            "(CENI).",
            "fr",
            [("54,7 %", "CENI")],
            id="fr-results-announced-by",
        ),
    ],
)
def test_a_document_is_read_through_to_its_issuer(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert sources_by_figure(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A member named with his role and the body's acronym speaks for the body.
        pytest.param(
            "« Nous avons onze collègues blessés », a affirmé Marc Delvaux, délégué CGSP à "
            "Sambreville.",
            "fr",
            ["CGSP"],
            id="fr-delegate-acronym",
        ),
        pytest.param(
            "« Les chiffres sont faux », a réagi le délégué syndical CGT Jean Roux.",
            "fr",
            ["CGT"],
            id="fr-union-delegate-acronym",
        ),
        pytest.param(
            '"They cut our pay by a third," said Yanis Ferhat, head of the Union of '
            "Autonomous Couriers (UCA). Ferhat dismissed the charge as an insult.",
            "en",
            ["UCA", "UCA"],
            id="en-head-of-body-with-acronym-then-surname",
        ),
        pytest.param(
            "« La mairie a jeté nos demandes à la poubelle », lance Sylvie Ferrand, présidente "
            "de l'Union des commerçants du centre-ville (UCCV).",
            "fr",
            ["UCCV"],
            id="fr-inverted-speaker-with-body-acronym",
        ),
        # "le syndicat" is the one union the article named, not unions in general.
        pytest.param(
            "Les coursiers ont cessé le travail à l'appel de l'Union des coursiers autonomes "
            "(UCA). Le syndicat affirme que 1 200 comptes ont été désactivés.",
            "fr",
            ["UCA"],
            id="fr-the-union-named-before",
        ),
    ],
)
def test_a_member_speaks_for_the_body_named_with_his_role(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        # A former delegate speaks for himself; a party after a deputy is his affiliation.
        pytest.param(
            "« Rien n'a changé », a affirmé l'ancien délégué CGT Jean Roux.",
            "fr",
            "CGT",
            id="fr-former-delegate-is-the-person",
        ),
        pytest.param(
            "« Ce budget est insincère », a dénoncé le député LR Jean Dupont.",
            "fr",
            "LR",
            id="fr-deputy-party-is-the-person",
        ),
        # Plural "les syndicats" stays the unions in general: the guidelines keep them apart
        # from the one union the article named.
        pytest.param(
            "La CGT a appelé à la grève. Les syndicats revendiquent 300 000 manifestants.",
            "fr",
            "CGT",
            id="fr-plural-unions-stay-generic",
        ),
        # "Union européenne" heads no union: "le syndicat" does not become the EU.
        pytest.param(
            "L'Union européenne (UE) a salué l'accord. Le syndicat affirme que 200 postes "
            "seront supprimés.",
            "fr",
            "UE",
            id="fr-european-union-is-no-union",
        ),
    ],
)
def test_a_person_or_group_keeps_its_own_voice(text: str, lang: str, body: str) -> None:
    claims = extract_claims(text, lang)
    assert claims
    assert claims[-1].attribution.canonical not in {body, "European Union"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The name in apposition after an office, taken up by a relative clause, speaks for
        # the office like the office itself.
        pytest.param(
            "« Aucune hypothèse n'est écartée », a déclaré la procureure de la République de "
            "Tulle, Hélène Marsac, qui a indiqué que 80 gendarmes étaient mobilisés.",
            "fr",
            ["Tulle prosecutor's office"],
            id="fr-office-then-name-then-relative",
        ),
        pytest.param(
            "Le préfet du Finistère, Jean Dupont, a annoncé 40 évacuations. Dupont a ajouté "
            "que 12 maisons étaient inondées.",
            "fr",
            ["Finistère prefecture", "Finistère prefecture"],
            id="fr-office-holder-by-surname-later",
        ),
        # A bracketed acronym after a name the tables know as another body names that body.
        pytest.param(
            "Les loyers ont augmenté de 9,4 %, selon les chiffres publiés par l'Institut "
            "national de la statistique (INS) ardenien.",
            "fr",
            ["INS"],
            id="fr-namesake-institute-with-its-own-acronym",
        ),
        pytest.param(
            "Le bilan atteint 3 958 morts, selon l'Organisation mondiale de la santé (OMS).",
            "fr",
            ["World Health Organization"],
            id="fr-known-institute-keeps-its-name",
        ),
        # Negative: a person's bracketed party is no voice of the party.
        pytest.param(
            "Selon Bernard Maillol (LR), le déficit atteindra 5,4 %.",
            "fr",
            ["Bernard Maillol"],
            id="fr-person-with-party-stays-the-person",
        ),
    ],
)
def test_a_named_office_holder_keeps_the_office(text: str, lang: str, expected: list[str]) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "son président" after the verb is a possessive, its owner the sentence's subject.
        pytest.param(
            "Le club a perdu 12 millions d'euros, a reconnu son président, Jean Roux.",
            "fr",
            ["club"],
            id="fr-possessive-role-owned-by-the-subject",
        ),
        # Negative: "leur" before a name is an object pronoun ("leur a annoncé").
        pytest.param(
            "Le chantier durera 18 mois, leur a annoncé Jean Roux.",
            "fr",
            ["Jean Roux"],
            id="fr-object-pronoun-is-no-possessive",
        ),
    ],
)
def test_a_possessive_role_after_the_verb(text: str, lang: str, expected: list[str]) -> None:
    assert [c.attribution.canonical for c in extract_claims(text, lang)] == expected
