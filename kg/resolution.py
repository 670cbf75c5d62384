"""Stage 3: resolve mentions from all documents into entities, and candidates into facts.

Rules (all general, none for a particular name):

* a full name and its variants are one entity: accents and case ("Chloë"/"Chloe"), a
  nickname ('Franklin "Foggy" Nelson' / "Foggy Nelson"), titles ("Madame Gao" / "Gao"), a
  middle name ("Deborah Ann Woll" / "Deborah Woll"), and a near-identical first name with
  the same surname ("Jeryn Hogarth" / "Jeri Hogarth", "Jeff Loeb" / "Jeph Loeb");
* a surname or a first name alone ("Cox", "Murdock", "Cole") and an alias ("Daredevil")
  resolve to the one entity of the expected kind that has it, preferring the same document;
* a series title is keyed without a brand possessive or a leading article
  ("Marvel's The Defenders" = "The Defenders"); a series named only in a weak position
  ("as X in Harlem") is kept only if some document names it as a series in a strong one;
* "A (B)" is read actor-first unless the names are known the other way round elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import names as N
from . import vocab
from .extraction import Candidate, DocumentExtraction, Mention

#: kinds resolved with their own logic; every other registered kind (organization, place,
#: group, ...) is merged by its name alone
SPECIAL_KINDS = ("person", "character", "series", "season", "episode", "film")


#: appearances derived from a role in the same sentence (they follow the role if it is swapped)
DERIVED = {"topic-cast", "paren-series"}


def _mentions(m: Mention) -> Iterable[Mention]:
    """A mention and the mentions nested in it (a node's property values)."""
    yield m
    for _, v in m.props:
        yield from _mentions(v)


def _simple_key(text: str) -> str:
    return re.sub(r"^the ", "", N.fold(N.clean(text)))


#: a full name introduced as a relative of someone just named ("his son, Lloyd J. Schwartz"): the
#: bare surname goes on meaning the person it is related to
RELATIVE_BEFORE = re.compile(
    r"\b(?:his|her|their) (?:[a-z]+ )?(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|"
    r"grandson|granddaughter),? $"
)


@dataclass
class Entity:
    iri: str
    kind: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    series: str | None = None  # for seasons and episodes
    number: int | None = None


@dataclass(frozen=True)
class Fact:
    subject: str
    relation: str
    object: str  # an IRI, or the lexical value of a literal (then ``datatype`` is not None)
    doc: str
    sentence: tuple[int, int]
    rule: str
    datatype: str | None = None  # "" for a plain string literal


@dataclass(frozen=True)
class Node:
    """An n-ary node (a rating, a review, a qualified role) and its property values."""

    iri: str
    type: str
    label: str
    props: tuple[tuple[str, str, str | None], ...]  # (property IRI, IRI or lexical value, datatype)
    doc: str


@dataclass
class Resolution:
    entities: dict[str, Entity]
    facts: list[Fact]
    nodes: dict[str, Node] = field(default_factory=dict)


class _Cluster:
    def __init__(self, kind: str):
        self.kind = kind
        self.forms: Counter[str] = Counter()  # surface forms (for the label and altLabels)
        self.keys: set[str] = set()  # folded full names
        self.aliases: set[str] = set()  # folded aliases ("daredevil")
        self.docs: set[str] = set()
        self.merged_into: _Cluster | None = None

    def root(self) -> _Cluster:
        c = self
        while c.merged_into is not None:
            c = c.merged_into
        return c

    def absorb(self, other: _Cluster) -> None:
        other, me = other.root(), self.root()
        if other is me:
            return
        me.forms.update(other.forms)
        me.keys |= other.keys
        me.aliases |= other.aliases
        me.docs |= other.docs
        other.merged_into = me


def _name_parts(mention: Mention) -> tuple[str, list[str], list[str]]:
    """(base name, other full forms, aliases) of a person or character mention."""
    parts = [N.clean(p) for p in mention.text.split("/") if p.strip()]
    primary, aliases = parts[0], parts[1:]
    forms = [primary]
    base, nick = N.without_nickname(primary)
    if nick:
        forms.append(nick)
    untitled = N.strip_titles(base)
    if mention.kind == "person":
        untitled = N.strip_leading_noise(untitled)
    return untitled, forms, aliases


def _similar_first(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3 or a[0] != b[0] or a[:2] != b[:2]:
        return False
    return N.edit_distance(a, b) <= 2


class Resolver:
    def __init__(self, extractions: list[DocumentExtraction]):
        self._lead_people = {ex.doc.iri: ex.lead_person for ex in extractions if ex.lead_person}
        self.extractions = extractions
        self.clusters: dict[str, list[_Cluster]] = defaultdict(list)
        self.by_key: dict[tuple[str, str], _Cluster] = {}
        self._names_cache: dict[str, list[tuple[str, str, int]]] = {}
        self._text_cache: dict[str, str] = {}

    # -- people and characters ----------------------------------------------------------

    def _full_cluster(self, kind: str, base: str, forms: list[str], aliases: list[str], doc: str) -> _Cluster:
        key = N.fold(base)
        c = self.by_key.get((kind, key))
        if c is None:
            c = _Cluster(kind)
            c.keys.add(key)
            self.by_key[(kind, key)] = c
            self.clusters[kind].append(c)
        c = c.root()
        for f in forms:
            c.forms[f] += 1
            c.keys.add(N.fold(N.strip_titles(N.without_nickname(f)[0])))
            nick = N.without_nickname(f)[1]
            if nick:
                c.keys.add(N.fold(nick))
        c.forms[base] += 1
        for a in aliases:
            c.aliases.add(N.fold(N.strip_titles(a)))
            c.forms[a] += 0
        c.docs.add(doc)
        return c

    def _merge_variants(self, kind: str) -> None:
        roots = [c for c in self.clusters[kind] if c.merged_into is None]
        multi = [c for c in roots if any(" " in k for k in c.keys)]
        for i, a in enumerate(multi):
            for b in multi[i + 1 :]:
                if a.root() is b.root():
                    continue
                if self._same_person_name(a.root(), b.root()):
                    a.root().absorb(b)

    @staticmethod
    def _same_person_name(a: _Cluster, b: _Cluster) -> bool:
        for ka in a.keys:
            ta = ka.split(" ")
            for kb in b.keys:
                tb = kb.split(" ")
                if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1]:
                    continue
                if ta[0] == tb[0] or _similar_first(ta[0], tb[0]):
                    return True
        return False

    def _lookup_short(self, kind: str, name: str, doc: str, this_doc: bool = False) -> _Cluster | None:
        """A one-word name or an alias -> the unique cluster of that kind that has it (among
        the clusters of document ``doc`` first; only those if ``this_doc``)."""
        key = N.fold(name)
        roots = {c.root() for c in self.clusters[kind]}
        for test in (
            lambda c: key in c.aliases or key in c.keys,
            lambda c: any(k.split(" ")[-1] == key for k in c.keys if " " in k),
            lambda c: kind == "character" and any(k.split(" ")[0] == key for k in c.keys if " " in k),
        ):
            hits = [c for c in roots if test(c)]
            same_doc = [c for c in hits if doc in c.docs]
            for group in (same_doc,) if this_doc else (same_doc, hits):
                if len(group) == 1:
                    return group[0]
            if hits:
                return None
        return None

    # -- main -----------------------------------------------------------------------------

    def resolve(self) -> Resolution:
        candidates = self._valid_candidates()
        # 1. full names (two or more words) of people and characters make clusters
        short: list[tuple[Mention, str]] = []
        for c in candidates:
            for m in (x for top in (c.subject, c.object) for x in _mentions(top)):
                if m.kind not in ("person", "character"):
                    continue
                base, forms, aliases = _name_parts(m)
                if " " in base:
                    self._full_cluster(m.kind, base, forms, aliases, c.doc)
                else:
                    short.append((m, c.doc))
        for kind in ("person", "character"):
            self._merge_variants(kind)
        # 2. one-word names: an alias or a surname of a known entity, else an entity of their own
        assigned: dict[tuple[str, str, str], _Cluster] = {}
        assigned_at: dict[tuple[str, str, str, int], _Cluster] = {}
        for m, doc in sorted(short, key=lambda x: (x[0].kind, x[0].text, x[1])):
            base, forms, aliases = _name_parts(m)
            hit = None
            if m.kind == "person":
                # a surname refers back to the last full name with that surname ("White" after
                # "Mike White", even when another White acts in the series); in an obituary or a
                # profile, to its subject ("Mr. Anderson", not his father Louis William Anderson)
                lead = self._lead_people.get(doc)
                full = (
                    lead
                    if lead is not None and N.fold(lead).endswith(" " + N.fold(base))
                    else self._nearest_full_name(base, doc, m.start)
                )
                if full is not None:
                    hit = self._full_cluster(m.kind, full, [full, base], aliases, doc)
            if hit is None:
                hit = self._lookup_short(m.kind, base, doc, this_doc=True)
            if hit is None and m.kind == "character":
                # a first name several of the document's characters share ("Bill" after Bill
                # Harding and Bill Henrickson): the one named last before it
                full = self._nearest_character(base, doc, m.start)
                if full is not None:
                    hit = self.by_key.get(("character", N.fold(full)))
            if hit is None:
                # the document's own full name ("a contractor named Danny Cho ... Yeun is
                # magnetic as Danny") before another document's ("Danny Torrance")
                full = self._full_name_in_text(base, doc, m.kind)
                if full is not None:
                    hit = self._full_cluster(m.kind, full, [full, base], aliases, doc)
            if hit is None and m.kind == "person":
                # a first name in a transcript or a profile ("Ins and I co-created the series",
                # after "Ins Choi"): the one person of the document with that first name
                hit = self._person_by_first_name(base, doc)
            if hit is None:
                hit = self._lookup_short(m.kind, base, doc)
            if hit is None:
                hit = self._full_cluster(m.kind, base, forms, aliases, doc)
            else:
                for f in forms:
                    hit.forms[f] += 1
                for a in aliases:
                    hit.aliases.add(N.fold(a))
                    hit.forms[a] += 0
                hit.docs.add(doc)
            assigned[(m.kind, m.text, doc)] = hit
            # (and by position: "Flanagan" before "His brother, James Flanagan" is Mike Flanagan)
            assigned_at[(m.kind, m.text, doc, m.start)] = hit

        self._add_short_names()
        entities: dict[str, Entity] = {}
        cluster_iri: dict[int, str] = {}
        for kind in ("person", "character"):
            for c in sorted({c.root() for c in self.clusters[kind]}, key=lambda c: sorted(c.keys)):
                label = _best_label(c.forms)
                iri = _unique(entities, vocab.entity_iri(kind, N.without_nickname(label)[0]))
                entities[iri] = Entity(iri, kind, label, {f for f in c.forms if f != label})
                cluster_iri[id(c)] = iri

        series_iri = self._series_entities(candidates, entities)

        def iri_of(m: Mention, doc: str) -> str | None:
            if m.kind in ("person", "character"):
                base = _name_parts(m)[0]
                c = (
                    self.by_key.get((m.kind, N.fold(base)))
                    if " " in base
                    else assigned_at.get((m.kind, m.text, doc, m.start))
                    or assigned.get((m.kind, m.text, doc))
                )
                return cluster_iri.get(id(c.root())) if c else None
            if m.kind == "series":
                return series_iri.get(N.series_key(m.text))
            if m.kind == "film":
                iri = vocab.entity_iri("film", N.fold(m.text))
                ent = entities.setdefault(iri, Entity(iri, "film", m.text))
                if len(m.text) > len(ent.label):
                    ent.alt_labels.add(ent.label)
                    ent.label = m.text
                return iri
            if m.kind in vocab.CLASS_OF_KIND and m.kind not in SPECIAL_KINDS:
                key = _simple_key(m.text)
                iri = simple.get((m.kind, key))
                if iri is None:
                    label = N.clean(m.text)
                    iri = _unique(entities, vocab.entity_iri(m.kind, re.sub(r"^(?i:the) ", "", label)))
                    simple[(m.kind, key)] = iri
                    entities[iri] = Entity(iri, m.kind, label)
                ent = entities[iri]
                form = N.clean(m.text)
                if form != ent.label:
                    if (len(form), form) > (len(ent.label), ent.label):
                        ent.alt_labels.add(ent.label)
                        ent.label = form
                        ent.alt_labels.discard(form)
                    else:
                        ent.alt_labels.add(form)
                return iri
            if m.kind in ("season", "episode"):
                assert m.parent is not None and m.number is not None
                parent = series_iri.get(N.series_key(m.parent.text))
                if parent is None:
                    return None
                make = vocab.season_iri if m.kind == "season" else vocab.episode_iri
                iri = make(parent, m.number)
                if iri not in entities:
                    full = entities[parent].label
                    plabel = N.strip_possessive_brand(full)
                    # "The Defenders episode 1", also known as "Marvel's The Defenders episode 1"
                    alts = {f"{full} {m.kind} {m.number}"} - {f"{plabel} {m.kind} {m.number}"}
                    entities[iri] = Entity(
                        iri, m.kind, f"{plabel} {m.kind} {m.number}", alts, parent, m.number
                    )
                return iri
            return None

        nodes: dict[str, Node] = {}

        def value_of(m: Mention, doc: str) -> tuple[str, str | None] | None:
            """(IRI or lexical value, datatype) of an object mention; nodes are minted here."""
            if m.kind == "literal":
                return m.text, m.datatype or ""
            if m.kind == "node":
                props = []
                for prop, v in m.props:
                    val = value_of(v, doc)
                    if val is not None:
                        props.append((prop, val[0], val[1]))
                if not props:
                    return None
                key = "\n".join(
                    [m.node_type or "", doc, *(f"{p} {v} {d}" for p, v, d in sorted(props, key=str))]
                )
                iri = vocab.node_iri(vocab.local_name(m.node_type or "node").lower(), key)
                nodes[iri] = Node(iri, m.node_type or "", m.text, tuple(sorted(props, key=str)), doc)
                return iri, None
            iri = iri_of(m, doc)
            return (iri, None) if iri else None

        simple: dict[tuple[str, str], str] = {}
        facts: dict[tuple[str, str, str, str, tuple[int, int]], Fact] = {}
        for c in candidates:
            s, o = iri_of(c.subject, c.doc), value_of(c.object, c.doc)
            if s is None or o is None or s == o[0]:
                continue
            key = (s, c.relation, o[0], c.doc, c.sentence)
            facts.setdefault(key, Fact(s, c.relation, o[0], c.doc, c.sentence, c.rule, o[1]))
        used = {f.subject for f in facts.values()} | {f.object for f in facts.values() if f.datatype is None}
        used |= {v for n in nodes.values() for _, v, d in n.props if d is None}
        used |= {e.series for e in entities.values() if e.iri in used and e.series}
        kept = {iri: e for iri, e in entities.items() if iri in used}
        return Resolution(
            kept,
            sorted(facts.values(), key=lambda f: (f.doc, f.sentence, f.subject, f.relation, f.object)),
            {iri: nodes[iri] for iri in sorted(nodes) if iri in _reachable(nodes, facts.values())},
        )

    def _text_of(self, doc: str) -> str:
        """The text of document ``doc`` (looked up once per document)."""
        cache = self._text_cache
        if doc not in cache:
            cache[doc] = next((ex.doc.text for ex in self.extractions if ex.doc.iri == doc), "")
        return cache[doc]

    def _names_in(self, doc: str) -> list[tuple[str, str, int]]:
        """Every capitalised name of a document: (as written, without leading titles, end offset);
        scanned once per document."""
        cache = self._names_cache
        if doc not in cache:
            text = self._text_of(doc)
            cache[doc] = [
                (N.clean(m.group()), N.strip_leading_noise(N.clean(m.group())), m.end())
                for m in re.finditer(rf"{N.NAME}(?= |\W|$)", text)
            ]
        return cache[doc]

    def _nearest_full_name(self, short: str, doc: str, before: int) -> str | None:
        """The last person-like full name ending in ``short`` before offset ``before``."""
        if len(short) < 2 or not short[0].isupper():
            return None
        best = kin = None
        text = self._text_of(doc)
        for _, name, end in self._names_in(doc):
            if end > before:
                break
            key = N.fold(name)
            if ("character", key) in self.by_key and ("person", key) not in self.by_key:
                continue  # "Will's mother, Vy Smith": a character's surname is not a person's
            if N.family_name(name) == short and " " in name and N.looks_like_person_name(name):
                at = max(0, end - len(name))
                if RELATIVE_BEFORE.search(text[max(0, at - 40) : at]):
                    kin = name  # "Schwartz ...; his son, Lloyd J. Schwartz, ...": the son is named in full
                else:
                    best = name
        return best or kin

    def _nearest_character(self, first: str, doc: str, before: int) -> str | None:
        """The last full name starting with ``first`` before offset ``before`` that is a
        character's, when the document has more than one such character."""
        names = [
            name
            for _, name, end in self._names_in(doc)
            if end <= before and name.split(" ")[0] == first and " " in name
            if ("character", N.fold(name)) in self.by_key
        ]
        others = {n for _, n, _ in self._names_in(doc) if n.split(" ")[0] == first and " " in n}
        if any(b.startswith(a + " ") for a in others for b in others):
            return None  # "Kevin Garvey" and "Kevin Garvey Sr.": the usual reading stands
        return names[-1] if names and len(others) > 1 else None

    def _person_by_first_name(self, first: str, doc: str) -> _Cluster | None:
        """The one full name of document ``doc`` that starts with ``first``, when it is no
        character's name there ("Ins" after "Panelists: Ins Choi and Kevin White")."""
        if len(first) < 2 or not first[0].isupper():
            return None
        names = {
            name
            for written, name, _ in self._names_in(doc)
            if written.split(" ")[0] == first and " " in name and N.looks_like_person_name(name)
        }
        if len(names) != 1:
            return None
        full = names.pop()
        if ("character", N.fold(full)) in self.by_key:
            return None
        return self._full_cluster("person", full, [full, first], [], doc)

    def _full_name_in_text(self, short: str, doc: str, kind: str = "person") -> str | None:
        """ "Gilligan" -> "Vince Gilligan" (a person's surname), "Cassian" -> "Cassian Andor" (a
        character's first name or surname), when the document has exactly one such full name."""
        if len(short) < 3 or not short[0].isupper():
            return None
        names = {
            name
            for written, name, _ in self._names_in(doc)
            if written.split(" ")[-1] == short or (kind == "character" and written.split(" ")[0] == short)
        }
        # (not a title like "Young Sheldon": "Sheldon" is no Young Sheldon, but "Ted" is Ted Lasso)
        full = {
            n
            for n in names
            if " " in n and N.looks_like_person_name(n) and n.split(" ")[0].lower() not in N.AGE_WORDS
        }
        return full.pop() if len(full) == 1 else None

    def _add_short_names(self) -> None:
        """Record a surname used alone in a document ("Cox", "Murdock") as an alternative name
        of the one person or character of that document with that surname."""
        texts = {ex.doc.iri: ex.doc.text for ex in self.extractions}
        for kind in ("person", "character"):
            roots = [c for c in {c.root() for c in self.clusters[kind]} if any(" " in k for k in c.keys)]
            by_last: dict[str, list[_Cluster]] = defaultdict(list)
            for c in roots:
                for last in {k.split(" ")[-1] for k in c.keys if " " in k}:
                    by_last[last].append(c)
            for c in roots:
                label = _best_label(c.forms)
                last = N.without_nickname(label)[0].split(" ")[-1]
                if len(by_last.get(N.fold(last), [])) != 1 or len(last) < 3 or last in c.forms:
                    continue
                if any(_standalone(texts[d], last) for d in sorted(c.docs) if d in texts):
                    c.forms[last] += 0

    def _series_entities(self, candidates: list[Candidate], entities: dict[str, Entity]) -> dict[str, str]:
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for ex in self.extractions:
            for m in [*ex.series_mentions, *([ex.topic] if ex.topic else [])]:
                forms[N.series_key(m.text)][m.text] += 1
        for c in candidates:
            for m in (x for top in (c.subject, c.object) for x in _mentions(top)):
                series = m if m.kind == "series" else m.parent
                if series is not None:
                    forms[N.series_key(series.text)][series.text] += 1
        # "The Rings of Power" is "The Lord of the Rings: The Rings of Power" (a franchise's title
        # before a colon): one series, called by its full title
        merged: dict[str, str] = {}
        for key in sorted(forms):
            longer = [k for k in forms if k != key and re.search(rf": (?:the )?{re.escape(key)}$", k)]
            if len(longer) == 1:
                merged[key] = longer[0]
                forms[longer[0]].update(forms[key])
        out: dict[str, str] = {}
        for key in sorted(forms):
            if key in merged:
                continue
            from .extraction import BROADCASTERS

            # "Hulu's Harbor Lights" is not a title, "Marvel's The Defenders" is
            own = [f for f in forms[key] if not re.match(rf"(?:{BROADCASTERS})['’]s ", f)] or list(forms[key])
            label = max(own, key=lambda f: (len(f), forms[key][f], f))
            label = _unshouted(label, own)
            iri = _unique(entities, vocab.entity_iri("series", N.strip_possessive_brand(label)))
            alts = {f for f in forms[key] if f != label}
            stripped = N.strip_possessive_brand(label)
            if stripped != label:
                alts.add(stripped)
            entities[iri] = Entity(iri, "series", label, alts)
            out[key] = iri
        for short, full in merged.items():
            out[short] = out[full]
        return out

    def _valid_candidates(self) -> list[Candidate]:
        strong = {N.series_key(m.text) for ex in self.extractions for m in ex.series_mentions}
        strong |= {N.series_key(ex.topic.text) for ex in self.extractions if ex.topic}
        all_c = [c for ex in self.extractions for c in ex.candidates]
        for c in all_c:
            for m in (c.subject, c.object):
                # (a film named strongly, "X, a television film directed by Y", may be where a
                # role was reprised)
                series = m if m.kind in ("series", "film") else m.parent
                if series is not None and not series.weak:
                    strong.add(N.series_key(series.text))
        sure = [c for c in all_c if c.relation == "plays" and not c.swappable and c.rule != "possessive"]
        person_names = {N.fold(_name_parts(c.subject)[0]) for c in sure}
        char_names = {N.fold(_name_parts(c.object)[0]) for c in sure}
        char_names |= {
            N.fold(_name_parts(c.subject)[0])
            for c in all_c
            if c.relation == "appearsIn" and c.rule not in DERIVED
        }
        # "A (B)" read the other way round: swap it, and the appearances derived from it
        swapped: dict[tuple[str, tuple[int, int], str], Mention] = {}
        for c in all_c:
            if c.swappable:
                a, b = N.fold(_name_parts(c.subject)[0]), N.fold(_name_parts(c.object)[0])
                if (a in char_names and a not in person_names) or (b in person_names and b not in char_names):
                    swapped[(c.doc, c.sentence, c.object.text)] = Mention(
                        c.subject.text, "character", c.subject.start, c.subject.end
                    )
        # people credited behind the camera: "Vince Gilligan's Walter White" is not a role
        crew = {
            N.fold(_name_parts(m)[0])
            for c in all_c
            if c.relation not in ("plays", "appearsIn")
            for m in (c.subject, c.object)
            if m.kind == "person"
        }
        topical = {ex.doc.iri for ex in self.extractions if ex.topic is not None}
        out = []
        for c in all_c:
            if c.rule == "possessive" and N.fold(_name_parts(c.subject)[0]) not in person_names:
                # "X's Y" is a role if X is known as an actor from another statement, or, in a
                # document about a series, if X is nobody's crew and Y is a person-like name
                # that is not an actor's
                ok = (
                    c.doc in topical
                    and N.fold(_name_parts(c.subject)[0]) not in crew
                    and N.fold(_name_parts(c.object)[0]) not in person_names
                    and N.series_key(c.object.text) not in strong
                    and len(c.object.text.split()) <= 3
                )
                if not ok:
                    continue
            if c.object.kind == "series" and c.object.weak and N.series_key(c.object.text) not in strong:
                continue
            new = swapped.get((c.doc, c.sentence, c.object.text if c.swappable else c.subject.text))
            if new is not None and c.swappable:
                c = Candidate(
                    Mention(c.object.text, "person", c.object.start, c.object.end),
                    c.relation,
                    new,
                    c.doc,
                    c.sentence,
                    c.rule,
                )
            elif new is not None and c.relation == "appearsIn" and c.rule in DERIVED:
                c = Candidate(new, c.relation, c.object, c.doc, c.sentence, c.rule)
            # a character named only by a word that is a known series title, in an appearance rule,
            # is still a character; but a "person" who is a known series is not a person
            if c.subject.kind == "person" and N.series_key(c.subject.text) in strong:
                continue
            rel = vocab.relations().get(c.relation)
            if rel is None:
                continue
            ok_object = c.object.kind == "literal" if rel.datatype is not None else c.object.kind in rel.range
            if c.subject.kind in rel.domain and ok_object:
                out.append(c)
        return out


def _reachable(nodes: dict[str, Node], facts: Iterable[Fact]) -> set[str]:
    """The nodes that are a fact's object, and the nodes nested in them (a review's rating)."""
    seen = {f.object for f in facts if f.object in nodes}
    todo = list(seen)
    while todo:
        for _, v, d in nodes[todo.pop()].props:
            if d is None and v in nodes and v not in seen:
                seen.add(v)
                todo.append(v)
    return seen


def _standalone(text: str, word: str) -> bool:
    """Is ``word`` used in ``text`` on its own, not as part of a longer capitalised name?"""
    for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 3]
        if re.search(rf"[{N.UP}][\w.'’\-]*[ \u00a0]$", before) or re.match(rf"[ \u00a0][{N.UP}]", after):
            continue
        return True
    return False


