"""Map the words that name a source to one canonical entity, shared across languages.

Alias tables live in `claimtrack/data/aliases/<lang>.yaml` as `canonical -> [aliases]`;
users add their own files in the same format (`SourceResolver.with_files`). Lookup order:
anonymous patterns, exact alias (with and without leading articles and titles), each part of
an apposition ("le président ukrainien, Volodymyr Zelensky"), an alias behind a role noun
("le porte-parole DU Pentagone"), a fuzzy match above the lexicon's
`source_matching.fuzzy_threshold`, and finally the cleaned source itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz, process

from claimtrack.lexicon import Lexicon, lexicon, listed_pattern
from claimtrack.resources import languages, load_data, load_yaml_file

ANONYMOUS = "anonymous"
MEMO_SIZE = 50_000
T = TypeVar("T")
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_EDGE_PUNCT = "\"'«»“”‘’,;:.()[]—–- \u00a0\u202f"


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes, dashes and spaces (for matching only)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[-‐‑–—]", " ", text)
    text = re.sub(r"[.]", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:'\"")


def _lower(text: str) -> str:
    """Lowercase with unified apostrophes and spaces, accents kept (for the lexicon's regexes)."""
    return re.sub(r"\s+", " ", text.casefold().replace("’", "'")).strip()


def _is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("WHO", "US", "AP") must match with their case."""
    letters = alias.replace(".", "").replace("-", "")
    return len(letters) <= 5 and letters.isupper()


@dataclass
class _Table:
    """Folded alias -> canonical for one language, plus the case-sensitive acronyms."""

    exact: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)

    def add(self, canonical: str, alias: str, lex: Lexicon) -> None:
        if _is_acronym(alias):
            self.acronyms[alias.replace(".", "")] = canonical
            return
        key = fold(alias)
        if key:
            self.exact.setdefault(key, canonical)
        stripped = fold(_strip_determiners(alias, lex))
        if stripped:
            self.exact.setdefault(stripped, canonical)


def _strip_determiners(text: str, lex: Lexicon) -> str:
    return lex.determiner_prefix.sub("", text.strip(_EDGE_PUNCT)).strip(_EDGE_PUNCT)


class SourceResolver:
    """Canonicalises source mentions with the built-in alias tables plus optional user files."""

    def __init__(self, tables: dict[str, dict[str, list[str]]]) -> None:
        """`tables` maps a language code to its `canonical -> aliases` mapping."""
        self._tables: dict[str, _Table] = {}
        self._fuzzy_keys: dict[str, list[str]] = {}
        # Lookups repeat across articles ("la police", "the ministry"): memoised, bounded.
        self._memo: dict[tuple[str, str, str], object] = {}
        for lang, mapping in tables.items():
            self._load(lang, mapping)

    def _memoised(self, kind: str, source: str, lang: str, compute: Callable[[], T]) -> T:
        key = (kind, source, lang)
        if key not in self._memo:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def _load(self, lang: str, mapping: dict[str, list[str]]) -> None:
        lex = lexicon(lang)
        table = self._tables.setdefault(lang, _Table())
        for canonical, aliases in (mapping or {}).items():
            canonical = str(canonical)
            for alias in [canonical, *[str(a) for a in aliases or []]]:
                table.add(canonical, alias, lex)
        self._memo.clear()
        self._fuzzy_keys[lang] = [k for k in table.exact if len(k) >= lex.fuzzy_min_length]

    @classmethod
    @cache
    def default(cls) -> SourceResolver:
        """Resolver over the built-in alias tables of every language (cached)."""
        return cls(_builtin_tables())

    @classmethod
    def with_files(cls, *paths: str | Path) -> SourceResolver:
        """Built-in tables plus user alias files; a file named `<lang>.yaml` applies to that
        language only, any other file to every language. User aliases win over built-ins."""
        tables = {lang: dict(mapping) for lang, mapping in _builtin_tables().items()}
        resolver = cls({})
        for path in paths:
            user = load_yaml_file(path) or {}
            stem = Path(path).stem
            targets = [stem] if stem in tables else list(tables)
            for lang in targets:
                resolver._load(lang, user)
        for lang, mapping in tables.items():
            resolver._load(lang, mapping)
        return resolver

    def canonical(self, source: str, lang: str) -> tuple[str, bool]:
        """(canonical entity, anonymous?) for a source as written in a `lang` article."""
        return self._memoised("canonical", source, lang, lambda: self._canonical(source, lang))

    def _canonical(self, source: str, lang: str) -> tuple[str, bool]:
        lex = lexicon(lang)
        cleaned = clean_source(source, lex)
        if not cleaned:
            return source.strip(_EDGE_PUNCT), False
        if lex.anonymous.search(_lower(cleaned)) or lex.anonymous.search(_lower(source)):
            return ANONYMOUS, True
        cleaned = _named_example(cleaned, lex)
        cleaned = _institution_acronym(cleaned, lex)
        found = self._lookup(cleaned, lang, lex) or self._office_of(cleaned, lang, lex)
        found = found or _portfolio_ministry(cleaned, lex)
        bare = _without_document(cleaned, lex)
        if found is None and bare != cleaned:
            return self._canonical(bare, lang)
        if found is None or found in _placed_generics():
            placed = self._placed(cleaned, lang, lex)
            if placed:
                return placed, False
        if found:
            return found, False
        if lex.unnamed_person.search(_lower(cleaned)):
            return ANONYMOUS, True
        body = _represented_body(cleaned, lex)
        if body:
            # "un porte-parole de l'armée à Srinagar": the army speaks, not an anonymous person.
            return self._canonical(body, lang)
        if (
            lex.indefinite_prefix.match(cleaned)
            and cleaned == cleaned.lower()
            and not _names_organisation(cleaned, lex)
        ):
            # "un manifestant", "a witness": an unnamed private person ("a consumer group"
            # is an unnamed organisation, not anonymous).
            return ANONYMOUS, True
        return _fallback_name(cleaned, lex), False

    def lookup(self, source: str, lang: str) -> str | None:
        """The canonical entity `source` names as a whole, or None if it is not in the tables."""
        return self._memoised("lookup", source, lang, lambda: self._lookup_whole(source, lang))

    def _lookup_whole(self, source: str, lang: str) -> str | None:
        lex = lexicon(lang)
        cleaned = clean_source(source, lex)
        return self._lookup(_named_example(cleaned, lex), lang, lex) if cleaned else None

    def knows(self, source: str, lang: str) -> bool:
        """Whether `source` names an entity of the alias tables (not just a cleaned string)."""
        return self._memoised("knows", source, lang, lambda: self._knows(source, lang))

    def _knows(self, source: str, lang: str) -> bool:
        lex = lexicon(lang)
        cleaned = clean_source(source, lex)
        if not cleaned:
            return False
        cleaned = _named_example(cleaned, lex)
        if self._lookup(cleaned, lang, lex) is not None:
            return True
        if lex.coordinator.search(cleaned):
            # "Moscou et de Pyongyang": known when every coordinated part is.
            parts = re.split(r"\s*,\s*|\s+" + lex.coordinator.pattern + r"\s+", cleaned)
            parts = [p for p in parts if p.strip()]
            if len(parts) > 1:
                return all(self.knows(part, lang) for part in parts)
        return self._lookup(cleaned, lang, lex) is not None

    def _lookup(self, cleaned: str, lang: str, lex: Lexicon) -> str | None:
        parts = [cleaned]
        if lex.coordinator.search(cleaned):
            # "Israel, Hamas and other groups" is a list, not a name with an apposition.
            return self._exact(cleaned, lang, lex)
        for part in re.split(r"\s*,\s*", cleaned):
            if part and part != cleaned and not lex.relative_pronoun.match(part):
                parts.append(part)
        for part in parts:
            hit = self._exact(part, lang, lex)
            if hit:
                return hit
        for part in parts:
            hit = self._behind_role(part, lang, lex)
            if hit:
                return hit
        for part in parts:
            hit = self._fuzzy(part, lang, lex)
            if hit:
                return hit
        return None

    def _tables_for(self, lang: str) -> list[_Table]:
        """The language's own table first, then the others (names are shared across languages)."""
        own = self._tables.get(lang)
        return [own] * (own is not None) + [t for k, t in self._tables.items() if k != lang]

    def _exact(self, text: str, lang: str, lex: Lexicon) -> str | None:
        candidates = [text, _strip_determiners(text, lex)]
        untitled = lex.title_prefix.sub("", candidates[-1])
        candidates.append(untitled)
        # "the CGT union", "le groupe Armorichim": a name with a generic role noun around it.
        words = untitled.split()
        while words and words[-1].lower() in lex.role_nouns:
            words = words[:-1]
        while words and words[0].lower() in lex.role_nouns:
            words = words[1:]
        if words and len(words) < len(untitled.split()):
            candidates.append(" ".join(words))
        # "the LOCAL fire service": a modifier that tells no body apart.
        plain = [w for w in untitled.split() if w.lower() not in lex.vague_modifiers]
        if plain and len(plain) < len(untitled.split()):
            candidates.append(" ".join(plain))
        for table in self._tables_for(lang):
            for cand in candidates:
                plain = cand.strip(_EDGE_PUNCT).replace(".", "")
                if plain in table.acronyms:
                    return table.acronyms[plain]
                key = fold(cand)
                if key in table.exact:
                    return table.exact[key]
        return None

    def _placed(self, cleaned: str, lang: str, lex: Lexicon) -> str | None:
        """A generic local body made specific by its place (aliases/placed.yaml): "le parquet
        de Draguignan", "the Draguignan prosecutor's office" -> "Draguignan prosecutor's
        office"; each part of an apposition is tried ("le procureur de X, Jean Dupont")."""
        for part in re.split(r"\s*,\s*", cleaned):
            words = _strip_determiners(part, lex).split()
            for cut in range(len(words) - 1, 0, -1):
                head, place = words[:cut], words[cut:]
                # "HEAD de PLACE": the place closes the mention after a link word.
                link = head[-1].casefold()
                elided = re.match(r"^(\w['’])(.+)$", place[0])
                if elided and _is_link(elided.group(1), lex):
                    place = [elided.group(2), *place[1:]]
                elif not _is_link(link, lex) or len(head) < 2:
                    continue
                else:
                    head = head[:-1]
                # "la préfète DE LA Corrèze", "le préfet DE L'Ain": the place's own article.
                # ("de La Roche-sur-Yon": a capital makes the article part of the name; "le
                # procureur de la République" is a title the tables know whole.)
                if place[0][:1].islower() and self._exact(" ".join(words), lang, lex) is None:
                    place = _strip_determiners(" ".join(place), lex).split() or place
                named = self._generic_in_place(head, place, lang, lex)
                if named:
                    return named
            # "PLACE HEAD": "the Draguignan prosecutor's office", "Quimper prosecutor".
            for cut in range(1, min(len(words), PLACE_WORDS + 1)):
                named = self._generic_in_place(words[cut:], words[:cut], lang, lex)
                if named:
                    return named
        return None

    def _generic_in_place(
        self, head: list[str], place: list[str], lang: str, lex: Lexicon
    ) -> str | None:
        place = [w.strip(_EDGE_PUNCT) for w in place]
        if not head or not place or len(place) > PLACE_WORDS:
            return None
        if not all(w[:1].isupper() for w in place) or any(w.isupper() for w in place):
            return None  # a place's name, not an acronym ("le parquet du PNF")
        generic = self._exact(" ".join(head), lang, lex)
        if generic not in _placed_generics():
            return None
        return f"{' '.join(place)} {generic}"

    def _office_of(self, text: str, lang: str, lex: Lexicon) -> str | None:
        """The body whose office a titled person holds: "le procureur Ibrahima Diouf" is the
        prosecutor's office, "le préfet Jean Dupont" the prefecture, when the title alone is
        an alias of a body; a person's description ("whistleblower") gives the person."""
        match = _TITLED_NAME.match(_strip_determiners(text, lex))
        if match is None or len(match.group("office").split()) > MAX_OFFICE_WORDS:
            return None
        office = match.group("office").strip(_EDGE_PUNCT)
        if office.lower() in lex.person_descriptions:
            return match.group("name")  # "Whistleblower Julien Marest" is the person
        titled = lex.title_prefix.fullmatch(office + " ") is not None
        if not (office[:1].islower() or titled):
            return None  # "Military Observer Group": capitalised words of one name
        body = self._exact(office, lang, lex)
        if body is None or fold(body) == fold(match.group("name")):
            return None
        return body

    def _behind_role(self, text: str, lang: str, lex: Lexicon) -> str | None:
        """An alias that ends the mention after a role noun and "de/of": "un porte-parole du
        Pentagone", "le numéro un de la CGT Philippe Martinez"."""
        words = text.split()
        lowered = [w.lower().strip(",") for w in words]
        if not any(w in lex.role_nouns for w in lowered):
            return None
        best: str | None = None
        best_len = 0
        for i in range(1, len(words)):
            for j in range(len(words), i, -1):
                if j - i <= best_len:
                    break
                # The organisation ends the mention, or only a name follows it
                # ("le numéro un de la CGT Philippe Martinez"),
                # not "…de l'Intérieur DU gouvernement".
                if j < len(words) and not all(w[:1].isupper() for w in words[j:]):
                    continue
                chunk = " ".join(words[i:j])
                head = " ".join(words[:i])
                if not lex.role_link.search(head) or not _role_before_link(words[:i], lex):
                    continue
                hit = self._exact(chunk, lang, lex)
                if hit and any(w in lex.role_nouns for w in lowered[:i]):
                    best, best_len = hit, j - i
                    break
        return best

    def _fuzzy(self, text: str, lang: str, lex: Lexicon) -> str | None:
        key = fold(lex.title_prefix.sub("", _strip_determiners(text, lex)))
        if len(key) < lex.fuzzy_min_length:
            return None
        threshold = lex.fuzzy_threshold
        keys = self._fuzzy_keys.get(lang, [])
        match = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=threshold)
        if match is None:
            return None
        return self._tables[lang].exact[match[0]]


