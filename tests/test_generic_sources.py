"""A speaker written as a generic description of a body ("the council", "l'autorité", "the
bank") is the one body of that kind the article named, earlier or earlier in the same
sentence; with none or two of that kind, or a body of another kind, it stays as written."""

import pytest

from claimtrack.extract import extract_claims
from claimtrack.extract.speakers import headed_name_mentions
from claimtrack.lexicon import lexicon

# "Crédit" heads French bank names but is not in data/fr/lexicon.yaml name_kind_heads yet (see
# the comment there): the clusterer merged the charges a correctly named bank denied.
NO_CREDIT_HEAD = pytest.mark.xfail(
    reason="'Crédit' is left out of name_kind_heads: resolving it merged devset19 stance "
    "clusters (the same bank denying two charges), cluster.f1 fr under its floor",
    strict=True,
)


def _canonical_at(text: str, lang: str, words: str) -> str:
    """The canonical source of the first claim whose sentence contains `words`."""
    claim = next(c for c in extract_claims(text, lang) if words in c.sentence)
    return claim.attribution.canonical


@pytest.mark.parametrize(
    ("text", "lang", "words", "canonical"),
    [
        pytest.param(
            "Over the last five years, the university received $14.2 million from the federal "
            "Natural Sciences and Engineering Research Council (NSERC), the council said in an "
            "emailed statement.",
            "en",
            "$14.2 million",
            "NSERC",
            id="en-council-named-with-acronym-earlier-in-sentence",
        ),
        pytest.param(
            "About 1,200 homes were inspected last year by the Housing Standards Authority "
            "(HSA), the authority said on Monday.",
            "en",
            "1,200 homes",
            "HSA",
            id="en-authority-named-with-acronym-earlier-in-sentence",
        ),
        pytest.param(
            "Trois incidents ont été déclarés à l'Autorité de sûreté nucléaire (ASN) depuis "
            "janvier, a indiqué l'autorité.",
            "fr",
            "Trois incidents",
            "ASN",
            id="fr-autorite-named-with-acronym-earlier-in-sentence",
        ),
        pytest.param(
            "Former employees of Crédit Ligérien have accused the French lender of setting "
            "monthly sales targets.\nThe bank denied the allegations.",
            "en",
            "The bank denied",
            "Crédit Ligérien",
            id="en-bank-is-the-credit-named-before",
            marks=NO_CREDIT_HEAD,
        ),
        pytest.param(
            "Customers of Harbour Bank lost about €3,800 each on the funds, the bank said.",
            "en",
            "€3,800",
            "Harbour Bank",
            id="en-bank-named-earlier-in-sentence",
        ),
        pytest.param(
            "Le Crédit Ligérien est accusé par d'anciens salariés d'avoir fixé des objectifs "
            "de vente.\nInterrogée, la banque dément.",
            "fr",
            "la banque dément",
            "Crédit Ligérien",
            id="fr-banque-is-the-credit-named-before",
            marks=NO_CREDIT_HEAD,
        ),
        pytest.param(
            "La Banque Ardennaise a été condamnée à une amende de 25 millions d'euros.\n"
            "La banque conteste « fermement » cette sanction.",
            "fr",
            "La banque conteste",
            "Banque Ardennaise",
            id="fr-banque-is-the-whole-name-opened-by-banque",
        ),
    ],
)
def test_a_generic_description_is_the_body_of_its_kind_named_before(
    text: str, lang: str, words: str, canonical: str
) -> None:
    assert _canonical_at(text, lang, words) == canonical


@pytest.mark.parametrize(
    ("text", "lang", "words", "not_canonical"),
    [
        pytest.param(
            "The council said 40 grants had been frozen by the Engineering Research Council (ERC).",
            "en",
            "40 grants",
            ("ERC",),
            id="en-body-named-only-after-the-description",
        ),
        pytest.param(
            "The Arts Council (ACW) and the Science Research Council (SRC) handed out 12 "
            "grants, the council said.",
            "en",
            "12 grants",
            ("ACW", "SRC"),
            id="en-two-councils-leave-it",
        ),
        pytest.param(
            "About 1,200 homes were inspected last year by the Housing Standards Authority "
            "(HSA), the company said on Monday.",
            "en",
            "1,200 homes",
            ("HSA",),
            id="en-an-authority-is-no-company",
        ),
        pytest.param(
            "Le syndicat a recensé 40 licenciements, contre 25 selon le Syndicat des "
            "métallurgistes (SDM).",
            "fr",
            "40 licenciements",
            ("SDM",),
            id="fr-body-named-only-after-the-description",
        ),
        pytest.param(
            "Trois incidents ont été déclarés à l'Autorité de sûreté nucléaire (ASN) depuis "
            "janvier, a indiqué l'entreprise.",
            "fr",
            "Trois incidents",
            ("ASN",),
            id="fr-an-authority-is-no-company",
        ),
        pytest.param(
            "Meridia Bank and Crédit Ligérien were both fined by the regulator.\n"
            "The bank denied any wrongdoing.",
            "en",
            "The bank denied",
            ("Meridia Bank", "Crédit Ligérien"),
            id="en-two-banks-leave-it",
        ),
        pytest.param(
            "La Banque Ardennaise et la Banque du Val de Loire ont été sanctionnées.\n"
            "La banque a démenti toute faute.",
            "fr",
            "La banque a démenti",
            ("Ardennaise", "Banque Ardennaise", "Banque du Val de Loire", "Val de Loire"),
            id="fr-two-banks-leave-it",
        ),
        pytest.param(
            "Le Crédit Ligérien est accusé d'avoir fixé des objectifs de vente.\n"
            "Le syndicat a démenti ces accusations.",
            "fr",
            "Le syndicat a démenti",
            ("Crédit Ligérien",),
            id="fr-a-bank-is-no-union",
        ),
        pytest.param(
            "Former employees of Crédit Ligérien have accused the French lender.\n"
            "The union denied the allegations.",
            "en",
            "The union denied",
            ("Crédit Ligérien",),
            id="en-a-bank-is-no-union",
        ),
    ],
)
def test_a_generic_description_without_one_body_of_its_kind_stays(
    text: str, lang: str, words: str, not_canonical: tuple[str, ...]
) -> None:
    assert _canonical_at(text, lang, words) not in not_canonical


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("La Banque Ardennaise a été sanctionnée.", "fr", [("Banque Ardennaise", "banque")]),
        # A name keeps its own language: a French bank's name in an English story.
        ("Banque Ardennaise was fined €25mn.", "en", [("Banque Ardennaise", "bank")]),
        pytest.param(
            "Le Crédit Ligérien a été sanctionné.",
            "fr",
            [("Crédit Ligérien", "banque")],
            marks=NO_CREDIT_HEAD,
        ),
        ("Customers of Harbour Bank lost money.", "en", []),  # the noun closes it: not a head
        ("Bank Negara raised its key rate.", "en", [("Bank Negara", "bank")]),
        # Lowercase, or no capitalised name after it: no body's name.
        ("Le crédit immobilier Ligérien recule.", "fr", []),
        ("Crédit : la hausse des taux pèse.", "fr", []),
    ],
)
def test_headed_name_mentions(text: str, lang: str, named: list[tuple[str, str]]) -> None:
    found = [(body, noun) for _, body, noun in headed_name_mentions(text, lexicon(lang))]
    assert found == named
