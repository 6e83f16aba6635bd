"""A negated quote by the target of a recent accusation answers it (extract._answers_accusation).

Wire copy often gives the answer to a charge only as a quote with no denial verb ("« Farmers
are not the polluters of this lake », said the head of the farm union"): the quote shares a
stem with the charge and its speaker is the charged party, described as such outside the
quote or speaking through a possessive inside it ("OUR air defence did not fire"). A third
party's negation, a negation with no charge before it and a negation of something else than
the charge stay statements.
"""

from __future__ import annotations

import pytest

from tests.extract_cases import kinds_at

EN_CHARGE = (
    "The angling association Clean Rivers accused winegrowers in the Vienne valley of letting "
    "pesticides run off into the river."
)
FR_CHARGE = (
    "L'association Eaux Vives accuse les éleveurs du canton d'épandre du lisier en pleine "
    "période d'interdiction."
)
# The speaker's name shares no word with the charge: only the description after it says they
# speak for the charged party.
WINEGROWERS = "said Paul Mercier, head of the CNAOC, the main winegrowers' union."
ELEVEURS = "a réagi Jean Ropars, à la tête de la FDSEA, le premier syndicat des éleveurs."

# (lang, article text, sentence of the claim looked at (its start), expected kind)
CASES = [
    pytest.param(
        "en",
        f'{EN_CHARGE} "Winegrowers are not poisoning the Vienne," {WINEGROWERS}',
        '"Winegrowers are not',
        "denial",
        id="en-charged-party-described-outside-quote",
    ),
    pytest.param(
        "en",
        "Rebel commanders accused the army of shelling the hospital in Kessa. "
        '"Our army did not shell any hospital," an officer said on condition of anonymity.',
        '"Our army',
        "denial",
        id="en-possessive-speaks-for-charged-party",
    ),
    pytest.param(
        "fr",
        f"{FR_CHARGE} « Les éleveurs ne sont pas des pollueurs », {ELEVEURS}",
        "« Les éleveurs",
        "denial",
        id="fr-charged-party-described-outside-quote",
    ),
    pytest.param(
        "fr",
        "Les riverains accusent l'usine Chimex de rejeter des solvants dans la Seine. "
        "« Notre usine ne rejette aucun solvant dans le fleuve », a affirmé un cadre sous "
        "couvert d'anonymat.",
        "« Notre usine",
        "denial",
        id="fr-possessive-speaks-for-charged-party",
    ),
    pytest.param(
        "en",
        f'{EN_CHARGE} "The fish did not die from pesticides," said a researcher at the '
        "University of Poitiers.",
        '"The fish',
        "statement",
        id="en-third-party-negation",
    ),
    pytest.param(
        "fr",
        f"{FR_CHARGE} « Le lisier n'explique pas à lui seul la mortalité des poissons », a "
        "estimé un hydrologue de l'université de Rennes.",
        "« Le lisier",
        "statement",
        id="fr-third-party-negation",
    ),
    pytest.param(
        "en",
        "Heavy rain flooded the lower town on Sunday. "
        f'"Winegrowers are not poisoning the Vienne," {WINEGROWERS}',
        '"Winegrowers are not',
        "statement",
        id="en-no-earlier-charge",
    ),
    pytest.param(
        "fr",
        "De fortes pluies ont inondé la vallée dimanche. "
        f"« Les éleveurs ne sont pas des pollueurs », {ELEVEURS}",
        "« Les éleveurs",
        "statement",
        id="fr-no-earlier-charge",
    ),
    pytest.param(
        "en",
        f'{EN_CHARGE} "There will not be a harvest festival this autumn," {WINEGROWERS}',
        '"There will not',
        "statement",
        id="en-negates-something-else",
    ),
    pytest.param(
        "fr",
        f"{FR_CHARGE} « Le salon agricole n'aura pas lieu cette année », {ELEVEURS}",
        "« Le salon",
        "statement",
        id="fr-negates-something-else",
    ),
    pytest.param(
        "en",
        f'{EN_CHARGE} "Pesticides in the Vienne are not a minor problem," said Anne Roux, '
        "a Clean Rivers volunteer.",
        '"Pesticides in',
        "statement",
        id="en-accuser-side-negation",
    ),
]


@pytest.mark.parametrize(("lang", "text", "opening", "expected"), CASES)
def test_accused_quote_kind(lang: str, text: str, opening: str, expected: str) -> None:
    assert kinds_at(text, lang, opening) == {expected}
