"""A stance told in a sentence that also gives figures is profiled by its charge, per language.

When one subject first gives figures and then makes its charge in a coordinated predicate of
its own ("X claims at least 420 proxies were irregular — and has accused the mayor's camp of
buying votes", "Y said 1,200 teachers were recruited, but rejected claims that…"), the
figures are their own claims: the stance's terms come from the charge, not from the
figures' words. Negatives: a verb in the figure's own clause, in a relative clause, or after
a quote leaves the sentence whole (the charge may be the figure's clause).

A denial that gives a figure ("has denied carrying hundreds more passengers…") is two claims,
the denial and the figure; the same source's next denial ("These claims are false") goes on
with the denial, not with the figure, unless it speaks of figures ("disputed these
figures")."""

from __future__ import annotations

import pytest

from claimtrack.cluster import follow_targets, profile_article
from claimtrack.extract import extract_claims
from claimtrack.model import Article


def _stance_terms(lang: str, text: str, kind: str) -> set[str]:
    """The terms of the first `kind` claim (without a figure) of a one-sentence article."""
    article = Article(name="t.txt", text=text, lang=lang, content_hash="t", published="2025-03-04")
    claims = extract_claims(text, lang)
    profiles = profile_article(article, claims)
    found = [p for c, p in zip(claims, profiles, strict=True) if c.kind == kind and not c.figure]
    assert found, f"no {kind} extracted"
    return set(found[0].terms())


# (lang, sentence, kind, terms of the charge kept, terms of the figures' clause left out)
CHARGE_AFTER_FIGURES = [
    pytest.param(
        "en",
        "Bouzid-Fabre's list claims at least 420 proxies were irregular — more than four times "
        "the margin — and has accused the mayor's camp of buying votes with shopping vouchers.",
        "accusation",
        {"w:vouche", "w:shoppi"},
        {"w:irregu", "w:times", "w:least"},
        id="en-devset21-claims-figure-and-has-accused",
    ),
    pytest.param(
        "en",
        "The Green group says at least 300 invoices were forged, and has accused the regional "
        "council of paying a printing firm for leaflets it never received.",
        "accusation",
        {"w:leafle", "w:printi"},
        {"w:invoic", "w:forged", "c:fraud"},
        id="en-says-figure-and-has-accused",
    ),
    pytest.param(
        "en",
        "The ministry said 1,200 teachers had been recruited this year, but rejected claims that "
        "rural schools had been left without staff.",
        "denial",
        {"w:rural", "w:school"},
        {"w:recrui", "w:teache"},
        id="en-said-figure-but-rejected",
    ),
    pytest.param(
        "fr",
        "Le collectif affirme qu'au moins 300 factures ont été falsifiées, et accuse le conseil "
        "régional d'avoir payé un imprimeur pour des tracts jamais livrés.",
        "accusation",
        {"w:imprim", "w:tracts"},
        {"w:factur", "c:fraud"},
        id="fr-affirme-figure-et-accuse",
    ),
    pytest.param(
        "fr",
        "Le ministère assure que 1 200 enseignants ont été recrutés cette année, mais dément que "
        "les écoles rurales aient été laissées sans personnel.",
        "denial",
        {"w:ecoles", "w:rurale"},
        {"w:enseig", "w:recrut"},
        id="fr-assure-figure-mais-dement",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "kept", "left_out"), CHARGE_AFTER_FIGURES)
def test_charge_after_figures_is_profiled_without_them(
    lang: str, text: str, kind: str, kept: set[str], left_out: set[str]
) -> None:
    terms = _stance_terms(lang, text, kind)
    assert kept <= terms
    assert not left_out & terms


# (lang, sentence, kind, terms of the figure's clause that stay: it may be the charge)
SENTENCE_STAYS_WHOLE = [
    pytest.param(
        "en",
        "The union accuses Livrago of cutting the base fee paid per delivery from €3.80 to €2.60 "
        "since February.",
        "accusation",
        {"w:cuttin", "c:supply"},
        id="en-verb-in-the-figure-clause",
    ),
    pytest.param(
        "fr",
        "Le collectif, qui accuse le conseil régional de favoritisme, affirme qu'au moins 300 "
        "factures ont été falsifiées.",
        "accusation",
        {"w:factur"},
        id="fr-verb-in-a-relative-clause",
    ),
    pytest.param(
        "fr",
        "« Il y avait des milliers de personnes en trop. Sud Live a vendu bien au-delà de ce que "
        "le stade pouvait accueillir », accuse Me Sophie Larrieu.",
        "accusation",
        {"w:accuei"},
        id="fr-devset17-verb-after-the-quote",
    ),
    pytest.param(
        "en",
        "Defence lawyers have accused officers of using excessive force, saying about ten people "
        "were injured.",
        "accusation",
        {"w:people", "m:injured"},
        id="en-devset2-figures-after-the-charge",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "kept"), SENTENCE_STAYS_WHOLE)
def test_sentence_stays_whole_without_a_charge_of_its_own(
    lang: str, text: str, kind: str, kept: set[str]
) -> None:
    assert kept <= _stance_terms(lang, text, kind)


FERRY_DENIAL = {
    "en": "A Lyon ferry operator has denied carrying hundreds more passengers than its boats "
    "were licensed for.",
    "fr": "La compagnie de ferries Rhônalys a démenti avoir embarqué des centaines de passagers "
    "de plus que ne l'autorisaient ses licences.",
}

# (lang, the same source's next sentence, whether it goes on with the denial or the figure)
NEXT_DENIAL = [
    pytest.param(
        "en",
        '"These claims are false. Every passenger was counted at the gangway," its managing '
        "director, Paul Ferrand, told reporters.",
        "denial",
        id="en-claims-false-goes-on-with-the-denial",
    ),
    pytest.param(
        "fr",
        "« Ces accusations sont fausses. Chaque passager a été compté à la passerelle », a "
        "déclaré son directeur, Paul Ferrand.",
        "denial",
        id="fr-accusations-fausses-goes-on-with-the-denial",
    ),
    pytest.param(
        "en",
        "Its managing director, Paul Ferrand, disputed these figures.",
        "figure",
        id="en-disputes-these-figures-goes-with-the-figure",
    ),
    pytest.param(
        "fr",
        "Son directeur, Paul Ferrand, conteste ces chiffres.",
        "figure",
        id="fr-conteste-ces-chiffres-goes-with-the-figure",
    ),
]


@pytest.mark.parametrize(("lang", "following", "answered"), NEXT_DENIAL)
def test_next_denial_goes_on_with_the_denial_beside_its_figure(
    lang: str, following: str, answered: str
) -> None:
    claims = extract_claims(f"{FERRY_DENIAL[lang]} {following}", lang)
    kinds = [("figure" if c.figure else c.kind) for c in claims]
    assert kinds == ["denial", "figure", "denial"]
    target = follow_targets(claims, lang)[2]
    assert target is not None
    assert kinds[target] == answered