# A title then a person's name: "procureur Ibrahima Diouf", "Prefect Jean Dupont".
_TITLED_NAME = re.compile(
    r"^(?P<office>\S.*?),?\s+(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)$"
)
# How many words the title before a name may take ("deputy regional governor").
MAX_OFFICE_WORDS = 4


def _portfolio_ministry(cleaned: str, lex: Lexicon) -> str | None:
    """The ministry a mention names by its portfolio, in English ("le ministère de la Santé",
    "la ministre de la Santé", "the health minister" -> "health ministry"; lexicon.yaml
    `portfolio_ministries`), or None: a person's name, a nationality ("Walloon health
    minister", "le ministère norvakien de la Défense") or an unknown portfolio keeps the
    mention as it is."""
    table = _portfolio_table(lex.lang)
    if table is None:
        return None
    body, shapes, portfolios = table
    text = _strip_determiners(cleaned, lex)
    for shape in shapes:
        match = shape.fullmatch(text)
        if match is None or "," in match.group("portfolio"):
            continue  # "la ministre du Logement, Claire Vandamme": the person speaks
        portfolio = match.group("portfolio")
        # A portfolio the table names whole ("l'Europe et des Affaires étrangères"); else, in
        # "Ressources naturelles ET DES Forêts", the first portfolio names the ministry.
        first = re.split(rf"\s+(?:{lex.coordinator.pattern})\s+", portfolio, maxsplit=1)[0]
        english = portfolios.get(fold(" ".join(portfolio.split()))) or portfolios.get(
            fold(" ".join(first.split()))
        )
        if english:
            return body.format(english)
    return None


