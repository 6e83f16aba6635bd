"""Cluster claims on what they are about, not on who says them or which figure they give.

A claim is reduced to a `ClaimProfile`: the measure a figure counts (turnout, deaths...),
the place it is scoped to, the event date the text gives, and the language-neutral terms
(entities, places, concepts, proper names) of the clause that carries it. Two profiles are
compared by `similarity`; hard incompatibilities (two measures, two places, two explicit
dates, a forecast against a count) give 0. Clusters are grown incrementally: a new claim is
compared only with the representatives of clusters that share a blocking key, and joins the
best one above the threshold; `follow_targets` ties denials and quote continuations to the
claim of the same article they answer.

Pure module: reads only the package's data files (cluster.yaml, <lang>/topics.yaml, and the
number words of <lang>/numbers.yaml) through `claimtrack.resources.load_data`.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import Any

from claimtrack.lexicon import alternation, lexicon
from claimtrack.model import Article, Claim, Figure
from claimtrack.pairmodel import load_model
from claimtrack.resources import load_data

# ---------------------------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class ClusterSettings:
    """Clustering thresholds and weights (defaults from data/cluster.yaml `clustering`)."""

    threshold: float
    stance_threshold: float
    figure_weights: dict[str, float]
    stance_weights: dict[str, float]
    cross_kind_factor: float
    unscoped_vs_broad_place: float
    unscoped_vs_city: float
    stance_place_mismatch: float
    loose_date: float
    implicit_date_tolerance_days: int
    follow_up_days: int
    follow_up_story_names: int
    story_window_days: int
    terms_unknown: float
    stance_terms_unknown: float
    measure_unknown: float
    bare_measure: float
    bare_vs_refined: float
    unit_word_mismatch: float
    unit_words_unknown: float
    min_term_mass: float
    story_floor: float
    story_terms_for_same: int
    story_actor_weight: float
    term_weights: dict[str, float]
    # Stances: weights of the own-vocabulary families ("word", "name") and the least mass
    # their overlap is measured against (see `_vocabulary_score`).
    vocabulary_weights: dict[str, float] = field(default_factory=dict)
    min_vocabulary_mass: float = 3.0
    rival_concepts: tuple[tuple[str, ...], ...] = ()
    # Concepts that name an act one is accused of or denies (doping, a leak, fraud, supplying
    # weapons): two stances naming acts, none in common, are about two propositions.
    act_concepts: frozenset[str] = frozenset()
    # Concepts that name what an act bears on (weapons, troops): supplying arms and sending
    # soldiers are two propositions.
    object_concepts: frozenset[str] = frozenset()
    # Concepts naming a cover-up: weighed as acts between stances, never a veto.
    cover_up_concepts: frozenset[str] = frozenset()
    value_unknown: float = 0.5
    # Two figures giving the same number (smaller / larger >= `same_number_ratio`: one
    # number rounded or translated, not two close estimates): their scopes one of which
    # contains or may contain the other score `same_number_other_scope`. When the number
    # is distinctive (`_distinctive`: not under `distinctive_value_min`, not a round ten
    # or hundred) a coincidence is rare, so their measures no lexicon links score
    # `same_number_unlinked` and headlines sharing no term `same_number_story` at least.
    same_number_ratio: float = 0.995
    distinctive_value_min: float = 20.0
    same_number_unlinked: float = 0.7
    same_number_other_scope: float = 0.6
    same_number_story: float = 0.9
    # Place score of an unscoped figure against a city's when both stories are the city's
    # alone (see `_local_story`).
    local_story_unscoped: float = 0.6
    # Measure score, with the same number, when one figure counts who ("two soldiers") and
    # the other's figure writes that word ("deux soldats tués"), or when the counted noun
    # of one names the other's measure ("23 blessés ont été évacués" / "23 injured").
    also_measure: float = 0.7
    # Unit words no lexicon knows that share their first `cognate_unit_letters` letters
    # ("contaminations" / "contamination", "infectées" / "infected"): one word in two
    # languages or two inflections, measure score `cognate_units`.
    cognate_unit_letters: int = 7
    cognate_units: float = 0.9
    # ... or that are two spellings of one word ("litre" / "liter"): one letter more in a
    # word of at least this many letters ("coursier" / "courier") counts as one (see
    # `_spelling_variants`).
    variant_min_letters: int = 6
    # Measure score of a figure whose measure is unknown against one whose numbers are
    # all further from it than `unknown_measure_near_ratio` (smaller / larger): an elided
    # unit ("the real figure is more than 500") is most often the count it disputes, a
    # number of another order most often another count ("two" against "seven trapped").
    unknown_measure_near_ratio: float = 0.0
    measure_unknown_far: float = 0.7
    # Measure score of a generic measure word against the specific measure a story uses it
    # for (cluster.yaml `generic_measures`: "quatre cas" / "seven positive tests").
    generic_vs_specific: float = 0.4
    # (least ratio smaller/larger, score), highest ratio first
    value_ratio_scores: tuple[tuple[float, float], ...] = ()
    # How pairs no veto keeps apart are scored: "rules" (the weighted components above and
    # `threshold` / `stance_threshold`), "learned" (`pairmodel`: the model in the YAML file
    # `pair_model`, the bundled one when empty, with its own thresholds), or "hybrid": rules
    # for two figures, the model for pairs with a stance.
    scorer: str = "hybrid"
    pair_model: str = ""
    # Two figures of articles in two languages that write this many proper names in common,
    # however often (see `article_names`), are of one story: their story factor is 1 (0:
    # names written once are not weighed).
    story_names_for_same: int = 0
    story_names_min_share: float = 0.2
    # Party features of two stances: a role held by role nouns alone on one side ("the
    # company" denies, "main farmers' union" accuses) is the other side's named party of that
    # role when the first side's article writes that name (see `_story_role`). 0: off.
    story_role_parties: int = 0
    # Two figure clusters a newcomer could join both merge when they count one established
    # measure and some number of one is at least this close to one of the other's (smaller
    # / larger; see `one_measure`). 1.01: never.
    absorb_near_ratio: float = 1.01
    # Two figures whose closest numbers are further apart than this (smaller / larger) are
    # two counts unless a sentence of either sets its number against another's
    # (`ClaimProfile.disputing`). 0: never.
    undisputed_ratio: float = 0.0
    # `undisputed_ratio` for two figures that name what they pay for or count in words of
    # one language, none in common (see `_heads_apart`).
    heads_apart_ratio: float = 0.0
    # Value score of two figures further apart than `undisputed_ratio` that may be one
    # count at two stages (`_may_be_revised`: a toll that grew, an estimate revised).
    revised_value: float = 0.0

    @classmethod
    def load(cls, **overrides: Any) -> ClusterSettings:
        """Settings from data/cluster.yaml, with keyword overrides."""
        values = dict(load_data("cluster.yaml")["clustering"])
        values.update(overrides)
        values["rival_concepts"] = tuple(tuple(g) for g in values.get("rival_concepts") or ())
        values["act_concepts"] = frozenset(values.get("act_concepts") or ())
        values["object_concepts"] = frozenset(values.get("object_concepts") or ())
        values["cover_up_concepts"] = frozenset(values.get("cover_up_concepts") or ())
        bands = sorted(values.get("value_ratio_scores") or [], reverse=True)
        values["value_ratio_scores"] = tuple((float(r), float(s)) for r, s in bands)
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


# ---------------------------------------------------------------------------------------------
# Text folding and lexicon matching

_FOLD_SPECIAL = {"œ": "o", "æ": "a", "ß": "s", "’": "'", "‘": "'", "`": "'", "´": "'"}


def fold(text: str) -> str:
    """Lowercase, strip accents, keep one output character per input character.

    Keeping the length lets positions found in the folded text index the original one.
    """
    lowered = text.lower()
    if lowered.isascii():  # most English text: nothing to strip
        return lowered.replace("`", "'")
    if len(lowered) != len(text):
        # "İ" lowers to two characters ("i" and a combining dot): lower one by one, first kept
        lowered = "".join(char.lower()[0] for char in text)
    return "".join(map(_fold_char, lowered))


@cache
def _fold_char(char: str) -> str:
    if char in _FOLD_SPECIAL:
        return _FOLD_SPECIAL[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base[0] if base else " "


def _fold_phrase(phrase: str) -> str:
    """Fold a lexicon entry; hyphens and apostrophes match a space or themselves."""
    return re.sub(r"\s+", " ", fold(phrase).strip())


@cache
def _phrase_pattern(phrase: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s'\-]+", _fold_phrase(phrase)) if p]
    return r"[\s'\-]+".join(parts)


@cache
def _any_phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One whole-word regex matching any of `phrases` (never matches when empty)."""
    if not phrases:
        return re.compile(r"(?!x)x")
    either = alternation([_phrase_pattern(p) for p in phrases], escape=False)
    return re.compile(rf"(?<![\w]){either}(?![\w])")


def _has_phrase(folded: str, phrases: tuple[str, ...]) -> bool:
    """True when the folded text contains one of `phrases` as whole words."""
    return _any_phrase_regex(tuple(phrases)).search(folded) is not None


# Profiling a claim looks the same few texts up in each lexicon several times.
_FIND_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Mention:
    """A lexicon hit: canonical key and span in the sentence."""

    key: str
    start: int
    end: int


class Lexicon:
    """A table `canonical -> [phrases]` compiled into one whole-word, plural-tolerant regex."""

    def __init__(self, table: dict[str, list[str] | None]) -> None:
        self._by_phrase: dict[str, str] = {}
        for key, phrases in (table or {}).items():
            for phrase in phrases or []:
                folded = re.sub(r"[\s'\-]+", " ", _fold_phrase(str(phrase)))
                if folded:
                    self._by_phrase.setdefault(folded, str(key))
        ordered = sorted(self._by_phrase, key=len, reverse=True)
        if ordered:
            either = alternation([_phrase_pattern(p) for p in ordered], escape=False)
            self._regex: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])({either})(?:s|es|x)?(?![\w])"
            )
        else:
            self._regex = None
        self._found: dict[str, tuple[Mention, ...]] = {}

    def find(self, folded_text: str) -> list[Mention]:
        """All non-overlapping mentions, left to right."""
        if self._regex is None:
            return []
        cached = self._found.get(folded_text)
        if cached is None:
            if len(self._found) >= _FIND_CACHE_SIZE:
                self._found.clear()
            cached = self._found[folded_text] = tuple(self._scan(folded_text))
        return list(cached)

    def _scan(self, folded_text: str) -> list[Mention]:
        assert self._regex is not None
        found = []
        for match in self._regex.finditer(folded_text):
            phrase = re.sub(r"[\s'\-]+", " ", match.group(1))
            key = self._by_phrase.get(phrase)
            if key is not None:
                found.append(Mention(key, match.start(), match.end()))
        return found


@dataclass(frozen=True)
class LanguageTables:
    """The compiled per-language words used to profile claims."""

    lang: str
    places: Lexicon
    entities: Lexicon
    measures: Lexicon
    concepts: Lexicon
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    day_suffixes: tuple[str, ...]
    range_connectors: tuple[str, ...]
    year_exclusions: tuple[str, ...]
    period_qualifiers: frozenset[str]
    clause_breaks: tuple[str, ...]
    date_anaphora: tuple[str, ...]
    continuation_markers: tuple[str, ...]
    figure_anaphora: tuple[str, ...]
    stopwords: frozenset[str]
    pronouns: frozenset[str]
    # Words every stance uses whatever it is about ("accusation", "déclaré", "denied"),
    # as word keys (see `word_key`): they say nothing of which dispute.
    generic_words: frozenset[str]
    new_point_markers: tuple[str, ...]
    accusation_anaphora: tuple[str, ...]
    projection_markers: tuple[str, ...]
    part_markers_before: tuple[str, ...] = ()
    part_markers_after: tuple[str, ...] = ()
    subarea_markers: tuple[str, ...] = ()
    capital_words: tuple[str, ...] = ()
    jurisdiction_words: tuple[str, ...] = ()
    locatives: frozenset[str] = frozenset()
    change_markers: tuple[str, ...] = ()
    change_verbs: tuple[str, ...] = ()
    change_level_words: frozenset[str] = frozenset()
    # Words making a number what a place holds, not how many are there ("prévue pour 312
    # détenus", "a licensed capacity of 19,500"; "19 500 places").
    capacity_markers_before: tuple[str, ...] = ()
    capacity_markers_after: tuple[str, ...] = ()
    # Words restating a quantity in another noun ("14 lots, soit 320 000 flacons").
    restatement_markers: tuple[str, ...] = ()
    contrast_markers: tuple[str, ...] = ()
    beneficiary_markers: tuple[str, ...] = ()
    # Words making a number the rest of a set whose other part the sentence counted ("the
    # other two", "les deux autres", "two others"): another count than that part.
    remainder_before: tuple[str, ...] = ()
    remainder_after: tuple[str, ...] = ()
    relative_years: dict[str, int] = field(default_factory=dict)
    place_prepositions: tuple[str, ...] = ()
    side_before_name: tuple[str, ...] = ()
    side_after_name: tuple[str, ...] = ()
    both_sides: tuple[str, ...] = ()
    own_side: tuple[str, ...] = ()
    own_side_inline: tuple[str, ...] = ()
    count_nouns: tuple[str, ...] = ()
    count_determiners: frozenset[str] = frozenset()
    # Words between a count noun and what it counts ("the number of", "le nombre de").
    count_noun_links: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    noun_endings: tuple[str, ...] = ()
    dispute_verbs: tuple[str, ...] = ()
    partitive_markers: tuple[str, ...] = ()
    # Words joining two numbers of one count ("entre 4 200 (préfecture) et 12 000
    # personnes", "three or four dead"): the first shares the words past the second.
    shared_count_connectors: frozenset[str] = frozenset()
    # Words introducing a part of the count just given ("150, dont onze patients").
    subset_markers: tuple[str, ...] = ()
    # Words opening two numbers as the ends of one count, with the word before the second
    # ("entre 782 000 personnes, selon X, et 2,3 millions d'après Y, ont manifesté").
    count_range_words: tuple[tuple[str, str], ...] = ()
    possessives: frozenset[str] = frozenset()
    seat_before: tuple[str, ...] = ()
    seat_after: tuple[str, ...] = ()
    demonyms: Lexicon = field(default_factory=lambda: Lexicon({}))
    # Counted nouns no canonical unit covers, by a shared key per thing counted
    # ("bateau", "navire", "boat" -> "vessel"; see `_unit_word`).
    counted_nouns: Lexicon = field(default_factory=lambda: Lexicon({}))
    counted_keys: frozenset[str] = frozenset()
    # What befell those a figure counts, one shared key per class across languages
    # ("libérés", "freed" -> released; "toujours détenus", "still held" -> held).
    predicates: Lexicon = field(default_factory=lambda: Lexicon({}))
    # Words that set a number against another's: bounds, minimisers, negations, dispute
    # verbs ("at most", "only", "not 600", "ne dépassent pas", "disputed that figure").
    dispute_cues: tuple[str, ...] = ()
    # Set phrases that contain a dispute cue and set nothing against anything ("au plus
    # fort de la crise": at its peak, not "at most"; "not only")
    dispute_cue_idioms: tuple[str, ...] = ()
    # Words that mark a number as one stage of a count that moves: provisional ("à ce
    # stade", "premier bilan") or revised ("le bilan s'est alourdi", "the toll rose",
    # "revu à la hausse"). See `ClaimProfile.revising`.
    revision_cues: tuple[str, ...] = ()
    # Verbs of movement ("rose to", "est passé à") that revise a number only when the
    # sentence names a count that is revised (`revised_counts`: "the death toll ... has
    # risen to 41"); "revenue jumped to €4.2bn" is a quantity that moved, not a revision.
    revision_moves: tuple[str, ...] = ()
    revised_counts: tuple[str, ...] = ()
    # Words right before a number that set it as another stage of the count a figure
    # before it in the sentence gives ("1 480, contre 1 150 annoncés", "au lieu des 410
    # prévus", "11,200 hectares, up from 9,500"). See `ClaimProfile.stages`.
    stage_markers: tuple[str, ...] = ()
    # Words joining a sum to what it pays for ("de", "of", "in", "à", "at": "140 millions
    # d'euros de marchés", "une dette de 43 millions", "put the debt at €38m"), and words
    # between them that say nothing of it ("près", "about"); see `_figure_heads`.
    head_links: frozenset[str] = frozenset()
    head_fillers: frozenset[str] = frozenset()


def _load_optional(*parts: str) -> Any:
    try:
        return load_data(*parts)
    except (FileNotFoundError, OSError):
        return None


@cache
def tables(lang: str) -> LanguageTables:
    """Compiled lexicons for `lang` (topics.yaml)."""
    topics = _load_optional(lang, "topics.yaml") or {}

    def folded_keys(table: dict[str, Any] | None) -> dict[str, Any]:
        return {re.sub(r"[\s'\-]+", " ", _fold_phrase(str(k))): v for k, v in (table or {}).items()}

    def phrases(name: str) -> tuple[str, ...]:
        return tuple(re.sub(r"[\s'\-]+", " ", _fold_phrase(p)) for p in topics.get(name) or [])

    return LanguageTables(
        lang=lang,
        places=Lexicon(topics.get("places") or {}),
        entities=Lexicon(topics.get("entities") or {}),
        measures=Lexicon(topics.get("measures") or {}),
        predicates=Lexicon(topics.get("predicates") or {}),
        concepts=Lexicon(topics.get("concepts") or {}),
        months=folded_keys(topics.get("months")),
        weekdays=folded_keys(topics.get("weekdays")),
        relative_days=folded_keys(topics.get("relative_days")),
        day_suffixes=tuple(topics.get("day_suffixes") or []),
        range_connectors=phrases("range_connectors"),
        year_exclusions=phrases("year_exclusions"),
        period_qualifiers=frozenset(phrases("period_qualifiers")),
        clause_breaks=phrases("clause_breaks"),
        date_anaphora=phrases("date_anaphora"),
        continuation_markers=phrases("continuation_markers"),
        figure_anaphora=phrases("figure_anaphora"),
        stopwords=frozenset(fold(str(w)) for w in topics.get("stopwords") or []),
        pronouns=frozenset(fold(str(w)) for w in topics.get("pronouns") or []),
        generic_words=frozenset(word_key(fold(str(w))) for w in topics.get("generic_words") or []),
        new_point_markers=phrases("new_point_markers"),
        accusation_anaphora=phrases("accusation_anaphora"),
        projection_markers=phrases("projection_markers"),
        part_markers_before=phrases("part_markers_before"),
        part_markers_after=phrases("part_markers_after"),
        subarea_markers=phrases("subarea_markers"),
        capital_words=phrases("capital_words"),
        jurisdiction_words=phrases("jurisdiction_words"),
        locatives=frozenset(fold(str(w)) for w in topics.get("locatives") or []),
        change_markers=phrases("change_markers"),
        change_verbs=phrases("change_verbs"),
        change_level_words=frozenset(fold(str(w)) for w in topics.get("change_level_words") or []),
        capacity_markers_before=phrases("capacity_markers_before"),
        capacity_markers_after=phrases("capacity_markers_after"),
        restatement_markers=phrases("restatement_markers"),
        contrast_markers=phrases("contrast_markers"),
        beneficiary_markers=phrases("beneficiary_markers"),
        remainder_before=phrases("remainder_before"),
        remainder_after=phrases("remainder_after"),
        relative_years=folded_keys(topics.get("relative_years")),
        place_prepositions=phrases("place_prepositions"),
        side_before_name=phrases("side_before_name"),
        side_after_name=phrases("side_after_name"),
        both_sides=phrases("both_sides"),
        own_side=phrases("own_side"),
        own_side_inline=phrases("own_side_inline"),
        count_nouns=phrases("count_nouns"),
        count_determiners=frozenset(fold(str(w)) for w in topics.get("count_determiners") or []),
        count_noun_links=phrases("count_noun_links"),
        participle_endings=tuple(str(e).lower() for e in topics.get("participle_endings") or []),
        noun_endings=tuple(str(e).lower() for e in topics.get("noun_endings") or []),
        dispute_verbs=phrases("dispute_verbs"),
        partitive_markers=phrases("partitive_markers"),
        shared_count_connectors=frozenset(phrases("shared_count_connectors")),
        subset_markers=phrases("subset_markers"),
        count_range_words=tuple(
            (_fold_phrase(str(k)), _fold_phrase(str(v)))
            for k, v in (topics.get("count_range_words") or {}).items()
        ),
        possessives=frozenset(fold(str(w)) for w in topics.get("possessives") or []),
        demonyms=Lexicon(topics.get("demonyms") or {}),
        counted_nouns=Lexicon(topics.get("counted_nouns") or {}),
        counted_keys=frozenset(str(k) for k in topics.get("counted_nouns") or {}),
        seat_before=phrases("seat_before"),
        seat_after=phrases("seat_after"),
        dispute_cues=phrases("dispute_cues") + phrases("dispute_verbs"),
        dispute_cue_idioms=phrases("dispute_cue_idioms"),
        revision_cues=phrases("revision_cues"),
        revision_moves=phrases("revision_moves"),
        revised_counts=phrases("revised_counts"),
        stage_markers=phrases("stage_markers"),
        head_links=frozenset(fold(str(w)) for w in topics.get("head_links") or []),
        head_fillers=frozenset(fold(str(w)) for w in topics.get("head_fillers") or []),
    )


@cache
def _world() -> dict[str, Any]:
    return load_data("cluster.yaml")


@dataclass(frozen=True)
class ProfileSettings:
    """How far profiling looks around a claim and how much a profile keeps (data/cluster.yaml
    `clustering`; see the comments there). Unlike `ClusterSettings`, a run's overrides do not
    reach them: profiles are stored and compared with those of earlier runs."""

    change_reach_words: int
    capacity_reach_words: int
    capacity_gap_words: int
    subarea_reach_words: int
    side_reach_words: int
    beneficiary_reach_words: int
    word_key_letters: int
    word_min_letters: int
    glued_noun_owner: int
    elided_measure_reach_sentences: int
    context_chars: int
    max_exemplars: int
    max_values: int
    stage_marker_reach_words: int
    story_min_sentences: int
    story_max_body_terms: int
    story_max_names: int
    name_key_letters: int
    denial_reach: int
    denial_adds_source_entity: bool
    count_noun_reach_chars: int
    act_concepts: frozenset[str]
    generic_count_measures: frozenset[str]
    # Also in `ClusterSettings`: a profile's blocking keys are stored with it, so they take
    # the file's values; a run's --set of these moves the scoring only.
    cognate_unit_letters: int
    distinctive_value_min: float


@cache
def profile_settings() -> ProfileSettings:
    """`ProfileSettings` from data/cluster.yaml, read once."""
    table = _world()["clustering"]
    values = {setting.name: table[setting.name] for setting in fields(ProfileSettings)}
    for name in ("act_concepts", "generic_count_measures"):
        values[name] = frozenset(values[name] or ())
    return ProfileSettings(**values)


def place_kind(place: str) -> str:
    """'city', 'region' or 'country' (unknown places count as cities: narrow scope)."""
    return (_world().get("places") or {}).get(place, {}).get("kind", "city")


def place_parents(place: str) -> list[str]:
    """The places containing `place`, nearest first."""
    known = _world().get("places") or {}
    chain, seen = [], {place}
    current = known.get(place, {}).get("within")
    while current and current not in seen:
        chain.append(current)
        seen.add(current)
        current = known.get(current, {}).get("within")
    return chain


def entity_groups(entity: str) -> list[str]:
    """Broader groups an entity belongs to (cluster.yaml `entity_groups`)."""
    return list((_world().get("entity_groups") or {}).get(entity, []))


def counted_group(unit_canonical: str | None) -> str | None:
    """The group of people a canonical unit counts (cluster.yaml `counted_groups`)."""
    if not unit_canonical:
        return None
    return (_world().get("counted_groups") or {}).get(unit_canonical.strip())


def unit_measure(unit_canonical: str | None) -> str | None:
    """Measure named by a canonical unit: the unit itself unless cluster.yaml maps it
    (generic units such as "people" map to None)."""
    if not unit_canonical:
        return None
    table = _world().get("unit_measures") or {}
    key = unit_canonical.strip()
    if key in table:
        return table[key]
    return table.get(key.lower(), key.lower())


# ---------------------------------------------------------------------------------------------
# Dates


@dataclass(frozen=True)
class EventDate:
    """A date as precise as the text gives it: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'.

    `strength`: 'explicit' (day and month, or a year, written in the text), 'relative'
    (a weekday or "hier", resolved against the publication date), 'published' (no date in
    the text: the publication date stands in).
    """

    iso: str
    strength: str
    start: int = -1
    end: int = -1


