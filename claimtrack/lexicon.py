"""Typed access to the per-language tables in `claimtrack/data/<lang>/lexicon.yaml`.

Every regular expression is compiled once per language (cached); extraction code only
reads these objects and never branches on the language code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimtrack.resources import load_data

FLAGS = re.IGNORECASE | re.UNICODE
# Word characters plus in-word apostrophes and hyphens ("aujourd'hui", "porte-parole").
WORD = r"[\w'’-]"


def alternation(items: list[str], escape: bool) -> str:
    """A non-capturing alternation, longest first so that multi-word entries win."""
    parts = sorted({re.escape(item) if escape else item for item in items}, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


def _complementiser(raw: dict[str, Any]) -> str:
    """A complementiser and the space after it, or its elided form ("qu'")."""
    return rf"{alternation(raw['complementisers'], escape=True)}(?:\s+|(?<=['’]))"


def _word_regex(items: list[str], escape: bool = False, elided: bool = False) -> re.Pattern[str]:
    """Match any entry as a whole word (no letter directly before or after); with `elided`,
    also right after an elided article or pronoun ("s'apprêteraient")."""
    before = r"(?<![\w-])" if elided else r"(?<![\w'’-])"
    return re.compile(rf"{before}{alternation(items, escape)}(?![\w-])", FLAGS)


def _verb_regex(items: list[str]) -> re.Pattern[str]:
    """Like `_word_regex`, but a hyphen may follow: inverted clitics ("ajoute-t-elle")."""
    return re.compile(rf"(?<![\w'’-]){alternation(items, escape=False)}(?!\w)", FLAGS)


def _nominal(table: dict[str, list[str]], kind: str) -> re.Pattern[str]:
    """A denial/accusation noun followed by its linking word: "les dénégations DE"."""
    nouns = alternation(table[kind], escape=False)
    links = alternation([re.escape(x) for x in table["link"]], escape=False)
    return re.compile(rf"(?<![\w'’-]){nouns}\s+{links}(?:(?<=['’])|\s+)", FLAGS)


@dataclass(frozen=True, slots=True)
class VerbTable:
    """Reporting, denial and accusation verbs of one language, as compiled patterns."""

    report: re.Pattern[str]
    # Speech verbs that only report speech next to a quotation ("a lancé", "added").
    report_with_quote: re.Pattern[str]
    # Verbs that only attribute a figure ("put the toll at", "figures show"): no statement alone.
    report_with_figure: re.Pattern[str]
    # Stance verbs that make a statement only when negated ("n'accepte pas", "does not accept").
    negated_stance: re.Pattern[str]
    deny: re.Pattern[str]
    accuse: re.Pattern[str]
    # Forms that are also nouns: a verb match on them is dropped right after a determiner.
    noun_like: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the segmenter and the extractor know about one language."""

    lang: str
    abbreviations: frozenset[str]
    # Abbreviations that end a sentence before a capital ("sur sept. Le", "etc. The").
    final_abbreviations: frozenset[str]
    heading_max_words: int
    duplicate_min_chars: int
    sentence_max_chars: int
    furniture_line: re.Pattern[str]
    end_of_article: re.Pattern[str]
    dateline: re.Pattern[str]
    determiners: tuple[str, ...]
    determiner_prefix: re.Pattern[str]
    title_prefix: re.Pattern[str]
    role_nouns: frozenset[str]
    source_prefix: re.Pattern[str]
    answered_noun_prefix: re.Pattern[str]
    source_preposition: re.Pattern[str]
    source_preposition_strict: re.Pattern[str]
    source_heads: frozenset[str]
    trailing_aux: re.Pattern[str]
    # Words of the longest `trailing_aux` entry ("pour leur part"): how far back it reaches.
    trailing_aux_words: int
    auxiliary: re.Pattern[str]
    adverb: re.Pattern[str]
    pronoun: re.Pattern[str]
    not_subject: re.Pattern[str]
    relative_pronoun: re.Pattern[str]
    clause_boundary: re.Pattern[str]
    coordinator: re.Pattern[str]
    leading_connective: re.Pattern[str]
    source_stop: re.Pattern[str]
    inverted_pronoun: re.Pattern[str]
    inverted_clitic: re.Pattern[str]
    # A verb in the infinitive after a reporting verb ("affirme AVOIR recueilli…"): the
    # reported clause, never an inverted subject.
    infinitive: re.Pattern[str]
    # A time phrase built on a verb ("créée IL Y A DIX JOURS"): no clause of its own.
    time_ago: re.Pattern[str]
    # A conjunction that sets a second speaker's count against the first ("X compte deux
    # blessés, LÀ OÙ Y en dénombrait trois"): no relative clause about the figure before.
    contrast_conjunction: re.Pattern[str]
    impersonal_pronoun: re.Pattern[str]
    person_pronoun: re.Pattern[str]
    age_apposition: re.Pattern[str]
    # An age glued into a description of a person ("a 29-year-old nurse"): no count.
    age_compound: re.Pattern[str]
    impersonal_source_link: re.Pattern[str]
    verbs: VerbTable
    participle: re.Pattern[str]
    passive_accuse: re.Pattern[str]
    passive_deny: re.Pattern[str]
    passive_report: re.Pattern[str]
    # Passive participles of counting or measuring ("relevées par Météo-France"): figures only.
    passive_report_figure: re.Pattern[str]
    nominal_deny: re.Pattern[str]
    nominal_accuse: re.Pattern[str]
    clitic: re.Pattern[str]
    gerund_marker: re.Pattern[str]
    denial_terms: re.Pattern[str]
    self_denial_terms: re.Pattern[str]
    # A dismissive verdict on what is answered: a dismissive word as the verdict of a
    # qualifying frame ("called the claim 'a crude attempt…'", "qualifie ces chiffres de
    # « fantaisistes »"), and the dismissive words alone (a short quoted reply: "« Grotesque »").
    dismissal: re.Pattern[str]
    dismissive_terms: re.Pattern[str]
    dismissal_quote_words: int
    accusation_terms: re.Pattern[str]
    anaphora_accusation: re.Pattern[str]
    anaphora_figure: re.Pattern[str]
    hedge: re.Pattern[str]
    conditional: re.Pattern[str]
    hedge_exceptions: frozenset[str]
    anonymous: re.Pattern[str]
    unnamed_person: re.Pattern[str]
    preposition: re.Pattern[str]
    agent_preposition: re.Pattern[str]
    past_participle_needs_aux: bool
    non_finite_suffixes: tuple[str, ...]
    bare_noun_subjects: bool
    figure_barrier: re.Pattern[str]
    negation: re.Pattern[str]
    passive_auxiliary: re.Pattern[str]
    possessive: re.Pattern[str]
    possessive_figure: re.Pattern[str]
    fuzzy_threshold: float
    noun_like_needs_past_or_aux: bool
    past_suffixes: tuple[str, ...]
    # Endings of the past participles that modify a noun ("la liste battue", "a list defeated").
    participle_suffixes: tuple[str, ...]
    toll_objects: frozenset[str]
    # Documents that state findings ("une étude estimant que", "the report found").
    speaking_documents: frozenset[str]
    # Prepositions that open a role's portfolio ("vice-présidente AUX communications").
    role_complements: frozenset[str]
    indefinite_prefix: re.Pattern[str]
    role_link: re.Pattern[str]
    role_links_words: frozenset[str]
    local_roles: frozenset[str]
    name_particles: frozenset[str]
    # "Senegal'S": endings of a possessor word (str.endswith takes the tuple).
    possessive_suffixes: tuple[str, ...]
    fuzzy_min_length: int
    proposition_negation: re.Pattern[str]
    weak_negation: re.Pattern[str]
    negation_reach_words: int
    # Words opening a condition ("si", "unless"): a negation inside the condition does not
    # negate the claim it conditions.
    conditional_openers: re.Pattern[str]
    # Punctuation, quotes and a complementiser opening a reported clause, to strip.
    complementiser: re.Pattern[str]
    # A complementiser alone, matched where a word starts (`pattern.match(text, start)`).
    complementiser_word: re.Pattern[str]
    reply_verbs: re.Pattern[str]
    answer_reach_sentences: int
    answer_anaphora: re.Pattern[str]
    speaker_role_link: re.Pattern[str]
    speaker_role_possessive: re.Pattern[str]
    speaker_role_premodified: re.Pattern[str]
    leads_organisation: re.Pattern[str]
    name_articles: frozenset[str]
    portfolio_role: re.Pattern[str]
    headline_attribution: re.Pattern[str]
    # "les 3,2 % AFFICHÉS PAR la ministre", "the 45,000 CLAIMED BY the ministry".
    figure_agent: re.Pattern[str]
    # "et non 61,4 % COMME L'A ANNONCÉ la présidente", "AS ANNOUNCED BY the ministry".
    figure_comparison: re.Pattern[str]
    # "3,5 millions POUR la CGT", and the words that set a figure against another ("contre").
    figure_source_link: re.Pattern[str]
    figure_contrast: re.Pattern[str]
    non_assertion: re.Pattern[str]
    organisation_heads: frozenset[str]
    person_descriptions: frozenset[str]
    representative_of: re.Pattern[str]
    # "un porte-parole de l'armée", "a spokesman for the ministry": an unnamed representative
    # and the body, named or not, that speaks through them.
    representative_for: re.Pattern[str]
    # A possessive that ends a source: "Pakistan'S claim that…" names Pakistan.
    source_possessive_end: re.Pattern[str]
    representative_before: re.Pattern[str]
    # "des organismes, COMME Conflict Armament Research": a named example of a vague source.
    example_marker: re.Pattern[str]
    # "the LOCAL electoral commission": words that name no body of their own.
    vague_modifiers: frozenset[str]
    # Words before a role that qualify it, not a body ("FORMER spokesman John Reed").
    role_modifiers: frozenset[str]
    # Words that put a role in the past ("FORMER chief accountant", "l'EX-directeur").
    former_role_markers: frozenset[str]
    # Kinds of organisation and the nouns that describe one ("company": "groupe", "usine"…).
    organisation_classes: dict[str, frozenset[str]]
    # How a descriptive noun stands to a name ("noun_name", "name_noun", "apposition"), and
    # endings of capitalised adjectives ("Palestinian").
    organisation_name_orders: tuple[str, ...]
    name_adjective_suffixes: tuple[str, ...]
    # "Aerovia Group", "Acme Inc.": legal forms and group words ending a company's name.
    legal_suffixes: frozenset[str]
    group_suffixes: frozenset[str]
    # The organisation kind a name with a legal form belongs to ("company").
    legal_kind: str | None
    # "Quant au service Copernicus, il…": a topic the next pronoun takes up.
    topic_marker: re.Pattern[str]
    # Whether "11 350 hectares (Copernicus)" gives the figure to the bracketed name.
    bracketed_name_sources: bool