@cache
def _portfolio_table(lang: str) -> tuple[str, list[re.Pattern[str]], dict[str, str]] | None:
    table = load_data(lang, "lexicon.yaml").get("portfolio_ministries")
    if not table:
        return None
    shapes = [re.compile(shape, re.IGNORECASE) for shape in table["shapes"]]
    return table["body"], shapes, {fold(k): str(v) for k, v in table["portfolios"].items()}


def _represented_body(cleaned: str, lex: Lexicon) -> str | None:
    """The body an unnamed representative speaks for, up to a place or time complement:
    "a spokesman for the army in Srinagar" -> "the army"; None for no such mention."""
    match = lex.representative_for.match(cleaned)
    if match is None:
        return None
    words = []
    for word in match.group("body").split():
        if lex.preposition.match(word):
            break
        words.append(word)
    body = " ".join(words).strip(_EDGE_PUNCT)
    return body if any(ch.isalpha() for ch in body) else None


def _names_organisation(words: str, lex: Lexicon) -> bool:
    """Whether a description's words include a noun for an organisation ("a plastics industry
    GROUP", "une SOCIÉTÉ de sécurité")."""
    nouns = set().union(*lex.organisation_classes.values(), lex.organisation_heads)
    plain = [w.strip(_EDGE_PUNCT) for w in _strip_determiners(words, lex).lower().split()]
    if not plain:
        return False
    # The head noun, last in English, first in French: "a health ministry OFFICIAL" is a
    # person, "a plastics industry GROUP" and "une SOCIÉTÉ de sécurité" are organisations.
    first = load_data(lex.lang, "numbers.yaml").get("head_noun") == "first"
    return plain[-1] in nouns or (first and plain[0] in nouns)


