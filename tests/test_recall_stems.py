"""French -er verbs whose stem vowel turns grave before a mute ending ("relève", "révèle",
"martèle", "considèrent"): every form of a listed verb reports; and an accusation that names
nobody carries on the charge its speaker made just before, against the same party, so that
another party's denial does not answer it."""

from __future__ import annotations

import pytest

from claimtrack import cluster
from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

GRAVE_STEMS = [
    pytest.param(
        "fr",
        "« Nous n'avons jamais reçu la moindre alerte », martèle le directeur de l'usine.",
        [Expect(S, "~directeur", polarity="deny")],
        id="fr-martele",
    ),
    pytest.param(
        "fr",
        "L'Insee relève que 12 000 emplois ont été détruits au troisième trimestre.",
        [Expect(F, "INSEE", 12000)],
        id="fr-releve",
    ),
    pytest.param(
        "fr",
        "Le rapport révèle que 340 contrats ont été attribués sans appel d'offres.",
        [Expect(F, "~rapport", 340)],
        id="fr-revele",
    ),
    pytest.param(
        "fr",
        "Les syndicats considèrent que 800 postes sont menacés sur le site.",
        [Expect(F, "trade unions (organisers)", 800)],
        id="fr-considerent",
    ),
    pytest.param(
        "fr",
        "Le ministre concède que le déficit atteindra 5,4 % du PIB.",
        [Expect(F, "~ministre", 5.4)],
        id="fr-concede",
    ),
]

# Non-words the rule could build are never text; real words with the same letters that are
# no reporting verb stay silent.
NO_REPORT = [
    pytest.param("fr", "Le relevé de 2023 comptait 48 stations.", id="fr-noun-releve"),
    pytest.param("fr", "Une révélation de 2021 portait sur 12 sites.", id="fr-noun-revelation"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GRAVE_STEMS)
def test_grave_stems_report(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text"), NO_REPORT)
def test_no_report(lang: str, text: str) -> None:
    assert extract_claims(text, lang) == []


CARRIED_ON = [
    pytest.param(
        "fr",
        "Le syndicat des joueurs accuse la Ligue d'avoir ignoré des alertes répétées. « Elle "
        "savait et elle n'a rien fait », martèle son secrétaire général. Quant au club de "
        "Verlaine, il conteste toute implication, selon un communiqué.",
        id="fr-quote-carries-on-the-charge",
    ),
    pytest.param(
        "en",
        "The players' union accused the League of ignoring repeated warnings. \"It knew and "
        'did nothing," its general secretary insisted. The Verlaine club, for its part, '
        "denied any involvement, according to a statement.",
        id="en-quote-carries-on-the-charge",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CARRIED_ON)
def test_accused_carried_on(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    accusations = [c for c in claims if c.kind == A]
    assert len(accusations) == 2, [(c.kind, c.attribution.canonical) for c in claims]
    # the first names the League; the quote carries that charge on, for clustering only
    assert accusations[0].extras.get("accused"), accusations[0].extras
    assert "accused" not in accusations[1].extras, accusations[1].extras
    assert "League" in accusations[1].extras.get("accused_carried", "") or "Ligue" in (
        accusations[1].extras.get("accused_carried", "")
    ), accusations[1].extras
    denial = next(i for i, c in enumerate(claims) if c.kind == D)
    # the club's denial answers neither of the union's charges against the League
    assert cluster.follow_targets(claims, lang)[denial] is None
