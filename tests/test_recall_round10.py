"""Recall of attributed claims in forms that used to be lost, per language, with negatives:
a subject that opens on its count ("34 maires accusent"), an English progressive verb
("Opponents are accusing…"), a short hyphenated body name ("a indiqué l'As-So")."""

from __future__ import annotations

import pytest

from claimtrack.extract import extract_claims
from tests.extract_cases import Expect, check

F, D, A, S = "figure", "denial", "accusation", "statement"

# A group of people given by its number accuses or denies as any other subject: "34 maires du
# secteur accusent". Spelled-out counts already did ("Trois syndicats").
COUNTED_SUBJECTS = [
    pytest.param(
        "fr",
        "Dans une lettre ouverte publiée lundi, 34 maires du secteur accusent l'agence de « mettre "
        "en danger la vie des mères et des nouveau-nés ».",
        [Expect(A, "~maires")],
        id="fr-devset22-34-maires-accusent",
    ),
    pytest.param(
        "fr",
        "Les 12 élus d'opposition dénoncent un passage en force de la majorité municipale.",
        [Expect(A, "~élus")],
        id="fr-les-12-elus-denoncent",
    ),
    pytest.param(
        "en",
        "In an open letter, 34 mayors accuse the agency of endangering the lives of mothers.",
        [Expect(A, "~mayors")],
        id="en-34-mayors-accuse",
    ),
    pytest.param(
        "en",
        "Some 300 doctors have denied claims that the clinic turned patients away.",
        [Expect(D, "~doctors", polarity="deny")],
        id="en-some-300-doctors-denied",
    ),
]

# A count that opens a sentence before a verb that reports nothing is the figure, never the
# speaker: the source is named elsewhere.
COUNTED_NOT_SPEAKERS = [
    pytest.param(
        "en",
        "The city's transport operator, STV, gave lower figures, saying 162 passengers had been "
        "on board the two trams and eight suffered minor injuries.",
        ["162 passengers"],
        id="en-devset24-162-passengers-had-been",
    ),
    pytest.param(
        "fr",
        "Selon la préfecture, 3 000 manifestants ont défilé dans le centre-ville.",
        ["3 000 manifestants"],
        id="fr-3000-manifestants-ont-defile",
    ),
    pytest.param(
        "en",
        "About 3,000 workers marched on Tuesday, the union said.",
        ["About 3,000 workers"],
        id="en-3000-workers-marched",
    ),
    # Reporting verbs keep needing a speaker that is no count: "confier", "record" are also
    # a count's own verbs.
    pytest.param(
        "fr",
        "Selon la procureure, plus de 4.200 épargnants auraient confié leurs économies à la "
        "société, qui leur promettait un rendement de 14 % par an.",
        ["plus de 4.200 épargnants"],
        id="fr-devset7-4200-epargnants-auraient-confie",
    ),
    pytest.param(
        "en",
        "In a statement, the bank said fewer than 9,000 clients had recorded a loss on the funds.",
        ["000 clients", "fewer than 9,000 clients"],
        id="en-devset19-9000-clients-had-recorded",
    ),
]

# "be" + present participle is a finite verb whose subject comes before it; a participle
# after a comma keeps the previous speaker (participle cue).
PROGRESSIVE = [
    pytest.param(
        "en",
        "QUEBEC — Opponents of a wind farm planned for a ridge in eastern Quebec are accusing "
        "the developer of falsifying its environmental impact study.",
        [Expect(A, "~Opponents")],
        id="en-devset25-opponents-are-accusing",
    ),
    pytest.param(
        "en",
        "Residents were blaming the council for failing to clear the drains before the storm.",
        [Expect(A, "~Residents")],
        id="en-residents-were-blaming",
    ),
    pytest.param(
        "en",
        "Prosecutors are alleging that the former mayor took bribes from two building firms.",
        [Expect(A, "~prosecutor")],
        id="en-prosecutors-are-alleging",
    ),
]

# Passive forms stay passive: "were accused", "is being denied" name no accuser before them.
NOT_PROGRESSIVE = [
    pytest.param(
        "en",
        "Three executives were accused of hiding losses from shareholders.",
        id="en-were-accused-passive",
    ),
    pytest.param(
        "en",
        "The company is facing a lawsuit over its pension fund.",
        id="en-is-facing-no-speech",
    ),
]

# A short hyphenated body name ("l'As-So") names a source like a longer one.
SHORT_HYPHENATED_NAMES = [
    pytest.param(
        "fr",
        "Les pertes de la fondation atteignent désormais 365 millions de francs, a indiqué "
        "mercredi l'As-So, après un premier examen du portefeuille.",
        [Expect(F, "~As-So", 365e6)],
        id="fr-devset23-a-indique-l-as-so",
    ),
    pytest.param(
        "fr",
        "Le taux de couverture est ramené à 77 % (As-So).",
        [Expect(F, "~As-So", 77)],
        id="fr-bracketed-as-so",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), COUNTED_SUBJECTS + PROGRESSIVE + SHORT_HYPHENATED_NAMES
)
def test_claims(lang: str, text: str, expected: list[Expect]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("lang", "text", "not_sources"), COUNTED_NOT_SPEAKERS)
def test_count_is_no_speaker(lang: str, text: str, not_sources: list[str]) -> None:
    sources = {c.attribution.source for c in extract_claims(text, lang)}
    assert not sources & set(not_sources), sources


@pytest.mark.parametrize(("lang", "text"), NOT_PROGRESSIVE)
def test_no_stance_speaker(lang: str, text: str) -> None:
    stances = [c for c in extract_claims(text, lang) if c.kind in (A, D)]
    assert not stances, [(c.kind, c.attribution.source) for c in stances]
