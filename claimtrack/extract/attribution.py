"""Find attribution cues in one sentence: who is said to assert something, and how.

A cue is a source mention plus the words that attribute to it: "selon X", "(X)", "X a
déclaré", "« … », a déclaré X", "X was accused by Y", ", adding that…". Offsets are relative
to the sentence. All words come from the language's lexicon; nothing here knows a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from text_to_num import alpha2digit

from claimtrack.extract.speakers import ACRONYM_WORD
from claimtrack.lexicon import WHOLE_WORDS, Lexicon, alternation, listed_pattern
from claimtrack.resources import load_data

# "owned": a figure its owner is named with ("the government's 3.2% target"); it governs only
# the figures inside its own words.
CueForm = Literal[
    "prep", "paren", "subject", "inverted", "passive", "participle", "nominal", "owned"
]
VerbClass = Literal["report", "deny", "accuse"]

TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]", re.UNICODE)
HARD_STOP = ',.;:!?()[]«»"“”—–|'
QUOTE_CHARS = '«»"“”„'
_QUOTE_CHAR = re.compile(f"[{QUOTE_CHARS}]")
_PARENTHESIS = re.compile(r"[()]")
YEAR_DIGITS = re.compile(r"\d{4}")
# Patterns for the end of the text before a verb (see `_ending`), with the most whitespace
# characters a match of each holds before the text's trailing whitespace.
_LAST_WORD = re.compile(r"([\w'’-]+)\s*$")  # 0
_LAST_WORD_AT_END = re.compile(r"([\w'’-]+)$")  # 0
_LAST_WHOLE_WORD = re.compile(r"(?<![\w'’-])([\w'’-]+)$")  # 0
_LAST_TOKEN = re.compile(r"(?:^|\s)(\S+)\s*$")  # 1: the space before the token
_ENCLOSED_ADVERBIAL = re.compile(r",([^,]{1,25}),$")
_ENCLOSED_ADVERBIAL_CHARS = 27
# <lang>/lexicon.yaml `adverb_pattern` is one word.
_ADVERB_SPACES = 0
# A body's acronym in brackets, closing a description ("l'Union des coursiers (UCA)").
ACRONYM_TOKEN = re.compile(ACRONYM_WORD)


@dataclass(frozen=True)
class Tuning:
    """How far, in words or letters, a cue's parts may reach: `attribution` in
    data/extraction.yaml, whose comments say what each one bounds."""

    max_source_tokens: int
    max_apposition_tokens: int
    short_sentence_words: int
    reported_clause_words: int
    max_possessor_words: int
    clause_verb_reach: int
    role_complement_words: int
    clause_ahead_words: int
    participle_min_letters: int


@cache
def tuning() -> Tuning:
    """The attribution settings of data/extraction.yaml (read once)."""
    return Tuning(**{k: int(v) for k, v in load_data("extraction.yaml")["attribution"].items()})


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution in a sentence; `source` is empty for a participle that reuses the
    previous speaker, and `pronoun` is set when the source is "il"/"he" and must be resolved."""

    form: CueForm
    verb: VerbClass
    source: str
    source_start: int
    source_end: int
    trigger_start: int
    trigger_end: int
    pronoun: bool = False
    # Matched by a figure-only verb ("put the toll at"): attributes figures, states nothing.
    figure_only: bool = False
    # A stance verb under negation ("ne reconnaît pas le résultat"): a negative statement.
    negated: bool = False

    @property
    def start(self) -> int:
        return min(self.source_start, self.trigger_start)

    @property
    def end(self) -> int:
        return max(self.source_end, self.trigger_end)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (guillemets and double quotes, open/close decided by position)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _QUOTE_CHAR.finditer(text):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i else " "
        opening = ch in "«„" or (ch in '"“”' and (before.isspace() or before in "([—–-/" or i == 0))
        if ch == "»":
            opening = False
        if open_at is None and opening:
            open_at = i
        elif open_at is not None and not opening:
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _quote_opened_by_verb(
    text: str, quotes: list[tuple[int, int]], pos: int, lex: Lexicon
) -> int | None:
    """Position of the quotation mark that opens right before the verb at `pos` (or its
    adverb) after a word ("la direction « conteste formellement… »", 'the company
    "categorically denies"'): the writer quotes the subject's own verb, which still governs
    the sentence; None otherwise."""
    for a, b in quotes:
        inner = text[a + 1 : pos].strip()
        adverb = lex.adverb.search(inner)
        if a < pos < b and (
            not inner or lex.trailing_aux.fullmatch(inner) or (adverb and adverb.start() == 0)
        ):
            before = text[:a].rstrip()
            return a if before and (before[-1].isalnum() or before[-1] == ")") else None
    return None


def _quoted_adverb_blanked(text: str, quotes: list[tuple[int, int]], pos: int, lex: Lexicon) -> str:
    """`text` with an adverb quoted right before the verb at `pos` blanked, quotation marks
    and all ("Navilia Lines a « catégoriquement » démenti"): the subject is read through it."""
    for a, b in quotes:
        if b > pos or text[b:pos].strip():
            continue
        inner = text[a + 1 : b - 1].strip()
        if inner and (lex.adverb.fullmatch(inner) or lex.trailing_aux.fullmatch(inner)):
            return text[:a] + " " * (b - a) + text[b:]
    return text


def _participle_class(word: str, lex: Lexicon) -> VerbClass:
    """Whether a participle denies, accuses or reports."""
    if lex.verbs.deny.fullmatch(word):
        return "deny"
    if lex.verbs.accuse.fullmatch(word):
        return "accuse"
    return "report"


