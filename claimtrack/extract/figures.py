"""Figure detection: the countable quantities of a sentence, normalised.

A figure is a point value ("107 000 manifestants"), a bound ("at least 500 people"), a range
("entre 18 000 et 20 000 morts") or a vague quantity ("des milliers de soldats"), with the
unit it counts. Dates, years, times, ages, ordinals, labels ("article 4", "Covid-19") and
articles ("une enquête") are not figures.

All language knowledge is data: `claimtrack/data/<lang>/numbers.yaml` (digits, number words,
bounds, ranges, markers) and `claimtrack/data/units.yaml` (canonical units).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any, Literal

from text_to_num import text2num

from claimtrack.model import Figure
from claimtrack.resources import load_data

# Formats written the same way in every language: digits inside them are never counts.
# Each mask runs only on text containing its needle (the e-mail pattern is slow).
_FORMAT_MASKS = (
    ("://", r"(?:https?://)\S+"),
    ("www.", r"www\.\S+"),
    ("@", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
)
_DIGIT_MASKS = (
    r"\b\d{4}-\d{1,2}-\d{1,2}\b",
    r"\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
)
# Curly apostrophes are read as "'" (same length, so offsets are kept).
_APOSTROPHES = ("’", "ʼ", "‘")
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?")
_SPACES = re.compile(r"\s*")
_HYPHEN_GAP = re.compile(r"[-–]")
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}(?=\s)")

AtomKind = Literal["digits", "words", "collective", "vague"]
BoundKind = Literal["lower", "approx", "upper"]


@dataclass(frozen=True, slots=True)
class _Atom:
    """One written quantity before ranges and bounds are applied."""

    start: int
    end: int
    kind: AtomKind
    value: Decimal | None  # None for vague plurals
    low: Decimal | None  # the base of a vague plural ("des milliers" -> 1000)
    approx: bool
    unscaled: Decimal | None  # the number before its scale word ("2,3" of "2,3 millions")
    scale: Decimal | None
    plain: bool  # bare digits, no separator, decimal or scale: a year or label candidate


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The compiled knowledge of one language."""

    masks: tuple[tuple[str, re.Pattern[str]], ...]  # (needle, pattern)
    digits: re.Pattern[str]
    grouped: re.Pattern[str]
    scales: dict[str, Decimal]
    words: re.Pattern[str]
    word_tokens: re.Pattern[str]
    indefinite_one: frozenset[str]
    lone_articles: frozenset[str]
    ambiguous_words: frozenset[str]
    # "le syndicat EN comptait neuf": a partitive clitic before the verb makes one a count.
    ambiguous_counted_before: re.Pattern[str]
    referential: re.Pattern[str]
    # A back-reference that still counts: "les trois AUTRES", "DES sept mineurs…, cinq".
    referential_counted_after: re.Pattern[str]
    partitive_opening: re.Pattern[str]
    revised_from: re.Pattern[str]
    collective: re.Pattern[str]
    collectives: dict[str, Decimal]
    collective_after: re.Pattern[str]
    vague: re.Pattern[str]
    vague_multiplier: re.Pattern[str]
    collective_complement: re.Pattern[str]
    fraction: re.Pattern[str]
    fractions: dict[str, Decimal]
    half_after: re.Pattern[str]
    currency_scale: re.Pattern[str]
    currency_scales: dict[str, Decimal]
    counted_after_article: frozenset[str]
    vague_plurals: dict[str, Decimal]
    vague_needs_complement: frozenset[str]
    complement: re.Pattern[str]
    bounds_before: re.Pattern[str]
    bounds_after: re.Pattern[str]
    bound_kinds: dict[str, BoundKind]
    # A word right before a bound phrase that makes it another phrase ("et non plus de 142":
    # no longer 142).
    bound_cancellers: re.Pattern[str]
    list_connector: re.Pattern[str]
    # A verb ending the first item of a list as a clause: its bound is not shared past it.
    list_clause_verb: re.Pattern[str]
    # A count of part of the item before ("62 protesters, seven OF THEM seriously"): no list
    # item, so no bound shared with it.
    list_subset: re.Pattern[str]
    list_connector_end: re.Pattern[str]
    list_gap_words: int
    list_others: frozenset[str]
    # (larger unit, smaller unit, smaller per larger) of a span of time written in two parts
    compound_durations: tuple[tuple[re.Pattern[str], re.Pattern[str], Decimal], ...]
    ranges: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...]
    range_blockers: frozenset[str]
    range_words: frozenset[str]
    not_counts_after: re.Pattern[str]
    not_counts_before: re.Pattern[str]
    ratio_after: re.Pattern[str]
    ratio_word_before: re.Pattern[str]
    # A number a few words before the ratio word: "un Français sur deux", "12 cas sur 1 000".
    ratio_numerator_before: re.Pattern[str]
    ratio_between_before: re.Pattern[str]
    year_markers: re.Pattern[str]
    year_range: tuple[int, int]
    year_marker_range: tuple[int, int]
    month_after: re.Pattern[str]
    month_before: re.Pattern[str]
    ordinal_suffixes: frozenset[str]
    units: re.Pattern[str]
    unit_naming: re.Pattern[str]
    unit_phrases: dict[str, str]
    unit_forms: dict[str, str]
    symbols_before: re.Pattern[str]
    symbols: dict[str, str]
    unit_window: int
    head_noun_last: bool
    stopwords: frozenset[str]
    triggers: frozenset[str]
    skip_words: frozenset[str]
    verb_suffixes: tuple[str, ...]
    plural_endings: tuple[str, ...]
    elisions: tuple[str, ...]
    plural_suffixes: tuple[tuple[str, str], ...]
    proportion: re.Pattern[str]
    proportion_denominators: dict[str, Decimal]
    share: re.Pattern[str]
    # An intensifier before a share's lower bound ("WELL over half"): a vague lower bound.
    share_intensifier: re.Pattern[str]
    # An ordinal before a share makes it a part of a period ("the FIRST half of the year").
    share_ordinal_before: re.Pattern[str]
    # A number right after a figure and a rate word ("480 euros PER 1,000 litres"): the
    # rate's denominator, no figure of its own when it is a power of ten.
    rate_denominator_gap: re.Pattern[str]
    shares: dict[str, Decimal]
    term_after: re.Pattern[str]
    counted_article_before: re.Pattern[str]
    # "ONLY one sample", "un SEUL prélèvement": a stressed "one" is a count.
    stressed_one: re.Pattern[str]
    verb_before: re.Pattern[str]
    verb_units: dict[str, str]
    agent_after: re.Pattern[str]
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    age_max: int
    age_limit_before: re.Pattern[str]
    multiplier_patterns: tuple[re.Pattern[str], ...]
    multiplier_values: dict[str, Decimal]
    multiplier_smaller: frozenset[str]
    multiplier_unit: str
    multiplier_restates: re.Pattern[str]
    multiplier_canonical: str
    # The opening of a bracket right after a figure, and its closing right after the next:
    # "110 million euros ($128 million)" restates the figure in another unit.
    conversion_open: re.Pattern[str]
    conversion_close: re.Pattern[str]


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternative matching any phrase, longest first; a space matches any spaces."""
    unique = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not unique:
        return "(?!)"
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in unique)


def _phrase(phrases: Iterable[str]) -> str:
    """`_alternation` bounded as whole words (a phrase ending in ' may touch the next word)."""
    return rf"(?<![\w])(?:{_alternation(phrases)})(?:(?<=['-])|(?![\w]))"


def _casefold_forms(words: Iterable[str]) -> list[str]:
    """Words as written and capitalised (months and weekdays are matched case-sensitively)."""
    forms: list[str] = []
    for word in words:
        forms += [word, word[:1].upper() + word[1:]]
    return forms


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _decimals(mapping: dict[str, Any]) -> dict[str, Decimal]:
    return {key.lower(): Decimal(str(value)) for key, value in mapping.items()}


def _word_value(word: str, lang: str) -> int:
    """text2num of one number word, 0 when text2num does not know it."""
    try:
        return text2num(word, lang)
    except ValueError:
        return 0


@cache
def _lexicon(lang: str, durations: bool = False) -> _Lexicon:
    """Compile the number and unit knowledge of `lang` (once per language); with `durations`,
    spans of time ("huit mois", "six hours") count too."""
    data: dict[str, Any] = load_data(lang, "numbers.yaml")
    kept = {w.lower() for w in data.get("duration_units", [])} if durations else set()
    not_counts = [w for w in data["not_counts_after"] if w.lower() not in kept]
    unit_data: dict[str, Any] = load_data("units.yaml")
    flags = re.IGNORECASE

    thousands = _char_class(data["digits"]["thousands_separators"])
    decimal = _char_class(data["digits"]["decimal_separators"])
    grouped = rf"[1-9]\d{{0,2}}(?:{thousands}\d{{3}})+(?:{decimal}\d+)?(?!\d)"
    plain = rf"\d+(?:{decimal}\d+)?(?!\d)"
    scales = _decimals(data["scales"])
    # A currency code glued to the number ("CHF85 million") does not make it part of a word.
    glued_codes = [code for code in unit_data["prefix_symbols"] if code.isalpha()]
    codes = "".join(rf"|(?<=(?<![\w]){re.escape(code)})" for code in glued_codes)
    digits = re.compile(
        rf"(?:(?<![\w]){codes})(?P<num>{grouped}|{plain})(?:(?:\s*|-)(?P<scale>{_alternation(scales)})(?![\w]))?",
        flags,
    )

    number_words = [w.lower() for w in data["number_words"]]
    multipliers = [w for w in number_words if _word_value(w, lang) >= 100]
    word = rf"(?:{_alternation(number_words)})(?![\w])"
    connectors = _alternation(data["number_word_connectors"])
    indefinite = data["indefinite_one"]
    words = re.compile(
        rf"(?<![\w-])(?:(?:{_alternation(indefinite)})\s+(?=(?:{_alternation(multipliers)})(?![\w])))?"
        rf"{word}(?:(?:\s+(?:{connectors})\s+|-(?:{connectors})-|[\s-]+){word})*(?![\w-])",
        flags,
    )

    collectives = _decimals(data["collectives"])
    vague_plurals = _decimals(data["vague_plurals"])
    complement = _alternation(data["complement_connectors"])
    collective_determiners = _alternation(data["collective_determiners"])
    collective = re.compile(
        rf"(?<![\w-])(?:{collective_determiners})\s+(?P<coll>{_alternation(collectives)})(?![\w-])",
        flags,
    )
    collective_after = re.compile(
        rf"\s+(?P<coll>{_alternation([*collectives, *vague_plurals])})(?![\w-])", flags
    )
    vague = re.compile(
        rf"(?<![\w-])(?:(?:{_alternation(data['vague_determiners'])})\s+)?"
        rf"(?P<v1>{_alternation(vague_plurals)})"
        rf"(?:\s+(?:{complement})\s*(?P<v2>{_alternation(vague_plurals)}))?(?![\w-])",
        flags,
    )
    vague_multiplier = re.compile(
        rf"(?<![\w-])(?:{_alternation(data['vague_determiners'])})\s+"
        rf"(?P<mult>{_alternation([*multipliers, *collectives])})(?![\w-])",
        flags,
    )
    collective_complement = re.compile(
        rf"\s+(?:{complement})\s*(?P<plural>{_alternation(vague_plurals)})(?![\w-])", flags
    )
    fractions = {_key(k): Decimal(str(v)) for k, v in data["fractions"].items()}
    fraction = re.compile(
        rf"(?<![\w-])(?P<frac>{_alternation(fractions)})[\s-]*(?P<scale>{_alternation(scales)})"
        rf"(?![\w-])",
        flags,
    )
    currency_scales = {k: Decimal(str(v)) for k, v in data["currency_scales"].items()}
    currency_symbols = _alternation(unit_data["symbols"])
    currency_scale = re.compile(
        rf"\s?(?P<cscale>{_alternation(currency_scales)})"
        rf"(?:(?=\s?(?P<symbol>{currency_symbols}))|(?![\w]))"
    )

    # A written number, digits or words, for look-arounds ("de 62 à 64 ans", "1 sur 3").
    number = rf"(?:\d(?:[\d\s.,]*\d)?|{word}(?:[\s-]+{word})*)"
    range_betweens = _alternation(r["between"] for r in data["ranges"])
    ratio_words = _alternation(data["ratio_words"])
    ratio_between = _alternation(data["ratio_between_numbers"])

    bound_kinds: dict[str, BoundKind] = {}
    before: list[str] = []
    after: list[str] = []
    for kind, places in data["bounds"].items():
        for phrase in places.get("before", []):
            bound_kinds[_key(phrase)] = kind
            before.append(phrase)
        for phrase in places.get("after", []):
            bound_kinds[_key(phrase)] = kind
            after.append(phrase)

    symbol_units = _alternation(unit_data["symbols"])
    prefix_symbols = _alternation(unit_data["prefix_symbols"])
    ranges = tuple(
        (
            re.compile(rf"{_phrase([r['before']])}\s*(?:(?:{prefix_symbols})\s?)?$", flags)
            if r["before"]
            else None,
            # "5.25% to 5.5%", "$10-$20": the unit symbol may be written on both ends.
            re.compile(
                rf"\s*(?:(?:{symbol_units})\s*)?(?:{_alternation([r['between']])})\s*"
                rf"(?:(?:{prefix_symbols})\s?)?",
                flags,
            ),
        )
        for r in data["ranges"]
    )

    months = _alternation(_casefold_forms(data["months"]))
    weekdays = _alternation(_casefold_forms(data["weekdays"]))
    ordinals = _alternation(data["ordinal_suffixes"])
    date_connectors = _alternation(data["date_list_connectors"])

    units: dict[str, str] = {}
    for canonical, forms in unit_data["units"].items():
        for form in forms.get(lang, []):
            units[_key(form)] = canonical
    symbols: dict[str, str] = unit_data["symbols"]
    units.update(symbols)

    stopwords = frozenset(w.lower() for w in data["unit_stopwords"])
    naming: dict[str, Any] = data["unit_named_apart"]
    multiplying: dict[str, Any] = data["multipliers"]
    return _Lexicon(
        masks=(
            *((needle, re.compile(p)) for needle, p in _FORMAT_MASKS),
            *(("", re.compile(p)) for p in (*_DIGIT_MASKS, *data["masks"])),
        ),
        digits=digits,
        grouped=re.compile(grouped),
        scales=scales,
        words=words,
        word_tokens=re.compile(rf"{_alternation(number_words)}", flags),
        indefinite_one=frozenset(w.lower() for w in indefinite),
        lone_articles=frozenset(w.lower() for w in data["lone_article_numbers"]),
        ambiguous_words=frozenset(w.lower() for w in data["ambiguous_number_words"]),
        ambiguous_counted_before=re.compile(
            data.get("ambiguous_counted_before") or r"(?!x)x", flags
        ),
        referential=re.compile(rf"{_phrase(data['referential_determiners'])}\s*$", flags),
        referential_counted_after=re.compile(
            data.get("referential_counted_after") or r"(?!x)x", flags
        ),
        partitive_opening=re.compile(data.get("partitive_opening") or r"(?!x)x", flags),
        revised_from=re.compile(rf"(?:{data.get('revised_from') or '(?!x)x'})\s*$", flags),
        collective=collective,
        collectives=collectives,
        collective_after=collective_after,
        vague=vague,
        vague_multiplier=vague_multiplier,
        collective_complement=collective_complement,
        fraction=fraction,
        fractions=fractions,
        half_after=re.compile(data.get("half_after", "(?!x)x"), flags),
        currency_scale=currency_scale,
        currency_scales=currency_scales,
        counted_after_article=frozenset(unit_data["counted_after_article"]),
        vague_plurals=vague_plurals,
        vague_needs_complement=frozenset(w.lower() for w in data["vague_needs_complement"]),
        complement=re.compile(rf"\s*(?:{complement})(?:(?<=')|\s+)", flags),
        bound_cancellers=re.compile(
            rf"{_phrase(data.get('bound_cancellers') or ['(?!x)x'])}\s*$", flags
        ),
        bounds_before=re.compile(
            rf"(?P<bound>{_phrase(before)})"
            rf"(?:\s*(?:[«»\"“”]|{_phrase(data['bound_interjections'])}))*\s*$",
            flags,
        ),
        # "500 morts au moins", but not "…, or more than 300" (a new comparison).
        bounds_after=re.compile(
            rf"\s*,?\s*(?P<bound>{_phrase(after)})"
            rf"(?!\s*\d)(?!\s*{_phrase(data['bound_continuations'])})",
            flags,
        ),
        bound_kinds=bound_kinds,
        list_connector=re.compile(rf"\s*(?:{_alternation(data['list_connectors'])})\s*", flags),
        list_clause_verb=re.compile(_phrase(data.get("list_clause_verbs") or ["(?!)"]), flags),
        list_subset=re.compile(
            rf"\s*{_phrase(data.get('list_subset_after') or ['(?!x)x'])}", flags
        ),
        list_connector_end=re.compile(
            rf"(?:,|(?<![\w-])(?:{_alternation(data['list_connectors'])}))\s*$", flags
        ),
        list_gap_words=int(data.get("list_gap_words", 0)),
        list_others=frozenset(w.lower() for w in data.get("list_others") or []),
        compound_durations=tuple(
            (
                re.compile(rf"\s*(?:{_alternation(pair['larger'])})(?![\w])", flags),
                re.compile(rf"(?:{_alternation(pair['smaller'])})$", flags),
                Decimal(str(pair["per"])),
            )
            for pair in data.get("compound_durations", [])
        ),
        ranges=ranges,
        range_blockers=frozenset(w.lower() for w in data["range_blockers"]),
        range_words=frozenset(
            w.lower() for r in data["ranges"] for w in re.findall(r"[^\W\d_]+", r["between"])
        ),
        not_counts_after=re.compile(
            rf"(?:\s*(?:{range_betweens})\s*{number})?"  # "de 62 à 64 ans": both ends are ages
            rf"(?:\s*(?:{complement})(?:(?<=')|\s+))?\s*{_phrase(not_counts)}",
            flags,
        ),
        ratio_after=re.compile(
            rf"\s+(?:{ratio_words}|{ratio_between})\s+(?P<denominator>{number})", flags
        ),
        ratio_word_before=re.compile(rf"{_phrase(data['ratio_words'])}\s+$", flags),
        ratio_numerator_before=re.compile(
            rf"(?<![\w'-])(?P<numerator>{number})(?P<gap>(?:\s+[^\W\d_][\w'-]*){{0,3}})"
            rf"\s+{_phrase(data['ratio_words'])}\s+$",
            flags,
        ),
        ratio_between_before=re.compile(rf"{number}\s+(?:{ratio_between})\s+$", flags),
        not_counts_before=re.compile(
            rf"{_phrase(data['not_counts_before'])}\s*"
            rf"(?:{number}\s*(?:{range_betweens})\s*)?$",  # "aged 18 to 25": both are ages
            flags,
        ),
        year_markers=re.compile(rf"{_phrase(data['year_markers'])}\s*$", flags),
        year_range=tuple(data["year_range"]),
        year_marker_range=tuple(data["year_marker_range"]),
        month_after=re.compile(
            rf"(?:\s*(?:{date_connectors})\s*\d{{1,2}}(?:{ordinals})?)*\s*(?:{months})(?![\w])"
        ),
        month_before=re.compile(
            rf"(?<![\w])(?:{months}|{weekdays})"
            rf"(?:\s*\d{{1,2}}(?:{ordinals})?\s*(?:{date_connectors}))*\s*$"  # "Oct. 17 and 18"
        ),
        ordinal_suffixes=frozenset(s.lower() for s in data["ordinal_suffixes"]),
        units=re.compile(rf"(?:{_alternation(units)})(?:(?<=\W)|(?![\w]))", flags),
        unit_forms=units,
        unit_naming=re.compile(
            rf"\s*,?\s*(?:(?P<phrase>{_phrase(naming['phrases'])})"
            rf"|{_phrase(naming['markers'])}\s*)",
            flags,
        ),
        unit_phrases={_key(k): v for k, v in naming["phrases"].items()},
        symbols_before=re.compile(
            rf"(?<![\w])(?P<symbol>{_alternation(unit_data['prefix_symbols'])})\s?$"
        ),
        symbols=symbols,
        unit_window=int(data["unit_window"]),
        head_noun_last=data["head_noun"] == "last",
        stopwords=stopwords,
        triggers=frozenset(
            phrase.lower().split()[0]
            for phrase in (
                *number_words,
                *indefinite,
                *data["collective_determiners"],
                *data["vague_determiners"],
                *vague_plurals,
                *fractions,
            )
        ),
        skip_words=frozenset(w.lower() for w in data["unit_skip_words"]),
        verb_suffixes=tuple(data["unit_verb_suffixes"]),
        plural_endings=tuple(data["unit_plural_endings"]),
        elisions=tuple(w for w in stopwords if w.endswith("'")),
        plural_suffixes=tuple((a, b) for a, b in data["plural_suffixes"]),
        proportion=re.compile(
            rf"(?<![\w-])(?P<num>\d+|{word})(?:\s+[^\W\d_]+){{0,{int(data['proportion_gap_words'])}}}?"
            rf"\s+(?:{_alternation(data['proportion_links'])})\s+"
            rf"(?P<den>{_alternation(data['proportion_denominators'])})(?![\w-])",
            flags,
        ),
        proportion_denominators=_decimals(data["proportion_denominators"]),
        share=re.compile(
            rf"(?<![\w-])(?P<share>{_alternation(data['shares'])})[\"”»]?\s+"
            rf"(?:{_alternation(data['share_complements'])})(?=[\s'])",
            flags,
        ),
        shares={_key(k): Decimal(str(v)) for k, v in data["shares"].items()},
        share_intensifier=re.compile(_phrase(data.get("share_intensifiers") or ["(?!)"]), flags),
        share_ordinal_before=re.compile(
            rf"(?<![\w-])(?:{_alternation(data.get('share_ordinals') or [])})\s*$", flags
        ),
        rate_denominator_gap=re.compile(
            rf"\s*(?<![\w-])(?:{_alternation(data.get('rate_words') or [])})\s+", flags
        ),
        term_after=re.compile(
            rf"\s*(?:{_phrase(data['term_units'])})(?:\s+(?:{_phrase(data['term_markers'])})"
            rf"|\s*,?\s+(?:{'|'.join(data.get('term_marker_patterns') or ['(?!)'])}))",
            flags,
        ),
        agent_after=_agent_after(lang),
        verb_before=re.compile(
            rf"(?<![\w])(?P<verb>{_alternation(data['units_after_verbs'])})\s+$", flags
        ),
        verb_units={k.lower(): v for k, v in data["units_after_verbs"].items()},
        counted_article_before=re.compile(
            rf"{_phrase(data['lone_article_counted_after'])}\s*$", flags
        ),
        stressed_one=re.compile(data.get("stressed_one") or r"(?!x)x", flags),
        age_before=re.compile(data["age_apposition"]["before"]),
        age_after=re.compile(data["age_apposition"]["after"]),
        age_max=int(data["age_apposition"]["max"]),
        age_limit_before=re.compile(data.get("age_limit_before") or "(?!)", flags),
        multiplier_patterns=_multiplier_patterns(multiplying, word, range_betweens),
        multiplier_values={
            _key(k): Decimal(str(v))
            for section in ("named", "halves", "verbs")
            for k, v in multiplying[section].items()
        },
        multiplier_smaller=frozenset(
            _key(w) for w in (*multiplying["smaller"], *multiplying["smaller_before"])
        ),
        multiplier_unit=multiplying["unit"],
        multiplier_restates=re.compile(
            rf"[\s\"«»“”]*(?:(?:{_alternation(multiplying['restating_words'])})(?:(?<=')|\s+)){{0,2}}"
            rf"(?:\d|{word}|(?:{_alternation(multiplying['restated_counts'])})(?![\w-]))",
            flags,
        ),
        multiplier_canonical=unit_data["multiplier_unit"],
        conversion_open=re.compile(
            # the rest of a unit glued to the first figure may come before ("87 km/h (54 mph)")
            rf"[^\s()\[\]]*\s*(?:{_alternation(b[0] for b in data['conversion_brackets'])})\s*"
        ),
        conversion_close=re.compile(
            rf"\s*(?:{_alternation(b[1] for b in data['conversion_brackets'])})"
        ),
    )


def _agent_after(lang: str) -> re.Pattern[str]:
    """A participle naming who gave a figure, right after it and its noun ("the seven
    reported BY the agency", "les quatre cas reconnus PAR la fédération"): the lexicon's
    `figure_agents` and `agent_prepositions`."""
    lexicon: dict[str, Any] = load_data(lang, "lexicon.yaml")
    agents = "|".join(f"(?:{p})" for p in lexicon.get("figure_agents") or ["(?!x)x"])
    by = _alternation(lexicon.get("agent_prepositions") or [])
    return re.compile(
        rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{agents})\s+(?:{by})(?![\w-])", re.IGNORECASE
    )