def _named_example(cleaned: str, lex: Lexicon) -> str:
    """The named example of a vague source: "des organismes indépendants, comme Conflict
    Armament Research" -> "Conflict Armament Research"; otherwise the source unchanged."""
    example = lex.example_marker.match(cleaned)
    return example.group("name").strip(_EDGE_PUNCT) if example else cleaned


def _fallback_name(cleaned: str, lex: Lexicon) -> str:
    """Canonical form of an unknown source: a person's name when the mention gives one
    ("La ministre wallonne de la Santé, Claire Denoël" -> "Claire Denoël"), else the head
    noun phrase without its article."""
    quoted = _quoted_name(cleaned, lex)
    if quoted:
        return quoted
    parts = [_strip_determiners(p, lex) for p in re.split(r"\s*,\s*", cleaned) if p.strip()]
    if len(parts) > 1 and not _lists(cleaned, lex):
        for part in parts:
            # "Régis Fontanet, délégué général de Plastalliance": the body he speaks for.
            body = lex.representative_of.match(part)
            if body and any(_is_person_name(lex.title_prefix.sub("", p), lex) for p in parts):
                return body.group("body")
        for part in parts:
            untitled = lex.title_prefix.sub("", part)
            if _is_person_name(untitled, lex):
                return untitled
        if parts[0].islower() or _names_organisation(parts[0], lex):
            # "a consumer group, FlyFair": the descriptor's name, given in apposition (not a
            # description of its own: "The audit court, Senegal's public spending watchdog").
            # "l'armateur, la compagnie italienne Navilia Lines": the name after the
            # apposition's own descriptor. "France's largest patient GROUP, the Fédération
            # française des diabétiques": a description headed by a body's noun, then its name.
            for part in parts[1:]:
                described = _name_after_descriptor(part, lex)
                for named in (part if part[:1].isupper() else None, described):
                    if named and len(named.split()) <= NAME_MAX_WORDS and _body_name(named, lex):
                        return _name_after_descriptor(named, lex) or named
        return _name_after_descriptor(parts[0], lex) or parts[0]
    before = lex.representative_before.match(parts[0]) if len(parts) == 1 else None
    if before and _is_person_name(before.group("person"), lex):
        return before.group("body")
    untitled = lex.title_prefix.sub("", parts[0]) if parts else ""
    if _is_person_name(untitled, lex) and untitled != parts[0]:
        return untitled  # "le maire Denis Lapointe" -> "Denis Lapointe"
    named = _person_after_title(parts[0], lex) if len(parts) == 1 else None
    if named:
        return named  # "Walloon Health Minister Claire Denoël" -> "Claire Denoël"
    plain = _strip_determiners(cleaned, lex) or cleaned
    kept = [w for w in plain.split() if w.lower() not in lex.vague_modifiers]
    plain = " ".join(kept) if kept else plain
    return _company_name(
        _acronym_then_description(plain, lex) or _name_after_descriptor(plain, lex) or plain, lex
    )


