"""One denial per charge answered: a denial that answers every charge against its speaker
("rejette ces accusations", "who denies wrongdoing", "nie catégoriquement") after two distinct
charges gives one denial per charge, each pointing at its own accusation; a denial that names
its charge, or answers one ("cette accusation", "the allegation"), stays one claim."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims

# (lang, text, the denying sentence, the start of each accusation sentence its denials answer)
CASES = [
    pytest.param(
        "fr",
        "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs sans "
        "concertation. Il lui reproche aussi d'avoir falsifié les chiffres de ponctualité "
        "transmis à l'autorité de régulation. La direction de la SNCF rejette ces accusations.",
        "La direction de la SNCF rejette ces accusations.",
        ["Le syndicat Sud-Rail accuse", "Il lui reproche aussi"],
        id="fr-ces-accusations-after-two-charges",
    ),
    pytest.param(
        "fr",
        "L'association Anticor accuse le maire de Sorbiac, Didier Lamarque, d'avoir attribué un "
        "marché public à une entreprise de son beau-frère. L'association lui reproche en outre "
        "d'avoir utilisé des fonds municipaux pour sa campagne. Didier Lamarque, qui clame son "
        "innocence, a mandaté un avocat.",
        "Didier Lamarque, qui clame son innocence, a mandaté un avocat.",
        ["L'association Anticor accuse", "L'association lui reproche en outre"],
        id="fr-clame-son-innocence",
    ),
    pytest.param(
        "fr",
        "Des élus d'opposition accusent le président du conseil départemental, Jean Ferrand, "
        "d'avoir embauché son neveu comme chauffeur. Ils lui reprochent également d'avoir fait "
        "payer par le département des travaux dans sa résidence secondaire. Jean Ferrand nie "
        "catégoriquement.",
        "Jean Ferrand nie catégoriquement.",
        ["Des élus d'opposition accusent", "Ils lui reprochent également"],
        id="fr-bare-denial-verb",
    ),
    # devset13 01 (AFP): the pay cut, then "reproche aussi" the dismissals by algorithm
    pytest.param(
        "fr",
        "LYON (AFP) - Des milliers de coursiers de la plateforme de livraison de repas Livrago "
        "ont cessé de pédaler mardi à l'appel de l'Union des coursiers autonomes (UCA), qui "
        "accuse l'entreprise d'avoir réduit unilatéralement le prix payé pour chaque course. "
        "Le syndicat reproche aussi à la plateforme de « licencier par algorithme ». "
        "La direction de Livrago rejette ces accusations.",
        "La direction de Livrago rejette ces accusations.",
        ["LYON (AFP)", "Le syndicat reproche aussi"],
        id="fr-livrago-afp",
    ),
    # one charge restated (a quote by the same union): one denial
    pytest.param(
        "fr",
        "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs sans "
        "concertation. « Ils ont fait disparaître 300 postes en deux ans », affirme son "
        "secrétaire général, Marc Olivier. La direction de la SNCF rejette ces accusations.",
        "La direction de la SNCF rejette ces accusations.",
        ["« Ils ont fait disparaître"],
        id="fr-one-charge-restated",
    ),
    # a denial naming its charge after two charges: one denial
    pytest.param(
        "fr",
        "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs sans "
        "concertation. Il lui reproche aussi d'avoir falsifié les chiffres de ponctualité "
        "transmis à l'autorité de régulation. La direction de la SNCF dément toute suppression "
        "de postes.",
        "La direction de la SNCF dément toute suppression de postes.",
        [None],
        id="fr-names-its-charge",
    ),
    pytest.param(
        "fr",
        "Le syndicat Sud-Rail accuse la SNCF d'avoir supprimé des postes de contrôleurs sans "
        "concertation. Il lui reproche aussi d'avoir falsifié les chiffres de ponctualité. "
        "La direction rejette cette accusation.",
        "La direction rejette cette accusation.",
        ["Il lui reproche aussi"],
        id="fr-cette-accusation-singular",
    ),
    pytest.param(
        "en",
        "The Transport Workers' Union accused Skyline Airways of cutting cabin crew rest periods "
        "below the legal minimum. The union also alleges that the airline falsified maintenance "
        "logs on three aircraft. Skyline rejected the allegations.",
        "Skyline rejected the allegations.",
        ["The Transport Workers' Union accused", "The union also alleges"],
        id="en-the-allegations-after-two-charges",
    ),
    pytest.param(
        "en",
        "Prosecutors accuse Mark Hollis, the former finance director of Bristow Council, of "
        "diverting £2m into a private account. They also allege that he destroyed invoices to "
        "hide the transfers. Hollis, who denies wrongdoing, will stand trial in March.",
        "Hollis, who denies wrongdoing, will stand trial in March.",
        ["Prosecutors accuse Mark Hollis", "They also allege"],
        id="en-denies-wrongdoing",
    ),
    # one charge, then a quote that adds no charge: one denial
    pytest.param(
        "en",
        "The Transport Workers' Union accused Skyline Airways of cutting cabin crew rest periods "
        'below the legal minimum. "Our members are exhausted," union secretary Dan Morley '
        "said. Skyline rejected the allegations.",
        "Skyline rejected the allegations.",
        ["The Transport Workers' Union accused"],
        id="en-one-charge-then-a-quote",
    ),
    pytest.param(
        "en",
        "The Transport Workers' Union accused Skyline Airways of cutting cabin crew rest periods "
        "below the legal minimum. The union also alleges that the airline falsified maintenance "
        "logs on three aircraft. Skyline denied falsifying any maintenance records.",
        "Skyline denied falsifying any maintenance records.",
        [None],
        id="en-names-its-charge",
    ),
    # the allegations named by their charge ("the fraud allegations") are one charge
    pytest.param(
        "en",
        "Opposition councillors accused Mayor Denis Lapointe of awarding a snow-removal "
        "contract to a friend's firm. They also accused him of hiring his nephew. Lapointe "
        "rejected the fraud allegations at a news conference.",
        "Lapointe rejected the fraud allegations at a news conference.",
        ["They also accused him"],
        id="en-the-fraud-allegations",
    ),
    # "…, a charge X rejects" answers the one charge its own sentence names
    pytest.param(
        "en",
        "Firefighters' representatives remain convinced that a high-voltage line operated by "
        "the company Lignéo sparked the fire. They also say the company took more than an hour "
        "to switch the line off. The company has also accused the union of using the disaster "
        "to press its demands for more staff, a charge the union rejects.",
        "The company has also accused the union of using the disaster to press its demands for "
        "more staff, a charge the union rejects.",
        ["The company has also accused"],
        id="en-a-charge-the-union-rejects",
    ),
    pytest.param(
        "en",
        "The Transport Workers' Union accused Skyline Airways of cutting cabin crew rest periods "
        "below the legal minimum. The union also alleges that the airline falsified maintenance "
        "logs on three aircraft. Skyline rejected the allegation.",
        "Skyline rejected the allegation.",
        ["The union also alleges"],
        id="en-the-allegation-singular",
    ),
]


@pytest.mark.parametrize(("lang", "text", "denying", "answered"), CASES)
def test_one_denial_per_charge_answered(
    lang: str, text: str, denying: str, answered: list[str | None]
) -> None:
    """The denials of `denying` and the accusation each points at (None: any one, when the
    denial names its own charge and where it points is not this test's business)."""
    claims = extract_claims(text, lang)
    denials = [c for c in claims if c.sentence == denying and c.kind == "denial"]
    assert len(denials) == len(answered)
    for denial, start in zip(denials, answered, strict=True):
        if start is None:
            continue
        assert denial.denies is not None
        target = claims[denial.denies]
        assert target.kind == "accusation"
        assert target.sentence.startswith(start)