def _multiplier_patterns(
    data: dict[str, Any], word: str, range_betweens: str
) -> tuple[re.Pattern[str], ...]:
    """The forms of a multiplier, each with named groups: `a` (and `b` for a range) the number,
    `cmp` the comparative or verb that says up or down, `name` a word that is a multiple."""
    number = rf"(?:\d+(?:[.,]\d+)?(?!\d)|{word})"
    quotes = r"[\s\"«»“”]*"
    comparative = _alternation([*data["greater"], *data["smaller"]])
    multiplying_verbs = _alternation([*data["greater_before"], *data["smaller_before"]])
    named_before = (
        rf"(?:{_alternation(data['named_before'])})\s*(?<=[\s'])" if data["named_before"] else ""
    )
    flags = re.IGNORECASE
    return (
        # "deux à trois fois plus élevée", "three times higher", "« deux fois inférieur »"
        re.compile(
            rf"(?<![\w-])(?P<a>{number})(?:\s*(?:{range_betweens})\s*(?P<b>{number}))?"
            rf"\s*(?:{_alternation(data['times'])}){quotes}(?P<cmp>{comparative})(?![\w-])",
            flags,
        ),
        # "multiplié par trois", "divided by two"
        re.compile(
            rf"(?<![\w-])(?P<cmp>{multiplying_verbs})"
            rf"\s+(?P<a>{number})(?![\w-])",
            flags,
        ),
        # "le double du chiffre", "twice as many", "roughly double that"
        re.compile(
            rf"(?<![\w-]){named_before}(?P<name>{_alternation(data['named'])})"
            rf"(?={quotes}(?:{_alternation(data['named_after'])})(?:(?<=')|(?![\w-])))",
            flags,
        ),
        # "la moitié du seuil", "\"half\" the threshold"
        re.compile(
            rf"(?<![\w-])(?P<name>{_alternation(data['halves'])})"
            rf"(?={quotes}(?:[\w']+\s+){{0,3}}?(?:{_alternation(data['measure_nouns'])})(?![\w-]))",
            flags,
        ),
        # "le nombre de cas a doublé", "has more than doubled"
        re.compile(
            rf"(?<![\w-])(?:{_alternation(data['verb_auxiliaries'])})(?:\s+[\w-]+){{0,2}}?\s+"
            rf"(?P<name>{_alternation(data['verbs'])})(?![\w-])",
            flags,
        ),
    )