def _expand_verbs(
    entries: list[str],
    conjugations: dict[str, str],
    alternations: list[dict[str, Any]] | None = None,
) -> tuple[list[str], list[str]]:
    """Turn "stem|class" entries into regexes; return (all forms, noun-like forms)."""
    forms: list[str] = []
    noun_like: list[str] = []
    for entry in entries:
        ambiguous = entry.startswith("!")
        entry = entry.lstrip("!")
        stem, _, klass = entry.rpartition("|")
        pattern = f"{stem}{conjugations[klass]}" if stem and klass in conjugations else entry
        if stem and klass in conjugations:
            pattern = "|".join([pattern, *_alternated(stem, klass, alternations or [])])
            pattern = f"(?:{pattern})" if "|" in pattern else pattern
        forms.append(pattern)
        if ambiguous:
            noun_like.append(pattern)
    return forms, noun_like


def _alternated(stem: str, klass: str, alternations: list[dict[str, Any]]) -> list[str]:
    """The forms whose stem changes before some endings (lexicon.yaml `stem_alternations`):
    "relev|er" also gives "relève", "révél|er" "révèle", "annonc|er" "annonçait"."""
    forms = []
    for rule in alternations:
        if rule["class"] != klass:
            continue
        if "final" in rule:
            # A spelling kept before some endings: "annonc|er" -> "annonçait", "jug|er" ->
            # "jugeant" (the letter's sound would change otherwise).
            if stem.endswith(rule["final"]):
                forms.append(f"{stem[: -len(rule['final'])]}{rule['spelled']}{rule['endings']}")
            continue
        match = re.fullmatch(rf"(.*)({rule['vowels']})({rule['consonants']}+)", stem)
        if match:
            vowel = rule["into"][match.group(2)]
            forms.append(f"{match.group(1)}{vowel}{match.group(3)}{rule['endings']}")
    return forms


