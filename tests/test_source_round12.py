"""Who asserts a claim, round 12: classes of source errors found on devset20..28.

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


# A bare past form inside the subject ("people ADMITTED to hospital were") is a participle, not
# the reporting verb: the claim is the pronoun's, carried from the sentence before.
PARTICIPLE_IN_SUBJECT = [
    pytest.param(
        "The regional health agency, ARS Bretagne, said three dogs had died after swimming in "
        "Lake Tremorvan. Two of the four people admitted to hospital were children, it said.",
        "en",
        "Two of the four",
        {"ARS Bretagne"},
        id="en-devset21-admitted-to-hospital-were",
    ),
    pytest.param(
        "The county fire service said 14 workers had been hurt in the blast at the Dunmore "
        "plant. Three of the workers taken to the hospital were in a serious condition, it "
        "said.",
        "en",
        "Three of the workers",
        {"county fire service"},
        id="en-own-taken-to-the-hospital-were",
    ),
    pytest.param(
        "The coastguard said 40 migrants had been rescued on Sunday. Six of the migrants "
        "reported to police were minors, it added.",
        "en",
        "Six of the migrants",
        {"coastguard"},
        id="en-own-reported-to-police-were",
    ),
    # Negatives: the past form is the verb of its subject.
    pytest.param(
        "Two officials admitted to police they were paid 3,000 dollars.",
        "en",
        "Two officials",
        {"Two officials"},
        id="en-own-admitted-to-police-they-were-is-a-verb",
    ),
    pytest.param(
        "The ministry said on Tuesday 40 people were missing.",
        "en",
        "The ministry",
        {"ministry"},
        id="en-own-said-on-tuesday-is-a-verb",
    ),
    pytest.param(
        "The three deaths reported by firefighters were all in the same building.",
        "en",
        "The three deaths",
        {"fire service"},
        id="en-own-passive-agent-still-speaks",
    ),
]


@pytest.mark.parametrize(("text", "lang", "opening", "canonicals"), PARTICIPLE_IN_SUBJECT)
def test_a_participle_in_the_subject_reports_nothing(
    text: str, lang: str, opening: str, canonicals: set[str]
) -> None:
    assert _canonicals(text, lang, opening) == canonicals