def _best_label(forms: Counter[str]) -> str:
    """The fullest name: most words, then with accents, then most used, then alphabetical."""

    def score(f: str) -> tuple[int, int, int, int, str]:
        return (
            len(f.split(" ")),
            int(f != N.fold(f).title() and any(ord(ch) > 127 for ch in f)),
            forms[f],
            -len(f),
            f,
        )

    untitled = [f for f in forms if N.strip_titles(f) == f] or list(forms)
    return _unshouted(max(untitled, key=score), untitled)


def _unshouted(label: str, forms: Iterable[str]) -> str:
    """A name set in capitals for emphasis ("TULSA KING", not an acronym such as "ER" or "CSI:
    NY") as the text's own mixed-case form of it, else in title case."""
    words = label.split()
    if not (len(words) >= 2 and all(w.isalpha() and w.isupper() and len(w) >= 3 for w in words)):
        return label
    return next(
        (f for f in forms if f != label and N.fold(f) == N.fold(label) and not f.isupper()), label.title()
    )


def _unique(entities: dict[str, Entity], iri: str) -> str:
    if iri not in entities:
        return iri
    n = 2
    while f"{iri}-{n}" in entities:
        n += 1
    return f"{iri}-{n}"


def resolve(extractions: Iterable[DocumentExtraction]) -> Resolution:
    """Merge the mentions of all documents into entities and facts."""
    return Resolver(list(extractions)).resolve()