def _acronym_then_description(plain: str, lex: Lexicon) -> str | None:
    """The acronym a lowercase description headed by a body's noun (lexicon.yaml
    `organisation_classes`) follows: "FNPL dairy producers' federation" -> "FNPL", "CNE
    hospital union" -> "CNE"."""
    words = plain.split()
    if len(words) < 2 or not _ACRONYM.fullmatch(words[0]):
        return None
    described = words[1:]
    if not all(w.islower() for w in described):
        return None
    head = described[-1].lower().strip("'’")
    bodies = any(head in nouns for nouns in lex.organisation_classes.values())
    return words[0] if bodies else None  # not "EU foreign policy chief": a person speaks


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


# A name in quotation marks after a lowercase description: "la liste « Castelbrune
# Ensemble »", "le collectif “Sauvons le lac”" (the closing mark may be cut off already).
_QUOTED_NAME = re.compile(
    r"^(?P<description>[^«»“”\"]+?)\s*[«“\"]\s*(?P<name>[^«»“”\"]+?)\s*[»”\"]?\s*$"
)


def _quoted_name(cleaned: str, lex: Lexicon) -> str | None:
    """The name a description gives in quotation marks ("la liste « Castelbrune Ensemble »",
    "directeur de campagne de « Castelbrune Ensemble »" -> "Castelbrune Ensemble"): the
    description must be lowercase words naming a body or role, the name capitalised."""
    match = _QUOTED_NAME.match(cleaned)
    if match is None:
        return None
    description = _strip_determiners(match.group("description"), lex)
    name = match.group("name").strip(_EDGE_PUNCT)
    words = description.lower().split()
    # Lowercase past its first letter: "Le Monde « … »" would be a name, not a description.
    if not words or not name[:1].isupper() or description[1:] != description[1:].lower():
        return None
    return name if any(w.strip("'’") in lex.role_nouns for w in words) else None