def _active_participle(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the counting participle at `pos` is an active verb, its subject a pronoun or
    its auxiliary a perfect one ("It counted 700 nights spent BY patients", "l'ARS a recensé
    700 nuits passées PAR des patients"): the "by" phrase after it is then no agent of it."""
    before = _ending(_LAST_WORD, text[:pos], 0)
    if before is None:
        return False
    word = before.group(1)
    return bool(
        lex.pronoun.fullmatch(word)
        or listed_pattern(lex.lang, "perfect_auxiliaries", WHOLE_WORDS).fullmatch(word)
    )


def _relayed(text: str, pos: int, cues: list[Cue]) -> bool:
    """Whether the relay link at `pos` follows the last source named, in it or right after."""
    if not cues:
        return False
    last = cues[-1]
    return last.source_start < pos and not text[last.source_end : pos].strip(" ,")


def _cut_before(cue: Cue, text: str, pos: int) -> Cue:
    """The cue with its source ending before `pos` (and the comma there)."""
    if cue.source_end <= pos:
        return cue
    end = cue.source_start + len(text[cue.source_start : pos].rstrip(" ,"))
    return replace(cue, source=text[cue.source_start : end], source_end=end)


def _paren_commas_blanked(text: str, parens: list[tuple[int, int]]) -> str:
    """`text` with the commas inside brackets blanked: "The regional audit court (Chambre
    régionale des comptes, CRC) for PACA has put…" keeps one subject."""
    for a, b in parens:
        text = text[:a] + text[a:b].replace(",", " ") + text[b:]
    return text


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


def _paren_depth_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]


def find_cues(text: str, lex: Lexicon, is_known: Callable[[str], bool]) -> list[Cue]:
    """All attribution cues of a sentence, in text order, overlapping verb matches removed."""
    quotes = quote_spans(text)
    parens = _paren_depth_spans(text)
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    relay = listed_pattern(lex.lang, "relay_links", WHOLE_WORDS)
    for match in lex.source_preposition.finditer(text):
        if _inside(match.start(), quotes) and not _quote_is_whole(text, quotes, match.start()):
            continue
        if relay.fullmatch(match.group()) and _relayed(text, match.start(), cues):
            # "selon une source proche de l'enquête, citée par l'AFP": the AFP only relays.
            cues[-1] = _cut_before(cues[-1], text, match.start())
            continue
        src = _forward_source(text, match.end(), lex, "prep")
        if src is None:
            continue
        form: CueForm = "paren" if _inside(match.start(), parens) else "prep"
        words = text[src[0] : src[1]]
        pronoun = bool(lex.pronoun.match(words))
        cues.append(Cue(form, "report", words, *src, match.start(), match.end(), pronoun))
        taken.append((match.start(), src[1]))

    for match in lex.source_preposition_strict.finditer(text):
        src = _forward_source(text, match.end(), lex, "prep")
        if src is None or not free(match.start(), match.end()):
            continue
        words = text[src[0] : src[1]]
        opening = match.start() == 0 or text[: match.start()].rstrip().endswith(",")
        # "Pour le Front commun des soignants (FCSH), …": a named body set off by a comma.
        # "Pour Kalmar, ce sont…": a lone capitalised name (a capital, a person) speaks too.
        tokens = TOKEN.findall(words)
        named = (
            re.match(r"\s*(?:\([^()]*\))?\s*,", text[src[1] :]) is not None
            and _speaker_like(tokens, lex)
            and (any(t[:1].isupper() for t in tokens[1:]) or len(tokens) == 1)
        )
        if opening and (is_known(words) or _head_is_source(words, lex) or named):
            cues.append(Cue("prep", "report", words, *src, match.start(), match.end()))
            taken.append((match.start(), src[1]))

    agents = [*lex.figure_agent.finditer(text), *lex.figure_comparison.finditer(text)]
    for match in sorted(agents, key=lambda m: m.start()):
        # "les 3,2 % affichés par la ministre", "61,4 % comme l'a annoncé la présidente": only
        # right behind a figure.
        behind = text[max(0, match.start() - 40) : match.start()]
        if not _figure_behind(behind, lex):
            continue
        src = _forward_source(text, match.end(), lex, "prep")
        if src is None or not free(match.start(), src[1]) or _inside(match.start(), quotes):
            continue
        words = text[src[0] : src[1]]
        cues.append(Cue("paren", "report", words, *src, match.start(), match.end()))
        taken.append((match.start(), src[1]))

    for match in lex.figure_source_link.finditer(text):
        # "contre sept POUR l'agence antidopage et quatre POUR la fédération".
        behind = text[max(0, match.start() - 40) : match.start()]
        if not _figure_behind(behind.rstrip(",").rstrip(), lex) or "," in behind[-3:]:
            continue
        src = _forward_source(text, match.end(), lex, "prep")
        if src is None or not free(match.start(), src[1]) or _inside(match.start(), quotes):
            continue
        src = _before_next_figure(text, src, lex)
        words = text[src[0] : src[1]]
        clause = text[max(0, text.rfind(";", 0, match.start()) + 1) : match.start()]
        # A share of votes or a person after "pour" is who gets the figure ("54 % pour X
        # contre 46 % pour la maire sortante Hélène Castagnet"), not who gives it.
        if "%" in behind or _PERSON_NAME.search(words):
            continue
        contrasted = lex.figure_contrast.search(clause) is not None and _speaker_like(
            TOKEN.findall(words), lex
        )
        if not (is_known(words) or _head_is_source(words, lex) or contrasted):
            continue
        cues.append(Cue("paren", "report", words, *src, match.start(), match.end()))
        taken.append((match.start(), src[1]))

    for a, b in parens:
        inner = text[a + 1 : b - 1].strip()
        if not inner or any(ch.isdigit() for ch in inner) or not free(a, b):
            continue
        # "4 200 hectares (pompiers, mardi)": the source before a date or a detail.
        first = inner.split(",")[0].strip()
        if len(first.split()) > 4:
            continue
        # "11 350 hectares (Copernicus)": a name in brackets right after a figure is its source.
        named = _proper_name(first) or (
            len(first.split()) == 1 and first[:1].isupper() and first[1:2].islower()
        )
        after_figure = (
            lex.bracketed_name_sources
            and named
            and _figure_behind(text[max(0, a - 40) : a].rstrip(), lex)
        )
        if is_known(first) or _head_is_source(first, lex) or after_figure:
            start = a + 1 + (len(text[a + 1 : b - 1]) - len(text[a + 1 : b - 1].lstrip()))
            cues.append(Cue("paren", "report", first, start, start + len(first), a, b))
            taken.append((a, b))

    for passive_class, pattern, figure_only in (
        ("accuse", lex.passive_accuse, False),
        ("deny", lex.passive_deny, False),
        ("report", lex.passive_report, False),
        # "110 km/h relevés par Météo-France": a count or a measure, never a statement.
        ("report", lex.passive_report_figure, True),
    ):
        for match in pattern.finditer(text):
            if _inside(match.start(), quotes) and not _quote_is_whole(text, quotes, match.start()):
                # "« Les 11 millions avancés par l'opposition sont fantaisistes », a-t-il
                # réagi": the quoted speaker makes the claim, about the agent's figure.
                continue
            if figure_only and _active_participle(text, match.start(), lex):
                continue
            src = _forward_source(text, match.end(), lex, "passive")
            if src is None or not free(match.start(), match.end()):
                continue
            words = text[src[0] : src[1]]
            cues.append(
                Cue(
                    "passive",
                    passive_class,  # type: ignore[arg-type]
                    words,
                    *src,
                    match.start(),
                    match.end(),
                    figure_only=figure_only,
                )
            )
            taken.append((match.start(), src[1]))

    verbs: list[tuple[int, int, VerbClass, bool]] = []
    tables: list[tuple[VerbClass, re.Pattern[str], bool]] = [
        ("report", lex.verbs.report_with_figure, True),
        ("deny", lex.verbs.deny, False),
        ("accuse", lex.verbs.accuse, False),
        ("report", lex.verbs.report, False),
    ]
    tables.append(("report", lex.verbs.report_with_quote, False))
    tables.append(("report", lex.verbs.negated_stance, False))
    for verb_class, pattern, figure_only in tables:
        for match in pattern.finditer(text):
            a, b = match.span()
            if pattern is lex.verbs.negated_stance and not _negated_verb(text, a, lex):
                continue  # "accepte", "agrees" state a stance only when negated
            if pattern is lex.verbs.report_with_quote and not (
                quotes or _opens_reported_clause(text, b, lex)
            ):
                continue  # "a lancé un appel", "added 12 new routes": no speech
            quoted = _inside(a, quotes) and _quote_opened_by_verb(text, quotes, a, lex) is None
            if not free(a, b) or quoted or any(a < y and x < b for x, y, _, _ in verbs):
                continue
            if _not_a_speech_verb(text, a, b, lex):
                continue
            verbs.append((a, b, verb_class, figure_only))
    verbs.sort()
    relatives = _closed_relatives(text, lex)
    floor = 0
    previous_end = 0
    last_subject: tuple[int, int] | None = None
    for a, b, verb_class, figure_only in verbs:
        if floor > a:
            # No comma closes the previous verb's clause before this verb ("X says he lost…;
            # he puts the gap at…"): its subject may follow the previous verb.
            floor = previous_end
        # "la direction « conteste formellement ces accusations »": the subject is read as
        # if the quote (and an adverb in it) were not there.
        opening = _quote_opened_by_verb(text, quotes, a, lex)
        plain = text if opening is None else text[:opening] + " " * (a - opening) + text[a:]
        plain = _quoted_adverb_blanked(plain, quotes, a, lex)
        unbracketed = _paren_commas_blanked(plain, parens)
        cue = _verb_cue(unbracketed, a, b, verb_class, lex, quotes, is_known, floor, last_subject)
        if cue is not None and unbracketed != plain:
            cue = replace(cue, source=plain[cue.source_start : cue.source_end])
        if cue is not None and figure_only:
            cue = replace(cue, figure_only=True)
        if cue is not None and lex.verbs.negated_stance.fullmatch(text[a:b]):
            cue = replace(cue, negated=_negated_verb(text, a, lex))
        if cue is not None:
            cues.append(cue)
            taken.append((cue.start, cue.end))
            if cue.form == "subject" and not cue.pronoun:
                last_subject = (cue.source_start, cue.source_end)
        previous_end = b
        if _inside(a, relatives):
            # "New Delhi, qui dément…, accuse Islamabad": a relative clause set off by commas
            # leaves the subject before it to the next verb.
            continue
        # The next verb's subject starts after this verb's clause ("Bien que X nie…, Y a révélé").
        comma = text.find(",", b)
        floor = comma + 1 if comma != -1 else b

    # "Chez Lumera-Castel, on dénonce une cabale": an impersonal subject gives the stance of
    # its verb to the source named before it.
    for a, _b, verb_class, _figure_only in verbs:
        before = _ending(_LAST_WORD, _strip_aux(text[:a], lex), 0)
        if verb_class == "report" or not before or not lex.impersonal_pronoun.match(before[1]):
            continue
        for i, cue in enumerate(cues):
            if cue.form == "prep" and cue.verb == "report" and cue.end <= a:
                cues[i] = replace(cue, verb=verb_class)

    verb_cues = [c for c in cues if c.form in ("subject", "inverted")]
    for match in re.finditer(r"[,;]\s*", text):
        gapped = _gapped_source(text, match.end(), lex, is_known)
        earlier = [c for c in verb_cues if c.trigger_end <= match.start()]
        if gapped is None or not earlier or not free(*gapped):
            continue
        # "la CGT avait compté 1,2 million de manifestants, la police 456.000": the verb is
        # understood from the previous clause.
        words = text[gapped[0] : gapped[1]]
        cues.append(Cue("subject", earlier[-1].verb, words, *gapped, gapped[1], gapped[1]))
        taken.append(gapped)

    for match in lex.possessive_figure.finditer(text):
        owner = _owner_before(text, match.start(), lex)
        if owner is None or not free(owner[0], match.end()):
            continue
        words = text[owner[0] : owner[1]]
        cues.append(Cue("prep", "report", words, *owner, match.start(), match.end()))
        taken.append((owner[0], match.end()))

    for match in listed_pattern(lex.lang, "owned_figures").finditer(text):
        # "well above the government's 3.2% target": the possessor's own figure.
        owner = _possessor_before(text, match.start(), lex)
        if owner is None or not free(owner[0], match.end()):
            continue
        words = text[owner[0] : owner[1]]
        head = words.split()[-1].lower()
        if not (is_known(words) or _head_is_source(words, lex) or head in lex.role_nouns):
            continue  # "the country's 3% growth target" names no speaker
        cues.append(Cue("owned", "report", words, *owner, match.start(), match.end()))
        taken.append((owner[0], match.end()))

    for match in listed_pattern(lex.lang, "owned_figures_after").finditer(text):
        # "au-dessus de l'objectif de 3,2 % du gouvernement": the owner follows the figure.
        src = _forward_source(text, match.end(), lex, "prep")
        if src is None or not free(match.start(), src[1]):
            continue
        words = text[src[0] : src[1]]
        role = any(w.lower() in lex.role_nouns for w in words.split())
        if not (is_known(words) or _head_is_source(words, lex) or role):
            continue
        cues.append(Cue("owned", "report", words, *src, match.start(), src[1]))
        taken.append((match.start(), src[1]))

    for match in listed_pattern(lex.lang, "official_figures").finditer(text):
        # "well above the official figure of 47": the officials' figure, which the speaker
        # sets against their own; its owner is the official count itself.
        owner = match.span("owner")
        if not free(*owner):
            continue
        words = text[owner[0] : owner[1]]
        cues.append(Cue("owned", "report", words, *owner, match.start(), match.end()))
        taken.append(match.span())

    for nominal_class, pattern in (("deny", lex.nominal_deny), ("accuse", lex.nominal_accuse)):
        for match in pattern.finditer(text):
            src = _forward_source(text, match.end(), lex, "prep")
            if src is None or not free(match.start(), src[1]):
                continue
            words = text[src[0] : src[1]]
            # "les dénégations de Moscou": only a named source, not "accusations de fraude".
            if not is_known(words):
                continue
            cues.append(Cue("nominal", nominal_class, words, *src, match.start(), match.end()))  # type: ignore[arg-type]
            taken.append((match.start(), src[1]))

    absolute = listed_pattern(lex.lang, "absolute_participle_subject", r"(?:{})$")
    for match in lex.participle.finditer(text):
        a, b = match.span()
        own_subject = absolute.search(text[:a].rstrip())
        if own_subject and free(a, b) and not _inside(a, quotes):
            # "…, with its chief executive saying that…", "…, M. Fortier affirmant…": the
            # participle has a subject of its own.
            np_start, np_end = own_subject.span("np")
            words = text[np_start:np_end]
            verb_class = _participle_class(match.group(), lex)
            pronoun = bool(lex.pronoun.match(words))
            cues.append(Cue("subject", verb_class, words, np_start, np_end, a, b, pronoun))
            continue
        lead = lex.clitic.sub("", text[:a]).rstrip()
        gerund = bool(lex.gerund_marker.search(text[:a].rstrip()))
        # "…claiming that it captured…": a participle introducing a clause reports speech.
        gerund = gerund or bool(re.match(r"\s+(?:that|que|qu['’])", text[b:], re.IGNORECASE))
        # "signed an open letter ACCUSING the agency of…", "une plainte ACCUSANT X de…": the
        # document the subject issues speaks for it; not one that accuses someone named
        # before ("received a letter accusing HIM", "une lettre L'accusant").
        following = TOKEN.match(text[b:].lstrip() or ".")
        object_pronoun = following is not None and (
            lex.clitic.search(f" {following.group()}") is not None
            and not _is_determiner(following.group(), lex)
        )
        gerund = gerund or (
            issued_document(lead, lex)
            and lead == text[:a].rstrip()  # no clitic before it ("une lettre L'accusant")
            and not object_pronoun
        )
        if (
            not free(a, b)
            or _inside(a, quotes)
            or not (lead.endswith((",", "”", '"', "»")) or gerund)
        ):
            continue
        verb_class = _participle_class(match.group(), lex)
        # The speaker is the previous cue's; a gerund or a participle before "that" without
        # one takes the subject of the main clause.
        subject = _leading_subject(text, a, lex, is_known) if gerund and not cues else None
        if subject is not None:
            words = text[subject[0] : subject[1]]
            cues.append(Cue("participle", verb_class, words, *subject, a, b))
        else:
            cues.append(Cue("participle", verb_class, "", a, a, a, b))
    cues.sort(key=lambda c: c.start)
    return [_topic_taken_up(text, cue, lex, is_known) for cue in cues]


def _topic_taken_up(text: str, cue: Cue, lex: Lexicon, is_known: Callable[[str], bool]) -> Cue:
    """A subject pronoun that takes up the sentence's opening topic is that topic: "Quant au
    service Copernicus, IL a recensé…" -> the service (a topic that can speak, before the
    pronoun's own comma)."""
    if not (cue.pronoun and cue.form == "subject"):
        return cue
    # "For the village associations that joined the case, …: THEY say" sets a topic too.
    marker = lex.topic_marker.match(text) or lex.source_preposition_strict.match(text)
    comma = text.find(",", marker.end()) if marker else -1
    if marker is None or comma == -1 or comma > cue.source_start:
        return cue
    opening = text[: cue.source_start].rstrip()
    if text[comma + 1 : cue.source_start].strip() and not opening.endswith((":", ";")):
        return cue  # the pronoun does not open the clause after the topic
    words = text[marker.end() : comma].strip()
    relative = lex.relative_pronoun.search(words) or lex.clause_boundary.search(words)
    if relative is not None:
        words = words[: relative.start()].strip()  # "the associations THAT joined the case"
    # "Quant aux garde-frontières, ils assurent…": a topic taken up by the pronoun of a
    # reporting verb speaks, whatever its noun.
    taken_up = lex.topic_marker.match(text) is not None and len(words.split()) <= 6
    if not words or not (is_known(words) or _speaker_like(TOKEN.findall(words), lex) or taken_up):
        return cue
    start = marker.end() + text[marker.end() : comma].index(words)
    return replace(
        cue, source=words, source_start=start, source_end=start + len(words), pronoun=False
    )


_FIGURE_BEHIND = re.compile(r"\d[\d\s.,]*(?:\s*%|\s+[^\W\d_]+){0,2}\s*,?\s*$")


def _figure_behind(behind: str, lex: Lexicon) -> bool:
    """Whether `behind` ends with a figure and at most two words ("61,4 %", "the four cases")."""
    return bool(_FIGURE_BEHIND.search(behind) or _FIGURE_BEHIND.search(_spelled(behind, lex)))


def _before_next_figure(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """The source up to a coordinated next figure: "l'agence antidopage | et quatre pour…"."""
    words = text[span[0] : span[1]]
    for match in lex.coordinator.finditer(words):
        rest = words[match.end() :].lstrip()
        if _FIGURE_AHEAD.match(rest) or _FIGURE_AHEAD.match(_spelled(rest, lex)):
            return span[0], span[0] + len(words[: match.start()].rstrip())
    return span


_FIGURE_AHEAD = re.compile(r"\d")


@cache
def _bounded_figure_ahead(lang: str) -> re.Pattern[str]:
    """A number opening with its bound ("at least 38 pages", "plus de 800 000"), from the
    bounds of <lang>/numbers.yaml. A one-word bound that is also a preposition ("over",
    "about", "sur") is left out: "claims OVER 2,000 hectares" may be a noun and its object."""
    bounds = load_data(lang, "numbers.yaml").get("bounds") or {}
    prepositions = {p.lower() for p in load_data(lang, "lexicon.yaml").get("prepositions") or ()}
    phrases = sorted(
        {
            phrase
            for places in bounds.values()
            for phrase in places.get("before", [])
            if phrase.lower() not in prepositions
        },
        key=len,
        reverse=True,
    )
    if not phrases:
        return re.compile("(?!x)x")
    listed = "|".join(re.escape(phrase) for phrase in phrases)
    # Whole words only: `_clause_follows` substitutes it anywhere in a clause ("surplus de").
    return re.compile(rf"(?<![\w'’-])(?:{listed})\s+[^\s\d]{{0,2}}\d[\d.,]*\w*", re.IGNORECASE)


_PERSON_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+")


def _spelled(text: str, lex: Lexicon) -> str:
    """`text` with its number words as digits ("quatre pour" -> "4 pour"), when text2num can."""
    try:
        return alpha2digit(text, lex.lang)
    except ValueError:  # a language text2num does not read
        return text


def _owner_before(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """The possessor before "'s estimate": back to the clause start ("The FCSH hospital union")."""
    start = max(text.rfind(c, 0, pos) for c in ",;:(")
    start = start + 1 if start >= 0 else 0
    words = text[start:pos]
    lead = len(words) - len(words.lstrip())
    words = words.strip()
    if not words or not _np_like(words, lex) or len(words.split()) > 8:
        return None
    return start + lead, start + lead + len(words)


def _possessor_before(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase right before a possessive marker: from its determiner ("well above
    THE GOVERNMENT's"), else its capitalised words ("ESTRAVIA's")."""
    words = list(re.finditer(r"[\w'’.-]+", text[:pos]))[-(tuning().max_possessor_words + 1) :]
    if not words or words[-1].end() != len(text[:pos].rstrip()):
        return None
    determiners = [i for i, w in enumerate(words) if _is_determiner(w.group(), lex)]
    if determiners:
        first = determiners[-1]
    else:
        first = len(words)
        while first > 0 and words[first - 1].group()[:1].isupper():
            first -= 1
        if first == len(words):
            return None
    return words[first].start(), words[-1].end()


def _gapped_source(
    text: str, pos: int, lex: Lexicon, is_known: Callable[[str], bool]
) -> tuple[int, int] | None:
    """A known source directly followed by a figure after a comma ("…, la police 456.000")."""
    match = re.match(r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?=\d)", text[pos:])
    if match is None:
        return None
    words = match.group(1)
    if not (is_known(words) or _head_is_source(words, lex)):
        return None
    return pos, pos + len(words)


def _leading_subject(
    text: str, pos: int, lex: Lexicon, is_known: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The subject of the sentence's main clause: in the first comma segment that has one,
    a known source opening it, or the noun phrase before its auxiliary ("Néanmoins, LES
    AUTORITÉS se sont montrées…", "However, ISRAEL shared…")."""
    offset = 0
    for part in re.split(r"(,)", text[:pos]):
        start = offset + len(part) - len(part.lstrip())
        offset += len(part)
        if part == "," or not part.strip():
            continue
        first = TOKEN.match(part.strip())
        if first and lex.preposition.match(first.group()):
            continue  # an adverbial ("À Kiev, …"), not the subject
        known = _known_prefix(text, start, start + len(part.strip()), lex, is_known)
        if known is not None:
            return known
        stripped = part.strip()
        aux = lex.auxiliary.search(stripped)
        head = stripped[: aux.start()].rstrip() if aux else ""
        if head and _np_like(head, lex) and not _has_verb(head, lex):
            return start, start + len(head)
    return None


def _opening_noun_phrase(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase before the sentence's first comma ("LE MAIRE, 45 ans, a déclaré")."""
    comma = text.find(",", 0, pos)
    head = text[:comma] if comma > 0 else ""
    start = len(head) - len(head.lstrip())
    if head.strip() and _np_like(head, lex) and not _has_verb(head, lex):
        return start, len(head.rstrip())
    return None


def _known_prefix(
    text: str, start: int, end: int, lex: Lexicon, is_known: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The longest known source opening text[start:end], ending before any auxiliary."""
    tokens = []
    for token in re.finditer(r"[\w'’-]+", text[start:end]):
        if lex.auxiliary.fullmatch(token.group()) or len(tokens) >= tuning().max_source_tokens:
            break  # the subject ends at its verb
        tokens.append(token)
    for n in range(len(tokens), 0, -1):
        words = text[start : start + tokens[n - 1].end()]
        if is_known(words):
            return start, start + len(words)
    return None


def main_subject(
    text: str, lex: Lexicon, is_known: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The subject of a sentence, if it can name a speaker: the phrase before its first
    auxiliary, or an opening "head, Name," apposition ("The mayor, Ann Hill, visited…")."""
    quotes = quote_spans(text)
    span: tuple[int, int] | None = None
    segments = _comma_segments(text, 0)
    for match in lex.auxiliary.finditer(text):
        if not _inside(match.start(), quotes):
            named = _named_head(text, segments, match.start(), lex)
            if named is not None:
                return named
            span = _subject_before(text, match.start(), lex)
            break
    if span is None:
        segments = _comma_segments(text, 0)
        if len(segments) >= 3:
            span = _head_and_apposition(text, segments[0], segments[1], lex)
    if span is None:
        span = _named_subject(text, quotes, lex)
    if span is None:
        return None
    words = text[span[0] : span[1]]
    return span if (is_known(words) or _speaker_like(TOKEN.findall(words), lex)) else None


def _named_head(
    text: str, segments: list[tuple[int, int]], pos: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The name opening a sentence whose first auxiliary `pos` sits in the description set
    off after it: "SORELIO, the US software company whose headquarters IS in Dublin, has
    raised…" (the description's verb is no verb of the sentence's subject)."""
    if len(segments) < 3 or not segments[1][0] <= pos < segments[1][1]:
        return None
    name = text[segments[0][0] : segments[0][1]]
    tokens = name.split()
    described = text[segments[1][0] : segments[1][1]].split()
    if not tokens or len(tokens) > 4 or not all(t[:1].isupper() for t in tokens):
        return None
    if _counts(name, lex) or not described or not _is_determiner(described[0], lex):
        return None
    # The description names what speaks: "the US software COMPANY", "the regional AGENCY".
    nouns = lex.role_nouns.union(*lex.organisation_classes.values())
    if not any(w.casefold().strip("'’") in nouns for w in described):
        return None
    return segments[0]


_NAME_THEN_VERB = re.compile(
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})\s+(?=[a-zà-ÿ])", re.UNICODE
)


def _named_subject(
    text: str, quotes: list[tuple[int, int]], lex: Lexicon
) -> tuple[int, int] | None:
    """A person's name opening a clause with no auxiliary: "Aujourd'hui, JULIEN MAREST parle"."""
    for start in [0, *(m.end() for m in re.finditer(r",\s*", text))]:
        if _inside(start, quotes):
            continue
        match = _NAME_THEN_VERB.match(text, start)
        if match is None:
            continue
        name = match.group(1)
        if _is_determiner(name.split()[0], lex) or lex.preposition.match(name.split()[0]):
            continue
        return match.start(1), match.end(1)
    return None


def _opens_reported_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a complementiser follows the verb ending at `pos` ("He added THAT no ransom
    would be paid", "a répliqué QUE les chiffres…")."""
    opening = lex.complementiser.match(text[pos:] + " ")
    return opening is not None and any(ch.isalpha() for ch in opening.group())


def _quote_is_whole(text: str, quotes: list[tuple[int, int]], pos: int) -> bool:
    """A quote that spans (nearly) the whole sentence is reported speech we still read."""
    return any(a <= 1 and b >= len(text) - 2 and a < pos < b for a, b in quotes)


def _not_a_speech_verb(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Filter verb matches that are nouns, adjectives or participial clauses here."""
    form = text[a:b]
    before = text[:a].rstrip()
    if lex.participle.fullmatch(form) and before.endswith((",", "”", '"', "»")):
        return True  # handled as a participle cue
    if lex.verbs.noun_like.match(form) and _noun_reading(text, a, form, lex):
        return True
    if " " not in form and form.lower().endswith(lex.non_finite_suffixes):
        return True  # a gerund or present participle only reports after a comma (participle cue)
    # "n'a pas confirmé", "have not said": a negated speech verb asserts nothing (a negated
    # stance verb, "ne reconnaît pas le résultat", is kept as a negative statement).
    if _negated_verb(text, a, lex) and not lex.verbs.negated_stance.fullmatch(form):
        return True
    # "ont été rejetés", "was reported": a passive participle is not the subject speaking.
    if " " not in form and lex.passive_auxiliary.search(_strip_adverbs(before, lex)):
        return True
    has_aux = _aux_before(before, lex)
    # "Civilian toll disputed": a denial or accusation verb needs an object; ending the
    # sentence bare after its noun, a past form is a headline's passive participle.
    transitive = lex.verbs.deny.fullmatch(form) or lex.verbs.accuse.fullmatch(form)
    bare_end = not text[b:].strip(" .!?\"'”»")
    # "…, a charge Aldany rejected": the object is the noun that opens the verb's phrase.
    answered = _answered_noun_before(before, lex) is not None
    if (
        transitive
        and not has_aux
        and form.lower().endswith(lex.past_suffixes)
        and bare_end
        and not answered
    ):
        return True
    # "La défense conteste" with no final stop is a crosshead announcing the paragraph below
    # ("L'AICD dément." is a denial); a clause word before it may be its object ("ce que…").
    if (
        transitive
        and " " not in form
        and not has_aux
        and not text[b:].strip()
        and not lex.clause_boundary.search(before)
        and not answered
    ):
        return True
    # "Aujourd'hui, Julien Marest parle.": a short sentence whose reporting verb has nothing
    # reported (no complement, no quote) announces speech to come and asserts nothing; a
    # trailing "…, the fire service said." reports the clause before it.
    lead = before.rsplit(",", 1)[0] if "," in before else ""
    reported_before = len(lead.split()) >= tuning().reported_clause_words or any(
        c.isdigit() for c in lead
    )
    if (
        bare_end
        and lex.verbs.report.fullmatch(form)
        and not any(ch in text for ch in QUOTE_CHARS)
        and len(before.split()) <= tuning().short_sentence_words
        and not reported_before  # "About 2,000 people marched, police said."
    ):
        return True
    # "reconnu par la communauté internationale", "seen by Reuters": a passive adjective.
    if lex.agent_preposition.match(text[_past_adverbs(text, b, lex) :]) and not has_aux:
        return True
    # "Derna, considérée comme…": a bare past participle is not a finite verb in French,
    # unless it shares the auxiliary of a coordinated verb ("a appelé au calme ET JUGÉ que").
    return (
        lex.past_participle_needs_aux
        and " " not in form
        and form.lower().endswith(lex.past_suffixes)
        and not has_aux
        and not _shares_auxiliary(text, a, b, lex)
    )


def _shares_auxiliary(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a bare past participle after a coordinator shares the active auxiliary of
    the verb before it and reports a clause or a quote ("a demandé un accès … et rappelé
    que…", "a appelé « au calme » et jugé que…"); "a été arrêté et accusé de…" is passive."""
    if not _after_coordinator(text, a, lex):
        return False
    opening = lex.complementiser.match(text[b:])
    if opening is None or not opening.group().strip():
        return False  # "que", "qu'", a quote or a colon opens what is reported
    clause = text[max(0, text.rfind(";", 0, a)) : a]
    auxiliary = list(lex.auxiliary.finditer(clause))
    if not auxiliary:
        return False
    return not lex.passive_auxiliary.search(auxiliary[-1].group())


# What sets off the phrase of an answered noun: a comma, a semicolon or a dash.
_PHRASE_OPENING = re.compile(r"(?:^|[,;(]|\s[-–—]\s)\s*")


def _answered_noun_before(before: str, lex: Lexicon) -> int | None:
    """Where the source starts in the phrase ending at a verb, right after the noun the verb
    answers that opens the phrase ("…, a charge ALDANY rejected", "- a claim ANSM rejects",
    "un chiffre que LIVRAGO conteste"); None when no such noun opens it, or when the noun
    is a role naming the speaker ("the prefect Jean Dupont said")."""
    openings = list(_PHRASE_OPENING.finditer(before))
    start = openings[-1].end() if openings else 0
    prefix = lex.answered_noun_prefix.match(before[start:])
    if prefix is None or set(prefix.group().lower().split()) & lex.role_nouns:
        return None  # "the prefect Jean Dupont said": a role names the speaker, it is no answer
    # The source starts after the answered noun: "an accusation CASTAGNE called baseless".
    return start + prefix.end()


def _past_adverbs(text: str, pos: int, lex: Lexicon) -> int:
    """Position after the adverbs that open `text[pos:]`: "accuse PAR AILLEURS X de…" (an
    adverb starting with "par" is no agent of a passive)."""
    while True:
        words = list(re.finditer(r"[\w'’-]+", text[pos : pos + 40]))
        lengths = [n for n in (3, 2, 1) if len(words) >= n]
        ends = [pos + words[n - 1].end() for n in lengths]
        phrase = next((e for e in ends if lex.trailing_aux.fullmatch(text[pos:e].strip())), None)
        if phrase is None or lex.auxiliary.fullmatch(text[pos:phrase].strip()):
            return pos
        pos = phrase


def _negated_verb(text: str, a: int, lex: Lexicon) -> bool:
    """A negation among the three words before the verb at `a`, in its own clause."""
    stretch = re.split(r"[,;:«»“”\"]", text[:a].rstrip())[-1]
    return bool(lex.negation.search(" ".join(stretch.split()[-3:])))


def _strip_adverbs(before: str, lex: Lexicon) -> str:
    """`before` without the manner adverbs at its end ("ont été VIGOUREUSEMENT")."""
    before = before.rstrip()
    while True:
        adverb = _ending(lex.adverb, before, _ADVERB_SPACES)
        if not adverb:
            return before
        before = before[: adverb.start()].rstrip()


def _aux_before(before: str, lex: Lexicon) -> bool:
    """An auxiliary among the few words before the verb, in the same comma-free stretch."""
    stretch = lex.inverted_clitic.sub("", before.rsplit(",", 1)[-1])  # "a-t-elle" -> "a"
    words = stretch.split()[-5:]
    found = [i for i, word in enumerate(words) if lex.auxiliary.fullmatch(word)]
    if not found:
        return False
    # "a ignoré les alertes RÉPÉTÉES": the auxiliary already has its own past participle, the
    # first word after it that is no adverb ("a de son côté recensé" still has its own).
    following = [w for w in words[found[-1] + 1 :] if not lex.trailing_aux.search(w)]
    return not (following and _past_form(following[0], lex))


def _past_form(word: str, lex: Lexicon) -> bool:
    """A lowercase past participle that is no auxiliary itself ("ignoré", but not "été")."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith(lex.past_suffixes)
        and not lex.auxiliary.fullmatch(word)
    )


def _noun_reading(text: str, pos: int, form: str, lex: Lexicon) -> bool:
    """Whether a verb form that is also a noun is used as a noun here."""
    if _after_determiner(text, pos, lex):
        return True
    if not lex.noun_like_needs_past_or_aux:
        return False
    if form.lower().endswith(lex.past_suffixes):
        return False
    # "estimates the number", "reports that…": a verb taking its object.
    following = text[pos + len(form) :].lstrip()
    if _takes_a_toll(following, lex):
        # "Storm claims three lives": the verb counts victims, nobody asserts anything
        return True
    nxt = TOKEN.match(following)
    if nxt and (
        nxt.group()[0].isdigit()
        or _FIGURE_AHEAD.match(_spelled(following[:40], lex))
        or (
            # "claims AT LEAST 38 pages"; but a descriptive verb ("The town counts about
            # 12,000 residents") only describes
            _bounded_figure_ahead(lex.lang).match(_spelled(following[:60], lex))
            and not listed_pattern(lex.lang, "descriptive_verbs", WHOLE_WORDS).search(form)
        )
        or _is_determiner(nxt.group(), lex)
        or lex.clause_boundary.fullmatch(nxt.group())
    ):
        return False
    if _clause_follows(following, lex):
        return False
    before = text[:pos].rstrip()
    if _closing_report(before, following, lex):
        return False
    return not (before and lex.auxiliary.fullmatch(before.split()[-1]))


def _closing_report(before: str, following: str, lex: Lexicon) -> bool:
    """Whether a form that is also a noun closes the sentence after a comma and its subject
    ("Nearly 250,000 litres have been dumped, THE FDSEA ESTIMATES."): a reporting clause, so
    a verb; not a noun phrase of the clause ("…, based on union estimates.")."""
    if not re.match(r"[.!?]*\s*$", following):
        return False
    comma = before.rfind(",")
    if comma == -1:
        return False
    subject = before[comma + 1 :].strip()
    tokens = TOKEN.findall(subject)
    return (
        0 < len(tokens) <= 4
        and _is_np_start(tokens[0], lex)
        and not any(ch.isdigit() for ch in subject)
        and _speaker_like(tokens, lex)
    )


def _takes_a_toll(following: str, lex: Lexicon) -> bool:
    """Whether a number of victims follows the verb ("claims three lives")."""
    words = [w.lower().strip(".,;:") for w in following.split()[:4]]
    return any(w in lex.toll_objects for w in words[1:])


def _clause_follows(following: str, lex: Lexicon) -> bool:
    """Whether `following` opens a clause of its own, a subject then a finite verb (past form
    or auxiliary): "[Whistleblower claims] team doped riders", "[…] riders were paid". A
    preposition or a verb first ("claims from farmers rose", "posts would be created") makes
    the form a noun after all. A bounded number counts as one word of the subject ("[claims]
    contracts worth MORE THAN €200MN were rigged")."""
    clause = re.split(r"[,.;:!?()«»“”\"]", following, maxsplit=1)[0]
    condensed = _bounded_figure_ahead(lex.lang).sub("N", _spelled(clause, lex))
    return _subject_then_verb(clause, lex) or _subject_then_verb(condensed, lex)


def _subject_then_verb(clause: str, lex: Lexicon) -> bool:
    """Whether a finite verb follows a subject of a few words at the start of `clause`."""
    words = re.findall(r"[\w'’-]+", clause)

    def finite(word: str) -> bool:
        return bool(lex.auxiliary.fullmatch(word)) or (
            word.islower() and len(word) > 3 and word.endswith(lex.past_suffixes)
        )

    # A verb right after the form is the form's own: "posts would be created" (a noun); so
    # is a complement ("claims OF at least 500 euros were filed").
    if (
        len(words) < 2
        or lex.preposition.match(words[0])
        or lex.role_link.search(words[0])
        or finite(words[0])
    ):
        return False
    for i, word in enumerate(words[1 : tuning().clause_verb_reach], start=1):
        if finite(word):
            # "…, state television reported (on Monday).": the form premodifies the speaker
            # of a trailing reporting verb, which ends the clause.
            rest = words[i + 1 :]
            trailing = not rest or bool(lex.preposition.match(rest[0]))
            return not (trailing and lex.verbs.report.fullmatch(word))
    return False


def _after_determiner(text: str, pos: int, lex: Lexicon) -> bool:
    before = text[:pos].rstrip()
    if not before:
        return False
    last = _ending(_LAST_WORD_AT_END, before, 0)
    if before.endswith(("'", "’")):
        return True
    if not last:
        return False
    word = last.group(1).lower()
    return word in {d.lower() for d in lex.determiners} or word in {
        "à",
        "en",
        "au",
        "aux",
        "sans",
        "pour",
        "to",
        "for",
        "of",
        "in",
        "on",
    }


def _head_is_source(words: str, lex: Lexicon) -> bool:
    """A source head alone or with one lowercase adjective ("l'opposition municipale",
    "the local police")."""
    stripped = lex.determiner_prefix.sub("", words.strip())
    pair = stripped.split()
    if len(pair) == 2 and stripped.islower():
        return pair[0] in lex.source_heads or pair[1] in lex.source_heads
    return stripped.lower() in lex.source_heads


def _tokens(text: str, start: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in TOKEN.finditer(text[start:])]


def _is_np_start(token: str, lex: Lexicon) -> bool:
    return token[:1].isupper() or _is_determiner(token, lex) or _has_elided_article(token, lex)


def _is_determiner(token: str, lex: Lexicon) -> bool:
    """A determiner standing alone ("le", "the", "l'")."""
    return token.lower() in _determiners(lex)


def _has_elided_article(token: str, lex: Lexicon) -> bool:
    """A word carrying an elided article ("l'armée", "d'Israël")."""
    low = token.lower()
    return any(
        low.startswith(d) and len(low) > len(d) and d.endswith(("'", "’"))
        for d in _determiners(lex)
    )


def _determiners(lex: Lexicon) -> frozenset[str]:
    return frozenset(d.lower() for d in lex.determiners)


def _forward_source(
    text: str, pos: int, lex: Lexicon, mode: Literal["prep", "inverted", "passive"]
) -> tuple[int, int] | None:
    """Span of the source noun phrase that starts at or after `pos`."""
    tokens = _tokens(text, pos)
    i = 0
    if mode == "inverted":
        i = _skip_adverbials(tokens, lex)
        if i is None:
            return None
    if i >= len(tokens) or tokens[i][0] in HARD_STOP:
        return None
    demonstrative = _demonstrative_source(tokens, i, lex)
    if lex.source_stop.match(tokens[i][0]) and not demonstrative:
        return None
    if mode == "inverted" and _spelled(text[tokens[i][1] :], lex)[:1].isdigit():
        return None  # "dénombrait pour sa part SIX MORTS": the object, not an inverted subject
    if mode == "inverted" and lex.infinitive.fullmatch(tokens[i][0]):
        return None  # "affirme déjà AVOIR recueilli…": the reported clause
    start = tokens[i][1]
    if mode == "prep" and lex.pronoun.fullmatch(tokens[i][0]):
        # "selon lui, des agents…", "according to her the toll": a stressed pronoun is the
        # whole source; what follows is the reported clause.
        return start, tokens[i][2]
    end = start
    count = 0
    if mode == "prep":
        # "selon un bilan provisoire communiqué dimanche par l'Office…", "according to
        # figures from the council": the count words are read through to their source.
        counted = lex.source_prefix.match(text[start:])
        if counted is not None:
            while i < len(tokens) and tokens[i][2] <= start + counted.end():
                i += 1
                count += 1
            end = tokens[i - 1][2] if count else start
    while i < len(tokens):
        tok, _, b = tokens[i]
        if tok in HARD_STOP or tok[0].isdigit():
            if tok == "," and mode == "inverted":
                app = _apposition(tokens, i + 1, lex)
                if app is not None:
                    end = tokens[app - 1][2]
                    i = app
                break
            if tok == "," and mode == "prep" and count:
                # "Selon le ministre de la Santé, Othman Abdeljalil, la catastrophe…": a
                # person's name between commas belongs to the source.
                close = next((j for j in range(i + 1, len(tokens)) if tokens[j][0] == ","), None)
                name = " ".join(t[0] for t in tokens[i + 1 : close]) if close else ""
                if name and _proper_name(name) and not any(c in HARD_STOP for c in name):
                    end = tokens[close - 1][2]
            break
        # A stop word ends the source, unless it is the noun of a determiner ("le communiqué")
        # or opens a role's portfolio ("la vice-présidente AUX communications de l'entreprise").
        if (
            count
            and lex.source_stop.match(tok)
            and not _is_determiner(tokens[i - 1][0], lex)
            and not _role_complement(tokens, i, lex)
        ):
            break
        if count and mode != "inverted" and tok.islower() and lex.auxiliary.fullmatch(tok):
            # "retenue par le gouvernement ÉTAIT optimiste", "avancés par l'opposition SONT
            # fantaisistes": the verb ends the source.
            break
        if mode == "passive" and count and re.match(r"(?i)^(?:d['’]\w+|de|of)$", tok):
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if tok.lower() in ("of",) or not (nxt[:1].isupper() or _is_determiner(nxt, lex)):
                break
        if (
            count
            and lex.coordinator.fullmatch(tok)
            and i + 1 < len(tokens)
            and (
                any(t[0][0].isdigit() for t in tokens[i + 1 : i + 3])
                or lex.source_preposition.match(text, tokens[i + 1][1])
            )
        ):
            break
        count += 1
        end = b
        i += 1
        if count > tuning().max_source_tokens:
            return None
    while end > start and text[end - 1] == "." and not re.search(r"\.\w+\.$", text[start:end]):
        end -= 1
    if end <= start:
        return None
    words = text[start:end]
    if not any(ch.isalpha() for ch in words):
        return None
    if lex.not_subject.match(words) and not (lex.pronoun.fullmatch(words) or demonstrative):
        return None
    return start, end


def _role_complement(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """Whether token `i` opens the portfolio of the role before it, which a link to the
    role's body then closes: "vice-présidente AUX communications DE l'entreprise" (not "le
    maire À la radio", "le maire À l'AFP")."""
    if i == 0 or tokens[i][0].casefold() not in lex.role_complements:
        return False
    role = tokens[i - 1][0].casefold()
    if role not in lex.role_nouns and role.split("-")[-1] not in lex.role_nouns:
        return False
    for tok, _, _ in tokens[i + 1 : i + 1 + tuning().role_complement_words]:
        if tok in HARD_STOP or tok[:1].isupper():
            return False
        if tok.casefold() in lex.role_links_words or re.match(r"(?i)^d['’]\w", tok):
            return True
    return False


def _demonstrative_source(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> bool:
    """A determiner that is also a stop word opens a source when a noun follows that is no
    time word: "d'après CETTE organisation", not "ce jeudi" nor "cette semaine"."""
    if not _is_determiner(tokens[i][0], lex) or i + 1 >= len(tokens):
        return False
    noun = tokens[i + 1][0]
    return (
        noun not in HARD_STOP
        and not lex.source_stop.match(noun)
        and not lex.trailing_aux.fullmatch(noun)
        and noun[:1].isalpha()
    )


def _skip_adverbials(tokens: list[tuple[str, int, int]], lex: Lexicon) -> int | None:
    """Index of the first token of the speaker after an inverted verb ("a déclaré à l'AFP
    depuis Benghazi LE porte-parole…"); None when a clause boundary comes first."""
    i = 0
    after_prep = False
    while i < len(tokens):
        tok = tokens[i][0]
        if tok in HARD_STOP:
            return None
        if lex.preposition.match(tok):
            after_prep = True
            i += 1
            continue
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if (
            lex.possessive.match(f"{tok} ")
            and nxt not in HARD_STOP
            and nxt.casefold() in lex.role_nouns
        ):
            return i  # "a annoncé mardi LEUR porte-parole": a possessive, no object pronoun
        if lex.source_stop.match(tok) or lex.trailing_aux.fullmatch(tok):
            # A time word or adverb ("ce jeudi", "également") stands alone.
            i += 1
            continue
        article = 1 if _is_determiner(tok, lex) else 0
        dated = _date_length(tokens, i + article, lex)
        if dated:
            dated += article
            i += dated  # "a estimé jeudi 16 avril LA COUR", "said on March 3, 2026 THE GROUP"
            continue
        if after_prep:
            if _is_determiner(tok, lex) and not tok.endswith(("'", "’")):
                i += 1
                continue
            after_prep = False
            i += 1
            # A complement chain stays adverbial: "en début D'après-midi",
            # "à la chaîne DE télévision".
            while i < len(tokens) and re.match(r"(?i)^(?:de|du|des|d['’].*|of)$", tokens[i][0]):
                attached = len(tokens[i][0]) > 2 and tokens[i][0][1] in "'’"
                i += 1
                if attached:
                    continue
                while i < len(tokens) and _is_determiner(tokens[i][0], lex):
                    i += 1
                i += 1
            continue
        return i
    return None


@cache
def _months(lang: str) -> frozenset[str]:
    """Month names of `lang`, casefolded (<lang>/numbers.yaml `months`)."""
    return frozenset(m.casefold() for m in load_data(lang, "numbers.yaml").get("months") or ())


@cache
def _day_number(lang: str) -> re.Pattern[str]:
    """The day of a date in `lang`: one or two digits, with one of <lang>/numbers.yaml
    `day_suffixes` glued on ("1er", "3rd") or none."""
    suffixes = load_data(lang, "numbers.yaml").get("day_suffixes") or []
    return re.compile(r"\d{1,2}" + (alternation(suffixes, escape=True) + "?" if suffixes else ""))


def _date_length(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> int:
    """Number of tokens of a calendar date starting at token `i` ("16 avril", "16 avril 2026",
    "March 3", "3 March 2026"), 0 when none starts there."""
    months = _months(lex.lang)
    words = [t[0].casefold() for t in tokens[i : i + 3]]
    if len(words) < 2 or (words[0] in months) == (words[1] in months):
        return 0
    if not _day_number(lex.lang).fullmatch(words[1] if words[0] in months else words[0]):
        return 0
    return 3 if len(words) > 2 and YEAR_DIGITS.fullmatch(words[2]) else 2


def _apposition(tokens: list[tuple[str, int, int]], i: int, lex: Lexicon) -> int | None:
    """End index of a noun-phrase apposition starting at token `i` (", Taoufik Chokri."),
    or None when what follows the comma is not one."""
    # "…, coordinatrice de la FICR.": a bare role noun opens an apposition too.
    if i >= len(tokens) or not (
        _is_np_start(tokens[i][0], lex) or tokens[i][0].lower() in lex.role_nouns
    ):
        return None
    j = i
    while j < len(tokens) and tokens[j][0] not in HARD_STOP:
        if lex.verbs.report.fullmatch(tokens[j][0]) or lex.participle.fullmatch(tokens[j][0]):
            return None
        if lex.auxiliary.fullmatch(tokens[j][0]):
            return None  # "…, un commerçant dont la boutique A été ensevelie": a clause
        j += 1
        if j - i > tuning().max_apposition_tokens:
            return None
    if j == i:
        return None
    if (
        j + 2 < len(tokens)
        and tokens[j][0] == "("
        and ACRONYM_TOKEN.fullmatch(tokens[j + 1][0])
        and tokens[j + 2][0] == ")"
    ):
        j += 3  # "…, head of the Union of Autonomous Couriers (UCA).": the body's acronym
    if j < len(tokens) and tokens[j][0] not in ",.;!?":
        return None
    described = any(tok.lower() in lex.role_nouns for tok, _, _ in tokens[i:j])
    if (
        j + 1 < len(tokens)
        and tokens[j][0] == ","
        and not described
        and not (lex.participle.match(tokens[j + 1][0]) or tokens[j + 1][0] in HARD_STOP)
    ):
        return None
    return j


def _verb_cue(
    text: str,
    a: int,
    b: int,
    verb_class: VerbClass,
    lex: Lexicon,
    quotes: list[tuple[int, int]],
    is_known: Callable[[str], bool],
    floor: int = 0,
    last_subject: tuple[int, int] | None = None,
) -> Cue | None:
    """A subject cue ("X a déclaré") or an inverted one ("…, a déclaré X", "a-t-il déclaré")."""
    after = text[b:]
    clitic = lex.inverted_pronoun.match(after)
    # "ajoute-t-elle", "a-t-il déclaré": the clitic sits between auxiliary and verb or after it.
    before_raw = text[:a]
    aux_clitic = re.search(rf"(?:{lex.inverted_clitic.pattern})\s*$", before_raw, re.IGNORECASE)
    if clitic or aux_clitic:
        span = (b, b + clitic.end()) if clitic else (aux_clitic.start(), aux_clitic.end())
        word = text[span[0] : span[1]].strip().lstrip("-t").lstrip("-")
        if lex.impersonal_pronoun.match(word):
            return _impersonal_cue(text, b + (clitic.end() if clitic else 0), verb_class, lex, a, b)
        return Cue("inverted", verb_class, word, *span, a, b, pronoun=True)
    if _participle_before_main_verb(text, a, b, lex) or (
        verb_class in ("accuse", "deny") and _charged_participle(text, a, b, lex)
    ):
        # "Two officers ACCUSED OF assault were suspended": the noun before the participle is
        # the accused, never who accuses.
        return None
    stance = verb_class in ("accuse", "deny") and not _reduced_relative(text, a, b, lex)
    subject = _subject_before(text, a, lex, floor, stance=stance)
    if subject is None and _after_coordinator(text, a, lex):
        # "X parle de 700 postes et nie tout lien", "La FICR reste prudente…, mais reconnait…":
        # coordinated verbs share their subject.
        subject = last_subject or _leading_subject(text, a, lex, is_known)
    if subject is None and (stance or _clause_ahead(text, b, lex)):
        subject = _modified_subject(text, a, lex)
    if subject is not None and _speaker_closes_inverted(text, a, b, subject, lex, is_known):
        subject = None  # "Quatre personnes restent hospitalisées, dont…, précise la préfecture."
    if subject is not None:
        s_start, s_end = subject
        words = text[s_start:s_end]
        return Cue(
            "subject",
            verb_class,
            words,
            s_start,
            s_end,
            a,
            b,
            pronoun=bool(lex.pronoun.match(words)),
        )
    opening = lex.complementiser.match(text[b:])
    if opening and opening.group().strip(" ,;:«»“”\"'’-"):
        # "Le maire, 45 ans, a déclaré que…": a verb opening its reported clause is not
        # inverted; its subject is the sentence's main one.
        lead = _leading_subject(text, a, lex, is_known) or _opening_noun_phrase(text, a, lex)
        if lead is None:
            return None
        words = text[lead[0] : lead[1]]
        return Cue(
            "subject", verb_class, words, *lead, a, b, pronoun=bool(lex.pronoun.match(words))
        )
    src = _forward_source(text, b, lex, "inverted")
    if src is None or not _inverted_context(text, a, lex):
        return None
    words = text[src[0] : src[1]]
    if lex.auxiliary.search(_CAPITALISED_WORD.sub(" ", words)) or re.match(
        r"\s*\d", text[src[1] :]
    ):
        # "…, said the group had also claimed €4.5mn": the reported clause; "en revendiquent
        # plus de 800 000": the object's quantity. Neither is an inverted subject. A
        # capitalised word is part of a name, no auxiliary ("a indiqué l'ARS Grand Est",
        # "said Will Thompson").
        return None
    return Cue("inverted", verb_class, words, *src, a, b, pronoun=bool(lex.pronoun.match(words)))


def _names_speaker(words: str, lex: Lexicon, is_known: Callable[[str], bool]) -> bool:
    """Whether a noun phrase names someone who can speak: a known body, a source head, a
    role noun (or its plural) or a person's name."""
    return (
        is_known(words)
        or _head_is_source(words, lex)
        or any(role_noun(w, lex) for w in re.findall(r"[\w'’-]+", words))
        or _PERSON_NAME.search(words) is not None
    )


def _speaker_closes_inverted(
    text: str,
    a: int,
    b: int,
    subject: tuple[int, int],
    lex: Lexicon,
    is_known: Callable[[str], bool],
) -> bool:
    """Whether a verb set off by a comma is followed by a speaker that ends the sentence,
    while the "subject" found before it names nobody: the verb is inverted and the words
    before it are what was said ("Quatre personnes restent hospitalisées, dont une en
    réanimation, PRÉCISE LA PRÉFECTURE."), not a subject with its relative clause ("Le groupe,
    dont le siège est à Lyon, précise que…")."""
    if not _inverted_context(text, a, lex):
        return False
    src = _forward_source(text, b, lex, "inverted")
    if src is None or text[src[1] :].strip(" .!?…»\"”’')"):
        return False
    speaker = text[src[0] : src[1]]
    if re.search(r"[\d,]", speaker) or lex.indefinite_prefix.match(speaker):
        return False  # "avance un montant plus élevé, de 6 millions d'euros": its object
    return _names_speaker(speaker, lex, is_known) and not _names_speaker(
        text[subject[0] : subject[1]], lex, is_known
    )


def _clause_ahead(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the verb ending at `pos` reports a clause: a complementiser or a subject
    pronoun within a few words, before any punctuation ("said on Tuesday it would", "a
    annoncé lundi qu'elle"; not "les emplois promis, il les juge")."""
    ahead = re.split(r"[,;:.!?()«»“”\"]", text[pos:], maxsplit=1)[0]
    words = re.findall(r"[\w'’-]+", ahead)[: tuning().clause_ahead_words + 1]
    return any(
        _opens_reported_clause(word, 0, lex) or lex.pronoun.fullmatch(word) for word in words
    )


def _modified_subject(text: str, verb_start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The head of a sentence-opening subject whose modifier stands between it and its verb:
    a participle phrase ("A left-wing list NARROWLY DEFEATED IN a by-election said", "La liste
    de gauche BATTUE DIMANCHE de 142 voix a annoncé"), a relative clause ("The mayor of a
    municipality WHERE a landslide killed one person denied") or a complement holding a count
    ("Lawyers FOR A GROUP OF ABOUT 300 CLIENTS said"). Between a subject and its verb, grammar
    leaves no room for a finite verb outside a relative clause: the head is the subject,
    whatever its noun. No comma, quote or coordinator may come in between."""
    head_words = _modified_head_words(lex.lang)
    if not head_words:
        return None
    before = _strip_aux(text[:verb_start], lex)
    lead = len(before) - len(before.lstrip())
    body = before[lead:]
    if not body or re.search(r"[,;:«»“”\"]", body) or lex.coordinator.search(body):
        return None
    tokens = [m for m in TOKEN.finditer(body) if m.group() not in "()"]
    if len(tokens) < 2 or not _is_np_start(tokens[0].group(), lex):
        return None
    last = tokens[-1].group()
    if _is_determiner(last, lex) or lex.preposition.fullmatch(last):
        return None  # "A recount in a DISPUTED by-election": an adjective, no verb
    # The shortest head a clause or participle follows ("The Portuguese company | accused of
    # supplying contaminated saline"), else the shortest a complement follows ("Lawyers | for
    # a group of about 300 clients").
    for prepositional in (False, True):
        for cut in range(1, min(len(tokens) - 1, head_words) + 1):
            head = body[: tokens[cut - 1].end()]
            rest = body[tokens[cut].start() :]
            if _modifier(rest, lex, prepositional) and _head_noun_phrase(head, lex, head_words):
                return lead, lead + len(head)
    return None


@cache
def _modified_head_words(lang: str) -> int:
    """lexicon.yaml `modified_subject_head_words`: 0 turns `_modified_subject` off."""
    return int(load_data(lang, "lexicon.yaml").get("modified_subject_head_words") or 0)


def _modifier(rest: str, lex: Lexicon, prepositional: bool) -> bool:
    """Whether `rest`, between a subject's head and its verb, is a modifier of the head: a
    relative clause, or a participle phrase (with `prepositional`, a prepositional phrase)
    without a verb of its own (not "claimed THE company…", a verb with its object)."""
    words = re.findall(r"[\w'’-]+", rest)
    if not words:
        return False
    if lex.relative_pronoun.fullmatch(words[0]):
        # A relative clause has a verb of its own, but no speech verb: the sentence's is next.
        return not prepositional and not _has_speech_verb(rest, lex)
    if prepositional:
        return bool(lex.preposition.fullmatch(words[0])) and not _has_verb(rest, lex)
    first = 1 if lex.adverb.match(words[0]) and len(words) > 1 else 0
    opener = words[first]
    if not (
        opener.islower()
        and len(opener) >= tuning().participle_min_letters
        and opener.endswith(lex.participle_suffixes)
    ):
        return False
    if first + 1 >= len(words):
        return False  # "The ministry on Tuesday REJECTED claims": a verb, not a modifier
    following = words[first + 1]
    if _is_determiner(following, lex) or _has_elided_article(following, lex):
        return False
    return not _has_verb(rest[rest.find(opener) + len(opener) :], lex)


def _has_speech_verb(text: str, lex: Lexicon) -> bool:
    """Whether a reporting, denial or accusation verb (not a noun of the same form) occurs."""
    for pattern in (lex.verbs.report, lex.verbs.deny, lex.verbs.accuse):
        for match in pattern.finditer(text):
            noun_like = lex.verbs.noun_like.match(match.group())
            if not (noun_like and _noun_reading(text, match.start(), match.group(), lex)):
                return True
    return False


def _head_noun_phrase(head: str, lex: Lexicon, max_words: int) -> bool:
    """A noun phrase that can head a subject: a known speaker form, or an article and a few
    words naming something ("A left-wing list", "La liste de gauche"), no count, no
    participle or adverb of a modifier ("A left-wing list NARROWLY DEFEATED")."""
    if _counts(head, lex) or lex.pronoun.fullmatch(head) or lex.not_subject.match(head):
        return False
    if _has_verb(head, lex):
        return False  # "Prosecutors said data from…": a clause, not a subject
    if _np_like(head, lex):
        return True
    tokens = TOKEN.findall(head)
    words = [t for t in tokens[1:] if not _is_determiner(t, lex)]
    return (
        (_is_determiner(tokens[0], lex) or _has_elided_article(tokens[0], lex))
        and len(tokens) <= max_words - 2
        and not any(
            w.islower() and (w.endswith(lex.participle_suffixes) or lex.adverb.match(w))
            for w in words
        )
        and all(re.fullmatch(r"[^\W\d_][\w'’-]*", t) for t in tokens)
        and not lex.preposition.fullmatch(tokens[-1])
        and not _is_determiner(tokens[-1], lex)
        and (bool(words) or _has_elided_article(tokens[0], lex))
    )


# A capitalised word, after an elided article too ("l'Est"): a word of a name.
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'’-]*")


def _bare_past_form(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether `text[a:b]` is one word with a past ending and no auxiliary before it: a
    participle or a simple past ("blamed", "accusés"), not "has blamed" or "a accusé"."""
    form = text[a:b]
    return (
        " " not in form
        and form.lower().endswith(lex.past_suffixes)
        and not _aux_before(text[:a].rstrip(), lex)
    )


def _reduced_relative(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a past form without auxiliary is followed by a preposition, the reading of a
    participle after its noun ("the blackout BLAMED ON the heat", "le chantier mis en cause
    DANS l'accident"), not of a verb with its object."""
    if not _bare_past_form(text, a, b, lex):
        return False
    following = re.match(r"\s*([\w'’-]+)", text[b:])
    return bool(following and lex.preposition.match(following.group(1)))


def _participle_before_main_verb(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a bare past form is a participle inside its subject, the clause's own verb
    following its short complement: "Two of the four people ADMITTED to hospital were
    children" (a preposition, at most an article and one lowercase word, then a form of "be"
    from lexicon.yaml `participle_main_verbs`)."""
    if not _reduced_relative(text, a, b, lex):
        return False
    main_verbs = listed_pattern(lex.lang, "participle_main_verbs", r"^(?:{})$")
    words = re.findall(r"[^\W\d_][\w'’-]*|[^\w\s]", text[b:])[:4]
    at = 2 if len(words) > 1 and words[1].lower() in lex.determiners else 1
    return (
        len(words) > at + 1
        and words[at].isalpha()
        and words[at].islower()
        and main_verbs.match(words[at + 1]) is not None
    )


def _charged_participle(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a stance verb's bare past form is a participle after its noun, right before
    the preposition of the charge (lexicon.yaml `charge_prepositions`: "officers ACCUSED OF
    assault were suspended", "des négociants ACCUSÉS D'expédier les grumes"); the active verb
    takes its object first ("accused the officers of")."""
    if not _bare_past_form(text, a, b, lex):
        return False
    following = re.match(r"\s*(\w+['’]?)", text[b:])
    return bool(following and following.group(1).lower() in _charge_prepositions(lex.lang))


@cache
def _charge_prepositions(lang: str) -> frozenset[str]:
    """lexicon.yaml `charge_prepositions`: the words that open a charge after its verb."""
    return frozenset(load_data(lang, "lexicon.yaml").get("charge_prepositions") or ())


def _impersonal_cue(
    text: str, pos: int, verb_class: VerbClass, lex: Lexicon, a: int, b: int
) -> Cue | None:
    """ "indique-t-on au ministère", "a-t-on appris de source proche": the impersonal pronoun
    names nobody; the source is the place named after the verb, if any."""
    # "a-t-on appris MARDI auprès du parquet": time adverbs before the source.
    link = lex.impersonal_source_link.match(text, _past_adverbs(text, pos, lex))
    if link is None:
        return None
    src = _forward_source(text, link.end(), lex, "prep")
    if src is None:
        return None
    return Cue("inverted", verb_class, text[src[0] : src[1]], *src, a, b)


def _after_coordinator(text: str, a: int, lex: Lexicon) -> bool:
    before = _strip_aux(text[:a], lex).rstrip()
    last = _ending(_LAST_WORD_AT_END, before, 0)
    return bool(last and lex.coordinator.fullmatch(last.group(1)))


def _strip_aux(before: str, lex: Lexicon) -> str:
    """Remove the auxiliaries and adverbs between a subject and its verb."""
    previous = None
    before = before.rstrip()
    aux_spaces = lex.trailing_aux_words - 1
    while previous != before:
        previous = before
        # `before` has no trailing space: the auxiliary ending it is the only match.
        aux = _ending(lex.trailing_aux, before, aux_spaces)
        if aux:
            before = before[: aux.start()].rstrip()
        # "L'OMS avait, en outre, fait savoir": an adverbial between commas.
        enclosed = _ENCLOSED_ADVERBIAL.search(
            before, max(0, len(before) - _ENCLOSED_ADVERBIAL_CHARS)
        )
        if enclosed and lex.trailing_aux.fullmatch(enclosed.group(1).strip()):
            before = before[: enclosed.start()].rstrip()
        adverb = _ending(lex.adverb, before, _ADVERB_SPACES)
        if adverb and _ending(lex.trailing_aux, before[: adverb.start()].rstrip(), aux_spaces):
            before = before[: adverb.start()].rstrip()
    return before


def _ending(pattern: re.Pattern[str], text: str, spaces: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern anchored at the end of the text whose matches hold
    at most `spaces` whitespace characters before the text's trailing whitespace: the search
    starts where such a match can first start, a few words from the end, instead of trying
    every position of what may be a long sentence."""
    # Before the last `spaces + 1` words: at or before the first place a match can start.
    words = text.rstrip().rsplit(None, spaces + 1)
    return pattern.search(text, len(words[0]) if len(words) > spaces + 1 else 0)


def _inverted_context(text: str, a: int, lex: Lexicon) -> bool:
    """Inversion needs a quote, a comma or a relative "que" right before the verb group."""
    before = _strip_aux(text[:a], lex).rstrip()
    if not before:
        return False
    if before[-1] in ',»”"':
        return True
    return bool(re.search(r"(?i)(?:\bque|\bqu['’]|\bthat|\bas)\s*(?:lui|leur)?$", before))


def _subject_before(
    text: str,
    verb_start: int,
    lex: Lexicon,
    floor: int = 0,
    stance: bool = False,
) -> tuple[int, int] | None:
    """Span of the subject noun phrase ending right before the verb group, if there is one.

    With `stance` (an accusation or denial verb), a short noun phrase with an article is a
    subject even when no role list knows its head: who accuses or denies is someone ("les
    pirates accusent la direction", "the hackers deny"), and so is a group of people given by
    its number ("34 maires accusent")."""
    span = _subject_span(text, verb_start, lex, floor, stance)
    if span is None:
        return None
    return _relative_antecedent(text, span, lex) or span


def _relative_antecedent(text: str, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase a found "subject" is a relative clause of ("Survivors of the fire THAT
    tore through a ferry described…", "The operator of a ferry that caught fire, killing six,
    denied…"): the antecedent, a verbless phrase opening its clause; None otherwise."""
    before = text[: span[0]].rstrip()
    pronoun = _ending(_LAST_WHOLE_WORD, before, 0)
    if pronoun is None or not lex.relative_pronoun.fullmatch(pronoun.group(1)):
        return None
    head = text[: pronoun.start(1)].rstrip()
    start = _clause_start(head, lex)
    start = max(start, head.rfind(",") + 1)
    words = head[start:]
    stripped = words.strip()
    if not stripped or _has_verb(stripped, lex) or not _np_like(stripped, lex):
        return None
    if listed_pattern(lex.lang, "narrated_tense").search(stripped):
        return None  # "Officials warned last week that…": a clause, not a noun phrase
    lead = len(words) - len(words.lstrip())
    return start + lead, len(head)


def _subject_span(
    text: str,
    verb_start: int,
    lex: Lexicon,
    floor: int = 0,
    stance: bool = False,
) -> tuple[int, int] | None:
    """The subject span before the verb group, before looking through a relative clause."""
    before = _strip_aux(text[:verb_start], lex)
    if not before.strip():
        return None
    if before.rstrip()[-1] in '»”"':
        return None
    answered = _answered_noun_before(before, lex)
    if answered is not None:
        # "…, an assertion Valdoria flatly rejected": the answered noun's own phrase, whatever
        # comes before it, and its subject without the adverb before the verb.
        before = _strip_adverbs(before, lex)
        floor = max(floor, answered)
    # Relative clause ("les organisateurs qui évoquent"): the subject is the antecedent.
    rel = _ending(_LAST_TOKEN, before, 1)
    relative = bool(rel and lex.relative_pronoun.fullmatch(rel.group(1)))
    if relative:
        before = before[: rel.start(1)].rstrip()
        if before.endswith(","):
            # "contesté par la CGT, qui évoque…": the antecedent closes the previous phrase.
            before = before[:-1].rstrip()
            seg_start = before.rfind(",") + 1  # after the comma that opens the phrase
            start = _antecedent_start(text, seg_start, len(before), lex)
            words = text[start : len(before)].strip()
            if words and _np_like(words, lex):
                lead = len(text[start : len(before)]) - len(text[start : len(before)].lstrip())
                return start + lead, len(before)
            return None
    region_start = max(_clause_start(before, lex), min(floor, len(before)))
    region = before[region_start:]
    segments = _comma_segments(region, region_start)
    if not segments:
        return None
    if before.rstrip().endswith(","):
        # "Le président ukrainien, Volodymyr Zelensky, affirme": apposition between commas.
        # A participle set off between commas is skipped only when the subject fails
        # with it ("Hervé Castagnier, élu depuis 2014, dément…").
        joined = _apposition_subject(before, segments, lex) or _apposition_subject(
            before, segments, lex, skip_modifiers=True
        )
        if joined is None:
            return None
        return joined
    s_start, s_end = segments[-1]
    if lex.coordinator.search(text[s_start:s_end]):
        s_start = _enumeration_start(text, segments, lex)
    if relative:
        s_start = _antecedent_start(text, s_start, s_end, lex)
    s_start, s_end = _trim(text, s_start, s_end, lex)
    if s_end <= s_start or _after_coordinator(text, s_end, lex):
        # "la Cour des comptes contredit Bercy et chiffre…": a verb right after a coordinator
        # is a second verb sharing the first one's subject; what comes before is no subject.
        return None
    # "in a statement on Thursday it spoke of…": the subject is the final pronoun.
    tail = _ending(_LAST_WHOLE_WORD, text[s_start:s_end], 0)
    if tail and tail.start() > 0 and lex.pronoun.fullmatch(tail.group(1)):
        s_start += tail.start()
    words = text[s_start:s_end]
    if len(words.split()) > tuning().max_source_tokens or not _np_like(words, lex):
        # "Families of people who fell ill … have accused": the head before its relative.
        s_end = _head_before_relative(text, s_start, s_end, lex)
        words = text[s_start:s_end]
    if len(words.split()) > tuning().max_source_tokens or (
        lex.not_subject.match(words) and not lex.pronoun.match(words)
    ):
        return None
    if not (
        _np_like(words, lex)
        or _np_like(_head_before_count(words, lex), lex)
        or (stance and _short_noun_phrase(words, lex))
        or (stance and counted_speakers(words, lex))
    ):
        return None
    return s_start, _before_channel(text, s_start, s_end, lex)


def _before_channel(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The end of a subject without the outlet that saw its document, when what is left is
    still a noun phrase: "A report SEEN BY THE GUARDIAN found", "une note OBTENUE PAR LE
    PARISIEN évoque" (lexicon.yaml `channel_modifiers`); the outlet is the channel."""
    channel = listed_pattern(lex.lang, "channel_modifiers", r"[\s,]+(?:{})(?![\w'’-])")
    found = channel.search(text, start, end)
    if found and found.start() > start and _np_like(text[start : found.start()], lex):
        return found.start()
    return end


# A subject that opens on its count: an optional article and up to three lowercase words
# before the number ("more than", "plus de", "les"), the number, then the counted noun.
_COUNTED_SUBJECT = re.compile(
    r"^(?:[^\W\d_]+['’]?\s+){0,3}?\d[\d\s.,’']*\s+(?P<head>[^\W\d_][\w-]*)(?P<rest>[^\d]*)$"
)


def speech_act_noun(lex: Lexicon) -> re.Pattern[str]:
    """lexicon.yaml `speech_act_nouns` ending the text: a document its issuer speaks by."""
    return listed_pattern(lex.lang, "speech_act_nouns", r"(?<![\w'’-])(?:{})$")


def issued_document(lead: str, lex: Lexicon) -> bool:
    """Whether `lead` ends on a document its subject issues: a verb of issuing it (lexicon.yaml
    `speech_act_issuing_verbs`), at most three words, then a `speech_act_noun` ("signed an
    open letter", "ont déposé une plainte"; not "received a letter", "a reçu une lettre")."""
    document = speech_act_noun(lex).search(lead)
    if document is None:
        return False
    issuing = listed_pattern(
        lex.lang, "speech_act_issuing_verbs", r"(?<![\w'’-])(?:{})\s+(?:[\w'’-]+\s+){0,3}$"
    )
    return issuing.search(lead[: document.start()]) is not None


@cache
def _plural_endings(lang: str) -> tuple[str, ...]:
    """The plural endings of nouns (numbers.yaml `unit_plural_endings`: "s", "x")."""
    return tuple(load_data(lang, "numbers.yaml").get("unit_plural_endings") or ())


def role_noun(word: str, lex: Lexicon) -> bool:
    """A role noun or the plural of one ("mayors", "maires")."""
    lowered = word.lower()
    plural = _plural_endings(lex.lang)
    return lowered in lex.role_nouns or (
        lowered.endswith(plural) and lowered[:-1] in lex.role_nouns
    )


def counted_speakers(words: str, lex: Lexicon) -> bool:
    """A group of people given by its number, subject of an accusation or a denial ("34
    maires du secteur accusent", "Some 300 doctors have denied"): the counted noun is a role
    or an agent noun, in the plural, and no other number follows. Not before a reporting
    verb, which may be a count's own ("4.200 épargnants auraient confié leurs économies",
    "9,000 clients had recorded a loss"). A spelled-out count is read as its digits
    ("Thirty-four mayors")."""
    match = _COUNTED_SUBJECT.match(_spelled(words.strip(), lex))
    if match is None or len(words.split()) > tuning().max_source_tokens:
        return False
    head = match.group("head")
    plural = _plural_endings(lex.lang)
    return (
        head.islower()
        and head.endswith(plural)
        and (role_noun(head, lex) or agent_noun(head, lex.lang))
    )


def _short_noun_phrase(words: str, lex: Lexicon) -> bool:
    """A definite article and at most lexicon.yaml `stance_subject_max_words` lowercase words
    ending on a plural, no digit ("les pirates", "the hackers"): an unnamed group of people.
    Not an indefinite one ("a blackout blamed on the heat"), nor a singular, which names a
    body the article calls otherwise and must be resolved to it ("la plateforme lyonnaise")."""
    tokens = TOKEN.findall(words)
    if not tokens or _counts(words, lex) or lex.indefinite_prefix.match(words):
        return False
    if not _is_determiner(tokens[0], lex):
        return False
    tokens = tokens[1:]
    plural = _plural_endings(lex.lang)
    return (
        0 < len(tokens) <= int(load_data(lex.lang, "lexicon.yaml")["stance_subject_max_words"])
        and all(t.isalpha() and t.islower() and not _is_determiner(t, lex) for t in tokens)
        and tokens[-1].endswith(plural)
    )


def _head_before_relative(text: str, start: int, end: int, lex: Lexicon) -> int:
    """End of the noun phrase before a restrictive relative clause inside a subject
    ("People WHO live near the plant say", "les habitants QUI vivent près du site
    dénoncent"), or `end` when there is none or the head is no speaker."""
    for match in lex.relative_pronoun.finditer(text, start, end):
        head = text[start : match.start()].rstrip()
        if head and _np_like(head, lex):
            return start + len(head)
        break
    return end


def _head_before_count(words: str, lex: Lexicon) -> str:
    """The head of a subject whose modifier counts its members ("A collective
    REPRESENTING about 40 families", "un collectif REGROUPANT 40 familles"): the words
    before that participle, or "" when the subject has no such modifier."""
    tokens = list(re.finditer(r"[\w'’-]+", words))
    for index, token in enumerate(tokens[1:], start=1):
        word = token.group()
        if not (word.islower() and word.endswith(lex.non_finite_suffixes) and len(word) > 5):
            continue
        # The count follows the participle within three words.
        rest = _spelled(words[token.end() :], lex).split()[:3]
        if index <= 4 and any(w[:1].isdigit() for w in rest):
            return words[: token.start()].rstrip()
        return ""
    return ""


def _enumeration_start(text: str, segments: list[tuple[int, int]], lex: Lexicon) -> int:
    """Start of a list subject "Israel, Hamas and other groups": short segments before the
    last one join it; a leading relative ("of which Israel") is cut off."""
    start = segments[-1][0]
    for a, b in reversed(segments[:-1]):
        words = text[a:b]
        rel = list(lex.relative_pronoun.finditer(words))
        if rel:
            tail = words[rel[-1].end() :]
            return a + rel[-1].end() + len(tail) - len(tail.lstrip())
        if len(words.split()) > 3 or not _np_like(words, lex):
            return start
        start = a
    return start


def _clause_start(before: str, lex: Lexicon) -> int:
    """Start of the clause that ends at the verb: after a quote, semicolon, colon, or a
    subordinating word, or after a coordinator when what precedes it is a full clause."""
    start = 0
    for match in re.finditer(r"[;:«»“”\"—–]", before):
        start = match.end()
    # Inside an unclosed parenthesis the clause starts after it ("… (la CGT avait compté");
    # a closed one is part of the subject ("le Front commun (FCSH) juge").
    depth = 0
    for paren in reversed(list(_PARENTHESIS.finditer(before, start))):
        if paren.group() == ")":
            depth += 1
        elif depth == 0:
            start = paren.start() + 1
            break
        else:
            depth -= 1
    relatives = _closed_relatives(before, lex)
    for match in lex.clause_boundary.finditer(before, start):
        # "X, dont le parti a 61 sièges, accuse": a relative clause closed by a comma
        # describes the subject and does not start the verb's clause, nor does any word in it
        # ("Ipsoval, whose survey days BEFORE the vote put…, said").
        closed = "," in before[match.end() :] and "," in before[: match.start()]
        if closed and lex.relative_pronoun.fullmatch(match.group()):
            continue
        if any(a <= match.start() < b for a, b in relatives):
            continue
        start = max(start, match.end())
    for match in lex.coordinator.finditer(before, start):
        if any(a <= match.start() < b for a, b in relatives):
            continue  # "X, who insists police padlocked gates C AND D, said": inside it
        left = before[start : match.start()]
        # Only a coordinator in the last comma-free stretch can open the verb's clause.
        if "," in before[match.end() :]:
            continue
        left = left.rsplit(",", 1)[-1]
        if any(ch.isdigit() for ch in left) or _has_verb(left, lex) or _verb_and_object(left, lex):
            start = match.end()
    return start


def _verb_and_object(clause: str, lex: Lexicon) -> bool:
    """Whether `clause` opens on a short subject, a past form and a determiner: a clause with
    its own verb and object ("after Lusmaria RAISED ITS estimate and Halvoria accused…"), where
    a participle after its noun ("les familles endeuillées et leurs avocats") is none."""
    words = re.findall(r"[\w'’-]+", clause)
    narrated = listed_pattern(lex.lang, "narrated_past_endings", r"^[^\W\d_]{3,}{}$")
    reach = tuning().clause_verb_reach
    return any(
        0 < i < reach
        and word.islower()
        and narrated.match(word)
        and i + 1 < len(words)
        and _is_determiner(words[i + 1], lex)
        and not _is_determiner(words[i - 1], lex)
        and not any(lex.preposition.fullmatch(w) for w in words[:i])
        for i, word in enumerate(words)
    )


# A stretch set off by commas. A comma inside a number ("the town of 18,500") does not close
# it; one after a name ending in a digit ("Kraken9, a gang that…,") opens one. The stretch
# starts on a non-space: spaces the `\s*` could give back to it made a comma followed by a
# long unclosed run of spaces take quadratic time.
_COMMA_CLAUSE_RE = re.compile(r"(?:(?<!\d),|,(?=\s))\s*((?:\d,(?=\d)|[^,\s])(?:\d,(?=\d)|[^,])*),")


def _closed_relatives(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of relative clauses set off by commas: ", whose survey … ahead," in `text`."""
    spans = []
    for match in _COMMA_CLAUSE_RE.finditer(text):
        first = re.match(r"[\w'’]+", match.group(1))
        if first and lex.relative_pronoun.fullmatch(first.group()):
            spans.append((match.start(1), match.end(1)))
            continue
        # ", a ransomware gang THAT has been active since 2024,": an apposition's relative.
        relative = next(
            (
                m
                for m in re.finditer(r"[\w'’]+", match.group(1))
                if lex.relative_pronoun.fullmatch(m.group())
            ),
            None,
        )
        if relative is not None:
            head = match.group(1)[: relative.start()]
            if (
                head.strip()
                and len(head.split()) <= tuning().max_source_tokens
                and not _has_verb(head, lex)
            ):
                spans.append((match.start(1) + relative.start(), match.end(1)))
    return spans


def _has_verb(text: str, lex: Lexicon) -> bool:
    text = lex.time_ago.sub(" ", text)  # "créée il y a dix jours" has no verb of its own
    return bool(lex.auxiliary.search(text)) or _has_speech_verb(text, lex)


def _comma_segments(region: str, offset: int) -> list[tuple[int, int]]:
    segments = []
    pos = 0
    # Commas inside numbers ("1,400") do not separate phrases.
    for part in re.split(r"(?<!\d),|,(?!\d)", region):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            segments.append((offset + pos + lead, offset + pos + len(part.rstrip())))
        pos += len(part) + 1
    return segments


def _apposition_subject(
    before: str, segments: list[tuple[int, int]], lex: Lexicon, skip_modifiers: bool = False
) -> tuple[int, int] | None:
    """Subject made of comma-separated noun phrases, or None (then the verb is inverted);
    `skip_modifiers` leaves out detached participles and adjectives."""
    if len(segments) == 1 and not before[: segments[0][0]].strip():
        # One phrase opening the sentence and a comma before the verb is no subject ("Faux,
        # rétorque le groupe", "Parmi les victimes figurent deux enfants, a précisé la
        # Premar"): the verb is inverted.
        return None
    kept: list[tuple[int, int]] = []
    for index, seg in enumerate(segments):
        words = before[seg[0] : seg[1]]
        relative = lex.relative_pronoun.search(words)
        if relative and relative.start() > 0 and kept:
            # "…, a non-governmental organisation that runs clinics, put": the apposition
            # ends where its relative clause begins.
            seg = (seg[0], seg[0] + len(words[: relative.start()].rstrip()))
            words = before[seg[0] : seg[1]]
        if lex.relative_pronoun.match(words):
            # "FlyFair, which represents 90,000 members, said": a relative clause between
            # commas describes the subject before it, up to the verb ("le GHRE, qui regroupe
            # les hôpitaux de Saint-Malo, Dinan et Cancale, a indiqué": the list is in it),
            # unless a verb after it shows the clause went on ("Onze personnes, dont un
            # adjoint, ont été placées en garde à vue, a précisé le PNF": inverted).
            later = segments[index + 1 :]
            if kept and any(_has_verb(before[a:b], lex) for a, b in later):
                continue
            break
        if kept and lex.pronoun.match(words.strip()):
            continue  # "La direction, elle, dénonce": an emphatic pronoun adds nothing
        if kept and lex.age_apposition.fullmatch(words.strip()):
            continue  # "Karel Vondra, 27, the rider involved, maintains": an age adds nothing
        if skip_modifiers and kept and _detached_modifier(words, lex):
            continue  # "Hervé Castagnier, élu depuis 2014, dément": a participle adds nothing
        if not kept and _opening_participle(words, lex):
            continue  # "Joint par l'AFP, un responsable…": the opener describes the subject
        opener = re.match(r"[\w'’-]+", words)
        if not kept and opener and lex.preposition.fullmatch(opener.group()):
            continue  # "Dans un communiqué publié mardi, le GHRE…": an opening adverbial
        kept.append(seg)
    if not kept:
        return None
    span: tuple[int, int] | None = None
    if len(kept) >= 2:
        span = _head_and_apposition(before, kept[-2], kept[-1], lex)
    if span is None:
        last = kept[-1]
        words = before[last[0] : last[1]]
        if len(kept) >= 2 and not _proper_name(words):
            return None  # "…, dont 11 à Paris, indique X": the verb is inverted
        if not _np_like(words, lex) or _has_verb(words, lex):
            return None
        span = last
    return span


def _opening_participle(words: str, lex: Lexicon) -> bool:
    """A sentence-opening participle phrase ("Joint par l'AFP", "Contacted by Reuters",
    "Interrogée"): a past participle alone, or a word and its agent ("par", "by")."""
    tokens = words.split()
    if not tokens or tokens[0].lower() in lex.role_nouns:
        return False
    if len(tokens) == 1:
        # A telling ending only: "Interrogée", "Asked", not the "d" of "Berthaud".
        endings = tuple(s for s in lex.past_suffixes if len(s) > 1 or not s.isascii())
        return tokens[0].lower().endswith(endings) and len(tokens[0]) > 4
    return bool(lex.agent_preposition.fullmatch(tokens[1]))


def _detached_modifier(words: str, lex: Lexicon) -> bool:
    """A comma-set phrase opened by a bare lowercase word that is no determiner, undated
    role, pronoun or clause word: a participle or adjective about the subject ("élu depuis 2014",
    "re-elected in March", "visiblement ému"), not a noun phrase naming it."""
    first = re.match(r"[\w'’-]+", words.strip())
    if first is None:
        return False
    word = first.group()
    second = words.strip()[first.end() :].split()[:1]
    linked = bool(second and second[0].lower() in lex.role_links_words)
    if word[:1].islower() and not linked and _participle_phrase(words.strip(), lex):
        return True  # "communiqué lundi soir" (also a noun, but no complement follows)
    return (
        word[:1].isalpha()
        # "one of the riders", "membre du conseil": a head noun with its complement.
        and not (second and second[0].lower() in lex.role_links_words)
        and word[:1].islower()
        and not _is_determiner(word, lex)
        and not _has_elided_article(word, lex)
        # "maire depuis 2014", "élu en 2020": a dated role describes, it does not name.
        and (word.lower() not in lex.role_nouns or any(ch.isdigit() for ch in words))
        and not lex.pronoun.fullmatch(word)
        and not lex.coordinator.fullmatch(word)
        and not lex.clause_boundary.fullmatch(word)
        and not lex.not_subject.match(word)
        # "des enquêtes…, comme Conflict Armament Research, ont révélé": an example names.
        and not lex.example_marker.match(words.strip())
        # "one of the riders named…" is a noun phrase; "ont été placées…" a clause.
        and not _FIGURE_AHEAD.match(_spelled(word, lex))
        and not _has_verb(words, lex)
    )


def _participle_phrase(words: str, lex: Lexicon) -> bool:
    """A phrase opened by a past participle with no auxiliary ("communiqué lundi soir",
    "published on Monday"), in a language whose finite past needs one."""
    first = words.split()[:1]
    endings = tuple(s for s in lex.past_suffixes if len(s) > 1 or not s.isascii())
    return (
        lex.past_participle_needs_aux
        and bool(first)
        and first[0].lower().endswith(endings)
        and not lex.auxiliary.search(words)
    )


def _head_and_apposition(
    before: str, head: tuple[int, int], apposition: tuple[int, int], lex: Lexicon
) -> tuple[int, int] | None:
    """ "Le président ukrainien, Volodymyr Zelensky", "Le gouvernement de l'est, rival de celui
    de Tripoli": a noun phrase and its apposition, both free of verbs and digits."""
    head_words = before[head[0] : head[1]]
    apposition_words = before[apposition[0] : apposition[1]]
    # "the sub-prefect, Helene Marchadour,": a person's name makes any head a speaker.
    named = _proper_name(apposition_words) or _proper_name(head_words)
    head_ok = _np_like(head_words, lex) or (named and _is_np_start(head_words.split()[0], lex))
    # Digits that belong to a name ("Kraken9", "Utopia 56") are no count.
    if not head_ok or any(
        _has_verb(words, lex) or _counts(words, lex) for words in (head_words, apposition_words)
    ):
        return None
    # An age or a relative clause skipped between the two ("Faye, 49, the former chief
    # accountant of …") does not count towards the source's length.
    if len(head_words.split()) + len(apposition_words.split()) > tuning().max_source_tokens:
        return None
    return head[0], apposition[1]


def _proper_name(words: str) -> bool:
    """Two to four capitalised words: "Hélène Marchadour", "Anne-Sophie Verlinden"."""
    tokens = words.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)


_NUMBERED_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w-]{2,})\s+\d{1,3}$")


def _np_like(words: str, lex: Lexicon) -> bool:
    """Starts with an article or a capital, has letters, no digit, not too long."""
    words = words.strip()
    if not words or _counts(words, lex) or len(words.split()) > tuning().max_source_tokens:
        return False
    if lex.pronoun.match(words) or lex.unnamed_person.match(words):
        return True  # "he", "a person familiar with the matter", "an official"
    tokens = TOKEN.findall(words)
    if not tokens or not (_is_np_start(tokens[0], lex) or lex.bare_noun_subjects):
        return False
    return _speaker_like(tokens, lex)


# Digits that belong to a name, not to a count: a bracketed acronym ("les pompiers (Sdis 44)")
# and a capitalised token holding digits ("le G7", "Covid-19").
_NAME_DIGITS = re.compile(r"\([^()]*\)|(?<![\w-])[A-ZÀ-Ý][\w-]*\d[\w-]*")


def _counts(words: str, lex: Lexicon) -> bool:
    """Whether the words hold a digit that counts something ("les 12 maires"): not an age
    describing a person ("a 29-year-old nurse"), nor a number that is part of a name ("le
    Sdis 44", "SDIS 19", "les pompiers (Sdis 44)", "le G7")."""
    digits = lex.age_compound.sub("", words)
    named = _NUMBERED_NAME.search(digits)
    if named and not _is_determiner(named.group("name"), lex):
        digits = digits[: named.start()]
    return any(ch.isdigit() for ch in _NAME_DIGITS.sub("", digits))


def _speaker_like(tokens: list[str], lex: Lexicon) -> bool:
    """A noun phrase that can name a speaker: a capitalised name or a role/institution noun
    before its first complement ("L'échange de vues entre…" is not one)."""
    content = 0
    for index, token in enumerate(tokens):
        if _is_determiner(token, lex) and not token.endswith(("'", "’")):
            continue
        content += 1
        bare = re.sub(r"^\w['’]", "", token)
        # "Le dernier bilan de la protection civile": a document speaks for its author.
        if (
            bare.lower() in lex.role_nouns
            or bare.lower() in lex.speaking_documents
            or (bare[:1].isupper() and bare.lower() not in lex.role_links_words)
            or (_head_position(tokens, index, content, lex) and agent_noun(bare, lex.lang))
        ):
            return True
        if index and re.match(r"(?i)^(?:de|du|des|of|in|at|for|entre|between|sur|on)$", token):
            return False
    return False


def _head_position(tokens: list[str], index: int, content: int, lex: Lexicon) -> bool:
    """Whether the token at `index` can be the head noun of its phrase: it closes the phrase
    (nothing, a link, a name or punctuation follows: "the rector", "le gestionnaire
    d'infrastructure", not "un violent incendie"), and where nouns come first it is the first
    word after the article ("une information judiciaire" has "information" for head)."""
    if content > 1 and load_data(lex.lang, "numbers.yaml").get("head_noun") == "first":
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return (
        not following
        or not following[:1].isalpha()
        or following[:1].isupper()
        or following.lower() in lex.role_links_words
        or bool(re.match(r"^\w['’]", following))
    )


def agent_noun(word: str, lang: str) -> bool:
    """A lowercase noun whose ending names someone who acts ("l'armateur", "le recteur",
    "the shipowner", "the rector"): a speaker no role list has to know (lexicon
    `agent_nouns`, less `agent_noun_exceptions`: "le secteur", "the number")."""
    word = word.lower() if word[:1].islower() else ""
    exceptions = _agent_noun_exceptions(lang)
    return (
        bool(word)
        and word not in exceptions
        and word.removesuffix("s") not in exceptions  # "les premiers", "the numbers"
        and bool(listed_pattern(lang, "agent_nouns", "^{}$").match(word))
    )


@cache
def _agent_noun_exceptions(lang: str) -> frozenset[str]:
    return frozenset(load_data(lang, "lexicon.yaml").get("agent_noun_exceptions") or [])


def _antecedent_start(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Start of the last noun phrase in text[start:end] ("contestés par LES ORGANISATEURS")."""
    best = start
    for match in re.finditer(r"(?<![\w'’-])[\w'’-]+", text[start:end]):
        if _is_determiner(match.group(), lex) or _has_elided_article(match.group(), lex):
            best = start + match.start()
    return best


def _trim(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop leading conjunctions/adverbs ("Et", "Mais", "However") from a subject span."""
    while start < end:
        m = re.match(r"([\w'’-]+)\s+", text[start:end])
        if not m:
            break
        word = m.group(1)
        if (
            lex.coordinator.fullmatch(word)
            or lex.leading_connective.fullmatch(word)
            or (lex.trailing_aux.fullmatch(word) and not word[0].isupper())
        ):
            start += m.end()
            continue
        time = re.match(r"[\w'’-]+\s+([\w'’-]+)\s+", text[start:end])
        if time and lex.preposition.fullmatch(word) and lex.source_stop.match(time.group(1)):
            start += time.end()  # "On Thursday the governor had said": a time, then the subject
            continue
        break
    return start, end