def _adverb_gaps(patterns: list[str], adverb: str) -> list[str]:
    """Let an adverb sit between the words of multi-word verbs: "fait DÉSORMAIS état de",
    "a TOUTEFOIS ramené le montant à", "have SINCE put the number at"."""
    gap = rf"\s+(?:{adverb}\s+)?"
    return [pattern.replace(r"\s+", gap) for pattern in patterns]


def _speaker_patterns(raw: dict[str, Any]) -> dict[str, Any]:
    """Patterns finding the organisation a role speaks for (see `extract.speakers`)."""
    roles = alternation([re.escape(r) for r in raw["speaker_roles"]], escape=False)
    links = alternation([re.escape(x) for x in raw["speaker_links"]], escape=False)
    # After an elided article too: "L'avocat de M. Castagnier".
    before = r"(?<![\w-])(?<![\w-]\w['’])"
    # The role is case-insensitive; the name after a premodified role must be capitalised.
    premodified = (
        rf"(?<=\S)\s+(?i:{roles})\s+(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])"
        if raw["speaker_premodified"]
        else r"(?!x)x"
    )
    return {
        "speaker_role_link": re.compile(
            rf"{before}{roles}(?:\s+[\w'’-]+){{0,2}}?\s+{links}(?:\s+|(?<=['’]))", FLAGS
        ),
        "speaker_role_possessive": re.compile(
            rf"{raw['speaker_possessive']}{roles}(?![\w-])", FLAGS
        ),
        "speaker_role_premodified": re.compile(premodified),
        "leads_organisation": re.compile(raw["leads_organisation"], FLAGS),
        "name_articles": frozenset(a.casefold() for a in raw["name_articles"]),
        "portfolio_role": _word_regex(raw["portfolio_roles"], escape=True),
    }