def _body_name(words: str, lex: Lexicon) -> bool:
    """Whether words in apposition name a body: capitalised words ("FlyFair"), or a first
    capital and lowercase words, as French and many foreign bodies are written ("Fédération
    française des diabétiques", "Eau et Rivières de Bretagne"); not a possessive description
    ("Senegal's public spending watchdog") nor a figure."""
    if _name_like(words, lex):
        return True
    tokens = words.split()
    return (
        bool(tokens)
        and tokens[0][:1].isupper()
        and not any(t.endswith(lex.possessive_suffixes) for t in tokens)
        and not any(ch.isdigit() for ch in words)
    )


def _lists(cleaned: str, lex: Lexicon) -> bool:
    """Whether a mention coordinates several sources ("Israel, Hamas and other groups"), not
    a portfolio's parts ("le ministre des Ressources naturelles ET DES Forêts, X")."""
    for match in lex.coordinator.finditer(cleaned):
        following = cleaned[match.end() :].split()
        if not following or not _is_link(following[0], lex):
            # "Nadia Ouellet, a biology professor and former dean": a coordination inside an
            # apposition that opens with an article describes one speaker, lists none.
            opening = cleaned.rfind(",", 0, match.start())
            part = cleaned[opening + 1 : match.start()].strip()
            name = cleaned.split(",", 1)[0].strip()
            named = name[:1].isupper() and _strip_determiners(name, lex) == name
            if named and opening >= 0 and part and _strip_determiners(part, lex) != part:
                continue
            return True
    return False


def _company_name(name: str, lex: Lexicon) -> str:
    """A company's name without its legal form or group word: "Aerovia Group" -> "Aerovia",
    "Acme Inc." -> "Acme" ("Military Observer Group" keeps its word: it names the group)."""
    words = name.split()
    kinds = set().union(*lex.organisation_classes.values())
    # "La Voie des Champs collective": the name may hold lowercase particles, not start on one.
    named = bool(words) and words[0][:1].isupper() and _name_like(" ".join(words[:-1]), lex)
    if len(words) >= 2 and words[-1] in kinds and named:
        return " ".join(words[:-1])  # "Armorichim group", "Aerovia airline"
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return name
    if words[-1] in lex.legal_suffixes or (len(words) == 2 and words[-1] in lex.group_suffixes):
        return " ".join(words[:-1]).rstrip(",")
    return name


# How many words a descriptor before a name may have ("the plastics industry group").
DESCRIPTOR_WORDS = 3
# How many lowercase words may follow its head noun ("le comité citoyen", "le laboratoire
# pharmaceutique") before the name, and how long that name may be.
DESCRIPTOR_TAIL_WORDS = 2
NAME_MAX_WORDS = 6