# --- reading quantities ---------------------------------------------------------------


def _digits_value(number: str, lex: _Lexicon) -> Decimal:
    """The value of a digit string such as "107 000", "3.252", "2,3" or "10,000"."""
    if lex.grouped.fullmatch(number):
        integer = re.match(r"\d{1,3}(?:\D\d{3})+(?!\d)", number)
        assert integer is not None  # the grouped pattern guarantees it
        whole = re.sub(r"\D", "", integer.group())
        fraction = number[integer.end() + 1 :]
    else:
        parts = re.split(r"\D", number, maxsplit=1)
        whole, fraction = parts[0], parts[1] if len(parts) > 1 else ""
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def _words_value(span: str, lang: str, lex: _Lexicon) -> tuple[int, int] | None:
    """(value, length) of the longest prefix of `span` that text2num reads."""
    tokens = list(lex.word_tokens.finditer(span))
    for count in range(len(tokens), 0, -1):
        end = tokens[count - 1].end()
        first, *rest = span[:end].lower().split(maxsplit=1)
        if first in lex.indefinite_one:
            first = "one"
        try:
            return text2num(" ".join([first, *rest]), lang), end
        except ValueError:
            continue
    return None


def _scan(norm: str, lang: str, lex: _Lexicon) -> list[_Atom]:
    """Every written quantity, overlapping candidates resolved in favour of the longest."""
    found: list[_Atom] = []
    for m in lex.digits.finditer(norm):
        unscaled = _digits_value(m.group("num"), lex)
        scale = lex.scales[m.group("scale").lower()] if m.group("scale") else None
        end = m.end()
        currency = None if scale else _currency_scale(norm, m.start(), end, lex)
        if currency:  # "£1.5m", "1,5 M€"
            scale, end = currency
        value = unscaled * scale if scale else unscaled
        is_plain = scale is None and m.group("num").isdigit()
        found.append(_Atom(m.start(), end, "digits", value, None, False, unscaled, scale, is_plain))
    for start in _word_starts(norm, lex):
        found += _word_atoms(norm, start, lang, lex)

    found.sort(key=lambda a: (a.start, a.start - a.end))
    atoms: list[_Atom] = []
    for atom in found:
        if not atoms or atom.start >= atoms[-1].end:
            atoms.append(_with_collective(norm, atom, lex))
    return atoms