# A frame for `listed_pattern`: the listed expressions as whole words.
WHOLE_WORDS = r"(?<![\w'’-]){}(?![\w-])"


@cache
def listed_pattern(lang: str, key: str, frame: str = "{}") -> re.Pattern[str]:
    """Any of the regular expressions listed under `key` in <lang>/lexicon.yaml, set in
    `frame` (its "{}" stands for the alternation), case-insensitive; one that never matches
    when the language lists none."""
    patterns = load_data(lang, "lexicon.yaml").get(key) or ["(?!x)x"]
    any_listed = "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
    return re.compile(frame.replace("{}", any_listed), re.IGNORECASE)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of `lang` (e.g. "fr", "en"); raises FileNotFoundError if unknown."""
    raw: dict[str, Any] = load_data(lang, "lexicon.yaml")
    seg = raw["segment"]
    conj = raw["conjugations"]
    turns = raw.get("stem_alternations") or []
    verb_raw = raw["verbs"]
    report, noun_report = _expand_verbs(verb_raw["report"], conj, turns)
    quoted, _ = _expand_verbs(verb_raw.get("report_with_quote", []), conj, turns)
    figure_only, noun_figure = _expand_verbs(verb_raw.get("report_with_figure", []), conj, turns)
    deny, noun_deny = _expand_verbs(verb_raw["deny"], conj, turns)
    accuse, noun_accuse = _expand_verbs(verb_raw["accuse"], conj, turns)
    noun_forms = noun_report + noun_figure + noun_deny + noun_accuse
    adverb = alternation([raw["adverb_pattern"], *map(re.escape, raw["adverbs"])], escape=False)
    report, quoted, figure_only, deny, accuse = (
        _adverb_gaps(forms, adverb) for forms in (report, quoted, figure_only, deny, accuse)
    )
    line_start = r"^\s*(?:"
    determiners = tuple(raw["determiners"])
    det_alt = alternation([re.escape(d) for d in determiners], escape=False)
    # Object clitics ("l'", "en") stand between subject and verb like adverbs do.
    aux_words = raw["auxiliaries"] + raw["adverbs"] + raw.get("preverbal_clitics", [])
    return Lexicon(
        lang=lang,
        abbreviations=frozenset(seg["abbreviations"]),
        final_abbreviations=frozenset(seg.get("final_abbreviations", [])),
        heading_max_words=int(seg["heading_max_words"]),
        duplicate_min_chars=int(seg["duplicate_min_chars"]),
        sentence_max_chars=int(seg["sentence_max_chars"]),
        furniture_line=re.compile(line_start + "|".join(seg["furniture_line"]) + ")", FLAGS),
        end_of_article=re.compile(line_start + "|".join(seg["end_of_article"]) + ")", FLAGS),
        # Case-sensitive: a dateline's place is in capitals.
        dateline=re.compile(raw["dateline"], re.UNICODE),
        determiners=determiners,
        # Apostrophe-final determiners ("l'") attach without a space.
        determiner_prefix=re.compile(rf"^(?:{det_alt}(?:\s+|(?<=['’])))+", FLAGS),
        title_prefix=re.compile(rf"^(?:{alternation(raw['titles'], escape=True)}\s+)+", FLAGS),
        role_nouns=frozenset(w.lower() for w in raw["role_nouns"] + raw["speaker_roles"]),
        source_prefix=re.compile("^(?:" + "|".join(raw["source_prefixes"]) + ")", FLAGS),
        answered_noun_prefix=re.compile(
            "^(?:" + "|".join(raw["answered_noun_prefixes"]) + ")", FLAGS
        ),
        source_preposition=_word_regex(raw["source_prepositions"]),
        source_preposition_strict=_word_regex(raw["source_prepositions_strict"]),
        source_heads=frozenset(w.lower() for w in raw["source_heads"]),
        trailing_aux_words=max((len(w.split()) for w in aux_words), default=1),
        trailing_aux=re.compile(
            rf"(?:(?<=\s)|^)(?:{alternation(aux_words, escape=True)})\s*$", FLAGS
        ),
        auxiliary=_word_regex(raw["auxiliaries"], escape=True),
        adverb=re.compile(rf"(?<![\w'’-]){raw['adverb_pattern']}\s*$", FLAGS),
        pronoun=re.compile(rf"^{alternation(raw['pronouns'], escape=True)}$", FLAGS),
        not_subject=re.compile(rf"^{alternation(raw['not_subject'], escape=True)}(?![\w-])", FLAGS),
        # Case-sensitive: "WHO" the agency is not "who".
        relative_pronoun=re.compile(_word_regex(raw["relative_pronouns"], escape=True).pattern),
        clause_boundary=_word_regex(raw["clause_boundaries"]),
        coordinator=_word_regex(raw["coordinators"], escape=True),
        leading_connective=_word_regex(raw.get("leading_connectives") or [], escape=True),
        source_stop=re.compile(
            rf"^{alternation(raw['source_stops'], escape=True)}(?![\w-])", FLAGS
        ),
        inverted_pronoun=re.compile("^" + raw["inverted_pronoun"], FLAGS),
        inverted_clitic=re.compile(raw["inverted_pronoun"], FLAGS),
        infinitive=re.compile(raw.get("infinitive", "(?!x)x")),
        time_ago=re.compile(raw.get("time_ago", "(?!x)x"), FLAGS),
        contrast_conjunction=re.compile(
            rf"(?<![\w'’-]){alternation(raw.get('contrast_conjunctions') or [], escape=False)}\s*$",
            FLAGS,
        ),
        impersonal_pronoun=re.compile(
            rf"^{alternation(raw.get('impersonal_pronouns', []), escape=True)}$", FLAGS
        ),
        age_apposition=re.compile(raw.get("age_apposition", "(?!x)x"), FLAGS),
        age_compound=re.compile(raw.get("age_compound", "(?!x)x"), FLAGS),
        person_pronoun=re.compile(
            rf"^{alternation(raw.get('person_pronouns', []), escape=True)}$", FLAGS
        ),
        impersonal_source_link=re.compile(raw.get("impersonal_source_links", "(?!x)x"), FLAGS),
        verbs=VerbTable(
            report=_verb_regex(report),
            report_with_quote=_verb_regex(quoted),
            report_with_figure=_verb_regex(figure_only),
            negated_stance=_verb_regex(
                _expand_verbs(verb_raw.get("negated_stance", []), conj, turns)[0]
            ),
            deny=_verb_regex(deny),
            accuse=_verb_regex(accuse),
            noun_like=re.compile(rf"^{alternation(noun_forms, escape=False)}$", FLAGS),
        ),
        participle=_word_regex(raw["participles"]),
        passive_accuse=_word_regex(raw["passive"]["accuse"]),
        passive_deny=_word_regex(raw["passive"]["deny"]),
        passive_report=_word_regex(raw["passive"].get("report", [])),
        passive_report_figure=_word_regex(raw["passive"].get("report_figure", [])),
        nominal_deny=_nominal(raw["nominal_cues"], "deny"),
        nominal_accuse=_nominal(raw["nominal_cues"], "accuse"),
        gerund_marker=re.compile(
            rf"(?:^|\s){alternation(raw['gerund_markers'], escape=True)}$", FLAGS
        ),
        clitic=re.compile(rf"(?:^|\s){alternation(raw['clitics'], escape=True)}\s*$", FLAGS),
        denial_terms=_word_regex(raw["denial_terms"]),
        self_denial_terms=_word_regex(raw["self_denial_terms"]),
        dismissal=re.compile(
            rf"(?<![\w'’-]){alternation(raw['dismissal_frames'], escape=False)}"
            rf"[\s«»“”\"‘’]*(?:[\w'’-]+[\s«»“”\"‘’]+){{0,3}}?"
            rf"{alternation(raw['dismissive_terms'], escape=False)}(?![\w-])",
            FLAGS,
        ),
        dismissive_terms=_word_regex(raw["dismissive_terms"]),
        dismissal_quote_words=int(raw["dismissal_quote_words"]),
        accusation_terms=_word_regex(raw["accusation_terms"]),
        anaphora_accusation=_word_regex(raw["denial_anaphora"]["accusation"]),
        anaphora_figure=_word_regex(raw["denial_anaphora"]["figure"]),
        hedge=_word_regex(raw["hedges"], elided=True),
        conditional=_word_regex([raw["conditional"]], elided=True),
        hedge_exceptions=frozenset(w.lower() for w in raw["hedge_exceptions"]),
        anonymous=re.compile("|".join(raw["anonymous"]), FLAGS),
        unnamed_person=re.compile("|".join(raw["unnamed_person"]), FLAGS),
        preposition=re.compile(rf"^{alternation(raw['prepositions'], escape=True)}$", FLAGS),
        agent_preposition=re.compile(
            rf"^\s*{alternation(raw['agent_prepositions'], escape=True)}(?![\w-])", FLAGS
        ),
        past_participle_needs_aux=bool(raw["past_participle_needs_aux"]),
        non_finite_suffixes=tuple(raw["non_finite_suffixes"]),
        bare_noun_subjects=bool(raw["bare_noun_subjects"]),
        figure_barrier=_word_regex(raw["figure_barriers"], escape=True),
        negation=_word_regex(raw["negations"], escape=True),
        passive_auxiliary=re.compile(
            rf"(?<![\w'’-]){alternation(raw['passive_auxiliaries'], escape=True)}\s*$", FLAGS
        ),
        possessive=re.compile(rf"^{alternation(raw['possessives'], escape=True)}\s", FLAGS),
        possessive_figure=re.compile(
            r"['’]s\s+(?:(?:own|latest|new|official|provisional|preliminary|revised|updated"
            r"|final|initial|last|most\s+recent)\s+)*"
            rf"{alternation(raw['possessive_figures'], escape=False)}(?![\w-])",
            FLAGS,
        ),
        indefinite_prefix=re.compile(
            rf"^{alternation(raw['indefinite_determiners'], escape=True)}\s", FLAGS
        ),
        role_link=re.compile(rf"(?<![\w'’-]){alternation(raw['role_links'], escape=True)}$", FLAGS),
        noun_like_needs_past_or_aux=bool(raw["noun_like_needs_past_or_aux"]),
        past_suffixes=tuple(raw["past_suffixes"]),
        participle_suffixes=tuple(raw.get("participle_suffixes") or raw["past_suffixes"]),
        toll_objects=frozenset(w.lower() for w in raw.get("toll_objects") or ()),
        speaking_documents=frozenset(w.lower() for w in raw.get("speaking_documents") or ()),
        role_complements=frozenset(w.casefold() for w in raw.get("role_complements") or ()),
        role_links_words=frozenset(w.lower() for w in raw["role_links"]),
        local_roles=frozenset(w.lower() for w in raw["local_roles"]),
        name_particles=frozenset(raw["name_particles"]),
        possessive_suffixes=tuple(raw["possessive_suffixes"]),
        fuzzy_threshold=float(raw["source_matching"]["fuzzy_threshold"]),
        fuzzy_min_length=int(raw["source_matching"]["fuzzy_min_length"]),
        proposition_negation=re.compile("|".join(raw["proposition_negation"]), FLAGS),
        weak_negation=_word_regex(raw["weak_negation"]),
        negation_reach_words=int(raw["negation_reach_words"]),
        conditional_openers=_word_regex(raw["conditional_openers"], elided=True),
        complementiser=re.compile(
            rf"^[\s,;:«»“”\"'’-]*(?:{_complementiser(raw)})?",
            FLAGS,
        ),
        complementiser_word=re.compile(_complementiser(raw), FLAGS),
        reply_verbs=_word_regex(raw["reply_verbs"]),
        answer_reach_sentences=int(raw["answer_reach_sentences"]),
        answer_anaphora=_word_regex(raw["answer_anaphora"]),
        headline_attribution=_word_regex(raw["headline_attribution"]),
        figure_agent=re.compile(
            rf"(?<![\w'’-]){alternation(raw['figure_agents'], escape=False)}\s+"
            rf"(?:[^\W\d_][\w'’-]*\s+){{0,2}}?"  # "déclarées À BORD par", "cited LAST WEEK by"
            rf"{alternation([re.escape(p) for p in raw['agent_prepositions']], escape=False)}\s+",
            FLAGS,
        ),
        figure_comparison=re.compile(
            rf"(?<![\w'’-]){alternation(raw.get('figure_comparisons', []), escape=False)}", FLAGS
        ),
        figure_source_link=re.compile(
            rf"(?<![\w'’-]){alternation(raw.get('figure_source_links', []), escape=True)}\s+",
            FLAGS,
        ),
        figure_contrast=_word_regex(raw.get("figure_contrasts", []), escape=True),
        non_assertion=_word_regex(raw["non_assertion"]),
        organisation_heads=frozenset(w.lower() for w in raw["organisation_heads"]),
        person_descriptions=frozenset(w.lower() for w in raw["person_descriptions"]),
        source_possessive_end=re.compile(raw.get("source_possessive_end", "(?!x)x")),
        representative_for=re.compile(
            rf"^(?:{alternation(raw['indefinite_determiners'], escape=True)})\s+"
            rf"{alternation(raw['representative_roles'], escape=True)}\s+"
            rf"(?:{alternation(raw['role_links'], escape=True)})(?:\s+|(?<=['’]))(?P<body>.+)$",
            FLAGS,
        ),
        representative_of=re.compile(
            rf"^(?:\S+\s+)?{alternation(raw['representative_roles'], escape=True)}\s+"
            rf"(?:for|of|{alternation(raw['role_links'], escape=True)})\s*(?:the\s+)?"
            r"(?P<body>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})$"
        ),
        # "Lumera-Castel general manager Pierre-Alain Moréac" (English word order).
        representative_before=re.compile(
            r"^(?:\S+\s+)?(?!(?i:" + alternation(raw["role_modifiers"], escape=True) + r")\s)"
            r"(?P<body>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3})\s+"
            rf"{alternation(raw['representative_roles'], escape=True)}\s+"
            r"(?P<person>[A-ZÀ-Ý].*)$"
        ),
        example_marker=re.compile(
            rf"^(?:.*?[\s,])?{alternation(raw['example_markers'], escape=True)}\s+"
            r"(?P<name>(?-i:[A-ZÀ-Ý]).*)$",
            FLAGS,
        ),
        vague_modifiers=frozenset(w.lower() for w in raw["vague_modifiers"]),
        former_role_markers=frozenset(w.casefold() for w in raw.get("former_role_markers", [])),
        role_modifiers=frozenset(w.lower() for w in raw["role_modifiers"]),
        organisation_classes={
            kind: frozenset(w.lower() for w in nouns)
            for kind, nouns in (raw.get("organisation_classes") or {}).items()
        },
        organisation_name_orders=tuple(raw.get("organisation_name_orders") or ()),
        name_adjective_suffixes=tuple(s.lower() for s in raw.get("name_adjective_suffixes") or ()),
        legal_suffixes=frozenset((raw.get("corporate_suffixes") or {}).get("legal", [])),
        group_suffixes=frozenset((raw.get("corporate_suffixes") or {}).get("group", [])),
        legal_kind=(raw.get("corporate_suffixes") or {}).get("kind"),
        bracketed_name_sources=bool(raw.get("bracketed_name_sources", False)),
        topic_marker=re.compile(
            rf"^\s*{alternation(raw.get('topic_markers', []), escape=False)}\s+", FLAGS
        ),
        **_speaker_patterns(raw),
    )
