"""A speaker written as a generic description of a body ("the council", "l'autorité", "the
bank") is the one body of that kind the article named, earlier or earlier in the same
sentence; with none or two of that kind, or a body of another kind, it stays as written."""

import pytest

from claimtrack.extract import extract_claims


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
            "ERC",
            id="en-body-named-only-after-the-description",
        ),
        pytest.param(
            "The Arts Council (ACW) and the Science Research Council (SRC) handed out 12 "
            "grants, the council said.",
            "en",
            "12 grants",
            "SRC",
            id="en-two-councils-leave-it",
        ),
        pytest.param(
            "About 1,200 homes were inspected last year by the Housing Standards Authority "
            "(HSA), the company said on Monday.",
            "en",
            "1,200 homes",
            "HSA",
            id="en-an-authority-is-no-company",
        ),
        pytest.param(
            "Le syndicat a recensé 40 licenciements, contre 25 selon le Syndicat des "
            "métallurgistes (SDM).",
            "fr",
            "40 licenciements",
            "SDM",
            id="fr-body-named-only-after-the-description",
        ),
        pytest.param(
            "Trois incidents ont été déclarés à l'Autorité de sûreté nucléaire (ASN) depuis "
            "janvier, a indiqué l'entreprise.",
            "fr",
            "Trois incidents",
            "ASN",
            id="fr-an-authority-is-no-company",
        ),
    ],
)
def test_a_generic_description_without_one_body_of_its_kind_stays(
    text: str, lang: str, words: str, not_canonical: str
) -> None:
    assert _canonical_at(text, lang, words) != not_canonical
