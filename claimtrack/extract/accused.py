"""The party an accusation accuses: the object of its verb ("the union accused LIGNÉO of…",
"le syndicat met en cause L'EXPLOITANT"), as the article writes it.

Resolving the words to an entity (alias tables, "the company" standing for the company the
article named before) is the caller's: `claims` does it as it does for sources.
"""

from __future__ import annotations

import re
from functools import cache

from claimtrack.lexicon import alternation
from claimtrack.resources import load_data

# Punctuation and spaces around an object that are not part of its name.
_EDGE = " \t,;:«»\"“”'’()"


@cache
def _object_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The language's accusing constructions (lexicon.yaml `accused_objects`), each with a
    `party` group; compiled one by one (they share the group name)."""
    listed = load_data(lang, "lexicon.yaml").get("accused_objects") or ()
    return tuple(re.compile(str(p), re.IGNORECASE) for p in listed)


@cache
def _pronouns(lang: str) -> frozenset[str]:
    """Object pronouns and reciprocals (lexicon.yaml `accused_pronouns`): no party named."""
    words = load_data(lang, "lexicon.yaml").get("accused_pronouns") or ()
    return frozenset(str(w).casefold() for w in words)


@cache
def _fillers(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what may open an object without naming anyone: adverbs, subject pronouns and
    `accused_fillers` of lexicon.yaml, "aussi l'agence", "au contraire les pêcheurs";
    where a time adjunct starts inside it: a weekday, "police ON SUNDAY")."""
    lex = load_data(lang, "lexicon.yaml")
    words = [*(lex.get("adverbs") or ()), *(lex.get("pronouns") or ())]
    words += list(lex.get("accused_fillers") or ())
    fillers = alternation([str(w) for w in words], escape=True)
    adverb = str(lex.get("adverb_pattern") or "(?!x)x")
    opening = re.compile(rf"^(?:(?:{fillers}|{adverb})(?:\s+|$))+", re.IGNORECASE)
    weekdays = load_data(lang, "numbers.yaml").get("weekdays") or ()
    days = alternation([str(d) for d in weekdays], escape=True)
    prepositions = alternation([str(p) for p in lex.get("prepositions") or ()], escape=True)
    adjunct = re.compile(rf"\s+(?:{prepositions}\s+)?{days}\b.*$", re.IGNORECASE)
    return opening, adjunct


def _trimmed(words: str, lang: str) -> str:
    """The object without the adverbs, pronouns and time adjuncts around the party."""
    opening, adjunct = _fillers(lang)
    words = adjunct.sub("", opening.sub("", words))
    return words.strip(_EDGE)


def accused_phrase(sentence: str, lang: str, start: int = 0) -> tuple[str, int] | None:
    """The words naming whom an accusation accuses and their offset in `sentence`: the
    object of the first accusing construction at or after `start` (lexicon.yaml
    `accused_objects`); None when there is none or its object is a pronoun ("accused him
    of", "reproche à ces derniers": the party is then named elsewhere)."""
    pronouns = _pronouns(lang)
    found: list[tuple[int, str]] = []
    for pattern in _object_patterns(lang):
        for match in pattern.finditer(sentence, start):
            party = match.group("party")
            words = _trimmed(party, lang)
            if not words or words.casefold() in pronouns:
                continue
            found.append((match.start("party") + party.rindex(words), words))
            break
    if not found:
        return None
    offset, words = min(found)
    return words, offset