def _currency_scale(norm: str, start: int, end: int, lex: _Lexicon) -> tuple[Decimal, int] | None:
    """(scale, end) of a scale letter next to a currency symbol ("£1.5m", "1,5 M€") or glued
    to a number that a counted unit follows ("1.5m cubic metres", "3.2m tonnes"; "walked
    500m to the shore" and "a 4m wall" stay lengths)."""
    m = lex.currency_scale.match(norm, end)
    if not m:
        return None
    symbol_before = lex.symbols_before.search(norm[max(0, start - 4) : start])
    glued = m.start("cscale") == end
    unit_after = glued and lex.units.match(norm, m.end("cscale") + 1) is not None
    if not (symbol_before or m.group("symbol") or (unit_after and norm[m.end("cscale")] == " ")):
        return None
    return lex.currency_scales[m.group("cscale")], m.end("cscale")


def _word_starts(norm: str, lex: _Lexicon) -> list[int]:
    """Starts of the words that may open a spelled-out quantity (cheaper than a full scan)."""
    lowered = norm.lower()
    if len(lowered) != len(norm):  # a few letters lengthen when lowered ("İ")
        return [m.start() for m in _LETTERS.finditer(norm) if m.group().lower() in lex.triggers]
    return [m.start() for m in _LETTERS.finditer(lowered) if m.group() in lex.triggers]


def _word_atoms(norm: str, start: int, lang: str, lex: _Lexicon) -> list[_Atom]:
    """Spelled-out quantities opening at `start`: "douze mille", "une centaine", "des milliers"."""
    atoms: list[_Atom] = []
    m = lex.words.match(norm, start)
    read = _words_value(m.group(), lang, lex) if m else None
    if read is not None:
        value = Decimal(read[0])
        end = start + read[1]
        atoms.append(_Atom(start, end, "words", value, None, False, value, None, False))
    m = lex.collective.match(norm, start)
    if m:
        value = lex.collectives[m.group("coll").lower()]
        end = m.end()
        thousands = lex.collective_complement.match(norm, end)
        if thousands:  # "une dizaine de milliers" -> about 10 000
            value *= lex.vague_plurals[thousands.group("plural").lower()]
            end = thousands.end()
        atoms.append(_Atom(start, end, "collective", value, None, True, value, None, False))
    m = lex.fraction.match(norm, start)
    if m:  # "half a million", "un demi-million"
        value = lex.fractions[_key(m.group("frac"))]
        value *= lex.scales[m.group("scale").lower()]
        atoms.append(_Atom(start, m.end(), "words", value, None, False, value, None, False))
    m = lex.vague_multiplier.match(norm, start)
    if m:  # "several thousand", "a few hundred", "several dozen" -> at least the multiplier
        mult = m.group("mult").lower()
        low = lex.collectives.get(mult) or Decimal(_word_value(mult, lang))
        atoms.append(_Atom(start, m.end(), "vague", None, low, True, None, None, False))
    m = lex.vague.match(norm, start)
    if m:
        v1 = m.group("v1").lower()
        low = lex.vague_plurals[v1]
        if m.group("v2"):
            low *= lex.vague_plurals[m.group("v2").lower()]
        if (
            m.group("v2")
            or v1 not in lex.vague_needs_complement
            or lex.complement.match(norm, m.end())
        ):
            atoms.append(_Atom(start, m.end(), "vague", None, low, True, None, None, False))
    return atoms


