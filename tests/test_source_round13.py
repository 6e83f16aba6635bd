"""Who asserts a claim, round 13: classes of source errors found on devset20..28.

Each table pins one class with a devset row and sentences of our own, both languages where
the class exists in both, negatives included.
"""

import pytest

from claimtrack.extract import extract_claims


def _canonicals(text: str, lang: str, opening: str) -> set[str]:
    """The canonical sources of the claims of the sentence opening with `opening`."""
    claims = [c for c in extract_claims(text, lang) if c.sentence.startswith(opening)]
    assert claims, f"no claim in the sentence opening {opening!r}"
    return {c.attribution.canonical for c in claims}


# A party label or short tag bracketed after a person's name is the person's affiliation: the
# person speaks, in that sentence and in the pronoun quotes after it; a body's name spelled by
# its bracketed acronym is that body's short form.
BRACKETED_AFFILIATION = [
    pytest.param(
        "« La commune n'a jamais été destinataire d'un rapport de la DDPP sur ce site », a réagi "
        "le maire Gérard Lhuillier (DVD). « Ces accusations sont injustes pour les agents qui "
        "servent les repas », a-t-il ajouté.",
        "fr",
        "« Ces accusations",
        {"Gérard Lhuillier"},
        id="fr-devset28-mayor-dvd-next-quote",
    ),
    pytest.param(
        "« Le gouvernement a menti sur le coût du chantier », a déclaré la députée Anne Morel "
        "(LR). « Il manque 40 millions d'euros », a-t-elle ajouté.",
        "fr",
        "« Le gouvernement",
        {"Anne Morel"},
        id="fr-own-deputy-lr",
    ),
    pytest.param(
        "« Le gouvernement a menti sur le coût du chantier », a déclaré la députée Anne Morel "
        "(LR). « Il manque 40 millions d'euros », a-t-elle ajouté.",
        "fr",
        "« Il manque",
        {"Anne Morel"},
        id="fr-own-deputy-lr-next-quote",
    ),
    pytest.param(
        "Le sénateur Paul Verdier (PS) accuse la préfecture d'avoir caché le rapport.",
        "fr",
        "Le sénateur",
        {"Paul Verdier"},
        id="fr-own-senator-ps-subject",
    ),
    pytest.param(
        '"This is a cover-up," said state Rep. Laura Binns (R). "Nobody read the report," '
        "she added.",
        "en",
        '"Nobody read',
        {"Laura Binns"},
        id="en-own-representative-r-next-quote",
    ),
    # Negatives: a body's name spelled by its acronym, or ending in a complement.
    pytest.param(
        "« 40 % des bénévoles sont partis », a indiqué Médecins Sans Frontières (MSF). Selon "
        "MSF, la situation empire.",
        "fr",
        "Selon MSF",
        {"Médecins Sans Frontières"},
        id="fr-own-msf-spelled-is-the-body",
    ),
    pytest.param(
        "« Les salaires n'ont pas bougé depuis 2019 », a affirmé le Syndicat des Travailleurs "
        "Portuaires (STP). Le STP réclame 8 % de hausse.",
        "fr",
        "Le STP",
        {"STP"},
        id="fr-own-union-name-with-complement",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "canonicals"), BRACKETED_AFFILIATION)
def test_a_bracketed_party_is_no_speaker(
    text: str, lang: str, opening: str, canonicals: set[str]
) -> None:
    assert _canonicals(text, lang, opening) == canonicals


# A firm described by its trade, a preposition inside the trade ("à bas coûts"), then its name:
# the name is the canonical source, and the firm's head noun takes it up later; a preposition
# after a body of another kind still brings in a place.
TRADE_BEFORE_NAME = [
    pytest.param(
        "BRUXELLES, 20 juil 2026 (AFP) - La compagnie à bas coûts Aerolis a revu à la hausse "
        "lundi le nombre de vols annulés, reconnaissant désormais 104 annulations. « Au total, "
        "104 vols ont dû être annulés », a indiqué la compagnie dans un communiqué.",
        "fr",
        "« Au total",
        {"Aerolis"},
        id="fr-devset27-low-cost-airline-taken-up",
    ),
    pytest.param(
        "BRUXELLES, 20 juil 2026 (AFP) - La compagnie à bas coûts Aerolis a revu à la hausse "
        "lundi le nombre de vols annulés, reconnaissant désormais 104 annulations.",
        "fr",
        "BRUXELLES",
        {"Aerolis"},
        id="fr-devset27-low-cost-airline",
    ),
    pytest.param(
        "L'opérateur à bas prix Telvia affirme avoir gagné 300 000 abonnés en un an.",
        "fr",
        "L'opérateur",
        {"Telvia"},
        id="fr-own-low-price-operator",
    ),
    pytest.param(
        "La banque en ligne Finvela assure que 12 000 comptes ont été bloqués par erreur.",
        "fr",
        "La banque",
        {"Finvela"},
        id="fr-own-online-bank",
    ),
    # Negatives: a name after a preposition in a public body's description is a place.
    pytest.param(
        "Les autorités sanitaires en Wallonie ont recensé 40 cas de légionellose.",
        "fr",
        "Les autorités",
        {"autorités sanitaires en Wallonie"},
        id="fr-own-authorities-in-a-region",
    ),
    pytest.param(
        "The health authority in southern Belgium said 40 cases had been recorded.",
        "en",
        "The health authority",
        {"health authority in southern Belgium"},
        id="en-own-authority-in-a-region",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "canonicals"), TRADE_BEFORE_NAME)
def test_a_firm_described_by_its_trade_is_its_name(
    text: str, lang: str, opening: str, canonicals: set[str]
) -> None:
    assert _canonicals(text, lang, opening) == canonicals
