"""A sentence-opening subject whose modifier stands between it and its speech verb speaks,
whatever its noun: grammar leaves no room for another finite verb there outside a relative
clause. Per language, with negatives: a verb with its object is no modifier, an adjective
after an article is no verb, a verb after punctuation reports no clause.

The mechanism runs with the shipped lexicons (`modified_subject_head_words: 7`, see there
why); 0 turns it off."""

from __future__ import annotations

import pytest

from claimtrack.extract import attribution, extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

MODIFIED_SUBJECTS = [
    pytest.param(
        "fr",
        "NÎMES (AFP) - La liste de gauche battue dimanche de 142 voix au second tour de "
        "l'élection municipale partielle de Castelbrune (Gard) a annoncé lundi qu'elle "
        "contesterait le scrutin.",
        [Expect(S, "~liste de gauche")],
        id="fr-participle-phrase-with-a-count",
    ),
    pytest.param(
        "fr",
        "Le collectif créé après l'incendie de l'usine a dénoncé mardi l'absence de contrôles.",
        [Expect(A, "~collectif")],
        id="fr-participle-phrase-stance",
    ),
    pytest.param(
        "en",
        "A left-wing list narrowly defeated in a municipal by-election in the southern French "
        "town of Castelbrune said on Tuesday it would challenge the result in court.",
        [Expect(S, "~left-wing list")],
        id="en-adverb-and-participle",
    ),
    pytest.param(
        "en",
        "The U.N. monitoring mission deployed along the border since 2019 said it had sent a "
        "team to the site.",
        [Expect(S, "~monitoring mission")],
        id="en-participle-phrase-with-a-year",
    ),
    pytest.param(
        "en",
        "The mayor of a Swiss Alpine municipality where a landslide killed at least one person "
        "this week on Tuesday denied claims that local officials had ignored warnings.",
        [Expect(D, "~mayor", polarity="deny")],
        id="en-relative-clause",
    ),
    pytest.param(
        "en",
        "Lawyers for a group of about 300 clients said they were preparing a civil suit.",
        [Expect(S, "~lawyers")],
        id="en-complement-with-a-count",
    ),
]

# No subject there: a verb with its object ("claimed the company"), an object relative ("Un
# chiffre que conteste X"): the modifier's words are not the speaker's.
NOT_MODIFIED_SUBJECTS = [
    pytest.param(
        "en",
        "The union in a statement on Monday claimed the company denied any wrongdoing.",
        "union",
        id="en-verb-with-object-is-no-modifier",
    ),
    pytest.param(
        "fr",
        "Un chiffre que conteste toujours la CGT, qui maintient le sien.",
        "chiffre",
        id="fr-object-relative",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MODIFIED_SUBJECTS)
def test_modified_subject_speaks(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "not_speaker"), NOT_MODIFIED_SUBJECTS)
def test_modifier_needs_a_verbless_phrase(lang: str, text: str, not_speaker: str) -> None:
    claims = extract_claims(text, lang)
    assert not [c for c in claims if c.kind == D and not_speaker in c.attribution.source]
    assert not [c for c in claims if c.attribution.source.lower().startswith("un chiffre")]


NO_CLAIMS = [
    pytest.param(
        "en",
        "A recount in a disputed municipal by-election has cut the mayor's lead to 87 votes.",
        id="en-adjective-after-article",
    ),
    pytest.param(
        "fr",
        "Quant aux 45 000 emplois promis, personne ne sait quand ils verront le jour.",
        id="fr-participle-before-comma",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_CLAIMS)
def test_no_modified_subject(lang: str, text: str) -> None:
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text", "expected"), MODIFIED_SUBJECTS[:1] + MODIFIED_SUBJECTS[2:3]
)
def test_zero_turns_it_off(
    lang: str, text: str, expected: list[Expect], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attribution, "_modified_head_words", lambda lang: 0)
    assert not [c for c in extract_claims(text, lang) if "list" in c.attribution.source]