def _with_collective(norm: str, atom: _Atom, lex: _Lexicon) -> _Atom:
    """Extend "deux douzaines" / "two dozen" / "trois milliers": number times collective."""
    if atom.kind not in ("digits", "words") or atom.scale is not None:
        return atom
    m = lex.collective_after.match(norm, atom.end)
    if not m or atom.value is None:
        return atom
    word = m.group("coll").lower()
    base = lex.collectives.get(word) or lex.vague_plurals[word]
    return replace(atom, end=m.end(), value=atom.value * base, approx=True, plain=False)


# --- what is not a count --------------------------------------------------------------


def _masked(norm: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Spans of URLs, e-mails, dates, clock times and phone numbers."""
    return [m.span() for needle, mask in lex.masks if needle in norm for m in mask.finditer(norm)]


def _is_count(norm: str, atom: _Atom, lex: _Lexicon) -> bool:
    """False for dates, years, times, ages, ordinals, labels and articles."""
    before = norm[max(0, atom.start - 40) : atom.start]
    after = norm[atom.end : atom.end + 40]
    if atom.kind == "digits":
        if not _digits_stand_alone(norm, atom, lex):
            return False
        number = norm[atom.start : atom.end]
        if atom.plain and len(number) > 1 and number.startswith("0"):
            return False  # codes and phone fragments ("01", "007")
    elif atom.kind == "words" and not _words_are_count(norm, atom, lex, before, after):
        return False
    glued = re.match(r"-([^\W\d_]+)\b(?![-\s]*\d)", after)
    if glued and glued.group(1).lower() not in lex.scales and not _glued_measure(after, lex):
        # compound adjective: "45-year-old", "11-day", but "$420-million" and a prison term
        # ("a 10-year prison sentence")
        return bool(lex.term_after.match(" " + after[1:]))
    if lex.not_counts_after.match(after) and not lex.term_after.match(after):
        return False
    if lex.not_counts_before.search(before):
        return False
    if atom.kind != "collective" and _in_proportion(lex, before, after):
        return False  # "1 sur 3"; but "sur une vingtaine de villages" counts villages
    if lex.month_after.match(after):
        return False
    # "mardi 4", "Oct. 17" are days; "évoquait mardi 4 200 hectares", "a requis mardi dix
    # ans de prison" are counts
    day_like = atom.kind == "digits" and (atom.plain or atom.value is None or atom.value <= 31)
    if day_like and lex.month_before.search(before) and not _measure_after(norm, atom.end, lex):
        return False
    small = atom.plain and atom.value is not None and atom.value <= lex.age_max
    if small and lex.age_before.search(before) and lex.age_after.match(after):
        return False  # "said Vasiliki, 68, who…": an age in apposition to a name
    if small and lex.age_limit_before.search(before) and _unit_after(norm, atom.end, lex) is None:
        return False  # "patients over 75 waited nine hours": an age limit
    return not _is_year(atom, lex, before, after)


def _measure_after(norm: str, pos: int, lex: _Lexicon) -> bool:
    """True when a listed unit (units.yaml; spans of time are not listed) directly follows
    `pos`: after a weekday, "mardi 31 milles nautiques", "Tuesday 12 km" are not days."""
    unit = _unit_after(norm, pos, lex)
    return unit is not None and unit[3] is not None and unit[0] == _SPACES.match(norm, pos).end()


def _with_listed_ones(
    norm: str, atoms: list[_Atom], counts: list[_Atom], lex: _Lexicon
) -> list[_Atom]:
    """`counts` plus every lone "one"/"un(e)" that is a term of a list of counts: "five were
    French, two Belgian and ONE Swiss", "quatre sont françaises, UNE est belge et UNE autre
    suisse", "ONE person was found dead and two others remain missing". Its neighbour in the
    list is a count, and what follows it is no noun of another kind ("trois interpellations
    et une enquête ouverte" lists no second count)."""
    kept = list(counts)
    counted = {id(atom) for atom in counts}
    for atom in atoms:
        if id(atom) in counted or norm[atom.start : atom.end].lower() not in lex.lone_articles:
            continue
        if not _elliptic_term(norm, atom.end, lex):
            continue
        left = [a for a in kept if a.end <= atom.start]
        right = [a for a in kept if a.start >= atom.end]
        if (left and _list_gap(norm[left[-1].end : atom.start], lex)) or (
            right and _list_gap(norm[atom.end : right[0].start], lex)
        ):
            kept.append(atom)
            kept.sort(key=lambda a: a.start)
    return kept


def _list_gap(gap: str, lex: _Lexicon) -> bool:
    """Whether the words between two terms of a list end on a list connector, within one
    clause of a few words ("des victimes sont de nationalité française, ")."""
    if re.search(r"[\d.;:!?()«»\"“”]", gap):
        return False
    if len(gap.split()) > lex.list_gap_words:
        return False
    return lex.list_connector_end.search(gap) is not None


def _elliptic_term(norm: str, pos: int, lex: _Lexicon) -> bool:
    """Whether a "one" ending at `pos` stands for a count of the list's own things: nothing
    nominal follows ("une est belge", "one Swiss", "une autre"), or a unit does ("one person")."""
    after = norm[_SPACES.match(norm, pos).end() :]
    token = _TOKEN.match(after)
    if token is None:
        return True
    word = token.group()
    return (
        word[:1].isupper()
        or lex.list_clause_verb.fullmatch(word) is not None
        or word.lower() in lex.list_others
        or lex.units.match(after) is not None
    )


def _glued_measure(after: str, lex: _Lexicon) -> bool:
    """A measure unit hyphen-glued to the number ("the 1,220-metre level", "a 40-tonne
    truck") keeps it a count; a span of time ("11-day", "45-year-old") does not."""
    unit = lex.units.match(after, 1)
    return (
        unit is not None
        and not re.match(r"[\w-]", after[unit.end() : unit.end() + 1])
        and lex.unit_forms.get(_key(unit.group())) is not None
        and not lex.not_counts_after.match(" " + after[1:])
    )


def _in_proportion(lex: _Lexicon, before: str, after: str) -> bool:
    """A term of a proportion: "1 sur 3", "one in five adults", "un Français sur deux"."""
    ratio = lex.ratio_after.match(after)
    if ratio and not _looks_like_year(ratio.group("denominator"), lex):
        return True  # but "300 in 2023" is a count and a year
    if lex.ratio_between_before.search(before):
        return True
    if lex.ratio_word_before.search(before):
        unit = _unit_after(after, 0, lex)
        if unit is not None and unit[3] is not None:
            return False  # "sur 20 km" is a distance
        # "un Français sur deux", "sept sur dix", but "l'enquête porte sur 27 rencontres"
        # counts matches: a denominator has a numerator before it or no noun of its own.
        numerator = lex.ratio_numerator_before.search(before)
        if numerator and numerator.group("numerator").lower() in lex.lone_articles:
            # "un Français sur deux", not "une enquête portait sur 27 rencontres"
            numerator = numerator if len(numerator.group("gap").split()) == 1 else None
        return bool(numerator) or not _LETTERS.match(after.lstrip())
    return False


def _digits_stand_alone(norm: str, atom: _Atom, lex: _Lexicon) -> bool:
    """Digits not glued to letters: not "G7", "Covid-19", "1er", "21e", "5G"."""
    previous = norm[atom.start - 1] if atom.start else " "
    code = lex.symbols_before.search(norm[max(0, atom.start - 4) : atom.start])
    if (previous.isalpha() and not code) or previous.isdigit():
        return False
    if re.search(r"\d/$", norm[: atom.start]) or re.match(r"/\d", norm[atom.end :]):
        return False  # fractions and slashed forms: "9/11", "24/7", "3/4"
    year_before = re.search(r"(?<!\d)(\d{4})[-–]$", norm[max(0, atom.start - 5) : atom.start])
    if year_before and _in_range(int(year_before.group(1)), lex.year_range):
        return False  # second year of a span: "2023-24", "2022-2023"
    glued_word = re.search(r"([^\W\d_]+)[-/]$", norm[max(0, atom.start - 30) : atom.start])
    if glued_word and glued_word.group(1).lower() not in lex.range_words:
        return False  # "Covid-19", "F-16", but not the 300 of "100-to-300"
    glued = _TOKEN.match(norm, atom.end)
    if glued:
        suffix = glued.group().lower()
        return suffix not in lex.ordinal_suffixes and suffix in lex.unit_forms
    return True


def _looks_like_year(number: str, lex: _Lexicon) -> bool:
    return number.isdigit() and len(number) == 4 and _in_range(int(number), lex.year_range)


def _in_range(value: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _words_are_count(norm: str, atom: _Atom, lex: _Lexicon, before: str, after: str) -> bool:
    """A spelled-out number that is not an article, a pronoun or a back-reference."""
    span = norm[atom.start : atom.end].lower()
    if span in lex.lone_articles:  # "un mort" is a count, "une enquête" is not
        if lex.counted_article_before.search(before):
            return True  # "dont un fonctionnaire de police", "killing one worker"
        if lex.stressed_one.search(before + "\x00" + after):
            return True
        unit = lex.units.match(norm, _SPACES.match(norm, atom.end).end())
        canonical = lex.unit_forms.get(_key(unit.group())) if unit else None
        return canonical in lex.counted_after_article
    # "the seven reported by the agency", "les trois autres", "Des sept mineurs…, cinq"
    # count; "les deux pays" refers back.
    counted = (
        lex.agent_after.match(after)
        or lex.referential_counted_after.match(after)
        or (atom.start == len(before) and lex.partitive_opening.match(before))
        # "up from the four it reported", "contre les quatre annoncés": the earlier value a
        # revision replaces, its noun left out.
        or lex.revised_from.search(before)
    )
    if lex.referential.search(before) and not counted:
        return False
    if span in lex.ambiguous_words:
        if lex.ambiguous_counted_before.search(before):
            return True
        following = _TOKEN.match(after.lstrip())
        return bool(following) and following.group().lower() not in lex.stopwords
    return True


def _is_year(atom: _Atom, lex: _Lexicon, before: str, after: str) -> bool:
    if not atom.plain or atom.value is None:
        return False
    value = int(atom.value)
    if _in_range(value, lex.year_marker_range) and lex.year_markers.search(before):
        return True
    if not (_in_range(value, lex.year_range) and len(str(value)) == 4):
        return False
    unit = _unit_after(after, 0, lex)
    return unit is None or unit[3] is None  # a year unless a known unit follows


# --- units ----------------------------------------------------------------------------


def _unit_lookup(word: str, lex: _Lexicon) -> str | None:
    lowered = word.lower()
    if lowered in lex.unit_forms:
        return lex.unit_forms[lowered]
    for plural, singular in lex.plural_suffixes:
        if lowered.endswith(plural):
            stem = lowered[: len(lowered) - len(plural)] + singular
            if stem in lex.unit_forms:
                return lex.unit_forms[stem]
    return None


def _unit_after(norm: str, pos: int, lex: _Lexicon) -> tuple[int, int, str, str | None] | None:
    """(start, end, written, canonical) of the unit counted by a number ending at `pos`."""
    pos = _SPACES.match(norm, pos).end()
    if norm.startswith("-", pos) and lex.units.match(norm, pos + 1):
        pos += 1  # "1,220-metre"
    symbol = lex.units.match(norm, pos)
    if symbol and not symbol.group()[0].isalpha():
        written = symbol.group()
        return symbol.start(), symbol.end(), written, lex.unit_forms.get(written.lower())
    complement = lex.complement.match(norm, pos)
    if complement:
        pos = complement.end()
    seen: list[re.Match[str]] = []
    for _ in range(lex.unit_window):
        known = lex.units.match(norm, pos)
        if known:
            canonical = lex.unit_forms[_key(known.group())]
            return known.start(), known.end(), known.group(), canonical
        initials = _INITIALS.match(norm, pos)
        if initials:  # "2,000 U.S. troops": pass over, like an adjective
            pos = _SPACES.match(norm, initials.end()).end()
            continue
        token = _TOKEN.match(norm, pos)
        if not token or _is_stopword(token.group(), lex) or lex.words.match(norm, pos):
            break  # a stopword or another number ("75 waited nearly nine hours") ends it
        lowered = token.group().lower()
        if seen and lowered.endswith(lex.verb_suffixes):
            break  # "five wars fought": a participle after the noun ends the phrase
        if lowered not in lex.skip_words:
            seen.append(token)
        pos = token.end()
        spaces = re.match(r" +", norm[pos:])
        if not spaces:
            break
        pos += spaces.end()
    if not seen:
        return None
    # After a number above one the counted noun is plural ("500 rose" is a verb): the head is
    # the first plural word (French: noun then adjectives) or the last one (English).
    plurals = [t for t in seen if t.group().lower().endswith(lex.plural_endings)]
    if lex.head_noun_last:
        plurals.reverse()
    elif plurals and plurals[0] is not seen[0]:
        return None
    if not plurals:
        return None
    head = plurals[0]
    return head.start(), head.end(), head.group(), _unit_lookup(head.group(), lex)


def _unit_named_apart(
    norm: str, start: int, end: int, lex: _Lexicon
) -> tuple[int, int, str] | None:
    """(start, end, canonical) of a unit the sentence names apart from the number: "le nombre
    de morts pourrait atteindre 18 000", "estime à 10 000 le nombre de disparus", "the death
    toll was 471". Only units listed in units.yaml are taken."""
    after = lex.unit_naming.match(norm, end)
    candidates = [after] if after else list(lex.unit_naming.finditer(norm, 0, start))[::-1]
    for m in candidates:
        if m.group("phrase"):
            return m.start("phrase"), m.end("phrase"), lex.unit_phrases[_key(m.group("phrase"))]
        known = lex.units.match(norm, m.end())
        if known:
            return known.start(), known.end(), lex.unit_forms[_key(known.group())]
    return None


def _key(phrase: str) -> str:
    """A phrase as the data tables key it: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def _is_stopword(token: str, lex: _Lexicon) -> bool:
    lowered = token.lower()
    return lowered in lex.stopwords or lowered.startswith(lex.elisions)


# --- assembling figures -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Group:
    """One figure to be: a single atom or a range of two atoms."""

    start: int  # includes a range word ("entre") but not a bound
    first: _Atom
    last: _Atom | None = None


def _groups(norm: str, atoms: list[_Atom], lex: _Lexicon) -> list[_Group]:
    """Pair atoms joined as ranges ("entre A et B", "A to B", "100-300")."""
    groups: list[_Group] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        group = _range(norm, atom, following, lex) if following else None
        if group is not None:
            groups.append(group)
            index += 2
        elif following and _HYPHEN_GAP.fullmatch(norm[atom.end : following.start]):
            index += 2  # "3-1", "9-3": scores and codes, not a range nor two counts
        else:
            groups.append(_Group(atom.start, atom))
            index += 1
    return groups


def _range(norm: str, low: _Atom, high: _Atom, lex: _Lexicon) -> _Group | None:
    if low.value is None or high.value is None:
        return None
    gap = norm[low.end : high.start]
    before = norm[max(0, low.start - 40) : low.start]
    for prefix, between in lex.ranges:
        if not between.fullmatch(gap):
            continue
        start = low.start
        if prefix is not None:
            m = prefix.search(before)
            if not m:
                continue
            start = low.start - len(before) + m.start()
        words_before = norm[max(0, start - 30) : start].lower().split()[-2:]
        if any(w.strip(",;:") in lex.range_blockers for w in words_before):
            return None
        low_value = low.value
        if low.scale is None and high.scale is not None and low.unscaled < high.unscaled:
            low_value = low.value * high.scale  # "1,5 à 2 millions"
        if low_value >= high.value:
            return None
        scaled_low = replace(low, value=low_value)
        return _Group(start, scaled_low, high)
    return None


def _bound_before(norm: str, start: int, lex: _Lexicon) -> tuple[int, BoundKind] | None:
    window = norm[max(0, start - 40) : start]
    m = lex.bounds_before.search(window)
    if not m or lex.bound_cancellers.search(window[: m.start()]):
        return None
    return start - len(window) + m.start(), lex.bound_kinds[_key(m.group("bound"))]


def _name_label(norm: str, start: int, lex: _Lexicon) -> bool:
    """A number right after a name: "Boeing 737", "iPhone 15" (not a sentence's first word)."""
    m = re.search(r"(?:^|(?P<before>\S)\s)(?P<word>[^\W\d_][\w&.-]*) $", norm[:start])
    if not m or m.group("word").islower() or _is_stopword(m.group("word"), lex):
        return False
    sentence_initial = m.group("before") is None or m.group("before") in '.!?:;«"“'
    return not sentence_initial or not m.group("word")[1:].islower()


def _figure(
    text: str, norm: str, group: _Group, lex: _Lexicon, inherited: BoundKind | None
) -> tuple[Figure, BoundKind | None] | None:
    """The figure of `group` and its bound; `inherited` is a bound shared by a list."""
    first, last = group.first, group.last or group.first
    start = group.start
    symbol = lex.symbols_before.search(norm[max(0, first.start - 4) : first.start])
    unit_written = unit_canonical = None
    if symbol:  # "$1.2bn", "between $10 and $20"
        if start == first.start:
            start -= len(symbol.group())
        unit_written = symbol.group("symbol")
        unit_canonical = lex.symbols.get(unit_written)
    end = last.end
    if unit_written is None:
        unit = _unit_after(norm, last.end, lex)
        if unit is not None:
            unit_start, end, _, unit_canonical = unit
            unit_written = text[unit_start:end]
    if unit_written is None:
        named = _unit_named_apart(norm, start, end, lex)
        if named is not None:
            unit_written, unit_canonical = text[named[0] : named[1]], named[2]
    lone = norm[first.start : first.end].lower() in lex.lone_articles
    if unit_canonical is None and lone and group.last is None:
        verb = lex.verb_before.search(norm[max(0, start - 30) : start])
        if verb:  # "killing one worker": a death
            unit_canonical = lex.verb_units[verb.group("verb").lower()]

    bound: BoundKind | None = None
    if group.last is None and first.value is not None:
        before = _bound_before(norm, start, lex)
        after = lex.bounds_after.match(norm, end)
        if before:
            start, bound = before
        if after:
            # "pourrait atteindre 4,5 %, voire davantage": the bound said after wins.
            end = after.end()
            bound = lex.bound_kinds[_key(after.group("bound"))]
        elif not before and not first.approx:  # "une centaine" keeps its own vagueness
            bound = inherited
    labelled = first.plain and not (group.last or bound or unit_canonical)
    if labelled and _name_label(norm, start, lex):
        return None

    value, low, high, approx = _values(first, group.last, bound)
    figure = Figure(
        value=value,
        low=low,
        high=high,
        unit=unit_written,
        unit_canonical=unit_canonical,
        approx=approx,
        text=text[start:end],
        start=start,
        end=end,
    )
    return figure, bound


def _values(
    first: _Atom, last: _Atom | None, bound: BoundKind | None
) -> tuple[float | None, float | None, float | None, bool]:
    """(value, low, high, approx) following the annotation rules of the project."""
    if last is not None:
        return None, _float(first.value), _float(last.value), True
    if first.value is None:  # vague plural: "des milliers" -> at least 1000
        return None, _float(first.low), None, True
    value = _float(first.value)
    if bound == "lower" and first.kind == "collective":
        return None, value, None, True  # "dépasserait la dizaine": a vague lower bound
    if bound == "lower":
        return value, value, None, True
    if bound == "upper":
        return value, None, value, True
    return value, None, None, first.approx or bound == "approx"


def _float(number: Decimal | None) -> float | None:
    return None if number is None else float(number)


def _without_orphan_chains(norm: str, atoms: list[_Atom]) -> list[_Atom]:
    """Drop a number hyphen-glued to digits that are not a count ("article 222-33")."""
    starts = {a.start for a in atoms}
    ends = {a.end for a in atoms}
    kept: list[_Atom] = []
    for atom in atoms:
        glued_before = (
            atom.start > 1 and norm[atom.start - 1] in "-–" and norm[atom.start - 2].isdigit()
        )
        glued_after = (
            norm[atom.end : atom.end + 1] in ("-", "–")
            and norm[atom.end + 1 : atom.end + 2].isdigit()
        )
        if (glued_before and atom.start - 1 not in ends) or (
            glued_after and atom.end + 1 not in starts
        ):
            continue
        kept.append(atom)
    return kept


def list_connector(lang: str) -> re.Pattern[str]:
    """A gap that only joins two counts as one list (numbers.yaml `list_connectors`: "12
    morts ET 40 blessés", "12 people AND 40 others")."""
    return _lexicon(lang).list_connector


def dated(text: str, lang: str) -> bool:
    """Whether a sentence names a date, a clock time or a year ("le 15 mars", "at 2:30 p.m.",
    "since Cyclone Pala in 2009"): the mark of background told in its own time."""
    lex = _lexicon(lang)
    norm = text
    for apostrophe in _APOSTROPHES:
        norm = norm.replace(apostrophe, "'")
    if _masked(norm, lex):
        return True
    for atom in _scan(norm, lang, lex):
        if atom.kind != "digits" or atom.value is None or _is_count(norm, atom, lex):
            continue
        if lex.month_after.match(norm, atom.end) or lex.month_before.search(norm[: atom.start]):
            return True  # "le 15 mars", "Oct. 17"
        if atom.plain and lex.year_range[0] <= atom.value <= lex.year_range[1]:
            return True
    return False


def find_figures(text: str, lang: str, offset: int = 0, durations: bool = False) -> list[Figure]:
    """Countable quantities in `text` (one sentence), in order; spans are `offset`-based.
    Spans of time are not counts unless `durations` is set."""
    lex = _lexicon(lang, durations)
    norm = text
    for apostrophe in _APOSTROPHES:
        norm = norm.replace(apostrophe, "'")
    atoms = _scan(norm, lang, lex)
    masked = _masked(norm, lex) if any(a.kind == "digits" for a in atoms) else []
    unmasked = [a for a in atoms if not any(s < a.end and a.start < e for s, e in masked)]
    atoms = _with_listed_ones(norm, unmasked, [a for a in unmasked if _is_count(norm, a, lex)], lex)
    atoms = _without_orphan_chains(norm, atoms)
    figures: list[Figure] = []
    bound: BoundKind | None = None  # of the previous figure, shared by a list that follows
    for group in _groups(norm, atoms, lex):
        in_list = (
            bool(figures)
            and lex.list_connector.fullmatch(norm[figures[-1].end : group.start]) is not None
            and not lex.list_clause_verb.search(norm[figures[-1].start : group.start])
        )
        made = _figure(text, norm, group, lex, bound if in_list else None)
        if made is not None and in_list and lex.list_subset.match(norm, made[0].end):
            made = _figure(text, norm, group, lex, None)
        if made is None or (figures and made[0].start < figures[-1].end):
            continue
        figures.append(made[0])
        bound = made[1]
    figures = [_with_half(text, norm, f, lex) for f in figures]
    figures = _joined_durations(text, norm, figures, lex)
    figures = _overridden(figures, _proportions(text, norm, lang, lex))
    figures = _overridden(figures, _multipliers(text, norm, lang, lex))
    figures = _without_dependents(norm, figures, lex)
    if offset:
        figures = [replace(f, start=f.start + offset, end=f.end + offset) for f in figures]
    return figures


def _joined_durations(text: str, norm: str, figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """ "4 heures et 12 minutes" -> 4.2 (hours): a span of time in a larger and a smaller unit
    joined as a list is one value in the larger unit."""
    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        joined = None
        if previous is not None and previous.value is not None and figure.value is not None:
            joined = _join_duration(norm, previous, figure, lex)
        if joined is None:
            out.append(figure)
            continue
        out[-1] = replace(
            previous, value=joined, text=text[previous.start : figure.end], end=figure.end
        )
    return out


def _join_duration(norm: str, larger: Figure, smaller: Figure, lex: _Lexicon) -> float | None:
    """The value of `larger` plus `smaller` in `larger`'s unit, when they are one span of time
    ("4 heures et 12 minutes", "1 hour and 20 minutes": a singular unit is not in the figure)."""
    if larger.low is not None or larger.high is not None or smaller.approx:
        return None
    written = norm[larger.end - len(larger.unit or "") : smaller.start]
    for larger_unit, smaller_unit, per in lex.compound_durations:
        unit = larger_unit.match(written)
        if not unit or not smaller_unit.match(smaller.unit or ""):
            continue
        if lex.list_connector.fullmatch(written[unit.end() :]):
            total = Decimal(str(larger.value)) + Decimal(str(smaller.value)) / per
            return _rounded(total)
    return None


def _without_dependents(norm: str, figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """Drop the figures that only qualify the figure before them (`_depends_on`)."""
    kept: list[Figure] = []
    for figure in figures:
        if kept and _depends_on(norm, kept[-1], figure, lex):
            continue
        kept.append(figure)
    return kept


def _depends_on(norm: str, previous: Figure, figure: Figure, lex: _Lexicon) -> bool:
    """Whether `figure` is the denominator of a rate given right after `previous` ("405 euros
    les 1 000 litres", "12 cases per 100,000 people": a power of ten), or its conversion
    alone in a bracket, in another unit ("110 million euros ($128 million)", "61 mm (2.4
    inches)")."""
    if _power_of_ten(figure) and lex.rate_denominator_gap.fullmatch(
        norm, previous.end, figure.start
    ):
        return True
    return (
        previous.unit is not None
        and figure.unit is not None
        and _unit_key(previous) != _unit_key(figure)
        and lex.conversion_open.fullmatch(norm, previous.end, figure.start) is not None
        and lex.conversion_close.match(norm, figure.end) is not None
    )


def _power_of_ten(figure: Figure) -> bool:
    """A plain point value 10, 100, 1 000… (a rate's usual denominator)."""
    value = figure.value
    if value is None or figure.low is not None or figure.high is not None or value < 10:
        return False
    return math.isclose(math.log10(value), round(math.log10(value)))


def _unit_key(figure: Figure) -> str:
    """The unit a figure is counted in: its canonical name, else its words as written."""
    return figure.unit_canonical or (figure.unit or "").casefold()


def _overridden(figures: list[Figure], readings: list[Figure]) -> list[Figure]:
    """`figures` with `readings` (proportions, multipliers) in place of those they overlap."""
    if not readings:
        return figures
    kept = [f for f in figures if not any(r.start < f.end and f.start < r.end for r in readings)]
    return sorted(kept + readings, key=lambda f: f.start)


def _with_half(text: str, norm: str, figure: Figure, lex: _Lexicon) -> Figure:
    """ "deux points et demi" -> 2.5, "3 millions et demi" -> 3 500 000: half of the last
    unit of a point value (its scale word when it has one)."""
    half = lex.half_after.match(norm, figure.end)
    if half is None or figure.value is None or figure.low is not None or figure.high is not None:
        return figure
    words = [_key(w) for w in re.findall(r"[^\W\d_]+", figure.text)]
    unit = max((lex.scales[w] for w in words if w in lex.scales), default=Decimal(1))
    value = float(Decimal(str(figure.value)) + unit / 2)
    return replace(figure, value=value, text=text[figure.start : half.end()], end=half.end())


def _proportions(text: str, norm: str, lang: str, lex: _Lexicon) -> list[Figure]:
    """Proportions as percentages: "huit décès sur dix" -> 80, "a quarter of cases" -> 25."""
    found: list[tuple[int, int, Decimal]] = []
    named: set[int] = set()  # starts of shares named by a word ("half"), vague like "dozens"
    for m in lex.proportion.finditer(norm):
        numerator = m.group("num")
        value = int(numerator) if numerator.isdigit() else _word_value(numerator.lower(), lang)
        denominator = lex.proportion_denominators[m.group("den").lower()]
        unit = _unit_after(norm, m.end(), lex)
        if unit is not None and unit[3] is not None:
            continue  # "3 sur 10 km" is a distance
        if 0 < value <= denominator:
            found.append((m.start(), m.end(), Decimal(value) * 100 / denominator))
    for m in lex.share.finditer(norm):
        if re.match(r"(?:\s+\S+){0,2}?\s+\d", norm[m.end() :]):
            continue  # "half of the 1,200 staff": the count is the figure
        if lex.share_ordinal_before.search(norm[: m.start()]):
            continue  # "the first half of the year", "la première moitié du mois": a period
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end("share"), lex.shares[_key(m.group("share"))]))
            named.add(m.start())
    figures = []
    window = int(load_data(lang, "numbers.yaml")["share_intensifier_window"])
    for start, end, percent in sorted(found):
        bound = _bound_before(norm, start, lex)
        kind = bound[1] if bound else None
        value = float(round(percent, 1))
        # "plus de la moitié" is 50 at least, like "plus de 50 %"; "well over half" is vaguer.
        vague_share = (
            kind == "lower"
            and start in named
            and bound is not None
            and lex.share_intensifier.search(norm[max(0, bound[0] - window) : start]) is not None
        )
        figures.append(
            Figure(
                value=None if vague_share else value,
                low=value if kind == "lower" else None,
                high=value if kind == "upper" else None,
                unit="%",
                unit_canonical="percent",
                approx=kind is not None,
                text=text[bound[0] if bound else start : end],
                start=bound[0] if bound else start,
                end=end,
            )
        )
    return figures


def _multipliers(text: str, norm: str, lang: str, lex: _Lexicon) -> list[Figure]:
    """Multipliers as values: "deux fois plus" -> 2, "deux fois inférieur" -> 0.5, "two to
    three times higher" -> 2-3, "double that" -> 2. One that a number follows closely only
    restates two figures given in full ("three times the four cases", "le double des 17
    cas") and is left out."""
    found: dict[tuple[int, int], Figure] = {}
    for pattern in lex.multiplier_patterns:
        for m in pattern.finditer(norm):
            groups = m.groupdict()
            if groups.get("name"):
                start = m.start("name")
                values = [lex.multiplier_values[_key(groups["name"])]]
            else:
                start = min(m.start("a"), m.start("cmp"))
                values = [_number_value(groups[k], lang, lex) for k in ("a", "b") if groups.get(k)]
                if _key(groups["cmp"]) in lex.multiplier_smaller:
                    values = [Decimal(1) / v for v in reversed(values) if v]
            if not values or any(v <= 0 for v in values):
                continue
            if lex.multiplier_restates.match(norm, m.end()):
                continue
            bound = _bound_before(norm, start, lex)
            start, kind = bound if bound else (start, None)
            if any(s < m.end() and start < e for s, e in found):
                continue
            low, high = (values[0], values[-1]) if len(values) > 1 else (None, None)
            value = None if low is not None else values[0]
            if value is not None and kind == "lower":
                low = value
            elif value is not None and kind == "upper":
                high = value
            found[(start, m.end())] = Figure(
                value=_rounded(value),
                low=_rounded(low),
                high=_rounded(high),
                unit=lex.multiplier_unit,
                unit_canonical=lex.multiplier_canonical,
                approx=kind is not None or len(values) > 1,
                text=text[start : m.end()],
                start=start,
                end=m.end(),
            )
    return sorted(found.values(), key=lambda f: f.start)


def _number_value(number: str, lang: str, lex: _Lexicon) -> Decimal:
    """The value of a number written in digits ("2,5") or words ("trois")."""
    if number[0].isdigit():
        return Decimal(number.replace(",", "."))
    read = _words_value(number, lang, lex)
    return Decimal(read[0]) if read else Decimal(0)


def _rounded(number: Decimal | None) -> float | None:
    return None if number is None else round(float(number), 4)