@lru_cache(maxsize=4096)
def parse_iso(value: date | str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) from a date or a partial ISO string, None if absent."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.year, value.month, value.day
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value).strip())
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _as_date(parts: tuple[int, int | None, int | None] | None) -> date | None:
    if not parts or parts[1] is None or parts[2] is None:
        return None
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def find_dates(folded: str, tabs: LanguageTables, published: date | str | None) -> list[EventDate]:
    """Dates written in a folded sentence, resolved against the publication date."""
    pub = parse_iso(published)
    pub_day = _as_date(pub)
    found: list[EventDate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    patterns = _date_patterns(tabs)

    def bounds_a_period(start: int) -> bool:
        """ "depuis le 13 juillet", "since 2002", "jusqu'au 31 juillet", "depuis le printemps
        2024", "since early 2024": not the event's date."""
        words = re.sub(r"[\s']+", " ", folded[max(0, start - 40) : start]).split()
        while words and (words[-1] in tabs.period_qualifiers or words[-1] in tabs.months):
            words.pop()  # the season, month or part of the year the period starts in
        before = re.sub(r"\s(?:le|la|l|the)$", "", " ".join(words))
        return any(before.endswith(word) for word in tabs.year_exclusions)

    if patterns.ranges:
        # "du 13 au 19 juillet", "13-19 July", "July 13 to 19": the week, not one day
        for index, pattern in enumerate(patterns.ranges):
            for m in pattern.finditer(folded):
                if not free(m.start(), m.end()) or bounds_a_period(m.start()):
                    continue
                month_word = m.group(3) if index == 0 else m.group(1)
                month, year = tabs.months[month_word], m.group(4)
                year_n = int(year) if year else _infer_year(month, 1, pub)
                if year_n is None:
                    continue
                found.append(EventDate(_iso(year_n, month), "explicit", m.start(), m.end()))
                taken.append((m.start(), m.end()))
    if patterns.days:
        for index, pattern in enumerate(patterns.days):
            for m in pattern.finditer(folded):
                if not free(m.start(), m.end()):
                    continue
                if bounds_a_period(m.start()):
                    taken.append((m.start(), m.end()))
                    continue
                if index == 0:
                    day, month_word, year = m.group(1), m.group(2), m.group(3)
                else:
                    month_word, day, year = m.group(1), m.group(2), m.group(3)
                month = tabs.months[month_word]
                day_n = int(day)
                if not 1 <= day_n <= 31:
                    continue
                year_n = int(year) if year else _infer_year(month, day_n, pub)
                if year_n is None:
                    continue
                found.append(EventDate(_iso(year_n, month, day_n), "explicit", m.start(), m.end()))
                taken.append((m.start(), m.end()))
    # A year alone ("en 2009"), unless it only bounds a period ("depuis 2002").
    for m in re.finditer(r"(?<![\w.,])((?:19|20)\d{2})(?![\w]|[.,]\d)", folded):
        if not free(m.start(), m.end()):
            continue
        if bounds_a_period(m.start()):
            taken.append((m.start(), m.end()))
            continue
        found.append(EventDate(_iso(int(m.group(1))), "explicit", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    # "cette année", "next year": a year counted from the publication's
    if tabs.relative_years and pub:
        for m in _any_phrase_regex(tuple(tabs.relative_years)).finditer(folded):
            if not free(m.start(), m.end()) or folded[m.end() : m.end() + 1] == "-":
                continue  # "cette année-là" points back at a year written before
            word = re.sub(r"[\s'\-]+", " ", m.group(0))
            offset = tabs.relative_years.get(word)
            if offset is None:
                continue
            found.append(EventDate(_iso(pub[0] + offset), "explicit", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    # Weekdays and relative days, resolved against the publication day.
    relative_words = patterns.relative_words
    if patterns.relative is not None and pub_day is not None:
        for m in patterns.relative.finditer(folded):
            if not free(m.start(), m.end()):
                continue
            # "mardi 18 octobre", "Tuesday (Oct 17)": the weekday belongs to the full date
            if any(0 <= s - m.end() <= 3 for s, _ in taken):
                continue
            word = re.sub(r"[\s'\-]+", " ", m.group(1))
            kind, number = relative_words.get(word, (None, 0))
            if kind == "weekday":
                resolved = pub_day - timedelta(days=(pub_day.weekday() - number) % 7)
            elif kind == "offset":
                resolved = pub_day + timedelta(days=number)
            else:
                continue
            found.append(EventDate(resolved.isoformat(), "relative", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


@dataclass(frozen=True)
class _DatePatterns:
    """The compiled date regexes of one language."""

    ranges: tuple[re.Pattern[str], ...]
    days: tuple[re.Pattern[str], ...]
    relative: re.Pattern[str] | None
    relative_words: dict[str, tuple[str, int]]


_DATE_PATTERNS: dict[str, _DatePatterns] = {}


def _date_patterns(tabs: LanguageTables) -> _DatePatterns:
    cached = _DATE_PATTERNS.get(tabs.lang)
    if cached is not None:
        return cached
    month_alt = alternation(list(tabs.months), escape=True) if tabs.months else ""
    suffix_alt = "|".join(re.escape(s) for s in tabs.day_suffixes)
    day_re = rf"(\d{{1,2}})(?:{suffix_alt})?" if suffix_alt else r"(\d{1,2})"
    year_re = r"(?:,?\s*((?:19|20)\d{2}))?"
    ranges: tuple[re.Pattern[str], ...] = ()
    days: tuple[re.Pattern[str], ...] = ()
    if month_alt and tabs.range_connectors:
        connector = "|".join(_phrase_pattern(c) for c in tabs.range_connectors)
        joint = rf"\s*(?:[-–]|\s(?:{connector})\s+(?:le\s+|the\s+)?)\s*"
        ranges = (
            re.compile(
                rf"(?<![\w]){day_re}{joint}{day_re}[\s\-]+({month_alt})\.?(?![\w]){year_re}"
            ),
            re.compile(rf"(?<![\w])({month_alt})\.?\s+{day_re}{joint}{day_re}(?![\w]){year_re}"),
        )
    if month_alt:
        days = (
            # 18 octobre 2022, 1er mai, 17th October
            re.compile(rf"(?<![\w]){day_re}[\s\-]+(?:of\s+)?({month_alt})\.?(?![\w]){year_re}"),
            # October 17, 2023 / Oct 17
            re.compile(rf"(?<![\w])({month_alt})\.?\s+{day_re}(?![\w]){year_re}"),
        )
    relative_words = {w: ("weekday", n) for w, n in tabs.weekdays.items()}
    relative_words.update({w: ("offset", n) for w, n in tabs.relative_days.items()})
    relative = None
    if relative_words:
        either = alternation([_phrase_pattern(w) for w in relative_words], escape=False)
        relative = re.compile(rf"(?<![\w])({either})(?![\w])")
    built = _DatePatterns(ranges, days, relative, relative_words)
    _DATE_PATTERNS[tabs.lang] = built
    return built


def _infer_year(month: int, day: int, pub: tuple[int, int | None, int | None] | None) -> int | None:
    """Year of a day-month date without year: the publication year, or the one before when
    the date would fall well after publication ("le 29 décembre dernier" in January)."""
    if not pub:
        return None
    year = pub[0]
    if pub[1] is not None and month > pub[1] + 1:
        return year - 1
    return year


def _combine_year(dates: list[EventDate]) -> list[EventDate]:
    """A day-month date inferred from publication takes the year written elsewhere in the
    same sentence ("le 1er-Mai ... remonte à 2009")."""
    years = [d for d in dates if len(d.iso) == 4]
    days = [d for d in dates if len(d.iso) == 10 and d.strength == "explicit"]
    if len(years) != 1 or not days:
        return dates
    year = years[0].iso
    out = [d for d in dates if d is not years[0]]
    return [replace(d, iso=year + d.iso[4:]) if d in days and d.iso[:4] != year else d for d in out]


# ---------------------------------------------------------------------------------------------
# Profiles


@dataclass(frozen=True)
class ClaimProfile:
    """What a claim is about, reduced to language-neutral keys (JSON round-trip safe)."""

    lang: str
    kind: str  # "figure" when the claim carries a figure, else "stance"
    claim_kind: str
    polarity: str
    measure: str | None
    unit: str | None
    places: tuple[str, ...]  # for a figure: the place the figure is scoped to (0 or 1)
    entities: tuple[str, ...]
    concepts: tuple[str, ...]
    event_date: str | None
    date_strength: str | None  # explicit / relative / published
    published: str | None
    story: tuple[str, ...] = ()  # terms of the article title: which story the claim is from
    names: tuple[str, ...] = ()  # proper names outside the lexicons (folded): "armorichim"
    projection: bool = False  # a figure about a future horizon ("d'ici la fin du mois")
    # Stance clusters: the term sets of members that joined ("family=term" strings), so a
    # newcomer is compared with each real member instead of a drifting union.
    exemplars: tuple[tuple[str, ...], ...] = ()
    # Figures: the numbers stated (one for a claim; those of its members for a cluster).
    values: tuple[float, ...] = ()
    # Figures: who is counted when the unit says it ("14 soldiers killed" -> troops,
    # "three civilians" -> civilians): deaths of soldiers and of civilians are two counts.
    counted: str | None = None
    # what befell those the figure counts (<lang>/topics.yaml `predicates`): "released"
    predicate: str | None = None
    # Figures: the story's names written next to the number, in any case ("14 Norvakian
    # soldiers", "six soldats peltraviens"): whose dead, whose troops.
    sides: tuple[str, ...] = ()
    # Figures: a part of a larger count ("dont 41 chez des enfants", "including a dozen
    # among staff", "dix-sept de ces cas").
    part: bool = False
    # Figures: scoped to some districts of the place ("dans les quartiers nord"), not all of it.
    subarea: bool = False
    # Figures: a change ("en hausse de deux points", "up 5%"), not a level.
    change: bool = False
    # Figures: what a place is built or licensed to hold ("built for 312 inmates", "une jauge
    # de 40 000 places"), not how many are there ("478 inmates", "50 000 spectateurs").
    capacity: bool = False
    # Figures set against another figure of the same sentence ("54 % ..., contre 46 % pour
    # sa rivale"): "<sentence digest>:<order>"; two figures so contrasted are two claims.
    contrast: str | None = None
    # Who asserts it: the names in its canonical source ("olivier", "brunel"), or the whole
    # source folded; empty when unnamed. In one story, a party's accusations and denials
    # keep to one dispute.
    speakers: tuple[str, ...] = ()
    # Stances: speaks of the story's figures without naming what they count ("industry
    # disputes the numbers", "Les industriels contestent"): may join a figure's cluster.
    about_figures: bool = False
    # Figures: other measure words written inside the figure or right after it ("deux
    # soldats tués": deaths, and troops): a figure another source counts by who it counts
    # ("two soldiers") may be it.
    also_measures: tuple[str, ...] = ()
    # Stances: the keys (see `word_key`) of the clause's own content words that no lexicon
    # knows and the article does not repeat everywhere: the story's own vocabulary
    # ("sabotage", "négligence" / "negligence"), which meets across languages by prefix.
    words: tuple[str, ...] = ()
    # Stances: the parties of a dispute, as party keys (see `party_keys`). `accused`: whom
    # an accusation accuses (the actors its clause names), or the denier of a denial (a
    # denier denies its own part); `accusers`: who makes an accusation; `deniers`: who
    # makes a denial. An accusation against X and X's denial share X; X's denial and X's
    # accusation against Y are two disputes.
    accused: tuple[str, ...] = ()
    accusers: tuple[str, ...] = ()
    deniers: tuple[str, ...] = ()
    # Accusations: the party keys of whom the accusing verb names ("accused Lignéo of",
    # "met en cause l'exploitant" standing for the operator named before), a part of
    # `accused`; empty when the extraction found no such object (see `extract.accused`).
    target: tuple[str, ...] = ()
    # The name keys of the proper names the claim's article writes, however often (see
    # `article_names`): figures of two short articles sharing some are of one story.
    story_names: tuple[str, ...] = ()
    # Denials: the parties the denier's own voice accuses in its article ("L'équipe accuse
    # l'AICD...", then "L'équipe dément"): never the party a generic denier stands for.
    own_charges: tuple[str, ...] = ()
    # Accusations that name whom they accuse by role nouns alone ("Families accuse the
    # company of..."): the named parties whose denial answers them in their article
    # ("Helianthe has rejected those allegations"), who "the company" is (see
    # `_with_answering_parties`). Weighed as accused between two claims, never in the role
    # vetoes: a source resolved wrong must not make a charge its own accuser's.
    answered_by: tuple[str, ...] = ()
    # Stances: the named actors the claim's article gives a role noun, written next to
    # their name ("le groupe Hélianthe Résidences", "the FDSEA farmers' union", "operator
    # Helianthe Residences"), as "<generic key>|<party keys>" (see `article_role_names`); a
    # cluster keeps its members'. Says which named actor "the company" or "le syndicat"
    # of another article may be (see `_story_role`).
    role_names: tuple[str, ...] = ()
    # Stances whose source is written by role nouns alone, places aside ("The main farmers'
    # union in Bordeaux", "Families", "la fédération"): the generic keys of those nouns (see
    # `_generic_party`), whatever name the source resolved to; empty otherwise.
    voice_roles: tuple[str, ...] = ()
    # Figures: the sentence sets its number against another's ("only about 40 documents,
    # far fewer than the 4,000 cited", "les fonds ne dépassent pas 600 millions"). Only a
    # dispute spans a wide gap between two numbers of one measure. A cluster keeps its
    # first member's: "only €38mn of contracts" disputes the 140 million of contracts, not
    # every sum of the story that later meets the cluster.
    disputing: bool = False
    # Figures: the sentence marks its number as one stage of a count that moves, provisional
    # or revised ("le bilan s'est alourdi à 41 morts", "up from an initial estimate", "à ce
    # stade, 130 000 patients"): a count revised over time spans a wide gap without any
    # dispute. A cluster keeps its first member's, as `disputing`.
    revising: bool = False
    # Figures: a lower bound with a number ("au moins trois morts", "at least 41 dead"): any
    # larger number of its measure may be the count it starts. A cluster keeps its first
    # member's.
    lower_bound: bool = False
    # Figures: a bound with no number of its own and no upper end ("des milliers de
    # personnes", "dozens injured"): any larger number may be it.
    open_ended: bool = False
    # Figures: the story's own word for what a sum pays for or a count counts, joined to
    # the number by a link word ("140 millions d'euros de marchés", "€4.2mn in kickbacks",
    # "une dette de 43 millions"), as "<lang>:<word key>"; a cluster keeps its members'.
    heads: tuple[str, ...] = ()
    # Figures: the numbers its sentence sets against its own as other stages of one count
    # of one measure ("a relevé à 1 480 ... contre 1 150 annoncés début octobre", "raised
    # its estimate to 11,200 tonnes, from 8,400 tonnes"); a cluster keeps its members'. A
    # figure of another article giving one of them is that count at another stage, however
    # far apart their dates and numbers.
    stages: tuple[float, ...] = ()
    block_keys: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """A dict of JSON types."""
        data = asdict(self)
        for key in _TUPLE_FIELDS:
            data[key] = list(data[key])
        data["exemplars"] = [list(e) for e in self.exemplars]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClaimProfile:
        """Inverse of `to_json`."""
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        for key in _TUPLE_FIELDS:
            values[key] = tuple(values.get(key) or ())
        values["exemplars"] = tuple(tuple(e) for e in values.get("exemplars") or ())
        return cls(**values)

    def terms(self) -> dict[str, str]:
        """Terms compared between claims, `term -> family`."""
        out: dict[str, str] = {}
        if self.kind != "figure" and self.measure:
            out[f"m:{self.measure}"] = "measure"
        for concept in self.concepts:
            out[f"c:{concept}"] = "concept"
        for place in self.places:
            out[f"e:{place}"] = "place"
        for name in self.names:
            out[f"n:{name}"] = "name"
        if self.kind != "figure":
            for speaker in self.speakers:
                out.setdefault(f"s:{speaker}", "speaker")
            for word in self.words:
                out.setdefault(f"w:{word}", "word")
            for party in self.accused:
                out[f"x:{party}"] = "accused"
            for party in self.accusers:
                out[f"a:{party}"] = "accuser"
            for party in self.deniers:
                out[f"d:{party}"] = "denier"
        for entity in self.entities:
            out[f"e:{entity}"] = "entity"
            for group in entity_groups(entity):
                out.setdefault(f"e:{group}", "group")
        return out

    def term_sets(self) -> list[dict[str, str]]:
        """Own terms, then those of each exemplar."""
        return self._term_sets

    def claim_term_sets(self) -> list[dict[str, str]]:
        """Own terms, then those of each exemplar that was not an answer (see
        `ANSWER_ITEM`): what the cluster's members claim themselves."""
        return self._claim_term_sets

    @cached_property
    def _term_sets(self) -> list[dict[str, str]]:
        # computed once per profile: a representative is compared with many newcomers
        return [self.terms(), *(_decode(e) for e in self.exemplars)]

    @cached_property
    def term_set_roles(self) -> list[_Roles]:
        """`_Roles` of each of `term_sets()`, made once (see `_term_sets`)."""
        return [_Roles.of(terms) for terms in self._term_sets]

    def answering(self, other_accused: Iterable[str]) -> tuple[str, ...]:
        """The parties answering this claim in its article (`answered_by`) that another
        accusation names as its accused (`other_accused`): who "the company" is, for that
        accusation only."""
        named = set(other_accused)
        return tuple(p for p in self.answered_by if p in named)

    @cached_property
    def _own_term_sets(self) -> dict[tuple[bool, frozenset[str]], list[dict[str, str]]]:
        # `_terms_score`'s view of each term set, by (stances, act concepts): filled on use
        return {}

    @cached_property
    def _claim_term_sets(self) -> list[dict[str, str]]:
        return [self.terms(), *(_decode(e) for e in self.exemplars if ANSWER_ITEM not in e)]

    @cached_property
    def story_name_set(self) -> frozenset[str]:
        """`story_names` as a set, made once: a representative meets many newcomers."""
        return frozenset(self.story_names)


# Marks an exemplar taken from a stance that answered another in its article (a denial
# following the accusation): its words ("warnings had been broadcast") defend against an
# act more than they name one.
ANSWER_ITEM = "role=answer"


def _decode(exemplar: tuple[str, ...]) -> dict[str, str]:
    """`term -> family` of an exemplar's "family=term" items (markers left out)."""
    return {
        term: family
        for family, term in (item.split("=", 1) for item in exemplar)
        if family != "role"
    }


_TUPLE_FIELDS = (
    "own_charges",
    "voice_roles",
    "role_names",
    "answered_by",
    "places",
    "entities",
    "concepts",
    "story",
    "story_names",
    "names",
    "values",
    "speakers",
    "sides",
    "also_measures",
    "words",
    "accused",
    "accusers",
    "deniers",
    "target",
    "heads",
    "stages",
    "block_keys",
)
_NUMBER_RE = re.compile(r"(?<![\w])\d(?:[\d\s.,]*\d)?(?![\w])")
# Punctuation that separates the parts of a sentence (a comma inside "2,3" does not).
_SEGMENT_BREAK_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]«»\"“”–—]|\s-\s")
# Segments of a stance's sentence for `_charge_view`: a quote's sentences apart too.
_CHARGE_BREAK_RE = re.compile(_SEGMENT_BREAK_RE.pattern + r"|[.!?](?=\s)")


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _attribution_span(claim: Claim, folded: str) -> tuple[int, int] | None:
    """Where the source's own words sit in the sentence (offsets, else a text search)."""
    attribution = claim.attribution
    if attribution.start is not None and attribution.end is not None:
        start, end = attribution.start - claim.start, attribution.end - claim.start
        if 0 <= start < end <= len(folded):
            return start, end
    source = fold(attribution.source or "").strip()
    source = re.sub(r"\s*\(.*$", "", source)  # drop annotations like "(implicite)"
    if len(source) >= 2:
        match = re.search(rf"(?<![\w]){re.escape(source)}(?![\w])", folded)
        if match:
            return match.start(), match.end()
    return None


def _speaker_description(
    folded: str, attribution: tuple[int, int] | None, lang: str
) -> tuple[int, int] | None:
    """The relative clause set off by commas right after the source's words (", who first
    raised concerns in a 2022 letter,", ", qui a saisi la justice en 2019,"), if any."""
    pattern = _relative_clause(lang)
    found = pattern.match(folded, attribution[1]) if attribution and pattern else None
    return (found.start(), found.end()) if found else None


@cache
def _relative_clause(lang: str) -> re.Pattern[str] | None:
    """A relative clause set off by commas (<lang>/lexicon.yaml `relative_pronouns`), or None
    for a language that lists none; compiled once, as it is tried on every claim."""
    relatives = load_data(lang, "lexicon.yaml").get("relative_pronouns") or []
    if not relatives:
        return None
    words = alternation([fold(r) for r in relatives], escape=True)
    return re.compile(rf"\s*,\s*(?:{words})\b[^,;:]*,")


def _figure_span(claim: Claim, folded: str) -> tuple[int, int] | None:
    figure = claim.figure
    if figure is None:
        return None
    start, end = figure.start - claim.start, figure.end - claim.start
    if 0 <= start < end <= len(folded) and fold(figure.text or "") == folded[start:end]:
        return start, end
    if figure.text:
        index = folded.find(fold(figure.text))
        if index >= 0:
            return index, index + len(figure.text)
    return None


def _clause_bounds(folded: str, anchor: int, breaks: tuple[str, ...]) -> tuple[int, int]:
    """The clause around `anchor`, cut at contrast connectors ("..., tandis que ...")."""
    if not breaks:
        return 0, len(folded)
    start, end = 0, len(folded)
    for m in _any_phrase_regex(breaks).finditer(folded):
        if m.end() <= anchor:
            start = m.start()
        elif m.start() > anchor:
            end = m.start()
            break
    return start, end


def _segments(text: str, breaks: re.Pattern[str] = _SEGMENT_BREAK_RE) -> list[tuple[int, int, str]]:
    """Split at punctuation; each segment is (start, end, opening delimiter)."""
    out, start, opener = [], 0, ""
    for m in breaks.finditer(text):
        out.append((start, m.start(), opener))
        start, opener = m.end(), m.group(0)
    out.append((start, len(text), opener))
    return out


def _scoped(
    mentions: Sequence[Any],
    span: tuple[int, int],
    text_without_dates: str,
    clause: tuple[int, int],
) -> list[Any]:
    """Mentions (places or dates) that apply to the figure at `span`.

    In order: the nearest one in the figure's own segment ("13 000 à Paris"); else the
    nearest one before it in the same clause ("Caen (40.000 selon la CGT)", "À Nantes, la
    CGT a recensé 4 000"); else those in segments of the sentence that carry no number
    ("Entre 782 000 personnes, ..., ont manifesté dans toute la France").
    """
    segments = _segments(text_without_dates)
    own = next((i for i, (s, e, _) in enumerate(segments) if s <= span[0] < e), None)
    if own is None:
        return []

    def inside(index: int) -> list[Any]:
        s, e, _ = segments[index]
        return [m for m in mentions if s <= m.start < e]

    def beyond_another_number(mention: Any) -> bool:
        # "cut the deficit to 3.2% of GDP from 4.4% this year": "this year" is 4.4%'s
        low, high = sorted((mention.start, span[0]))
        between = text_without_dates[low:high]
        if mention.start > span[0]:
            between = text_without_dates[span[1] : mention.start]
        return _NUMBER_RE.search(between) is not None

    hits = inside(own)
    if hits:
        own_hits = [m for m in hits if not beyond_another_number(m)] or hits
        written = [m for m in own_hits if getattr(m, "strength", "") == "explicit"]
        if len({m.iso for m in written}) > 1:
            # "sept échantillons positifs entre janvier 2025 et juin 2026": a count over a
            # period, as of its end
            return [max(written, key=lambda m: m.iso)]
        # a written date before a weekday: "unveiled a 2027 budget on Tuesday that would cut
        # the deficit to 3.2%" -- Tuesday is when it was said
        return sorted(
            own_hits,
            key=lambda m: (getattr(m, "strength", "") == "relative", abs(m.start - span[0])),
        )[:1]
    # Walking back stops at another figure's segment, except right after a parenthesis:
    # "16.300 à Caen (40.000 selon la CGT)", "1 100 (police) à 1 300 (syndicats)".
    numbered_allowed = 1 if segments[own][2] in ("(", ")") else 0
    for index in range(own - 1, -1, -1):
        if segments[index][1] <= clause[0]:
            break
        hits = [m for m in inside(index) if m.start >= clause[0]]
        if hits:
            return hits[-1:]
        s, e, _ = segments[index]
        if _NUMBER_RE.search(text_without_dates[s:e]):
            if numbered_allowed == 0:
                break
            numbered_allowed -= 1
    shared = []
    for index, (s, e, _) in enumerate(segments):
        if index != own and not _NUMBER_RE.search(text_without_dates[s:e]):
            shared.extend(inside(index))
    return shared


def _charge_view(
    claim: Claim, masked: str, figures_beside: Sequence[Figure], lang: str
) -> tuple[list[tuple[int, int]], int | None]:
    """The spans of `masked` (a stance's sentence, its source blanked) that hold figures
    other claims of the sentence carry and say nothing of the stance's charge, and where the
    verb heading that charge sits (None when there is none to find).

    One subject may give figures, then make its charge in a predicate of its own: "X claims
    at least 420 proxies were irregular — more than four times the margin — and has
    accused the mayor's camp of buying votes", "Y warned that the deficit could reach 4.5%,
    but pushed back against claims of concealment". The stance is the coordinated
    predicate; the segments (between commas, dashes, colons) of the figures before it are
    the figures' own claims, clustered with their counts. A verb in the figure's segment
    ("accuses Livrago of cutting the fee from €3.80 to €2.60"), a verb after a quote ("« …
    », accuse Me Larrieu") or in a relative clause ("qui accuse Islamabad") does not head
    such a predicate: the sentence stays whole."""
    lex = lexicon(lang)
    pattern = {"accusation": lex.verbs.accuse, "denial": lex.verbs.deny}.get(claim.kind)
    segments = _segments(masked, _CHARGE_BREAK_RE)
    spans = [
        (figure.start - claim.start, figure.end - claim.start)
        for figure in figures_beside
        if 0 <= figure.start - claim.start < figure.end - claim.start <= len(masked)
    ]

    def segment_of(position: int) -> tuple[int, int]:
        return next(((s, e) for s, e, _ in segments if s <= position < e), (position, position))

    figure_segments = {segment_of(start) for start, _ in spans}
    charge = None
    for found in pattern.finditer(claim.sentence) if pattern else ():
        start, end = found.span()
        if masked[start:end].strip() != fold(found.group()).strip():
            continue  # a verb inside the source's words ("the accused company")
        segment = segment_of(start)
        opener = _WORD_RE.findall(masked[segment[0] : start])[:1]
        if (
            segment not in figure_segments
            and opener
            and lex.coordinator.fullmatch(opener[0])
            and _WORD_RE.search(masked[end : segment[1]])
        ):
            charge = start
            break
    if charge is None:
        return [], None
    blanked = list(dict.fromkeys(segment_of(s) for s, _ in spans))
    return [segment for segment in blanked if segment[1] <= charge], charge


def _speakers(claim: Claim, lang: str) -> tuple[str, ...]:
    """Keys of who speaks: the proper names of the canonical source ("Olivier Brunel",
    "Montclar hospital doctors' union (SMHM)" -> smhm...), else the whole source folded;
    none when unnamed (each anonymous source is its own)."""
    canonical = (claim.attribution.canonical or "").strip()
    if claim.attribution.anonymous or not canonical or fold(canonical).startswith("anonym"):
        return ()
    names = proper_names(canonical, lang, openers=True)
    if names:
        return _unique(name_key(n) for n in names)
    return (" ".join(fold(canonical).split()),)


def _is_part(masked: str, figure_span: tuple[int, int] | None, tabs: LanguageTables) -> bool:
    """True when the words right before or after the number say it counts a part of a
    larger count ("dont 41 cas", "17 de ces cas", "including a dozen")."""
    if figure_span is None:
        return False
    before = " ".join(masked[: figure_span[0]].split()[-3:])
    after = " ".join(masked[figure_span[1] :].split()[:4])
    return _has_phrase(" " + before + " ", tabs.part_markers_before) or _has_phrase(
        " " + after + " ", tabs.part_markers_after
    )


def _is_change(
    masked: str, figure_span: tuple[int, int] | None, tabs: LanguageTables, share: bool = False
) -> bool:
    """True when the words right before the number make it a change ("en hausse de deux
    points", "a rise of 5%", "up 2.5 points") rather than a level; for a `share` (a
    percentage), a verb or noun of change does too ("rents rose 9.4%")."""
    if figure_span is None or not (tabs.change_markers or tabs.change_verbs):
        return False
    reach = profile_settings().change_reach_words
    # quotes inside the phrase do not break it: 'une augmentation « de plus de 15 % »'
    before = " ".join(_QUOTES_RE.sub(" ", masked[: figure_span[0]]).split()[-reach:])
    # the marker must lead to the number: nothing but a few words after it
    if tabs.change_markers and _any_phrase_regex(tabs.change_markers).search(f" {before} "):
        return True
    if not share or not tabs.change_verbs:
        # "costs have risen by €52m" is the overrun, "revu à la hausse : 17 blessés" the
        # toll: of a count or a sum, the verb says how the level moved
        return False
    # "rents rose 9.4%", "ont augmenté de 9,4 %": a change; "rose to 61%", "est passé à
    # 61 %": the level reached
    verbs = list(_any_phrase_regex(tabs.change_verbs).finditer(f" {before} "))
    return (
        bool(verbs) and not set(f" {before} "[verbs[-1].end() :].split()) & tabs.change_level_words
    )


_QUOTES_RE = re.compile(r"[«»\"“”]")


def _is_capacity(masked: str, figure_span: tuple[int, int] | None, tabs: LanguageTables) -> bool:
    """True when the number is a capacity: a capacity word leads to it from a few words
    before ("designed for about 11,000", "une jauge homologuée de 19 500") or its unit is
    a capacity word ("40 000 places"). A capacity word after the unit ("600 megawatts of
    capacity") says what the unit measures, not that the number is a capacity."""
    if figure_span is None:
        return False
    reach = profile_settings().capacity_reach_words
    before = f" {' '.join(_QUOTES_RE.sub(' ', masked[: figure_span[0]]).split()[-reach:])} "
    markers = list(_any_phrase_regex(tabs.capacity_markers_before).finditer(before))
    # the marker leads to the number ("capacité autorisée de 19 500"), not a clause about
    # something else ("the capacity was exceeded by 4,000 people")
    gap = profile_settings().capacity_gap_words
    if markers and len(before[markers[-1].end() :].split()) <= gap:
        return True
    after = " ".join(masked[figure_span[1] :].split()[:1])
    return _any_phrase_regex(tabs.capacity_markers_after).search(f" {after} ") is not None


def _in_subarea(
    masked: str,
    figure_span: tuple[int, int] | None,
    clause_start: int,
    clause_end: int,
    tabs: LanguageTables,
) -> bool:
    """True when the clause scopes the figure to some districts of its place ("55 % de
    participation dans les quartiers nord", "turnout topped 55% in the northern districts"):
    a part of the place, not its whole. The district word must follow a locative preposition
    ("compte tenu du nombre de quartiers détruits" does not scope anything)."""
    if figure_span is None or not tabs.subarea_markers:
        return False
    reach = profile_settings().subarea_reach_words
    before = masked[max(clause_start, 0) : figure_span[0]].split()[-reach:]
    after = masked[figure_span[1] : max(clause_end, figure_span[1])].split()[:reach]
    for words in (before, after):
        for at, word in enumerate(words):
            if _has_phrase(f" {word.strip('.,;:')} ", tabs.subarea_markers) and any(
                w in tabs.locatives for w in words[max(0, at - 4) : at]
            ):
                return True
    return False


def _stance_concepts(profile: ClaimProfile, wanted: frozenset[str]) -> frozenset[str]:
    """The `wanted` concepts a stance (or a stance cluster, through its members) names."""
    concepts = {t[2:] for terms in profile.claim_term_sets() for t in terms if t.startswith("c:")}
    return frozenset(concepts & wanted)


def _different_acts(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> bool:
    """True when two stances each name an act, or each name what an act bears on, and none
    in common ("a nié tout dopage" / "l'agence dément toute fuite"; "fourni des armes" /
    "envoyé des soldats"): they are about two propositions. A stance naming neither
    ("Pyongyang nie ces accusations") is left to its other terms."""
    for wanted in (settings.act_concepts, settings.object_concepts):
        in_a, in_b = _stance_concepts(a, wanted), _stance_concepts(b, wanted)
        if in_a and in_b and not in_a & in_b:
            return True
    return False


# The side of a count that covers both camps ("at least nine civilians killed on both sides").
BOTH_SIDES = "both"


def figure_sides(
    masked: str,
    figure_span: tuple[int, int] | None,
    story: Sequence[str],
    beneficiaries: tuple[str, ...] = (),
    side_words: Sequence[str] = (),
    tabs: LanguageTables | None = None,
    sentence_sides: Sequence[str] = (),
    original: str | None = None,
) -> tuple[str, ...]:
    """Whose count a figure is: the countries (by name or demonym, in the language's
    lexicons: "11 Pakistani soldiers", "onze soldats pakistanais" -> e:Pakistan) and story
    names (in any case, as a demonym too: "At least 14 Norvakian soldiers" -> norvak)
    written in the figure's own segment, next to its number. After a beneficiary word
    ("46 % pour la maire sortante Hélène Castagnet") the name may lie further on. Else the
    one side the sentence's `side_words` ("Côté pakistanais, ...") and `sentence_sides`
    (see `sentence_sides`) name. With the `original` sentence, a story name written in
    lower case as itself ("data") is a common word, not a side."""
    if figure_span is None:
        return ()
    names = {t[2:] for t in story if t.startswith("n:")}
    if not names and tabs is None:
        return ()
    start, end = _segment_around(masked, figure_span)
    reach = profile_settings().side_reach_words
    before = list(re.finditer(r"[\w'\-]+", masked[start : figure_span[0]]))[-reach:]
    following = list(re.finditer(r"[\w'\-]+", masked[figure_span[1] : end]))
    after = following[:reach]
    if beneficiaries and _leads_with(" ".join(m.group() for m in following[:3]), beneficiaries):
        limit = profile_settings().beneficiary_reach_words
        after = following[:limit]
    low = start + before[0].start() if before else figure_span[0]
    high = figure_span[1] + after[-1].end() if after else figure_span[1]
    found: set[str] = set()
    covered: list[tuple[int, int]] = []
    if tabs is not None:
        for mention in country_mentions(masked[low:high], tabs):
            found.add(f"e:{mention.key}")
            covered.append((low + mention.start, low + mention.end))
    for m in re.finditer(r"[\w'\-]+", masked[low:high]):
        if any(s <= low + m.start() < e for s, e in covered):
            continue
        name = _story_name(m.group(), names)
        if (
            name
            and original
            and name == m.group().strip("'-")
            and original[low + m.start()].islower()
        ):
            # "the personal data of 380,000 customers": a story name ("Data Protection
            # Authority") written as a common word is no side; demonyms are longer words
            continue
        found.add(name or "")
    found.discard("")
    if not found:
        # "Côté pakistanais, l'ISPR maintient son bilan de quatre civils tués", "killed on
        # the Pakistani side": one side named anywhere in the sentence is the figure's
        named = {_side_of_word(word, names, tabs) for word in side_words} - {None}
        named |= set(sentence_sides)
        if len(named) == 1:
            found = {str(next(iter(named)))}
    return _unique(found)


def country_mentions(folded: str, tabs: LanguageTables) -> list[Mention]:
    """Countries named in `folded`, by name or demonym ("pakistanais", "Indian")."""
    hits = [*tabs.places.find(folded), *tabs.entities.find(folded), *tabs.demonyms.find(folded)]
    return [m for m in _non_overlapping(hits) if place_kind(m.key) == "country"]


def country_demonyms(folded: str, tabs: LanguageTables) -> list[Mention]:
    """Countries named by a demonym the other lexicons do not know ("pakistanais")."""
    return [m for m in tabs.demonyms.find(folded) if place_kind(m.key) == "country"]


def _side_of_word(word: str, names: set[str], tabs: LanguageTables | None) -> str | None:
    """The side one word names: a country of the lexicons, else a story name."""
    if tabs is not None:
        countries = country_mentions(word, tabs)
        if countries:
            return f"e:{countries[0].key}"
    return _story_name(word, names)


def _inline_phrase(folded: str, phrases: tuple[str, ...]) -> bool:
    """True when one of `phrases` follows a word inside a clause ("cinq civils tués de son
    côté"), not when it opens a clause ("De son côté, la CGT...", "la CGT, de son côté,"),
    where it means "for its part"."""
    if not phrases:
        return False
    for m in _any_phrase_regex(phrases).finditer(folded):
        before = folded[: m.start()].rstrip()
        if before and (before[-1].isalnum() or before[-1] in "'"):
            return True
    return False


def sentence_sides(folded: str, speaker: str, tabs: LanguageTables) -> tuple[str, ...]:
    """Sides a sentence gives its counts by a phrase: both camps ("on both sides", "de part
    et d'autre") or the speaker's own ("killed on its side", "dans ses rangs", said by
    "India's army": India). <lang>/topics.yaml `both_sides`, `own_side`."""
    found: list[str] = []
    if _mentions_any(folded, tabs.both_sides):
        found.append(BOTH_SIDES)
    if _mentions_any(folded, tabs.own_side) or _inline_phrase(folded, tabs.own_side_inline):
        own = {
            f"e:{m.key}"
            for language in dict.fromkeys((tabs.lang, "en"))
            for m in country_mentions(fold(speaker), tables(language))
        }
        if len(own) == 1:
            found.extend(own)
    return tuple(found)


def _story_name(word: str, names: set[str]) -> str | None:
    """The story name `word` is, or begins with (a demonym: "Norvakian" -> norvak)."""
    word = word.strip("'-")
    key = name_key(word)
    if key in names:
        return key
    return next((n for n in names if len(n) >= 5 and word.startswith(n)), None)


def side_words(folded: str, tabs: LanguageTables) -> list[str]:
    """Words a side phrase names: "côté pakistanais", "du côté indien", "on the Pakistani
    side" (<lang>/topics.yaml `side_before_name`, `side_after_name`)."""
    words: list[str] = []
    for m in _any_phrase_regex(tabs.side_before_name).finditer(folded):
        words.extend(re.findall(r"[\w'\-]+", folded[m.end() :])[:1])
    for m in _any_phrase_regex(tabs.side_after_name).finditer(folded):
        words.extend(re.findall(r"[\w'\-]+", folded[: m.start()])[-1:])
    return words


# Punctuation between the parts of a clause; quotes do not cut ('the gap at "barely 200"').
_CLAUSE_PART_BREAK_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[-–—]\s")


def _clause_part_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The part of `text` holding `span` between commas, semicolons, colons or brackets."""
    start, end = 0, len(text)
    for m in _CLAUSE_PART_BREAK_RE.finditer(text):
        if m.end() <= span[0]:
            start = m.end()
        elif m.start() >= span[1]:
            end = m.start()
            break
    return start, end


def _segment_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The punctuation-bounded segment of `text` holding `span` (see `_segments`)."""
    for start, end, _opener in _segments(text):
        if start <= span[0] < end:
            return start, end
    return 0, len(text)


def _projection_text(claim: Claim, folded: str) -> str:
    """The segment that carries the figure: a forecast word elsewhere in the sentence ("cut
    its growth forecast to 0.9%, and said the deficit would be 4.5%") is another figure's."""
    span = _figure_span(claim, folded)
    if span is None:
        return claim.sentence
    segments = _segments(folded)
    own = next((i for i, (s, e, _) in enumerate(segments) if s <= span[0] < e), None)
    if own is None:
        return claim.sentence
    start, end = segments[own][0], segments[own][1]
    # ...and the segments before it that carry no number: "The union's projection is much
    # bleaker: up to 1,000 deaths"
    for s, _e, _opener in reversed(segments[:own]):
        if _NUMBER_RE.search(folded[s:start]):
            break
        start = s
    return claim.sentence[start:end]


def _is_seat(folded: str, mention: Mention, tabs: LanguageTables) -> bool:
    """True when a place names where an organisation sits ("a Geneva-based monitoring
    group", "une ONG basée à Genève"), not where anything counted happened."""
    after = re.sub(r"^[\s\-]{1,2}", "", folded[mention.end : mention.end + 20])
    if _any_phrase_regex(tabs.seat_after).match(after):
        return True
    before = folded[max(0, mention.start - 30) : mention.start]
    return any(re.search(rf"(?<![\w]){_phrase_pattern(p)}\s*$", before) for p in tabs.seat_before)


def _figure_values(claim: Claim) -> tuple[float, ...]:
    """The figure's number: its value, else the middle of its range, else its bound."""
    figure = claim.figure
    if figure is None:
        return ()
    if figure.value is not None:
        point = figure.value
    elif figure.low is not None and figure.high is not None:
        point = (figure.low + figure.high) / 2
    else:
        point = figure.low if figure.low is not None else figure.high
    return (float(point),) if point is not None and point > 0 else ()


def _capital_mentions(
    folded: str, tabs: LanguageTables, story: Sequence[str] | None
) -> list[Mention]:
    """ "la capitale", "the capital" (<lang>/topics.yaml `capital_words`) as a place: the
    capital of the story's country when its story terms name one country whose capital
    cluster.yaml `places` knows, else `CAPITAL` (a city no gazetteer locates): in a
    Zambéran or Valmerian story the capital is not Paris, and it is never the country."""
    if not tabs.capital_words:
        return []
    found = list(_any_phrase_regex(tabs.capital_words).finditer(folded))
    if not found:
        return []
    known = _world().get("places") or {}
    countries = {
        t[2:] for t in story or () if t.startswith("e:") and place_kind(t[2:]) == "country"
    }
    capitals = {
        name
        for name, info in known.items()
        if (info or {}).get("capital") and (info or {}).get("within") in countries
    }
    capital = capitals.pop() if len(countries) == 1 and len(capitals) == 1 else CAPITAL
    return [Mention(capital, m.start(), m.end()) for m in found]


# The place of a capital whose country the story does not tell.
CAPITAL = "capital"


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items)))


def profile_claim(
    claim: Claim,
    lang: str,
    published: date | str | None,
    context: str | None = None,
    title: str | None = None,
    story: Sequence[str] | None = None,
    story_names: Sequence[str] = (),
    figures_beside: Sequence[Figure] = (),
) -> ClaimProfile:
    """Reduce a claim to what it is about.

    `context` (optional) is the text just before the sentence (same paragraph): used only
    when the sentence refers back to it ("Cette année-là", "De son côté") for date and place.
    `title` (optional) is the article's headline: its terms tell which story the claim
    belongs to, so that two unscoped death tolls from two disasters stay apart.
    `story` (optional) replaces the headline's terms with the article's own story terms
    (see `article_story`); `story_names` are the names its article writes (`article_names`).
    `figures_beside` are the figures other claims of its sentence carry: a stance is
    profiled by its charge, without them (see `_charge_view`).
    """
    tabs = tables(lang)
    folded = fold(claim.sentence)
    attribution = _attribution_span(claim, folded)
    masked = _mask(folded, *attribution) if attribution else folded
    dateline = _DATELINE_RE.match(claim.sentence)
    if dateline:
        # "PARIS, Oct 14 (Reuters) -": where the wire was filed, not what the claim is about
        masked = _mask(masked, 0, dateline.end())
    figure_span = _figure_span(claim, folded)
    is_figure = claim.figure is not None
    charge: int | None = None
    blanked: list[tuple[int, int]] = []
    # what the sentence counts, figures included: a charge beside a count of posts is about
    # posts, not about the toll its speaker also disputes
    counted_text = masked
    if not is_figure and figures_beside:
        blanked, charge = _charge_view(claim, masked, figures_beside, lang)
        for span in blanked:
            masked = _mask(masked, *span)

    # The clause of interest is the figure's, else the stance verb's beside figures, else
    # the source's ("X said A, while Y said B").
    anchor = charge if charge is not None else (figure_span or attribution or (0, 0))[0]
    clause_start, clause_end = _clause_bounds(masked, anchor, tabs.clause_breaks)
    clause = " " * clause_start + masked[clause_start:clause_end]

    written_dates = find_dates(masked, tabs, published)
    described = _speaker_description(folded, attribution, lang)
    if described and not (figure_span and described[0] <= figure_span[0] < described[1]):
        # "Ferrer, who first raised concerns in a 2022 letter to the prefect, claims…": a
        # relative clause describing the speaker tells when they acted, not when what they
        # claim happened (unless it holds the figure: "X, which put the deficit at 5.1% on
        # Wednesday, …")
        written_dates = [d for d in written_dates if not described[0] <= d.start < described[1]]
    dates = _combine_year(written_dates)
    without_dates = masked
    for d in written_dates:
        without_dates = _mask(without_dates, d.start, d.end)
    places = [p for p in tabs.places.find(masked) if not _is_seat(masked, p, tabs)]
    known_story = story if story is not None else (story_terms(title, lang) if title else ())
    places = sorted([*places, *_capital_mentions(masked, tabs, known_story)], key=lambda m: m.start)
    # measures only a figure's unit names ("eight months"): "in the final days" says
    # nothing of what a number counts
    measure_hits = [
        m for m in tabs.measures.find(counted_text) if m.key not in _unit_only_measures()
    ]

    measure: str | None = None
    unit = claim.figure.unit_canonical if claim.figure else None
    if is_figure and figure_span is None:
        # The figure's text was not found in the sentence: scope by the sentence as a whole.
        measure = _figure_measure(claim, tabs, measure_hits, (0, 0), clause_start, clause_end)
        place_hits = places if len({p.key for p in places}) == 1 else []
        date_hits = dates
    elif is_figure:
        assert figure_span is not None
        measure = _figure_measure(claim, tabs, measure_hits, figure_span, clause_start, clause_end)
        if measure and _bare_composable(measure) and attribution:
            # "A survey by the Ipsoval institute gave Delvaux 54%": the source's own words say
            # what a bare percentage measures
            in_source = tabs.measures.find(folded[attribution[0] : attribution[1]])
            refined = [m.key for m in in_source if m.key != measure]
            measure = f"{measure}:{refined[0]}" if refined else measure
        if measure is None:
            # "a 10-year prison sentence": a length of time written against the number is
            # the figure's unit even when the extraction kept none
            glued = [
                m
                for m in tabs.measures.find(masked)
                if m.key in _unit_only_measures() and 0 <= m.start - figure_span[1] <= 1
            ]
            measure = glued[0].key if glued else None
        clause_span = (clause_start, clause_end)
        place_hits = _scoped(places, figure_span, without_dates, clause_span)
        date_hits = _scoped(dates, figure_span, without_dates, clause_span)
        source_text = folded[attribution[0] : attribution[1]] if attribution else ""
        if not place_hits and attribution and not _has_phrase(source_text, tabs.jurisdiction_words):
            # "Le maire de Derna a déclaré que le nombre de morts dans la ville...": a city
            # in the source's title scopes an otherwise unscoped figure; the seat of a
            # prosecutor or a court ("la procureure de la République de Lyon") does not:
            # it handles cases from anywhere
            in_source = tabs.places.find(source_text)
            place_hits = [
                p
                for p in in_source
                if place_kind(p.key) == "city" and not _is_seat(source_text, p, tabs)
            ][:1]
    else:
        place_hits = [p for p in places if clause_start <= p.start < clause_end] or places
        date_hits = dates
        # "Mes clients ont été frappés": who a count would count is an actor in a stance
        figure_only = set(_world().get("figure_only_measures") or ())
        in_clause = [
            m
            for m in measure_hits
            if clause_start <= m.start < clause_end and m.key not in figure_only
        ]
        measure = in_clause[0].key if len(in_clause) == 1 else None

    event = _pick_date(date_hits)
    if context and (event is None or not place_hits):
        event, place_hits = _from_context(folded, context, lang, published, event, place_hits)
    strength = event.strength if event else None
    event_iso = event.iso if event else None
    if event is None and published is not None:
        parts = parse_iso(published)
        event_iso = _iso(*parts) if parts else None
        strength = "published" if parts else None

    entities = {m.key for m in tabs.entities.find(clause)}
    entities |= {m.key for m in tabs.places.find(clause)} - {p.key for p in place_hits}
    source_named = set(source_entities(claim.attribution.canonical, lang))
    if claim.kind != "denial":
        # The source naming itself ("an IDF spokesperson said ... IDF systems") says nothing
        # about what the claim is about.
        entities -= source_named
    elif profile_settings().denial_adds_source_entity:
        # "Israel, Hamas and other groups denied responsibility": each denier denies its own
        # part, so a denial is about its source; other actors named around it are not.
        denier = source_named
        if denier:
            place_hits = [p for p in place_hits if place_kind(p.key) != "country"]
            entities = denier
    concepts = {m.key for m in tabs.concepts.find(clause)}
    lexicon_spans = [
        (m.start, m.end)
        for lexicon in (tabs.places, tabs.entities, tabs.concepts, tabs.measures)
        for m in lexicon.find(clause)
    ]
    original = _mask(claim.sentence, *attribution) if attribution else claim.sentence
    if dateline:
        # the wire's filing place ("ORVEL, Nov 19 (Reuters) -") is no actor of the claim
        original = _mask(original, 0, dateline.end())
    for span in blanked:
        original = _mask(original, *span)  # the figures' words are no words of the charge
    names = proper_names(original[clause_start:clause_end], lang, clause_start, lexicon_spans)
    source_names = set(proper_names(claim.attribution.canonical or "", lang))
    if claim.kind != "denial":
        names -= source_names
    elif source_names and profile_settings().denial_adds_source_entity:
        names = source_names

    story_terms_ = (
        tuple(story) if story is not None else (story_terms(title, lang) if title else ())
    )
    accused, accusers, deniers, target = _dispute_parties(claim, lang, entities, names, is_figure)
    profile = ClaimProfile(
        lang=lang,
        kind="figure" if is_figure else "stance",
        claim_kind=claim.kind,
        polarity=claim.polarity,
        measure=measure,
        unit=unit,
        places=_unique(p.key for p in place_hits),
        entities=_unique(entities),
        concepts=_unique(concepts),
        event_date=event_iso,
        date_strength=strength,
        published=_iso(*parse_iso(published)) if parse_iso(published) else None,
        story=story_terms_,
        names=_unique(name_key(n) for n in names),
        projection=is_figure
        and _mentions_any(_projection_text(claim, folded), tabs.projection_markers),
        values=_figure_values(claim),
        counted=counted_group(claim.figure.unit_canonical) if claim.figure else None,
        predicate=_predicate(masked, figure_span, tabs) if figure_span else None,
        sides=figure_sides(
            masked,
            figure_span,
            story_terms_,
            tabs.beneficiary_markers,
            side_words(masked, tabs) if is_figure else (),
            tabs,
            sentence_sides(masked, claim.attribution.canonical or "", tabs) if is_figure else (),
            claim.sentence,
        ),
        part=_is_part(masked, figure_span, tabs),
        subarea=_in_subarea(masked, figure_span, clause_start, clause_end, tabs),
        change=_is_change(masked, figure_span, tabs, _bare_composable(unit_measure(unit) or "")),
        capacity=_is_capacity(masked, figure_span, tabs),
        also_measures=_also_measures(measure, measure_hits, figure_span, masked),
        speakers=_speakers(claim, lang),
        about_figures=not is_figure
        and measure is None
        and (_refers_to_figures(claim, tabs) or _disputes_nothing_named(claim, tabs)),
        words=()
        if is_figure
        else content_words(original[clause_start:clause_end], tabs, clause_start, lexicon_spans),
        accused=accused,
        accusers=accusers,
        deniers=deniers,
        target=target,
        story_names=tuple(story_names),
        disputing=is_figure
        and _mentions_any(
            _any_phrase_regex(tabs.dispute_cue_idioms).sub(" ", folded), tabs.dispute_cues
        ),
        revising=is_figure and _revises(folded, tabs),
        lower_bound=_lower_bound(claim),
        open_ended=_open_ended(claim),
        heads=_figure_heads(original, without_dates, figure_span, tabs) if figure_span else (),
    )
    if is_figure and not profile.sides:
        # "four civilians killed in Pakistan-administered Kashmir": a count scoped to one
        # country is that country's side of a two-sided toll
        countries = {p for p in profile.places if place_kind(p) == "country"}
        if len(countries) == 1:
            profile = replace(profile, sides=(f"e:{countries.pop()}",))
    return replace(profile, block_keys=block_keys(profile))


def party_keys(names: Iterable[str], lang: str, entities: Iterable[str] = ()) -> tuple[str, ...]:
    """Keys of the actors a claim names: each lexicon entity whole, folded ("North Korea" ->
    "north korea": not South Korea), and each word of the proper names of at least three
    letters, not a function word, cut as `name_key` ("Mamadou Lamine Sarr" -> mamado,
    lamine, sarr), so that the forms of a name in both languages, in a source or a
    sentence, meet."""
    stopwords = tables(lang).stopwords | tables("en").stopwords
    words = (
        name_key(word)
        for name in names
        for word in _plain_words(name)
        if len(word) >= 3 and word not in stopwords
    )
    return _unique([*(fold(e) for e in entities), *words])


def _voice(claim: Claim, lang: str) -> tuple[str, ...]:
    """Party keys of who makes a claim (see `canonical_party`); none when anonymous."""
    if claim.attribution.anonymous:
        return ()
    return canonical_party(claim.attribution.canonical or "", lang)


def canonical_party(canonical: str, lang: str) -> tuple[str, ...]:
    """Party keys of a canonical entity: the entities it is, else the proper names in it
    that are not places ("Pakistan (government/ISPR)" -> pakistan; "Peltravan Defence
    Ministry" -> peltra); none for an empty or anonymous name."""
    if not canonical or canonical == "anonymous":
        return ()
    entities = source_entities(canonical, lang, whole=True)
    if entities:
        return party_keys((), lang, entities)
    bare = re.sub(r"\(.*?\)", " ", canonical)  # "(opposition)": an annotation
    places = {m.key for m in tables(lang).places.find(fold(bare))}
    places |= {m.key for m in tables("en").places.find(fold(bare))}
    names = proper_names(bare, lang, openers=True)
    return tuple(k for k in party_keys(names, lang) if k not in party_keys(places, lang))


def _dispute_parties(
    claim: Claim, lang: str, entities: Iterable[str], names: Iterable[str], is_figure: bool
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(accused, accusers, deniers, target) of a claim (see `ClaimProfile.accused`,
    `ClaimProfile.target`); the first three empty for a figure and a statement. An
    accusation's accused are the party its verb names (its target, see `_target`), then the
    actors its clause names."""
    if is_figure or claim.kind not in ("accusation", "denial"):
        # `_target` names the party an accusation accuses, one profiled as a figure too
        return (), (), (), _target(claim, lang, ())
    voice = _voice(claim, lang)
    if claim.kind == "denial":
        canonical = claim.attribution.canonical or ""
        if not voice and not claim.attribution.anonymous:
            # "The agency denies any manipulation": a body named by its role nouns denies
            # as the party an accusation against "the region's health agency" names
            voice = _generic_party(canonical, lang)
        elif voice and _country_voice(canonical, lang):
            # "Paris rejects claims of an insincere budget": the government accused
            voice = (*voice, f"{GENERIC_PARTY}kind:{STATE_KIND}")
        return voice, (), voice, ()
    named = _target(claim, lang, voice)
    accused = _unique((*named, *(k for k in party_keys(names, lang, entities) if k not in voice)))
    return accused, voice, (), named


def _target(claim: Claim, lang: str, accusers: Sequence[str]) -> tuple[str, ...]:
    """Party keys of whom an accusation's verb names (`Claim.extras["accused"]`, resolved by
    the extraction like a source), less its accusers; for a generic party the article did
    not resolve ("the government", "la direction"), its role nouns in its language and its
    kinds of organisation (see `_generic_party`). Empty for any other claim and for
    reciprocal blame (its parties are guessed from the story)."""
    if claim.kind != "accusation" or claim.extras.get("reciprocal"):
        return ()
    canonical = claim.extras.get("accused", "")
    named = canonical_party(canonical, lang)
    if not named:
        return _generic_party(canonical, lang)
    return tuple(k for k in named if k not in accusers)


# Marks the keys of a generic party: "~en:government" (a role noun, comparable in its
# language only) and "~kind:company" (a kind of organisation, lexicon.yaml
# `organisation_classes`, comparable across languages).
GENERIC_PARTY = "~"


def _generic_party(canonical: str, lang: str) -> tuple[str, ...]:
    """The generic keys (`GENERIC_PARTY`) of a party named by role nouns ("regional
    government", "l'industriel"); none when no word is a role noun ("years of cuts")."""
    nouns, classes = _role_nouns(lang)
    words = [w for w in fold(canonical).split() if w in nouns]
    kinds = sorted(kind for kind, members in classes.items() if set(words) & members)
    if set(words) & _state_nouns(lang):
        kinds.append(STATE_KIND)
    if not words:
        return ()
    return (
        *(f"{GENERIC_PARTY}{lang}:{w}" for w in words),
        *(f"{GENERIC_PARTY}kind:{k}" for k in kinds),
    )


# The prefix of the generic keys of a kind of organisation ("~kind:company", "~kind:union").
KIND_KEY = f"{GENERIC_PARTY}kind:"


# The kind of party a state's executive is, by role noun ("the government", "les autorités",
# topics.yaml `state_party_nouns`) or by a country's name speaking for it ("Paris rejects").
STATE_KIND = "state"


@cache
def _state_nouns(lang: str) -> frozenset[str]:
    return frozenset(
        fold(str(n)) for n in load_data(lang, "topics.yaml").get("state_party_nouns") or ()
    )


def _country_voice(canonical: str, lang: str) -> bool:
    """True when a source is a country by name ("France", "Pakistan (government/ISPR)")."""
    entities = source_entities(canonical, lang, whole=True)
    return any(place_kind(e) == "country" for e in entities)


@cache
def _role_nouns(lang: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(the language's role nouns and organisation nouns, folded; organisation kind ->
    its nouns), from lexicon.yaml `role_nouns` and `organisation_classes`."""
    lex = load_data(lang, "lexicon.yaml")
    classes = {
        str(kind): frozenset(fold(str(n)) for n in nouns)
        for kind, nouns in (lex.get("organisation_classes") or {}).items()
    }
    nouns = frozenset(fold(str(n)) for n in lex.get("role_nouns") or ())
    return nouns.union(*classes.values()), classes


_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z'’.\-]{3,}(?:\s[A-Z][A-Z'’.\-]+)*(?:,[^–—:\-]{0,40})?(?:\s*\([^)]*\))?\s*[-–—:]\s"
)
_NAME_RE = re.compile(r"(?<![\w\-])([A-ZÀ-ÖØ-Þ][\w'’\-]*\w|[A-Z]{2,})")
_OPENERS = "«\"“‘'([—–-:;.!?"


def proper_names(
    text: str,
    lang: str,
    offset: int = 0,
    skip: Sequence[tuple[int, int]] = (),
    openers: bool = False,
) -> set[str]:
    """Capitalised words that no lexicon knows ("Armorichim", "Lac-Sauvin", "DGEQ"), folded.

    Names of firms, towns and people stay the same across languages, so they tie a French
    and an English claim together even when the lexicons have never heard of them. The
    first word of a sentence or quote is skipped (capitalised anyway) unless it is an
    acronym; so are function words (`stopwords`), months and weekdays, and words inside
    `skip` spans (lexicon hits, with positions shifted by `offset`).
    """
    tabs = tables(lang)
    found: set[str] = set()
    for match in _NAME_RE.finditer(text):
        word = match.group(1)
        start = match.start(1)
        folded = re.sub(r"'s$", "", fold(word)).strip("'-")  # "Armorichim's"
        folded = re.sub(r"^[a-z]'", "", folded)  # "D'après", "L'Organisation": the word after
        acronym = word.isupper() and len(word) >= 2
        if not acronym and len(folded) < 3:
            continue
        before = text[:start].rstrip()
        elided = len(before) >= 2 and before[-1] in "'’" and before[-2].isalpha()  # d'Armorichim
        opening = not before or before[-1] in _OPENERS
        if not acronym and not elided and opening and not openers:
            continue
        if folded in tabs.stopwords or folded in tabs.months or folded in tabs.weekdays:
            continue
        at = offset + start
        if any(s <= at < e for s, e in skip):
            continue
        found.add(folded)
    return found


_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")


def word_key(word: str) -> str:
    """A folded word cut to its first `word_key_letters` letters: inflections and French and
    English cognates share their stem ("accusations" / "accusé", "fraude" / "fraud",
    "négligence" / "negligence")."""
    letters = profile_settings().word_key_letters
    return word[:letters]


def content_words(
    text: str, tabs: LanguageTables, offset: int = 0, skip: Sequence[tuple[int, int]] = ()
) -> tuple[str, ...]:
    """Keys of the lowercase content words of `text` (see `word_key`): not function words
    (`stopwords`), not words every stance uses (`generic_words`), not shorter than
    `word_min_letters`, not inside `skip` spans (lexicon hits, positions shifted by
    `offset`). Capitalised words are names (`proper_names`)."""
    least = profile_settings().word_min_letters
    keys: list[str] = []
    for match in _WORD_RE.finditer(text):
        word = match.group(0)  # "l'agence": the apostrophe ends the article
        if not word[0].islower():
            continue
        at = offset + match.start()
        if any(s <= at < e for s, e in skip):
            continue
        folded = fold(word).strip("-")
        if len(folded) < least or folded in tabs.stopwords:
            continue
        key = word_key(folded)
        if key not in tabs.generic_words:
            keys.append(key)
    return _unique(keys)


def _predicate(text: str, figure_span: tuple[int, int], tabs: LanguageTables) -> str | None:
    """What befell those the figure counts, as a shared class key (<lang>/topics.yaml
    `predicates`): the first predicate after the number in its own stretch of the clause
    (up to the next number), else the last one before it ("the group is still holding eight
    people"). "23 otages libérés" / "23 hostages were freed" -> released; "11 hostages
    remained in captivity" -> held. None when the clause names none."""
    segment = _clause_part_around(text, figure_span)
    numbers = [*_NUMBER_RE.finditer(text), *_number_words(tabs).finditer(text)]
    # the figure's own stretch: from its number (its unit word is part of the figure's
    # text: "47 blessés") to the next number
    start = min([figure_span[1], *(m.end() for m in numbers if m.start() == figure_span[0])])
    right = min([segment[1], *(m.start() for m in numbers if m.start() >= figure_span[1])])
    hits = tabs.predicates.find(text)
    after = [m for m in hits if start <= m.start < right]
    if right < segment[1]:
        # "killed two people and injured 23": a verb right before the next number is its
        after = [m for m in after if text[m.end : right].strip()]
    if after:
        return min(after, key=lambda m: m.start).key
    if any(segment[0] <= m.start() and m.end() <= figure_span[0] for m in numbers):
        # "trois morts et 47 blessés": a word before the figure is the earlier number's
        return None
    before = [m for m in hits if segment[0] <= m.start and m.end <= figure_span[0]]
    return max(before, key=lambda m: m.start).key if before else None


# A bracketed aside ("($4.9 million)", "(parquet)"): a conversion or a source, not what the
# number before it pays for.
_ASIDE_RE = re.compile(r"\([^()]*\)")


def _figure_heads(
    original: str, folded: str, figure_span: tuple[int, int], tabs: LanguageTables
) -> tuple[str, ...]:
    """The story's own word for what a figure pays for or counts, as "<lang>:<word key>":
    the content word a link word (<lang>/topics.yaml `head_links`) joins to the figure,
    after it ("140 millions d'euros de marchés", "€4.2mn ($4.9mn) in kickbacks") else
    before it ("une dette de 43 millions", "the debt at €38m", "le montant des
    rétrocommissions à près de six millions"). Empty when no link word joins one ("12
    millions d'euros auraient été détournés").

    `original` keeps the sentence's case (capitalised words are names), `folded` is the
    folded sentence with the source and the dates masked, offsets alike."""
    text = folded
    for aside in _ASIDE_RE.finditer(folded):
        if not aside.start() <= figure_span[0] < aside.end():
            text = _mask(text, aside.start(), aside.end())
    part = _clause_part_around(text, figure_span)
    units = _unit_words(tabs.lang)
    after = list(_WORD_RE.finditer(text, figure_span[1], part[1]))
    before = list(_WORD_RE.finditer(text, part[0], figure_span[0]))[::-1]
    for words, skip_units in ((after, True), (before, False)):
        linked = False
        for match in words:
            word = match.group(0).strip("-")
            if skip_units and word in units and not linked:
                # the figure's unit written out ("millions d'euros" past a bare "140")
                continue
            if word in tabs.head_links:
                linked = True
                continue
            if word in tabs.head_fillers or (skip_units and linked and word in tabs.stopwords):
                # "près de", "about", "de la", "in the"
                continue
            if not linked or not original[match.start() : match.start() + 1].islower():
                break
            written = original[match.start() : match.end()].lower()
            if not skip_units and written.endswith(tabs.participle_endings):
                # "fixée à 25 000 places", "capped at 25,000": a verb, not what is paid for
                break
            key = word_key(word)
            if (
                key not in tabs.generic_words
                and word not in tabs.stopwords
                and len(word) >= _world()["figure_head_min_letters"]
            ):
                return (f"{tabs.lang}:{key}",)
            break
    return ()


def _figure_measure(
    claim: Claim,
    tabs: LanguageTables,
    measure_hits: list[Mention],
    figure_span: tuple[int, int],
    clause_start: int,
    clause_end: int,
) -> str | None:
    """What the figure counts.

    The unit decides ("morts", canonical "deaths"), unless it only names who is counted
    or how ("20 salariés ont été pris en charge à l'hôpital", "61,4 %"): then a measure
    word of the clause after the figure, else before it, refines it (cluster.yaml
    `refinable_measures`). With no unit, the nearest measure word decides.
    """
    figure = claim.figure
    assert figure is not None
    unit_based = unit_measure(figure.unit_canonical)
    if not unit_based and not figure.unit_canonical and figure.unit:
        # "2,3 millions d'euros" left without a canonical unit is still in euros
        unit_based = unit_measure(_written_unit(figure.unit, tabs.lang))
    if not unit_based and figure.unit:
        written = tabs.measures.find(fold(figure.unit))
        unit_based = written[0].key if written else None
    text = fold(claim.sentence)
    if _names_people(figure.unit_canonical, unit_based):
        # "31 patients had been transferred to other hospitals", "Quatorze personnes ont été
        # transportées vers les hôpitaux": a count of people never counts the places or
        # things a word of its clause names
        measure_hits = [m for m in measure_hits if m.key not in _thing_measures()]
    counted = _counted_noun_at(text, figure_span, figure.unit, tabs) if not unit_based else None
    unit_hits = {m.start for m in measure_hits if m.key in _unit_word_measures()}
    if figure.unit:
        # "4 200 épargnants ... un rendement de 14 %": a number with a noun of its own
        # counts that noun; a percentage or a currency of the sentence is another number's
        measure_hits = [m for m in measure_hits if m.start not in unit_hits or m.key == unit_based]
    measure_hits = [_as_unit_measure(m, text, tabs.lang) for m in measure_hits]
    # The figure's own stretch of the clause ends at the neighbouring numbers: in "14
    # personnes blessées, dont trois grièvement", "grièvement" belongs to "trois".
    numbers = [
        m
        for m in [*_NUMBER_RE.finditer(text), *_number_words(tabs).finditer(text)]
        if m.end() <= figure_span[0] or m.start() >= figure_span[1]
    ]
    left = max([clause_start, *(m.end() for m in numbers if m.end() <= figure_span[0])])
    right = min([clause_end, *(m.start() for m in numbers if m.start() >= figure_span[1])])
    partitive = _is_partitive(text, figure_span, tabs)
    sized_whole = " ".join(text[figure_span[1] : right].split()) in tabs.partitive_markers
    if partitive and right < clause_end and sized_whole:
        # "Douze des 40 passagers sont morts", "two of the 40 passengers died": the next
        # number only sizes the whole the figure is drawn from; what befell the part is
        # written past that whole, up to the number after it
        whole_end = min(m.end() for m in numbers if m.start() == right)
        right = min([clause_end, *(m.start() for m in numbers if m.start() >= whole_end)])
    others = [m for m in measure_hits if m.key != unit_based]
    after = [m for m in others if figure_span[1] <= m.start < right]
    if right < clause_end:
        # "2 225 for No, a margin of 305": a measure word in the next number's own segment
        # is that number's
        next_segment = _segment_around(text, (right, right + 1))[0]
        if next_segment > figure_span[1]:
            after = [m for m in after if m.start < next_segment]
    if right < clause_end:
        # "killed two people and injured 23", "blessant 23 autres": a verb written right
        # before the next number governs that number ("évacués de neuf localités" does not)
        after = [m for m in after if text[m.end : right].strip() or m.start == figure_span[1]]
    # "Trois blessés, dont un grièvement", "five injured, including one critically": what
    # a part clause says befell the part ("un" is no number the bounds above cut at) does
    # not refine the whole
    after = [m for m in after if not _in_part_clause(text, figure_span[1], m.start, tabs)]
    earlier = [m for m in numbers if m.end() <= figure_span[0]]
    previous = max(earlier, key=lambda m: m.end()) if earlier else None
    if previous is not None and (
        " ".join(text[previous.end() : figure_span[0]].split()) in tabs.partitive_markers
    ):
        # "Trois des 27 blessés sont dans un état grave": the figure sizes the whole the
        # number before it is drawn from; what follows its own noun befalls that part
        after = [m for m in after if not text[figure_span[1] : m.start].strip()]
    if partitive:
        # "Trois des travailleurs secourus ont été transportés à l'hôpital", "two of the
        # injured later died": the words glued after "des" / "of the" name the whole the
        # number is drawn from; what befell the part comes next
        after = _past_the_whole(text, after)
    before = [m for m in others if left <= m.start < figure_span[0]]
    between_numbers = f" {text[left : figure_span[0]]} "
    previous_number = [m.group() for m in numbers if m.end() == left]
    if (
        profile_settings().glued_noun_owner
        and figure.unit
        and unit_based is None
        and previous_number
        and not _YEAR_RE.fullmatch(previous_number[0])
        and not _writes_again(previous_number[0], figure)
        and not _has_phrase(between_numbers, (*tabs.part_markers_before, *tabs.stage_markers))
    ):
        # "850 000 clients auraient été touchés et 1,4 million de transactions": a number
        # with a noun of its own does not count the noun written right after another
        # number; a bare one does ("15 000 logements ou 6 000"), and so do a part ("douze
        # blessés dont trois graves") and another stage of the count, whatever word the
        # extraction took for its noun ("520 emplois, au lieu des 410 prévus"), and the
        # same number written again ("Seven adverse findings, seven riders notified"). Only
        # a counted noun: a unit ("4.9 per cent") names no thing; and a year is no count
        # ("its 2026 deficit forecast to 4.9 per cent", "son bilan 2025 de 1 200 emplois")
        before = [m for m in before if text[left : m.start].strip()]
    # a measure word of the figure's own segment first: in 'he puts the gap at "barely
    # 200", once what he calls "ghost proxies" are removed', 200 is a gap
    segment = _clause_part_around(text, figure_span)
    after_own = [m for m in after if m.start < segment[1]]
    before_own = [m for m in before if m.start >= segment[0]]
    if not after_own and before_own:
        after, before = [], before_own
    predicate = (
        min(after, key=lambda m: m.start)
        if after
        else (max(before, key=lambda m: m.start) if before else None)
    )
    refinable = _world().get("refinable_measures") or {}
    generic = (figure.unit_canonical or "").strip() in (_world().get("unit_measures") or {})
    own_noun = bool(figure.unit) and not generic
    if unit_based is None and own_noun and before and tabs.restatement_markers:
        # "recalled 14 batches, or about 320,000 bottles", "Quatorze lots, soit 320 000
        # flacons": the same quantity restated in another noun counts that noun; the
        # measure word before it is the first number's
        between = f" {text[max(m.end for m in before) : figure_span[0]]} "
        if _any_phrase_regex(tabs.restatement_markers).search(between):
            before, before_own = [], []
            predicate = min(after, key=lambda m: m.start) if after else None
    if unit_based is None:
        if counted and not after_own and not before_own:
            # "35 Morlande boats in the area and that one fisherman was injured": a counted
            # noun is what the number counts unless a measure word of its own segment says
            # what befell them ("sept échantillons ... se sont révélés positifs")
            return counted
        pool = others or measure_hits
        own = sorted(after_own, key=lambda m: m.start)
        if len(own) > 1 and refinable.get(own[0].key) == "replace":
            # "20 salariés ont été pris en charge à l'hôpital": the noun, then what it counts
            # (in the figure's own segment: in "19 malades ont dû être hospitalisés, précise
            # l'agence, qui a corrigé son bilan", "bilan" is not what the 19 are)
            return own[1].key
        if predicate is not None and not after and refinable.get(predicate.key) == "replace":
            # "the number of trapped workers was nine": the word glued before the noun
            # says what befell those counted
            glued = [
                m
                for m in before
                if m.end <= predicate.start and not text[m.end : predicate.start].strip()
            ]
            if glued:
                return glued[-1].key
        if predicate is not None:
            return predicate.key
        # "about 900 of them Belgian, estimates that up to 480 million euros was lost": a
        # unit word past another number is that number's; so is any measure word written
        # after another number that follows the figure ("51 personnes se trouvaient à bord
        # et sept sont décédées", "two men suspected of a crossing that left 12 dead": the
        # dead are the second number's); and, for a number with a noun of its own, a noun
        # written right after another number ("438 personnes à bord, 380 passagers": the 380
        # are passengers; "seize cas ..., ramenant ce décompte à quinze" are cases)
        pool = [
            m
            for m in pool
            if (
                m.start not in unit_hits
                or not any(
                    min(m.start, figure_span[0]) <= n.start() < max(m.start, figure_span[0])
                    for n in numbers
                )
            )
            and (
                m.key in _measures_parts_lend()
                or not _owned_by_another_number(text, figure, figure_span, m, numbers, tabs)
            )
            and not (
                figure.unit
                and any(n.end() <= m.start and not text[n.end() : m.start].strip() for n in numbers)
            )
        ]
        if own_noun:
            # not a measure word before the number's own noun: "14 batches, or 320,000
            # bottles"; one written with it ("0.52 micrograms per litre") or after it may
            # say what befell those counted ("pulled 13 miners out alive ... rescued")
            pool = [m for m in pool if m.start >= figure_span[0]]
        if pool:
            nearest = min(pool, key=lambda m: abs(m.start - figure_span[0]))
            if _owned_by_another_number(text, figure, figure_span, nearest, numbers, tabs):
                return _measures_parts_lend()[nearest.key]
            return nearest.key
        return None if generic else counted or _unit_word(figure.unit, tabs)
    how = refinable.get(unit_based)
    if how == "compose" and (after or before):
        # a word of the figure's own segment first: in 'the deficit could reach 4.5% "if
        # growth stalls"', the percentage is the deficit's
        segment = _segment_around(text, figure_span)
        own = [m for m in [*after, *before] if segment[0] <= m.start < segment[1]]
        nearest = min(
            own or [*after, *before],
            key=lambda m: (
                m.start - figure_span[1] if m.start >= figure_span[1] else figure_span[0] - m.end
            ),
        )
        return f"{unit_based}:{nearest.key}"
    if how in ("replace", "replace_either") and after:
        # only what follows the figure qualifies it: "2 300 morts et 7 000 blessés"
        return min(after, key=lambda m: m.start).key
    if how in ("replace", "replace_either") and right < clause_end:
        # "neuf travailleurs, et non sept, qui seraient toujours coincés": a bare number set
        # against the figure shares the words that follow it
        shared = _past_a_bare_number(text, others, right, clause_end)
        if shared:
            return shared[0].key
    if how == "replace_either" and before:
        # "ses forces ont tué une quarantaine de soldats": the verb comes first
        return max(before, key=lambda m: m.start).key
    return unit_based


def _names_people(unit_canonical: str | None, unit_based: str | None) -> bool:
    """True when a figure's own noun says it counts people: a generic unit of people
    (cluster.yaml `unit_measures` with no measure: "personnes", "children") or a measure
    of people ("patients", "soldats", "morts")."""
    generic = _world().get("unit_measures") or {}
    if unit_canonical and unit_canonical in generic and generic[unit_canonical] is None:
        return unit_canonical not in _units_of_measurement()
    return bool(unit_based) and _counts_people(unit_based)


@cache
def _thing_measures() -> frozenset[str]:
    """Measures counting places or things, never people (cluster.yaml `thing_measures`)."""
    return frozenset(_world().get("thing_measures") or ())


_PART_CLAUSE_END_RE = re.compile(r"[,;:()\[\]«»\"“”–—]|\s-\s")


def _in_part_clause(text: str, figure_end: int, at: int, tabs: LanguageTables) -> bool:
    """True when position `at`, after a figure ending at `figure_end`, lies in a part
    clause that opens after the figure: a part marker (<lang>/topics.yaml
    `part_markers_before`: "dont", "including") and the size of the part begin it, the
    segment's end closes it ("Trois blessés, dont un grièvement, ont été héliportés":
    "grièvement" is the part's, "héliportés" the whole's)."""
    if not tabs.part_markers_before:
        return False
    markers = _any_phrase_regex(tabs.part_markers_before)
    for found in markers.finditer(text, figure_end, at + 1):
        if found.start() >= at:
            break
        if not _part_size_follows(text[found.end() :], tabs.lang):
            # "six, dont la mort est jugée compatible": a relative clause, no part
            continue
        closing = _PART_CLAUSE_END_RE.search(text, found.end())
        if closing is None or closing.start() > at:
            return True
    return False


def _part_size_follows(after: str, lang: str) -> bool:
    """True when `after` opens with a number: digits, a number word, or an article that
    counts one ("un", "one": numbers.yaml `lone_article_numbers`)."""
    words = after.split()
    if not words:
        return False
    first = words[0].strip(",;:.")
    if _NUMBER_RE.fullmatch(first) or _number_words_for(lang).fullmatch(first):
        return True
    return first in _lone_article_numbers(lang)


@cache
def _lone_article_numbers(lang: str) -> frozenset[str]:
    numbers = _load_optional(lang, "numbers.yaml") or {}
    return frozenset(fold(str(w)) for w in numbers.get("lone_article_numbers") or [])


@cache
def _unit_word_measures() -> frozenset[str]:
    """Measures a unit word names (cluster.yaml `unit_word_measures`: percent, money): only
    a number with no unit of its own takes them from its sentence."""
    return frozenset(_world().get("unit_word_measures") or ())


def _as_unit_measure(mention: Mention, folded: str, lang: str) -> Mention:
    """A unit-word measure hit ("euros": money) as the measure of the unit it writes
    ("eur"), so that a number borrowing it ("up from 52 million") counts in that unit."""
    if mention.key not in _unit_word_measures():
        return mention
    canonical = _written_unit(folded[mention.start : mention.end], lang)
    measure = unit_measure(canonical) if canonical else None
    return replace(mention, key=measure) if measure else mention


@cache
def _unit_words(lang: str) -> dict[str, str]:
    """Folded unit word -> canonical unit, from units.yaml (words of two letters or more)."""
    units = (_load_optional("units.yaml") or {}).get("units") or {}
    words: dict[str, str] = {}
    for canonical, by_lang in units.items():
        for word in (by_lang or {}).get(lang) or []:
            folded = _fold_phrase(str(word))
            if len(folded) > 1:
                words.setdefault(folded, str(canonical))
    return words


@cache
def _unit_endings(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A pattern for each unit word ending a text, with its canonical unit, longest first
    (compiled once per language: one pattern per word overflows re's own cache)."""
    return tuple(
        (re.compile(rf"(?<![\w]){re.escape(word)}$"), canonical)
        for word, canonical in sorted(_unit_words(lang).items(), key=lambda item: -len(item[0]))
    )


def _written_unit(unit: str, lang: str) -> str | None:
    """The canonical unit whose word ends the written unit ("millions d'euros" -> EUR)."""
    folded = _fold_phrase(unit)
    for ending, canonical in _unit_endings(lang):
        if ending.search(folded):
            return canonical
    return None


def _past_a_bare_number(
    text: str, others: list[Mention], number_start: int, clause_end: int
) -> list[Mention]:
    """The measure words of the clause after the comma-bounded part of the number at
    `number_start`, when that part names nothing itself (", et non sept,", ", not seven,")."""
    part_end = _clause_part_around(text, (number_start, number_start + 1))[1]
    if part_end >= clause_end or any(number_start <= m.start < part_end for m in others):
        return []
    return sorted((m for m in others if part_end <= m.start < clause_end), key=lambda m: m.start)


@cache
def _measures_parts_lend() -> dict[str, str]:
    """Measure of a later number's words -> what they say of the figure's whole count
    (cluster.yaml `measures_parts_lend`: "onze personnes, dont deux en urgence relative"
    were all casualties; "51 personnes à bord, dont sept décédées" did not all die)."""
    return {str(k): str(v) for k, v in (_world().get("measures_parts_lend") or {}).items()}


def _owned_by_another_number(
    text: str,
    figure: Figure,
    figure_span: tuple[int, int],
    mention: Mention,
    numbers: list[re.Match[str]],
    tabs: LanguageTables,
) -> bool:
    """True when a measure word after the figure belongs to a later number of its own
    comma-bounded part ("51 personnes se trouvaient à bord et sept sont décédées", "two men
    suspected of a crossing that left 12 dead"). A number in an aside closed before the
    word ("Four civilians, including two children, were killed") does not own it, nor
    does one that restates the figure or joins it as one count ("trois, voire quatre")."""
    part_start = _segment_around(text, (mention.start, mention.end))[0]
    if figure.unit is None and _names_a_part(text, figure_span, mention, numbers, tabs):
        return False
    return any(
        figure_span[1] <= n.start()
        and part_start <= n.start()
        and n.end() <= mention.start
        and not _restates(n.group(), figure.value)
        and not _joins_one_count(text, figure_span, n.start(), tabs)
        for n in numbers
    )


def _names_a_part(
    text: str,
    figure_span: tuple[int, int],
    mention: Mention,
    numbers: list[re.Match[str]],
    tabs: LanguageTables,
) -> bool:
    """True when `mention` is the noun written right after a number that counts a part of
    the figure ("près de 150, dont onze patients", "about 40, including six children"): a
    part's noun says what kind of thing a bare whole counts (<lang>/topics.yaml
    `subset_markers`); what befell the part ("ayant perdu la vue") does not."""
    for n in numbers:
        if n.end() > mention.start or text[n.end() : mention.start].strip():
            continue
        # the words after the last comma before the part: "150 had come forward, including"
        before = re.split(r"[,;]", text[figure_span[1] : n.start()])[-1].split()
        return " ".join(before) in tabs.subset_markers
    return False


_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


def _writes_again(number: str, figure: Figure) -> bool:
    """True when `number` (digits or a number word) is the figure's own number."""
    own = fold(figure.text).split()
    return _restates(number, figure.value) or fold(number) in own[:2]


def _restates(number: str, value: float | None) -> bool:
    """True when the digits of `number` write `value` (a whole number) again."""
    return value is not None and value == int(value) and re.sub(r"\D", "", number) == f"{value:.0f}"


def _joins_one_count(
    text: str, figure_span: tuple[int, int], next_number: int, tabs: LanguageTables
) -> bool:
    """True when the figure and the number starting at `next_number` are two ends or two
    readings of one count: only a joining word between them, asides in brackets left out
    (<lang>/topics.yaml `shared_count_connectors`: "entre 4 200 (préfecture) et 12 000
    personnes", "trois, voire quatre morts"), or a range's opening word before the figure
    and its closing word before the next number (`count_range_words`: "entre 782 000
    personnes, selon le ministère, et 2,3 millions d'après la CGT")."""
    between = re.sub(r"\([^)]*\)|[,;]", " ", text[figure_span[1] : next_number]).split()
    if len(between) == 1 and between[0] in tabs.shared_count_connectors:
        return True
    opener = text[: figure_span[0]].split()[-1:]
    return any(opener == [start] and between[-1:] == [end] for start, end in tabs.count_range_words)


def _is_partitive(text: str, figure_span: tuple[int, int], tabs: LanguageTables) -> bool:
    """True when the number is followed by a partitive ("trois des", "two of the"): it
    counts a part of a set the next words name (<lang>/topics.yaml `partitive_markers`)."""
    head = " ".join(text[figure_span[1] :].split()[:3])
    return any(f" {head} ".startswith(f" {marker} ") for marker in tabs.partitive_markers)


def _past_the_whole(text: str, after: list[Mention]) -> list[Mention]:
    """The measure words after a partitive once the first one and those glued to it (the
    set's noun and its adjectives: "des travailleurs secourus") are dropped; unchanged when
    nothing would be left."""
    ordered = sorted(after, key=lambda m: m.start)
    whole = 1
    while whole < len(ordered) and not text[ordered[whole - 1].end : ordered[whole].start].strip():
        whole += 1
    return ordered[whole:] or after


def _also_measures(
    measure: str | None,
    measure_hits: list[Mention],
    figure_span: tuple[int, int] | None,
    text: str,
) -> tuple[str, ...]:
    """Measure words other than `measure` inside the figure's text or in the word right
    after it ("deux soldats tués", "14 proxy votes"): they qualify the same count."""
    if figure_span is None or measure is None or _bare_composable(measure.split(":")[0]):
        # "80 % des décès" is a share, not a death toll
        return ()
    after = re.match(r"\s*[\w'\-]+", text[figure_span[1] :])
    end = figure_span[1] + (after.end() if after else 0)
    base = measure.split(":")[0]
    return _unique(m.key for m in measure_hits if figure_span[0] <= m.start < end and m.key != base)


@cache
def _number_words_for(lang: str) -> re.Pattern[str]:
    numbers = _load_optional(lang, "numbers.yaml") or {}
    articles = {fold(str(w)) for w in numbers.get("lone_article_numbers") or []}
    words = {fold(str(w)) for w in numbers.get("number_words") or []} - articles
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w]){alternation(sorted(words), escape=True)}(?![\w])")


def _number_words(tabs: LanguageTables) -> re.Pattern[str]:
    """Number words of the language ("trois", "fourteen"), from the figures' numbers.yaml."""
    return _number_words_for(tabs.lang)


def _counted_noun(unit: str | None, tabs: LanguageTables) -> str | None:
    """The shared stand-in key ("u:vessel") of a unit that opens with a noun of
    <lang>/topics.yaml `counted_nouns` ("bateaux", "polling stations"), else None."""
    folded_unit = fold(unit or "")
    for hit in tabs.counted_nouns.find(folded_unit):
        lead = re.findall(r"[\w'\-]+", folded_unit[: hit.start])
        if all(word in tabs.stopwords for word in lead):
            return f"u:{hit.key}"
        break
    return None


def _counted_noun_at(
    text: str, figure_span: tuple[int, int], unit: str | None, tabs: LanguageTables
) -> str | None:
    """The shared key of the counted noun the figure's unit word belongs to in the sentence
    ("312 bureaux de vote", "347 polling stations": the extraction keeps one word of
    them), else of the unit alone (`_counted_noun`)."""
    words = re.findall(r"[\w'\-]+", fold(unit or ""))
    if not words:
        return None
    region = text[figure_span[0] : figure_span[1] + 60]
    at = re.search(rf"(?<![\w]){re.escape(words[0])}(?![\w])", region)
    if at:
        for hit in tabs.counted_nouns.find(region):
            if hit.start <= at.start() < hit.end:
                return f"u:{hit.key}"
    return _counted_noun(unit, tabs)


def _unit_word(unit: str | None, tabs: LanguageTables) -> str | None:
    """A stand-in measure for a unit no lexicon knows: "u:" + its first content word,
    singular ("passages aux urgences" -> "u:passage"). It keeps "4 100 passages" apart
    from a death toll in the same language; across languages it is only a weak signal.

    A noun of <lang>/topics.yaml `counted_nouns` gives its shared key instead ("bateaux",
    "navires", "boats" -> "u:vessel"): synonyms and translations of one count meet, and,
    still a stand-in, the key keeps other nouns as weakly apart as before."""
    counted = _counted_noun(unit, tabs)
    if counted:
        return counted
    for written in re.findall(r"[\w'\-]+", (unit or "").lower()):
        if (
            len(written) > 4
            and written.endswith(tabs.participle_endings)
            and not written.endswith(tabs.noun_endings or ("\0",))
        ):
            # "14,6 milliards annoncés": a participle says what was done, not what is counted
            return None
        word = fold(written).strip("'-")
        if len(word) < 3 or word in tabs.stopwords or word.isdigit():
            continue
        if len(word) > 4 and word[-1] in "sx":
            word = word[:-1]
        return f"u:{word}"
    return None


def _pick_date(dates: Sequence[EventDate]) -> EventDate | None:
    """The most precise, most explicit date among those that apply; of several such, the
    latest ("diverted between 2019 and 2023": a sum over a period, as of its end)."""
    if not dates:
        return None
    rank = {"explicit": 0, "relative": 1}

    def best(d: EventDate) -> tuple[int, int]:
        return rank.get(d.strength, 2), -len(d.iso)

    top = min(map(best, dates))
    return max((d for d in dates if best(d) == top), key=lambda d: d.iso)


def _from_context(
    folded: str,
    context: str,
    lang: str,
    published: date | str | None,
    event: EventDate | None,
    place_hits: list[Mention],
) -> tuple[EventDate | None, list[Mention]]:
    """Date or place of the preceding text when the sentence points back to it.

    "Cette année-là" / "at the time" takes the last date or year written before it (even
    one after "depuis": "la plus massive depuis 2002. A l'époque, ..."). "De son côté" /
    "for its part" takes the preceding text's place when it names exactly one.
    """
    tabs = tables(lang)
    head = folded[:60]

    def starts_with_any(words: tuple[str, ...]) -> bool:
        return _has_phrase(head, words)

    folded_context = fold(context)
    if event is None and starts_with_any(tabs.date_anaphora):
        context_dates = [
            d for d in find_dates(folded_context, tabs, published) if d.strength == "explicit"
        ]
        years = [
            EventDate(m.group(1), "explicit", m.start(), m.end())
            for m in re.finditer(r"(?<![\w.,])((?:19|20)\d{2})(?![\w]|[.,]\d)", folded_context)
        ]
        candidates = sorted([*context_dates, *years], key=lambda d: (d.start, -len(d.iso)))
        if candidates:
            event = replace(candidates[-1], start=-1, end=-1)
    if not place_hits and starts_with_any(tabs.continuation_markers):
        context_places = tabs.places.find(folded_context)
        if len({p.key for p in context_places}) == 1:
            place_hits = [replace(context_places[-1], start=-1, end=-1)]
    return event, place_hits


def _with_elided_measures(
    claims: Sequence[Claim], profiles: list[ClaimProfile], lang: str
) -> list[ClaimProfile]:
    """Give a measure to figures the extraction left without a unit, from the words the
    text writes for what they count:

    - a plural noun right after the number ("35 Morlande boats in the area"), before any
      measure word further on;
    - else, for a number with no measure yet: a partitive names the whole it is drawn from
      ("35 of its boats", "deux des trois groupes"); a count noun its complement ("the
      number of closed accounts at 180", "le nombre de voyageurs : 218");
    - else the figure of the sentence nearest before it, set against it ("347 polling
      stations, up from 312", "15 000 logements ou 6 000");
    - else, for "the figure", "le chiffre" with nothing said of what it counts ("put the
      figure at close to 300,000"), the figure it points back to (`_anaphoric_referent`).

    A measure is lent only when a lexicon names it (`_established`), with the lender's
    explicit date and places when the borrower has none."""
    tabs = tables(lang)
    out = list(profiles)
    for index, claim in enumerate(claims):
        figure = claim.figure
        if figure is None or out[index].kind != "figure" or figure.unit:
            continue
        folded = fold(claim.sentence)
        span = _figure_span(claim, folded)
        if span is None:
            continue
        found = out[index]
        measure = None
        if not _is_partitive(folded, span, tabs):
            # "35 Morlande boats in the area" when the extraction kept no unit: the noun
            # after the number, not a measure word further on ("injured"), is what it
            # counts; one is counted by a singular noun ("qu'un seul signalement formel")
            measure = _noun_measure(
                folded[span[1] :], tabs, determined=False, singular=figure.value == 1
            )
        if not measure or measure == found.measure:
            # "put the number of bottles affected at nearly 400,000, saying ... sold to
            # hospitals": what the count noun counts, not a measure word of another clause
            measure = _count_noun_measure(folded, span, tabs, leading=True)
        if not measure or measure == found.measure:
            if found.measure:
                continue
            measure = _partitive_measure(folded, span, tabs) or _count_noun_measure(
                folded, span, tabs
            )
        if measure:
            found = replace(found, measure=measure)
        else:
            referent = _sentence_referent(claims, index)
            if referent is None:
                referent = _anaphoric_referent(claims, out, index, folded, tabs)
            if referent is None or not _established(out[referent].measure, tabs):
                # "still holding eight people; the families put the number at 11": the
                # number set against one that says nothing of its measure says nothing either
                continue
            found = _as_referent(found, out[referent])
        out[index] = replace(found, block_keys=block_keys(found))
    return out


def _established(measure: str | None, tabs: LanguageTables) -> bool:
    """True for a measure a lexicon names (a measure, a canonical unit, a counted noun's
    key), not a noun no lexicon knows ("u:foyer"), which says too little to lend."""
    if not measure:
        return False
    if not measure.startswith("u:"):
        return True
    return measure[2:] in tabs.counted_keys


def _as_referent(profile: ClaimProfile, referent: ClaimProfile) -> ClaimProfile:
    """`profile` counting what `referent` counts, when and where it does unless `profile`
    says otherwise: "Le 29 septembre, 118 500 personnes ... Des chiffres contestés par les
    organisateurs, qui évoquent 250 000" gives the organisers' count of that day."""
    found = replace(profile, measure=referent.measure)
    if profile.date_strength != "explicit" and referent.date_strength == "explicit":
        found = replace(found, event_date=referent.event_date, date_strength="explicit")
    if not profile.places and referent.places:
        found = replace(found, places=referent.places)
    return found


@cache
def _noun_words(
    lang: str,
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], bool]:
    """What a counted noun phrase is made of in `lang` (<lang>/numbers.yaml): the words that
    end it, the words it passes over ("autres", "more"), plural endings, verb endings, and
    whether its head is its last plural word."""
    numbers = _load_optional(lang, "numbers.yaml") or {}
    stop = frozenset(fold(str(w)) for w in numbers.get("unit_stopwords") or [])
    plural = tuple(str(e) for e in numbers.get("unit_plural_endings") or ("s",))
    verbs = tuple(str(e) for e in numbers.get("unit_verb_suffixes") or ())
    skip = frozenset(fold(str(w)) for w in numbers.get("unit_skip_words") or [])
    return stop, skip, plural, verbs, numbers.get("head_noun") == "last"


_PHRASE_TOKEN_RE = re.compile(r"[^\W\d_][\w'\-]*|\d[\d.,]*|[^\w\s]")


def _noun_measure(
    text: str, tabs: LanguageTables, determined: bool = True, singular: bool = False
) -> str | None:
    """The measure of the plural noun phrase `text` opens with ("its boats had been", "trois
    groupes turbo-alternateurs", "Morlande boats in the area"), past determiners and numbers
    when `determined`: a measure word of the phrase, else the canonical unit of its head
    noun (units.yaml), else a stand-in "u:" word. None when no plural noun opens it, or,
    when `singular` (the number one: "un seul signalement"), no noun at all."""
    stop, skip, plural, verbs, head_last = _noun_words(tabs.lang)
    numbers = _number_words(tabs)
    words: list[str] = []
    for token in _PHRASE_TOKEN_RE.finditer(text[:80]):
        word = token.group()
        leading = determined and not words
        if word[0].isdigit() or numbers.fullmatch(word):
            if not leading:
                break
            continue
        if not word[0].isalpha() or (words and word.endswith(verbs)):
            break
        if word in tabs.possessives or word in tabs.count_determiners or word.endswith("'s"):
            # "its boats", "the plant's three units": whose, not what
            if not leading:
                break
            continue
        if word in stop or word.split("'")[0] + "'" in stop:  # "n'ont"
            break
        if word in skip:  # "des deux autres": no noun
            continue
        words.append(word)
        if len(words) == 3:
            break
    plurals = [w for w in words if len(w) > 3 and (singular or w.endswith(plural))]
    if not plurals:
        return None
    hits = [m for m in tabs.measures.find(" ".join(words)) if m.key not in _unit_only_measures()]
    if hits:
        return hits[0].key
    head = plurals[-1] if head_last else plurals[0]
    canonical = _unit_words(tabs.lang).get(head)
    if canonical:
        return unit_measure(canonical)
    return _unit_word(head, tabs)


def _partitive_measure(folded: str, span: tuple[int, int], tabs: LanguageTables) -> str | None:
    """The measure of the whole a partitive number is drawn from ("35 of its boats")."""
    rest = folded[span[1] :]
    for marker in sorted(tabs.partitive_markers, key=len, reverse=True):
        found = re.match(rf"\s+{_phrase_pattern(marker)}(?![\w])", rest)
        if found:
            return _noun_measure(rest[found.end() :], tabs)
    return None


@cache
def _count_noun_link_regex(nouns: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str]:
    """A count noun and the link to what it counts ("the number of", "le nombre de"),
    compiled once per language's tables."""
    either = "|".join(_phrase_pattern(link) for link in links)
    return re.compile(rf"{_any_phrase_regex(nouns).pattern}\s+(?:{either})(?![\w])[\s']*")


def _count_noun_measure(
    folded: str, span: tuple[int, int], tabs: LanguageTables, leading: bool = False
) -> str | None:
    """The measure of the complement of a count noun set against the number with no other
    number between them ("the number of closed accounts at 180", "le nombre de voyageurs
    présents dans le train : 218"); when `leading`, only a count noun before the number."""
    if not tabs.count_noun_links or not tabs.count_nouns:
        return None
    pattern = _count_noun_link_regex(tabs.count_nouns, tabs.count_noun_links)
    numbers = [m.start() for m in _NUMBER_RE.finditer(folded)]
    numbers += [m.start() for m in _number_words(tabs).finditer(folded)]
    best: tuple[int, str] | None = None
    for noun in pattern.finditer(folded):
        if leading and noun.start() >= span[0]:
            continue
        low, high = sorted((noun.start(), span[0]))
        if any(low < n < high and not span[0] <= n < span[1] for n in numbers):
            continue
        measure = _noun_measure(folded[noun.end() :], tabs)
        distance = abs(noun.start() - span[0])
        if measure and (best is None or distance < best[0]):
            best = (distance, measure)
    return best[1] if best else None


def _sentence_referent(claims: Sequence[Claim], index: int) -> int | None:
    """The figure of the same sentence nearest before claim `index`'s: a bare number set
    against a counted one counts the same thing ("43 shops ...; the council acknowledges
    17"). None for a number in brackets ("110 km/h (68 mph)", "€1.2bn ($1.3bn)"): another
    unit's conversion of the number before it, not a figure of its own."""
    claim = claims[index]
    assert claim.figure is not None
    here = claim.figure.start
    if claim.sentence[: here - claim.start].rstrip().endswith("("):
        return None
    # only a figure before it: in "6,300 people, about 900 of them Belgian, ... 480 million
    # euros", the number after is another count
    before = [
        (claims[j].figure.start, j)  # type: ignore[union-attr]
        for j in range(len(claims))
        if j != index
        and claims[j].sentence == claim.sentence
        and claims[j].figure is not None
        and claims[j].figure.start < here  # type: ignore[union-attr]
    ]
    return max(before)[1] if before else None


def _anaphoric_referent(
    claims: Sequence[Claim],
    profiles: Sequence[ClaimProfile],
    index: int,
    folded: str,
    tabs: LanguageTables,
) -> int | None:
    """For a number given as "the figure", "le chiffre", "the number" with nothing said of
    what it counts: the first figure with a measure of the nearest earlier sentence that
    has one ("312 confirmed cases and two deaths. Doctors put the figure at more than 500":
    cases), at most `elided_measure_reach_sentences` sentences back."""
    span = _attribution_span(claims[index], folded)
    own = _mask(folded, *span) if span else folded
    # "the figure", "le chiffre" after a determiner: not a noun's modifier ("passport numbers")
    nouns = [
        noun
        for noun in _any_phrase_regex(tabs.count_nouns).finditer(own)
        if _counts_after(own[: noun.start()], tabs)
    ]
    if not nouns and not _has_phrase(own, tabs.figure_anaphora):
        return None
    reach = profile_settings().elided_measure_reach_sentences
    sentences = [claims[index].sentence]
    for j in range(index - 1, -1, -1):
        if claims[j].sentence == sentences[-1]:
            continue
        sentences.append(claims[j].sentence)
        if len(sentences) > reach + 1:
            return None
        of_sentence = [
            k
            for k in range(j + 1)
            if claims[k].sentence == claims[j].sentence
            and claims[k].figure is not None
            and profiles[k].measure
        ]
        if of_sentence:
            return of_sentence[0]
    return None


def profile_article(
    article: Article,
    claims: Sequence[Claim],
    follows: Sequence[int | None] | None = None,
) -> list[ClaimProfile]:
    """Profiles of one article's claims, with the headline and the preceding text of the
    paragraph as context (what the service layer should call at ingest). `follows` is
    `follow_targets(claims, article.lang)` when the caller has it already."""
    limit = profile_settings().context_chars
    story = article_story(article)
    names = article_names(article)
    figures_by_sentence: dict[tuple[int, str], list[Figure]] = {}
    for claim in claims:
        if claim.figure is not None:
            figures_by_sentence.setdefault((claim.start, claim.sentence), []).append(claim.figure)
    profiles = []
    for claim in claims:
        start = max(0, min(claim.start, len(article.text)))
        before = article.text[max(0, start - limit) : start]
        context = before.split("\n\n")[-1] or None
        beside = figures_by_sentence.get((claim.start, claim.sentence), [])
        profiles.append(
            profile_claim(
                claim,
                article.lang,
                article.published,
                context=context,
                title=article.title,
                story=story,
                story_names=names,
                figures_beside=beside if claim.kind in CHARGE_VIEW_KINDS else (),
            )
        )
    profiles = _with_own_charges(profiles)
    profiles = _mark_contrasts(claims, profiles, article.lang)
    profiles = _with_elided_measures(claims, profiles, article.lang)
    profiles = _with_stages(claims, profiles, article.lang)
    if follows is None:
        follows = follow_targets(claims, article.lang)
    profiles = _with_answering_parties(profiles, follows)
    roles = article_role_names(article)
    profiles = [
        p
        if p.kind == "figure"
        else replace(p, role_names=roles, voice_roles=_voice_roles(c, article.lang))
        for p, c in zip(profiles, claims, strict=True)
    ]
    return _with_followers(profiles, follows)


def _root_claim(targets: Sequence[int | None], index: int) -> int | None:
    """The earlier claim whose cluster claim `index` goes to through `follow_targets`
    (`targets`), followed to the end of the chain; None when it follows none."""
    root = targets[index]
    while root is not None and targets[root] is not None and targets[root] < root:
        root = targets[root]
    return root if root is not None and 0 <= root < index else None


def _with_answering_parties(
    profiles: list[ClaimProfile], targets: Sequence[int | None]
) -> list[ClaimProfile]:
    """Give each accusation that names whom it accuses by role nouns alone ("Families
    accuse the company of...", "les syndicats accusent la direction de...") the named
    parties whose denial answers it in its article ("Helianthe has rejected those
    allegations") as `ClaimProfile.answered_by`: the article says who "the company" is, and
    another article accusing Helianthe by name speaks of the same party (see
    `_accused_against`)."""
    out = list(profiles)
    for index in range(len(targets)):
        root = _root_claim(targets, index)
        if root is None:
            continue
        charge, answer = out[root], profiles[index]
        if charge.claim_kind != "accusation" or answer.claim_kind != "denial":
            continue
        if not charge.accused or _named_parties(charge.accused):
            continue
        named = [d for d in answer.deniers if not d.startswith(GENERIC_PARTY)]
        if not named:
            continue
        charge = replace(charge, answered_by=_unique((*charge.answered_by, *named)))
        out[root] = replace(charge, block_keys=block_keys(charge))
    return out


# Kinds of claim profiled by their charge when their sentence also gives figures (see
# `_charge_view`): a statement beside figures is kept only when it makes its own point.
CHARGE_VIEW_KINDS = frozenset({"accusation", "denial"})


def _with_own_charges(profiles: list[ClaimProfile]) -> list[ClaimProfile]:
    """Give each denial the parties its speaker accuses in the same article (see
    `ClaimProfile.own_charges`)."""
    accusations_by_speaker: dict[str, list[int]] = {}
    for index, profile in enumerate(profiles):
        if profile.claim_kind == "accusation":
            for speaker in set(profile.speakers):
                accusations_by_speaker.setdefault(speaker, []).append(index)
    out = []
    for profile in profiles:
        if profile.claim_kind == "denial" and profile.speakers:
            accusations = sorted(
                {i for s in profile.speakers for i in accusations_by_speaker.get(s, ())}
            )
            charged = (party for i in accusations for party in profiles[i].accused)
            profile = replace(profile, own_charges=_unique(charged))
        out.append(profile)
    return out


def _with_followers(
    profiles: list[ClaimProfile], targets: Sequence[int | None]
) -> list[ClaimProfile]:
    """Give each stance the terms of the stances of its article that follow it (a denial
    answering an accusation, a quote going on) as exemplars.

    Followers are placed by `follow_targets`, not compared: without this their words (the
    denier's name, the act it denies) would never reach the cluster, and the same party's
    denial in the next article would find nothing to meet.
    """
    out = list(profiles)
    for index in range(len(targets)):
        root = _root_claim(targets, index)
        if root is None:
            continue
        leader, follower = out[root], profiles[index]
        if leader.kind == "figure" or follower.kind == "figure":
            continue
        exemplars = _add_exemplar(leader.exemplars, follower, answer=True)
        if exemplars != leader.exemplars:
            leader = replace(leader, exemplars=exemplars)
            out[root] = replace(leader, block_keys=block_keys(leader))
    return out


def _add_exemplar(
    exemplars: tuple[tuple[str, ...], ...], member: ClaimProfile, answer: bool = False
) -> tuple[tuple[str, ...], ...]:
    """`exemplars` with the member's own terms added (marked with `ANSWER_ITEM` when it
    answered another stance), unless it has none, names two acts (a headline joining two
    disputes would let the cluster take stances on either), is already there, or the limit
    (`max_exemplars`) is reached."""
    if not member.terms() or _names_several_acts(member):
        return exemplars
    limit = profile_settings().max_exemplars
    terms = member.terms().items()
    if answer:
        terms = [(t, f) for t, f in terms if f != "speaker"]
    own = tuple(sorted(f"{family}={term}" for term, family in terms))
    own = (*own, ANSWER_ITEM) if answer else own
    if len(exemplars) >= limit or own in exemplars:
        return exemplars
    return (*exemplars, own)


def _contrasted(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True for two figures that one sentence sets against each other (see `contrast`)."""
    if not a.contrast or not b.contrast:
        return False
    sentence_a, _, order_a = a.contrast.rpartition(":")
    sentence_b, _, order_b = b.contrast.rpartition(":")
    return sentence_a == sentence_b and order_a != order_b


def _leads_with(folded: str, phrases: tuple[str, ...]) -> bool:
    """True when one of `phrases` opens `folded` (after spaces, quotes and closing signs)."""
    head = " ".join(re.sub(r"^[\s\W]+", "", folded).split()[:3])
    found = _any_phrase_regex(phrases).match(head) if phrases else None
    return found is not None


def _mark_contrasts(
    claims: Sequence[Claim], profiles: list[ClaimProfile], lang: str
) -> list[ClaimProfile]:
    """Give `contrast` keys to figures of one sentence that are two claims: set against
    each other by a contrast word between them ("54 % des intentions de vote, contre 46 %
    pour...", "54% to 46%"), or listed by one source as different measures
    (`_listed_apart`: "438 personnes à bord, 380 passagers et 58 membres d'équipage")."""
    tabs = tables(lang)
    by_sentence = _figures_by_sentence(claims)
    out = list(profiles)
    for start, indices in by_sentence.items():
        # a key of the sentence itself: clusters outlive the article's offsets
        sentence_key = f"{zlib.crc32(claims[indices[0]].sentence.encode()):08x}"

        ordered = sorted(indices, key=lambda i: claims[i].figure.start)  # type: ignore[union-attr]
        for order, (left, right) in enumerate(pairwise(ordered)):
            a, b = claims[left].figure, claims[right].figure
            assert a is not None and b is not None
            if a.end > b.start or profiles[left].values == profiles[right].values:
                continue
            sentence = fold(claims[left].sentence)
            between = sentence[a.end - start : b.start - start]
            contrasted = _has_phrase(f" {between} ", tabs.contrast_markers)
            # "46 % pour la maire sortante": whose share; "contre 38 annoncées": another
            # source's figure of the same count, which is a dispute, not a contrast
            for_left = _leads_with(between, tabs.beneficiary_markers)
            for_right = _leads_with(sentence[b.end - start :], tabs.beneficiary_markers)
            listed = _listed_apart(claims[left], claims[right], profiles[right], lang)
            if listed and _refers_back(sentence[: b.start - start], lang):
                # "15 000 à 20 000 créations de postes, loin des 45 000 promis": the known
                # figure it is set against, which may be another's count of the same thing
                listed = profiles[right].part
            # "sans nouvelles des deux autres": the rest of the set, whatever its determiner
            listed = listed or _remainder_of(claims[left], claims[right], sentence, start, tabs)
            if (for_right and (contrasted or for_left)) or listed:
                own = out[left].contrast or f"{sentence_key}:{order}"
                out[left] = replace(out[left], contrast=own)
                out[right] = replace(out[right], contrast=f"{sentence_key}:{order + 1}")
    return out


def _figures_by_sentence(claims: Sequence[Claim]) -> dict[int, list[int]]:
    """Indices of the figure claims whose number lies in their own sentence, by the
    sentence's start."""
    by_sentence: dict[int, list[int]] = {}
    for index, claim in enumerate(claims):
        if claim.figure is not None and claim.start <= claim.figure.start < claim.end:
            by_sentence.setdefault(claim.start, []).append(index)
    return by_sentence


def _with_stages(
    claims: Sequence[Claim], profiles: list[ClaimProfile], lang: str
) -> list[ClaimProfile]:
    """Give `stages` to the figures of one sentence that give one count at two stages: a
    stage marker right before the later number sets it against an earlier one ("relevé
    à 1 480, contre 1 150 annoncés", "520 emplois, au lieu des 410 prévus", "28 from 19"),
    of the same measure (a bare later number counts the earlier one's), the closest in
    size when several are ("2,600 people evacuated from 14 villages, up from 1,800": the
    people), and the sentence neither contrasts them nor dates them apart."""
    tabs = tables(lang)
    if not tabs.stage_markers:
        return profiles
    reach = profile_settings().stage_marker_reach_words
    markers = _any_phrase_regex(tabs.stage_markers)
    by_sentence = _figures_by_sentence(claims)
    out = list(profiles)
    for start, indices in by_sentence.items():
        ordered = sorted(indices, key=lambda i: claims[i].figure.start)  # type: ignore[union-attr]
        folded = fold(claims[ordered[0]].sentence)
        for at, right in enumerate(ordered[1:], start=1):
            b = claims[right].figure
            previous = claims[ordered[at - 1]].figure
            assert b is not None and previous is not None
            between = folded[previous.end - start : b.start - start]
            lead = " ".join(_QUOTES_RE.sub(" ", between).split()[-reach:])
            if previous.end > b.start or not markers.search(f" {lead} "):
                continue
            earlier = [
                (left, stage)
                for left in ordered[:at]
                if (stage := _stage_of(out[left], out[right], bool(b.unit))) is not None
            ]
            if not earlier:
                continue
            left, pb = max(earlier, key=lambda found: _nearest_ratio(out[found[0]], found[1]))
            pa = out[left]
            out[left] = replace(pa, stages=_unique_values((*pa.stages, *pb.values)))
            out[right] = replace(pb, stages=_unique_values((*pb.stages, *pa.values)))
    return out


def _stage_of(earlier: ClaimProfile, later: ClaimProfile, own_unit: bool) -> ClaimProfile | None:
    """`later` if it may be another stage of `earlier`'s count (a bare number, `own_unit`
    false, counts what the earlier one counts: "290 roles, compared with 230 in the
    initial plan"), else None."""
    if not earlier.values or not later.values or earlier.values == later.values:
        return None
    measure = earlier.measure
    # what a word after a bare number seems to count is the participle of the stage
    # ("contre 1 150 annoncés", "au lieu des 410 prévus"), not a noun of its own
    counted = measure if not own_unit else later.measure
    if not measure or measure != counted or _bare_composable(measure):
        # "850 000 clients ... et 1,4 million de transactions": two counts
        return None
    if _contrasted(earlier, later) or _dated_apart(earlier, later):
        # "241 naissances en 2025, contre 318 en 2019": two years of a series
        return None
    return later


def _dated_apart(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when both figures write their own dates and these differ."""
    da, db = parse_iso(a.event_date), parse_iso(b.event_date)
    explicit = a.date_strength == "explicit" and b.date_strength == "explicit"
    return explicit and da is not None and db is not None and not _same_at_common_precision(da, db)


def _unique_values(values: Iterable[float]) -> tuple[float, ...]:
    return tuple(dict.fromkeys(values))


def _listed_apart(left: Claim, right: Claim, right_profile: ClaimProfile, lang: str) -> bool:
    """True when one source lists the two figures of one sentence as different measures:
    a whole and a part the sentence marks as one ("27 blessés, dont quatre graves", "438
    people, including 380 passengers"), or counts of different nouns each written after
    its number ("380 passagers et 58 membres d'équipage", "3 guards and 5 inmates").

    The same number in two units ("€5m ($5.4m)") and a number with no noun of its own
    ("15 000 logements ou 6 000") are left to the pair's scores."""
    if fold(left.attribution.canonical or "") != fold(right.attribution.canonical or ""):
        # "contre 38 selon la police": another source's figure of the count, a dispute
        return False
    if right_profile.part:
        return True
    nouns = [_listed_noun(claim, lang) for claim in (left, right)]
    return None not in nouns and nouns[0] != nouns[1]


def _remainder_of(
    left: Claim, right: Claim, sentence: str, start: int, tabs: LanguageTables
) -> bool:
    """True when one source counts a part of a set, then the rest of it ("cinq ont gagné une
    chambre de refuge ..., sans nouvelles des deux autres", "five in a refuge station; the
    other two could not be reached"): two counts, not one count disputed."""
    if fold(left.attribution.canonical or "") != fold(right.attribution.canonical or ""):
        return False
    figure = right.figure
    assert figure is not None
    before = sentence[: figure.start - start].split()[-1:]
    after = sentence[figure.end - start :].split()[:1]
    return bool(
        (before and _fold_phrase(before[0]) in tabs.remainder_before)
        or (after and _fold_phrase(after[0].strip(".,;:!?")) in tabs.remainder_after)
    )


def _refers_back(before: str, lang: str) -> bool:
    """True when the text before a number ends with a determiner that refers back to known
    things ("des 45 000 promis", "the 45,000 claimed": <lang>/numbers.yaml
    `referential_determiners`)."""
    last = before.split()[-1:]
    return bool(last) and _fold_phrase(last[0]) in _referential_determiners(lang)


@cache
def _referential_determiners(lang: str) -> frozenset[str]:
    words = (_load_optional(lang, "numbers.yaml") or {}).get("referential_determiners") or ()
    return frozenset(_fold_phrase(str(word)) for word in words)


def _listed_noun(claim: Claim, lang: str) -> str | None:
    """What a figure counts when a noun written after its number says it: its canonical
    unit ("personnes", "people" -> "people") or a stand-in key ("passagers" ->
    "u:passager"), else None. Symbols and units of measurement ("€", "%", "km", "millions
    d'euros") say in what, not what, is counted: "€5m ($5.4m)" may be one sum converted."""
    figure = claim.figure
    if figure is None or not figure.unit or not figure.unit[0].isalpha():
        return None
    canonical = figure.unit_canonical or _written_unit(figure.unit, lang)
    if canonical:
        measurement = canonical in _units_of_measurement()
        return None if measurement else canonical
    return _unit_word(figure.unit, tables(lang))


_LOWER_WORD_RE = re.compile(r"(?<![\w'’\-])[a-zà-ÿ][\w\-]*")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…»\"”])\s+|\n+")


def article_story(article: Article) -> tuple[str, ...]:
    """Which story an article tells, as language-neutral terms: those of its headline, and
    the proper names, actors and places its body names in at least `story_min_sentences`
    sentences (at most `story_max_body_terms` of them, most frequent first).

    Names of people, firms and towns are written the same in French and English, so two
    articles on one story share them even when no lexicon knows them, and two stories
    rarely do.
    """
    least = profile_settings().story_min_sentences
    most = profile_settings().story_max_body_terms
    counts = _story_term_counts(article)[0]
    frequent = sorted((t for t, n in counts.items() if n >= least), key=lambda t: (-counts[t], t))
    # The headline's lexicon terms count as they are; its names only when the body has them.
    title = story_terms(article.title, article.lang) if article.title else ()
    return _unique((*(t for t in title if not t.startswith("n:")), *frequent[:most]))


def article_names(article: Article) -> tuple[str, ...]:
    """The name keys of the proper names an article writes, however often (at most
    `story_max_names`, most frequent first): a short article names each actor of its story
    once ("Marc Dellapina", "Montbrézac"), and two stories seldom share two such names."""
    most = profile_settings().story_max_names
    counts, inside = _story_term_counts(article)
    # a given name ("Marc" of "Marc Dellapina") is shared by strangers; so is a capitalised
    # sentence opener ("Separately", "Instead")
    given = {name_key(fold(w)) for w in _GIVEN_NAME_RE.findall(article.text)}
    names = [t for t in counts if t.startswith("n:") and t[2:] in inside and t[2:] not in given]
    names.sort(key=lambda t: (-counts[t], t))
    return tuple(t[2:] for t in names[:most])


@lru_cache(maxsize=256)
def article_role_names(article: Article) -> tuple[str, ...]:
    """The named actors an article gives a role noun right next to their name, as
    "<kind key>|<party keys>" for each kind of organisation of the noun (`KIND_KEY`, see
    `_generic_party`):
    the noun before the name ("le groupe Hélianthe Résidences", "operator Helianthe
    Residences", "l'association Guyane Forêt Vivante") or after it, one word between at most
    ("the FDSEA farmers' union", "the Coordination Rurale union"). Places and demonyms are
    no actor ("French nursing home operator")."""
    lang = article.lang
    nouns, _ = _role_nouns(lang)
    out: list[str] = []
    for sentence in _SENTENCE_END_RE.split(article.text):
        tokens = list(_ROLE_TOKEN_RE.finditer(sentence))
        for index, token in enumerate(tokens):
            noun = fold(token.group())
            if noun not in nouns:
                continue
            for run in (_name_run(tokens, index + 1, 1), _name_run(tokens, index - 1, -1)):
                if not run:
                    continue
                actor = canonical_party(" ".join(run), lang)
                actor = tuple(k for k in actor if k not in _role_name_keys(lang))
                if actor:
                    kinds = (g for g in _generic_party(noun, lang) if g.startswith(KIND_KEY))
                    out.extend(f"{g}|{' '.join(actor)}" for g in kinds)
    return _unique(out)


def _voice_roles(claim: Claim, lang: str) -> tuple[str, ...]:
    """The generic keys of a claim's source when role nouns, places and function words are
    all it writes ("The main farmers' union in Bordeaux", "Families"): see
    `ClaimProfile.voice_roles`."""
    source = claim.attribution.source or ""
    if claim.attribution.anonymous or not source:
        return ()
    generic = _generic_party(source, lang)
    if not generic:
        return ()
    # a name after a preposition is where the party acts ("union in Gironde", "syndicat de
    # la Gironde"), not who it is
    scope = "|".join(re.escape(w) for w in _scope_prepositions(lang))
    if scope:
        source = re.sub(
            rf"(?<![\w'’])(?i:{scope})(?:\s+\w+)?\s+[A-ZÀ-Þ][\w\-]*(?:\s+[A-ZÀ-Þ][\w\-]*)*",
            " ",
            source,
        )
    named = canonical_party(source, lang)
    if any(not _role_key(k, lang) for k in named):
        return ()
    return generic


@cache
def _scope_prepositions(lang: str) -> tuple[str, ...]:
    """lexicon.yaml `scope_prepositions`: those that put a place or scope after a party's
    role noun ("union in Gironde", "syndicat de la Gironde")."""
    words = load_data(lang, "lexicon.yaml").get("scope_prepositions") or ()
    return tuple(str(w) for w in words)


# A word of a sentence, for `article_role_names`.
_ROLE_TOKEN_RE = re.compile(r"[\w\-]+")


def _name_run(tokens: Sequence[re.Match[str]], start: int, step: int) -> list[str]:
    """The capitalised words from `start` on in direction `step` (1: after a role noun;
    -1: before it, over one lowercase word at most), in text order; empty when there are
    none or the run starts a sentence (a capital that may be the opener's)."""
    words: list[str] = []
    index, skipped = start, 0
    while 0 <= index < len(tokens) and len(words) < 4:
        word = tokens[index].group()
        if word[:1].isupper():
            words.append(word)
        elif step < 0 and not words and skipped == 0:
            skipped = 1
        else:
            break
        index += step
    if step < 0:
        if index < 0:
            # the run opens the sentence: "Families' union..." may be a capitalised noun
            words = words[:-1]
        words.reverse()
    return words


# A capitalised word right before another: a given name, or the first word of a title.
_GIVEN_NAME_RE = re.compile(
    r"(?<![\w'’\-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+(?=[A-ZÀ-ÖØ-Þ][\w'’\-]*[a-zà-ÿ])"
)


@lru_cache(maxsize=256)
def _story_term_counts(article: Article) -> tuple[dict[str, int], frozenset[str]]:
    """Each story term of an article (lexicon places, entities, demonyms as `e:`, real
    proper names as `n:`) with the number of sentences naming it, the headline included;
    and the keys of the names written capitalised inside a sentence."""
    tabs = tables(article.lang)
    counts: dict[str, int] = {}
    inside: set[str] = set()  # names seen inside a sentence: real names, not capitals
    written: dict[str, set[str]] = {}  # name key -> the folded names it stands for
    sentences = [article.title or "", *_SENTENCE_END_RE.split(article.text)]
    for index, sentence in enumerate(sentences):
        if not sentence.strip():
            continue
        folded = fold(sentence)
        # a country named by its demonym ("l'armée indienne") is that country
        hits = [
            *tabs.places.find(folded),
            *tabs.entities.find(folded),
            *country_demonyms(folded, tabs),
        ]
        spans = [(m.start, m.end) for m in hits]
        spans += [(m.start, m.end) for x in (tabs.concepts, tabs.measures) for m in x.find(folded)]
        if index:  # Title Case headlines capitalise every word
            inside |= proper_names(sentence, article.lang, 0, spans)
        # opening words count too ("Saint-Aurèle, a city of..."; datelines in capitals)
        names = proper_names(sentence, article.lang, 0, spans, openers=True)
        for name in names:
            written.setdefault(name_key(name), set()).add(name)
        terms = {f"e:{m.key}" for m in hits} | {f"n:{name_key(n)}" for n in names}
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    # A name is real when written capitalised inside a sentence, or never written in lower
    # case ("Estravia's finance minister..." opening two sentences, "estravia" nowhere).
    lower = {fold(w) for w in _LOWER_WORD_RE.findall(article.text)}
    known = {name_key(n) for n in inside}

    def real(term: str) -> bool:
        if not term.startswith("n:") or term[2:] in known:
            return True
        return any(name not in lower for name in written.get(term[2:], ()))

    return {t: n for t, n in counts.items() if real(t)}, frozenset(known)


@lru_cache(maxsize=1024)
def story_terms(title: str, lang: str) -> tuple[str, ...]:
    """Language-neutral terms of a headline (places, entities, concepts, proper names;
    measures such as "morts" are left out: every disaster headline has them)."""
    tabs = tables(lang)
    folded = fold(title)
    found = {f"e:{m.key}" for m in tabs.places.find(folded)}
    found |= {f"e:{m.key}" for m in tabs.entities.find(folded)}
    found |= {f"e:{m.key}" for m in country_demonyms(folded, tabs)}
    found |= {f"c:{m.key}" for m in tabs.concepts.find(folded)}
    spans = [
        (m.start, m.end)
        for lexicon in (tabs.places, tabs.entities, tabs.concepts, tabs.measures, tabs.demonyms)
        for m in lexicon.find(folded)
    ]
    # a headline often opens on a name ("Norvakia says...", "Estravie : ...")
    names = proper_names(title, lang, 0, spans, openers=True)
    found |= {f"n:{name_key(n)}" for n in names}
    return _unique(found)


def name_key(name: str) -> str:
    """A folded proper name cut to its first `name_key_letters` letters when it is longer:
    the French and English forms of a name and its demonyms differ in their ending
    ("Estravie" / "Estravia" / "Estravian", "Norvakie" / "Norvakian")."""
    letters = profile_settings().name_key_letters
    return name[:letters] if len(name) > letters and name.isalpha() else name


def source_entities(canonical_source: str, lang: str, whole: bool = False) -> tuple[str, ...]:
    """Entities named by a canonical source ("Israel (government/IDF)" -> Israel).

    With `whole`, only when entity names make up most of the source's name: "North Korea"
    and "Israel (government/IDF)" are their entity, "Eastern Libyan health ministry" is not
    Libya.
    """
    text = fold(canonical_source or "")
    found: set[str] = set()
    covered = 0
    for language in dict.fromkeys((lang, "en")):
        tabs = tables(language)
        mentions = tabs.entities.find(text) + tabs.places.find(text)
        found |= {m.key for m in mentions}
        covered = max(covered, sum(m.end - m.start for m in _non_overlapping(mentions)))
    # "Israel (government/IDF)": the bracketed part only annotates the name
    letters = len(re.sub(r"[\W_]", "", re.sub(r"\(.*?\)", "", text)))
    if whole and letters and covered / letters < 0.5:
        return ()
    return _unique(found)


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def block_keys(profile: ClaimProfile) -> tuple[str, ...]:
    """Blocking keys: a cluster is a candidate for a claim only if they share one."""
    keys: list[str] = []
    if profile.kind == "figure":
        keys.append(f"measure:{profile.measure or profile.unit or 'unknown'}")
        keys.extend(_figure_extra_keys(profile))
    elif profile.measure:
        keys.append(f"measure:{profile.measure}")
    # Places and entities share one key space: "Russie" is a place in one sentence and an
    # actor in the next.
    groups = [g for e in profile.entities for g in entity_groups(e)]
    keys.extend(f"ent:{e}" for e in (*profile.entities, *profile.places, *groups))
    if profile.kind != "figure":
        keys.extend(f"name:{n}" for n in profile.names)
        keys.extend(f"speaker:{s}" for s in profile.speakers)
        # an accusation against X meets X's denial, whatever else they name
        keys.extend(f"party:{p}" for p in (*profile.accused, *profile.answered_by))
    prefixes = {"e:": "ent:", "n:": "name:", "s:": "speaker:", "x:": "party:"}
    for exemplar in profile.exemplars:
        for item in exemplar:
            term = item.split("=", 1)[1]
            if term[:2] in prefixes:
                keys.append(prefixes[term[:2]] + term[2:])
    if profile.kind != "figure" or not keys:
        # Stances may share nothing but what they are about ("fraude" / "fraud").
        keys.extend(f"concept:{c}" for c in profile.concepts)
        for exemplar in profile.exemplars:
            keys.extend(f"concept:{i.split('=', 1)[1][2:]}" for i in exemplar if "=c:" in i)
    # Claims of one story meet whatever their measure or terms: the similarity decides.
    keys.extend(f"story:{t[2:]}" for t in profile.story if t.startswith("n:"))
    if not keys:
        keys.append(f"misc:{profile.kind}")
    return tuple(dict.fromkeys(keys))


def _figure_extra_keys(profile: ClaimProfile) -> list[str]:
    """Keys on which figures of measures no lexicon links may meet: the first letters of an
    unknown unit word ("hospitalisations" / "hospitalizations"), and a number large enough
    to be evidence ("450 oiseaux" / "450 birds"); the similarity decides."""
    settings = profile_settings()
    keys = [f"measure:{measure}" for measure in profile.also_measures]
    if profile.measure and profile.measure.startswith("u:"):
        letters = settings.cognate_unit_letters
        keys.append(f"unit:{profile.measure[2 : 2 + letters]}")
    least = settings.distinctive_value_min
    keys.extend(f"number:{value:.3g}" for value in profile.values if value >= least)
    return keys


# ---------------------------------------------------------------------------------------------
# Similarity


def _place_score(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> float:
    """1 for the same scope, 0 for two different ones (Paris is not France), partial when
    one claim names no place."""
    pa, pb = set(a.places), set(b.places)
    if pa and pb:
        if pa & pb:
            return 1.0
        if a.kind == "figure" and b.kind == "figure":
            # "3 000 tonnes ... au large de Brest" / "3,000 t ... off Brittany": the same
            # number under a scope that contains the other, or may (a place the gazetteer
            # cannot relate), is one count framed wider or narrower
            if _same_number(a, b, settings) and _scopes_may_nest(pa, pb):
                return settings.same_number_other_scope
            return 0.0
        # Places in a stance are often actors ("Israel was not responsible"): no veto.
        nested = any(y in place_parents(x) or x in place_parents(y) for x in pa for y in pb)
        return settings.unscoped_vs_broad_place if nested else settings.stance_place_mismatch
    if not pa and not pb:
        return 1.0
    if a.kind != "figure" and b.kind != "figure":
        return settings.unscoped_vs_broad_place
    named = pa or pb
    if any(place_kind(p) == "city" for p in named):
        # an unscoped figure is seldom a city's, unless it gives the very same number, or
        # both stories are the city's alone ("au large de Brest" / "off Brittany", a place
        # no lexicon knows)
        if a.kind == "figure" and b.kind == "figure":
            if _same_number(a, b, settings):
                return settings.same_number_other_scope
            scoped, unscoped = (a, b) if pa else (b, a)
            if _local_story(scoped, unscoped):
                return settings.local_story_unscoped
        return settings.unscoped_vs_city
    return settings.unscoped_vs_broad_place


def _story_places(profile: ClaimProfile) -> set[str]:
    """The gazetteer's places among the story terms of a profile."""
    known = _world().get("places") or {}
    return {t[2:] for t in profile.story if t.startswith("e:") and t[2:] in known}


def _local_story(scoped: ClaimProfile, unscoped: ClaimProfile) -> bool:
    """True when the story of the city-scoped figure names no place but that city and what
    contains it, and the unscoped figure's story no place but that city: a local story,
    whose unscoped figures are the city's."""
    cities = set(scoped.places)
    around = cities | {parent for city in cities for parent in place_parents(city)}
    return _story_places(scoped) <= around and _story_places(unscoped) <= cities


def _scopes_may_nest(pa: set[str], pb: set[str]) -> bool:
    """True when a place of one set contains one of the other, or the gazetteer cannot tell
    (a place it does not locate, other than a country: countries are disjoint)."""
    for x in pa:
        for y in pb:
            px, py = place_parents(x), place_parents(y)
            if y in px or x in py:
                return True
            unlocated = [p for p, parents in ((x, px), (y, py)) if not parents]
            if any(place_kind(p) != "country" for p in unlocated):
                return True
    return False


def _date_score(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> float:
    """1 for the same explicit date, 0 for incompatible dates, `loose_date` otherwise."""
    da, db = parse_iso(a.event_date), parse_iso(b.event_date)
    if da is None or db is None:
        return settings.loose_date
    explicit_a, explicit_b = a.date_strength == "explicit", b.date_strength == "explicit"
    same = _same_at_common_precision(da, db)
    if explicit_a and explicit_b:
        return 1.0 if same else 0.0
    if a.kind != "figure" and (explicit_a or explicit_b):
        # A date in a stance is often what it speaks of ("les premiers cas n'ont été
        # confirmés que le 21 octobre"), not when: only two written dates exclude.
        return settings.loose_date
    if explicit_a != explicit_b:
        written, implied = (da, db) if explicit_a else (db, da)
        reported = _as_date(implied)
        if reported is not None and written[1] is not None:
            # a follow-up is a later article of the same story, not any later count
            later = settings.follow_up_days if _names_one_story(a, b, settings) else None
            return settings.loose_date if _reports_on(written, reported, settings, later) else 0.0
    day_a, day_b = _as_date(da), _as_date(db)
    if day_a and day_b:
        return (
            settings.loose_date if abs((day_a - day_b).days) <= settings.story_window_days else 0.0
        )
    if not same and (_future_horizon(a, b) or _future_horizon(b, a)):
        return settings.loose_date
    if not same and (_past_period(a, b) or _past_period(b, a)):
        return settings.loose_date
    # One side known to the month only: the same month (or year) is required.
    return settings.loose_date if same else 0.0


def _reports_on(
    written: tuple[int, int | None, int | None],
    reported: date,
    settings: ClusterSettings,
    follow_up_days: int | None,
) -> bool:
    """True when a figure dated only by its report (its article's publication, a weekday)
    on `reported` may count what a figure with the `written` day or month counts: the
    report falls at most `implicit_date_tolerance_days` before or after that day (or
    month), or, between two articles of one story, at most `follow_up_days` after it. A
    count goes on after the event it counts ("231 cases linked to the meal served on
    November 12th" against "212 cas ... ont désormais été signalés" a week later), and a
    follow-up article dates its report, not the event."""
    first = date(written[0], written[1] or 1, written[2] or 1)
    if written[2] is not None:
        last = first
    else:
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if reported < first:
        return (first - reported).days <= settings.implicit_date_tolerance_days
    after = settings.implicit_date_tolerance_days if follow_up_days is None else follow_up_days
    return (reported - last).days <= after


def _future_horizon(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when `a` names only a year later than the publication `b` stands on ("45 000
    emplois d'ici à la fin de 2027" against "the budget will create 15,000 jobs"): a target
    year, which articles on the same forecast often leave unsaid."""
    da, db = parse_iso(a.event_date), parse_iso(b.event_date)
    if da is None or db is None or da[1] is not None or b.date_strength == "explicit":
        return False
    published = parse_iso(a.published)
    return da[0] > db[0] and (published is None or da[0] > published[0])


def _past_period(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when `a` names only a year before the publication of `b`, whose figure names no
    date at all ("diverted between 2019 and 2023" against "oversaw the diversion of 13.2bn
    CFA francs"): a sum over a past period, which later articles seldom date again."""
    da = parse_iso(a.event_date)
    if da is None or da[1] is not None or a.date_strength != "explicit":
        return False
    if b.date_strength != "published" or b.kind != "figure" or a.kind != "figure":
        return False
    if (a.measure or "").split(":")[0] in _event_tolls():
        # "11 people died when a block collapsed in 2024": what befell people at one event
        # dated to a past year is another event's toll, not a total run up over years
        return False
    published = parse_iso(b.published)
    return published is not None and da[0] < published[0]


@cache
def _event_tolls() -> frozenset[str]:
    """Measures of what befell people at one event (cluster.yaml `event_tolls`)."""
    return frozenset(_world().get("event_tolls") or ())


def _same_at_common_precision(
    a: tuple[int, int | None, int | None], b: tuple[int, int | None, int | None]
) -> bool:
    for x, y in zip(a, b, strict=True):
        if x is None or y is None:
            return True
        if x != y:
            return False
    return True


# Term families that count only when both sides have them.
_SPARSE = frozenset(
    {"name", "speaker", "accused", "co-accused", "co-denier", "other-denier", "accuser", "denier"}
)


def _overlap(
    ta: dict[str, str],
    tb: dict[str, str],
    weights: dict[str, float],
    min_mass: float,
    background: frozenset[str] = frozenset(),
    background_weight: float = 1.0,
) -> float | None:
    """Weighted overlap of two term sets: mean of Dice and the overlap coefficient; None
    when one side has nothing but names and speakers the other lacks (no evidence).

    Terms in `background` (the actors both stories are about) weigh `background_weight`
    times their family's weight.
    """

    # Each term's weight once: this runs for every pair of term sets of every pair of claims.
    get = weights.get
    wa = {t: get(f, 1.0) * (background_weight if t in background else 1.0) for t, f in ta.items()}
    wb = {t: get(f, 1.0) * (background_weight if t in background else 1.0) for t, f in tb.items()}
    shared = set(ta) & set(tb)
    common = sum(max(wa[t], wb[t]) for t in shared)
    # Proper names are sparse and spelled variously ("Al-Ahli Arabi" / "Ahli Arab"): a shared
    # name is evidence, a name only one side has is not evidence against.
    # So is the speaker: one party speaks of several things, and a dispute has two parties.
    total_a = sum(wa[t] for t, f in ta.items() if f not in _SPARSE or t in shared)
    total_b = sum(wb[t] for t, f in tb.items() if f not in _SPARSE or t in shared)
    if total_a == 0 or total_b == 0:
        return None
    dice = 2 * common / (total_a + total_b)
    # One shared word is weak evidence however short the claims: floor the denominator.
    overlap = common / max(min(total_a, total_b), min_mass)
    return min(1.0, (dice + overlap) / 2)


def _with_acts(terms: dict[str, str], acts: frozenset[str]) -> dict[str, str]:
    """`terms` with the concepts naming an act (doping, a leak, fraud) in their own family:
    between two stances the act is what the dispute is about, and weighs more than a
    framing word ("responsibility") or the parties, whom the whole story names."""
    return {t: "act" if f == "concept" and t[2:] in acts else f for t, f in terms.items()}


def _terms_score(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings, strangers: bool | None = None
) -> float:
    """Overlap of the language-neutral terms of the two claims' clauses (`strangers`:
    `_strangers(a, b)` when the caller has it already).

    The actors and names both articles' stories are about ("North Korea", "Russia" in every
    sentence of a story on their alliance) say little about what a claim asserts: they
    weigh `story_actor_weight` times as much.
    """
    background = frozenset(t for t in set(a.story) & set(b.story) if t.startswith(("e:", "n:")))
    stances = a.kind != "figure" and b.kind != "figure"
    acts = settings.act_concepts | settings.cover_up_concepts

    def own(terms: dict[str, str]) -> dict[str, str]:
        """What of one side's terms is compared, whatever the other side says."""
        if not stances:
            # a figure has no parties and no words of its own to meet a stance's
            return _without_stance_terms(terms)
        return _with_acts(terms, acts)

    def prepared(profile: ClaimProfile) -> list[tuple[dict[str, str], dict[str, str], _Roles]]:
        """Each term set with what of it is compared and its roles: made once per profile
        and mode, as a representative meets many newcomers (the dicts are never changed)."""
        owned = profile._own_term_sets
        key = (stances, acts)
        if key not in owned:
            owned[key] = [own(terms) for terms in profile.term_sets()]
        return list(zip(profile.term_sets(), owned[key], profile.term_set_roles, strict=True))

    # each term set meets every term set of the other side: prepare it once
    sets_a = prepared(a)
    sets_b = prepared(b)

    def compared(terms: dict[str, str], other: dict[str, str]) -> dict[str, str]:
        if not stances:
            return terms
        if _denies(other) and _bare(other):
            # a denial that does not say what it denies ("Ferrovia denied the allegations")
            # is no evidence against what the accusation names, words or concepts alike
            terms = {t: f for t, f in terms.items() if f not in _TOPICAL or t in other}
        return _without_words(_with_answer(_one_party(terms, other), _one_party(other, terms)))

    deniers_a, deniers_b = (_denier_names(a), _denier_names(b)) if stances else ((), ())
    if stances and (_strangers(a, b) if strangers is None else strangers):
        # "la direction" of a factory's article is not "la direction" of a hospital's
        sets_a = [(ta, _without_generic_parties(o), r) for ta, o, r in sets_a]
        sets_b = [(tb, _without_generic_parties(o), r) for tb, o, r in sets_b]
    scores: list[float | None] = []
    for ta, own_a, roles_a in sets_a:
        for tb, own_b, roles_b in sets_b:
            if not ta or not tb:
                continue
            if stances and (roles_a.rivals(roles_b) or roles_a.counters(roles_b)):
                # a member whose accuser is the other's denier, or whom the other accuses,
                # is in another dispute
                scores.append(0.0)
                continue
            side_a, side_b = own_a, own_b
            if stances:
                # a generic party ("the company") may be the other side's named one
                side_a = _named_for_generic(own_a, own_b, deniers_a)
                side_b = _named_for_generic(own_b, own_a, deniers_b)
                side_a = _with_answering(side_a, a, b)
                side_b = _with_answering(side_b, b, a)
            scores.append(
                _overlap(
                    compared(side_a, side_b),
                    compared(side_b, side_a),
                    settings.term_weights,
                    settings.min_term_mass,
                    background,
                    settings.story_actor_weight,
                )
            )
            if stances:
                scores.append(_vocabulary_score(roles_a.vocabulary, roles_b.vocabulary, settings))
    known = [score for score in scores if score is not None]
    if known:
        return max(known)
    if a.kind == "figure" and b.kind == "figure":
        return settings.terms_unknown
    # a stance is what its terms say: without them, sharing a story is not enough
    return settings.stance_terms_unknown


@dataclass(frozen=True)
class _Roles:
    """A term set's parties by role, and its vocabulary (`_VOCABULARY` terms): what the
    role tests and `_vocabulary_score` read of it, gathered in one pass."""

    accusers: frozenset[str]
    deniers: frozenset[str]
    # whom it accuses: only an accusation accuses (a denial lists its denier as accused)
    accused: frozenset[str]
    vocabulary: dict[str, str]

    @classmethod
    def of(cls, terms: dict[str, str]) -> _Roles:
        parties: dict[str, set[str]] = {"accuser": set(), "denier": set(), "accused": set()}
        for term, family in terms.items():
            if family in parties:
                parties[family].add(term[2:])
        accusers = frozenset(parties["accuser"])
        return cls(
            accusers=accusers,
            deniers=frozenset(parties["denier"]),
            accused=frozenset(parties["accused"]) if accusers else frozenset(),
            vocabulary={t: f for t, f in terms.items() if f in _VOCABULARY},
        )

    def rivals(self, other: _Roles) -> bool:
        """True when one side's accuser is the other's denier ("India accuses Islamabad of
        infiltrating militants" / "India denies using drones"): a party accusing in one
        dispute and accused in another. (Counter-accusations: `counters`.)"""
        return bool(self.accusers & other.deniers or other.accusers & self.deniers)

    def counters(self, other: _Roles) -> bool:
        """True when two accusations' parties cross: one side's accuser is among those the
        other accuses ("the regulator accused Optivel of withholding test results" /
        "Optivel blamed its supplier", "Valdoria accused Kresnia..." / "Kresnia accused
        Valdoria..."). The accused party's own accusation, against its accuser or a third
        party, is another dispute however alike the words; its answer to the charge is a
        denial, which has no accuser."""
        return bool(self.accused & other.accusers or self.accusers & other.accused)


def _other_accused(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when two accusations each name whom they accuse (`ClaimProfile.target`) and
    no party in common: both by name, or both by generic nouns of no common word or kind,
    in one language or of known kinds ("the operator" may be the Lignéo of another
    sentence; "the government" may be another article's "le gouvernement")."""
    named_a, named_b = _named_parties(a.target), _named_parties(b.target)
    if named_a and named_b:
        return not named_a & named_b
    if named_a or named_b or not a.target or not b.target or set(a.target) & set(b.target):
        return False
    kinds = f"{GENERIC_PARTY}kind:"
    known = any(k.startswith(kinds) for k in a.target) and any(
        k.startswith(kinds) for k in b.target
    )
    return a.lang == b.lang or known


def _strangers(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when the two claims' articles both write proper names and share none: a party
    each names by a role noun alone ("the management", "la direction", "le gouvernement")
    is then no evidence that they speak of one party; only a named party is."""
    return bool(a.story_names and b.story_names) and a.story_name_set.isdisjoint(b.story_name_set)


def _without_generic_parties(terms: dict[str, str]) -> dict[str, str]:
    """`terms` less the parties known by a role noun alone (`GENERIC_PARTY` keys)."""
    return {t: f for t, f in terms.items() if not t[2:].startswith(GENERIC_PARTY)}


def _shared_parties(a: Sequence[str], b: Sequence[str], strangers: bool) -> bool:
    """True when the two lists of party keys share one: a named one between `_strangers`."""
    shared = set(a) & set(b)
    if strangers:
        shared = _named_parties(tuple(shared))
    return bool(shared)


def _named_parties(keys: Sequence[str]) -> set[str]:
    return {k for k in keys if not k.startswith(GENERIC_PARTY)}


def _denies(terms: dict[str, str]) -> bool:
    return "denier" in terms.values()


def _with_answer(terms: dict[str, str], other: dict[str, str]) -> dict[str, str]:
    """`terms` with the accused parties weighed by the two stances' roles: in full when one
    side accuses the party the other denies as, and the denial does not say what it denies
    ("Mr Sarr has denied all the charges" answers the accusation against him; a denial
    that says it is compared on that, the party weighing as co-accused), as co-accused when
    both accuse (X may be accused of two acts: embezzlement /
    ordering payments), as co-denier when X denies twice and one denial does not say what
    it denies ("Pyongyang nie ces accusations"). Two denials that each say what they deny
    (under-counting the dead / cutting staff) are compared on what they say, not on who
    says it."""
    if _denies(terms) != _denies(other):
        denial = terms if _denies(terms) else other
        return terms if _bare(denial) else _relabel(terms, "co-accused")
    if not _denies(terms):
        return _relabel(terms, "co-accused")
    if _bare(terms) or _bare(other):
        return _relabel(terms, "co-denier")
    return {
        t: "other-denier" if f in ("accused", "speaker") else f
        for t, f in _relabel(terms, "other-denier").items()
    }


def _denier_names(profile: ClaimProfile) -> tuple[str, ...]:
    """The names of a denial's article its generic denier may stand for: those it writes,
    less those the denier itself accuses there; none when it disputes figures ("industry
    disputes numbers" answers a count, not a charge)."""
    if profile.about_figures:
        return ()
    return tuple(n for n in profile.story_names if n not in profile.own_charges)


def _named_for_generic(
    terms: dict[str, str], other: dict[str, str], names: Sequence[str]
) -> dict[str, str]:
    """`terms` with the other side's named accused parties that its own article writes
    (`names`, see `article_names`) added as accused, when its own accused parties are all
    generic: "the company" that denies, in an article naming Livrago, is the Livrago
    another article accuses; "le gouvernement" accused, in an article naming Vasseur, is the
    Vasseur who denies elsewhere."""
    mine = [t for t, f in terms.items() if f == "accused"]
    if not _denies(terms) or _denies(other):
        return terms
    speakers = {t for t, f in terms.items() if f == "speaker"}
    if speakers & {t for t, f in other.items() if f == "speaker"}:
        # "L'équipe accuse l'AICD..." / "L'équipe dément": one voice accusing and denying is
        # the accuser, never the party it accuses
        return terms
    if not mine or not all(t[2:].startswith(GENERIC_PARTY) for t in mine):
        return terms
    written = set(names)
    found = {
        t: "accused"
        for t, f in other.items()
        if f == "accused" and not t[2:].startswith(GENERIC_PARTY) and t[2:] in written
    }
    return {**terms, **found} if found else terms


def _named_charge(profile: ClaimProfile) -> tuple[str, ...]:
    """Whom an accusation names as accused by name, or through the named parties that
    answer it in its article (`ClaimProfile.answered_by`); none for any other claim."""
    if profile.claim_kind != "accusation":
        return ()
    return (*_named_parties(profile.accused), *profile.answered_by)


def _by_role_only(profile: ClaimProfile) -> bool:
    """True for an accusation that names whom it accuses by role nouns alone, with no named
    party answering it in its article ("nurses accuse government of hollowing out A&E")."""
    return profile.claim_kind == "accusation" and not _named_charge(profile)


def _accused_against(profile: ClaimProfile, other: ClaimProfile) -> tuple[str, ...]:
    """The accused parties `profile` is compared on against `other`: its own, unless the
    named parties that answer it in its article (`ClaimProfile.answered_by`) say who its
    role nouns stand for. Then those role nouns no longer meet any party of that kind
    ("the company" is Helianthe, not "la direction du groupe" of another charge); the
    answering parties meet the same parties named by another accusation. Against an
    accusation that names its accused by role nouns alone, the role nouns are all both
    sides have to compare."""
    if not profile.answered_by or _by_role_only(other):
        return profile.accused
    return (*_named_parties(profile.accused), *profile.answering(_named_charge(other)))


def _with_answering(
    terms: dict[str, str], profile: ClaimProfile, other: ClaimProfile
) -> dict[str, str]:
    """`terms` with its accused parties as compared against `other` (`_accused_against`)."""
    if not profile.answered_by or _by_role_only(other):
        return terms
    kept = {
        t: f for t, f in terms.items() if not (f == "accused" and t[2:].startswith(GENERIC_PARTY))
    }
    found = profile.answering(_named_charge(other))
    return {**kept, **{f"x:{p}": "accused" for p in found}}


def _one_party(terms: dict[str, str], other: dict[str, str]) -> dict[str, str]:
    """`terms` with its accused parties replaced by one term when the other side names one
    of them too (the words of one name, "Mamadou Lamine Sarr", are one party), none
    otherwise (a party only one side names is no evidence either way)."""
    mine = {t for t, f in terms.items() if f == "accused"}
    kept = {t: f for t, f in terms.items() if t not in mine}
    if mine & {t for t, f in other.items() if f == "accused"}:
        kept["x:"] = "accused"
    return kept


def _relabel(terms: dict[str, str], family: str) -> dict[str, str]:
    """`terms` with the accused parties in `family`."""
    return {t: family if f == "accused" else f for t, f in terms.items()}


def _bare(terms: dict[str, str]) -> bool:
    """True for a stance that names nothing it is about: no word of its own, no measure, no
    concept but generic ones ("responsibility")."""
    return not any(f in ("word", "measure", "act") for f in terms.values())


_VOCABULARY = frozenset({"word", "name"})
# Term families that say what a stance is about (see `_terms_score`).
_TOPICAL = frozenset({"concept", "act"})


def _without_words(terms: dict[str, str]) -> dict[str, str]:
    return {t: f for t, f in terms.items() if f != "word"}


# Term families only stances have (see `ClaimProfile.words`, `ClaimProfile.accused`).
_STANCE_FAMILIES = frozenset({"word", "accused", "accuser", "denier"})


def _without_stance_terms(terms: dict[str, str]) -> dict[str, str]:
    return {t: f for t, f in terms.items() if f not in _STANCE_FAMILIES}


def _vocabulary_score(
    wa: dict[str, str], wb: dict[str, str], settings: ClusterSettings
) -> float | None:
    """Overlap of two stances' own vocabulary (content words and proper names,
    `_Roles.vocabulary`), None when either has none: what the story's words say when the
    lexicons know none of them."""
    if not wa or not wb:
        return None
    return _overlap(wa, wb, settings.vocabulary_weights, settings.min_vocabulary_mass)


def _story_factor(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> float:
    """Multiplier from the articles' stories: 1 when they share `story_terms_for_same`
    terms, down to `story_floor` when they share none."""
    if not a.story or not b.story:
        return 1.0
    # A proper name no lexicon knows ("Lac-Sauvin", "Aerovia") is rarer than a country or a
    # concept: it counts double.
    common = set(a.story) & set(b.story)
    weight = sum(2 if term.startswith("n:") else 1 for term in common)
    shared = weight / max(1, settings.story_terms_for_same)
    return settings.story_floor + (1 - settings.story_floor) * min(1.0, shared)


def _names_story(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> float:
    """The story factor from the names the two claims' articles write, however often: 1
    when they share at least `story_names_for_same` ("Castagné", "Dellapina", "UCCV") and
    that many make `story_names_min_share` of the shorter list, else `story_floor`. A short
    article names each actor once, too seldom for its story terms; two stories may share an
    agency ("OCHA") but seldom a good part of their names."""
    if not a.story_names or not b.story_names or settings.story_names_for_same <= 0:
        return settings.story_floor
    shared = len(a.story_name_set & b.story_name_set)
    fewest = min(len(a.story_names), len(b.story_names))
    if (
        shared >= settings.story_names_for_same
        and shared >= settings.story_names_min_share * fewest
    ):
        return 1.0
    return settings.story_floor


def _names_one_story(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> bool:
    """True when the two claims' articles share at least `follow_up_story_names` of the
    names they write and these make `story_names_min_share` of the shorter list: two
    articles of one story ("Hélianthe", "Orsoni", "Lyon"), not two stories that share an
    agency credit or a country. Without the names (a claim profiled alone), the story
    terms decide."""
    if not a.story_names or not b.story_names:
        return _story_factor(a, b, settings) >= 1.0
    shared = len(a.story_name_set & b.story_name_set)
    fewest = min(len(a.story_names), len(b.story_names))
    return (
        shared >= settings.follow_up_story_names
        and shared >= settings.story_names_min_share * fewest
    )


def _part_of(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when `a` counts a part and `b` a whole at least twice as large. A part scoped
    to a place of its own ("dont 13 000 à Paris") is that place's count: the place decides."""
    if not a.part or b.part or a.places or not a.values or not b.values:
        return False
    return min(b.values) >= 2 * max(a.values)


def _rival_sides(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when the two figures name different sides and each side is a name the other
    claim's story knows too ("Norvakian" / "Peltravan" in a war both tell). A name only one
    story knows ("PIB" / "GDP") may be a translation, not another side."""
    if not a.sides or not b.sides or set(a.sides) & set(b.sides):
        return False
    # countries and "both sides" come from the lexicons, which know their translations
    known = {BOTH_SIDES, *(side for side in (*a.sides, *b.sides) if side.startswith("e:"))}
    story_a = known | {t[2:] for t in a.story if t.startswith("n:")}
    story_b = known | {t[2:] for t in b.story if t.startswith("n:")}
    # both ways: a cluster's story gathers its members' (French and English) names, so it
    # knows "PIB" and "GDP" alike
    return bool(set(a.sides) & story_b and set(b.sides) & story_a)


@cache
def _bare_composable(measure: str) -> bool:
    """True for a measure that only says how it counts ("percent") and no refinement."""
    refinable = _world().get("refinable_measures") or {}
    return refinable.get(measure) == "compose"


def _generic_for(generic: str, specific: str) -> bool:
    """True when measure `generic` ("cases") may stand for `specific` ("positive-tests"):
    cluster.yaml `generic_measures`."""
    table = _world().get("generic_measures") or {}
    return specific.split(":")[0] in (table.get(generic.split(":")[0]) or ())


def _same_number(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings, distinctive: bool = False
) -> bool:
    """True when the two figures give the same number (`same_number_ratio`); with
    `distinctive`, a number that is evidence of one count (see `_distinctive`)."""
    composable = any(_bare_composable(m.split(":")[0]) for m in (a.measure, b.measure) if m)
    return any(
        min(x, y) / max(x, y) >= settings.same_number_ratio
        and (not distinctive or _distinctive(x, composable, settings))
        for x in a.values
        for y in b.values
    )


def _distinctive(value: float, composable: bool, settings: ClusterSettings) -> bool:
    """True for a number two sources seldom give by chance: one with decimals ("3,2 %"),
    else at least `distinctive_value_min` and not a round hundred or ten ("une vingtaine",
    "200"); whole percentages run over a short range: above ten and not a multiple of five
    ("88 %", not "50 %")."""
    if value != int(value):
        return True
    if composable:
        # "88 %" rather than "50 %" or "5 %"
        return value > 10 and value % 5 != 0
    if value < settings.distinctive_value_min:
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) > 1 or value >= 1000


def _cognates(measure_a: str, measure_b: str, settings: ClusterSettings) -> bool:
    """True for two unknown unit words ("u:contamination", "u:contaminat") that share their
    first `cognate_unit_letters` letters, or one of which begins the other."""
    wa, wb = measure_a[2:], measure_b[2:]
    letters = settings.cognate_unit_letters
    if _spelling_variants(wa, wb, settings):
        return True
    if len(wa) >= letters and len(wb) >= letters:
        return wa[:letters] == wb[:letters]
    short, long_ = sorted((wa, wb), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _spelling_variants(word_a: str, word_b: str, settings: ClusterSettings) -> bool:
    """True for two spellings of one word: its last two letters swapped ("litre" / "liter",
    "metre" / "meter"; not "trial" / "trail"), or one letter more in a word of at least
    `variant_min_letters` letters ("coursier" / "courier", "vehicule" / "vehicle"). Shorter
    words differ by a letter too often ("mare" / "maire")."""
    if word_a == word_b or word_a[:2] != word_b[:2]:
        return False
    if len(word_a) == len(word_b):
        diff = [i for i, (x, y) in enumerate(zip(word_a, word_b, strict=True)) if x != y]
        return (
            len(word_a) >= 5
            and len(diff) == 2
            and diff[1] == diff[0] + 1 == len(word_a) - 1
            and word_a[diff[0]] == word_b[diff[1]]
            and word_a[diff[1]] == word_b[diff[0]]
        )
    short, long_ = sorted((word_a, word_b), key=len)
    if len(long_) != len(short) + 1 or len(short) < settings.variant_min_letters:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _staged(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> bool:
    """True for two figures of one measure (or one that leaves it unsaid) one of which
    its sentence sets against the other's number as another stage of its count
    (`ClaimProfile.stages`)."""
    if a.kind != "figure" or b.kind != "figure" or not (a.measure or b.measure):
        return False
    if a.measure and b.measure and a.measure != b.measure:
        # a measure left unsaid ("contre 14 lundi") is the stage's; two said must agree
        return False
    ratio = settings.same_number_ratio
    return any(
        min(x, y) / max(x, y) >= ratio
        for stages, values in ((a.stages, b.values), (b.stages, a.values))
        for x in stages
        for y in values
        if x > 0 and y > 0
    )


def _open_ended(claim: Claim) -> bool:
    """True for a figure that is only a lower bound ("des milliers", "dozens")."""
    figure = claim.figure
    return figure is not None and figure.value is None and figure.high is None


def _revises(folded: str, tabs: LanguageTables) -> bool:
    """True when a sentence marks its number as one stage of a count that moves: a revision
    cue, or a verb of movement with the count it moves ("the death toll ... has risen to")."""
    if _mentions_any(folded, tabs.revision_cues):
        return True
    return _mentions_any(folded, tabs.revision_moves) and _mentions_any(folded, tabs.revised_counts)


def _lower_bound(claim: Claim) -> bool:
    """True for a figure that is a lower bound with a number ("at least three", "plus de
    4 000"): a low end and no high end."""
    figure = claim.figure
    return figure is not None and figure.low is not None and figure.high is None


def _below_a_bound(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when one figure is only a lower bound under some number of the other: "des
    milliers" may be 8 000, however far 1 000 is from it."""
    return any(
        bound.open_ended
        and bound.values
        and other.values
        and min(bound.values) <= max(other.values)
        for bound, other in ((a, b), (b, a))
    )


def _nearest_ratio(a: ClaimProfile, b: ClaimProfile) -> float:
    """Smaller / larger of the closest two numbers of the two claims (1 when one has none)."""
    if not a.values or not b.values:
        return 1.0
    return max(min(x, y) / max(x, y) for x in a.values for y in b.values)


def _may_be_disputed(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when two figures far apart may still be one disputed count: a sentence of either
    sets its number against another's (`ClaimProfile.disputing`), or both count a measure
    whose sources routinely differ tenfold (cluster.yaml `wide_dispute_measures`: a crowd
    counted by the police and by the organisers)."""
    if a.disputing or b.disputing:
        return True
    return (
        bool(a.measure)
        and a.measure == b.measure
        and a.measure.split(":")[0] in _wide_dispute_measures()
    )


@cache
def _wide_dispute_measures() -> frozenset[str]:
    """cluster.yaml `wide_dispute_measures`, read once."""
    return frozenset(_world().get("wide_dispute_measures") or ())


def _may_be_revised(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when two figures far apart may be one count at two stages. Both count one
    established measure, and the larger figure's sentence marks it as revised or
    provisional (`ClaimProfile.revising`: "le bilan s'est alourdi à 41 morts", "now says
    212,000, up from an initial estimate"); or the measure is what befell people at one
    event (cluster.yaml `event_tolls`), a count that grows as the event goes on, the larger
    figure's own words say so ("killed 27 people", "27 morts": its predicate or its unit),
    and the smaller figure is a lower bound ("at least three dead" against 41) or was
    published before the larger ("two dead" on the first day, 27 four days later).

    A smaller toll published with or after the larger one, and not revised since, is
    another count ("in Trèbes alone, one person died" against 27 in the département); so
    is a larger number the toll's word only shares a sentence with ("51 people were on
    board ... seven dead") and a larger count whose sentence says nothing of a revision,
    however revised the smaller one ("312 cases now" in a region against "more than
    12,000 cases" in Europe)."""
    measure = a.measure
    if not measure or measure != b.measure or measure.startswith("u:"):
        return False
    if _bare_composable(measure) or not a.values or not b.values:
        return False
    smaller, larger = (a, b) if max(a.values) <= max(b.values) else (b, a)
    if larger.revising:
        return True
    if measure.split(":")[0] not in _event_tolls():
        return False
    if not larger.predicate and unit_measure(larger.unit) != measure:
        return False
    if smaller.lower_bound:
        return True
    first, then = _as_date(parse_iso(smaller.published)), _as_date(parse_iso(larger.published))
    return first is not None and then is not None and first < then


def _value_score(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings, ratio: float
) -> float:
    """How close the two claims' numbers are (`ratio`: their `_nearest_ratio`): sources
    disputing one figure give numbers of the same order ("38 arrests" / "about sixty"); a
    tenfold gap is another count."""
    if not a.values or not b.values:
        return settings.value_unknown
    for least, score in settings.value_ratio_scores:
        if ratio >= least:
            return score
    return 0.0


def _rival_explanations(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> bool:
    """True when each claim names a different one of two rival explanations and not the
    other ("an Israeli air strike" / "a misfired rocket"): they assert different things."""
    ca, cb = set(a.concepts), set(b.concepts)
    for group in settings.rival_concepts:
        in_a, in_b = ca & set(group), cb & set(group)
        if len(in_a) == 1 and len(in_b) == 1 and in_a != in_b:
            return True
    return False


def similarity(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> float:
    """How likely two claims assert the same thing, 0..1 (0 on a hard incompatibility)."""
    shared = _judge(a, b, settings)
    return 0.0 if isinstance(shared, str) else _score(a, b, settings, shared)


def veto(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> str | None:
    """Why two claims cannot be the same claim, whatever their words share; None if they can."""
    shared = _judge(a, b, settings)
    return shared if isinstance(shared, str) else None


@dataclass(frozen=True)
class _Agreement:
    """The components a veto looks at and the score weighs again, computed once."""

    place: float
    date: float
    value: float = 0.0  # figures only
    measure: float = 0.0  # figures only
    # figures only: the same number raised `measure` above what the measures' words give
    linked_by_number: bool = False
    # a veto the learned scorer weighs instead of obeying (`SOFT_VETOES`), if one applies
    soft_veto: str | None = None


def _judge(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings, learned: bool = False
) -> str | _Agreement:
    """The reason two claims cannot be one claim (see `veto`), or what they agree on.

    With `learned`, the vetoes a learned scorer weighs as evidence instead (`SOFT_VETOES`)
    do not apply."""
    place = _place_score(a, b, settings)
    if place == 0.0:
        return "place"
    staged = _staged(a, b, settings)
    date_ = _date_score(a, b, settings)
    if date_ == 0.0 and staged and not _dated_apart(a, b):
        # "1 480, contre 1 150 annoncés début octobre" six weeks after the 1,150: the
        # count's earlier stage, whatever its date
        date_ = settings.loose_date
    if date_ == 0.0:
        return "date"
    if a.kind == "figure" and b.kind == "figure":
        nearest = _nearest_ratio(a, b)
        value = _value_score(a, b, settings, nearest)
        if staged:
            value = max(value, settings.revised_value)
        if value == 0.0:
            # "€640,000 in cash" and "a €7.8bn deficit": no dispute spans a hundredfold gap
            return "values far apart"
        ratio = 1.0 if _below_a_bound(a, b) else nearest
        if ratio < settings.undisputed_ratio and not _may_be_disputed(a, b):
            if not staged and not _may_be_revised(a, b):
                # "4.2 million euros in kickbacks" and "300,000 euros in cash": two numbers
                # of one story this far apart are two counts, unless one sets itself
                # against the other ("no more than 600 million CFA francs" against 14.6
                # billion) or revises it
                return "values far apart"
            # "two dead" on the first day, "27 dead" at the week's end: one count at two
            # stages, whose gap says nothing against it
            value = max(value, settings.revised_value)
        if ratio < settings.heads_apart_ratio and _heads_apart(a, b):
            # "only €38mn of contracts" / "nearly €6mn in kickbacks": what they pay for
            # differs, and a dispute over one sum is not over the other
            return "values far apart"
        reason = _figure_veto(a, b)
        if reason:
            return reason
        measure, linked_by_number = _measure_score(a, b, settings)
        if measure == 0.0:
            return "measure"
        return _Agreement(place, date_, value, measure, linked_by_number=linked_by_number)
    reason = _stance_veto(a, b, settings)
    if reason and not (learned and reason in SOFT_VETOES):
        return reason
    return _Agreement(place, date_, soft_veto=reason)


# Vetoes the learned scorer weighs as evidence (`pair_features`) instead of obeying:
# whether a stance speaks of the figure's measure is often unsaid ("the company disputes
# the estimate"), and annotators put such stances with the figures they dispute.
SOFT_VETOES = frozenset({"stance about another measure"})


def _stance_veto(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> str | None:
    if _rival_explanations(a, b, settings):
        return "rival explanations"
    if a.kind == b.kind and _different_acts(a, b, settings):
        return "different acts"
    # the roles of each side's own terms (`term_sets()[0]`), gathered once per profile
    roles_a, roles_b = a.term_set_roles[0], b.term_set_roles[0]
    if a.kind == b.kind and roles_a.rivals(roles_b):
        # India's accusation against Pakistan is not India's denial
        return "rival roles"
    if a.kind == b.kind and roles_a.counters(roles_b):
        # Valdoria's accusation against Kresnia is not Kresnia's against Valdoria
        return "counter-accusation"
    if _other_accused(a, b):
        # the union's charge against the operator is not its charge against the prefecture,
        # however alike the words: in one article, a new charge, not the lede repeated
        return "other accused"
    if a.kind != b.kind:
        # A stance joins a figure's cluster only when it speaks of what the figure counts.
        figure, stance = (a, b) if a.kind == "figure" else (b, a)
        if stance.about_figures and not stance.measure:
            # "industry disputes the numbers": of the figures its story gives; the terms decide
            return None
        if not stance.measure or stance.measure != figure.measure:
            return "stance about another measure"
    return None


def _figure_veto(a: ClaimProfile, b: ClaimProfile) -> str | None:
    if _part_of(a, b) or _part_of(b, a):
        # "dont 41 chez des enfants" is not the 312 cases it is a part of
        return "part of"
    if _rival_sides(a, b):
        # "14 Norvakian soldiers" and "six Peltravan soldiers": two sides' tolls
        return "rival sides"
    if _contrasted(a, b):
        # "54 % ..., contre 46 % pour sa rivale": the sentence sets them apart
        return "contrasted"
    if a.change != b.change:
        # "en hausse de deux points" is a change, "47,3 %" a level
        return "change vs level"
    if a.capacity != b.capacity:
        # "built for 312 inmates" is what the prison holds, "478 inmates" who is there
        return "capacity vs count"
    if a.subarea != b.subarea:
        # turnout "in the northern districts" is not the city's turnout
        return "subarea"
    if a.counted and b.counted and a.counted != b.counted:
        # "14 soldiers killed" and "three civilians killed" are two tolls
        return "counted"
    if a.predicate and b.predicate and a.predicate != b.predicate:
        # "23 hostages were freed" and "11 hostages remain in captivity", "27 inmates were
        # transferred" and "50 inmates took part in the riot": one noun, two counts
        return "predicate"
    if a.projection != b.projection:
        # "pourrait atteindre 600 d'ici la fin du mois" forecasts another total than
        # "312 décès entre le 13 et le 19 juillet"
        return "projection"
    return None


def _measure_score(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings
) -> tuple[float, bool]:
    """How surely two figures count the same measure (0: surely not), and whether only the
    same number links them (it raised what the measures' words give)."""
    score, unlinked = _measure_link(a, b, settings)
    if unlinked and score < settings.same_number_unlinked and _same_number(a, b, settings, True):
        # the same number of some size: words no lexicon links (translations, synonyms,
        # who is counted against what befell them) name one count
        return settings.same_number_unlinked, True
    return score, False


def _heads_apart(a: ClaimProfile, b: ClaimProfile) -> bool:
    """True when two figures name what they pay for or count (`ClaimProfile.heads`) in
    words of one language, none in common ("de marchés" / "de rétrocommissions"). Words of
    two languages meet by their first letters ("contrats" / "contracts") and are never held
    apart: "marchés" may be "contracts"."""
    if not a.heads or not b.heads:
        return False
    if {h.partition(":")[2] for h in a.heads} & {h.partition(":")[2] for h in b.heads}:
        return False
    return bool({h.partition(":")[0] for h in a.heads} & {h.partition(":")[0] for h in b.heads})


def _measure_link(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings
) -> tuple[float, bool]:
    """The measure score from the measures alone, and whether no lexicon relates them
    (then the same number may still show one count)."""
    if a.measure and b.measure:
        if a.measure == b.measure and not _bare_composable(a.measure):
            return 1.0, False
        if a.measure == b.measure:
            # "54 %" and "46 %", of what neither says: not established as one measure
            return settings.bare_measure, True
        if a.measure.split(":")[0] == b.measure.split(":")[0] and (
            ":" not in a.measure or ":" not in b.measure
        ):
            # "58 %" (of what, the sentence does not say) against "61,4 % turnout"
            return settings.bare_vs_refined, True
        if _in_units_of_measurement(a) != _in_units_of_measurement(b) and any(
            _counts_people(m) for m in (a.measure, b.measure)
        ):
            # "claimed the group had offered $300,000" / "300,000 patients affected": a
            # sum, a share or a length is never a count of people, whatever the number
            return 0.0, False
        if _generic_for(a.measure, b.measure) or _generic_for(b.measure, a.measure):
            # "quatre cas" in a doping story against "seven positive tests": a generic
            # word for what the other names exactly
            return settings.generic_vs_specific, True
        written_in = a.measure in b.also_measures or b.measure in a.also_measures
        # "23 blessés ont été évacués" (evacuated) / "23 people were injured": the counted
        # noun of one names the other's measure
        by_unit = unit_measure(a.unit) == b.measure or unit_measure(b.unit) == a.measure
        if by_unit or (written_in and (_who_measure(a.measure) or _who_measure(b.measure))):
            # "two soldiers" / "deux soldats ... tués": who is counted is written in the
            # other's figure; one count when the number is the same
            if _same_number(a, b, settings):
                return settings.also_measure, False
            return settings.unit_word_mismatch, True
        unknown_a, unknown_b = a.measure.startswith("u:"), b.measure.startswith("u:")
        if unknown_a and unknown_b and _cognates(a.measure, b.measure, settings):
            # "contaminations" / "contaminations", "infectées" / "infected": one word
            return settings.cognate_units, False
        if unknown_a and unknown_b and a.lang == b.lang:
            # "27 sociétés" / "150 localités": in one language another noun most often
            # counts another thing
            return settings.unit_word_mismatch, True
        if unknown_a and unknown_b:
            # "oiseaux" / "birds", "clients" / "customers": translations or synonyms, or not
            return settings.unit_words_unknown, True
        if unknown_a or unknown_b or _who_measure(a.measure) or _who_measure(b.measure):
            # a unit word no lexicon knows, or one naming who is counted ("112 habitants"),
            # against a known measure ("112 disparus"): likely another count
            return settings.unit_word_mismatch, True
        return 0.0, False
    if a.unit and b.unit and a.unit != b.unit and not (a.measure or b.measure):
        # two units no table relates
        return 0.0, True
    if (_in_units_of_measurement(a) and _counts_heads(b)) or (
        _in_units_of_measurement(b) and _counts_heads(a)
    ):
        # "près de sept mois" / "14 people were abducted", "480 million euros" / "6,300
        # people": a length of time, a sum or a share is never a count of people or things
        return 0.0, False
    values = (*a.values, *b.values)
    if a.values and b.values and max(values) < settings.distinctive_value_min:
        # small counts: a story has many ("two missing", "seven trapped", "five in a
        # refuge") and a dispute over one stays close ("seven" / "nine"); large ones are
        # disputed at any ratio (112 000 marchers against 550 000)
        ratio = max(min(x, y) / max(x, y) for x in a.values for y in b.values)
        if ratio < settings.unknown_measure_near_ratio:
            return settings.measure_unknown_far, False
    return settings.measure_unknown, False


def _in_units_of_measurement(profile: ClaimProfile) -> bool:
    """True for a figure measured in a unit of measurement rather than counting heads: a
    length of time, a percentage, a sum, a weight (cluster.yaml `units_of_measurement`)."""
    return (profile.measure or "").split(":")[0] in _measurement_measures()


def _counts_heads(profile: ClaimProfile) -> bool:
    """True for a figure whose unit counts people or things ("people", "soldiers") and whose
    measure is not established otherwise."""
    return (
        not profile.measure and bool(profile.unit) and profile.unit not in _units_of_measurement()
    )


@cache
def _units_of_measurement() -> frozenset[str]:
    """Canonical units that say in what, not what, is counted (cluster.yaml)."""
    return frozenset(_world().get("units_of_measurement") or ())


@cache
def _measurement_measures() -> frozenset[str]:
    measures = {unit_measure(u) for u in _units_of_measurement()}
    return frozenset(measures - {None}) | _unit_only_measures()


@cache
def _unit_only_measures() -> frozenset[str]:
    return frozenset(_world().get("unit_only_measures") or ())


@cache
def _counts_people(measure: str) -> bool:
    """True for a measure counting people: who they are or what befell them (cluster.yaml
    `who_measures`, `event_tolls`)."""
    return _who_measure(measure) or measure.split(":")[0] in _event_tolls()


@cache
def _who_measure(measure: str) -> bool:
    """True for a measure naming who is counted, not what befell them (cluster.yaml
    `who_measures`: residents, workers...)."""
    return measure.split(":")[0] in set(_world().get("who_measures") or ())


def _score(
    a: ClaimProfile,
    b: ClaimProfile,
    settings: ClusterSettings,
    shared: _Agreement,
    terms: float | None = None,
    story: float | None = None,
) -> float:
    """The weighted similarity of two claims no veto keeps apart (`terms` and `story`:
    `_terms_score` and `_story_factor` when the caller has them already)."""
    place, date_ = shared.place, shared.date
    terms = _terms_score(a, b, settings) if terms is None else terms
    story = _story_factor(a, b, settings) if story is None else story
    if a.kind == "figure" and b.kind == "figure":
        if _same_number(a, b, settings, distinctive=True) and (
            a.lang != b.lang or not shared.linked_by_number
        ):
            # headlines in two languages often share no term; the same number of some
            # size is itself evidence of one story. In one language, where headlines of
            # one story share terms, it stands for the story or for the measure no word
            # links, not for both ("41 suspects déférés" / "41 cas de rougeole")
            story = max(story, settings.same_number_story)
        if a.lang != b.lang:
            # headlines in two languages share few terms, and a short article names its
            # actors too seldom for its story terms: the names both articles write decide
            story = max(story, _names_story(a, b, settings))
        w = settings.figure_weights
        score = w["measure"] * shared.measure + w["place"] * place
        score += w["date"] * date_ + w.get("value", 0.0) * shared.value
        if set(a.sides) & set(b.sides):
            # both name the same side ("pour Hélène Castagnet" / "Castagnet ... 46 %"): the
            # entity is established, not merely possible
            score += w.get("sides", 0.0)
        return story * (score + w["terms"] * terms)
    w = settings.stance_weights
    score = w["place"] * place + w["date"] * date_ + w["terms"] * terms
    if a.kind != b.kind:
        score *= settings.cross_kind_factor
    return story * score


def pair_features(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings
) -> dict[str, float | None]:
    """The evidence a learned scorer weighs for two claims no veto keeps apart (see
    `pairmodel`): the rule components and score, and what the two share, each 0..1, or
    None when the claims do not say (no publication date, no headline).

    Raises ValueError for a vetoed pair: a veto is never weighed.
    """
    shared = _judge(a, b, settings, learned=True)
    if isinstance(shared, str):
        raise ValueError(f"vetoed pair ({shared})")
    figures = a.kind == "figure" and b.kind == "figure"
    vocabulary_a, vocabulary_b = a.term_set_roles[0].vocabulary, b.term_set_roles[0].vocabulary
    words = _vocabulary_score(vocabulary_a, vocabulary_b, settings) if not figures else None
    soft = shared.soft_veto
    strangers = _strangers(a, b)
    terms, story = _terms_score(a, b, settings, strangers), _story_factor(a, b, settings)
    features = {
        "rule": 0.0 if soft else _score(a, b, settings, shared, terms, story),
        "stance_off_measure": float(soft == "stance about another measure"),
        "place": shared.place,
        "date": shared.date,
        "terms": terms,
        "story": story,
        "story_shared": (
            min(1.0, len(set(a.story) & set(b.story)) / 4) if a.story and b.story else None
        ),
        "cross_language": float(a.lang != b.lang),
        "published_gap": _published_gap(a, b),
        "concepts": _jaccard(a.concepts, b.concepts),
        "entities": _jaccard(a.entities, b.entities),
        "names": min(1.0, len(set(a.names) & set(b.names)) / 3),
        "same_speaker": float(bool(set(a.speakers) & set(b.speakers))),
        "same_kind": float(a.claim_kind == b.claim_kind),
        "same_polarity": float(a.polarity == b.polarity),
        "figure_vs_stance": float(a.kind != b.kind),
        "words": words or 0.0,
        "no_words": float(words is None),
        **_party_features(a, b, settings, strangers),
        "about_figures": float(a.about_figures or b.about_figures),
        "value": shared.value,
        "measure": shared.measure,
        "same_measure": float(bool(a.measure) and a.measure == b.measure),
        "unknown_measure": float(not a.measure or not b.measure),
        "same_number": float(figures and _same_number(a, b, settings)),
        "distinctive_number": float(figures and _same_number(a, b, settings, distinctive=True)),
        "sides": float(bool(set(a.sides) & set(b.sides))),
        "small_counts": float(
            figures and bool(a.values and b.values) and max((*a.values, *b.values)) < 20
        ),
    }
    return features


def _party_features(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings, strangers: bool
) -> dict[str, float | None]:
    """The party features of `pair_features`: whether the two claims share their accused,
    accuser, denier, or one's denier is the other's accused; a role held by role nouns alone
    read as the other side's named party of that role its article writes (`_story_role`)."""
    accused_a, accused_b = _accused_against(a, b), _accused_against(b, a)
    accusers_a, accusers_b = a.accusers, b.accusers
    deniers_a, deniers_b = a.deniers, b.deniers
    if settings.story_role_parties and a.kind != "figure" and b.kind != "figure":
        story = not strangers and _names_one_story(a, b, settings)
        accused_a, accused_b = _story_roles(
            a, accused_a, b, accused_b, a.accusers, b.accusers, one_story=story
        )
        accusers_a, accusers_b = _story_roles(
            a, a.accusers, b, b.accusers, accused_a, accused_b, "accusation", story
        )
        deniers_a, deniers_b = _story_roles(
            a, a.deniers, b, b.deniers, a.own_charges, b.own_charges, "denial", story
        )
    return {
        "accused": float(_shared_parties(accused_a, accused_b, strangers)),
        "same_accuser": float(_shared_parties(accusers_a, accusers_b, strangers)),
        "same_denier": float(_shared_parties(deniers_a, deniers_b, strangers)),
        # X's denial against an accusation of X
        "answers": float(
            _shared_parties(deniers_a, accused_b, strangers)
            or _shared_parties(deniers_b, accused_a, strangers)
        ),
    }


def _story_roles(
    a: ClaimProfile,
    keys_a: Sequence[str],
    b: ClaimProfile,
    keys_b: Sequence[str],
    others_a: Sequence[str],
    others_b: Sequence[str],
    voiced: str = "",
    one_story: bool = True,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The party keys of one role on each side, each read through the other (`_story_role`).
    `voiced`: the kind of claim (accusation, denial) whose own voice holds the role (accuser,
    denier), read from the role nouns of its source (`voice_roles`) when it wrote nothing
    else ("The main farmers' union in Bordeaux", whatever it resolved to), kept as resolved
    when the story names no one for them. `one_story`: the two claims' articles are of one
    story (see `_story_role`)."""

    def read(
        profile: ClaimProfile, keys: Sequence[str], other: ClaimProfile, other_keys: Sequence[str]
    ) -> tuple[str, ...]:
        own = tuple(keys)
        if voiced and profile.voice_roles and profile.claim_kind == voiced:
            own = profile.voice_roles
        others = others_a if profile is a else others_b
        found = _story_role(profile, own, other, other_keys, others, one_story)
        return tuple(keys) if found == own and own != tuple(keys) else found

    return read(a, keys_a, b, keys_b), read(b, keys_b, a, keys_a)


def _story_role(
    profile: ClaimProfile,
    keys: tuple[str, ...],
    other: ClaimProfile,
    other_keys: Sequence[str],
    others: Sequence[str],
    one_story: bool = True,
) -> tuple[str, ...]:
    """`keys`, the parties `profile` gives one role, or, when it gives it to role nouns alone
    ("the company", "le syndicat", "Families"), the other claim's named party of that role
    when one article of the two writes it next to one of those role nouns or one of their
    kind (`role_names`: "le groupe Hélianthe Résidences" for "the company"), as the only
    actor of that role the other claim names, and `profile` gives it no other role
    (`others`)."""
    if not keys or not all(_role_key(k, profile.lang) for k in keys):
        return keys
    # by kind of organisation only: a person's title ("la professeure", "the president")
    # fits several people of one story, and its article says whom it means
    wanted = {k for k in keys if k.startswith(KIND_KEY)}
    # the other article's word for the actor counts between two articles of one story;
    # the claim's own article's word counts when it writes the name
    entries = (*profile.role_names, *(other.role_names if one_story else ()))
    actors = {
        frozenset(named.split())
        for entry in entries
        for generic, named in [entry.split("|", 1)]
        if generic in wanted
    }
    found = {
        actor
        for actor in actors
        for k in other_keys
        if k in actor and not _role_key(k, other.lang) and k not in others
    }
    if len(found) != 1:
        return keys
    (actor,) = found
    return tuple(k for k in other_keys if k in actor)


def _role_key(key: str, lang: str) -> bool:
    """True for the party key of a role noun: generic ("~en:company") or a role noun
    written capitalised ("Families accuse...": famili)."""
    return key.startswith(GENERIC_PARTY) or key in _role_name_keys(lang)


@cache
def _role_name_keys(lang: str) -> frozenset[str]:
    nouns, _ = _role_nouns(lang)
    return frozenset(name_key(n) for n in nouns)


def _jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 0.0


def _published_gap(a: ClaimProfile, b: ClaimProfile) -> float | None:
    """Days between the two articles' publication, as a share of a month (1 beyond)."""
    da, db = _as_date(parse_iso(a.published)), _as_date(parse_iso(b.published))
    if da is None or db is None:
        return None
    return min(1.0, abs((da - db).days) / 30)


def _scored(a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings) -> tuple[float, float]:
    """The pair's score under the configured scorer, and the score it must reach to join."""
    figures = a.kind == "figure" and b.kind == "figure"
    if settings.scorer == "learned" or (settings.scorer == "hybrid" and not figures):
        try:
            features = pair_features(a, b, settings)
        except ValueError:
            return 0.0, 1.0
        scorer = load_model(settings.pair_model).scorer(figures)
        return scorer.probability(features), scorer.threshold
    threshold = settings.threshold if figures else settings.stance_threshold
    return similarity(a, b, settings), threshold


def best_match(
    profile: ClaimProfile,
    candidates: Iterable[tuple[int, ClaimProfile]],
    settings: ClusterSettings,
) -> int | None:
    """The candidate cluster id most similar to `profile` at or above the threshold.

    Ties go to the lowest (oldest) cluster id, so results do not depend on candidate order.
    """
    found = matches(profile, candidates, settings)
    return found[0] if found else None


def matches(
    profile: ClaimProfile,
    candidates: Iterable[tuple[int, ClaimProfile]],
    settings: ClusterSettings,
) -> list[int]:
    """The candidate cluster ids `profile` may join (at or above the threshold), the most
    similar first; ties go to the lowest (oldest) id."""
    scored: list[tuple[float, int]] = []
    for cluster_id, representative in candidates:
        score, threshold = _scored(profile, representative, settings)
        if score >= threshold:
            scored.append((-score, cluster_id))
    return [cluster_id for _, cluster_id in sorted(scored)]


def one_measure(
    joined: ClaimProfile,
    other: ClaimProfile,
    settings: ClusterSettings,
    newcomer: ClaimProfile | None = None,
) -> bool:
    """True when two figure clusters count one measure and should be one cluster: a
    newcomer qualified for both (the caller's evidence), and the representative of the one
    it joined, as it was before the newcomer, has the other's measure, a number near one of
    the other's (`absorb_near_ratio`) and meets it at the threshold; or the `newcomer`
    gives the number of one and its sentence the other's as another stage of its count
    ("23 foyers jeudi soir, contre 14 lundi" between "14 élevages" and "23 farms").

    A toll that grows (9, 12, 21, 27 dead) or a disputed forecast (4.7 % against 5.1-5.3 %)
    ends up in two clusters when a source's figure found a better match elsewhere and later
    ones followed it; the claim that could join both shows they are one count."""
    if joined.kind != "figure" or other.kind != "figure":
        return False
    if (
        newcomer is not None
        and newcomer.stages
        and _bridges(newcomer, joined, other, settings)
        and veto(joined, other, settings) is None
    ):
        return True
    if not joined.measure or joined.measure != other.measure or _bare_composable(joined.measure):
        # one measure both clusters name: a bare "%" says too little to merge whole clusters
        return False
    if not joined.values or not other.values:
        return False
    nearest = max(min(x, y) / max(x, y) for x in joined.values for y in other.values)
    if nearest < settings.absorb_near_ratio:
        # a representative remembers all its numbers: two counts of one measure ("170
        # dead" in a town, "3 840" in the country) meet at some ratio; one count's
        # developing or disputed numbers overlap
        return False
    score, threshold = _scored(joined, other, settings)
    return score >= threshold


def _bridges(
    newcomer: ClaimProfile, joined: ClaimProfile, other: ClaimProfile, settings: ClusterSettings
) -> bool:
    """True when `newcomer`'s number is one cluster's and a stage its sentence sets against
    it is the other's."""
    own = replace(newcomer, stages=())
    return (_staged(newcomer, joined, settings) and _same_number(own, other, settings)) or (
        _staged(newcomer, other, settings) and _same_number(own, joined, settings)
    )


def merge_profiles(representative: ClaimProfile, member: ClaimProfile) -> ClaimProfile:
    """The cluster representative after `member` joined it.

    The scope (measure once known, place, explicit date) never changes; the representative
    only gains what it lacked: a measure, an explicit date that agrees with its own, headline
    terms, and (figure clusters only) the member's terms. Earlier assignments are untouched;
    later claims see a fuller profile. Store the result (and its block keys) in place of the
    old representative.
    """
    measure = representative.measure or member.measure
    if measure and _bare_composable(measure) and (member.measure or "").startswith(f"{measure}:"):
        # a bare "percent" cluster learns what its percentages measure, so that a
        # percentage of something else no longer joins it
        measure = member.measure
    event_date, strength = representative.event_date, representative.date_strength
    if strength != "explicit" and member.date_strength == "explicit":
        event_date, strength = member.event_date, member.date_strength
    merged = replace(
        representative,
        measure=measure,
        counted=representative.counted or member.counted,
        sides=representative.sides or member.sides,
        unit=representative.unit or member.unit,
        event_date=event_date,
        date_strength=strength,
        story=_unique((*representative.story, *member.story)),
        story_names=_unique((*representative.story_names, *member.story_names))[
            : profile_settings().story_max_names * 2
        ],
    )
    if representative.kind != "figure":
        merged = replace(
            merged, role_names=_unique((*representative.role_names, *member.role_names))
        )
        # the member's own terms, and those of the stances that followed it in its article
        exemplars = _add_exemplar(representative.exemplars, member)
        limit = profile_settings().max_exemplars
        for followed in member.exemplars:
            if len(exemplars) < limit and followed not in exemplars:
                exemplars = (*exemplars, followed)
        merged = replace(merged, exemplars=exemplars)
    if representative.kind == "figure":
        # A figure cluster is defined by measure, place and date; its terms only guard
        # against other stories, so it may gather them. A stance cluster is defined by its
        # terms: letting them grow would let it drift to the opposite proposition.
        limit_values = profile_settings().max_values
        values = tuple(dict.fromkeys((*representative.values, *member.values)))[:limit_values]
        merged = replace(
            merged,
            entities=_unique((*representative.entities, *member.entities)),
            concepts=_unique((*representative.concepts, *member.concepts)),
            values=values,
            heads=_unique((*representative.heads, *member.heads)),
            stages=_unique_values((*representative.stages, *member.stages))[:limit_values],
        )
    return replace(merged, block_keys=block_keys(merged))


def _names_several_acts(profile: ClaimProfile) -> bool:
    """True when a stance names two or more acts (cluster.yaml `act_concepts`)."""
    acts = profile_settings().act_concepts
    return len(set(profile.concepts) & acts) > 1


def follow_targets(claims: Sequence[Claim], lang: str) -> list[int | None]:
    """For each claim of one article, the index of the earlier claim whose cluster it
    belongs to, or None (cluster it on its own profile).

    - `Claim.denies` when set.
    - A claim without a figure that goes on with the previous claim (see `_continues`).
    - A denial without a figure ("Pyongyang nie ces accusations", "Nous nous étonnons de
      voir notre nom mêlé à ces chiffres"): the nearest earlier claim in which the same
      source denies a figure, else the nearest earlier accusation naming the denier (when
      the source is that entity itself, not e.g. "Eastern Libyan health ministry"), else
      the last accusation when the denial points back at it ("ces accusations") or when
      fewer than `denial_reach` other sentences lie between them.
    - A statement without a figure that points back at figures ("Ces chiffres devraient
      augmenter", "these figures"): the first claim of the nearest earlier sentence that
      carries a figure.
    - Any other claim without a figure, not a denial, that names a count and its measure
      ("Le bilan pourrait s'alourdir", "the number of displaced could rise"): the nearest
      earlier figure of that measure (see `_previous_figure_of_measure`).
    The service layer puts such a claim in its target's cluster (`tracker.assign`).
    """
    tabs = tables(lang)
    targets: list[int | None] = []
    for index, claim in enumerate(claims):
        if claim.denies is not None and _may_answer(claims, index, claim.denies, lang):
            targets.append(claim.denies)
            continue
        target = None
        if claim.figure is None and index > 0 and _continues(claims[index - 1], claim, tabs):
            target = index - 1
        if target is None and claim.figure is None and claim.kind == "denial":
            target = _denied_claim(claims, index, lang)
        if target is None and claim.figure is None and _refers_to_figures(claim, tabs):
            target = _previous_figure_claim(claims, index)
        if target is None and claim.figure is None and _disputes_nothing_named(claim, tabs):
            # "Les industriels contestent.", "The industry disputes this.": right after a
            # figure, a denial that names nothing of its own disputes that figure
            target = _figure_just_before(claims, index)
        # a denial naming a count ("seul son ministère est habilité à communiquer le bilan")
        # disputes who may speak more than it speaks of the count
        if (
            target is None
            and claim.figure is None
            and claim.kind != "denial"
            and _mentions_any(claim.sentence, tabs.count_nouns)
        ):
            target = _previous_figure_of_measure(claims, index, lang)
        targets.append(target)
    return targets


def _continues(previous: Claim, claim: Claim, tabs: LanguageTables) -> bool:
    """True when `claim` goes on with `previous`: same speaker and kind, no figure, and a
    quote or a pronoun for source ("X a démenti toute négligence. « Notre site a été
    contrôlé », a-t-il déclaré"), without "also"/"aussi" announcing a new point."""
    if previous.figure is not None or previous.sentence == claim.sentence:
        return False
    if previous.kind != claim.kind:
        return False
    if previous.attribution.canonical != claim.attribution.canonical:
        return False
    folded = fold(claim.sentence)
    if _has_phrase(folded, tabs.new_point_markers):
        return False
    quoted = claim.sentence.lstrip()[:1] in "«\"“‘'"
    source = fold(claim.attribution.source or "").strip()
    pronoun = source in tabs.pronouns
    # "Selon ses calculs", "his own figures": the source points back at the previous speaker
    words = source.split()
    possessive = len(words) >= 2 and words[0] in tabs.possessives
    return quoted or pronoun or possessive


def _denied_claim(claims: Sequence[Claim], index: int, lang: str) -> int | None:
    """The earlier claim a figure-less denial answers (see `follow_targets`)."""
    source = claims[index].attribution.canonical
    earlier = range(index - 1, -1, -1)
    same_source_denial = (
        j
        for j in earlier
        if claims[j].figure is not None
        and claims[j].polarity == "deny"
        and claims[j].attribution.canonical == source
    )
    found = next(same_source_denial, None)
    # a source is a name from its first word on ("Norcastle", not a sentence's opening word)
    denier = set(source_entities(source, lang, whole=True))
    denier |= {f"n:{n}" for n in proper_names(source, lang, openers=True)}
    if found is not None:
        return _stance_twin(claims, found, lang, index)
    denied_acts = _acts_named(claims[index].sentence, lang)
    # An accusation of another act is not what this denial answers ("denied taking any
    # banned substance" does not answer "the agency leaked the results").
    accusations = [
        j
        for j in earlier
        if claims[j].kind == "accusation"
        and claims[j].attribution.canonical != source
        and _acts_compatible(denied_acts, _acts_named(claims[j].sentence, lang))
    ]
    naming = (j for j in accusations if denier & _named_entities(claims[j], lang))
    found = next(naming, None)
    if found is not None:
        return found
    if not accusations:
        if any(claims[j].kind == "accusation" for j in range(index)):
            return None  # the article's charges are its accusations, none of them this one
        return _answered_statement(claims, index, lang, denier)
    nearest = accusations[0]
    # "La direction n'a rien fait », a accusé X. La direction, elle, dénonce des allégations
    # sans fondement": a denial right after an accusation answers it, and "rejette ces
    # accusations" points back at the last one however far; further back, a denial answers
    # the nearest accusation ("« Aucun euro de Filtrium n'a servi à cette étude », insiste
    # la professeure") unless that one is aimed at someone else by name ("the AICD had
    # leaked the results" is not what the rider denies).
    if _mentions_any(claims[index].sentence, tables(lang).accusation_anaphora):
        return nearest
    near = _sentences_between(claims, nearest, index) < _denial_reach()
    if near and _may_answer(claims, index, nearest, lang):
        return nearest
    return next((j for j in accusations if _may_answer(claims, index, j, lang)), None)


def _stance_twin(claims: Sequence[Claim], found: int, lang: str, index: int) -> int:
    """The denial without a figure that claim `found`'s source makes in `found`'s sentence,
    when a later denial of that source answers it rather than the figure: "X has denied
    selling thousands more tickets than the stadium could hold" gives a denial and a figure
    ("thousands"); "« These claims are false », the chief executive said" goes on with the
    denial. A later denial that speaks of figures ("these figures") disputes the figure."""
    if _refers_to_figures(claims[index], tables(lang)):
        return found
    denier = claims[found].attribution.canonical
    twins = (
        j
        for j, claim in enumerate(claims[:index])
        if claim.sentence == claims[found].sentence
        and claim.start == claims[found].start
        and claim.figure is None
        and claim.kind == "denial"
        and claim.attribution.canonical == denier
    )
    return next(twins, found)


def _answered_statement(
    claims: Sequence[Claim], index: int, lang: str, denier: set[str]
) -> int | None:
    """The earlier claim without a figure a denial answers when the article reports no
    accusation before it: the charge was written as a plain statement ("the region asked
    Norcastle to repay the aid", "le syndicat juge ces chiffres sous-estimés").

    A statement of another source naming the denier, fewer than `denial_reach` sentences
    before ("Norcastle said it had met every commitment"); else, when the denial points back
    at a charge ("rejette ces accusations de minimisation", "dismissed accusations that..."),
    the nearest statement of another source, if only figures or the two parties' own claims
    lie between (a third party's statement in between is another subject)."""
    denial = claims[index]
    statements = [
        j
        for j in range(index - 1, -1, -1)
        if claims[j].kind == "statement"
        and claims[j].figure is None
        and claims[j].attribution.canonical != denial.attribution.canonical
        and _may_answer(claims, index, j, lang)
    ]
    if not statements:
        return None
    naming = next(
        (
            j
            for j in statements
            if _sentences_between(claims, j, index) < _denial_reach()
            and denier & _named_entities(claims[j], lang)
        ),
        None,
    )
    if naming is not None:
        return naming
    nearest = statements[0]
    parties = {claims[nearest].attribution.canonical, denial.attribution.canonical}
    third_party = any(
        c.figure is None and c.attribution.canonical not in parties
        for c in claims[nearest + 1 : index]
    )
    if not third_party and _mentions_any(denial.sentence, tables(lang).accusation_anaphora):
        return nearest
    return None


def _sentences_between(claims: Sequence[Claim], first: int, last: int) -> int:
    """How many other sentences lie between the sentences of claims `first` and `last`,
    counting only sentences that carry a claim (the claims are all the article shows)."""
    between = {c.sentence for c in claims[first + 1 : last]}
    return len(between - {claims[first].sentence, claims[last].sentence})


def _aimed_elsewhere(accusation: Claim, denier: str, lang: str) -> bool:
    """True when an accusation names people or bodies outside its source's words (proper
    names no place lexicon knows), and mentions the denier nowhere: "It renewed its charge
    that the AICD had leaked confidential results" is not what the rider who "maintains his
    innocence" answers."""
    tabs = tables(lang)
    folded = fold(accusation.sentence)
    span = _attribution_span(accusation, folded)
    text = _mask(accusation.sentence, *span) if span else accusation.sentence
    # places are where, not whom: lexicon places, and names after a place preposition
    # ("1,200 posts were vacant across Wallonia")
    places = [(m.start, m.end) for m in tabs.places.find(fold(text))]
    places += [
        (m.end(), m.end() + 2)  # the space and the first letter of the next word
        for m in _any_phrase_regex(tabs.place_prepositions).finditer(fold(text))
    ]
    named = {name_key(n) for n in proper_names(text, lang, 0, places)}
    # the party accused in the sentence before, when this one only carries on the speaker's
    # charge ("« Elle savait et n'a rien fait », martèle son secrétaire général")
    carried = accusation.extras.get("accused_carried", "")
    named |= {name_key(n) for n in proper_names(carried, lang)}
    named -= {name_key(n) for n in proper_names(accusation.attribution.canonical or "", lang)}
    if not named:
        return False
    words = {name_key(w) for w in _plain_words(f"{text} {carried}")}
    denier_words = {name_key(w) for w in _plain_words(denier)}
    denier_words = {w for w in denier_words if len(w) > 2 and w not in tabs.stopwords}
    return not denier_words & words


def _may_answer(claims: Sequence[Claim], index: int, target: int, lang: str) -> bool:
    """Whether claim `index` may answer the earlier claim `target` (the extraction's
    `Claim.denies`): always when both name the one act the accusation names (a headline
    naming two is ambiguous), never when they name different acts
    ("denied taking any banned substance" does not answer "the agency leaked the
    results"), and otherwise unless the accusation is aimed at someone else by name (see
    `_aimed_elsewhere`)."""
    if not 0 <= target < index:
        return False
    denial, answered = claims[index], claims[target]
    denied_acts = _acts_named(denial.sentence, lang)
    answered_acts = _acts_named(answered.sentence, lang)
    if denied_acts & answered_acts and len(answered_acts) == 1:
        return True
    if not _acts_compatible(denied_acts, answered_acts):
        return False
    return answered.kind != "accusation" or not _aimed_elsewhere(
        answered, denial.attribution.canonical, lang
    )


def _plain_words(text: str) -> list[str]:
    """Folded words without elided articles or edge quotes ("d'Armorichim" -> armorichim)."""
    words = (re.sub(r"^[a-z]'", "", w).strip("'-") for w in re.findall(r"[\w'\-]+", fold(text)))
    return [w for w in words if w]


def _acts_compatible(acts: set[str], other: set[str]) -> bool:
    """False when both name acts and none in common."""
    return not acts or not other or bool(acts & other)


def _acts_named(sentence: str, lang: str) -> set[str]:
    """The acts (cluster.yaml `act_concepts`) a sentence names."""
    acts = profile_settings().act_concepts
    return {m.key for m in tables(lang).concepts.find(fold(sentence))} & acts


def _mentions_any(sentence: str, phrases: Sequence[str]) -> bool:
    return _has_phrase(fold(sentence), tuple(phrases))


def _denial_reach() -> int:
    return profile_settings().denial_reach


def _refers_to_figures(claim: Claim, tabs: LanguageTables) -> bool:
    """True when the sentence points back at figures given before ("ces chiffres"), or
    names a count without saying what it counts ("MSF disputes the official figures", "un
    chiffre que les élus jugent sous-estimé"): the count is one the article gave."""
    folded = fold(claim.sentence)
    if _has_phrase(folded, tabs.figure_anaphora):
        return True
    span = _attribution_span(claim, folded)
    own = _mask(folded, *span) if span else folded  # "a senior opposition figure said"
    reach = profile_settings().count_noun_reach_chars
    # a count noun after a determiner or a dispute verb ("the official figures", "disputes
    # numbers"), not a noun's modifier ("passport numbers")
    nouns = [
        noun
        for noun in _any_phrase_regex(tabs.count_nouns).finditer(own)
        if _counts_after(own[: noun.start()], tabs)
    ]
    measures = tabs.measures.find(own)
    return bool(nouns) and not any(
        noun.start() - reach // 2 <= m.start <= noun.end() + reach
        for noun in nouns
        for m in measures
    )


def _counts_after(before: str, tabs: LanguageTables) -> bool:
    """True when the text before a count noun ends in a determiner or a dispute verb, one
    adjective apart at most ("le bilan", "the official figures", "disputes numbers"), or
    is empty ("Des chiffres contestés par les organisateurs" begins with its article)."""
    words = re.findall(r"[\w']+", before)[-2:]
    if not words:
        return True
    return any(
        word in tabs.count_determiners or word.split("'")[0] + "'" in tabs.count_determiners
        for word in words
    ) or _has_phrase(" ".join(words), tabs.dispute_verbs)


def _disputes_nothing_named(claim: Claim, tabs: LanguageTables) -> bool:
    """True for a denial by a dispute verb (<lang>/topics.yaml `dispute_verbs`: one
    disputes a count, denies an act) with no word of its own besides its source, the verb
    and function words ("Les industriels contestent", "The industry disputes this"); "conteste
    la méthode" names what it disputes."""
    folded = fold(claim.sentence)
    if claim.kind != "denial" or not _has_phrase(folded, tabs.dispute_verbs):
        return False
    span = _attribution_span(claim, folded)
    own = _mask(folded, *span) if span else folded
    verbs = _any_phrase_regex(tabs.dispute_verbs)
    rest = [
        word
        for word in re.findall(r"[^\W\d_]+", verbs.sub(" ", own))
        if len(word) > 2 and word not in tabs.stopwords and word not in tabs.pronouns
    ]
    return not rest


def _figure_just_before(claims: Sequence[Claim], index: int) -> int | None:
    """The first figure of the nearest earlier sentence carrying one, when fewer than
    `denial_reach` other sentences lie between it and claim `index`."""
    first = _previous_figure_claim(claims, index)
    if first is None:
        return None
    target = next(j for j in range(first, index) if claims[j].figure is not None)
    return target if _sentences_between(claims, target, index) < _denial_reach() else None


def _previous_figure_claim(claims: Sequence[Claim], index: int) -> int | None:
    """First claim of the nearest earlier sentence that carries a figure."""
    for j in range(index - 1, -1, -1):
        if claims[j].figure is not None and claims[j].sentence != claims[index].sentence:
            sentence = claims[j].sentence
            first = j
            while first > 0 and claims[first - 1].sentence == sentence:
                first -= 1
            return first
    return None


def _previous_figure_of_measure(claims: Sequence[Claim], index: int, lang: str) -> int | None:
    """The nearest earlier figure of the article counting what a statement without a number
    speaks of ("Le bilan pourrait s'alourdir", "the number of displaced could rise
    further"): the statement is about that count. The measure must be the count noun's own
    (the noun itself, or a word right around it), not any word of the sentence."""
    tabs = tables(lang)
    folded = fold(claims[index].sentence)
    reach = profile_settings().count_noun_reach_chars
    measures = {
        m.key
        for noun in _any_phrase_regex(tabs.count_nouns).finditer(folded)
        for m in tabs.measures.find(folded)
        if noun.start() - reach // 2 <= m.start <= noun.end() + reach
    }
    if len(measures) != 1:
        return None
    measure = measures.pop()
    earlier = [j for j in range(index - 1, -1, -1) if claims[j].figure is not None]
    for j in earlier:
        if profile_claim(claims[j], lang, None).measure == measure:
            return j
    if earlier and measure in profile_settings().generic_count_measures:
        # "se félicite d'un bilan" in a story counting arrests: "bilan" names a death toll
        # only when there is one; else the count the article gave last
        return _previous_figure_claim(claims, index)
    return None


def _named_entities(claim: Claim, lang: str) -> set[str]:
    """Entities and places named in a claim's sentence outside its source's words, and its
    folded words as "n:" names (to meet the names of a denier unknown to the lexicons)."""
    tabs = tables(lang)
    folded = fold(claim.sentence)
    span = _attribution_span(claim, folded)
    text = _mask(folded, *span) if span else folded
    found = {m.key for m in tabs.entities.find(text)} | {m.key for m in tabs.places.find(text)}
    # "Norcastle's Valtéa subsidiary" names Norcastle (<lang>/lexicon.yaml
    # `source_possessive_end`)
    possessive = lexicon(lang).source_possessive_end
    words = {"n:" + possessive.sub("", w) for w in re.findall(r"[\w'’\-]+", text)}
    return found | {g for e in found for g in entity_groups(e)} | words


def explain_similarity(
    a: ClaimProfile, b: ClaimProfile, settings: ClusterSettings
) -> dict[str, Any]:
    """The components behind `similarity`, and the score and threshold of the configured
    scorer (for debugging and reports)."""
    score, threshold = _scored(a, b, settings)
    return {
        "veto": veto(a, b, settings),
        "place": _place_score(a, b, settings),
        "date": _date_score(a, b, settings),
        "terms": _terms_score(a, b, settings),
        "story": _story_factor(a, b, settings),
        "similarity": similarity(a, b, settings),
        "scorer": settings.scorer,
        "score": score,
        "threshold": threshold,
    }