def _name_after_descriptor(plain: str, lex: Lexicon) -> str | None:
    """The name a generic descriptor introduces: "groupe Armorichim" -> "Armorichim", "comité
    citoyen Sauvons le lac" -> "Sauvons le lac", "consumer group FlyFair" -> "FlyFair"."""
    words = plain.split()
    for head in range(min(DESCRIPTOR_WORDS, len(words) - 1)):
        if head == 0 and words[0].isupper() and words[0].lower() in lex.role_nouns:
            # An acronym descriptor ("ONG Peace Frontiers", "NGO Peace Frontiers").
            named = words[1:]
            if named[0][:1].isupper() and len(named) <= NAME_MAX_WORDS:
                return " ".join(named)
            return None
        if words[head][:1].isupper() and head:
            return None  # a capitalised word before the head: the name comes first
        if words[head][:1].isupper() and words[head + 1][:1].isupper():
            return None  # "Military Observer Group": the noun opens the name itself
        if words[head].lower().strip("'’") not in lex.role_nouns:
            continue
        start = head + 1
        while (
            start < len(words)
            and start - head <= DESCRIPTOR_TAIL_WORDS
            and words[start].islower()
            and not _is_link(words[start], lex)
        ):
            start += 1
        named = words[start:]
        if named and named[0][:1].islower():
            return _trailing_name(words[head + 1 :], lex, _names_its_body(words[head], lex))
        if not named or not named[0][:1].isupper() or len(named) > NAME_MAX_WORDS:
            return None
        if any(_is_link(w, lex) for w in named[:1]):
            return None
        return " ".join(named)
    return None


def _names_its_body(noun: str, lex: Lexicon) -> bool:
    """Whether a descriptor's head noun is of a kind (lexicon `body_named_past_preposition`)
    whose description ends in the body's own name even past a preposition ("la compagnie à
    bas coûts Aerolis", "l'opérateur à bas prix Telvia"): a firm is described by its trade."""
    kinds = load_data(lex.lang, "lexicon.yaml").get("body_named_past_preposition") or []
    noun = noun.lower().strip("'’")
    return any(noun in lex.organisation_classes.get(kind, ()) for kind in kinds)


def _trailing_name(words: list[str], lex: Lexicon, trade: bool = False) -> str | None:
    """A name closing a lowercase description: "(service) européen de cartographie par
    satellite COPERNICUS", not "(ministère) de la Santé" (a complement's noun). `trade`: the
    description is a firm's trade, where a preposition does not introduce a place."""
    end = len(words)
    start = end
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if start in (0, end) or end - start > NAME_MAX_WORDS:
        return None
    before = words[start - 1]
    if not before.islower() or _is_link(before, lex) or lex.determiner_prefix.match(f"{before} "):
        return None
    if lex.title_prefix.match(f"{before} "):
        return None  # "l'équipe de la PROFESSEURE Anaïs Roudier" is her team, not her
    if any(not w.islower() for w in words[:start]):
        return None
    # "Health authorities IN southern Belgium": a name after a preposition is a place.
    if not trade and any(
        lex.preposition.fullmatch(w) and w.lower() not in lex.role_links_words for w in words
    ):
        return None
    return " ".join(words[start:])


def _is_link(word: str, lex: Lexicon) -> bool:
    """A preposition or role link ("de", "of", "at"): what follows is a complement, not a name."""
    low = word.lower()
    return low in lex.role_links_words or bool(lex.preposition.fullmatch(low))


def _person_after_title(words: str, lex: Lexicon) -> str | None:
    """The person a title inside a mention introduces: "Walloon Health MINISTER Claire
    Denoël" -> "Claire Denoël" (a title must precede the name directly)."""
    tokens = words.split()
    for i in range(1, len(tokens) - 1):
        if _is_link(tokens[i - 1], lex) or lex.determiner_prefix.match(f"{tokens[i - 1]} "):
            break  # "l'équipe DE LA professeure Anaïs Roudier": a complement, her team
        rest = " ".join(tokens[i:])
        title = lex.title_prefix.match(rest)
        if title and _is_person_name(rest[title.end() :], lex):
            return rest[title.end() :]
    return None


