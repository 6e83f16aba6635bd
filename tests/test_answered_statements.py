"""A denial answering a charge the article wrote as a plain statement (cluster.follow_targets).

Wire copy often reports the charge without an accusation verb ("the region asked Norcastle to
repay the aid", "le syndicat juge ces chiffres sous-estimés") and the answer as a denial: the
denial belongs with that statement, as it would with an accusation.
"""

from __future__ import annotations

import pytest

from claimtrack.cluster import follow_targets
from tests.test_cluster import Said, article_claims


def said(lang: str, sentence: str, source: str, canonical: str, kind: str = "statement") -> Said:
    return Said(
        lang,
        sentence,
        source,
        canonical,
        kind=kind,
        polarity="deny" if kind == "denial" else "affirm",
    )


# (lang, claims in article order, expected follow targets)
CASES = [
    pytest.param(
        "en",
        [
            said(
                "en",
                "Nouvelle-Aquitaine said on Tuesday it had formally asked Norcastle's Valtéa "
                "subsidiary to reimburse the aid it had granted since 2019.",
                "Nouvelle-Aquitaine",
                "Nouvelle-Aquitaine",
            ),
            said(
                "en",
                'Norcastle said it had "met every commitment" attached to the aid.',
                "Norcastle",
                "Norcastle",
                "denial",
            ),
        ],
        [None, 0],
        id="en-statement-names-the-denier",
    ),
    pytest.param(
        "fr",
        [
            said(
                "fr",
                "La mairie estime que Hydrelis aurait dû prévenir les riverains dès lundi.",
                "La mairie",
                "Valcrose city hall",
            ),
            said(
                "fr",
                "La préfecture a indiqué que les routes resteraient fermées jusqu'à jeudi.",
                "La préfecture",
                "prefecture",
            ),
            said(
                "fr",
                "Hydrelis affirme n'avoir reçu aucune alerte avant mardi matin.",
                "Hydrelis",
                "Hydrelis",
                "denial",
            ),
        ],
        [None, None, 0],
        id="fr-statement-names-the-denier-further-back",
    ),
    pytest.param(
        "fr",
        [
            said(
                "fr",
                "Sur le terrain, le syndicat des infirmiers juge ces chiffres largement "
                "sous-estimés.",
                "le syndicat des infirmiers",
                "nurses' union",
            ),
            said(
                "fr",
                "La ministre de la Santé, Anne Roussel, rejette ces accusations de minimisation.",
                "La ministre de la Santé, Anne Roussel",
                "Anne Roussel",
                "denial",
            ),
        ],
        [None, 0],
        id="fr-denial-points-back-at-charges",
    ),
    pytest.param(
        "en",
        [
            said(
                "en",
                "Nurses say the real number of heat deaths is far higher.",
                "Nurses",
                "nurses",
            ),
            said(
                "en",
                "Health Minister Anne Roussel dismissed accusations that her government was "
                "playing down the crisis.",
                "Health Minister Anne Roussel",
                "Anne Roussel",
                "denial",
            ),
        ],
        [None, 0],
        id="en-denial-points-back-at-charges",
    ),
    # negatives
    pytest.param(
        "en",
        [
            said(
                "en",
                "The prefecture said the roads would stay closed until Thursday.",
                "The prefecture",
                "prefecture",
            ),
            said(
                "en",
                "Hydrelis said it had received no warning before Tuesday morning.",
                "Hydrelis",
                "Hydrelis",
                "denial",
            ),
        ],
        [None, None],
        id="en-statement-neither-naming-nor-pointed-at",
    ),
    pytest.param(
        "fr",
        [
            said(
                "fr",
                "Hydrelis a annoncé la réouverture du barrage à la circulation samedi.",
                "Hydrelis",
                "Hydrelis",
            ),
            said(
                "fr",
                "Hydrelis rejette ces accusations de négligence.",
                "Hydrelis",
                "Hydrelis",
                "denial",
            ),
        ],
        [None, None],
        id="fr-own-statement-is-no-charge",
    ),
    pytest.param(
        "fr",
        [
            said(
                "fr",
                "Le comité citoyen Sauvons la Vire a déposé lundi une plainte auprès du "
                "tribunal administratif, qui a confirmé l'avoir reçue.",
                "tribunal administratif",
                "administrative court",
            ),
            said("fr", "Le préfet a appelé au calme.", "Le préfet", "prefect"),
            said(
                "fr",
                "Le maire juge le scrutin « parfaitement régulier ».",
                "Le maire",
                "mayor",
            ),
            said(
                "fr",
                "Le comité conteste également la participation officielle.",
                "Le comité",
                "Sauvons la Vire",
                "denial",
            ),
        ],
        [None, None, None, None],
        id="fr-naming-statement-too-far-back",
    ),
    pytest.param(
        "en",
        [
            said(
                "en",
                "The worker who died was a 54-year-old technician, local media reported.",
                "local media",
                "media",
            ),
            said(
                "en",
                "A union representative accused management of ignoring warnings about a valve.",
                "A union representative",
                "Armorichim",
                "accusation",
            ),
            said(
                "en",
                "The company dismissed the allegations as unfounded.",
                "The company",
                "Armorichim",
                "denial",
            ),
        ],
        [None, None, None],
        id="en-an-accusation-before-is-the-charge-not-a-statement",
    ),
    pytest.param(
        "fr",
        [
            said(
                "fr",
                "Le syndicat accuse Hydrelis d'avoir ouvert les vannes trop tard.",
                "Le syndicat",
                "CGT",
                "accusation",
            ),
            said(
                "fr",
                "La mairie estime que Hydrelis aurait dû prévenir les riverains dès lundi.",
                "La mairie",
                "Valcrose city hall",
            ),
            said(
                "fr",
                "Hydrelis rejette ces accusations.",
                "Hydrelis",
                "Hydrelis",
                "denial",
            ),
        ],
        [None, None, 0],
        id="fr-an-accusation-is-answered-first",
    ),
]


@pytest.mark.parametrize(("lang", "claims", "expected"), CASES)
def test_denial_answers_charge_written_as_statement(
    lang: str, claims: list[Said], expected: list[int | None]
) -> None:
    assert follow_targets(article_claims(*claims), lang) == expected