def _name_like(words: str, lex: Lexicon) -> bool:
    """Capitalised words, name particles between them ("FlyFair", "Sauvons le lac" is not)."""
    tokens = words.split()
    return (
        bool(tokens)
        and all(t[:1].isupper() or t.split("-")[0] in lex.name_particles for t in tokens)
        and not any(t.endswith(lex.possessive_suffixes) for t in tokens)
    )


def _is_person_name(words: str, lex: Lexicon) -> bool:
    """Two to four capitalised words, name particles allowed ("Abdulmenam al-Ghaithi")."""
    tokens = words.split()
    if not 2 <= len(tokens) <= 4 or not tokens[0][:1].isupper():
        return False
    return all(t[:1].isupper() or t.split("-")[0] in lex.name_particles for t in tokens)


def _role_before_link(words: list[str], lex: Lexicon) -> bool:
    """The words before the link end with a role noun, not a preposition ("auprès DE") or a
    role tied to a place ("le maire DE Paris")."""
    content = [w.lower().strip(",") for w in words if w.lower() not in lex.role_links_words]
    content = [w for w in content if not lex.determiner_prefix.fullmatch(w + " ")]
    if not content or lex.preposition.match(content[-1]):
        return False
    return not any(w in lex.local_roles for w in content)


def clean_source(source: str, lex: Lexicon) -> str:
    """The source without brackets, quotes, count words ("les chiffres du") or edge punctuation."""
    text = _BRACKETS.sub("", source).strip(_EDGE_PUNCT)
    text = re.sub(r"\s+", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = lex.source_prefix.sub("", text).strip(_EDGE_PUNCT)
        text = lex.answered_noun_prefix.sub("", text).strip(_EDGE_PUNCT)
    return lex.source_possessive_end.sub("", text)


def _institution_acronym(cleaned: str, lex: Lexicon) -> str:
    """A kind of public body spelled out, by the acronym the press names it with, its place
    kept: "l'Agence régionale de santé des Pays de la Loire" -> "ARS Pays de la Loire", as
    "l'ARS Pays de la Loire" (lexicon.yaml `institution_acronyms`)."""
    table = load_data(lex.lang, "lexicon.yaml").get("institution_acronyms") or {}
    body = lex.determiner_prefix.sub("", cleaned + " ").strip()
    for long_form, acronym in table.items():
        match = re.match(rf"{re.escape(long_form)}(?![\w'’-])", body, re.IGNORECASE)
        if match is None:
            continue
        rest = lex.determiner_prefix.sub("", body[match.end() :].strip() + " ").strip()
        rest = re.sub(rf"^(?:{_link_words(lex)})(?:\s+|(?<=['’]))", "", rest, flags=re.I)
        # Without its place the body is generic: the article's one such body resolves it.
        return f"{acronym} {rest}" if rest else cleaned
    return cleaned


def _link_words(lex: Lexicon) -> str:
    return "|".join(re.escape(w) for w in sorted(lex.role_links_words, key=len, reverse=True))


def _without_document(cleaned: str, lex: Lexicon) -> str:
    """ "a Reuters tally" -> "a Reuters", "Government figures" -> "Government": the body
    before a document noun (lexicon.yaml `source_document_suffixes`), if any is left."""
    document = listed_pattern(lex.lang, "source_document_suffixes", r"(?<=\w)\s+{}$").search(
        cleaned
    )
    if document and lex.determiner_prefix.sub("", cleaned[: document.start()] + " ").strip():
        return cleaned[: document.start()]
    return cleaned


# How many words a place that makes a generic body specific may have ("Saint-Aurèle",
# "Alpes-Maritimes", "Val de Sambre").
PLACE_WORDS = 3


@cache
def _placed_generics() -> frozenset[str]:
    """Generic local bodies that a place makes specific (aliases/placed.yaml)."""
    return frozenset(str(name) for name in load_data("aliases", "placed.yaml") or [])


@cache
def _builtin_tables() -> dict[str, dict[str, list[str]]]:
    tables: dict[str, dict[str, list[str]]] = {}
    for lang in languages():
        try:
            tables[lang] = load_data("aliases", f"{lang}.yaml") or {}
        except FileNotFoundError:
            tables[lang] = {}
    return tables
