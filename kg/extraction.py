"""Stage 2: from a document's sentences to candidate facts between *mentions*.

Each rule matches a construction, not a sentence of the seeds ("ACTOR as CHARACTER",
"SERIES's ACTOR as CHARACTER", "CHARACTER appeared in the first season of SERIES",
"X, director of the first two episodes", ...). A rule gives every name it matches the kind
its slot implies (the object of "as" is a character; the object of "season of" is a
series), which is how the same string ("Jessica Jones") is a character in one place and a
series in another. Names are not resolved here: `kg.resolution` merges mentions across
documents into entities.

The function `extract(document)` is a plain function of one document, so documents can be
processed in parallel and tested alone.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import names as N
from . import vocab
from .documents import Document
from .nlp import Sentence, entity_spans, split_sentences

NAME, CHAR, POSS, TITLE = N.NAME, N.CHAR, N.POSS, N.TITLE


def _headline_kind(title: str) -> str:
    """A headline's title without the kind of article the name pattern read into it: "Orphan
    Black Recap" -> "Orphan Black"."""
    return re.sub(r" (?:Recap|Review|Recaps|Reviews|Casting|Cast|Preview)$", "", title)


def lead_head(group: str) -> str:
    """The head of an encyclopedia lead, "Crash Landing on You (Korean: ...) is a ", with the title
    (which may hold lower-case words the name patterns split) in ``group``."""
    return (
        rf"^(?P<{group}>[^()\n]{{1,60}}?)(?: \([^()\n]*\))?"
        # "Reply 1988 (Korean: ...), also known in English as Answer Me 1988, is a"
        rf"(?:,? (?:also |alternatively )?(?:known|titled|released)(?: in English| internationally)? as [^,()\n]{{1,60}},)? (?:is|was) an? "
    )


#: a title with its subtitle and a sequel's number: "Top Gun: Maverick", "Scream 2" (not "Season 2")
FILM_TITLE = (
    rf"{TITLE}(?:(?<!\bSeason)(?<!\bSeries)(?<!\bEpisode)(?<!\bPart)(?<!\bChapter)(?<!\bVolume)(?<!\bBook)"
    rf"(?<!\bNo\.)(?<!\bAct)(?<!\bDay)(?<!\bYear) [2-9](?![\w:–-]|[.,]\d))?(?:: {TITLE})?"
)


@dataclass(frozen=True)
class Mention:
    """A name in a document, with the kind of thing its position says it is."""

    text: str  # surface form, e.g. "Matt Murdock / Daredevil"; for a literal, its lexical value
    kind: str  # an entity kind (person, character, series, ... see vocab.CLASS_OF_KIND), "literal" or "node"
    start: int  # character offsets in the document
    end: int
    number: int | None = None  # season or episode number
    parent: Mention | None = None  # the series of a season or an episode
    weak: bool = False  # kind guessed from a weak cue: kept only if confirmed elsewhere
    datatype: str | None = None  # literal: its datatype IRI ("" = plain string)
    node_type: str | None = None  # node: its class IRI (schema:AggregateRating, schema:Review, ...)
    props: tuple[tuple[str, Mention], ...] = ()  # node: (property IRI, value) pairs


@dataclass(frozen=True)
class Candidate:
    """A candidate fact: subject mention, relation name, object mention, and its evidence."""

    subject: Mention
    relation: str  # a registered relation name (kg.vocab.relations())
    object: Mention
    doc: str  # document IRI
    sentence: tuple[int, int]
    rule: str
    swappable: bool = False  # "A (B)": which side is the actor is decided in resolution


@dataclass
class DocumentExtraction:
    """Everything extracted from one document."""

    doc: Document
    sentences: list[Sentence]
    candidates: list[Candidate] = field(default_factory=list)
    topic: Mention | None = None  # the series the document is about
    series_mentions: list[Mention] = field(default_factory=list)  # strong series cues
    person_names: set[str] = field(default_factory=set)  # names NER tagged as people
    lead_person: str | None = None  # the person an obituary or a profile is about, as written


# --- helpers ------------------------------------------------------------------------------

_QUOTE = re.compile(r"[\"“][^\"“”\n]{0,400}[\"”]")  # a quotation never crosses a line break


#: a quoted title, not a quotation: '"The Young and the Restless,"', '"Cooper Barrett's Guide to Surviving Life"'
_TITLE_CASED = re.compile(
    rf"{N.WORD}(?:[ ](?:{N.WORD}|a|an|the|and|or|of|in|on|to|for|with|at|by|from|vs\.)){{4,11}}[,.!?]?"
)


def mask_quotes(text: str) -> str:
    """Blank out long quotations (opinions, not facts) keeping offsets; short ones are titles."""

    def repl(m: re.Match[str]) -> str:
        inner = m.group()[1:-1]
        return m.group() if len(inner.split()) < 5 or _TITLE_CASED.fullmatch(inner) else " " * len(m.group())

    return _QUOTE.sub(repl, text)


SEASON_REF = (
    rf"(?:[Tt]he (?P<{{p}}ord>{N.ORDINAL_RE}) season of (?P<{{p}}s1>{TITLE})"
    rf"|[Ss]eason (?P<{{p}}num>\d+) of (?P<{{p}}s2>{TITLE})"
    rf"|(?P<{{p}}s3>{TITLE}){POSS} (?P<{{p}}ord2>{N.ORDINAL_RE}) season"
    rf"|(?P<{{p}}s4>{TITLE}) season (?P<{{p}}num2>\d+)(?![.\d]))"
)


def season_ref(prefix: str) -> str:
    return SEASON_REF.replace("{p}", prefix)


#: a reference-list entry, not prose: its title-case headlines are not statements
CITATION = re.compile(r"\b(?:Retrieved|Archived from the original|Accessed) (?:on )?(?:\w+ \d|\d)")
#: cues that a sentence is about another work, or is not a statement of fact
OTHER_WORK_CUE = re.compile(r"\b(?:film|movie|films|movies|stage play|musical|video game)\b|\(\d{4}\)", re.I)
NOT_A_FACT = re.compile(r"\b(?:slated|rumou?red|in talks|could|might|may|if|whether|hopes?|wants?)\b|\?")
PLAN = re.compile(
    r"\b(?:slated|set to|expected|rumou?red|(?-i:will)|would|could|(?-i:may)|might|plans? to|planned|"
    r"hopes? to|wants? to|in talks|is to|are to|was to)\b",
    re.I,
)
STAR_CUE = re.compile(r"\b(?:stars?|starring|starred|cast includes|cast members|ensemble)\b", re.I)
SERIES_COREF = re.compile(
    r"\b(?:the|this|its) (?:mini-?series|series|show|season|programme|program|drama)\b['’]?", re.I
)

# words allowed between an actor's name and "as CHARACTER"
MID_WORDS = {
    "who", "also", "later", "will", "would", "has", "have", "had", "is", "was", "were", "be",
    "been", "being", "to", "now", "then", "reportedly", "officially", "again", "first",
    "cast", "recast", "appears", "appeared", "appear", "appearing", "recurs", "recurring",
    "recur", "returns", "returned", "return", "returning", "stars", "starred", "star",
    "starring", "guest", "guest-stars", "guest-starred", "guest-starring", "co-stars",
    "co-starred", "co-starring", "cameo", "cameos", "cameoed", "a", "an", "the", "makes",
    "made", "make", "voice", "voices", "voiced", "over", "providing", "provides", "provided",
    "reprises", "reprise", "reprised", "reprising", "his", "her", "their", "role", "roles",
    "joins", "joined", "join", "joining", "reported", "confirmed", "announced", "appearance", "appearances", "briefly", "series", "regular", "main",
    "only", "both", "too", "still", "once", "newly", "eventually", "ultimately", "back",
    "turns", "turned", "turn", "up", "show", "pop", "shows", "showed", "pops", "popped",
    "are", "season", "second", "third", "fourth", "fifth", "sixth", "seventh", "final", "last",
    "round", "rounds", "rounded", "rounding", "out", "complete", "completes", "completed", "ensemble",
    "list", "lineup", "cast's",
    # "has boarded the revival as Kenya", "signed on to the reboot as"
    "boards", "boarded", "board", "boarding", "signed", "signs", "on", "revival", "reboot",
    # "Will Forte created it and starred as Phil Miller"
    "created", "co-created", "wrote", "co-wrote", "it", "and",
    "spin-off", "spinoff", "sequel", "prequel", "remake", "miniseries", "project", "drama", "comedy",
}  # fmt: skip
PLAN_MID = {"will", "would", "to"}
#: more words a coordinated cast list may hold before "as": "round out the family", "appear
#: throughout the run", "A and B play"
COORD_MID_WORDS = frozenset({"play", "plays", "played", "family", "throughout", "run"})

#: "A and B gave career-best performances as X and Y": a review's way of saying who played whom
PERFORMANCES_MID = re.compile(
    r"(?:give|gives|gave|giving|deliver|delivers|delivered|turn in|turns in|turned in)(?: [\w\-]+){0,3} performances"
)


def _planned_mid(words: list[str]) -> bool:
    """ "A will be X", "B is to play Y": a plan, unless the words say the actor is cast."""
    return bool(PLAN_MID & set(words)) and "cast" not in words


def _plain_mid(words: list[str], extra: frozenset[str] = frozenset()) -> bool:
    """Only the words a cast statement puts between the actors and "as" (and no plan)."""
    return all(w in MID_WORDS or w in extra for w in words) and not _planned_mid(words)


#: words that make "as the X ..." a job or a function, not a character description
NOT_DESCRIPTORS = {
    "regular", "regulars", "opposite", "between",
    "of", "for", "at", "in", "on", "from", "with", "by", "to", "and", "or", "composer",
    "director", "directors", "showrunner", "showrunners", "producer", "producers", "writer",
    "writers", "head", "host", "hosts", "narrator", "creator", "creators", "member", "members",
    "part", "one", "president", "chief", "executive", "editor", "guest", "judge", "judges",
    "consultant", "designer", "cinematographer", "star", "lead", "voice", "as", "well", "such",
    "much", "long", "soon", "far", "good", "opposed", "himself", "herself", "themselves", "role", "roles",
    "parts", "cameo", "is", "was", "are", "were", "does", "did",
}  # fmt: skip


#: descriptor words that are a character's rank when a full name follows them
FICTIONAL_RANKS = {
    "president",
    "chief",
    "head",
    "editor",
    "judge",
    "executive",
    "member",
    "consultant",
    "designer",
}


def _sub(m: re.Match[str], group: str, base: int) -> tuple[str, int, int] | None:
    if m.group(group) is None:
        return None
    return m.group(group), base + m.start(group), base + m.end(group)


class _Sent:
    """A sentence being matched: masked text, NER spans, document offsets."""

    def __init__(self, sent: Sentence, ents: list[tuple[int, int, str]], index: int = 0):
        self.sent = sent
        self.text = mask_quotes(sent.text)
        self.base = sent.start
        self.ents = ents
        self.index = index  # position of the sentence in the document
        #: the names NER tags as people anywhere in the document (filled in by the extractor)
        self.known_people: set[str] = set()

    def span(self, m: re.Match[str], group: str) -> tuple[str, int, int] | None:
        return _sub(m, group, self.base)

    def ner_label(self, start: int, end: int) -> str | None:
        """The NER label of the entity overlapping most of [start, end) (document offsets)."""
        s, e = start - self.base, end - self.base
        best, best_len = None, 0
        for es, ee, label in self.ents:
            overlap = min(e, ee) - max(s, es)
            if overlap > best_len:
                best, best_len = label, overlap
        return best if best_len >= (e - s) / 2 else None


def _mention(kind: str, text: str, start: int, end: int, **kw: object) -> Mention:
    return Mention(text=N.clean(text), kind=kind, start=start, end=end, **kw)  # type: ignore[arg-type]


def _person(s: _Sent, text: str, start: int, end: int, strict: bool = True) -> Mention | None:
    """A person's name, trimmed of leading noise ('Director S. J. Clarkson'), or None if
    it does not look like a person (NER says organisation, place or work)."""
    trimmed = N.strip_leading_noise(text)
    offset = N.clean(text).rfind(trimmed)
    start = start + max(offset, 0)
    label = s.ner_label(start, end)
    bad = label in {"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "DATE", "NORP", "EVENT", "PRODUCT"} and (
        strict or label in {"DATE", "WORK_OF_ART"}
    )
    if (
        bad
        and label != "DATE"
        and N.looks_like_person_name(trimmed)
        and (
            ACTING_NEXT.match(s.text, end - s.base)
            # "the show starred Randall Park as Louis Huang" (NER: a park)
            or (
                re.match(r" as (?:[A-Z]|(?:the|a|an|his|her|their) )", s.text[end - s.base :])
                and re.search(
                    r"\b(?:starred|starring|stars|co-starring|co-starred|featuring|featured) $",
                    s.text[: start - s.base],
                )
            )
        )
        and not re.search(
            rf"\b(?:series|show|film|movie|drama|comedy|sitcom){POSS}? $", s.text[: start - s.base]
        )
    ):
        bad = False  # "In 2015, Annabeth Gish appeared as Diane Gould" (NER: a work of art)
    if bad and not strict and label == "DATE" and _DAY_SURNAME.fullmatch(trimmed):
        bad = False  # "Writers: Paul Whitehouse, Simon Day" (NER: a date), not "Boxing Day"
    # the small NER model often calls an unfamiliar person's name an organisation
    if bad and not (label in {"ORG", "PRODUCT", "NORP"} and N.looks_like_person_name(trimmed)):
        # "Skarsgård as Boris Shcherbina" (NER: a place) after "Stellan Skarsgård" in full
        key = N.fold(trimmed)
        if label in {"DATE", "WORK_OF_ART"} or not any(
            pn == key or pn.endswith(" " + key) for pn in s.known_people if " " in pn
        ):
            return None
    if trimmed.isupper() or not trimmed[0].isupper():
        return None
    if " " not in trimmed and trimmed.lower() in N.LEADING_NOISE | PRONOUN_WORDS | {
        "who",
        "whom",
        "which",
        "what",
    }:
        return None
    if trimmed.endswith("+") or trimmed in N.BROADCASTER_NAMES:
        return None  # "Paramount+", "HBO"
    if re.search(
        r"\b(?:series|seasons?|episodes?|film|show|finale|premiere) of (?:the )?$",
        s.text[max(0, start - s.base - 24) : start - s.base],  # (the words just before, not the sentence)
    ):
        return None  # "the second series of Blue Lights": a work
    if trimmed.split(" ")[0] in ("The", "A", "An"):
        return None
    return _mention("person", trimmed, start, end)


#: a person surnamed Day, which the NER takes for a date ("Simon Day", "Doris Day"; not a holiday)
_DAY_SURNAME = re.compile(
    r"(?!(?:Boxing|Christmas|Independence|Memorial|Labou?r|Thanksgiving|Easter|Victory|Election|Judgment|"
    r"Doomsday|Mother|Father|Valentine|Remembrance|Armistice|Veterans|Presidents|Groundhog|Opening|Closing|"
    r"Match|Race|Game|Sports|Open|Launch|Wedding|Pay|Birth|Any|Every|Some|One|Next|Last|Each|Family|Field|"
    r"Anzac|Canada|Australia|Bastille|Columbus|Flag|Patriots|Earth|Leap|Judgement|Vesak|Diwali|Polling)\b)"
    r"[A-Z][a-z]{2,} Day"
)
#: an acting verb right after a name makes the name a person, whatever the NER says
ACTING_NEXT = re.compile(
    r"(?: \([^()]{1,40}\))?,? (?:(?:also|later|then|briefly|first) )?(?:appeared|appears|stars|starred|plays|played|portrays|portrayed|"
    r"voices|voiced|recurs|recurred|co-stars|co-starred|(?:is|was|has been) cast) (?:as|in|the|a|an|[A-Z])"
)
PRONOUN_WORDS = {"he", "she", "they", "it", "his", "her", "him", "we", "i", "you", "their", "its"}
AWARD_WORDS = {"Outstanding", "Award", "Awards", "Best", "Emmy", "Emmys", "Globe", "Globes", "Oscar", "Prize"}


def _role_slot(s: _Sent, desc: str, c: tuple[str, int, int]) -> bool:
    """Can "as DESC C" name a character: no job words ("as the composer for X", "as Head
    Writer"), and C is not a place, a date or a number?"""
    words = set(re.findall(r"[a-z][\w\-]*", desc))
    # "as network chief Cory Ellison", "as police commissioner Frank Reagan": a rank in the
    # story, when a full person-like name follows (not "as chief executive" or "as head writer")
    if " " in N.clean(c[0]) and N.looks_like_person_name(c[0]):
        words -= FICTIONAL_RANKS
        if re.fullmatch(r"the (?:[a-z\-]+ )?(?:director|producer|writer|composer|screenwriter) ", desc):
            # "with Jack Davenport as the director Derek Wills": a job in the story, a name after it
            words -= {"director", "producer", "writer", "composer", "screenwriter"}
    if words & (NOT_DESCRIPTORS - {"and"}):
        return False
    return not any(t in JOB_WORDS for t in c[0].split()) and s.ner_label(c[1], c[2]) not in NOT_CHARACTER_NER


_LINKING_WORDS = frozenset({"of", "for", "at", "in", "on", "from", "with", "to", "and", "or"})
#: words that make a "description" a clause of its own ("played in the finale, and while X ...")
_CLAUSE_WORDS = frozenset(
    {
        "while",
        "but",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "that",
        "played",
        "portrayed",
        "voiced",
        "by",
        "said",
        "says",
    }
)


def _appositive_ok(desc: str, char: str) -> frozenset[str]:
    """Words a description may hold when it is an appositive before a full name: "plays
    Michael's boss at corporate, Jan Levinson", "as his friend and former flatmate, Dr John
    Watson" (but not "plays a key role in X" or "as head of Marvel Television")."""
    words = set(re.findall(r"[a-z][\w\-]*", desc))
    if (
        "," in desc
        and re.fullmatch(r"\s*(?:(?:the|a|an|his|her|their)\b.*)?", desc.rsplit(",", 1)[1])
        and not words & _CLAUSE_WORDS
        and not char.startswith(("The ", "A ", "An "))
        and N.looks_like_person_name(N.strip_titles(N.clean(char.split(",")[0])))
    ):
        return _LINKING_WORDS | _JOB_DESCRIPTORS
    if re.fullmatch(rf"{NAME}{POSS} (?:[a-z][\w\-]* ){{1,2}}", desc) and N.looks_like_person_name(char):
        return _JOB_DESCRIPTORS  # "played Frasier's producer Roz Doyle": a job in the story
    return frozenset()


#: jobs an appositive may give a role: "played her boss, the network executive Jack Donaghy"
_JOB_DESCRIPTORS = frozenset(
    {"composer", "director", "showrunner", "producer", "writer", "head", "host", "narrator", "creator"}
    | {"member", "president", "chief", "executive", "editor", "judge", "consultant", "designer", "star"}
)


def _renamed(m: Mention, key: str, title: str) -> Mention:
    """``m`` with the series whose key is ``key`` called ``title`` (also as a season's or an
    episode's series)."""
    if m.kind == "series" and N.series_key(m.text) == key:
        return dataclasses.replace(m, text=title)
    if m.parent is not None and m.parent.kind == "series" and N.series_key(m.parent.text) == key:
        parent = dataclasses.replace(m.parent, text=title)
        text = title + m.text[len(m.parent.text) :] if m.text.startswith(m.parent.text) else m.text
        return dataclasses.replace(m, text=text, parent=parent)
    return m


def _listing_head(m: re.Match[str]) -> tuple[int, int, Mention]:
    """A listings entry's line as a section heading: (start, end, its work: a film when marked
    "Film:" or followed by a year in brackets, else a series)."""
    film = m.group("film") or re.fullmatch(r" \((?:19|20)\d\d\)", m.group("paren") or "")
    t = m.group("t").strip()
    return m.start(), m.end(), _mention("film" if film else "series", t, m.start("t"), m.start("t") + len(t))


def _widened(text: str, cands: list[Candidate], title: str) -> list[Candidate]:
    """The candidates with a series named by a part of ``title`` where the text writes the whole
    title ("Parks" and "Recreation" of "Parks and Recreation", which the name patterns cut at
    "and") called by the whole title."""
    spans = _title_spans(text, title)

    def whole(m: Mention) -> Mention:
        if m.kind == "series" and m.text != title and any(a <= m.start and m.end <= b for a, b in spans):
            return dataclasses.replace(m, text=title)
        if m.parent is not None:
            parent = whole(m.parent)
            if parent is not m.parent:
                rest = m.text[len(m.parent.text) :] if m.text.startswith(m.parent.text) else None
                return dataclasses.replace(
                    m, parent=parent, text=title + rest if rest is not None else m.text
                )
        return m

    return [dataclasses.replace(c, subject=whole(c.subject), object=whole(c.object)) for c in cands]


def _title_spans(text: str, title: str) -> list[tuple[int, int]]:
    """Where ``title`` stands as a whole in ``text`` (not inside a longer word)."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w'’])", text)]


def _widened_mentions(text: str, mentions: list[Mention], title: str) -> list[Mention]:
    """The series mentions inside an occurrence of ``title`` in the text, called by it (see `_widened`)."""
    spans = _title_spans(text, title)
    out = []
    for m in mentions:
        span = next((sp for sp in spans if sp[0] <= m.start and m.end <= sp[1]), None)
        if m.kind == "series" and m.text != title and span is not None:
            m = dataclasses.replace(m, text=title, start=span[0], end=span[1])
        out.append(m)
    return out


def _renamed_in(cands: list[Candidate], key: str, title: str) -> list[Candidate]:
    """The candidates with the series whose key is ``key`` called ``title`` (see `_renamed`)."""
    return [
        dataclasses.replace(c, subject=_renamed(c.subject, key, title), object=_renamed(c.object, key, title))
        for c in cands
    ]


def _title_roles(cands: list[Candidate]) -> list[Candidate]:
    """A character called by a surname alone in a work titled with a person's full name that
    ends in it ("Giamatti won for playing Adams" in the miniseries John Adams): the title
    character, by that name."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.relation == "appearsIn" and " " not in c.subject.text and c.object.kind == "series":
            title, short = N.clean(c.object.text), c.subject.text
            if (
                re.fullmatch(rf"[{N.UP}][a-z]+ {re.escape(short)}", title)
                and N.looks_like_person_name(title)
                and title.split(" ")[0].lower() not in N.NOT_GIVEN_NAMES  # ("Sheldon" in Young Sheldon)
            ):
                full.setdefault(short, set()).add(title)
    if not full:
        return cands

    def renamed(m: Mention) -> Mention:
        titles = full.get(m.text, set()) if m.kind == "character" else set()
        return dataclasses.replace(m, text=next(iter(titles))) if len(titles) == 1 else m

    return [dataclasses.replace(c, subject=renamed(c.subject), object=renamed(c.object)) for c in cands]


def _character(text: str, start: int, end: int) -> Mention | None:
    name = N.clean(text)
    if not name or name.lower() in {
        "himself",
        "herself",
        "themselves",
        "he",
        "she",
        "they",
        "it",
        "him",
        "her",
        "them",
    }:
        return None
    toks = name.split(" ")
    if toks[0].lower() in N.LEADING_NOISE - {"star"} and len(toks) > 1:
        # "as Chief Deputy Art Mullen", "as President Selina Meyer": a rank in the story before a
        # name (the label drops it), not "as Executive Producer" or "as Director"
        rest = N.strip_titles(name)
        if not (
            toks[0].lower().rstrip(".") in N.LOWER_TITLES
            and rest != name
            and (N.looks_like_person_name(rest) or (len(rest.split()) == 1 and rest[:1].isupper()))
            and not any(t in JOB_WORDS - {"Chief", "President"} for t in rest.split())
        ):
            return None
    if any(t in AWARD_WORDS for t in toks) and not (
        toks[0] == "Oscar" and len(toks) > 1 and toks[1] not in AWARD_WORDS
    ):
        return None  # "Emmy Award", "Oscar nominee" -- but "Oscar Arocho" is a name
    droid = re.fullmatch(r"[A-Z]+\d?-\d*[A-Z]*\d*", name) and re.search(r"\d", name)  # "IG-11", "C-3PO"
    if len(toks) == 1 and (name.isupper() or any(ch.isdigit() for ch in name)) and not droid:
        return None  # "MI5", "NYPD": an acronym, not a character
    return _mention("character", name, start, end)


#: the rest of a film's title after a lower-case word: "... in Hollywood", "... in Their Eyes"
TITLE_REST = re.compile(
    rf"(?: (?:in|with|for|from|at|on|upon|without) (?:the |a |an |their |his |her )?{N.WORD}(?:{N.SEP}{N.WORD})*)+"
    rf"(?=[,.;:)!?]| \(\d{{4}}\)| (?:which|who|that|was|is|won|and)\b|$)"
)


def _film_title_after_noun(s: _Sent, f: tuple[str, int, int]) -> tuple[str, int, int]:
    """Where a film noun announces a title ("his film Once Upon a Time in Hollywood, which"),
    a lower-case preposition does not end it."""
    rest = TITLE_REST.match(s.text, f[2] - s.base)
    if rest is None:
        return f
    w = re.search(N.WORD, rest.group())
    if w and s.ner_label(f[2] + w.start(), f[2] + w.end()) in ("GPE", "LOC", "DATE", "FAC"):
        return f  # "his film Clash in Egypt"
    return (f[0] + rest.group(), f[1], f[2] + len(rest.group()))


def appositive_title(before: str, title: str) -> int | None:
    """Where the title of "TITLE, the ABC sitcom" starts within ``title`` (``before`` is the
    text before it): None for a title the name patterns cut at a small word ("Make Room for
    Daddy"), past an owner's possessive ("Phil Redmond's Brookside") when a capitalised word comes
    before it, else 0."""
    if re.search(r"[A-Z][\w'’]* (?:for|in|and|on|to|with|at|of|from) $", before):
        return None
    owned = re.match(r"[A-Z][\w\-]*['’]s ", title)
    return owned.end() if owned and re.search(r"\b[A-Z][\w\-]* $", before) else 0


def _series(text: str, start: int, end: int, weak: bool = False) -> Mention:
    return _mention("series", text, start, end, weak=weak)


# --- the rules ----------------------------------------------------------------------------

#: one capitalised adjective before a lower-case description: "his Republican opponent", "the Soviet officer"
_CAP_ADJ = rf"(?:(?:[{N.UP}][a-z]+(?:-[a-z]+)?|[{N.UP}]{{2,5}}) (?=(?!(?:and|or|as|in|on|of|for|with|who|whose|is|was|at|from|to|by|the|a|an|{N.PARTICLE})\b)[a-z]))?"
AS_PAIR = re.compile(
    rf"(?P<actor>{NAME})(?: \([^()]{{1,60}}\))?(?P<mid>(?:,? (?:[a-z][\w\-]*|who))*?),? as (?:the voice of )?(?P<desc>(?:{NAME}{POSS} |(?:the|a|an|his|her|their) )?{_CAP_ADJ}(?:[a-z][\w\-]*(?:['’]s?)?,? ){{0,7}}?)"
    rf"(?P<char>{CHAR})(?! \()(?!{POSS})(?! and {NAME}{POSS})(?P<tail> (?:in|for|on|from) (?:{season_ref('t')}|(?P<tseries>{TITLE})(?!{POSS}| {NAME}{POSS})))?"
)
#: "X joins the ensemble as Y", "X appeared as Don and Betty's daughter, Sally Draper",
#: "X has been tapped to play Y" (see Extractor._loose_as)
LOOSE_AS = re.compile(
    rf"(?<=[a-z,])(?: as(?: the voice of)?| (?:in|into) the (?:[a-z]+ )?(?:role|part) of| (?P<verb>play|portray|voice)| (?P<ger>playing|portraying|voicing)) (?P<desc>(?:(?:the|a|an|his|her|their) )?(?:{NAME}(?: and {NAME})?{POSS} (?:[a-z][\w\-]* and {NAME}{POSS} )?)?(?:(?!(?:will|play|plays|portray|voice|playing|as)\b)(?:[a-z][\w\-]*|[A-Z][A-Z0-9]+),? ){{0,5}}?)"
    rf"(?P<char>{CHAR})(?!{POSS})(?! \()(?=$|[,.;:)!]| (?:in|on|for|from|and|who|whose|with|to|at|opposite|alongside|while|was|is|has|had|will|\u2014)\b)"
)
#: a description set off by commas after a name: "the team captain and Shauna's best friend"
DESCRIPTION = rf"(?:the|a|an|his|her|their|{NAME}{POSS})(?: (?:[a-z][\w\-]*(?:['’]s)?|{NAME}{POSS})){{1,12}}"
#: a title in an interviewer's question: capitalised words with lower-case joiners, and an inner
#: comma before a capital ("Your first feature, First Love, Last Rites, came out in 1997.")
QUESTION_TITLE = re.compile(
    r"(?<![\w'’])(?P<t>[A-Z][\w'’!\-]*(?:(?: (?:of|on|the|in|a|an|and|&|to|at|for|with|from))* [A-Z][\w'’!\-]*"
    r"|, (?=[A-Z][\w'’!\-]*(?: [A-Z][\w'’!\-]*)*,)[A-Z][\w'’!\-]*)*)"
)
QUESTION_WORDS = frozenset(
    {
        "What",
        "How",
        "Why",
        "When",
        "Where",
        "Who",
        "Which",
        "Your",
        "You",
        "Tell",
        "Did",
        "Do",
        "Does",
        "Was",
        "Is",
        "Were",
        "Are",
        "Can",
        "Could",
        "So",
        "And",
    }
)
#: lower-case words after a capitalised word, then a name: "(as the White House) chief of staff
#: Frank Flaherty", "(the Revolutionary Guard) investigator Faraz Kamali"
NAME_AFTER_NOUNS = re.compile(
    rf" (?!(?:and|or|as|with|in|on|of|for|to|from|at|by|who|is|was)\b)(?:[a-z][\w\-]* ){{1,3}}(?P<n>{N.NAMEX})"
)
#: an interviewer's question: a short paragraph of its own ending in a question mark
QUESTION_LINE = re.compile(r"(?m)^[^\n]{1,200}\?[\"”]?[ \t]*$")
#: a named actor "was" a described role: "Vaughn was Napoleon Solo, the unflappable top agent of
#: ...", "and David McCallum was his Russian partner, Illya Kuryakin"
NAMED_WAS_ROLE = re.compile(
    rf"(?:^|[,;] (?:and |while |but )?|\band )(?P<actor>{NAME}) (?:(?:also|then|later|memorably) )?was "
    rf"(?P<desc>(?:the|his|her|their) {_CAP_ADJ}(?:[a-z][\w\-]* ){{0,3}}?[a-z][\w\-]*,? )?(?P<char>{CHAR})(?!{POSS})"
    rf"(?=, (?:the|a|an|his|her|their|{NAME}{POSS}) [a-z]|,? in (?:{NAME}{POSS} )?{TITLE}|;|\.?$)"
)
#: "He played X", "she later starred as X", "he had a recurring role as the psychiatrist X"
PRONOUN_ROLE = re.compile(
    rf"(?:(?:^(?:(?:On|In|For|At|By|During|From|After|Before|Since) [^,;]{{1,50}}?,? |(?:A|One|Two|Three|Four|Five|Ten|Some|Many|Several) (?:[a-z]+ )?(?:year|years|decade|decades|season|seasons) later,? )?|[,;] (?:and |but )?(?:(?:a|one|two|three|four|five|ten|some|many|several) (?:[a-z]+ )?(?:year|years|decade|decades) later,? )?|\b(?:and|where|when|which|whom) (?:(?:in|on) [^,;]{{1,60}}? )?)(?:[Hh]e|[Ss]he)(?: (?:also|later|then|memorably|famously|briefly|first|again|once|subsequently|perhaps|currently|now|still|recently|has|had))*"
    rf" (?:(?P<was>was)(?= )(?! cast\b)|played|plays|portrayed|portrays|voiced|voices|would (?:later |go on to )?play|went on to play|(?:(?:starred|stars|appeared|appears|returned|returns|was starring|is starring|turned up|turns up|showed up)(?: (?:in|on) [^,;.]{{1,60}}?)?|was cast|is cast|"
    rf"(?:had|has|landed|got|won|took|earned) an? (?:[a-z\-]+ ){{0,2}}(?:role|part)(?: (?:in|on) [^,;.]{{1,60}}?)?|joined [^,;.]{{0,60}}?|"
    rf"became (?:an? )?(?:[a-z\-]+ )?[a-z\-]+|gave (?:[a-z]+ ){{0,2}}(?:his|her) (?:[a-z]+ ){{0,2}}performance) as)"
    rf"|\b(?:cast|casts|recast) (?:him|her) (?:in the role of|as)"
    # "His last major role was Judge Isaac Parker in ...", "her first notable film role, as X"
    rf"|^(?:His|Her) (?:[a-z\-]+ ){{0,3}}role(?: was| came as|,? as)|\b(?:his|her) (?:first|last|final|breakthrough|breakout) (?:[a-z\-]+ ){{0,2}}role, as"
    # "Sharma made his debut as X in Y and went on to play Z on W", "... and as Emma Swan on ABC's
    # Once Upon a Time": the sentence subject's next role
    rf"|(?P<coord>(?<=[a-z)] )and (?:(?:later|then|also|subsequently|eventually) )?(?:played|voiced|portrayed|went on to (?:play|voice|portray))|(?<=[a-z)] )and as))"
    rf" (?P<desc>(?:(?:the|a|an|his|her) )?{_CAP_ADJ}(?:[a-z][\w\-]*,? ){{0,5}}?)(?P<char>{CHAR})(?!{POSS})(?= |$|[,.;:)])"
)
#: "A voices Tanjiro in the Japanese version, and B voices him in the English dub"
OBJECT_PRONOUN_ROLE = re.compile(
    rf"[,;] (?:and |while |with )?(?P<actor>{NAME}) (?:also )?(?:voices|voiced|plays|played|portrays|portrayed) "
    rf"(?:him|her)(?= (?:in|on|for|from)\b|[,.;]|$)"
)
#: an earlier actor of a role (see Extractor._earlier_actors)
EARLIER_ACTOR = re.compile(
    rf"\b(?:the|a) (?:role|part|character) (?:(?:originated|created|first played|originally played|played)"
    rf"(?: (?:on|in) (?:(?:the )?(?:[a-z\-]+ ){{0,3}}?(?:original|sitcom|series|show|film|films|movie)(?: series)?|{TITLE}))? by (?P<a>{NAME})"
    rf"(?:(?: himself| herself)?,? and (?:later )?by (?P<b>{NAME}))?|that made (?P<a2>{NAME}) famous)"
    # (not "took over from James Norton's Sidney Chambers": another role, as the lead)
    rf"|\b(?:took|takes|taking|take) over (?:the role(?: of (?P<c>{CHAR}))? )?from (?P<a3>{NAME})(?!(?:{N.SEP}{N.WORD})*{POSS})"
)
#: "since Felicity, which aired on The WB and in which she played ...": the work a role clause is in
WHICH_WORK = re.compile(
    rf"(?P<t>{TITLE})(?: \(\d{{4}}(?:[–-]\d{{2,4}})?\))?,"
    # "Home to Roost (1985-90), made by Yorkshire Television for ITV, in which he played X"
    rf"(?: (?:made|produced|created|written|directed|adapted) [^,;()]{{1,80}},)? (?:(?:which|a|an|the)\b[^;()]*\b)?(?:in which|where) (?:he|she)\b[^,;]*$"
)
#: not a description of a character: "the cast also includes", "his co-star"
_NOT_ROLE_WORDS = (
    r"(?!(?:[a-z\-]+ )*(?:actor|actress|star|co-star|director|writer|creator|showrunner|producer|cast)s?\b)"
)
#: "Dom Hetrakul is Pornchai, a spa therapist; Christian Friedel is Fabian, the hotel's manager",
#: "Jack Lowden is River Cartwright again, the disgraced agent": a cast line in prose
IS_ROLE = re.compile(
    rf"(?:^(?:[A-Z][a-z]+ (?:[a-z]+ ){{0,2}}later,? |(?:In|By) \d{{4}},? )?|[;,] (?:and |while )?|\b(?:and|while) )(?P<actor>{NAME})(?P<rel>, who [^;]{{1,100}}?,)? (?:is|was) (?:(?P<char>{CHAR})(?: again| once more)?"
    rf",(?= (?:a|an|the|his|her|their|{NAME}{POSS}) )"
    # "Igby Rigney is Riley's younger brother, Warren Flynn", "is their bookish, rebellious sister, X"
    rf"|(?:his|her|their|(?P<char2pos>{NAME}){POSS}) (?:[a-z][\w\-]*,? ){{0,3}}[a-z][\w\-]*, (?P<char2>{CHAR})(?=[,.;]| and\b| who\b|$)"
    # "Jenna Fischer is the receptionist Pam Beesly", "Mark Waschke is the sinister priest Noah"
    rf"|(?P<d3>(?:the|his|her|their) {_NOT_ROLE_WORDS}(?:[a-z][\w\-]*,? ){{1,3}})(?P<char3>{CHAR})(?=[,.;]| and\b| who\b| whose\b|$| in [\"“]|(?P<intitle> in (?:{NAME}{POSS} )?{TITLE})))"
)
#: "As Roddy Ho, the team's self-regarding hacker, Christopher Chung remains a scene-stealer",
#: "As the brilliant, arrogant Detective Frank Pembleton, Braugher dominated ..."
FRONT_AS = re.compile(
    rf"^As (?:the |a |an )?(?:[a-z][\w\-]*,? |[{N.UP}][a-z]+ (?=[a-z]))?(?:[a-z][\w\-]*,? ){{0,4}}?(?:(?i:{'|'.join(sorted(N.LOWER_TITLES))}) (?=[A-Z]))?(?P<char>{CHAR}),"
    rf"(?: {DESCRIPTION},)? (?P<actor>{NAME}) (?:[a-z][\w\-]*)"
)
#: "Karl Urban, whose Billy Butcher is now living ..."
WHOSE_PAIR = re.compile(
    rf"(?P<actor>{NAME}), whose (?P<char>{CHAR})(?= (?:is|was|has|had|remains|gets|becomes|[a-z]+s)\b)"
)
NOT_CHARACTER_NER = {"GPE", "LOC", "DATE", "NORP", "FAC", "MONEY", "CARDINAL"}
#: words between an actor and "as" that make the clause something other than a role
LOOSE_STOP = {
    "said", "says", "say", "told", "tells", "called", "calls", "describes", "described", "named", "names",
    "considered", "regarded", "known", "hired", "signed", "worked", "works", "working", "served", "serves",
    "serving", "replaced", "replaces", "replacing", "than", "not", "never", "no", "could", "might", "may",
    "would", "slated", "rumored", "rumoured", "expected", "talks", "wants", "hopes", "plans", "eyed",
    "approached", "auditioned", "auditioning", "directs", "directed", "directing", "wrote", "writes",
    "written", "produces", "produced", "hosts", "hosted", "credited", "billed", "if", "whether", "instead",
    "nominated", "won", "wins", "praised", "praises", "cited", "introduced",
    "introduces", "identified", "identifies", "dressed", "disguised", "posing", "posed", "poses",
    "masquerading", "doubling", "doubles", "doubled", "him", "her", "them", "it", "by", "serve",
}  # fmt: skip
LOOSE_BEFORE_AS = {
    "such",
    "well",
    "same",
    "so",
    "just",
    "soon",
    "long",
    "much",
    "far",
    "seen",
    "viewed",
    "listed",
    "titled",
    "released",
    "rebranded",
    "renamed",
    "referred",
}
JOB_WORDS = {
    "Head", "Writer", "Writers", "Director", "Producer", "Producers", "President", "Chief", "Officer",
    "Executive", "Editor", "Host", "Showrunner", "Consultant", "Chairman", "Chair", "CEO", "COO", "Manager",
    "Supervisor", "Coordinator", "Designer", "Composer", "Narrator", "Himself", "Herself", "Themselves",
}  # fmt: skip
#: a description before "A (B)" makes A the character: "the powerful businessman A (B)" (lower-cased
#: text), "his wife, A (B)", "Danny's younger brother, A (B)"
_NOT_WORK_WORDS = r"(?!(?:[a-z\-]+ )*(?:series|show|film|movie|miniseries|season|episode|network|streamer|company|studio|drama|comedy)s?\b)"
DESCRIBED_THE = re.compile(rf"\bthe {_NOT_ROLE_WORDS}{_NOT_WORK_WORDS}(?:[a-z\-]+ ){{1,3}}$")
DESCRIBED_POSS = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Aa]n?|[Tt]he|[{N.UP}][\w\-]*['’]s?) {_NOT_ROLE_WORDS}{_NOT_WORK_WORDS}(?:[a-z\-]+['’]? ){{0,2}}[a-z\-]+, $"
    # "her bandmate Zack Van Gerbig (Todd Lowe)"
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir) {_NOT_ROLE_WORDS}{_NOT_WORK_WORDS}(?:[a-z\-]+ ){{0,2}}[a-z\-]+ $"
)
#: "A (B), a ...", "A (B): the ...": a description after a pair describes its character
DESCRIBED_AFTER = re.compile(r"(?:,|:) (?:a|an|the|his|her|their|who|whose)\b")
#: words after which "A (B)" names an actor first: "starring A (B)", "featured are A (B)"
ACTORS_NEXT = r"starring|stars|cast|casts|alongside|including|includes?|featured are|features|featuring"
# "A (B) is Claire and Jamie's daughter", "A (B), another time traveller, is the wife of":
# a description of a character follows the pair
IS_DESCRIBED = re.compile(
    rf"(?:, [^,()\n]{{1,60}},)? (?:is|was) (?:{NAME}(?: and {NAME})?['’]s? [a-z]|the [a-z]+ of |(?:his|her|their) [a-z])"
)
PAREN_PAIR = re.compile(
    rf"(?P<a>{CHAR}) \((?P<b>{CHAR})(?P<more>; [^()]{{1,80}})?(?P<aside>,? (?:naturally|again|of course|as ever|as always|once more))?\)(?P<colon>:)?"
)
#: a nominee with role and work in brackets: "George Takei (Seki, Blue Eye Samurai)", "Carla Gugino
#: (Verna, Usher)"
PAREN_ROLE_WORK = re.compile(
    rf"(?<![\w'’])(?P<a>{NAME}) \((?P<c>{CHAR}), (?P<w>{FILM_TITLE}|{N.WORD}['’]s {TITLE})\)"
)
#: a character guide's heading line: "Shauna Shipman (Melanie Lynskey; Sophie Nélisse as a teenager)."
GUIDE_LINE = re.compile(rf"(?m)^{CHAR} \({NAME}(?:; [^()\n]{{1,80}})?\)(?:[.:]|[ \t]*$)")
#: "A and B return as X and Y", "A, B and C star as X, Y and Z"
#: one role in a list, with its description: "Laurie's son Tom Garvey", "Kevin and Laurie's daughter Jill"
ROLE_ITEM = rf"(?:(?:{NAME}(?: and {NAME})?{POSS} |(?:his|her|their|the) )?(?:[a-z][\w\-]* ){{0,2}})?{NAME}"
LIST_AS_LIST = re.compile(
    rf"(?<!as )(?<!, )(?P<actors>{NAME}(?:, {NAME})*,? and {NAME})(?P<mid>(?:,(?= who))?(?: [a-z][\w\-]*)*?),? as "
    rf"(?:(?:[A-Z]{{2,}} )?[a-z][\w\-]* (?:[a-z][\w\-]* )?(?=[A-Z])"  # "as DEA agents Hank Schrader and Steve Gomez"
    rf"|(?:{NAME}{POSS} |(?:his|her|their|the) )(?:[a-z][\w\-]* ){{0,2}}[a-z][\w\-]*, )?"  # "as Bill's three wives, A, B and C"
    rf"(?P<chars>{ROLE_ITEM}(?:, {ROLE_ITEM})*,? and {ROLE_ITEM})(?! as )(?!{POSS})"
)
#: "Their parents, the psychiatrists Margaret and Bernard Chenowith, are played by A and B", "their
#: five children — Sondra, Denise and Rudy — were played by A, B and C"
LIST_PLAYED_BY = re.compile(
    rf"(?P<chars>{NAME}(?:, {NAME})*,? and {NAME})(?:(?:,? | ?[—–] ?)(?:are|were)|,) (?:played|portrayed|voiced)(?: again| also| once again| now)?(?: in (?:the )?(?:[a-z\-]+ ){{0,2}}?(?:roles?|original|film|series|show|remake|reboot|version))? by (?P<actors>{NAME}(?:, {NAME})*,? and {NAME})"
    rf"(?!{POSS})(?! (?:and|as)\b)"
)
#: "Vinnie Jones (Snatch) and Peter Serafinowicz (Shaun of the Dead) round out the cast as Geoff
#: Seacombe, the estate's gamekeeper, and Tommy Pickles, a rival dealer", "Patravadi Mejudhon and Scott
#: Glenn play the resort's owner, Sritala Hollinger, and her American husband, Jim Hollinger": two or
#: more actors, then their roles in order, each with its own description (see _coordinated_roles)
COORD_ACTORS = re.compile(
    rf"(?<!as )(?<![,(] )(?P<actors>{NAME}(?: \([^()]{{1,40}}\))?(?:, {NAME}(?: \([^()]{{1,40}}\))?)*,? and {NAME}(?: \([^()]{{1,40}}\))?)"
    rf"(?P<mid>(?: [a-z][\w\-]*){{0,6}}?(?: in ['‘\"“][^'’\"”]{{1,60}}['’\"”])?(?: [a-z][\w\-]*){{0,4}}?)"
    rf"(?:,? as(?! well as)| play| plays| played| playing| portray| portrays| portrayed| portraying| voice| voices| voiced| voicing) (?P<rest>[^;:()—]+)"
)
#: the family a description names: "the Clarks' teenage daughters", "the younger Bridgerton children"
FAMILY_DESC = re.compile(
    rf"\bthe (?:[a-z\-]+ )*(?P<fam>[{N.UP}][a-z]+?)(?:s['’]|['’]s)? (?:[a-z\-]+ )*(?:children|sons|daughters|siblings|brothers|sisters|parents|twins|kids)$"
)
#: "the father of Osborne and Roger Hamley (Tom Hollander and Anthony Howell)"
LIST_PAREN = re.compile(
    rf"(?P<chars>{NAME}(?:, {NAME})*,? and {NAME}) \((?P<actors>{NAME}(?:, {NAME})*,? and {NAME})\)"
)
SERIES_PREFIX = re.compile(
    rf"(?P<series>{TITLE}){POSS} (?=(?:{NAME}) as )"
    rf"|(?<!\bthe )(?<!\ba )(?<!\ban )(?P<series2>{TITLE}) (?:actors?|actress(?:es)?|cast members?|stars?|alums?|veterans?) (?={NAME})"
)
POSSESSIVE_PAIR = re.compile(
    rf"(?P<actor>{NAME}){POSS} (?P<char>{CHAR})(?!{N.SEP}{N.WORD})(?! as )(?=[ ,;:.)])"
)
VERB_PAIR = re.compile(
    rf"(?P<actors>{NAME}(?:(?:, | and |, and ){N.NAMEX})*)(?: \([^()]{{1,60}}\))?(?:, (?:again|too|also|of course|naturally|as ever|as always|once again|once more|(?:in|for) (?:his|her|their) (?:first|second|last|latest|only|debut) [a-z ]{{1,30}}),|, (?:an?|the) [a-z][^;,()]{{1,60}}(?=, (?:(?:also|now|will|would|has|had) )*(?:plays|played|play|portrays|portrayed|voices|voiced)\b))?(?:, (?:who|once|formerly|(?:perhaps |probably )?best known|known) [^;]{{1,120}}?(?=, (?:(?:also|now|will|would|has|had) )*(?:plays|played|play|portrays|portrayed|voices|voiced|stars as|starred as)\b))?,? (?:who )?(?:(?:created|co-created|wrote|co-wrote|directed|produced) (?:it|the (?:show|series|film)),? and )?(?:(?:also|now|later|will|would|has|had|have|previously|once|memorably|famously|originally|currently|then|first|still|again) ){{0,3}}"
    rf"(?:plays|played|portrays|portrayed|portray|play|voices|voiced|voice|is playing|was playing|(?:stars|starred) as)"
    rf" (?P<vdesc>(?:(?:the|a|an|his|her|their|that|this) |(?:{NAME} and )?{NAME}{POSS} )?{_CAP_ADJ}(?:(?:[a-z0-9][\w\-]*|[A-Z]{{2,4}}(?= [a-z]))(?:['’]s|(?<=s)['’])?,? ){{0,6}}?)"
    rf"(?:(?:{'|'.join(sorted(N.LOWER_TITLES))}) )*(?![A-Z]{{2,4}} [a-z])(?P<chars>{N.NAMEX}(?:(?:, | and |, and )(?:(?<= and )(?:the|his|her|their) (?!(?:[a-z][\w\-]* )*?(?:from|of|in|on|at|with|who) )(?:[a-z][\w\-]*,? ){{1,2}})?{N.NAMEX}(?!{POSS})(?! (?:plays|played|portrays|portrayed|as|stars|voices|has|have|is|was|were|will|joins|joined|returns|returned|also|who|the|his|her|their)\b)(?!, who\b))*)"
    rf"(?P<resp>,? respectively)?(?: (?:in|on) (?:{season_ref('v')}|(?P<vseries>{TITLE})(?!{POSS}| {NAME}{POSS})))?"
)
#: "Margo Martindale won an Emmy for playing the matriarch Mag Bennett in the second season",
#: "Olivia Colman received an Oscar nomination for her role as X": an award names the role
AWARD_ROLE = re.compile(
    rf"(?:(?P<pron>\b(?:[Hh]e|[Ss]he))|(?P<actor>{NAME}))(?: \([^()]{{1,60}}\))?,? (?:who )?(?:(?:also|later|has|had|have|then) ){{0,2}}(?:won|wins|received|receives|earned|earns|garnered|picked up|"
    rf"(?:(?:was|is|has been|had been) )?nominated(?=(?: [^;:.]{{0,60}}?)? (?:for (?:playing|portraying|voicing|(?:his|her|their) (?:role|performance|portrayal|turn) as)|as|for {CHAR}, (?:the|a|an)) )|(?:was|is) honou?red with|(?:was|is) named|"
    rf"(?:(?:was|is|has been|had been) )?(?:recogni[sz]ed|cited|singled out)(?= for (?:playing|portraying|voicing|(?:his|her|their) (?:role|performance|portrayal|turn) as) )|"
    # "took his third straight Emmy for playing the agent Ari Gold"
    rf"(?:took|takes|claimed|claims|collected|collects|scooped|accepted|bagged|clinched|secured|landed)"
    rf"(?= [^;:.]{{0,60}}? for (?:playing|portraying|voicing|(?:his|her|their) (?:role|performance|portrayal|turn) as) ))"
    # (not past a first "for playing": "Giamatti won for playing Adams, and Linney for playing ...")
    rf"(?: (?:(?!for (?:playing|portraying|voicing)\b)[^;:.]){{0,90}}?)? "
    # "won best supporting actress for Bad Sisters as Grace Williams"; "is nominated for Mizu, the
    # mixed-race swordswoman at the center of Blue Eye Samurai"
    rf"(?:for (?:playing|portraying|voicing|(?:his|her|their) (?:role|performance|portrayal|turn) as)|(?P<asrole>as)|(?P<forrole>for)(?= {CHAR}, (?:the|a|an) [a-z])) "
    rf"(?P<desc>(?:(?:the|a|an|his|her|their) |{NAME}{POSS} )?(?:[{N.UP}][a-z]+ (?=[a-z]{{3}}))?(?:(?!(?:who|whom|whose|which|that)\b)[a-z][\w\-]*,? |(?:[{N.UP}][a-z]+ )+(?=[a-z]{{3}})){{0,4}}?)(?P<char>{CHAR})(?!{POSS})(?!{N.SEP}{N.WORD})(?= |$|[,.;:)])"
    rf"(?! (?!(?:in|on|for|at|from|opposite|alongside|and|with|who|whose|to|of|by)\b)(?:[a-z][\w\-]* ){{1,3}}[{N.UP}])"
    rf"(?: (?:in|on) (?:{season_ref('w')}|(?P<wseries>{TITLE})(?!{POSS}| {NAME}{POSS})))?"
)
#: a second award with its verb left out: "Giamatti won for playing Adams, and Linney for playing
#: his wife, Abigail Adams"
AWARD_GAPPED = re.compile(
    rf",? and (?P<actor>{NAME}) for (?:playing|portraying|voicing|(?:his|her|their) (?:role|performance|portrayal|turn) as) "
    rf"(?P<desc>(?:(?:the|a|an|his|her|their) )?(?:[a-z][\w\-]*,? ){{0,4}}?)(?P<char>{CHAR})(?!{POSS})(?= |$|[,.;:)])"
    rf"(?: (?:in|on) (?P<wseries>{TITLE})(?!{POSS}| {NAME}{POSS}))?"
)
#: a review's verbs for a performance: "Phil Dunster makes the once-odious striker Jamie Tartt
#: sympathetic", "Toheeb Jimoh gives Sam Obisanya, the young winger, ...", "X brings a cowboy
#: swagger to Benny Watts, the reigning champion": the character is described (before or after)
REVIEW_VERB = re.compile(
    rf"(?P<actor>{NAME})(?:, (?:who|whose|once|formerly|(?:perhaps )?best known|known) [^,;]{{1,80}},)? (?:(?:also|again|even|somehow|quietly) )?(?:(?:makes|made|gives|gave|turns|turned|plays up|imbues|invests|infuses) |"
    rf"(?P<to>brings|brought|lends|lent|adds|added) (?:an? |the |some |real |genuine )?(?:[a-z][\w\-]* ){{0,4}}?(?:to|into) )"
    rf"(?:(?P<desc>(?:the|his|her|their) {_NOT_ROLE_WORDS}(?:[a-z][\w\-]*,? ){{1,4}})|(?=[A-Z]))"
    rf"(?P<char>{CHAR})(?!{POSS})(?P<app>, (?:the|a|an|his|her|their|{NAME}{POSS}) (?:[\w\-.]+(?:['’]s)? ){{0,8}}?[\w\-.]+(?:,|\.?$))?"
)
#: a past role in an apposition: "Nicola Coughlan, best known as Clare Devlin on Channel 4's Derry
#: Girls, plays ...", "Alison Brie, once Annie Edison on NBC's Community, ..."
KNOWN_AS_ROLE = re.compile(
    rf"(?P<actor>{NAME}), (?:(?:(?:perhaps |probably )?best |widely |already )?known(?: to(?: (?:[a-z\-]+|{NAME})){{1,3}}?)? (?:as|for playing|for (?:his|her) role as)|once|formerly|"
    rf"whose (?:(?:[a-z\-]+ ){{0,2}}(?:portrayal|performance|turn) (?:of|as)|(?:[a-z\-]+ ){{0,2}}role as)|"
    rf"who (?:first )?(?:rose to fame|found fame|shot to fame|came to prominence|broke through) as|whom (?:[a-z]+ ){{1,3}}(?:knows?|remembers?) as|"
    rf"who (?:(?:had|has|have|also|previously|once|famously|memorably) ){{0,3}}(?:played|portrayed|voiced|starred as)) "
    rf"(?P<desc>(?:the |a |an )?(?:[a-z][\w\-]* ){{0,3}}?)(?P<char>{CHAR}) (?:on|in) (?P<cue>the (?:[A-Za-z\-]+ ){{0,3}}?(?:series|show|drama|comedy|sitcom|thriller|film|movie|miniseries) |the (?:original|first|classic|new) )?(?P<net>(?:{NAME}(?: \d+)?){POSS} )?(?P<kq>[\"“])?(?P<kseries>(?<=[\"“])[^\"“”\n]{{1,80}}?(?=[,.]?[\"”])|{FILM_TITLE})"
    rf"(?(kq)[,.]?[\"”](?=[ ,;]|$)|(?!{POSS}| {NAME}{POSS})(?:,|(?= (?:made|earned|won|became|brought|turned|is|was)\b)))"
)
REPRISE = re.compile(
    rf"(?:reprises?|reprised|reprising|returns? to|returning to) (?:his|her|their) (?P<series>{TITLE}) role (?:as|of) (?P<char>{CHAR})"
    rf"|(?:reprises?|reprised|reprising) the role of (?P<char2>{CHAR}) (?:from|in) (?P<series2>{TITLE})"
    rf"|(?:reprises?|reprised|reprising|returns? in|returning in) (?:his|her|their) (?:[a-z]+ )?role (?:as|of) (?P<char3>{CHAR})"
    # "Saget will reprise Danny Tanner, father of D.J."
    rf"|(?:reprises?|reprised|reprising) (?!(?:his|her|their|the)\b)(?P<char4>{CHAR})(?=[,.;]|$| (?:in|from|for|on)\b)"
)
#: "A, B and C later reprised their roles in TITLE", "..., reprising her role from X and Y"
REPRISED_IN = re.compile(
    rf"(?:(?P<actors>{NAME}(?:(?:, | and |, and ){NAME})+) (?:all |also |later |each |both |would |will |eventually |then |had |have |has |previously |already |subsequently )*)?"
    rf"(?:reprised|reprise|reprises|reprising|returned to|return to|returning to) (?:their|his|her) (?:respective )?roles?"
    rf"(?: as (?P<char>{NAME}(?:(?:, |,? and ){NAME})*))?(?: (?:in|for|on|from) (?:the )?(?:(?:[a-z\-]+ )?(?P<noun>film|series|miniseries|show|crossover|event|spin-?off|revival|sequel|prequel)s? )?)"
    rf"(?P<works>{FILM_TITLE}(?:(?:, |,? and ){FILM_TITLE}(?=[,.;)]| and\b|$))*)"
)
#: the work first: 'A syndicated revival, "The New WKRP in Cincinnati," ran from 1991 to 1993 with
#: Gordon Jump, Richard Sanders and Frank Bonner reprising their roles'
REPRISING_WITH = re.compile(
    rf"(?:(?<=[\"“])(?P<works>[{N.UP}][^\"“”\n]{{0,60}}?)(?=,?[\"”]),?[\"”]|(?<![\w\"“])(?P<works2>{FILM_TITLE})),? (?:[^;\"“”]{{0,80}}? )?with (?P<actors>{NAME}(?:(?:, | and |, and ){NAME})+)"
    rf" (?:all |also |each )?(?:(?:reprising|returning to) (?:their|his|her) (?:respective )?roles?"
    # 'The Brady Kids, an animated series ..., aired on ABC ..., with A, B and C voicing their characters'
    rf"|voicing (?:their|his|her) (?:own )?(?:characters|roles))"
)
#: no work named: "Reed, Henderson, ... and Plumb reprised their roles, while ..." in a paragraph
#: about a later work (a TV film, a revival): that work
REPRISED_BARE = re.compile(
    rf"(?:^|(?<=[,;] ))(?P<actors>{NAME}(?:(?:, | and |, and ){NAME})+) (?:all |also |each |both )*reprised "
    r"(?:their|his|her) (?:respective )?roles(?=[,.;]| while\b| and\b| with\b)"
)
_LANG = r"(?:English|Japanese|Korean|French|German|Spanish|Italian|Hindi|Mandarin|Cantonese|Portuguese|Danish|Swedish|Norwegian|original)"
#: a dub's actor after a role: "Hiroshi Kamiya voices Levi (English: Matthew Mercer)",
#: "voiced by Takehito Koyasu in Japanese and Jason Liebrecht in English"
DUB_ACTOR = re.compile(
    rf" \((?:in )?{_LANG}(?: dub| version| voice)?: (?P<actor>{NAME})\)"
    rf"| in (?:the )?{_LANG}(?: dub| version| original)? and (?:by )?(?P<actor2>{NAME}) in (?:the )?{_LANG}(?: dub| version)?\b"
    # "was played by David Ackroyd in 1979 and by Ted Shackelford thereafter", "as a child by A and later B"
    rf"|(?: in \d{{4}}| (?:at first|initially|originally|briefly))?,? and(?:, in {_LANG},)? (?:later |then |subsequently )?"
    rf"(?:(?:as an? [a-z]+ |in (?:the )?[a-z]+ (?:seasons?|episodes?|series) )?by )?(?P<actor3>{NAME})(?!{POSS})"
    rf"(?=(?: (?:thereafter|afterwards|later|in \d{{4}}))?(?:[,.;]|$| (?:in|on|from)\b))"
)
#: a dubbed series' cast line, the actors with their languages: "Ciro Di Marzio – Marco D'Amore
#: (Italian); Daniel Marconi (English)", "Tanjiro Kamado – Voiced by: Natsuki Hanae (Japanese)"
_LANG_TAG = rf"\((?:{_LANG}|{_LANG} (?:dub|version)|[a-z]+ {_LANG}|{_LANG}, [^()\n]{{1,30}})\)"
DUB_CAST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[*•] )?(?P<char>{CHAR})[ \t]+[–—-][ \t]+(?:(?:Voiced|Played|Portrayed) by:?[ \t]+)?"
    rf"(?P<actors>{NAME}[ \t]+{_LANG_TAG}(?:(?:;|,|,? and)[ \t]+{NAME}[ \t]+{_LANG_TAG})*)[ \t]*\.?[ \t]*$"
)
#: a voice cast's line, the role first, then its voices in two languages: "- Nui, the one-eyed
#: mushi-shi who takes in the young Yoki: Mie Sonozaki / Colleen Clinkenbeard", "- Tama, Tanyuu's
#: elderly housekeeper: Kazuko Sugiyama (Japanese only)"
VOICE_PAIR_LINE = re.compile(
    rf"(?m)^[ \t]*[-*•] (?P<char>{CHAR})(?:(?:,| as| known)[^:\n]{{0,120}})?:[ \t]+"
    rf"(?P<actors>{NAME}(?: / {NAME})?)(?: \([^()\n]{{1,40}}\))?[ \t]*$"
)
#: a cast list's line, the actor, a dash and the role with a description: "Alan Thicke – Dr.
#: Jason Seaver, a psychiatrist with a home office", "Joanna Kerns – Maggie Seaver, Jason's wife"
DASH_CAST_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[*•] )?(?P<actor>{NAME}|(?P<twin>{N.WORD}) and (?P<twin2>{NAME}))[ \t]+[–—-][ \t]+(?:(?:{'|'.join(sorted(N.LOWER_TITLES, key=len, reverse=True))}) )*"
    rf"(?P<char>{CHAR})(?:, (?P<desc>(?:an? |the |his |her |their |{NAME}{POSS} )[^\n]*)"
    # "Jo Marie Payton – Harriette Winslow (seasons 1–9); Judyann Elder took over the role ..."
    rf"| \((?:seasons?|series|episodes?|\d{{4}})\b[^()\n]{{0,30}}\)(?:; (?P<tail>[^\n]*))?)$"
)
#: a cast list's line "Actor: roles": "- Simon Day: Billy Bleach, Tommy Cockles and Competitive Dad"
COLON_CAST_LINE = re.compile(rf"(?m)^[ \t]*(?:[-*•] )?(?P<actor>{NAME}):[ \t]+(?P<roles>[^\n]+?)[ \t]*$")
#: the heading above it
COLON_CAST_HEADING = re.compile(
    r"(?i)^[^\n.]{0,30}\b(?:cast|characters|performers|starring|voices)\b[^\n.]{0,30}$"
)
#: a recast after a cast line's role: "; Bryton McClure took over the role from the fourth season"
TOOK_OVER_ROLE = re.compile(
    rf"; (?P<who>{NAME}) (?:took over|assumed|inherited|stepped into) the (?:role|part)\b"
)
#: a cast list's line, the role (with a description) and its actors after a dash: "* Phil Shortman,
#: Arnold's grandfather – Dan Castellaneta", "* Arnold Shortman – Lane Toran (season 1), Phillip Van
#: Dyke (seasons 2–4)"
CHAR_DASH_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[*•] )?(?P<char>{NAME}(?: [\"“][^\"“”\n]{{1,20}}[\"”] {NAME})?)(?P<desc>, [^–—\n]{{1,120}})?[ \t]+[–—][ \t]+"
    rf"(?P<actors>{NAME}(?: \([^()\n]{{1,60}}\))?(?:[,;]? (?:and )?{NAME}(?: \([^()\n]{{1,60}}\))?)*)"
    # (a note on the role after a semicolon: "– Caroline Rhea; Phineas and Candace's mother")
    rf"(?P<note>; [^\n]{{1,120}}?)?[ \t]*$"
)
#: a cast list's line with a dot leader between the names: "Jake Doyle ..... Allan Hawco" (a
#: closing credit's card, the role first), "Ed Devereaux ........ Matt Hammond" (a catalogue's)
DOT_LEADER_LINE = re.compile(
    r"(?m)^[ \t]*(?:[*•] )?(?P<a>[^\s.][^\n]*?)[ \t]*(?:\.{4,}|(?:\. ){3,}\.)[ \t]*(?P<b>\S[^\n]*?)[ \t]*$"
)
#: the first word of a role that says it is one: "Young Jake", "Sgt. Ryan Hickey", "Sister Bernadette"
_ROLE_FIRST_WORDS = {"young", "old", "older", "little", "teen", "teenage", "baby", "adult", "big"}
#: notes on a cast line's actors that say they are actors: "(season 1)", "(young Arnold)", "(voice)"
_ACTOR_NOTES = re.compile(
    r"\((?:[^()]*\b(?:seasons?|series|episodes?|young|younger|older|child|teen|adult|voice|singing|\d))[^()]*\)"
)
#: a "Full Cast & Crew" listing: a section heading ("Series Directed by", "Series Cast (in
#: credits order)", "Series Music by") over rows "Name  ...  what  (20 episodes, 2014-2022)"
CREDIT_LISTING_HEAD = re.compile(
    r"(?m)^(?P<series>Series )?(?P<sec>Directed by|Writing [Cc]redits|Created by|Produced by|Music by|"
    r"Cast|Cinematography by|Production [Cc]ompanies|Filming [Ll]ocations)"
    r"(?: \([^()\n]*\))?(?: verified as complete)?[ \t]*\n"
)
CREDIT_LISTING_ROW = re.compile(rf"(?P<name>{NAME})[ \t]+\.{{3}}[ \t]+(?P<rest>[^\n]*)")
#: a credits page's one name under "Directed by" or "Music by", with no "..." column
CREDIT_LISTING_NAME = re.compile(rf"(?P<name>{NAME})(?P<rest>(?:[ \t]+\([^()\n]*\))*)")
#: an infobox's line: "Music by: Steven Van Zandt", "No. of episodes: 24"
INFOBOX_FIELD = re.compile(r"(?m)^(?P<label>[A-Z][\w.'’ ]{1,30}?)[ \t]*:[ \t]+(?P<v>[^\n]+?)[ \t]*$")
#: a season's heading over its field lines: "Series 1 (1994)", "Season 2"
SEASON_SECTION = re.compile(
    rf"(?m)^(?:Season|Series) (?P<n>\d{{1,2}}|{N.CARDINAL_RE})(?: \([^()\n]{{1,30}}\))?[ \t]*$"
)
#: a field's label for a length: "Episodes: 8", "No. of episodes: 24"
EPISODES_LABEL = r"(?:Episodes|No\. of episodes|Number of episodes)"
#: a season section's length
SECTION_EPISODES = re.compile(rf"(?m)^{EPISODES_LABEL}[ \t]*:[ \t]*(\d{{1,2}})[ \t]*$")
#: an episode's writing credit on a credits page: "(story)", "(teleplay)", "(written by)"
WRITING_SHARE = re.compile(r"\((?:story|teleplay|written by|writer|screenplay)\b")
#: an infobox's release line: "First aired: 16 May 2002 on ABC", "Release date: ..."
INFOBOX_RELEASE = re.compile(
    r"(?:Original )?[Rr]elease(?: date)?|First (?:aired|broadcast|transmitted|shown)|Premiered?|Original air date"
    r"|Year"  # a portfolio's or catalogue's entry: "Year: 2015"
)
#: an episode's code in an entry's heading: "SSW 001 – "Esteemsters" (Daria S1E1)", "(2x05)"
ENTRY_EPISODE_CODE = re.compile(r"\b(?:S(?P<s>\d{1,2})E(?P<e>\d{1,3})|(?P<s2>\d{1,2})x(?P<e2>\d{2}))\b")
#: a numbered episode's heading over its field lines: '7 (1) "The Spring Term"' (its number in the
#: series, then in its season), 'Episode 3: "Rowing Season"'
EPISODE_BLOCK_HEAD = re.compile(
    r"(?m)^(?:(?:Episode |Ep\. )?(?P<n>\d{1,3})(?: \((?P<k>\d{1,2})\))?[.:]? ['‘\"“][^'‘’\"“”\n]{1,80}['’\"”]"
    # (a programme index's "Episode 1: The Forty-Sixth Time" over its date line and "Contributors")
    r"(?: \([^()\n]{1,40}\))?[ \t]*\n(?=[A-Z][\w .]{1,30}:[ \t])"
    r"|Episode (?P<n2>\d{1,3}): [^\n]{1,80}\n(?=(?:[^\n]+\n){0,2}[A-Z][\w .]{1,30}:[ \t]))"
)
#: a season's heading on a line of its own: "Series 2 (1977)", "Season 1"
SEASON_HEADING_LINE = re.compile(r"(?m)^(?:Series|Season) (?P<s>\d{1,2})(?: \([^()\n]{1,30}\))?[ \t]*$")
#: the fields of an entry's credit line: "Aired: March 3, 1997 | Written by A | Directed by B"
PIPE_FIELD = re.compile(
    r"(?m)(?:^|(?<=\|))[ \t]*(?P<label>Aired|Air date|First aired|Original air date|Premiered|Written by|"
    r"Directed by|Teleplay by|Story by)[ \t]*:?[ \t]*(?P<v>[^|\n]+?)[ \t]*(?=\||$)"
)
#: the credits among those fields (the others give the air date)
PIPE_CREDITS = {
    "Directed by": "directed",
    "Written by": "writer",
    "Teleplay by": "writer",
    "Story by": "writer",
}
#: an episode's credits page: '"Pilot" (2011)' over 'Season 1 | Episode 1' (or 'S1.E1')
#: a card of a credits roll on a line of its own: "Guest Starring", "Casting by Sharon Forrest",
#: "Line Producer: Ruth Lawrence"
CREDIT_ROLL_LINE = re.compile(
    r"(?m)^(?:(?:Also |Guest |Special Guest )?Starring"
    r"|(?:Written|Directed|Created|Produced|Developed|Edited|Music|Casting|Story|Teleplay) by [A-Z][^\n:]{2,80}"
    r"|[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|for|in)){0,4}: [A-Z][^\n:]{2,80})$"
)
#: a biography's filmography table: its header line and its rows ("1991 | Van der Valk | Kate
#: Lindemans | Episode: "Still Waters"")
FILMOGRAPHY_TABLE_HEAD = re.compile(r"(?m)^Year \| Title \| Role(?: \| Notes)?[ \t]*$")
FILMOGRAPHY_TABLE_ROW = re.compile(
    r"(?m)^(?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d|present))? \| (?P<t>[^|\n]+?) \| (?P<r>[^|\n]+?)(?: \|[^\n]*)?[ \t]*$"
)
#: a catalogue record's title field: "Title: Skippy the Bush Kangaroo"
TITLE_FIELD = re.compile(
    r"(?m)^(?:Title|Series title|Programme title|Program title)[ \t]*:[ \t]+(?P<t>[^\n]+?)[ \t]*$"
)
CREDITS_PAGE_EPISODE = re.compile(
    r"(?m)^(?:Season (?P<season>\d{1,2}) \| Episode (?P<ep>\d{1,3})|S(?P<season2>\d{1,2})\.E(?P<ep2>\d{1,3})\b)"
)
#: the last word of a role that is a job, not a name ("Pizza Restaurant Owner", "Police Officer")
#: a filmmaker's job in brackets after the name: "(Creator)", "(Director of Photography)"
_CREW_JOB = re.compile(
    r"(?:Co-)?[Cc]reator|(?:Head )?[Ww]riter|(?:Executive )?[Pp]roducer|Director(?: of Photography)?|Music|"
    r"Composer|Cinematographer|Editor|Showrunner|Casting(?: Director)?|(?:Production|Costume) Designer|"
    r"Writer/Director|Writer-Director|Screenwriter"
)
_JOB_WORDS = (
    r"Owner|Officer|Waiter|Waitress|Nurse|Doctor|Driver|Customer|Man|Woman|Boy|Girl|Guard|Reporter|"
    r"Clerk|Bartender|Manager|Farmhand|Neighbour|Neighbor|Passenger|Soldier|Policeman|Detective|Teacher"
)
#: the job noun between a body's name and its member's: "(Secret Service) agent (Chelsea Arrington)"
AGENT_NOUN = re.compile(
    rf" (?:{_JOB_WORDS.lower()}|agent|analyst|chief|officer|lawyer|investigator|operative|spy|captain)"
)
#: facility words: "Otley Hall, Otley, Suffolk" names the hall and the village it is in
FACILITY = r"(?:Hall|House|Studios?|Park|Farm|Castle|Manor|Abbey|Estate|Palace|Court|Stages?)"
#: a cast table's header line, columns two or more spaces (or a tab) apart: "Character  Japanese
#: English", "Actor  Role", "Role  Portrayed by  Seasons"
_CAST_COLUMN = rf"(?:Characters?|Roles?|Parts?|Actors?|Actress(?:es)?|Cast|Performers?|Voice(?: actors?| cast)?|(?:Portrayed|Played|Voiced) by|{_LANG}(?: (?:voice|dub|version))?)"
CAST_TABLE_HEAD = re.compile(
    rf"(?m)^[ \t]*(?P<cols>{_CAST_COLUMN}(?:(?:[ ]{{2,}}|\t+)(?:{_CAST_COLUMN}|Seasons?|Episodes?|Notes|Years?))+)[ \t]*$"
)
#: a winners list line of a wire story: "Lead actor, drama series: Bruce Willis, "Moonlighting"
#: (David Addison), ABC.", "Directing, drama series: Gregory Hoblit, "L.A. Law" (pilot), NBC.",
#: "Writing, miniseries or special: Richard Friedenberg, "Promise," CBS."
AWARD_LINE = re.compile(
    rf"(?m)^(?P<cat>[A-Z][\w/&\- ]{{2,40}}(?:, [\w/&\- ]{{3,40}})?): (?:(?P<who>{NAME}(?:,? and {NAME})?), )?"
    r"[\"“](?P<t>[^\"“”\n]{1,60}?),?[\"”](?: \((?P<what>[^()\n]{1,40})\))?,? (?P<net>[A-Z][\w&+ .]{1,30}?)\.?[ \t]*$"
)
#: an awards story's nominee list: a category heading in capitals ("DIRECTING, COMEDY SERIES"),
#: then a line per nominee, "Gabriel Byrne, In Treatment (HBO)", "Andy Ackerman, Samantha Who?,
#: "Pilot" — WINNER", "Danny Strong, Recount — WINNER"
NOMINEE_BLOCK = re.compile(
    r"(?m)^(?P<cat>[A-Z][A-Z/&\- ]{2,40}(?:, [A-Z/&\- ]{3,40})?"
    # (or in Title Case: "Best Performance by an Actor in a Continuing Leading Dramatic Role")
    r"|(?:Best|Outstanding) [A-Z][\w/&\- ]{2,90}?)[ \t]*\n(?P<rows>(?:[^\n]+\n?)+)"
)
#: a nominee row's bracketed channel as a name of capitalised words: "(The Movie Network)", "(Citytv)"
BRACKETED_NETWORK = re.compile(r"[A-Z][\w&+.\-]*(?: [A-Z][\w&+.\-]*){0,3}")
#: a nominee row: "Gabriel Byrne, In Treatment (HBO)", "Ron Murphy, Being Erica - "Dr. Tom"",
#: "Brent Butt as Brent Leroy, Corner Gas", or a programme's own row, "Heartland (CBC)"
NOMINEE_ROW = re.compile(
    rf"(?:(?P<who>{NAME}(?:,? and {NAME})?)(?: as (?P<char>{CHAR}))?, )?(?P<t>[^,()\n\"“”]{{1,60}}?)(?:(?:, | [-–—] )[\"“](?P<ep>[^\"“”\n]{{1,60}}?)[\"”])?"
    r"(?: \((?P<net>[^()\n]{1,30})\))?(?: [—–-]+ (?:WINNER|Winner|\(?winner\)?))?[ \t]*"
)
#: a British wire story's winners list, a line per category: "Leading Actress: Michaela Coel for I
#: May Destroy You (BBC One)", "Drama Series: Save Me Too (Sky Atlantic)", "Director: Fiction: A
#: and B for I May Destroy You, "Ego Death"", "Writer: Comedy: A and B for This Country, series 3,
#: episode 1"
WINNER_LINE = re.compile(
    rf"(?m)^(?P<cat>[A-Z][\w/&\- ]{{2,40}}(?:: [A-Z][\w/&\- ]{{2,30}})?): (?:(?P<who>{NAME}(?:(?:, {NAME})*,? and {NAME})?) for )?"
    r"(?P<t>[A-Z0-9][^\n\"“”():;,]{0,60}?)"
    r"(?:, [\"“](?P<ep>[^\"“”\n]{1,60}?)[\"”]|, (?:series|season) (?P<sn>\d+),? episode (?P<en>\d+))?"
    r"(?: \((?P<net>[^()\n]{1,30})\))?[ \t]*$"
)
#: an anime's "series director Shigeyuki Miya", "Tetsuro Araki, the chief director"
SERIES_DIRECTOR = re.compile(
    rf"\b(?:[Ss]eries|[Cc]hief) director,? (?P<a>{NAME})(?!{POSS})|(?P<b>{NAME}), (?:the|its) (?:series|chief) director\b"
)
#: "Ben Balmaceda, the English voice of Kafka", "Wataru Kato, the voice of Kafka's fellow recruit
#: Reno Ichikawa"
VOICE_OF = re.compile(
    rf"(?P<a>{NAME}), (?:the|who is the) (?:(?:English|Japanese|original|French|German|Spanish|Italian|Korean) )?"
    rf"(?:speaking |singing )?voice of (?:{NAME}{POSS} (?:[a-z\-]+ ){{1,3}})?(?P<c>{CHAR})(?!{POSS})(?=[,.;)]| and\b| in\b|$)"
)
#: a filmography list's line: "The Sullivans (1976-1983) - Nine Network, 1,114 episodes"
FILMOGRAPHY_LINE = re.compile(
    r"(?m)^[ \t]*(?:[*•][ \t]+)?(?P<t>[A-Z0-9][^\n()]{0,60}?) \((?P<y>(?:19|20)\d\d)(?:[–-](?:(?:19|20)\d\d|present))?\)"
    r"[ \t]+[-–—][ \t]+(?P<net>[A-Z0-9][\w+&.\-]*(?: [A-Z0-9][\w+&.\-]*){0,3})(?P<rest>[,;][^\n]*)?[ \t]*$"
)
#: an encyclopedia page's lead about a production company
COMPANY_LEAD = re.compile(
    r"(?P<c>[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,4})(?:\s*\([^()]*\))?\s+(?:is|was) an? (?:[\w\-]+ ){0,4}"
    r"(?:production company|production house|television studio|animation studio)\b"
)
#: a quiz's question and its answer: "8. Who played Geoff Keegan? Answer: A, Brian Hooper."
QUIZ_ANSWER = re.compile(
    rf"(?:Who (?:played|plays|portrayed|voiced) (?P<c>{CHAR})"
    rf"|Which character did (?P<a2>{NAME}) (?:play|portray|voice)"
    r"|(?:Who|Which (?:writer|director|composer|producer|person)) (?P<verb>directed|composed|created|wrote) (?P<obj>the [\w' ]{1,40}?))"
    r"\?[ \t]+Answer:[ \t]+(?:[A-D][,).][ \t]+)?(?P<ans>[A-Z])"
)
#: a name at a position (the answer of a quiz)
NAME_AT = re.compile(rf"{NAME}(?![\w'’])")
#: an almanac's entry, a paragraph opening with its year: "1981 - Gimme a Break! premiered ..."
ALMANAC_ENTRY = re.compile(r"(?m)^(?:1[89]|20)\d\d[ \t]*[-–—:][ \t]+\S")
#: a production company's portfolio page's masthead: "MISO FILM | Our productions"
PORTFOLIO_MASTHEAD = re.compile(
    r"[ \t]*(?P<c>[^|\n]{2,40}?)[ \t]+[|–—-][ \t]+(?:Our |Selected |Current )?(?:[Pp]roductions|[Pp]ortfolio|[Ss]late|[Ss]hows|[Pp]rogrammes|[Ww]ork)[ \t]*\n"
)
#: the first line of a portfolio's or catalogue's entry under a heading in capitals
PORTFOLIO_FIELD = re.compile(
    r"(?:Broadcaster|Network|Channel|Platform|Year|Years|Episodes|Genre|Format|Created by|Commissioned by|Type)\b:?"
)
#: "Donna Reed briefly replaced Bel Geddes as Ellie"
REPLACED_AS = re.compile(
    rf"(?:(?P<a>{NAME})|\b(?P<pro>[Hh]e|[Ss]he)) (?:(?:briefly|later|temporarily|eventually|then) )?(?:replaced|succeeded) "
    rf"{NAME} as (?P<char>{CHAR})(?!{POSS})(?= |$|[,.;:)])"
)
#: a second role with its verb left out: "..., and his mother, Carla Yeager, by Yoshino Takamori"
GAPPED_PASSIVE = re.compile(
    rf"^(?: \([^()]{{1,60}}\))?,? and (?:(?:his|her|their|the|{NAME}{POSS}) (?:[a-z\-]+ ){{0,3}}?[a-z\-]+,? )?"
    rf"(?P<char>{CHAR}),? by (?P<actor>{NAME})(?!{POSS})"
)
#: "William Shatner played Kirk and Leonard Nimoy the half-Vulcan science officer Spock"
GAPPED_ACTIVE = re.compile(
    rf"^(?: \([^()]{{1,60}}\))?(?:,? and|,) (?P<actor>{NAME}) (?P<desc>(?:the|his|her|their|a|an) (?:[a-z][\w\-]*(?:['’]s)?,? ){{0,4}}?)"
    rf"(?P<char>{CHAR})(?!{POSS})(?=[,.;]|$| (?:in|on|who|whose|and)\b)"
)
#: "Carmy, played by Jeremy Allen White", "the chef Sydney (played by Ayo Edebiri)"
PLAYED_BY = re.compile(
    # (the description's last word is no name: not "Akita, the young Hiroshi is voiced by")
    rf"(?P<char>{CHAR})(?:(?:, {DESCRIPTION},)?,? \(?(?:(?:the|a|an) (?:[\w\-]+ ){{0,4}}?[a-z][\w\-]* )?"
    rf"(?:who is |who was |who will be |is |was |will be |is being |has been )?"
    # "Nezuko, who survives as a demon, is voiced by", "Rengoku, the central figure of Mugen Train, is voiced by"
    # "A young Will, seen in flashbacks to the group home, is played by"
    rf"|, (?:who [^,;()\n]{{1,80}}|(?:the|an?|(?:seen|shown|glimpsed|heard|introduced|featured|known) )[^,;()\n]{{1,60}}), (?:is |was |has been )"
    # "Larry's father, Walter Appleton, appears in one episode, played by Ray Walston"
    rf"|, (?:appears|appeared|turns up|turned up|shows up|showed up)\b[^,;()\n]{{0,60}}, )"
    # "Ned Flanders, also voiced by Mr. Shearer", "Bart was voiced throughout by Nancy Cartwright"
    rf"(?:(?:also|still|originally|initially|first|later|likewise|briefly) )?(?:played|portrayed|voiced)(?: (?:throughout|originally|initially|briefly|first|later))?"
    rf"(?: (?:as|in) (?:the |a |an )?[a-z][\w\-]*(?: [a-z][\w\-]*)?| with (?:[a-z][\w\-]* ){{0,3}}[a-z][\w\-]*"
    rf"| on (?:screen|camera|stage|film))? by "  # ("Kevin is played on screen by Fred Savage")
    # ("played by newcomer Kieran Foster", "played by actress Jane Doe")
    rf"(?:the (?:[\w\-]+ ){{0,4}}?[a-z][\w\-]* |(?:newcomer|actor|actress|veteran|comedian|singer|rapper) )?(?P<actor>{NAME})"
)
#: the role's next actor after "X was played by A": "; B took over the role", "before B was cast"
ROLE_SUCCESSOR = re.compile(
    rf"(?:; (?:and )?(?P<who0>{NAME}) (?:took over|inherited|assumed) the (?:role|part)\b"
    rf"| before (?P<who1>{NAME}) (?:was cast|took over(?: the (?:role|part))?)\b)"
)
#: the same character at another age, after "X is played by A": "his grown-up self, voiced by B"
SELF_VOICED = re.compile(
    rf"\b(?:his|her) (?:[a-z\-]+ )?self,? (?:is |was )?(?:voiced|played|portrayed) by (?P<actor>{NAME})"
)
#: "Belita Moreno returned in a new role, the neurotic advice columnist Lydia Markham"
NEW_ROLE = re.compile(
    rf"(?P<actor>{NAME}) (?:returned|returns|came back|comes back|reappeared|reappears) (?:in|with) (?:a|another) "
    rf"(?:new |different |second )?(?:role|part|character), (?:the |a |an )?(?:[a-z][\w\-]*,? ){{0,4}}?(?P<char>{CHAR})(?!{POSS})"
)
#: "Tom George directed the first series", "She directed the entire second season"
DIRECTED_SEASON = re.compile(
    rf"(?:^|(?<=[,;] )|(?<=, and )|(?<= and ))(?P<dir>{NAME}) (?:also |then |later )?(?:directed|helmed) (?:the )?"
    rf"(?:entire |whole |complete )?(?P<ord>{N.ORDINAL_RE}) (?:season|series)(?![\w'’-])(?! (?:finale|premiere|opener|episode|of (?!the show|the series|it)))"
)
#: "X takes on the role of Y", "X landed the part of Y", "X was cast in the role of Y"
ROLE_OF = re.compile(
    rf"(?P<actor>{NAME})(?P<mid>(?: [a-z][\w\-]*){{0,4}}?) (?:the |a )?(?:(?:lead|main|title|recurring|starring|guest|key|pivotal) )?"
    rf"(?:role|part) of (?:{NAME}{POSS} (?:[a-z][\w\-]* ){{0,3}}|(?P<desc>(?:[a-z][\w\-]*,? (?:and )?){{1,5}}?))?(?:(?:{'|'.join(sorted(N.LOWER_TITLES))}) )*(?P<char>{CHAR})(?!{POSS})"
)
ROLE_OF_VERBS = {
    "takes", "took", "take", "taking", "on", "landed", "lands", "land", "won", "wins", "got", "gets",
    "plays", "played", "play", "playing", "was", "is", "has", "been", "cast", "in", "will", "also",
    "who", "now", "later", "reprises", "reprised", "reprising", "reprise", "steps", "stepped", "into",
    "inherits", "inherited", "assumes", "assumed", "secured", "scored", "nabbed", "booked", "joins", "joined",
}  # fmt: skip
#: "The role of Gator Tillman, Roy's hot-headed son, went to Joe Keery"
ROLE_WENT_TO = re.compile(
    rf"\b[Tt]he (?:(?:lead|main|title|recurring|starring|guest|key|pivotal|coveted) )?(?:role|part) of (?P<char>{CHAR})(?:, [^,;]{{1,80}},)? "
    rf"(?:(?:has|had|have|eventually|ultimately|finally) )*(?:went|goes|gone|was given|has been given|been given|was awarded) to (?P<actor>{NAME})"
)
APPOSITIVE = re.compile(rf"(?P<actor>{NAME}), (?P<char>{NAME}) in (?P<series>{TITLE}),")
APPEARS = re.compile(
    rf"(?:(?P<actor>{NAME}){POSS} )?(?P<char>{CHAR}),? (?:(?:has|have|had|also|previously|first|briefly|already|been|was|were|is) )*"
    rf"(?:appeared|appears|featured|popped up|pops up|showed up|shows up|guest[- ]starred|cameoed|debuted|"
    rf"made (?:an |a |his |her |several |multiple )?(?:cameo )?appearances?) in (?:both |each of |all of )?"
    rf"(?:{season_ref('a')}|(?P<list>{TITLE}(?:(?:, | and |, and ){TITLE})*))"
)
EPISODES = (
    rf"(?:[\"“][^\"“”]{{1,80}}[\"”],? (?=the )| {{5,}},? (?=the ))?"  # '"Walk of Punishment," the third episode of season three'
    rf"(?:(?P<{{p}}owner>{TITLE}){POSS} |(?P<{{p}}coref>the (?:mini-?series|series|show|season)['’]s? |its |our ))?"
    rf"(?:[Tt]he )?(?P<{{p}}sq>(?:{N.ORDINAL_RE})[- ]season(?:['’]s)? |season (?:{N.CARDINAL_RE}) (?=premiere|finale))?(?:(?:first|opening) (?P<{{p}}fc>{N.CARDINAL_RE})(?: episodes)? and (?:the )?(?:final|last|closing) (?P<{{p}}lc>{N.CARDINAL_RE})(?: episodes)?"
    rf"|(?:final|last|closing) (?P<{{p}}lc2>{N.CARDINAL_RE})(?: episodes|(?=[,.;]|$| of\b))"
    rf"|(?<!\d)(?P<{{p}}ord>{N.ORDINAL_RE}) (?:(?P<{{p}}count>{N.CARDINAL_RE})(?: episodes)?(?! (?:seasons?|films?|movies?|series|years?|books?)\b)"
    # "the opening pair of episodes", "the premiere and the second hour"
    rf"|(?P<{{p}}pair>pair|couple) of episodes|episodes?|hour(?![\w'’-]))"
    rf"|(?:[Aa]ll|[Aa]ll of the|[Ee]ach of the|[Ee]very one of the) (?P<{{p}}all>{N.CARDINAL_RE})(?: (?:of (?:the|the (?:series|show)['’]s?) )?(?:new )?episodes|(?= and\b|[,.;]))"
    # "every episode (of the first season)", "all of the episodes", "each episode of the first two seasons"
    rf"|(?P<{{p}}every>(?:[Ee]very|[Ee]ach) (?:single )?episode|[Aa]ll (?:of )?(?:the|its) episodes|[Ee]very one of (?:the|its|their) (?:(?P<{{p}}evn>{N.CARDINAL_RE}) )?episodes)(?![\w'’])"
    rf"(?: of (?:the|its) first (?P<{{p}}firstk>{N.CARDINAL_RE}) seasons\b)?"
    rf"|(?:the )?(?:(?:whole|entirety) of the|entire|whole) (?P<{{p}}whole>{N.ORDINAL_RE})(?:[- ]season)?(?![\w'’-])"
    rf"|(?P<{{p}}ordl>(?:{N.ORDINAL_RE})(?:, (?:{N.ORDINAL_RE}))*,? and (?:{N.ORDINAL_RE})) episodes"
    rf"|[Ee]pisodes? (?P<{{p}}nums>(?:\d+|{N.CARDINAL_RE})(?:(?:, | and |, and |[–-]| to | through )(?:\d+|{N.CARDINAL_RE}))*)(?!\w)(?!\.\d)"
    rf"|(?P<{{p}}pilot>pilot|series premiere|season premiere|premiere episode|premiere)(?: episode)?"
    # "directed the pilot and the next ten episodes"
    rf"(?: and the (?:next|following) (?P<{{p}}nxt>{N.CARDINAL_RE})(?: episodes)?(?![\w'’-]))?"
    # "The series finale, the 122nd episode, aired ...": its number in the whole run
    rf"|(?P<{{p}}fin>(?:series |season )?finale|final episode|last episode)(?:, the (?P<{{p}}fabs>{N.ORDINAL_RE}) episode(?=[,;.]),?)?"
    # "Adam Kane directed the third, Farren Blackburn the fifth and tenth": the noun left out
    rf"|(?<=[Tt]he )(?P<{{p}}ell>(?:{N.ORDINAL_RE})(?:, (?:{N.ORDINAL_RE}))*(?:,? and (?:{N.ORDINAL_RE}))?)(?=[,;.]| and\b| while\b| before\b|$))"
    rf"(?: of (?:the |its )?(?:(?:[A-Z][\w]*-)?[a-z][\w\-]* (?=(?:{N.ORDINAL_RE})[- ]season))?(?P<{{p}}sqa>(?:{N.ORDINAL_RE})[- ]season|season (?:{N.CARDINAL_RE})\b))?"
    rf"(?: of (?:(?:{NAME}['’]s? |the (?:[\w\-]+ ){{1,4}}(?=[\"“]))?[\"“](?P<{{p}}ofq>[{N.UP}][^\"“”]{{1,50}}?),?[\"”]|(?P<{{p}}of>{TITLE})))?(?:,? [\"“][^\"“”]{{1,80}}[\"”](?:(?:,| and|, and) [\"“][^\"“”]{{1,80}}[\"”])*,?|,? {{3,}},?)?"
    # its number in the whole run: '"This Is Not for Tears", the 20th episode of the series,',
    # '"Connor's Wedding" (episode 32 overall),'
    rf"(?:,? the (?P<{{p}}abs>{N.ORDINAL_RE}) episode of the (?:series|show),?| \((?:episode|no\.) (?P<{{p}}abs2>\d{{1,3}}) overall\),?)?"
)


#: "the second season", "the second-season", "season two", "Season 2"
SEASON_NAMED = rf"(?:\b(?P<sord>{N.ORDINAL_RE}|debut|inaugural|freshman|sophomore)(?: and (?:final|last))?[- ]season\b|\b(?i:season) (?P<snum>(?i:{N.CARDINAL_RE}))\b)"
_SLEN_VERB = (
    r"(?:consist(?:s|ed|ing)? of|will consist of|compris(?:es|ed|ing)|contain(?:s|ed|ing)?|ha[sd]|of|with|"
    r"runs?|ran|ran for|spann?(?:s|ed|ing)?|featur(?:es|ed|ing)|totall?(?:ed|ing))"
)
SEASON_LENGTH = re.compile(
    rf"\b(?P<ord>{N.ORDINAL_RE})(?: and (?:final|last))? (?:season|series)(?: \([^()]{{1,60}}\))?(?:, (?:which|that) (?:[^,;()]|, (?=\d{{4}}))+?,)?,? (?:also |which |will |was |is |has |had )?(?:also )?"
    rf"{_SLEN_VERB} (?P<n>{N.CARDINAL_RE}) (?:[a-z]+-[a-z\-]+ |standalone |new |one-hour |half-hour )?episodes"
    rf"|\b(?P<n_a>{N.CARDINAL_RE})[- ]episode (?P<ord_a>{N.ORDINAL_RE}) season"
    rf"|\b(?:all|the|its) (?P<n_b>{N.CARDINAL_RE}) episodes of (?:the|its) (?:(?:[A-Z]\w*-)?[a-z][\w\-]* )?(?P<ord_b>{N.ORDINAL_RE}) season"
    rf"|\b(?P<n_c>{N.CARDINAL_RE}) episodes in the (?P<ord_c>{N.ORDINAL_RE}) season and (?:another |a further )?(?P<n2>{N.CARDINAL_RE}) in the (?P<ord2>{N.ORDINAL_RE})"
    # "The first season, also seven episodes, debuted in January 2022"
    rf"|\b(?P<ord_g>{N.ORDINAL_RE})(?: and (?:final|last))? (?:season|series)(?: \([^()]{{1,60}}\))?, (?:also |only |just )?(?:of )?(?P<n_g>{N.CARDINAL_RE}) episodes,"
    rf"|\b(?:(?:[Tt]he|[Ee]ach of the|[Ee]ach of (?:the show|the series|its)['’]s?|[Ii]ts) first|[Ee]ach of (?:the|its)) (?P<k>{N.CARDINAL_RE}) (?:seasons|series),? (?:each |each of which |which each |all of which |both of which )?"
    rf"(?:consist(?:s|ed)? of|ha(?:d|ve)|ran(?: to)?|run(?: to)?|comprised|contain(?:ed)?|of|with) (?P<n_d>{N.CARDINAL_RE}) (?:[a-z]+-[a-z]+ |hour-long )?episodes(?: each)?"
    rf"|\b(?P<k_f>{N.CARDINAL_RE}) (?P<n_f>{N.CARDINAL_RE})[- ]episode (?:seasons|series)\b"
    rf"|\b(?P<k_e>{N.CARDINAL_RE}) (?:seasons|series),? (?:of|with|each (?:of|with)) (?P<n_e>{N.CARDINAL_RE}) episodes(?: each)?"
    # "a first season whose eight episodes ended on a pile of cliffhangers"
    rf"|\b(?P<ord_i>{N.ORDINAL_RE}) (?:season|series) whose (?P<n_i>{N.CARDINAL_RE}) episodes\b"
    # "Season 1, which arrived on Feb. 24, 2021, also ran 10 episodes"
    rf"|\b[Ss]eason (?P<ord_h>\d{{1,2}}|{N.CARDINAL_RE})(?:, (?:which|that) (?:[^,;()]|, (?=\d{{4}}))+?,)? (?:also |which |has |had )?(?:also )?"
    rf"(?:consist(?:s|ed)? of|ha[sd]|ran|runs|comprised|contain(?:s|ed)?) (?P<n_h>{N.CARDINAL_RE}) episodes"
)
#: ", the third of nine, and the fourth of ten" after "the first two seasons ... each"
SEASON_LENGTH_MORE = re.compile(
    rf",? (?:and |while |with )?the (?P<ord>{N.ORDINAL_RE}) (?:season )?(?:of|had|with|ran|consisted of) (?P<n>{N.CARDINAL_RE})\b"
)


def _season_number(m: re.Match[str]) -> int | None:
    word = (m.group("sord") or m.group("snum")).lower()
    n = {"debut": 1, "inaugural": 1, "freshman": 1, "sophomore": 2}.get(word) or N.number_word(word)
    return n if n and 0 < n < 40 else None


def episodes_re(prefix: str) -> str:
    return EPISODES.replace("{p}", prefix)


EPISODES_AT = re.compile(episodes_re("e"))
RESPECTIVELY = re.compile(r",? respectively\b")
EPISODE_CONJUNCT = re.compile(
    r",? (?:and|as well as|plus|along with|in addition to) (?:also )?(?=the |episodes? )"
    rf"|, (?=the (?:{N.ORDINAL_RE}) episode\b)"  # "the premiere, the seventh episode and the finale"
)
EPISODES_GO_TO = re.compile(
    rf"{episodes_re('e')} (?:go|goes|went|will go|fall|falls|fell) to (?P<dir>{NAME})"
)
#: "Written by Sarah Phelps and directed by Saul Dibb, the four-part drama tells ...", "Created by A,
#: who wrote all eight episodes, and directed by Oded Ruskin, Drops of God is ..."
FRONTED_DIRECTOR = re.compile(
    rf"^(?:(?:Co-created|Created|Developed|Written|Produced|Adapted) by (?:the (?:animation )?studios? )?{NAME}(?:(?:,| and|, and) {NAME})*"
    rf"(?:, who [^;]{{1,100}}?,)?,? and )?(?:[Dd]irected) by (?P<dir>{NAME}), "
    rf"(?P<subj>(?:[Tt]he|[Ii]ts) (?:[\w\-]+ ){{0,3}}?(?:mini-?series|series|show|drama|serial|comedy|thriller|sitcom)\b|it\b|{FILM_TITLE})"
)
#: "directed by Mo Wan-il and written by Joo Hyun": another credit after the director's name
_CREDIT_AND = r"(?:written|co-written|produced|executive produced|created|developed) by\b"
SERIES_DIRECTED_BY = re.compile(
    rf"(?:^|(?<=[,;] ))(?:(?:[Tt]he|[Tt]his|[Ii]ts) (?:mini-?series|series|show|limited series)|It|(?P<title>{TITLE})) (?:was|is|has been) "
    rf"(?:(?:[a-z\-]+(?: and [a-z\-]+)?) by {NAME}(?:,? and {NAME})? and )?(?:entirely |solely )?directed by (?P<dir>{NAME})(?!{N.SEP}{N.WORD})"
    rf"(?! and (?!{NAME}\b|{_CREDIT_AND}))"
    # an encyclopedia lead: "X (Korean: ...) is a South Korean romantic comedy television series
    # written by A and directed by B"
    rf"|{lead_head('lead')}(?:[\w\-–]+ ){{0,6}}?(?:mini-?series|series|serial|drama)"
    rf"(?:,? (?:written|created) by {NAME}(?:,? and {NAME})?,? and)? directed by (?P<dir2>{NAME})(?!{N.SEP}{N.WORD})(?! and (?!{NAME}\b|{_CREDIT_AND}))"
    # "... television series created, written and directed by Tom Tykwer, Achim von Borries and
    # Hendrik Handloegten": the three direct it together
    rf"|{lead_head('lead3')}(?:[\w\-–]+ ){{0,6}}?(?:mini-?series|series|serial|drama) (?:(?:created|written|co-written|developed|produced),? )+"
    rf"and directed by (?P<dirs3>{NAME}(?:, {NAME})*,? and {NAME})"
    # an opening participle: "Created for television by A, who ..., and directed in its entirety
    # by Jean-Marc Vallée, the eight-episode series premiered on HBO"
    rf"|^(?:(?:Created|Written|Developed|Adapted)\b[^;]{{0,120}}?,? and )?directed (?:in its entirety |entirely |in full )?by "
    rf"(?P<dir4>{NAME}),(?: [^,;]{{0,80}},)? (?:the (?:[\w\-]+ ){{0,3}}?(?:mini-?series|series|serial|drama|show)|it) "
    rf"(?:premiered|debuted|aired|ran|was)\b"
    # an appositive: '"John Adams," the seven-part miniseries directed in its entirety by Tom Hooper'
    rf"|(?P<q5>[\"“])?(?P<title5>{FILM_TITLE}),(?(q5)[\"”]) the (?:(?P<n5>{N.CARDINAL_RE}|\d+)-(?:part|episode) )?"
    rf"(?:[\w\-]+ ){{0,2}}?(?:mini-?series|limited series|serial) directed (?:in its entirety |entirely |in full )?by "
    rf"(?P<dir5>{NAME})(?!{N.SEP}{N.WORD})(?! and (?!{NAME}\b|{_CREDIT_AND}))"
)
#: "Gwyneth Hughes wrote the four-episode drama, which James Strong directed", "Full Circle, a
#: six-episode crime drama for Max, ..., which Soderbergh directed in its entirety"
SERIES_WHICH_DIRECTED = re.compile(
    rf"(?:(?P<title>{TITLE}), )?(?P<np>(?:the|a|an) (?:[\w\-]+ ){{0,3}}?(?:mini-?series|series|serial|drama|limited series))"
    rf"(?P<rest>(?: [a-z][^,;()]{{0,40}}?)?(?:, [^;()]{{1,80}}?)?), (?:which|that) (?P<dir>{NAME}) (?:(?:also|later|then|himself|herself) )*"
    rf"directed(?! by)\b"
)
#: "Greg Bailey directed the series for its first fifteen seasons": the topic's director
DIRECTED_THE_SERIES = re.compile(
    rf"(?<![\w'’])(?P<dir>{NAME}) (?:(?:also|later|then|himself|herself|personally|has|had) )*(?:directed|helmed|directs|helms)"
    rf" the (?:whole |entire )?(?:series|show|miniseries|serial)(?![\w'’-])(?! (?:of|finale|premiere|pilot)\b)"
)
#: "all eight episodes": a series' length, said in passing
SERIAL_LENGTH = re.compile(
    rf"\b({N.CARDINAL_RE})-(?:part|episode) (?:drama|series|miniseries|serial|thriller|comedy)\b", re.I
)
ALL_N_EPISODES = re.compile(rf"\b(?:[Aa]ll|[Ee]very one of the|[Ee]ach of the) ({N.CARDINAL_RE}) episodes\b")
DIRECT_PRONOUN = re.compile(
    rf"(?:, and |; | and |, )(?P<dir>{NAME}) (?:(?:also|then|later) )?(?:directed|directs|will direct|helmed|"
    rf"(?:was|is|has been) (?:hired|tapped|set|chosen|brought on|brought in) to direct) (?:it|them|both|(?:every one|each one|each|all|both) of them)\b"
)
#: a sentence of its own: "Adam Arkin directed it."
DIRECTED_IT = re.compile(
    rf"(?P<dir>{NAME}) (?:(?:also|then|later|himself|herself) )?(?:directed|directs|helmed|helms) (?:it|both of them|both)(?=[.,;]|$)"
)
DIRECTOR_OF = re.compile(
    rf"(?P<dir>{NAME}), (?:the |who is the |who was the )?director of {episodes_re('e')}"
)
DIRECTED = re.compile(
    rf"(?<!& )(?P<dir>{NAME})(?: \((?![\d–-]+\))[^()]{{1,60}}\))?(?:, (?:who|whose|a|an|the)\b[^,;()]{{1,120}},)?,? (?:who )?(?:(?:also|personally|himself|herself) )*"
    # ("Sydney Lotterby produced the series and directed all twenty episodes")
    rf"(?:(?:wrote|co-wrote|produced|executive produced|created)(?: (?:the (?:series|show)|it))? and )?"
    rf"(?:has |had |will |would |is set to |was set to |is slated to |to |is |was |will be |has been |"
    rf"(?:chose|chooses|decided|decides|opted|opts|elected|agreed|went on|returned|returns|came back|comes back|"
    rf"is back|was back|will be back) to )?"
    rf"(?:directed|directs|direct|directing|helmed|helms|helm|helming|handling|handles|handled|takes on|took on|taking on|"
    rf"(?:takes|took|take|taking) the helm (?:for|of|on)|(?:is|will be|was) behind the camera for) {episodes_re('e')}"
)
#: "The season is directed by Anya Adams (episodes 1–3), Nimisha Mukerji (episodes 4–6) and Anne
#: Wheeler (episodes 9 and 10)": each director with their episodes in brackets
_DIRECTOR_EPISODES = rf"{NAME} \((?=[Ee]pisodes? )[^()]{{1,40}}\)"
DIRECTED_BY_RANGES = re.compile(
    rf"\b(?:directed|helmed) by (?P<list>{_DIRECTOR_EPISODES}(?:(?:, |,? and ){_DIRECTOR_EPISODES})*)"
)
#: a second directing clause of the same director: "... and will return to helm the series finale"
DIRECTED_MORE = re.compile(
    r",? and (?:(?:will|also|then|later|again|would) )*(?:(?:return|returns|returned|come back|comes back|came back) to )?"
    r"(?:direct|directs|directed|helm|helms|helmed) " + episodes_re("e")
)
DIRECTED_BY = re.compile(
    # "The pilot, written by Marlens, was directed by John Tracy"
    rf"{episodes_re('e')}(?:(?P<filler>,? (?:[^.;]{{0,80}}? and |(?:written|co-written|penned|scripted) by [^,;()]{{1,60}}, "
    # "The series finale, the 122nd episode, aired on 13 May 2013; it was written by A and directed by B"
    rf"|[^.;]{{0,80}}; it (?:was|is) (?:co-)?written by [^,;()]{{1,60}}? and )?)(?:which (?:was|is) |was |is |were |are |will be |would be )?(?:directed|helmed) by "
    rf"(?:(?:the )?(?:(?:co-)?(?:creators?|showrunners?|executive producers?|producers?|stars?)(?:,? and | )?)+)?"
    rf"(?:{NAME}{POSS} (?:[a-z][\w\-]* ){{1,3}}(?=[{N.UP}]))?(?P<dir>{NAME})(?: and (?P<dir_b>{NAME}))?"
    # "They wrote the pilot of Northern Exposure, which Brand directed"
    # ("the pilot, which Mr. Wilson wrote and which Michael Zinberg directed")
    rf"|, (?:which|that) (?:[^,;]{{1,40}}? and (?:which|that) )?(?P<wdir>{NAME}) (?:(?:also|later|then|himself|herself) )*(?:directed|helmed|co-directed)\b(?! by))"
)
FILM_DIRECTED = re.compile(
    rf"(?:directed|directing|directs)(?: next)?,? (?:the (?:[a-z\-]+ ){{0,2}}films? )?(?P<film>{TITLE}) \((?P<year>\d{{4}})\)"
    rf"(?P<more>(?:(?:, |,? and ){TITLE} \(\d{{4}}\))*)"
    rf"|(?P<film2>{TITLE}) \((?P<year2>\d{{4}})\),? (?:was |is )?directed by (?P<dir2>{NAME})"
)
#: what stands before a directing verb: "he", "For the finale, she also", "he wrote and"
PRONOUN_HEAD = re.compile(
    r"\s*(?:(?:[Ii]n|[Ff]or|[Oo]n|[Dd]uring) [^,;]{1,60}?,? )?(?:[Hh]e|[Ss]he)(?: (?:also|then|later|again|will|would|returned|came back|went on))*"
    r"(?: (?:wrote|co-wrote|created|produced|executive produced|returned to write|returned to co-write) and)?\s*"
)
#: the sentence's own subject, for a later "he": "Lee, who also serves as showrunner, wrote the pilot"
OWN_SUBJECT = re.compile(
    rf"(?P<dir>{NAME})(?:, [^,;]{{1,80}},)? (?:[a-z]+ )?(?:wrote|co-wrote|created|produced|served|serves|is|was)\b"
)
#: "Fincher, whose film credits include ..., will", "Bernstein also"
NAMED_HEAD = re.compile(
    rf"\s*(?:(?:[A-Za-z\-]+ ){{0,4}}?)(?P<dir>{NAME})(?:, (?P<app>[^;]{{1,220}}),[\"”]?)? (?:(?:also|then|will|would|has|had|is|was|to|himself|herself|later|again) )*$"
)
#: "... directed by Ludovic Bernard, who" (a relative clause at the end of a longer head)
WHO_HEAD = re.compile(
    rf"(?<![\w'’])(?<!the )(?P<dir>{NAME}), who (?:(?:also|then|will|would|has|had|is|was|later|again) )*$"
)
DIRECT_VERB_EPISODES = re.compile(
    r"(?:directs|(?:will|would) (?:also |again |then )?direct|directed|helms|will helm|helmed|takes|will take|took|handles|will handle|handled|"
    r"(?:to|will|would) (?:write|co-write) and direct|"
    r"returns for|will return for|returned for|(?:is|was|has been|have been) (?:tapped|hired|set|chosen|signed|enlisted) to direct|"
    r"(?:returns|returned|will return|is returning|comes back|came back) to direct|"
    r"(?:steps|stepped|will step|step) behind the camera(?: himself| herself| again)? (?:for|on)|"
    r"(?:makes|made|will make|make) (?:his|her|their) (?:[\w\-]+ ){0,3}(?:directing|directorial) debut (?:with|on)|"
    r"(?P<weak>(?:is|was|has been|have been|are|were) (?:set|slated|lined up|on board|booked|attached) (?:for|to)|has|had|gets|got|"
    r"(?:will )?close[sd]? out the season with)|"
    r"(?:takes|took|will take) the helm (?:for|of|on)) " + episodes_re("e")
)
#: a film noun: "directed the feature X", "known for his film X"
_FILM_NOUN_WORDS = "feature|film|movie|documentary|thriller|drama|comedy|western"
_FILM_NOUN_PLAIN = rf"(?:{_FILM_NOUN_WORDS})s?"
_FILM_NOUN = rf"(?:{_FILM_NOUN_WORDS}|horror film)s?"
FILM_NOUN_DIRECTED = re.compile(
    rf"\b(?:directed|directing|helmed|made) (?:the |his |her )?(?:(?:[a-z\-]+ ){{0,2}}{_FILM_NOUN_PLAIN}) (?P<film>{TITLE})"
    rf"|\b(?:director|filmmaker|writer-director) of (?:the )?(?:(?:[a-z\-]+ ){{0,2}}{_FILM_NOUN_PLAIN} )?(?P<film2>{TITLE})(?! (?:episodes?|series|season)\b)(?!{POSS})(?P<dir>)"
)
#: a filmmaker's films in an apposition: "Mohamed Diab, known for his film Clash (2016)", "Juan José
#: Campanella, whose film The Secret in Their Eyes won ...", "Justin Benson and Aaron Moorhead, the
#: directors of the independent films The Endless and Synchronic", "Kassell, whose first feature,
#: The Woodsman, ..."
FILM_APPOSITION = re.compile(
    rf"(?P<dir>{NAME})(?: and (?P<dir2>{NAME}))?, (?:(?:the|an?) (?:[A-Za-z\-]+ ){{0,3}}?(?:filmmaker|director|writer-director|auteur)s?, )?"
    rf"(?:(?:best |perhaps best |widely )?known for (?:his|her|their) (?:[a-z\-]+ ){{0,2}}{_FILM_NOUN}"
    rf"|who (?:also )?(?:directed|made) (?:the |his |her |their )?(?:[a-z\-]+ ){{0,2}}{_FILM_NOUN}"
    rf"|the (?:director|directors|filmmaker|filmmakers|writer-director|writer-directors) (?:of|behind) (?:the )?(?:[A-Za-z\-]+ ){{0,2}}{_FILM_NOUN}"
    rf"|whose (?:(?:first|debut|last|latest|previous|breakout|acclaimed|[a-z]+-winning) )?{_FILM_NOUN},?)"
    rf" (?P<films>{FILM_TITLE}(?: \(\d{{4}}\))?(?:(?:, |,? and ){FILM_TITLE}(?: \(\d{{4}}\))?)*)"
)
#: a film named with its director in a clause: "Saving Private Ryan (1998), which Spielberg directed",
#: "Ordinary People, Robert Redford's directorial debut", "McCarthy's feature debut was the Scottish
#: horror film Outcast"
FILM_WHICH_DIRECTED = re.compile(
    rf"(?P<film>{FILM_TITLE})(?: \(\d{{4}}\))?, (?:which|that) (?P<dir>{NAME}) (?:(?:also|later|had|himself|herself) )*(?:directed|co-directed|wrote and directed|helmed)\b"
    rf"|(?P<film2>{FILM_TITLE})(?: \(\d{{4}}\))?, (?P<dir2>{NAME}){POSS} (?:(?:first|second|third|last|final) )?(?:directorial|directing|feature(?: film)?) debut\b"
    rf"|(?P<dir3>{NAME}){POSS} (?:(?:first|second|third|last|final) )?(?:directorial|directing|feature(?: film)?) debut(?: (?:was|is|came with)|,) (?:the (?:[A-Za-z\-]+ ){{0,3}}?{_FILM_NOUN} )?(?P<film3>{FILM_TITLE})"
    # "Path to War (2002), John Frankenheimer's final film"
    rf"|(?P<film4>{FILM_TITLE})(?: \(\d{{4}}\))?, (?P<dir4>{NAME}){POSS} (?:first|second|third|fourth|last|final|latest|new|next|debut) (?:feature )?(?:film|movie|feature)\b"
    # "Longitude (2000), written and directed by Charles Sturridge", "The Singing Detective, the BBC
    # serial written by Dennis Potter and directed by Jon Amiel", "Deadwood: The Movie, written by
    # Milch and directed by Daniel Minahan"
    rf"|(?P<cue5>\b(?:film|movie|comedy|drama|thriller|western|musical|documentary|biopic|sequel|prequel|remake),? |{NAME}['’]s |^In |(?<=[a-z,] )(?:in|with) )?"
    rf"(?P<film5>{FILM_TITLE})(?P<y5> \(\d{{4}}\))?(?:,|(?<=\w)[\"”],|(?<=\w),[\"”]) (?P<noun5>(?:the|a|an) (?:[\w\-]+ ){{0,3}}?(?:serial|film|movie|miniseries|feature|TV film|television film|slasher|horror film|thriller|\w+-(?:part|episode) (?:drama|series|thriller|comedy)) )?"
    rf"(?:(?P<w5>(?:written|adapted|produced)(?: by {NAME}(?: and {NAME})?)?,? and )?(?:directed|helmed)|(?P<wd5>written and directed)) by (?P<dir5>{NAME})"
    rf"(?: and (?P<dir6>{NAME}))?"
    # 'in "The Simpsons Movie" (2007), directed by Mr. Silverman': a quoted title with its year
    rf"|[\"“](?P<film7>[{N.UP}][^\"“”]{{1,60}}?),?[\"”] \((?:19|20)\d\d\),? (?:written and )?(?:directed|helmed) by "
    rf"(?:(?:Mr|Ms|Mrs|Dr)\.? )?(?P<dir7>{NAME})"
)
#: a film with its year and an appositive naming its director: "The Italian Job (1969), Peter
#: Collinson's caper with Michael Caine"
FILM_YEAR_DIRECTOR = re.compile(
    rf"(?<![\w'’])(?P<film>{FILM_TITLE}) \((?:19|20)\d\d\), (?P<dir>{NAME}){POSS} (?:[a-z\-]+ ){{0,2}}"
    rf"(?:caper|film|movie|thriller|comedy|drama|western|musical|horror|romance|feature|classic|adaptation|"
    rf"documentary|epic|satire|noir|picture|debut|remake)\b"
)
#: "as Thomasin in Robert Eggers's The Witch", "fresh off Andrew Haigh's All of Us Strangers",
#: "whose credits include Christopher Nolan's Tenet": a film named by its director
POSS_FILM = re.compile(
    rf"(?:\b(?P<cue>[Ii]n|off|include|includes|included|including|scoring|scored|from|among them|such as) |(?<![\w'’])(?=[{N.UP}][^;,]{{2,40}}?{POSS} (?:\d{{4}} |[a-z\-]+ ){{0,3}}(?:film|movie|feature|documentary)s? ))(?P<dir>{NAME}){POSS} "
    rf"(?P<desc>(?:[\w\-]+ ){{0,3}}?(?:film|movie|drama|thriller|comedy|western|musical|biopic|documentary|feature|mockumentary) )?"
    rf"(?P<film>{FILM_TITLE}(?: and the {FILM_TITLE}(?= \(\d{{4}}\)))?(?: \d{{1,3}}(?![\d,.]\d))?)(?P<year> \(\d{{4}}\))?"
    rf"(?!{POSS}|\w|[ ][A-Z]|[ ](?:mini-?series|series|show|season|novel|book|comics?|play|memoir|story|drama|films?|movies?|"
    rf"thriller|comedy|epic|western|musical|biopic|romance|horror|adaptation|remake|sequel|prequel|franchise|trilogy)\b)"
)
ROLE_CONTEXT = re.compile(
    r"\b(?:as|play|played|plays|playing|role|starred|starring|appeared|appearance|cameo|turn|performance|"
    r"voiced|voices|voicing|films)\b"
)
#: a film title with a sequel number: "Kung Fu Panda 2"
NUMBERED_FILM = rf"{FILM_TITLE}(?: \d{{1,2}}(?![\d,.]\d))?"
TITLE_PLAIN_LIST = re.compile(
    rf"\b(?:directed|co-directed|helmed) (?P<films>{NUMBERED_FILM}(?:, {NUMBERED_FILM})*,? and {NUMBERED_FILM}|{NUMBERED_FILM})(?=[,;)]|\.(?!\w)|$)"
)
#: a title with any lower-case joiners, read only where a year in brackets follows it
_JOINED_TITLE = rf"{N.WORD}(?:[ ](?:(?:of|the|a|an|to|and|&|with|in|on|at|for|from|by)[ ])*{N.WORD})*"
#: a paragraph that opens with a series: "The Fall of the House of Usher, created by Flanagan,
#: premiered on Netflix on October 12, 2023."
#: a paragraph opened by a work with its kind before it: "The television film A Very Brady
#: Christmas, written by ...", "The theatrical parody The Brady Bunch Movie (1995), directed by"
NOUN_TITLE_OPENER = re.compile(
    rf"(?:The|A|An|Its|A later) (?:[a-z\-]+ ){{0,2}}?(?:film|movie|TV film|television film|special|parody|spin-off|spinoff|"
    rf"revival|sequel|prequel|reboot|miniseries|remake) (?P<t>{FILM_TITLE})(?: \(\d{{4}}\))?,"
)
PARAGRAPH_LEAD = re.compile(
    rf"(?P<q>[\"“])?(?P<t>(?:The |A |An )?{_JOINED_TITLE}|{TITLE}|(?<=[\"“])[{N.UP}][\w'’\-]*(?:/[{N.UP}][\w'’\-]*)+(?=,?[\"”]))(?(q),?[\"”]),? "
    # '"Fleabag" was created and written by Waller-Bridge, who ...'
    rf"(?:(?P<was>(?:was|is) )(?=(?:created|co-created|developed|written)(?: and [a-z]+)? by {NAME}[,.;])|"
    rf"(?:(?P<cred>created|co-created|developed|written|made|produced)(?: and (?:written|created|directed|produced|developed))? by "
    rf"(?:the (?:(?:[a-z\-]+|[A-Z]{{2,5}}) ){{1,4}})?{NAME}(?:(?:,| and|, and) {NAME})*(?: for [^,;.]{{1,40}})?"
    rf"(?:,| and) (?:[^.;]{{0,80}}?, )?|(?P<desc>(?:the |a |an |{NAME}{POSS} )[^.;,]{{0,120}}), (?:first |originally )?)"
    rf"(?:premiered|debuted|premieres|debuts|aired|began|follows|followed|tells|told|centers|centres|stars|starred|"
    rf"ran|runs|was broadcast|was released|is set|was set|focuses|focused|explores|explored|"
    rf"was (?:developed|created|adapted|made|produced) (?:by|for)|is produced by)\b)"
)
#: "Medicine for Melancholy (2008), which he wrote and directed", "If Beale Street Could Talk (2018),
#: which Jenkins adapted from James Baldwin's novel and directed", "Mufasa: The Lion King, the Disney
#: prequel that Jenkins directed in 2024": a dated or described film and its director
FILM_WHICH_MADE = re.compile(
    rf"(?P<film>{FILM_TITLE}|{_JOINED_TITLE}(?= \((?:19|20)\d\d\)))"
    rf"(?P<year> \((?:19|20)\d\d\))?, (?P<noun>the (?:[\w\-]+ ){{0,4}}?(?:film|movie|prequel|sequel|feature|documentary|drama|comedy|thriller|adaptation|debut) )?"
    rf"(?:which|that) (?:(?P<dir>{NAME})|(?P<pro>he|she)) (?:(?:also|later|then|had|himself|herself) )*"
    rf"(?:(?:wrote|co-wrote|adapted|produced|developed)(?: [^,;]{{0,60}}?)? and )?(?:directed|co-directed|helmed)\b"
)
#: "both are credited as directors on all eight episodes", "he and Kashyap share the directing
#: credit on all eight episodes": a shared credit for a whole season
SHARED_DIRECTING = re.compile(
    rf"(?:\b(?P<both>both|the two|the pair)|(?P<a>{NAME}|\b[Hh]e|\b[Ss]he) and (?P<b>{NAME}))"
    rf" (?:(?:are|were) )?(?:(?:both|jointly) )?(?:credited as (?:co-)?directors|share[sd]? (?:the )?(?:directing|director's|director) credits?)"
    rf" (?:on|for) (?:all (?P<n>\d+|{N.CARDINAL_RE}) episodes|every episode)"
)
#: "Murphy directed Julia Roberts as Elizabeth Gilbert in Eat Pray Love (2010)": the film directed
DIRECTED_ACTOR_AS = re.compile(
    rf"(?P<dir>{NAME}) (?:(?:also|later|then|memorably) )*directed (?P<actor>{NAME})(?: and {NAME})? as [^;()]{{1,80}}? in (?P<film>{FILM_TITLE})(?= \((?:19|20)\d\d\)|[,.;]|$)"
)
#: "James Marsh, whose films include the documentary Man on Wire and the biopic The Theory of
#: Everything", "Motwane's earlier films include Udaan and Lootera" (read for known directors)
_FILM_ITEM = rf"(?:the (?:[A-Za-z\-]+ ){{0,3}}?(?:{_FILM_NOUN}|biopic) )?{FILM_TITLE}(?: \(\d{{4}}\))?"
FILMS_INCLUDE = re.compile(
    rf"(?P<dir>{NAME})(?:{POSS}|, whose) (?:[a-z\-]+ ){{0,2}}(?:films|features|movies) (?:include|included|are|were) "
    rf"(?P<films>{_FILM_ITEM}(?:, {_FILM_ITEM})*,? and {_FILM_ITEM}|{_FILM_ITEM})(?=[,;)]|\.(?!\w)|$)"
)
#: "Her later films as a director included "Renaissance Man" (1994), "The Preacher's Wife" (1996) and
#: ..." (read on the unmasked sentence: the titles may be quoted)
FILMS_AS_DIRECTOR = re.compile(
    rf"(?:\b(?P<pro>[Hh]is|[Hh]er|[Tt]heir)|(?P<dir>{NAME}){POSS}) (?:[a-z\-]+ ){{0,2}}(?:films|features|movies) "
    rf"as (?:an? |the )?director (?:include|included|are|were) (?P<films>[^.;]+)"
)
FILMS_AS_DIRECTOR_ITEM = re.compile(rf"[\"“](?P<q>[{N.UP}][^\"“”]{{1,60}}?),?[\"”]|(?P<t>{FILM_TITLE})")
#: NER labels of capitalised words that do not name a work
PLAIN_ENTITY_LABELS = frozenset({"PERSON", "NORP", "GPE", "LOC", "DATE", "TIME", "ORDINAL", "CARDINAL"})
#: capitalised words that go before a character's name: "Sister Jude Martin"
ROLE_TITLE_WORDS = frozenset(
    [
        "sister",
        "brother",
        "father",
        "mother",
        "aunt",
        "uncle",
        "detective",
        "officer",
        "agent",
        "captain",
        "doctor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "lady",
        "lord",
        "sir",
        "king",
        "queen",
        "prince",
        "princess",
        "professor",
        "judge",
        "sheriff",
        "nurse",
    ]
)
#: what a person's list of past work is called: "Potts' long résumé includes"
CREDIT_NOUNS = r"(?:résumé|resume|credits|filmography|career|roles)"
#: works a film or series is based on: their titles are not the screen work's
SOURCE_WORKS = r"(?:play|novel|book|memoir|poem|story|song|album|comic|essay|musical)s?"
#: "Then came Glee.": a profile moving to its next work
CAME_TITLE = re.compile(rf"^(?:Then|Next|After that|Later|And then) came (?P<t>{TITLE})[.,;]")
#: a title and its year: "Running with Scissors (2006)" (lower-case joiners allowed)
DATED_TITLE = re.compile(rf"(?P<q>[\"“])?(?P<t>{_JOINED_TITLE})(?(q),?[\"”]) \((?:19|20)\d\d\)")


#: a title in double quotes, as American papers print them: "30 Rock," "Mean Girls"
def _quoted_title(word: str) -> str:
    """A title as it stands in quotes: capitalised words (``word``) with up to three lower-case
    joiners between them ("Only Fools and Horses", "Much Ado About Nothing")."""
    return rf"{word}(?:(?:[ ](?:[a-z]+|&|vs\.)){{0,3}}{N.SEP}{word})*"


QUOTED_TITLE = _quoted_title(N.WORD)
_WORD_OR_NUMBER = rf"(?:{N.WORD}|\d+)"  # '"30 Rock,"'
QUOTED_WORK = re.compile(
    rf"(?<![\w\"“])[\"“](?P<t>{_quoted_title(_WORD_OR_NUMBER)}(?:: [^\"“”\n]{{1,40}}?)?)[,.]?[\"”]"
)
#: a sentence about another work, opened by its quoted title: '"Cheers," created by ..., ran for 11
#: seasons on NBC, with Ted Danson starring as Sam Malone'
QUOTED_OPENER = re.compile(
    rf"^[\"“](?P<t>{_quoted_title(_WORD_OR_NUMBER)})[,.]?[\"”](?:,? (?:created|which|developed|ran|aired|was|is|"
    rf"starred|stars|premiered|followed|follows|centers|centred|centered|originally)\b|, (?:the|a|an|{NAME}{POSS}) "
    rf"(?:[\w\-]+ ){{0,3}}(?:series|sitcom|show|drama|comedy|film|movie|miniseries)\b)"
)
#: a sentence framed by another work: "In Origins, created by A and B, Austin Stowell plays ..."
IN_WORK_OPENER = re.compile(rf"^(?:In|On) (?P<t>{FILM_TITLE}), ")


#: a title in double quotes, its words in ``group``: '"thirtysomething"', '"Cheers,"'
def _in_quotes(group: str) -> str:
    return rf"[\"“](?P<{group}>[^\"“”\n]{{1,80}}?)[,.]?[\"”]"


#: capitalised only because they open a sentence
SENTENCE_OPENERS = frozenset(
    {"the", "it", "its", "he", "she", "they", "there", "this", "that", "over", "during", "until", "once"}
    # "Set in suburban Orlando, the show starred ...": an opening participle or conjunction
    | {"set", "based", "filmed", "shot", "told", "inspired", "while", "when", "although", "though"}
    | {"my", "our", "we", "you", "your"}  # an interviewee's answer
    | {"everyone", "everybody", "nobody", "someone", "everything", "nothing", "then", "but", "and", "so"}
)
#: a job held on another show: "head writer of", "a former ... showrunner on", "a veteran of"
JOB_AT_WORK = re.compile(
    r"\b(?:writer|writers|producer|producers|showrunner|host|member|members|veteran|alumn\w*|creator|director|"
    r"head|staff|editor|executive|boss) (?:of|on|at|for) (?:the )?[\"“]?$"
)
#: a title in quotes: capitalised words, lower-case joiners, a slash ("Fosse/Verdon")
QUOTED_WHOLE = re.compile(
    r"(?:[\"“]|(?<![\w'’])['‘])(?P<t>[A-Z][\w'’\-]*(?:(?: (?:of|the|a|an|to|and|in|on|at|for|from|with))*"
    r"(?: |/)[A-Z0-9][\w'’\-]*){0,7}),?(?:[\"”]|['’](?!\w))"
)
#: an interviewee's sentence about working on a title: "On Swallows and Amazons I had ..."
WORKED_ON = re.compile(rf"^On (?P<t>{_JOINED_TITLE}),? (?:I|we|he|she|they|you)\b")
#: a paragraph that opens by naming the work of the one before: "The series, an eight-episode ..."
WORK_COREF_OPENING = re.compile(
    r"(?:The|This) (?:series|show|sitcom|comedy|drama|miniseries|film|movie)\b|It\b"
)
#: a sentence whose subject is the work named before it: "it starred", "in its first season"
WORK_PRONOUN = re.compile(
    r"(?:^|[,;:] |\b(?:and|but) )(?:it|the (?:show|series|film|sitcom|drama|miniseries|anthology))(?: (?:also|later|then|memorably|famously))?"
    r" (?:starred|stars|followed|follows|featured|features|cast|centred|centered|centres|centers)\b"
    r"|\b[Ii]ts (?:[a-z\-]+ ){0,2}(?:season|series|episode|run)\b"
    r"|\bin the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last) (?:season|series)\b"
)
#: "Craig Zobel, whose feature credits include Compliance and The Hunt, will direct ..."
CREDITS_INCLUDE = re.compile(
    rf"(?P<dir>{NAME}), whose (?P<kind>(?:[a-z\-]+ ){{0,2}})?credits include (?P<films>{TITLE}(?:, {TITLE})*,? and {TITLE}|{TITLE})(?=[,;:)]|\.(?!\w)|$)"
    rf"(?P<rest>[^;]*)"
)
DIRECTING_VERB = re.compile(
    r"\b(?:direct|directs|directing|directed|helm|helms|helmed|helming|behind the camera)\b"
)
#: a job after a work noun: "a Welsh television and film director" is a person, not a work
NOT_A_JOB = (
    r"(?!(?:[ \-](?:and|&|or) [\w\-]+)?[ \-](?:director|actor|actress|writer|producer|presenter|host|personality|"
    r"executive|critic|composer|editor|journalist|star|comedian|screenwriter|maker|filmmaker)s?\b)"
)
TOPIC = re.compile(
    rf"^(?!(?:It|This|They|These|That|He|She)\b)(?P<title>(?:{NAME}{POSS} )??{TITLE}(?:(?::| &| and) {TITLE})?),?(?: \([^)]*\))?"
    rf"(?:,? (?:or simply|or just|also known as|known as|or) [^,]{{1,60}},)? (?:is|was) an? (?:[\w\-]+ ){{0,8}}?"
    rf"(?:television|TV|streaming|web|mini-?series|series|show|sitcom|drama|anthology|miniseries)\b{NOT_A_JOB}"
)
#: an encyclopedia page's title line: "Dopesick (miniseries)", "The Bridge (Swedish-Danish TV series)"
PAGE_TITLE = re.compile(
    r"(?P<t>[^\W\d][^\n()]{1,80}?) \((?:[\w\-]+ ){0,2}(?:TV |television |web |animated |anime )?"
    r"(?:series|mini-?series|sitcom|programme|program|serial)\)[ \t]*\n"
)
#: a page's title line with the work's year(s), under at most two short masthead lines:
#: "Edge of Darkness (1985)", "Press Gang (1989–1993)"
PAGE_YEAR_TITLE = re.compile(
    r"(?:[^\n.!?]{0,60}\n){0,3}?(?P<t>[^\W\d][^\n()]{1,80}?) \((?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d)?)?\)[ \t]*\n"
)
#: a title's line over a line that says what the page is: an episode's code ('Tokyo Vice' over
#: 'Season 2, Episode 3: "Ghosts of Kabukicho"'), or a streaming page's facts ('Scam 1992: The
#: Harshad Mehta Story' over "2020  |  A  |  1 Season  |  10 Episodes")
TITLE_OVER_META = re.compile(
    r"(?m)^(?P<t>[^\W\d][^\n()|]{0,80}?)[ \t]*\n(?:(?:Season|Series) \d{1,2}, (?:Episode|Ep\.?) \d{1,3}\b"
    r"|(?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d)?)?[ \t]+[|·•][^\n]*\b(?:Seasons?|Series|Episodes)\b"
    # (a programme index's "BBC1 | 1976-1979 | Comedy")
    r"|(?P<chan>[^\n|]{1,30}) \| (?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d)?)? \| [^\n|]{1,30}$)"
)
#: a page's facts line under its title, fields between bars or dots: "Netflix  |  Drama, History
#: |  2 seasons, 12 episodes  |  Germany", "2020  |  A  |  1 Season  |  10 Episodes"
META_LINE = re.compile(r"[^\n|·•]{1,40}(?:[ \t]*[|·•][ \t]*[^\n|·•]{1,40}){2,}")


def meta_fields(ex: Extractor, s: SentenceView) -> list[tuple[int, int]]:
    """The fields of a facts line near the top of a page about the topic, as offsets in s.text
    (none for any other sentence)."""
    topic = ex.out.topic
    if s.base > 600 or topic is None or topic.kind != "series" or "\n" in s.text.strip():
        return []
    if not META_LINE.fullmatch(s.text.strip()):
        return []
    return [m.span() for m in re.finditer(r"[^|·•]+", s.text) if m.group().strip()]


PAGE_HEAD = re.compile(
    # (a "From Wikipedia, the free encyclopedia" line and an infobox may come between)
    r"(?P<t>[^\W\d][^\n()/:]{1,80}?)[ \t]*\n(?:[^\n]*\n){1,25}?(?P=t)(?: \([^()\n]{1,120}\))? (?:is|was) an? "
    r"[^.\n]{0,120}?\b(?:television series|TV series|miniseries|limited series|sitcom|soap opera|web series|"
    r"drama series|comedy series|anime(?: television)? series|streaming series|telenovela)\b"
)
TOPIC_SEASON = re.compile(
    rf"^(?:[Tt]he )?(?P<ord>{N.ORDINAL_RE})(?: and (?:final|last))? season of (?:the )?(?:[\w\-]+ ){{0,6}}?"
    rf"(?:television|TV|streaming|web|mini-?series|series|show|sitcom|drama|anthology)(?: series)? (?P<title>(?:{NAME}{POSS} )??{TITLE})"
)
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
#: a DATE that is really a name ("Rosie Day") has none of these
NOT_A_DAY_NAME = re.compile(
    rf"\d|\b(?:{MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Christmas|Easter|Thanksgiving|Halloween|New|Year|Eve|Boxing|Independence|Labor|Memorial|Valentine)\b"
)
#: a heading line over one work's section: "Drops of God (France/Japan) — Drama Series", "3. 'The Bear' (FX)"
SECTION_HEADING = re.compile(
    # (after a guide's kicker: "PICK OF THE WEEK: MYSTERY ROAD")
    r"(?<=\n\n)(?:(?:[A-Z][A-Za-z'’]* ){0,4}(?:PICK|Pick|CHOICE|Choice|SPOTLIGHT|Spotlight|HIGHLIGHT|Highlight)(?: [A-Za-z'’]+){0,4}: )?"
    # (under a kicker line in capitals: "NEW COMEDY" over '"MY NAME IS EARL" (Tuesdays, ...)')
    r"(?:(?<=\n\n)[A-Z][A-Z ]{2,30}\n(?=['‘\"“]))?"
    r"(?P<num>\d{1,2}\.\s+)?(?P<q>['‘\"“])?(?P<t>[A-Z0-9](?:[^()\n—–|:.!?\"“”]|(?<=Mr)\.|(?<=Mrs)\.|(?<=Dr)\.|(?<=St)\.|(?<=[A-Z]):(?= [A-Z0-9]+\b(?![a-z]))){1,70}?!?)(?(q)['’\"”])"
    r"(?P<paren> \([^()\n]{1,80}\))?(?P<dash> [—–-] [^\n]{1,60})?[ \t]*\n(?:[ \t]*\n)?(?=\S)"
)
#: a TV listings entry: a time and a channel, then the title line ("5.40pm  FILM4\nLocal Hero
#: (1983) ★★★★★\n", "9.00pm  BBC FOUR\nBorgen\n")
LISTING_HEADING = re.compile(
    r"(?m)^\d{1,2}[.:]\d{2}\s*(?:am|pm|AM|PM)?[ \t]+(?P<net>[^\n]{2,30})\n(?P<t>[A-Z0-9][^\n()★☆*]{0,70}?)"
    r"(?: \([^()\n]{1,40}\))?(?: [★☆*]{1,5})?[ \t]*\n"
)
#: a listings page's time and title on one line, the entry's lines under it: "6.40 Last of the
#: Summer Wine" over '(Series 17, Episode 4) "Captain Clutterbuck's Treasure". Repeat.', "9.00
#: FILM The Ladykillers (1955)"
LISTING_TIME_TITLE = re.compile(
    r"(?m)^\d{1,2}[.:]\d{2}\s*(?:am|pm|AM|PM)?[ \t]+(?P<film>FILM:? |Film: )?(?P<t>[A-Z0-9][^\n()★☆*;]{0,70}?)"
    r"(?P<paren> \([^()\n]{1,40}\))?[ \t]*\n(?=[^\n])"
)
#: the words before a work named as another's source: 'adapted from "Steptoe and Son"', "based on"
SOURCE_CUE = r"\b(?:adapted (?:it )?from|based on|(?:remake|adaptation|version) of|inspired by) [\"“]?"
#: a listings page's entry on one line: "8.00pm  The Vicar of Dibley (r)  Gold", "9.00pm  Film: Four
#: Weddings and a Funeral (1994)  BBC Two"
LISTING_ENTRY = re.compile(
    r"(?m)^\d{1,2}[.:]\d{2}\s*(?:am|pm|AM|PM)?[ \t]{2,}(?P<film>Film: )?(?P<t>[A-Z0-9][^\n()]{0,70}?)"
    r"(?P<paren> \([^()\n]{1,40}\))?(?:[ \t]{2,}|\t)(?P<net>[A-Z][^\n]{1,30}?)[ \t]*$"
)
#: a heading line naming a spin-off (or a sequel, a revival) the article goes on to describe:
#: "Spin-off: Family Matters", "Sequel series: X", "Family Matters cast"
SPINOFF_HEADING = re.compile(
    r"(?:(?:Spin-?offs?|Spinoffs?|Sequels?|Prequels?|Revivals?|Reboots?)(?: series)?: (?P<t>[^\n:]{1,60})"
    r"|(?P<t2>[^\n:]{1,60}) (?:cast|main cast|characters))"
)
#: a list item's bullet at the start of a line
LIST_BULLET = re.compile(r"[*•\-–] ")
#: headings that name a part of an article, not a work
SECTION_WORDS = frozenset(
    {"Premise", "Plot", "Synopsis", "Cast", "Characters", "Production", "Development", "Casting", "Filming"}
    | {"Music", "Release", "Broadcast", "Reception", "Episodes", "Overview", "Background", "Awards", "Notes"}
    | {"Accolades", "References", "Legacy", "Career", "Recurring", "Main", "Guest", "Summary", "Writing"}
    | {"Design", "Marketing", "Controversy", "Aftermath", "Ratings", "Personal", "Contributors", "Credits"}
    | {"Crew"}
) | {"Cast and characters", "Critical response", "Early life", "Personal life", "See also", "External links"}
#: a press site's masthead line above a release's headline: "Netflix Media Center", "BBC Media Centre"
MASTHEAD = re.compile(
    r"(?:[A-Z][\w+&.]*\s){1,3}(?:Media Cent(?:er|re)|Newsroom|Press Room|Press Cent(?:er|re)|Press Office|Pressroom)"
)

HEADLINE_WORDS = {
    "Review",
    "Exclusive",
    "Interview",
    "Recap",
    "Opinion",
    "Analysis",
    "Watch",
    "News",
    "Update",
}
#: broadcasters and streaming services ("HBO's X" names X as a series, but is not part of its title)
BROADCASTERS = "|".join(re.escape(n) for n in sorted(N.BROADCASTER_NAMES, key=len, reverse=True))
#: a broadcaster's possessive before a title: "HBO's Show Me a Hero"
NETWORK_OWNER = re.compile(rf"(?:{BROADCASTERS}){POSS} ")
#: ... and studios whose possessive may belong to a title ("Marvel's The Defenders")
NETWORKS = BROADCASTERS + r"|Lucasfilm|Marvel"
#: a section heading's network in brackets, before any schedule: "(Paramount+ with Showtime, Friday)"
HEADING_NETWORK = re.compile(rf"\((?P<net>(?:{NETWORKS})(?: with (?:{NETWORKS}))?)(?:, [^()\n]*)?\)\s*$")
NETWORK_NAME = re.compile(rf"(?:{NETWORKS})")
#: "Torres was Jessica Pearson on USA Network's Suits", "Glau became the cyborg Cameron on Fox's
#: Terminator: The Sarah Connor Chronicles"
ROLE_ON_NETWORK_SERIES = re.compile(
    rf"(?:^|[;,] (?:and |while )?|\b(?:and|while) )(?P<actor>{NAME}) (?:was|became|played|portrayed) "
    rf"(?:the (?:[a-z][\w\-]*,? ){{1,3}})?(?P<char>{CHAR}) (?:on|in) (?:{BROADCASTERS}){POSS} (?P<work>{TITLE}(?:: {TITLE})?)"
)
#: "Fox premiered a space western called Firefly", "On September 20, 2002, NBC launched Smash":
#: the network and (with the sentence's date) the premiere
NETWORK_PREMIERED = re.compile(
    rf"(?P<net>{BROADCASTERS}) (?:premiered|debuted|launched|unveiled) (?:(?:an?|its|the) (?:[\w\-]+ ){{0,4}}?(?:called|titled|named) )?(?P<t>{TITLE})"
)
#: a series' description right after its title: ", HBO's half-hour drama", ", the ABC comedy"
SERIES_DESCRIBED_AFTER = re.compile(
    rf",? (?:(?:{NETWORKS}){POSS}|the|an?) (?:[\w\-]+ ){{0,3}}?(?:drama|comedy|comedy-drama|dramedy|series|miniseries|sitcom|thriller|anthology|procedural|soap|telenovela|docuseries)"
    # (a description of its own, not the subject of the sentence's verb: "..., the comedy received")
    r"(?=,| (?:developed|created|co-created|written|produced|adapted|made|from|about|that|which|in which|starring|based|set)\b)"
)
#: a roundup's section heading that names the network first: "NBC — New Amsterdam"
NETWORK_FIRST_HEADING = re.compile(
    rf"(?:\d{{1,2}}\.\s+)?(?P<net>{BROADCASTERS}) [—–-] (?P<t>[^\n()]{{1,70}}?)"
)
#: words a headline capitalises that are never a series' whole title ("Renewed for Season 2")
HEADLINE_TITLE_STOP = frozenset(
    {"Season", "Series", "Episode", "Part", "Premiere", "Finale", "Date", "The", "A", "An"}
)
#: a broadcaster's or a studio's possessive just before a title: "in CBS's Training Day"
NETWORK_POSS_END = re.compile(rf"(?:{NETWORKS}){POSS} $")
_FILM_NOUN_BY = r"(?:[\w\-]+ ){0,3}?(?:film|movie|telefilm|TV movie)"
TV_FILM_BY = re.compile(
    rf"(?:(?P<film>{FILM_TITLE}), (?:an?|the) {_FILM_NOUN_BY}|\b(?:[Aa]n?|[Tt]he) {_FILM_NOUN_BY}, (?P<film2>{FILM_TITLE}),)"
    rf"(?: \((?:19|20)\d\d\))? (?:(?:that|which) was )?(?:again |also )?(?P<v1>directed|written) by (?P<p1>{NAME}(?:,? and {NAME})?)"
    rf"(?: and (?:again |also )?(?P<v2>directed|written) by (?P<p2>{NAME}(?:,? and {NAME})?))?"
)
#: a credit with no clause of its own: "Directed by Ken Kwapis, written by Jeff Judah & Gabe Sachs; ..."
CREDIT_FRAGMENT = re.compile(
    rf"(?P<v1>Directed|Written) by (?P<p1>{NAME}(?:(?:,| &| and) {NAME})*)"
    rf"(?:,? (?:and )?(?P<v2>directed|written) by (?P<p2>{NAME}(?:(?:,| &| and) {NAME})*))?(?=[;.]|$)"
)
#: "Minkie Spiro directs.", "Kate Denn will direct."
BARE_DIRECTS = re.compile(
    rf"(?P<dir>{NAME}) (?:directs|will direct|is directing|is set to direct|directed)\."
)
#: "the film of Netflix's X": a work referred to after a preposition
WORK_REF = re.compile(rf"\b(?:of|in|on|from) (?:(?:{NETWORKS})['’]s )?(?P<t>{TITLE})")
#: "... (Giovanni Ribisi), on NBC's Friends.": a broadcaster's title ending the sentence
FAR_WORK_TAIL = re.compile(rf",? (?:on|in) (?:{BROADCASTERS}){POSS} (?P<t>{FILM_TITLE})[.!]?$")
#: the work a role is in, after the character: "played Shane Vendrell on the FX police drama
#: The Shield", "plays Cooper Howard, the mutated gunslinger, in Prime Video's Fallout",
#: "starred as Katie Cooper in the Netflix sitcom Alexa & Katie", "as Jojen Reed on Game of Thrones"
WORK_NOUNS = (
    r"series|sitcom|drama|dramedy|comedy|film|movie|miniseries|mini-series|show|thriller|procedural|"
    r"adaptation|anthology|soap(?: opera)?|spin-?off|reboot|revival|prequel|sequel|western|horror|"
    r"fantasy|satire|musical|limited series|animated series"
)
WORK_TAIL = re.compile(
    rf"(?P<app>, (?:(?:the|a|an|his|her|their|{NAME}{POSS}) [^,;()]{{1,80}}?|known as [^,;()]{{1,40}})(?P<appc>,)?)?"
    # "playing Camille Saroyan for 11 seasons on Fox's Bones", "as X from 1994 to 2004 on Y"
    rf"(?: for (?:more than |nearly |almost |over |some )?(?:{N.CARDINAL_RE}|a|a dozen) (?:seasons|years|series|episodes)| from \d{{4}} (?:to|until) \d{{4}}| between \d{{4}} and \d{{4}})?"
    rf",? (?:in|on|(?P<centre>at the (?:center|centre|heart) of)) (?:the |both )?"
    rf"(?:(?P<nowner>{NAME}(?: and {NAME})?){POSS} (?={BROADCASTERS} (?:[a-z][\w\-]* ){{0,3}}?(?:{WORK_NOUNS}) ))?"
    rf"(?:(?P<net>{BROADCASTERS})(?P<nposs>['’]s)? |(?<!['’]s )(?P<owner>{NAME}(?: and {NAME})?){POSS} )?"
    rf"(?P<words>(?:[a-z][\w\-]* ){{0,3}}?(?:{WORK_NOUNS}) )?"
    rf"(?:{_in_quotes('tq')}|(?P<t>{FILM_TITLE})(?! \d)(?={POSS}|[ ,;.:)]|$))"
)
#: a company's name up to its last word: "See-Saw Films", "Kudos Productions"
COMPANY_WORDS = r"Films|Productions|Studios|Pictures|Entertainment|Enterprises|Television|Media|Animation|Inc\.|Ltd|LLC|Company|Corporation|Group"
COMPANY_NAME = re.compile(rf"(?:{N.WORD}[ ])*?(?:{COMPANY_WORDS})\b")
#: a credit's names up to here: "created by Joe Ruby and " (a title does not start inside it)
BY_NAMES_BEFORE = re.compile(r"\bby (?:[^,;]|, (?=[A-Z]))*$")
#: a which-clause about a named series, up to the clause's end: "NCIS: Sydney, which premiered on
#: Paramount+ in November 2023 with A and B as X and Y"
WHICH_CLAUSE_WORK = re.compile(
    rf"(?P<t>{FILM_TITLE})(?: \(\d{{4}}\))?, which (?P<rest>[^;()]*?)(?=, and\b|;|$)"
)
#: ", a role she first played on "Cheers" in 1986": the character is in that work too
ROLE_FIRST_PLAYED = re.compile(
    rf", an? (?:role|part|character) (?:(?:he|she|they) (?:(?:first|originally|had|also|previously) )*(?:played|originated|created|voiced)"
    rf"|(?:first |originally )?(?:played|originated|introduced)) (?:on|in) (?:{_in_quotes('tq')}|(?P<t>{FILM_TITLE})(?=[ ,;.]|$))"
)
#: a title described as a work by the appositive after it: "Black Bag, a spy thriller", "Behind the
#: Candelabra, his HBO film", "The Girlfriend Experience, an anthology series"
DESCRIBED_WORK = re.compile(
    rf"(?P<t>{FILM_TITLE}), (?:an?|his|her|their) (?:[\w\-]+ ){{0,3}}?(?P<noun>{WORK_NOUNS}|mystery|caper|biopic)\b"
)
#: "... and B the remaining four", "with B handling the rest", "and by B, who directed the other four"
REST_OF_SEASON = re.compile(
    rf"(?:,? (?:with|and|while) (?:by )?)(?P<who>{NAME})(?:, who|, (?:the|a|an) [^,;]{{1,60}},)? (?:(?:directed|directing|handling|handled|helming|helmed|"
    rf"took|taking|directs|handles|helms|takes|directs) )?the (?:rest|remaining|other)(?: (?P<n>{N.CARDINAL_RE}))?"
    rf"(?: episodes| instalments| installments)?(?=[,.;]|$| of\b)"
)
_ORDX = rf"(?:{N.ORDINAL_RE}|last|final)"
#: ", Helen Shaver the fifth and sixth, and Lucy Tcherniak the seventh" after a directing clause
GAPPED_DIRECTOR = re.compile(
    rf"(?:(?:,|;) (?:and |while |with )?| and )(?P<who>{NAME}) (?P<eps>the (?:(?:last|final|remaining|other) (?P<cnt>{N.CARDINAL_RE})|"
    rf"{_ORDX}(?:(?:,| and|, and) (?:the )?{_ORDX})*))(?: episodes?)?(?=[,.;]|$| and {NAME} the )"
    # "The seventh episode is helmed by Ben Sinclair, and the eighth and ninth by Marta Cunningham"
    rf"|(?:,|;)? and (?P<eps2>the {_ORDX}(?:(?:,| and|, and) (?:the )?{_ORDX})*)(?: episodes?)? by (?P<who2>{NAME})"
    rf"(?: and (?P<who3>{NAME}))?(?P<resp>,? respectively)?"
    # "..., and the series finale, "The Final Chapters Special 2", by Yūichirō Hayashi"
    rf"|(?:,|;)? and the (?P<fin>series |season )?finale(?:,? [\"“][^\"“”]{{1,80}}[\"”],?|,? {{3,}},?)? by (?P<who4>{NAME})"
)
#: a guide entry: 'Sergio Marquina ("The Professor")' and on the next line "Portrayed by: Álvaro Morte"
PORTRAYED_LINE = re.compile(
    rf"(?m)^(?:[*•-] )?(?P<char>{CHAR})(?: \([^()\n]{{1,60}}\))?[ \t]*\n(?:[*•-] )?(?:Portrayed|Played|Voiced|Performed) by:?[ \t]+"
    rf"(?P<actors>{NAME}(?: \([^()\n]{{1,30}}\))?(?:(?:, | and |, and ){NAME}(?: \([^()\n]{{1,30}}\))?)*)[ \t]*(?:\([^()\n]*\))?[ \t]*(?:\.(?:[ \t][^\n]*)?)?$"
)
#: a wiki's character paragraph, which opens with the name ("Snow White is the daughter of ...")
#: and says who plays the character with a pronoun: "She is portrayed by Ginnifer Goodwin; as a
#: child, by Bailee Madison.", "Both David and James are portrayed by Josh Dallas."
PRONOUN_PORTRAYED = re.compile(
    rf"(?:(?<=[.!?] )|(?<=\n)|^)(?:(?P<pro>He|She|They)|Both (?P<c1>{CHAR}) and (?P<c2>{CHAR})|(?P<c3>{CHAR})) (?:is|was|are|were) "
    rf"(?:also |first |originally |initially )?(?:portrayed|played|voiced) by "
    rf"(?P<actors>{NAME}(?:;? (?:and )?(?:as|in) [^;.()]{{1,60}}?,? by {NAME})*)(?=[.;]|$)"
)
#: a character list's entry, its actor in brackets after the description: "Bunta Takakura, the
#: kindergarten's principal, is a gentle man whose face ... (voiced by Rokurō Naya)."
ENTRY_ACTOR = re.compile(
    rf"(?<=\S) \((?:also |originally )?(?:voiced|played|portrayed) by (?P<actors>{NAME}(?:(?:,|,? and) {NAME})*)"
    rf"(?P<resp> respectively)?\)"
)
#: a later sentence of the entry: "He was voiced by Keiji Fujiwara until 2016, ..., and Toshiyuki
#: Morikawa has voiced him since", "Yumiko Kobayashi has voiced him since July 2018"
ENTRY_PRONOUN_ACTOR = re.compile(
    rf"(?:(?<=[.!?] )|(?<=\n)|(?<=; )|(?<=, and )|^)(?:(?:He|She|They) (?:is|was|has been|had been) (?:also |first |originally |initially )?"
    rf"(?:voiced|played|portrayed) by (?P<a>{NAME})(?=[.;,]|$| (?:from|until|since|in|between|through)\b)"
    rf"|(?P<b>{NAME}) (?:has|had) (?:voiced|played|portrayed) (?:him|her|them) since\b)"
    # "In flashbacks ..., the young Hiroshi is voiced by Yūko Sanpei": the entry's character, younger
    rf"|\b[Tt]he (?:young|younger|teenage|adult|older) (?P<yc>{NAME}) (?:is|was) (?:voiced|played|portrayed) by (?P<c>{NAME})"
)
#: the last words of a place's or an institution's name: "Futaba Kindergarten", "Hill Valley High"
_PLACE_HEADS = {
    "kindergarten", "academy", "high", "hospital", "hotel", "street", "road", "avenue", "park",
    "station", "church", "prison", "club", "bar", "cafe", "café", "restaurant", "house", "hall",
    "manor", "palace", "castle", "tower", "bridge", "island", "city", "town", "village", "county",
}  # fmt: skip
#: a character list's section heading: "Super Shiro characters" (the work its entries are in)
ENTRY_SECTION = re.compile(r"(?m)^(?P<t>[^\n.]{1,60}) characters[ \t]*$")
#: the character a paragraph opens with: "Snow White is ...", "David Nolan, known in ...", "Cora (...) is"
PARAGRAPH_CHARACTER = re.compile(rf"(?P<char>{CHAR})(?: \([^()\n]{{1,60}}\))?(?:,| is\b| was\b)")
#: a character guide's section: the character's name on a line of its own, then a paragraph
#: that describes the character ("Krystle Carrington\nBlake's second wife, ..., played by Linda Evans.")
CHARACTER_HEADING = re.compile(rf"(?m)^(?P<char>{CHAR})[ \t]*\n(?=[^\n]*[a-z][^\n]*[.!?][\"”)]?[ \t]*$)")
#: "played by A (1981–1984) and then by B", "played throughout the run by A", "the role was
#: recast with A": an actor of the section's character
SECTION_PLAYED_BY = re.compile(
    rf"\b(?:recast with|(?:played|portrayed|voiced|originated)(?: (?:most recently|originally|first|currently|mainly))?"
    rf"(?: (?:throughout|in|from|during) [^,;()]{{1,40}}?)? by)"
    rf" (?:the (?:[a-z\-]+ ){{0,2}})?(?P<a>{NAME})"
    rf"(?:(?: \([^()]{{1,30}}\)| (?:in|from|during|until|for) [^,;()]{{1,40}}?)?,? and (?:then |later |subsequently )?(?:by )?(?P<b>{NAME})"
    # "played by Wes Ramsey; as a baby, by the twins Jason and Kristopher Simmons"
    rf"|;? (?:and )?as an? [a-z]+,? by (?:the (?:twins|brothers|sisters) )?(?P<b1>{NAME})(?: and (?P<b2>{NAME}))?)?"
    rf"(?:(?: \([^()]{{1,30}}\))?, (?:following|succeeding|replacing|after) (?P<c>{NAME})(?:,? and (?P<d>{NAME}))?)?"
    # "has been played by three actors: A (1987–1989), B (1989–1996) and C (1996–2016)"
    rf"|\b(?:played|portrayed|voiced) by (?:[a-z\-]+ ){{1,2}}(?:actors|actresses|performers): (?P<list>{NAME}(?: \([^()]{{1,30}}\))?"
    rf"(?:(?:, |,? and ){NAME}(?: \([^()]{{1,30}}\))?)*)"
    # "Lesli Kay took over the part in 2004"
    rf"|(?:^|; |, |\bbefore )(?P<e>{NAME}) (?:took over|assumed|inherited|stepped into) the (?:role|part)\b"
    # "Emmalyn Estrada played her as a child"
    rf"|(?:^|; |, )(?P<f>{NAME}) (?:played|portrayed|voiced) (?:her|him|them) as an? (?:child|baby|toddler|girl|boy|teenager|teen|young [a-z]+|adult)\b"
)
#: a word that makes a character's name a younger or older version of them: "Adult Chris"
_AGE_WORD = r"(?:Adult|Young|Younger|Older|Teenage|Teen)"
#: the subject of a later sentence in the section: "she was played by", "the role was played by"
SECTION_SUBJECT = re.compile(
    r"(?:(?:^|, |; |\band |^As an? [a-z]+,? )(?:she|he|(?<![^\s])(?:She|He))|\b(?:the role|the character|the part|(?:his|her|their) "
    r"(?:younger|older|adult|teenage|child|future) (?:self|version|counterpart))|(?<![^\s])(?:The role|The character|The part))"
    r"(?: (?:was|is|has been|had been))?(?: (?:later|then|also|briefly|originally))? (?:played|portrayed|voiced|recast)\b"
)
#: an infobox line of a character page, under the character's name as a heading: "Voiced by: Dante
#: Basco (original series); Bruce Davison (The Legend of Korra)"
INFOBOX_CAST = re.compile(
    r"(?m)^(?:(?:Portrayed|Played|Voiced|Performed) by|Actor|Actress|Portrayer|Voice actor|Voice actress):"
    r"[ \t]+(?P<list>[^\n]+)$"
)
#: "Family: Ozai (father), Ursa (mother), Azula (sister), Izumi (daughter)", "Parents: Logan Roy
#: (father, deceased); Lady Caroline Collingwood (mother)", "Children: Sophie Roy, Iverson Roy"
INFOBOX_FAMILY = re.compile(
    r"(?m)^(?P<label>Family|Relatives|Family members?|Parents?|Siblings?|Spouses?|Spouse\(s\)|Children|Child):"
    r"[ \t]+(?P<list>[^\n]+)$"
)
#: the kinship a family line's label gives each name on it (a "Family:" line's brackets say it)
_INFOBOX_LABEL_KIN = {
    "parent": ("parentOf", True), "parents": ("parentOf", True), "sibling": ("siblingOf", False),
    "siblings": ("siblingOf", False), "spouse": ("spouseOf", False), "spouses": ("spouseOf", False),
    "spouse(s)": ("spouseOf", False), "children": ("parentOf", False), "child": ("parentOf", False),
}  # fmt: skip
_INFOBOX_KIN = {
    "father": ("parentOf", True), "mother": ("parentOf", True), "parent": ("parentOf", True),
    "adoptive father": ("parentOf", True), "adoptive mother": ("parentOf", True),
    "son": ("parentOf", False), "daughter": ("parentOf", False), "child": ("parentOf", False),
    "brother": ("siblingOf", False), "sister": ("siblingOf", False), "half-brother": ("siblingOf", False),
    "half-sister": ("siblingOf", False), "sibling": ("siblingOf", False),
    "wife": ("spouseOf", False), "husband": ("spouseOf", False), "spouse": ("spouseOf", False),
    "ex-wife": ("spouseOf", False), "ex-husband": ("spouseOf", False),
}  # fmt: skip
_COSTAR = rf"{NAME}{POSS} (?:[a-z][\w\-]*,? ){{0,3}}{CHAR}(?!{POSS})"
#: "opposite Emilia Clarke's Daenerys Targaryen", "alongside A's X and B's Y"
#: a role related to another actor's role: "opposite Dominic West's Jimmy McNulty", "the father of
#: Emma Watson's Mae Holland", "partnered with Justin Cornwell's rookie, Kyle Craig"
_KIN_OF = (
    r"(?:father|mother|son|daughter|brother|sister|wife|husband|partner|boss|superior|rival|friend|nemesis|mentor|"
    r"lover|girlfriend|boyfriend|fianc[ée]e?|widow|widower|uncle|aunt|nephew|niece|cousin|grandfather|grandmother|"
    r"stepfather|stepmother|assistant|deputy|colleague|sidekick|ally|adversary|counterpart|love interest|"
    r"neighbou?r|confidante?|landlady|landlord|employer|(?:father|mother|son|daughter|brother|sister)-in-law)s? of"
)
_KIN_WITH = (
    r"(?:partnered|paired|teamed|clashes|clashed|clashing|spars|sparring|feuds|feuding|in love|involved|romance|affair|"
    r"breakup|break-up|relationship|friendship|rivalry|fling) with"
)
COSTAR_POSS = re.compile(
    rf"\b(?:opposite|alongside|{_KIN_OF}|{_KIN_WITH}) (?P<list>{_COSTAR}(?:(?:, |,? and ){_COSTAR})*)"
)
COSTAR_ITEM = re.compile(
    rf"(?P<actor>{NAME}){POSS} (?:(?!(?:in|on|at|of|for|from|with|to|by)\b)[a-z][\w\-]*,? ){{0,3}}(?P<char>{CHAR})"
)
#: a title in quotes may hold any short lower-case joiners: 'Interview with the Vampire'
NOT_WORK_START = re.compile(rf"(?:Season|Episode|Part|Chapter|Volume|Book|Series|{MONTH_NAMES})\b")
#: "Crash Landing on You (Korean: ...) is a South Korean romantic comedy television series ..."
LEAD_SERIES = re.compile(
    rf"(?=[{N.UP}]){lead_head('t')}(?:[\w\-–'’]+ ){{0,6}}?"
    r"(?:television |TV |web |streaming )?(?:mini-?series|series|sitcom|serial|soap opera|programme|program)\b"
    + NOT_A_JOB
)
TITLE_JOINERS = {
    "on",
    "in",
    "of",
    "the",
    "a",
    "an",
    "and",
    "to",
    "at",
    "for",
    "from",
    "with",
    "upon",
    "into",
    "&",
}
#: a preposition a title pattern took in from before the title ("In Star Trek IV: ...")
LEADING_PREPOSITION = re.compile(r"^(?:In|On|At|And|But|With|From|For|Of) ")
#: a conjunction opening a sentence before a bracket pair: "And Rue Bennett (Zendaya)?"
LEADING_AND = re.compile(r"^(?:And|But|Or|So|Then) ")
LEADING_CONJUNCTION = re.compile(
    r"^(?:When|While|After|Before|Since|Although|Though|If|Once|Until|Because|And|But) "
)
#: "the French series HPI", "the original British series Broadchurch"
NATIONALITIES = (
    r"American|British|English|Scottish|Welsh|Irish|French|German|Danish|Swedish|Norwegian|Finnish|Icelandic|"
    r"Dutch|Belgian|Spanish|Italian|Portuguese|Polish|Israeli|Turkish|Korean|Japanese|Chinese|Indian|"
    r"Australian|Canadian|Mexican|Brazilian|Argentine|Colombian|original"
)
#: the noun after a maker's possessive that names the series itself: "Jimmy McGovern's anthology"
OWNED_SERIES_NOUN = r"(?:mini-?series|series|show|sitcom|drama|programme|anthology|serial|comedy|thriller)"
#: "X, the six-episode HBO series": an appositive naming the title a series
_APPOSITIVE_SERIES = (
    r"(?:the|an?) (?:(?!(?:of|for|with|at|veteran|alumn\w*|writer|director|producer|actor|actress|star|creator|showrunner)\b)[\w\-]+ ){1,4}?"
    r"(?:limited |mini-?)?(?:series|drama|dramedy|comedy|sitcom|show|thriller|procedural|anthology|soap opera|telenovela|docuseries|spin-off|spinoff|programme)\b"
)
STRONG_SERIES = re.compile(
    rf"{season_ref('x')}"
    rf"|(?:television|TV|streaming|Netflix|HBO|Hulu|Amazon|Disney\+|web|drama|comedy|anthology|animated|thriller|crime|horror|mystery|fantasy|superhero|{NATIONALITIES}) (?:mini-?)?series (?P<x5>{TITLE})"
    rf"|(?P<x6>{TITLE}) \((?:TV|television|mini-?)series\)"
    rf"|\b(?:the|a|its) (?:[\w\-]+ )?(?:spin-off|spinoff) (?:series )?(?P<x14>{TITLE})(?! (?:film|movie)s?\b)"
    # a list of nominees: "Blue Eye Samurai (Netflix); Bob's Burgers (Fox)"
    rf"|(?<![\w'’])(?P<x15>{TITLE}|{N.WORD}['’]s {TITLE}) \((?:{BROADCASTERS}|MGM\+)(?: and (?:{BROADCASTERS}))?\)(?=[;,.]| and\b| are\b)"
    rf"|(?:{NETWORKS})['’]s (?:new |hit |upcoming |acclaimed |limited |animated |drama |comedy )*"
    # "Sky Atlantic's true crime drama Landscapers", "Channel 4's pandemic drama Help"
    rf"(?:(?:[a-z\-]+ ){{1,3}}?(?:drama|comedy|thriller|sitcom|miniseries|series|anthology|satire) )?['‘\"“]?(?!(?:{NETWORKS})\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekend|Christmas)s?\b)(?P<x9>{FILM_TITLE}(?:{N.AND_WORD})?)(?![ ](?:as a\b|{N.WORD}))['’\"”]?(?! (?:film|movie|documentary|novel|book|thriller|drama|comedy|series|show|sitcom|procedural|channel|network|service)\b)"
    # "the ABC drama Glitch", "the BBC sitcom Porridge"
    rf"|\bthe (?:{NETWORKS}) (?:[a-z\-]+ ){{0,2}}?(?:drama|comedy|sitcom|thriller|miniseries|soap|anthology|procedural|dramedy) "
    rf"(?!(?:{NETWORKS})\b)(?P<x21>{TITLE}(?:: {TITLE})?)(?! (?:film|movie|documentary|series|show)\b)"
    rf"|(?<!by )(?P<x8>{FILM_TITLE}), {_APPOSITIVE_SERIES}"
    # American papers put the comma inside the quotes: '"Fantasmas," the six-episode HBO series'
    rf"|(?<!by )[\"“](?P<x19>{FILM_TITLE}),[\"”] {_APPOSITIVE_SERIES}"
    rf"|^(?:Co-)?(?:Created|Written|Developed|Produced)(?: and \w+)? by [^,.;]{{1,80}}, (?P<x11>{TITLE}) (?=[a-z])(?!(?:and|or)\b)"
    rf"|\b(?:showrunner|creator|co-creator)s? (?:of|for) (?P<x12>{TITLE})"
    rf"|\b(?:created|co-created|developed) (?P<x13>{TITLE}) for (?:the )?(?:{BROADCASTERS})\b"
    rf"|(?:ordered|picked up|commissioned|greenlit|green-lit|renewed|cancell?ed) (?!(?:{NETWORKS})\b)(?P<x10>{TITLE})(?!{N.SEP}{N.WORD})(?! (?:to|series|shows?)\b| for (?!an? (?:[\w\-]+ )?(?:season|series|run)\b))"
    # "Heartstopper, Netflix's adaptation of Alice Oseman's webcomic"
    rf"|(?<![\w'’])(?P<x17>{FILM_TITLE}), (?:{BROADCASTERS})['’]s (?:[\w\-]+ ){{0,3}}?(?:adaptation|series|drama|comedy|sitcom|show|thriller|miniseries|reboot|revival|spin-?off)\b"
    # "on The Game, which ran on The CW before moving to BET"
    rf"|(?<![\w'’])(?P<x16>{FILM_TITLE}), which (?:originally |first |later )?(?:aired|ran|premiered|debuted|airs|runs|streamed|streams|was broadcast) (?:on|for|from)\b"
    # "The Following, which Williamson created for Fox in 2013"
    rf"|(?<![\w'’])(?P<x18>{FILM_TITLE}), which (?:{N.WORD} |he |she |they )?(?:co-)?(?:created|developed) for\b"
    # "the 77th episode of Lucifer overall", "the fifth and final episode of Chernobyl"
    # "Brookside, the Channel 4 soap that launched ...", "Ladies in Black, the ABC drama from ..."
    rf"|(?<![\w'’])(?P<x24>{FILM_TITLE}), the (?:{BROADCASTERS}) (?:[a-z\-]+ ){{0,2}}?(?:soap(?: opera)?|drama|series|sitcom|miniseries)"
    rf"(?=[,.;]|$| (?:that|which|from|created|co-created|developed|written|directed|produced|starring|about|set|based)\b)"
    # a year for a title, owned and described: "Ole Bornedal's 1864, the eight-part drama about ..."
    rf"|(?<=['’]s )(?P<x23>1[5-9]\d\d|20\d\d), (?:the|an?) (?:[\w\-]+ ){{0,4}}?(?:drama|series|miniseries|sitcom|serial|thriller)\b"
    # "the closing credits of Republic of Doyle, season 1, episode 1"
    rf"|(?<![\w'’])(?P<x22>{TITLE}), (?:[Ss]eason|[Ss]eries) \d{{1,2}}, [Ee]pisode \d{{1,3}}\b"
    rf"|\b(?:{N.ORDINAL_RE})(?: and (?:final|last))? episode of (?!(?:Season|Series|Part|Chapter|Volume|Book|Act|Episode)\b)(?P<x20>{TITLE})"
    rf"|(?!(?:It|They|These|That|He|She)\b|This\b(?! (?:Is|Was) ))(?<!\bThis )(?<!\band )(?P<x7>(?:{NAME}{POSS} )??{TITLE})(?:, (?:based|adapted|created|co-created|developed|written|produced|set|starring|which|from) [^,;()\n]{{1,80}},)? (?:premiered|debuted|is set to debut|was renewed|was cancell?ed|was released"
    # "When Porridge was first broadcast on BBC1"
    rf"|was (?:first |originally )(?:broadcast|shown|screened|transmitted) on|(?:first|originally) aired on"
    # "Byker Grove ran for 18 series"
    rf"|ran for (?:\d{{1,3}}|{N.CARDINAL_RE}) (?:series|seasons|episodes)"
    # "Joan of Arcadia was created by Barbara Hall, and it premiered on CBS"
    rf"|was (?:co-)?created by [^.;]{{1,80}}?,? and (?:it )?(?:premiered|debuted|first aired|ran for))\b"
)
#: the groups of STRONG_SERIES that hold a title (one per alternative)
STRONG_SERIES_GROUPS = tuple(g for g in STRONG_SERIES.groupindex if re.fullmatch(r"xs?\d+", g))


class Extractor:
    """Applies the rules to one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences = split_sentences(doc.text)
        texts = [s.text for s in self.sentences]
        self.sents = [
            _Sent(s, e, i) for i, (s, e) in enumerate(zip(self.sentences, entity_spans(texts), strict=True))
        ]
        self.out = DocumentExtraction(doc=doc, sentences=self.sentences)
        self._memo: dict[str, Any] = {}
        self.headline: Mention | None = None  # the series a headline names ("'Title' Season 2: ...")
        self.headline_quoted = False  # ... in quotes: the document is about it, whoever leads
        self.roundup = False  # a headline quoting two or more titles: no one series is the topic
        self.season_article: int | None = None  # "The second season of the American series X"
        self.doc_topic: Mention | None = None  # the document's one topic (None in a roundup)

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """Per-document state for rule families: ``make()`` once per document, then cached."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def run(self) -> DocumentExtraction:
        for s in self.sents:
            for es, ee, label in s.ents:
                if label == "PERSON":
                    # (without a possessive: "Jared Padalecki's" names Jared Padalecki)
                    self.out.person_names.add(N.fold(re.sub(r"['’]s?$", "", s.sent.text[es:ee])))
        for s in self.sents:
            s.known_people = self.out.person_names
        self.out.series_mentions = [m for s in self.sents for m in self._strong_series(s)]
        first_line = self.doc.text.split("\n", 1)[0]
        tv = re.match(
            # (IMDb's "Detectorists (TV Series 2014–2022)" too)
            r"^(?P<t>[^()\n]{1,80}) \((?:[\w\-]+ )*(?:TV series|series|miniseries|TV programme|anime|TV Series|TV Mini Series)"
            # (a page about one series of it: "Death in Paradise (series 1)")
            # (a page title's site after a dash: "The Empress (TV Series 2022–2024) - Netflix")
            r"(?: \d{4}(?:[–-]\d{4})?| \d{1,2})?\)(?: [-–|] [\w .+&'’]{1,30})?\s*$|^(?P<t2>[^()\n]{1,80}) \((?:season|series) \d{1,2}\)\s*$",
            first_line,
        )
        if tv is None and re.search(
            r"\b(?:television|TV) (?:film|movie|miniseries)\b|\bminiseries\b", self.doc.text[:3000]
        ):
            # a TV film's or a miniseries' page: "Anne of Green Gables (1985 film)"
            tv = re.match(r"^(?P<t>[^()\n]{1,80}) \((?:(?:19|20)\d\d )?(?:TV )?film\)\s*$", first_line)
        if tv and (tv.group("t") or tv.groupdict().get("t2") or "")[:1].isupper():
            # "Attack on Titan (TV series)": the headline of an encyclopedia article is the title
            t = tv.group("t") or tv.group("t2")
            self.out.series_mentions.insert(0, _series(t, 0, len(t)))
        # an encyclopedia page about a season or an episode list: "Parks and Recreation season 3",
        # "List of Better Off Ted episodes", "List of Crayon Shin-chan characters" (a title with
        # lower-case words the name patterns split)
        page = re.match(
            rf"^(?:List of (?P<l>[^()\n]{{1,80}}) (?:episodes|characters|cast members)|(?P<s>[^()\n]{{1,80}}) (?:season|series) (?:\d+|{N.CARDINAL_RE})"
            # a listicle's headline: "10 Things You Didn't Know About Malcolm in the Middle"
            rf"|(?:\d+|[{N.UP}][a-z]+) (?:[{N.UP}][\w'’]* ){{1,5}}?(?:About|Behind) (?:the Making of )?(?P<a>[^()\n:]{{1,80}}))"
            r"(?: \([^()\n]*\))?\s*$",
            first_line,
        )
        g = next((k for k in ("l", "s", "a") if page.group(k)), None) if page else None
        if (
            page
            and g
            and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in page.group(g).split())
        ):
            pt, at = page.group(g), page.start(g)
            self.headline = _series(pt, at, at + len(pt))
            self.out.series_mentions.insert(0, self.headline)
        for s in self.sents[:3]:
            # an encyclopedia lead, "Crash Landing on You (Korean: ...) is a South Korean romantic
            # comedy television series": a title with lower-case words the name pattern splits
            lead = LEAD_SERIES.match(s.text)
            if lead and all(
                w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in lead.group("t").split()
            ):
                self.out.series_mentions.insert(
                    0, _series(lead.group("t"), s.base, s.base + len(lead.group("t")))
                )
                break
        if self.sents:  # a headline "Title: ..." or "Title season 2: ..." names the series
            first = self.sents[0]
            k = 0
            # "TELEVISION REVIEW" above the headline: a kicker; "FOR IMMEDIATE RELEASE" over a date line
            while (
                k + 1 < min(len(self.sents), 3)
                and (
                    (self.sents[k].text.isupper() and len(self.sents[k].text.split()) <= 4)
                    # a press site's masthead, "Netflix Media Center", and a section kicker,
                    # "NEWS  |  SPAIN  |  APRIL 25, 2019"
                    or (k == 0 and MASTHEAD.fullmatch(self.sents[k].text) is not None)
                    or (
                        re.search(r"\S\s+\|\s+\S", self.sents[k].text) is not None
                        and not re.search(r"['‘\"“]", self.sents[k].text)  # (not "REVIEW | 'FARGO'")
                    )
                    or (
                        k > 0
                        and re.fullmatch(
                            rf"(?:{MONTH_NAMES})\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:{MONTH_NAMES}) \d{{4}}",
                            self.sents[k].text,
                        )
                    )
                )
                and "\n" in self.doc.text[self.sents[k].sent.end : self.sents[k + 1].base]
            ):
                k += 1
            first = self.sents[k]
            hm = re.match(
                rf"^(?:(?:Review|Exclusive|Interview|Recap|Opinion|Analysis|Watch|First look): )?"
                # ("Deutschland 83 review – ...": a number ends the title)
                rf"['\"‘“]?(?P<t>{TITLE}(?:(?<![Ss]eason)(?<![Ss]eries)(?<!Part)(?<!Volume)(?<!Episode) \d{{1,4}}(?= [Rr]eview| [Rr]ecap|:))?)['\"’”]?(?: [Ss]eason \w+)?(?:(?: [Rr]eviews?(?: [Rr]oundup)?| [Rr]ecap| [Cc]ast| [Cc]asting)?:"
                # the Guardian's "Time review – Jodie Whittaker is devastating ...", "Slow Horses series 4 review – ..."
                rf"|(?: (?:[Ss]eries|[Ss]eason) \w+)?(?: [Ff]inale| [Pp]remiere)? (?:[Rr]eview|[Rr]ecap) [–—-] )",
                first.text,
            )
            # "'Dexter: Original Sin' Prequel Sets December Premiere": a quoted title may hold a colon
            qm = re.match(
                rf"^(?:(?:Review|Exclusive|Interview|Recap|Opinion|Analysis|First look): )?"
                rf"['‘\"“](?P<t>{QUOTED_TITLE}(?: \d{{1,4}})?(?:: {QUOTED_TITLE})?)['’\"”] (?!(?:star|actor|actress|creator|showrunner|director)s?\b)",
                first.text,
            )
            title_rx = rf"(?:^|(?<=\s))['‘\"“](?P<t>{QUOTED_TITLE}(?: \d{{1,4}})?(?:: {QUOTED_TITLE})?),?['’\"”](?=[\s:;,.!?]|$)"
            quoted = list(re.finditer(title_rx, first.text))
            if not quoted:  # a title in double quotes is masked in first.text: 'FX'S "WHAT WE DO IN ..."'
                quoted = [
                    q for q in re.finditer(title_rx, first.sent.text) if q.group().startswith(('"', "“"))
                ]
            # "Emmys 2025: 'The Pitt,' 'The Studio' and 'Adolescence' Win ...": a list of titles
            self.roundup = bool(
                re.search(r"['‘][^'’\n]{2,60},?['’],? (?:and )?['‘][^'’\n]{2,60},?['’]", first.sent.text)
            )
            # only the part before the headline's own colon ("X on 'Title': 'A quote'")
            colon = next(
                (
                    c.start()
                    for c in re.finditer(": ", first.text)
                    if not any(q.start() < c.start() < q.end() for q in quoted)
                ),
                len(first.text),
            )
            if any(q.end() <= colon for q in quoted) or not any(
                q.end() < len(first.text.rstrip(" .!?")) for q in quoted
            ):
                quoted = [q for q in quoted if q.end() <= colon]
            # else "Golden Globes: 'American Crime' Leads TV Nominations": a kicker, then the title
            # (but in 'Sons Of Anarchy: "Na Trioblóidí"' the quoted words are an episode's title)
            spin = len(quoted) >= 2 and re.search(
                r"['’\"”] (?:[Pp]requel|[Ss]equel|[Ss]pinoff|[Ss]pin-[Oo]ff|[Rr]eboot|[Rr]evival) $",
                first.text[: quoted[-1].start()],
            )
            body = self.doc.text[first.sent.end :]
            if (
                qm
                and N.fold(qm.group("t")) not in N.fold(body)
                and re.match(r"[-–—] ", first.text[qm.end() :])
            ):
                # 'TRANSCRIPT: "Minding the Store" - Kim's Convenience at ...': a panel's title
                qm = None
            if hm and re.match(r"(?:Editor|Author|Publisher|Translator)s?['’]s? [Nn]ote:", first.text):
                hm = None  # "Editor's note: Transcribed from the closing credits of ...": a label
            if hm and not qm and _headline_kind(hm.group("t")) not in body:
                hm = None  # "The Interrogator: How Jed Mercurio Became ...": a feature's title, not a series
            if hm and not qm and self._pull_quote_person(first.sent.text, hm.group("t")):
                hm = None  # "Philippa Lowthorpe: 'I've always been drawn to ...'": an interview's subject
            if spin:
                hm = quoted[-1]  # "... in 'Yellowstone' Prequel '1883'": the headline is about the prequel
            elif qm:
                hm = qm
            elif len(quoted) == 1 and N.fold(quoted[0].group("t")) in N.fold(body):
                hm = quoted[0]  # "Jesse Armstrong on 'Succession': ...": the one title the headline quotes
            # a fan wiki's masthead on a line of its own: "Dynasty Wiki"
            # (or under the page's title: "Kendall Roy\n\nSuccession Wiki")
            for line in self.sents[: 2 if first is self.sents[0] else 1]:
                wiki = re.fullmatch(
                    rf"(?:From (?:the )?)?(?P<t>{TITLE}(?: (?:and|&) {TITLE})?) (?:Wiki|Fandom)", line.text
                )
                if wiki:
                    # "From Farscape Encyclopedia Project Wiki": the wiki's name starts with its
                    # series' title, the longest start of it the rest of the page writes
                    rest = self.doc.text[line.sent.end :]
                    words = wiki.group("t").split()
                    short = next(
                        (
                            " ".join(words[:k])
                            for k in range(len(words), 0, -1)
                            if re.search(rf"(?<!\w){re.escape(' '.join(words[:k]))}(?!\w)", rest)
                        ),
                        None,
                    )
                    if short and short != wiki.group("t") and short not in HEADLINE_WORDS:
                        wiki = re.fullmatch(
                            rf"(?:From (?:the )?)?(?P<t>{re.escape(short)}) .+ (?:Wiki|Fandom)", line.text
                        )
                # (over a page title, "Chapter Fourteen: A Kiss Before Dying": an episode's page)
                if wiki and not qm and N.fold(wiki.group("t")) in N.fold(body):
                    hm, first = wiki, line
                    break
            if hm and hm.group("t") not in HEADLINE_WORDS:
                sp = first.span(hm, "t")
                assert sp
                name = re.sub(r" (?:Wiki|Fandom)$", "", sp[0])  # "This Is Us Wiki: List of characters"
                name = _headline_kind(name)  # "Orphan Black Recap: Brothers in Arms"
                if name.isupper():
                    # "FX'S "WHAT WE DO IN THE SHADOWS" TO RETURN ...": the body's spelling
                    found = re.search(re.escape(name), body, re.I)
                    name = found.group() if found else name
                sp = (name, sp[1], sp[1] + len(name))
                self.headline = _series(*sp)
                self.headline_quoted = hm.group()[:1] in "'‘\"“" or hm.group("t") != hm.group().split(": ")[0]
                self.out.series_mentions.insert(0, self.headline)
            for line in self.sents[:3] if self.headline is None else []:
                # a press pack's title line, "THE GOLD", under "BBC ONE / PRESS PACK", over a body
                # that spells it "The Gold"
                caps = line.text.strip()
                if not (caps.isupper() and 1 <= len(caps.split()) <= 6):
                    break
                # (a season's press notes: "GULLAK – SEASON 2" over "PRODUCTION NOTES")
                of_season = re.fullmatch(
                    r"(?P<t>.+?)(?: [–—:-]|:)? (?:SEASON|SERIES) (?:\d{1,2}|[A-Z]+)", caps
                )
                caps = of_season.group("t") if of_season else caps
                after = self.doc.text[line.sent.end :].split("\n\n")[0].strip()
                if after and not after.isupper() and not of_season:
                    # (a box set's cover, "FATHER TED\nTHE COMPLETE FIRST SERIES": caps lines)
                    continue
                body = self.doc.text[line.sent.end :]
                spelt = [x.group() for x in re.finditer(rf"(?<!\w){re.escape(caps)}(?!\w)", body, re.I)]
                spelt = [x for x in spelt if not x.isupper() and re.fullmatch(TITLE, x)]
                if spelt and not NETWORK_NAME.fullmatch(spelt[0]) and caps.split()[0] not in HEADLINE_WORDS:
                    self.headline = _series(spelt[0], line.base, line.base + len(caps))
                    self.out.series_mentions.insert(0, self.headline)
                    break
        # a page title with a lower-case word ("Death in Paradise (series 1)"): the series the
        # name patterns find inside it ("Paradise" of "The first series of Death in Paradise") is it
        joined = next(
            (
                m
                for m in self.out.series_mentions[:1]
                if re.search(r" [a-z]+ ", m.text)
                and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in m.text.split())
            ),
            None,
        )
        if joined is not None:
            self.out.series_mentions = _widened_mentions(self.doc.text, self.out.series_mentions, joined.text)
        self.out.topic = self._topic()
        if self.out.topic is not None:
            # "'The Rings of Power' Season 2 Recap ... The Lord of the Rings: The Rings of Power": the
            # franchise's full title, if the text gives it
            short = self.out.topic.text
            start = self.sents[1].sent.start if len(self.sents) > 1 else 0
            # (not an infobox line, "Children: Bluey Heeler, Bingo Heeler": a name goes on)
            full = re.compile(
                rf"(?<![\w:])(?P<f>{TITLE}): {re.escape(short)}(?![\w:])(?! (?!(?:Season|Series|Part|Volume)\b)[{N.UP}])"
            ).search(self.doc.text, start)
            if (
                full
                and N.series_key(full.group("f")) != N.series_key(short)
                # (not an infobox's label, "Series: Riverdale")
                and not re.fullmatch(r"Series|Show|Programme|Program|Franchise|Title|Q|A", full.group("f"))
                and not re.search(
                    r"\b(?:Review|Recap|Preview|Interview|Exclusive|Watch|Opinion|Analysis|Trailer)$",
                    full.group("f"),
                )
                and not N.looks_like_person_name(
                    full.group("f")
                )  # "directed by Shinji Higuchi: Attack on Titan"
            ):
                m = _series(full.group(), full.start(), full.end())
                self.out.series_mentions.append(m)
                self.out.topic = m
            elif self.headline is not None and self.out.topic is self.headline:
                longer = self._longer_title(short, start)
                if longer is not None:
                    self.out.series_mentions.append(longer)
                    self.out.topic = longer
        punct = self._punctuated_title(self.out.topic.text) if self.out.topic is not None else None
        if punct is not None and self.out.topic is not None:
            cut_key = N.series_key(self.out.topic.text)
            self.out.series_mentions.append(punct)
            self.out.topic = punct
        renamed = (
            self.out.topic if self.out.topic is not None and self.out.topic is not self.headline else None
        )
        from .rules import FAMILIES

        # the works of an awards story's nominee lines: "Jeremy Piven, Entourage (HBO)" (which
        # its section headings may name)
        self.out.series_mentions.extend(
            _series(row.group("t"), a0 + row.start("t"), a0 + row.end("t"))
            for _, row, a0 in self._nominee_rows()
        )
        # a filmography list's titles: "The Sullivans (1976-1983) - Nine Network, 1,114 episodes"
        self.out.series_mentions.extend(
            _series(row.group("t"), row.start("t"), row.end("t")) for row in self._filmography_rows()
        )
        sections = self._section_topics()
        self.memo("has-sections", lambda: bool(sections))  # (computed once: see has_sections)
        # a roundup in sections, an awards story's nominee lists: no one topic
        # (but "Being Erica leads Gemini race with 14 nominations": a story about one of them)
        doc_topic = (
            None if sections or (self._nominee_rows() and not self._headline_subject()) else self.out.topic
        )
        self.doc_topic = doc_topic
        self.out.series_mentions.extend(m for _, _, _, m in sections if m is not None)
        recent: Mention | None = None  # (the series an obituary's paragraph is about)
        recent_para = -1  # (and the start of the paragraph after it that says "The show")
        for s in self.sents:
            at_head = next((x for x in sections if x[0] <= s.base and s.sent.end <= x[1]), None)
            heading = at_head[3] if at_head is not None else None
            if heading is not None:
                # a guide's heading gives the work's service: "X-MEN '97 (Disney+, Wednesdays)"
                self.out.candidates.extend(self._heading_network(s, heading))
                self.out.candidates.extend(self._entry_owner_facts(s, heading))
            if CITATION.search(s.text) or at_head is not None:
                continue  # (a heading line states nothing else: "The Glory (South Korea) — Actress")
            # under a heading naming a work ("Drops of God (France/Japan) — Drama Series"), the
            # section is about that work
            self.out.topic = next((m for a, _, b, m in sections if a <= s.base < b), doc_topic)
            if self.out.topic is None and self._lead_person() is None:
                self.out.topic = self._sentence_series(s) or self._paragraph_series(s)
            elif self.out.topic is None:
                # an interview's answer is about the work its question names ("How involved
                # were you in Tuca & Bertie?" / "Lisa ran the show. ...")
                self.out.topic = self._answer_work(s)
                # an obituary's paragraph on a series ("One Day at a Time, created by ...,
                # premiered on CBS"), and the next that goes on "The show starred ..."
                opener = self._paragraph_series(s)
                para = self.doc.text.rfind("\n", 0, s.base) + 1
                if opener is not None:
                    recent, recent_para = opener, -1
                elif recent is not None and para == s.base and recent_para != para:
                    if re.match(r"(?:The|This) (?:show|series|sitcom|drama)\b", s.text):
                        recent_para = para  # (a paragraph that goes on about it)
                    else:
                        recent = None
                if self.out.topic is None and recent is not None and recent_para == para:
                    self.out.topic = recent
            elif self.out.topic is not None and not sections:
                # a paragraph that opens with another series it goes on to describe: "HBO's Show
                # Me a Hero, a six-part miniseries written by ..., stars Isaac as ..."; a spin-off's
                # section; a mailbag's answer to a question about another series
                self.out.topic = (
                    self._almanac_series(s)
                    or self._paragraph_series(s)
                    or (self._answer_work(s) if self._mailbag() else None)
                    or self._work_at(s.base)
                )
            self.out.candidates.extend(
                self._episode_roles(s, [c for c in self._sentence(s) if not _pronoun_work(c)])
            )
            for family in FAMILIES:
                self.out.candidates.extend(c for c in family(self, s) if not _pronoun_work(c))
        self.out.topic = doc_topic
        lead = self._lead_person()
        if lead is not None:
            self.out.lead_person = next((p for p in self._person_spans() if N.fold(p) == lead), None)
        self.out.candidates = _premieres_completed(self.doc.text, self.out.candidates)
        self.out.candidates = self._quoted_whole(self.out.candidates)
        self.out.candidates = self._directed_episodes(self.out.candidates)
        self.out.candidates = _episode_credits_only(self.out.candidates)
        self.out.candidates = _series_places(self.out.candidates)
        self.out.candidates = self._subtitled(self.out.candidates)
        if punct is not None:  # "Robots" where the rules cut "Love, Death + Robots" at its comma
            self.out.candidates = _renamed_in(self.out.candidates, cut_key, punct.text)
        if self.headline is not None and re.search(r" (?:and|&) |, ", self.headline.text):
            self.out.candidates = _widened(self.doc.text, self.out.candidates, self.headline.text)
        if joined is not None:
            self.out.candidates = _widened(self.doc.text, self.out.candidates, joined.text)
        if doc_topic is not None and doc_topic is not self.headline and " and " in doc_topic.text:
            # a page's title with "and" ("The Fall and Rise of Reginald Perrin"), cut by the name
            # patterns where the text writes it whole
            self.out.candidates = _widened(self.doc.text, self.out.candidates, doc_topic.text)
        self.out.candidates = self._section_first_names(self.out.candidates)
        self.out.candidates = self._character_sections(self.out.candidates)
        self.out.candidates = _title_roles(self.out.candidates)
        self.out.candidates.extend(self._portrayed_by_lines())
        self.out.candidates.extend(self._pronoun_portrayed())
        entries = list(self._entry_actors())
        if entries:
            # (an entry's actor read by another rule as someone else's: "who disapproves of
            # Hiroshi (voiced by Kinryū Arimoto)" under Yoshiji Koyama's entry)
            claimed = {(c.sentence[0], c.subject.start) for c in entries if c.relation == "plays"}
            dropped = {
                (c.sentence[0], c.object.start, c.object.end)
                for c in self.out.candidates
                if c.relation == "plays" and (c.sentence[0], c.subject.start) in claimed
            }
            self.out.candidates = [
                c
                for c in self.out.candidates
                if not (c.relation == "plays" and (c.sentence[0], c.subject.start) in claimed)
                and not (
                    c.relation == "appearsIn" and (c.sentence[0], c.subject.start, c.subject.end) in dropped
                )
            ] + entries
        self.out.candidates.extend(self._infobox_lines())
        self.out.candidates.extend(self._dub_cast_lines())
        self.out.candidates.extend(self._voice_pair_lines())
        self.out.candidates.extend(self._dash_cast_lines())
        self.out.candidates.extend(self._colon_cast_lines())
        self.out.candidates.extend(self._credit_listing())
        self.out.candidates.extend(self._char_dash_lines())
        self.out.candidates.extend(self._dot_leader_cast_lines())
        self.out.candidates.extend(self._cast_table_rows())
        self.out.candidates.extend(self._award_lines())
        self.out.candidates.extend(self._nominee_lines())
        self.out.candidates.extend(self._filmography_lines())
        self.out.candidates.extend(self._filmography_table())
        self.out.candidates.extend(self._quiz_answers())
        self.out.candidates.extend(self._reprised_roles())
        if (
            renamed is not None
            and self.headline is not None
            and renamed.text.startswith(self.headline.text + " ")
        ):
            # "'Buffy' Faces a Monster ...": the short title means the full one throughout
            short = N.series_key(self.headline.text)
            self.out.candidates = _renamed_in(self.out.candidates, short, renamed.text)
            self.out.series_mentions = [_renamed(m, short, renamed.text) for m in self.out.series_mentions]
        return self.out

    def _character_heads(self) -> list[tuple[Mention, int, int]]:
        """A character guide's sections: (the character a heading line names, where its
        paragraph starts, where it ends); none unless the guide has three or more headings
        (computed once)."""
        return self.memo("character-heads", self._find_character_heads)

    def _find_character_heads(self) -> list[tuple[Mention, int, int]]:
        text = self.doc.text
        heads = [m for m in CHARACTER_HEADING.finditer(text) if N.clean(m.group("char")) not in SECTION_WORDS]
        if len(heads) < 3:
            return []
        out = []
        for h in heads:
            name = N.clean(h.group("char"))
            char = _character(name, h.start("char"), h.start("char") + len(name))
            if char is not None:
                end = text.find("\n", h.end())
                out.append((char, h.end(), len(text) if end < 0 else end))
        return out

    def _section_first_names(self, cands: list[Candidate]) -> list[Candidate]:
        """In a character's section, its first name alone is that character: "Stephanie, the
        family's matriarch, was portrayed by ..." under "Stephanie Forrester"."""
        spans = [(a, b, h.text.split()[0], h.text) for h, a, b in self._character_heads() if " " in h.text]
        if not spans:
            return cands

        def full(m: Mention) -> Mention:
            if m.kind != "character" or " " in m.text:
                return m
            for a, b, first, name in spans:
                if a <= m.start < b and m.text == first:
                    return dataclasses.replace(m, text=name)
            return m

        return [dataclasses.replace(c, subject=full(c.subject), object=full(c.object)) for c in cands]

    def _character_sections(self, cands: list[Candidate]) -> list[Candidate]:
        """A character guide written in sections: each character's name on a line of its own,
        then a paragraph about them. Its first sentence describes the character without naming
        them ("Blake's second wife, a former secretary at Denver-Carrington, played by Linda
        Evans"), and later ones speak of "she" or "the role" ("the role was recast with Robin
        Sachs"): the actors are the heading character's, in the topic or in the work the
        sentence names. A name in the description ("Denver-Carrington", "raised as Michael
        Torrance") is not the role."""
        heads = self._character_heads()
        if not heads or self.out.topic is None:
            return cands
        found: list[Candidate] = []
        replaced: set[tuple[int, int]] = set()  # (sentence start, actor start) read here instead
        for char, start, end in heads:
            first_name = char.text.split()[0]
            first = self._sentence_index(start)
            for k, s in enumerate(x for x in self.sents[first:] if start <= x.base):
                if s.sent.end > end:
                    break  # the section ends with its paragraph
                own = k == 0 and re.match(rf"(?:{re.escape(first_name)}|[Hh]e|[Ss]he)\b(?!['’])", s.text)
                for m in SECTION_PLAYED_BY.finditer(s.text):
                    took = bool(m.group("e") or m.group("f")) or m.group("list") is not None
                    if (
                        k > 0
                        and not took
                        and not SECTION_SUBJECT.search(s.text[: m.end("a")])
                        # "Adult Chris was portrayed by Drew Fuller": the section's character, grown
                        and not re.match(
                            rf"(?:{_AGE_WORD} )?{re.escape(first_name)}(?: [{N.UP}][\w\-]+)? (?:was|is) ",
                            s.text,
                        )
                    ):
                        continue
                    if (
                        own
                        and not took
                        and not re.fullmatch(
                            rf"{re.escape(first_name)}(?: {re.escape(char.text.split(' ', 1)[-1])})?(?:, [^,;]+,)? "
                            r"(?:was|is|has been|had been)(?: [a-z]+)? ",
                            s.text[: m.start()],
                        )
                    ):
                        continue  # "Blake married Krystle, played by ...": the sentence's subject is not the role
                    if PLAN.search(s.text[: m.start()]):
                        continue
                    ev = (s.sent.start, s.sent.end)
                    named = [x for x in self.out.series_mentions if s.base <= x.start < s.sent.end]
                    work = named[-1] if k > 0 and named else self._topic_here(s, 0)
                    spans = [s.span(m, g) for g in ("a", "b", "c", "d", "e", "f", "b1", "b2")]
                    b1, b2 = m.group("b1"), m.group("b2")
                    if b1 and b2 and " " not in b1 and " " in b2:
                        # "the twins Jason and Kristopher Simmons": one surname for both
                        sp1 = s.span(m, "b1")
                        assert sp1
                        spans[6] = (f"{b1} {b2.split()[-1]}", sp1[1], sp1[2])
                    if m.group("list"):
                        spans += [
                            (
                                x.group(),
                                s.base + m.start("list") + x.start(),
                                s.base + m.start("list") + x.end(),
                            )
                            for x in re.finditer(rf"{NAME}(?= \(|,|$| and)", m.group("list"))
                        ]
                    for sp in spans:
                        actor = _person(s, *sp, strict=False) if sp else None
                        if actor is None or not self._person_like(s, actor):
                            continue
                        replaced.add((s.sent.start, actor.start))
                        found.append(Candidate(actor, "plays", char, self.doc.iri, ev, "section-played-by"))
                        if work is not None:
                            found.append(
                                Candidate(char, "appearsIn", work, self.doc.iri, ev, "section-played-by")
                            )
        if not found:
            return cands
        wrong = {
            (c.sentence[0], c.object.start, c.object.end)
            for c in cands
            if c.relation == "plays" and (c.sentence[0], c.subject.start) in replaced
        }
        kept = [
            c
            for c in cands
            if not (c.relation == "plays" and (c.sentence[0], c.subject.start) in replaced)
            and not (c.relation == "appearsIn" and (c.sentence[0], c.subject.start, c.subject.end) in wrong)
        ]
        return kept + found

    def _portrayed_by_lines(self) -> Iterator[Candidate]:
        """A character guide's entry: a heading line naming the character ('Sergio Marquina
        ("The Professor")') and under it "Portrayed by: Álvaro Morte"."""
        text = self.doc.text
        topic = self.out.topic
        for m in PORTRAYED_LINE.finditer(text):
            c0 = m.start("char")
            char = _character(m.group("char"), c0, c0 + len(m.group("char")))
            if char is None:
                continue
            s = self.sents[self._sentence_index(m.start("actors"))]
            yield from self._line_actors(s, m, char, topic, "portrayed-by-line")

    def _pronoun_portrayed(self) -> Iterator[Candidate]:
        """ "She is portrayed by A; as a child, by B." in a paragraph that opens with a character's
        name: A and B play that character ("Both David and James ...": both)."""
        text = self.doc.text
        for m in PRONOUN_PORTRAYED.finditer(text):
            if m.group("pro"):
                start = text.rfind("\n", 0, m.start()) + 1
                opening = PARAGRAPH_CHARACTER.match(text, start)
                if opening is None or opening.start() == m.start():
                    continue
                spans = [opening.span("char")]
            elif m.group("c3"):
                if " by " not in m.group("actors"):
                    continue  # (a plain "X is played by Y" is read by the sentence rules)
                spans = [m.span("c3")]
            else:
                spans = [m.span("c1"), m.span("c2")]
            s = self.sents[self._sentence_index(m.start("actors"))]
            for a, b in spans:
                char = _character(text[a:b], a, b)
                if char is None or N.fold(char.text) in self._actor_names():
                    continue
                yield from self._line_actors(s, m, char, self.out.topic, "pronoun-portrayed")

    def entry_characters(self, bracketed: bool = False) -> dict[int, Mention]:
        """A character list's entries: {where the paragraph starts: the character it opens
        with}, for paragraphs that name the character's actor ("... (voiced by Rokurō Naya)",
        "He was voiced by ..."; only the first kind if ``bracketed``); empty unless there are
        three or more (computed once)."""

        def make() -> dict[int, Mention]:
            text, out = self.doc.text, {}
            found = [*ENTRY_ACTOR.finditer(text)]
            if not bracketed:
                found += ENTRY_PRONOUN_ACTOR.finditer(text)
            for m in found:
                start = text.rfind("\n", 0, m.start()) + 1
                opening = PARAGRAPH_CHARACTER.match(text, start)
                char = _character(opening.group("char"), *opening.span("char")) if opening else None
                if char is not None and N.fold(char.text) not in self._actor_names():
                    out[start] = char
            return out if len(out) >= 3 else {}

        return self.memo(f"entry-characters-{bracketed}", make)

    def _entry_actors(self) -> Iterator[Candidate]:
        """A character list's entries: a paragraph that opens with the character's name, "Bunta
        Takakura, the kindergarten's principal, is a gentle man ... (voiced by Rokurō Naya)", and
        later sentences "He was voiced by A until 2016, and B has voiced him since": the actors
        of that character, in the topic or in the work of the entry's section ("Super Shiro
        characters"). Only in a list of three or more such entries."""
        text = self.doc.text
        openings = self.entry_characters()
        if not openings:
            return
        found = [(m, ENTRY_ACTOR) for m in ENTRY_ACTOR.finditer(text)]
        found += [(m, ENTRY_PRONOUN_ACTOR) for m in ENTRY_PRONOUN_ACTOR.finditer(text)]
        keys = {N.series_key(m.text) for m in self.out.series_mentions}
        sections = [
            (h.start(), _series(h.group("t"), *h.span("t")))
            for h in ENTRY_SECTION.finditer(text)
            if N.series_key(h.group("t")) in keys
        ]
        firsts = {N.fold(c.text.split()[0]) for c in openings.values() if c is not None}
        for m, rx in found:
            start = text.rfind("\n", 0, m.start()) + 1
            char = openings.get(start)
            if char is None or m.start() <= char.end:
                continue
            work = next((w for at, w in reversed(sections) if at < start), self.out.topic)
            s = self.sents[self._sentence_index(m.start())]
            ev = (s.sent.start, s.sent.end)
            if rx is ENTRY_ACTOR:
                before = re.search(rf"(?<![\w'’])(?P<char>{CHAR})$", text[start : m.start()])
                other = None
                if before is not None:
                    b0 = start + before.start()
                    other = _character(before.group("char"), b0, b0 + len(before.group("char")))
                if m.group("resp"):
                    # "..., her bodyguard, Kuroiso (voiced by A and B respectively)": in order
                    names = list(re.finditer(NAME, m.group("actors")))
                    if other is None or len(names) != 2:
                        continue
                    for x, c in zip(names, (char, other), strict=True):
                        a0 = m.start("actors") + x.start()
                        actor = _person(s, x.group(), a0, a0 + len(x.group()), strict=False)
                        if actor is not None:
                            yield Candidate(actor, "plays", c, self.doc.iri, ev, "entry-actor")
                            if work is not None:
                                yield Candidate(c, "appearsIn", work, self.doc.iri, ev, "entry-actor")
                    continue
                if (
                    other is not None
                    and N.fold(other.text.split()[0]) not in firsts
                    and other.text.split()[-1].lower() not in N.ORG_WORDS | _PLACE_HEADS
                ):
                    # "her older sister is Masae Koyama (voiced by Fumi Hirano)": hers (but in
                    # "who disapproves of Hiroshi (voiced by ...)" Hiroshi has an entry of his own)
                    continue
                yield from self._line_actors(s, m, char, work, "entry-actor")
                continue
            g = "a" if m.group("a") else "b" if m.group("b") else "c"
            if g == "c" and m.group("yc").split()[0] != char.text.split()[0]:
                continue  # (a young version of someone else)
            actor = _person(s, m.group(g), m.start(g), m.end(g), strict=False)
            if actor is not None:
                yield Candidate(actor, "plays", char, self.doc.iri, ev, "entry-actor")
                if work is not None:
                    yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "entry-actor")

    def _line_actors(
        self, s: _Sent, m: re.Match[str], char: Mention, topic: Mention | None, rule: str, slot: bool = False
    ) -> Iterator[Candidate]:
        """The actors a cast line lists in its group "actors" (bracketed notes masked: "Sterling
        K. Brown (adult), Niles Fitch (teen)"), each playing ``char``, and the role in ``topic``."""
        ev = (s.sent.start, s.sent.end)
        played = False
        masked = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), m.group("actors"))
        for x in re.finditer(NAME, masked):
            a0 = m.start("actors") + x.start()
            actor = _person(s, x.group(), a0, a0 + len(x.group()), strict=False)
            if actor is None and slot and N.looks_like_person_name(x.group()):
                actor = _mention("person", x.group(), a0, a0 + len(x.group()))  # (a line's voice slot)
            if actor is not None:
                played = True
                yield Candidate(actor, "plays", char, self.doc.iri, ev, rule)
        if played and topic is not None:
            yield Candidate(char, "appearsIn", topic, self.doc.iri, ev, rule)

    def _dub_cast_lines(self) -> Iterator[Candidate]:
        """A dubbed series' cast list, a line per character: "Ciro Di Marzio – Marco D'Amore
        (Italian); Daniel Marconi (English)". The language tags say which names are actors."""
        topic = self.out.topic
        for m in DUB_CAST_LINE.finditer(self.doc.text):
            c0 = m.start("char")
            char = _character(m.group("char"), c0, c0 + len(m.group("char")))
            if char is None:
                continue
            s = self.sents[self._sentence_index(c0)]
            yield from self._line_actors(s, m, char, topic, "dub-cast-line")

    def _voice_pair_lines(self) -> Iterator[Candidate]:
        """A voice cast's lines, the role, then its original and its dub voice (see
        VOICE_PAIR_LINE): in a run of lines most of which pair two voices with a slash."""
        topic = self.out.topic
        for run in _line_runs(self.doc.text, list(VOICE_PAIR_LINE.finditer(self.doc.text))):
            if 2 * sum(" / " in m.group("actors") for m in run) <= len(run):
                continue
            for m in run:
                c0 = m.start("char")
                char = _character(m.group("char"), c0, c0 + len(m.group("char")))
                if char is not None:
                    s = self.sents[self._sentence_index(c0)]
                    yield from self._line_actors(s, m, char, topic, "voice-pair-line", slot=True)

    def _dash_cast_lines(self) -> Iterator[Candidate]:
        """A cast list, a line per actor: "Kirk Cameron – Mike Seaver, their eldest son". The
        description after the second name says it is the role; two such lines in a row at least."""
        topic = self.out.topic
        lines = (
            m for run in _line_runs(self.doc.text, list(DASH_CAST_LINE.finditer(self.doc.text))) for m in run
        )
        for m in lines:
            a0, name = m.start("actor"), m.group("actor")
            if m.group("twin"):  # "Joseph and Julius Wright": both Wrights
                last = m.group("twin2").rsplit(" ", 1)[-1]
                names = [(f"{m.group('twin')} {last}", a0), (m.group("twin2"), m.start("twin2"))]
            else:
                names = [(name, a0)]
            if not all(N.looks_like_person_name(n) for n, _ in names):
                continue
            c0 = m.start("char")
            char = _character(m.group("char"), c0, c0 + len(m.group("char")))
            if char is None:
                continue
            s = self.sents[self._sentence_index(c0)]
            actors = [_person(s, n, a, a + len(n), strict=False) for n, a in names]
            line_end = self.doc.text.find("\n", c0)
            later = TOOK_OVER_ROLE.search(self.doc.text, c0, len(self.doc.text) if line_end < 0 else line_end)
            if later:
                actors.append(
                    _person(s, later.group("who"), later.start("who"), later.end("who"), strict=False)
                )
            if any(a is None for a in actors[: len(names)]):
                continue
            ev = (s.sent.start, s.sent.end)
            for actor in actors:
                if actor is not None:
                    yield Candidate(actor, "plays", char, self.doc.iri, ev, "dash-cast-line")
            work = self._work_at(c0) if topic is not None else None
            if work is not None:
                yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "dash-cast-line")

    def _colon_cast_lines(self) -> Iterator[Candidate]:
        """A cast list of lines "Actor: roles" under a cast heading: "- Paul Whitehouse: Ron
        Manager, Unlucky Alf, and Ted, the taciturn Irish estate worker". Each capitalised item
        of the list is a role; the descriptions after them ("the car salesman") are skipped, and
        so is what follows a semicolon (another clause)."""
        text, topic = self.doc.text, self.out.topic
        if topic is None:
            return
        for run in _line_runs(text, list(COLON_CAST_LINE.finditer(text))):
            above = text[: run[0].start()].rstrip("\n").rsplit("\n", 2)[-2:]
            if not any(COLON_CAST_HEADING.search(ln) for ln in above):
                continue
            for m in run:
                a0, name = m.start("actor"), m.group("actor")
                s = self.sents[self._sentence_index(a0)]
                if not N.looks_like_person_name(name) or s.ner_label(a0, m.end("actor")) not in (
                    "PERSON",
                    None,
                ):
                    continue
                actor = _person(s, name, a0, a0 + len(name), strict=False)
                if actor is None:
                    continue
                ev = (s.sent.start, s.sent.end)
                roles = mask_quotes(re.sub(r"\([^()\n]*\)", lambda x: " " * len(x.group()), m.group("roles")))
                roles = roles.split(";", 1)[0]
                work = self._work_at(m.start())
                for item in re.finditer(
                    r"[^,]+", re.sub(r"(?:,? and |, )", lambda x: "," + " " * (len(x.group()) - 1), roles)
                ):
                    raw = item.group()
                    c0 = m.start("roles") + item.start() + len(raw) - len(raw.lstrip())
                    word = raw.strip()
                    if not word or not word[0].isupper() or word.split(" ")[0] in ("The", "A", "An"):
                        continue  # a description: "the car salesman"
                    char = _character(word, c0, c0 + len(word))
                    if char is None or N.fold(char.text) == N.fold(actor.text):
                        continue
                    yield Candidate(actor, "plays", char, self.doc.iri, ev, "colon-cast-line")
                    if work is not None:
                        yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "colon-cast-line")

    def _char_dash_lines(self) -> Iterator[Candidate]:
        """A cast list of lines "Role – Actor": a run of two or more such lines, one of which
        says which side is the role (a description after it, or notes on its actors)."""
        text, topic = self.doc.text, self.out.topic
        found = [m for m in CHAR_DASH_LINE.finditer(text) if not DASH_CAST_LINE.fullmatch(m.group().strip())]
        for run in _line_runs(text, found):
            # (or a run under a "Cast" / "Voice cast" heading, up to two lines above it, or heading
            # the block of lines the run is part of)
            above = text[: run[0].start()].rstrip("\n").rsplit("\n", 3)[-3:]
            block = text.rfind("\n\n", 0, run[0].start())
            if block >= 0:
                above += [text[block + 2 : text.find("\n", block + 2)], text[:block].rsplit("\n", 1)[-1]]
            headed = any(
                re.fullmatch(
                    rf"(?i)[^\n.]{{0,30}}\b(?:cast|voices?)\b[^\n.]{{0,30}}|{_LANG}(?: (?:cast|dub|version))?",
                    ln.strip(),
                )
                for ln in above
            )
            if not headed and not any(
                m.group("desc") or m.group("note") or _ACTOR_NOTES.search(m.group("actors")) for m in run
            ):
                continue
            for m in run:
                masked = re.sub(r"\([^()]*\)", "", m.group("actors"))
                if not all(N.looks_like_person_name(x.group()) for x in re.finditer(NAME, masked)):
                    continue  # "Sarah Hay — Flesh and Bone (Starz)": a nominee and her work
                name = re.sub(r" [\"“][^\"“”]*[\"”]", "", m.group("char"))  # 'Gertrude "Gertie" Shortman'
                c0 = m.start("char")
                char = _character(name, c0, c0 + len(m.group("char")))
                if char is None:
                    continue
                s = self.sents[self._sentence_index(m.start("actors"))]
                yield from self._line_actors(s, m, char, topic, "char-dash-line")

    def dot_leader_cast(self) -> list[tuple[tuple[str, int], tuple[str, int]]]:
        """A cast list of lines with dot leaders, "Jake Doyle ..... Allan Hawco" or "Ed Devereaux
        ........ Matt Hammond", as ((role, offset), (actor, offset)). Which side is the role is
        read off all the document's lines (roles share their families' surnames and carry ranks,
        "Sgt. Ryan Hickey", "Young Jake"; actors' names do neither); when they do not tell, none.
        "Young Jake" is Jake, young; a part with no name ("Bartender") is none."""

        def make() -> list[tuple[tuple[str, int], tuple[str, int]]]:
            text = self.doc.text
            lines = [m for run in _line_runs(text, list(DOT_LEADER_LINE.finditer(text))) for m in run]
            if not lines:
                return []

            def role_cues(side: str) -> int:
                names = [m.group(side) for m in lines]
                last = Counter(n.split()[-1] for n in names)
                return sum(
                    len(n.split()) == 1
                    or n.split()[0].lower().rstrip(".") in N.LOWER_TITLES | _ROLE_FIRST_WORDS
                    or last[n.split()[-1]] >= 2
                    for n in names
                )

            a_cues, b_cues = role_cues("a"), role_cues("b")
            if a_cues == b_cues:
                return []
            role, actor = ("a", "b") if a_cues > b_cues else ("b", "a")
            out = []
            for m in lines:
                name, r0 = m.group(role), m.start(role)
                first, _, rest = name.partition(" ")
                if first.lower() in _ROLE_FIRST_WORDS and rest:
                    name, r0 = rest, r0 + len(first) + 1
                if N.looks_like_person_name(m.group(actor)) and not re.search(rf"\b(?:{_JOB_WORDS})$", name):
                    out.append(((name, r0), (m.group(actor), m.start(actor))))
            return out

        return self.memo("dot-leader-cast", make)

    def _dot_leader_cast_lines(self) -> Iterator[Candidate]:
        """The plays of a cast list with dot leaders (see `dot_leader_cast`), roles in the topic."""
        topic = self.out.topic
        for (name, r0), (who, a0) in self.dot_leader_cast():
            char = _character(name, r0, r0 + len(name))
            s = self.sents[self._sentence_index(a0)]
            person = _person(s, who, a0, a0 + len(who), strict=False)
            if char is None or person is None:
                continue
            ev = (s.sent.start, s.sent.end)
            yield Candidate(person, "plays", char, self.doc.iri, ev, "dot-leader-cast-line")
            work = self._work_at(r0) if topic is not None else None
            if work is not None:
                yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "dot-leader-cast-line")

    def _credit_listing(self) -> Iterator[Candidate]:
        """A "Full Cast & Crew" page pasted as text: rows "Toby Jones  ...  Lance Stater  (20
        episodes, 2014-2022)" under "Series Cast", "Mackenzie Crook  ...  (all 20 episodes)" under
        "Series Directed by" (each episode), "(created by) (written by)" under "Series Writing
        Credits", "executive producer" under "Series Produced by"; the music and cinematography
        rows, and the lines under "Production Companies" and "Filming Locations"."""
        topic, text = self.out.topic, self.doc.text
        if topic is None:
            return
        episode = self.credits_page_episode()
        # the most episodes anyone is credited with: the series' length, as far as the page says
        most = max((int(x.group(1)) for x in re.finditer(r"\((\d{1,3}) episodes\b", text)), default=0)
        for head in CREDIT_LISTING_HEAD.finditer(text):
            sec = head.group("sec").lower()
            # an episode's page: its own credits, the series' under "Series Directed by"
            work = episode if episode is not None and not head.group("series") else topic
            end = text.find("\n\n", head.end())
            block = (head.end(), len(text) if end < 0 else end)
            for line in re.finditer(r"[^\n]+", text[block[0] : block[1]]):
                a0 = block[0] + line.start()
                s = self.sents[self._sentence_index(a0)]
                ev = (s.sent.start, s.sent.end)
                if sec.startswith(("production", "filming")):
                    yield from self._listing_place_or_company(sec, line.group(), a0, topic, ev)
                    continue
                row = CREDIT_LISTING_ROW.fullmatch(line.group().strip())
                if row is None and sec in ("directed by", "music by", "cinematography by"):
                    row = CREDIT_LISTING_NAME.fullmatch(line.group().strip())
                    if row is not None and not N.looks_like_person_name(row.group("name")):
                        row = None
                if row is None:
                    continue
                lead = len(line.group()) - len(line.group().lstrip())
                n0 = a0 + lead
                who = _person(s, row.group("name"), n0, n0 + len(row.group("name")), strict=False)
                if who is None:
                    continue
                rest = row.group("rest")
                if sec.startswith("cast"):
                    what = re.sub(r"\s*\([^()]*\)", "", rest).strip()
                    c0 = n0 + row.start("rest")
                    char = _character(what, c0, c0 + len(what)) if what else None
                    if char is None or re.search(rf"\b(?:{_JOB_WORDS})$", what):
                        continue  # "Pizza Restaurant Owner": a role with no name
                    yield Candidate(who, "plays", char, self.doc.iri, ev, "credit-listing")
                    yield Candidate(char, "appearsIn", topic, self.doc.iri, ev, "credit-listing")
                elif sec == "directed by":
                    every = re.search(r"\(all (\d{1,2}) episodes\b", rest)
                    for k in range(1, int(every.group(1)) + 1) if every else ():
                        ep = _episode(topic, k, (who.text, who.start, who.end))
                        yield Candidate(who, "directed", ep, self.doc.iri, ev, "credit-listing")
                    if work is not topic or (not head.group("series") and topic.kind == "film"):
                        # an episode's or a film's page: "Directed by" over the director
                        yield Candidate(who, "directed", work, self.doc.iri, ev, "credit-listing")
                elif sec == "writing credits" and work is not topic and WRITING_SHARE.search(rest):
                    # an episode's page: "Stephen Carpenter ... (story) and"
                    yield Candidate(work, "writer", who, self.doc.iri, ev, "credit-listing")
                else:
                    rels = {
                        "writing credits": [
                            r
                            for w, r in (
                                ("created by", "creator"),
                                ("written by", "writer"),
                                ("(writer", "writer"),
                            )
                            if w in rest
                        ],
                        "created by": ["creator"],
                        "produced by": ["executiveProducer"]
                        if re.match(r"executive producer\b", rest)
                        else [],
                        "music by": ["composer"],
                        "cinematography by": ["cinematographer"],
                    }.get(sec, [])
                    share = re.search(r"\((\d{1,3}) episodes\b", rest)
                    if sec == "writing credits" and share and int(share.group(1)) < most:
                        # "Jana Burbach ... (written by) (3 episodes, 2022)": some episodes' writer
                        rels = [r for r in rels if r != "writer"]
                    for rel in dict.fromkeys(rels):
                        yield Candidate(topic, rel, who, self.doc.iri, ev, "credit-listing")

    def coded_entry_episode(self, pos: int) -> Mention | None:
        """The episode of a guide's entry whose heading, the line above document offset ``pos``,
        gives its code: '"Esteemsters" (Daria S1E1)' over 'Aired: ... | Written by ...'. Counted
        across the series (a later season's only when the earlier seasons' lengths are stated)."""
        text, topic = self.doc.text, self.out.topic
        line = text.rfind("\n", 0, pos) + 1
        if line == 0 or topic is None or topic.kind != "series":
            return None
        above = text.rfind("\n", 0, line - 1) + 1
        m = ENTRY_EPISODE_CODE.search(text, above, line - 1)
        if m is None:
            return None
        season, n = int(m.group("s") or m.group("s2")), int(m.group("e") or m.group("e2"))
        offset = 0 if season == 1 else self.season_offset(season)
        if offset is None or n < 1:
            return None
        return _episode(topic, offset + n, (m.group(), m.start(), m.end()))

    def block_episode(self, pos: int) -> Mention | None:
        """The episode whose block of field lines holds document offset ``pos``: '7 (1) "The
        Spring Term"' over "Directed by: ...", "Original release date: ..." up to a blank line.
        Its number in the series is the heading's first; a lone number is a season's only in an
        article about a later season (then counted on from the seasons before, if they are
        stated)."""

        def make() -> list[tuple[int, int, int, int]]:
            text, out = self.doc.text, []
            # (under a season's heading line, "Series 2 (1977)": that season's)
            heads = [(h.start(), int(h.group("s"))) for h in SEASON_HEADING_LINE.finditer(text)]
            for m in EPISODE_BLOCK_HEAD.finditer(text):
                end = text.find("\n\n", m.end())
                n = int(m.group("n") or m.group("n2"))
                above = [k for at, k in heads if at < m.start()]
                season = above[-1] if above else self.focus_season() or 1
                if not m.group("k") and season > 1:
                    offset = self.season_offset(season)
                    n = -1 if offset is None else offset + n
                out.append((m.end(), len(text) if end < 0 else end, m.start(), n))
            return out

        topic = self.out.topic
        if topic is None or topic.kind != "series":
            return None
        for a, b, at, n in self.memo("episode-blocks", make):
            if a <= pos < b and n > 0:
                return _episode(topic, n, (str(n), at, at + len(str(n))))
        return None

    def pipe_fields(self, s: _Sent) -> Iterator[tuple[str, int, int, Mention]]:
        """The fields of a coded entry's credit line in sentence ``s`` ("Aired: March 3, 1997 |
        Written by Glenn Eichler | Directed by Karen Disher"): (label, value start, value end in
        s.text, the entry's episode)."""
        for m in PIPE_FIELD.finditer(s.text):
            at, text = s.base + m.start(), self.doc.text
            end = text.find("\n", at)
            if " | " not in text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]:
                continue
            episode = self.coded_entry_episode(at)
            if episode is not None:
                yield m.group("label"), m.start("v"), m.end("v"), episode

    def credits_page_episode(self) -> Mention | None:
        """The episode a credits page is for: '"Pilot" (2011)' over 'Season 1 | Episode 1' under
        the series' title. Episodes are counted across the series, so only the first season's
        are known by number (the page does not give the earlier seasons' lengths)."""

        def make() -> Mention | None:
            m = CREDITS_PAGE_EPISODE.search(self.doc.text, 0, 400)
            topic = self.out.topic
            if m is None or topic is None or topic.kind != "series":
                return None
            season, ep = int(m.group("season") or m.group("season2")), int(m.group("ep") or m.group("ep2"))
            return _episode(topic, ep, (m.group(), m.start(), m.end())) if season == 1 else None

        return self.memo("credits_page_episode", make)

    def _listing_place_or_company(
        self, sec: str, line: str, a0: int, topic: Mention, ev: tuple[int, int]
    ) -> Iterator[Candidate]:
        """A line under "Production Companies" (the company) or "Filming Locations" (the place
        before its county and country; a hall's village too: "Otley Hall, Otley, Suffolk")."""
        name = line.strip()
        lead = a0 + len(line) - len(line.lstrip())
        if sec.startswith("production"):
            rel, kind = "productionCompany", "organization"
            keep = [name] if re.fullmatch(rf"{NAME}|[A-Z][\w&.'’\- ]{{1,60}}", name) else []
        else:
            rel, kind = "filmingLocation", "place"
            parts = [p.strip() for p in re.sub(r"\s*\([^()]*\)", "", name).split(",")]
            keep = parts[:2] if re.search(rf"\b{FACILITY}$", parts[0]) and len(parts) > 2 else parts[:1]
            keep = [p for p in keep if p and p not in N.REGIONS and p[0].isupper()]
        for p in keep:
            at = lead + name.find(p)
            yield Candidate(
                topic, rel, _mention(kind, p, at, at + len(p)), self.doc.iri, ev, "credit-listing"
            )

    def _cast_table_rows(self) -> Iterator[Candidate]:
        """A cast table under a header line that names a character column and actor columns
        ("Character  Japanese  English", "Actor  Role"): each row's actors play its character, a
        role in the topic. Rows end at the first line with another number of columns."""
        text, topic = self.doc.text, self.out.topic
        for head in CAST_TABLE_HEAD.finditer(text):
            cols = [c.lower() for c in re.split(r" {2,}|\t+", head.group("cols").strip())]
            char_col = next(
                (i for i, c in enumerate(cols) if re.match(r"characters?|roles?|parts?", c)), None
            )
            actor_cols = [
                i
                for i, c in enumerate(cols)
                if i != char_col and not re.fullmatch(r"seasons?|episodes?|notes|years?", c)
            ]
            if char_col is None or not actor_cols:
                continue
            at = head.end() + 1
            for line in text[at:].split("\n"):
                start, at = at, at + len(line) + 1
                cells = [(c.group(), start + c.start()) for c in re.finditer(r"\S+(?: \S+)*", line)]
                if len(cells) != len(cols):
                    break
                name, c0 = cells[char_col]
                bare = re.sub(r" \([^()]*\)$", "", name)  # "Thorfinn (child)"
                # (a nickname in quotes stays in the name: 'Shigeo "Mob" Kageyama')
                valid = re.fullmatch(rf"{CHAR}|{NAME} {N.NICK} {NAME}", bare)
                char = _character(bare, c0, c0 + len(bare)) if valid else None
                if char is None:
                    continue
                s = self.sents[self._sentence_index(c0)]
                ev = (s.sent.start, s.sent.end)
                played = False
                for i in actor_cols:
                    cell, a0 = cells[i]
                    for x in re.finditer(NAME, cell):
                        # (the column says it is a person, whatever NER makes of the row)
                        if not N.looks_like_person_name(x.group()):
                            continue
                        actor = _mention("person", x.group(), a0 + x.start(), a0 + x.end())
                        played = True
                        yield Candidate(actor, "plays", char, self.doc.iri, ev, "cast-table")
                if played and topic is not None:
                    yield Candidate(char, "appearsIn", self._topic_here(s, 0), self.doc.iri, ev, "cast-table")  # type: ignore[arg-type]

    def _award_lines(self) -> Iterator[Candidate]:
        """A wire story's list of winners, a line per category: an acting category gives the
        actor, the role (in brackets) and the work; directing and writing categories credit the
        work, or its pilot; every line gives the work's network."""
        for m in AWARD_LINE.finditer(self.doc.text):
            s = self.sents[self._sentence_index(m.start("t"))]
            ev = (s.sent.start, s.sent.end)
            cat = m.group("cat").lower()
            work = _series(m.group("t"), m.start("t"), m.end("t"))
            people = _people_at(s, m.group("who") or "", m.start("who"))
            what = m.group("what")
            if re.search(r"\b(?:actor|actress|performer|performance)\b", cat) and what and len(people) == 1:
                char = _character(what, m.start("what"), m.end("what"))
                if char is None and re.fullmatch(
                    r"(?:[A-Z]\.){1,3}", what
                ):  # "(D.J.)": initials, in a role slot
                    char = _mention("character", what, m.start("what"), m.end("what"))
                if char is not None:
                    yield Candidate(people[0], "plays", char, self.doc.iri, ev, "award-line")
                    yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "award-line")
            what_at = (what, m.start("what"), m.end("what")) if what else None
            yield from self._award_credits(cat, work, people, what_at, ev, "award-line")
            yield from self._award_network(work, m.group("net"), m.start("net"), ev, "award-line")

    def _award_credits(
        self,
        cat: str,
        work: Mention,
        people: list[Mention],
        episode: tuple[str, int, int] | None,
        ev: tuple[int, int],
        rule: str,
    ) -> Iterator[Candidate]:
        """A directing or writing category's credit on the work, or on its pilot when the line
        names an episode ("Pilot"); any other episode title is not numbered."""
        crew = _crew_category(cat)
        if crew is None or (episode is not None and not self._pilot_title(episode[0])):
            return
        target = work if episode is None else _episode(work, 1, episode)
        for p in people:
            subj, obj = (p, target) if crew == "directed" else (target, p)
            yield Candidate(subj, crew, obj, self.doc.iri, ev, rule)

    def _headline_subject(self) -> bool:
        """Does the first line open with the topic's title as its subject ("Being Erica leads
        Gemini race with 14 nominations")?"""
        t = self.out.topic
        return (
            t is not None
            and bool(self.sents)
            and re.match(rf"{re.escape(t.text)} [a-z]+s\b", self.sents[0].text) is not None
        )

    def _pilot_title(self, title: str) -> bool:
        """Is ``title`` the first episode's: "Pilot", or a title the article calls the pilot ("with
        the pilot, "Dr. Tom,"", ""Dr. Tom," the pilot")?"""
        if title.lower() == "pilot":
            return True
        t = re.escape(title)
        first = r"(?:(?:series'?|show's|series's) )?(?:pilot|premiere episode|first episode|opening episode)"
        return bool(
            re.search(
                rf"\bthe {first},? [\"“]{t}[,.]?[\"”]|[\"“]{t},?[\"”],? (?:was )?the {first}\b", self.doc.text
            )
        )

    def _award_network(
        self, work: Mention, net: str | None, start: int, ev: tuple[int, int], rule: str
    ) -> Iterator[Candidate]:
        """The broadcaster an awards line gives its work: "In Treatment (HBO)", "Durham County (The
        Movie Network)", or a name two nominee rows give in brackets."""
        if not net:
            return
        if NETWORK_NAME.fullmatch(net) or (
            rule == "nominee-line"
            and BRACKETED_NETWORK.fullmatch(net)
            and not N.looks_like_person_name(net)
            and (
                re.search(r"(?i)network|tv$|channel|television|broadcast", net)
                or sum(r.group("net") == net for _, r, _ in self._nominee_rows()) >= 2
            )
        ):
            org = _mention("organization", net, start, start + len(net))
            yield Candidate(work, "originalNetwork", org, self.doc.iri, ev, rule)

    def _nominee_rows(self) -> list[tuple[str, re.Match[str], int]]:
        """The rows of an awards story's nominee lists, as (category, row, row offset); none unless
        there are four or more (computed once)."""

        def find() -> list[tuple[str, re.Match[str], int]]:
            rows = []
            for b in NOMINEE_BLOCK.finditer(self.doc.text):
                for line in re.finditer(r"[^\n]+", b.group("rows")):
                    row = NOMINEE_ROW.fullmatch(line.group().strip())
                    a0 = b.start("rows") + line.start()
                    if row is None:
                        continue
                    if row.group("who") is None and not (
                        row.group("net")
                        and BRACKETED_NETWORK.fullmatch(row.group("net"))
                        and all(
                            w[:1].isupper()
                            or w[:1].isdigit()
                            or w in TITLE_JOINERS
                            or re.match(r"[a-z]+[A-Z]", w)
                            for w in row.group("t").split()
                        )
                    ):
                        continue  # a line of prose under the heading, not a programme's row
                    if all(
                        N.looks_like_person_name(x.group()) for x in re.finditer(NAME, row.group("who") or "")
                    ):
                        rows.append((b.group("cat").lower(), row, a0))
            if len(rows) >= 4:
                return rows
            winners = [(_award_category(w.group("cat")), w, 0) for w in WINNER_LINE.finditer(self.doc.text)]
            winners = [(c, w, a0) for c, w, a0 in winners if self._winner_row(w)]
            return winners if len(winners) >= 4 else []

        return self.memo("nominee-rows", find)

    def _winner_row(self, w: re.Match[str]) -> bool:
        """Is a "Category: ... (Channel)" line a winner's row: a title, and a person for it or
        the title's channel (not an infobox's "Original network: ABC (US)")?"""
        title, who, net = w.group("t"), w.group("who"), w.group("net")
        if not all(x[:1].isupper() or x[:1].isdigit() or x in TITLE_JOINERS for x in title.split()):
            return False
        if who is not None:
            return all(N.looks_like_person_name(x.group()) for x in re.finditer(NAME, who))
        # (a performer's category without "for": "Entertainment Performance: Bob Mortimer (BBC Two)")
        person_cat = re.search(r"actor|actress|perform|present|host|personality", w.group("cat"), re.I)
        return bool(net and NETWORK_NAME.fullmatch(net)) and not person_cat

    def _nominee_lines(self) -> Iterator[Candidate]:
        """Each nominee row gives its work's network; a directing or writing row credits the work,
        or its pilot ("Michael Cuesta, Saving Grace, "Pilot""). An acting row names no role."""
        for cat, row, a0 in self._nominee_rows():
            s = self.sents[self._sentence_index(a0)]
            ev = (s.sent.start, s.sent.end)
            work = _series(row.group("t"), a0 + row.start("t"), a0 + row.end("t"))
            yield from self._award_network(work, row.group("net"), a0 + row.start("net"), ev, "nominee-line")
            ep = row.group("ep")
            ep_at = (ep, a0 + row.start("ep"), a0 + row.end("ep")) if ep else None
            who = row.group("who") or ""
            people = _people_at(s, who, a0 + row.start("who")) if who else []
            numbered = "en" in row.groupdict() and row.group("en")
            if numbered:  # "for This Country, series 3, episode 1": the series' 13th episode
                season, n = int(row.group("sn")), int(row.group("en"))
                offset = 0 if season == 1 else self.season_offset(season)
                if offset is None:
                    continue
                ep_at = None
                work = _episode(work, offset + n, (row.group("en"), a0 + row.start("en"), a0 + row.end("en")))
            yield from self._award_credits(cat, work, people, ep_at, ev, "nominee-line")

    def _infobox_lines(self) -> Iterator[Candidate]:
        """A character page's infobox: "Voiced by:" / "Portrayed by:" lines list the actors of the
        character whose name heads the infobox (a line of its own a few lines above), and a
        "Family:" line names its relatives with the kinship in brackets."""
        text = self.doc.text
        taken = {m.start("actors") for m in PORTRAYED_LINE.finditer(text)}
        for rx in (INFOBOX_CAST, INFOBOX_FAMILY):
            for m in rx.finditer(text):
                if any(m.start() <= a < m.end() for a in taken):
                    continue
                head = self._infobox_heading(m.start())
                if head is None or (rx is INFOBOX_FAMILY and N.fold(head.text) == self._lead_person()):
                    continue  # (a biography's "Spouse: Sven Arnstein (m. 1989)": real life)
                i = self._sentence_index(m.start("list"))
                s = self.sents[i]
                ev = (s.sent.start, s.sent.end)
                if rx is INFOBOX_CAST:
                    played = False
                    for item in re.finditer(rf"{NAME}(?: \([^()\n]*\))?", m.group("list")):
                        # (not the works or languages in brackets: "Takuya Eguchi (Japanese)")
                        name = re.sub(r" \(.*", "", item.group())
                        a0 = m.start("list") + item.start()
                        twin = re.match(
                            rf" and (?:{N.WORD}) ({N.WORD})(?=[ \t]*[(;,]|[ \t]*$)",
                            m.group("list")[item.end() :],
                        )
                        if " " not in name and twin and not item.group().endswith(")"):
                            # "Brandon and Taylor Porter (season 1)": both Porters
                            yield Candidate(
                                _mention("person", f"{name} {twin.group(1)}", a0, a0 + len(name)),
                                "plays",
                                head,
                                self.doc.iri,
                                ev,
                                "infobox",
                            )
                            played = True
                            continue
                        actor = _person(s, name, a0, a0 + len(name), strict=False)
                        if actor is not None:
                            played = True
                            yield Candidate(actor, "plays", head, self.doc.iri, ev, "infobox")
                    if (
                        played
                        and self.doc_topic is not None
                        and not re.search(rf"\((?:the )?[{N.UP}\d]", m.group("list"))
                    ):
                        # a fan wiki's page of a character of its series ("Succession Wiki"), not
                        # "Voiced by: Dante Basco (original series); Bruce Davison (The Legend of Korra)"
                        yield Candidate(head, "appearsIn", self.doc_topic, self.doc.iri, ev, "infobox")
                    continue
                yield from self._infobox_family(m, head, ev)

    def _infobox_family(self, m: re.Match[str], head: Mention, ev: tuple[int, int]) -> Iterator[Candidate]:
        """The relatives on one family line of an infobox: 'Siobhan "Shiv" Roy (younger sister)'
        (a name, perhaps with a nickname or a title, then its kinship in brackets)."""
        label = m.group("label").lower()
        listed = []
        for item in re.finditer(
            rf"(?:^|(?<=[;,] ))(?P<n>(?:{NAME}|{NAME} {N.NICK} {NAME}))(?: \((?P<q>[^()\n]*)\))?(?=[;,]|$)",
            m.group("list"),
        ):
            # (not 'played by John Pyper-Ferguson' after 'Spouse: Joe Whedon (divorced),')
            a0, q = m.start("list") + item.start("n"), (item.group("q") or "").lower()
            name = N.strip_titles(N.without_nickname(item.group("n"))[0])
            other = _character(name, a0, a0 + len(item.group("n")))
            word = re.sub(
                r"\b(?:paternal|maternal|younger|older|elder|twin|late) ", "", q.split(",")[0].strip()
            )
            if other is None or "step" in q or "in-law" in q:
                continue
            # the brackets' kinship ("father"), else the line's ("Spouse: X (divorced)", "Spouse: X
            # (Kandyse McClure)": an actor); none when they disagree ("Parents: X (sister)")
            by_word, by_label = _INFOBOX_KIN.get(word), _INFOBOX_LABEL_KIN.get(label)
            if by_word is not None and by_label is not None and by_word[0] != by_label[0]:
                continue
            kin = by_word or by_label
            if kin is None:
                continue
            rel, other_first = kin
            subj, obj = (other, head) if other_first else (head, other)
            yield Candidate(subj, rel, obj, self.doc.iri, ev, "infobox")
            if rel == "siblingOf" and label.startswith("sibling"):
                # "Siblings: Connor Roy (half-brother); Roman Roy (brother)": siblings of each other
                yield from (Candidate(x, rel, other, self.doc.iri, ev, "infobox") for x in listed)
                listed.append(other)

    def _infobox_heading(self, pos: int) -> Mention | None:
        """The name on a line of its own among the 15 lines above ``pos`` (an infobox heading)."""
        before = self.doc.text[:pos].split("\n")[-16:-1]
        offset = pos - sum(len(x) + 1 for x in before) - 1
        found = None
        for line in before:
            if line.strip() in SECTION_WORDS:
                found = None  # "Contributors" over "Actor: ...": an episode's credits
            elif re.fullmatch(NAME, line.strip()) and not re.search(r":", line):
                a = self.doc.text.find(line.strip(), offset)
                found = _character(line.strip(), a, a + len(line.strip()))
            elif re.fullmatch(rf"{NAME}(?:,? and {NAME})+", line.strip()):
                found = None  # "Nick and Diana Salinger": a heading over two characters
            offset += len(line) + 1
        return found

    def _reprised_roles(self) -> Iterator[Candidate]:
        """ "Ritter, Colter and Moss later reprised their roles in The Defenders", "Rosario Dawson as
        Claire Temple: ..., reprising her role from Daredevil and Jessica Jones": the roles these
        actors play in this document also appear in the works named."""
        roles: dict[str, list[Mention]] = {}
        for c in self.out.candidates:
            if c.relation == "plays":
                full = N.fold(c.subject.text)
                main = c.object.text.split(" / ")[0]  # "Frank Castle / Punisher" is Frank Castle
                for key in {full, full.rsplit(" ", 1)[-1]}:
                    if all(N.fold(o.text) != N.fold(main) for o in roles.setdefault(key, [])):
                        roles[key].append(
                            _mention("character", main, c.object.start, c.object.start + len(main))
                        )
        if not roles:
            return
        for s in self.sents:
            if ("repris" not in s.text and "voicing their" not in s.text) or CITATION.search(s.text):
                continue
            # (the work first: its quoted title as written, which s.text may blank)
            bare = [
                m for m in REPRISED_BARE.finditer(s.text) if not REPRISED_IN.match(s.text, m.start("actors"))
            ]
            for m in bare:
                # the work of the paragraph, if it opens with another work than the document's
                work = self._paragraph_series(s)
                if (
                    work is None
                    or self.doc_topic is None
                    or N.series_key(work.text) == N.series_key(self.doc_topic.text)
                ):
                    continue
                for x in re.finditer(NAME, m.group("actors")):
                    if x.group() in ("and", "And"):
                        continue
                    at = s.base + m.start("actors") + x.start()
                    chars = (
                        roles.get(N.fold(x.group())) or roles.get(N.fold(x.group()).rsplit(" ", 1)[-1]) or []
                    )
                    if len(chars) == 1:
                        char = _mention("character", chars[0].text, at, at + len(x.group()))
                        yield self.emit(s, char, "appearsIn", work, "reprised-paragraph")
            for m in [*REPRISED_IN.finditer(s.text), *REPRISING_WITH.finditer(s.sent.text)]:
                if m.group("actors"):
                    names = [
                        x for x in re.finditer(NAME, m.group("actors")) if x.group() not in ("and", "And")
                    ]
                    spans = [(x.group(), s.base + m.start("actors") + x.start()) for x in names]
                else:  # the actor of the cast entry ("X as Y: ..."), or the nearest person before
                    entry = re.match(rf"(?P<a>{NAME}) as {CHAR}:", s.text)
                    p = (
                        _mention("person", entry.group("a"), s.base, s.base + entry.end("a"))
                        if entry
                        else self._nearest_person_before(s, m.start())
                    )
                    spans = [(p.text, p.start)] if p else []
                g = "works" if m.group("works") else "works2"
                works = [
                    (x.group(), s.base + m.start(g) + x.start())
                    for x in re.finditer(FILM_TITLE if m.re is REPRISED_IN else r".+", m.group(g))
                    if x.group() not in ("and", "And")
                ]
                if not spans or not works or (len(spans) > 1 and len(roles) < 2):
                    continue
                for name, at in spans:
                    chars = roles.get(N.fold(name)) or roles.get(N.fold(name).rsplit(" ", 1)[-1]) or []
                    gd = m.groupdict()  # (the work-first pattern names no role and no work noun)
                    if gd.get("char"):  # "reprised their roles as Tandy and Tyrone": the named one
                        named = [
                            N.fold(x.group()) for x in re.finditer(NAME, gd["char"]) if x.group() != "and"
                        ]
                        chars = [c for c in chars if any(n in N.fold(c.text) for n in named)]
                    # "Danny Rand" and "Rand" are one role
                    chars = [
                        c
                        for c in chars
                        if not any(
                            o is not c and N.fold(o.text).endswith(" " + N.fold(c.text)) for o in chars
                        )
                    ]
                    if len(chars) != 1:
                        continue  # no role known for this actor, or several: which one returned?
                    char = _mention("character", chars[0].text, at, at + len(name))
                    noun = gd.get("noun") or ""
                    for title, wat in works:
                        if noun == "film":
                            work = _mention("film", title, wat, wat + len(title))
                        else:  # "in the crossover miniseries The Defenders" names a series outright
                            quoted = m.re is REPRISING_WITH and g == "works"  # (a quoted title too)
                            work = _series(title, wat, wat + len(title), weak=not noun and not quoted)
                        yield self.emit(s, char, "appearsIn", work, "reprised-in")

    def emit(self, s: _Sent, subject: Mention, relation: str, obj: Mention, rule: str) -> Candidate:
        """A candidate fact whose evidence is sentence ``s`` (for rule families)."""
        return Candidate(subject, relation, obj, self.doc.iri, (s.sent.start, s.sent.end), rule)

    def episodes_from(self, s: _Sent, m: re.Match[str], prefix: str) -> list[Mention]:
        """The episodes an ``episodes_re(prefix)`` match names, as episode mentions."""
        return self._episodes_from(s, m, prefix)

    def final_season(self) -> int | None:
        """The number of the series' last season, where the text gives it ("its fourth and final season")."""
        return self._final_season()

    def multi_season(self) -> bool:
        """Does the document speak of more than one season of its series?"""
        return self._multi_season()

    def focus_season(self) -> int | None:
        """The season the document is about (a season article, or a headline naming one)."""
        return self._focus_season()

    def series_keys(self) -> set[str]:
        """Keys (N.series_key) of every title the document cues as a series, and of its topic."""

        def make() -> set[str]:
            keys = {N.series_key(m.text) for m in self.out.series_mentions}
            return keys | ({N.series_key(self.out.topic.text)} if self.out.topic is not None else set())

        return self.memo("series-keys", make)

    def lead_person(self) -> str | None:
        """The person an obituary or a profile is about (folded), else None."""
        return self._lead_person()

    def infobox_field(self, pos: int) -> tuple[str, int, int] | None:
        """The field of an infobox line at document offset ``pos``: (its label, where its value
        starts and ends), if the line is one of three or more "Label: value" lines in a row (a
        wiki infobox, "Created by: ...", "Music by: ...", "No. of episodes: 24"), and the infobox
        is a series' (not an episode's, with "Episode:" or "Production code:" lines)."""

        def make() -> list[tuple[int, int, str, int, int]]:
            found = list(INFOBOX_FIELD.finditer(self.doc.text))
            return [
                (m.start(), m.end(), m.group("label"), m.start("v"), m.end("v"))
                for run in _line_runs(self.doc.text, found)
                if len(run) >= 3
                and not any(
                    re.fullmatch(r"(?:Overall )?[Ee]pisode|Production code", m.group("label")) for m in run
                )
                and self.block_episode(run[0].start()) is None
                for m in run
            ]

        return next(
            ((lab, a, b) for s, e, lab, a, b in self.memo("infobox-fields", make) if s <= pos <= e), None
        )

    def infobox_lines(self, s: _Sent) -> Iterator[tuple[int, str, int, int]]:
        """The series infobox lines in sentence ``s`` (see `infobox_field`) outside any season's
        section: (where the line starts in s.text, its label, where its value starts and ends in
        the document)."""
        for line in re.finditer(r"[^\n]+", s.text):
            pos = s.base + line.start()
            field = self.infobox_field(pos)
            if field is not None and self.season_section(pos) is None:
                yield (line.start(), *field)

    def joined_title_at(self, start: int, end: int) -> Mention | None:
        """The series with a lower-case word in its title ("Death in Paradise") whose occurrence
        in the text holds the name at document offsets ``start:end`` (a part the name patterns
        cut at the lower-case word), else None."""

        def make() -> list[tuple[int, int, str]]:
            titles = {m.text for m in self.out.series_mentions if re.search(r" [a-z]+ ", m.text)}
            return [(a, b, t) for t in titles for a, b in _title_spans(self.doc.text, t)]

        for a, b, t in self.memo("joined-titles", make):
            if a <= start and end <= b and (a, b) != (start, end):
                return _series(t, a, b)
        return None

    def season_section(self, pos: int) -> int | None:
        """The season whose section of field lines holds document offset ``pos``: "Series 1
        (1994)" over "Episodes: 6", "First broadcast: ...", "Director: ..." up to a blank line."""
        return next((n for n, (a, b) in self._season_sections() if a <= pos < b), None)

    def _season_sections(self) -> list[tuple[int, tuple[int, int]]]:
        def make() -> list[tuple[int, tuple[int, int]]]:
            text, out = self.doc.text, []
            for m in SEASON_SECTION.finditer(text):
                n = N.number_word(m.group("n"))
                end = text.find("\n\n", m.end())
                end = len(text) if end < 0 else end
                # (field lines "Label: value" below it, not a paragraph of prose)
                if n and 0 < n < 40 and re.match(r"\n[A-Z][\w .]{1,30}:[ \t]", text[m.end() : end]):
                    out.append((n, (m.start(), end)))
            return out

        return self.memo("season-sections", make)

    def season_length(self, season: int) -> int | None:
        """The number of episodes of ``season``, where the document states it."""
        return self._season_lengths().get(season)

    def season_offset(self, season: int) -> int | None:
        """Episodes before ``season`` starts (None unless every earlier season's length is stated)."""
        return self._season_offset(season)

    def topic_here(self, s: _Sent, at: int = 0) -> Mention | None:
        """The document's topic series as a mention in sentence ``s`` ("the series", "it")."""
        return self._topic_here(s, at)

    def pronoun_person(self, s: _Sent, before: int | None = None, nearest: bool = False) -> Mention | None:
        """Who a "he"/"she" in sentence ``s`` is: a person named earlier in the same sentence
        (before offset ``before`` of s.text; the first one, or the ``nearest``), else the person
        of the sentences before."""
        if before is not None:
            found = list(re.finditer(NAME, s.text[:before]))
            for m in reversed(found) if nearest else found:
                if nearest and re.search(r"\b(?:play(?:s|ed|ing)?|as|for)\s$", s.text[: m.start()]):
                    continue  # "for playing Rebecca Bunch on X, which she created": a role
                if re.match(POSS, s.text[m.end() : m.end() + 2]):
                    continue  # "Steven Spielberg's Schindler's List": a film's maker
                p = _person(s, m.group(), s.base + m.start(), s.base + m.end(), strict=False)
                if p is not None and self._person_like(s, p):
                    return _mention("person", self._full_name(p.text), p.start, p.end)
        return self._pronoun_person(s)

    def main_person(self) -> str | None:
        """The person the document names most often (at least three times), by full name."""
        return self.memo("core.main_person", self._main_person)

    # -- document-level -------------------------------------------------------------------

    def _strong_series(self, s: _Sent) -> Iterator[Mention]:
        for m in STRONG_SERIES.finditer(s.text):
            for g in STRONG_SERIES_GROUPS:
                sp = s.span(m, g)
                if (
                    sp
                    and re.match(r"['’]s\b", s.text[m.end(g) :])
                    and " " in sp[0]
                    and sp[0].rsplit(" ", 1)[0].rsplit(" ", 1)[-1][:1].isupper()
                ):
                    # "Netflix's The Defenders Marvel's Netflix characters": the owner is not in the
                    # title (but "Lark Rise to Candleford's second series" does not end in "to")
                    head = sp[0].rsplit(" ", 1)[0]
                    sp = (head, sp[1], sp[1] + len(head))
                if sp:
                    # "When Schitt's Creek premiered ...": a sentence-initial conjunction is not the title's
                    bare = LEADING_CONJUNCTION.sub("", sp[0]) if m.start(g) == 0 else sp[0]
                    quoted = re.match(r"[\"“]", s.sent.text[m.start(g) - 1 : m.start(g)]) and re.match(
                        r",?[\"”]", s.sent.text[m.end(g) :]
                    )
                    # (a title in quotes is all the quotes hold: "When They See Us", "In My Skin")
                    name = N.strip_leading_noise(bare) if g != "x7" and not quoted else bare
                    if g == "x7" and N.strip_possessive_brand(name) == name:
                        name = N.strip_leading_noise(name)
                    if (
                        g == "x9"
                        and N.looks_like_person_name(sp[0])
                        and re.search(
                            r"\b(?:moderator|host|presenter|executive|president|head|chief|boss|ceo|spokes\w+|"
                            r"programmer|commissioner|editor|critic|reporter|correspondent|publicist|analyst),? $",
                            s.text[: m.start()],
                            re.I,
                        )
                    ):
                        continue  # "The moderator, Crunchyroll's Lauren Moore": the service's person
                    if g == "x24":  # "Phil Redmond's Brookside, the Channel 4 soap"
                        at = appositive_title(s.text[: m.start(g)], name)
                        if at is None:
                            continue
                        name = name[at:]
                    if g in ("x16", "x18") and BY_NAMES_BEFORE.search(s.text, 0, m.start(g)):
                        continue  # '"Scooby-Doo," created by Joe Ruby and Ken Spears, which premiered'
                    # ("The CW's The 100": a title the patterns miss; "In series 3, ...": no title)
                    if name not in ("The", "A", "An") and name.lower() not in N.LEADING_NOISE:
                        yield _series(name, sp[2] - len(name), sp[2])

    def _obituary_person(self) -> str | None:
        """The person an obituary headline names: "Nichelle Nichols, Who Broke Barriers as Uhura on
        'Star Trek,' Dies at 89" (folded), else None."""
        if not self.sents:
            return None
        obit = re.match(
            rf"(?P<n>{NAME}),? [^\n]*\b(?:[Dd]ies|[Dd]ead|[Dd]ied) (?:at|aged) \d+", self.sents[0].text
        )
        if obit and " " in obit.group("n") and N.looks_like_person_name(obit.group("n")):
            return N.fold(obit.group("n"))
        # "Robert Vaughn obituary", "Obituary: Robert Vaughn"; or the body's "Robert Vaughn, who
        # has died aged 83, ..." early on
        head = re.match(rf"(?:[Oo]bituary:? )?(?P<n>{NAME})(?: obituary)?$", self.sents[0].text.strip())
        if head and "bituary" in head.group() and N.looks_like_person_name(head.group("n")):
            return N.fold(head.group("n"))
        for s in self.sents[:6]:
            died = re.search(rf"(?P<n>{NAME}), who (?:has )?died (?:aged|at the age of|on|in|at) ", s.text)
            if died and N.looks_like_person_name(died.group("n")):
                return N.fold(died.group("n"))
        return None

    def _lead_person(self) -> str | None:
        """A document about a person (an obituary, a profile): its headline and its first
        sentence both start with that person's name (computed once, when the topic is chosen)."""

        def find() -> str | None:
            found = self._find_lead_person()
            if found is not None and any(
                not m.weak and N.series_key(m.text) == N.series_key(found) for m in self.out.series_mentions
            ):
                return None  # "Harbour Lights leads ...": a series the article describes as one
            return found

        return self.memo("core.lead_person", find)

    def _find_lead_person(self) -> str | None:
        if len(self.sents) < 2:
            return None
        obit = self._obituary_person()
        if obit is not None:
            return obit
        if self._series_lead():
            return None
        head = self.sents[0]
        named = next((e for e in head.ents if e[2] == "PERSON" and e[0] == head.base), None)
        if named is not None and self.headline is None and not self.roundup:
            # "Raphael Bob-Waksberg Would Like You to Feel Something" over a body that opens
            # "Raphael Bob-Waksberg created BoJack Horseman, ...": a profile of that person
            name = head.sent.text[: named[1] - head.base]
            if " " in name and any(
                re.match(rf"{re.escape(name)} (?:[a-z]+ )?[a-z]+(?:ed|s)\b", t.text) for t in self.sents[1:5]
            ):
                return N.fold(name)
        pull = re.match(rf"(?P<n>{NAME}): ['‘\"“]", self.sents[0].text)
        if pull and self._pull_quote_person(self.sents[0].text, pull.group("n")):
            return N.fold(pull.group("n"))  # an interview: "Philippa Lowthorpe: 'I've always ...'"
        main = self.main_person()
        if (
            main is not None
            and not self.roundup
            and len([e for e in self.sents[0].ents if e[2] == "PERSON"]) <= 1
            and self.headline is None
            and not any(m.start < self.sents[0].sent.end for m in self.out.series_mentions)
            and (
                not re.search(
                    r"(?:^|\s)['‘\"“][A-Z]", self.sents[0].text
                )  # "on Saying Goodbye to 'Schitt's Creek'"
                or self._pull_quote_person(self.sents[0].text, main)
            )
            and re.search(rf"(?<!\w){re.escape(main)}(?!\w)", self.sents[0].text)
            and len(self.sents[0].text) < 160
        ):
            # "The Long Look: Barry Jenkins Between the Big Screen and the Small One", "A Clancy
            # Brown Career Retrospective": a headline naming the person the article names most
            return N.fold(main)
        if (
            main is not None
            and " " in main
            and not self.roundup
            and self.headline is None
            and not [e for e in self.sents[0].ents if e[2] == "PERSON"]
            and not any(m.start < self.sents[1].sent.end for m in self.out.series_mentions)
            and self.sents[1].text.startswith(main + " ")
        ):
            # a feature's headline ("The Outsider Who Made Network Comedy Weird Again"), then a
            # standfirst opened by the person the article names most ("Nahnatchka Khan spent ...")
            return N.fold(main)
        names = []
        for s in self.sents[:2]:
            # "Sir Michael Gambon, the Irish-born actor ...": an honour is not part of the name
            m = re.match(rf"(?:(?:Sir|Dame|Lord|Dr\.?) (?=[{N.UP}]))?(?P<n>{NAME})", s.text)
            if not m or not (
                s.ner_label(s.base + m.start("n"), s.base + m.end("n")) == "PERSON"
                or N.looks_like_person_name(m.group("n"))
            ):
                return None
            names.append(N.fold(m.group("n")))
        if names[0] != names[1] or " " not in names[0]:
            return None
        if any(N.series_key(m.text) == N.series_key(names[0]) for m in self.out.series_mentions):
            return None  # "Ted Lasso season 3: ...", "Ted Lasso returns to Apple TV+"
        return names[0]

    def _series_lead(self) -> bool:
        """Does the document open like an article about a series or a film?"""
        if any(LEAD_SERIES.match(s.text) for s in self.sents[:2]):
            return True  # "Crash Landing on You (Korean: ...) is a ... television series"
        return bool(
            re.search(
                r"^[^.(]*\((?:[\w ]+ )?(?:TV series|series|miniseries|TV programme|TV program|film)\)"
                r"|^[^.,;]*? (?:is|was) an? (?:(?!actor|actress|director|writer|producer|filmmaker|screenwriter|comedian|"
                r"singer|musician|author|journalist|showrunner|creator|star|host|rapper|model)[\w\-]+ ){0,6}?"
                r"(?:series|sitcom|miniseries|show|drama|programme|program|film)\b" + NOT_A_JOB,
                self.sents[0].text + "\n" + self.sents[1].text,
                re.M,
            )
        )  # "Happy Valley (TV series)" / "Happy Valley is a British crime drama"

    def _punctuated_title(self, short: str) -> Mention | None:
        """A title the name patterns cut at a comma or a plus ("Robots" of "Love, Death +
        Robots"): the longer form, when at least half the short one's uses are in it."""
        text = self.doc.text
        rx = rf"(?<![\w'’])(?:[{N.UP}][\w'’]*(?:,| \+| &| and)? ){{1,3}}{re.escape(short)}(?![\w'’])"
        # ("A Freaks and Geeks Rewatch": the article is no part of the title)
        forms = Counter(re.sub(r"^An? (?=\S+ and )", "", m.group()) for m in re.finditer(rx, text))
        alone = len(re.findall(rf"(?<![\w'’]){re.escape(short)}(?![\w'’])", text))
        if not forms:
            return None
        form, n = forms.most_common(1)[0]
        if n < 2 or 2 * n < alone or not re.search(r"[,+&]| and ", form):
            return None
        if any(
            " " in p.strip() and N.looks_like_person_name(p.strip()) for p in re.split(r"[,+&]| and ", form)
        ):
            return None  # "Larry David & Jerry Seinfeld": people, not a title
        at = text.find(form)
        return _series(form, at, at + len(form))

    def _longer_title(self, short: str, start: int) -> Mention | None:
        """A headline's short title ('Buffy') as the full title the body gives ("Buffy the
        Vampire Slayer"): the longest title starting with it that is not a person's name."""
        best: Mention | None = None
        if re.search(rf"[\"“]{re.escape(short)},?[\"”]", self.doc.text[start:]):
            return None  # the body quotes the title as it is: '"Will Trent," its new drama'
        for x in re.finditer(rf"(?<![\w'’]){re.escape(short)}(?=[ ])", self.doc.text[start:]):
            a = start + x.start()
            t = re.match(TITLE, self.doc.text[a:])
            if t is not None and t.group() == short:
                # "Percy Jackson and the Olympians": a joiner and "the" the name pattern stops at
                t = re.match(
                    rf"{re.escape(short)} (?:and|of|in|on|at|to) the {N.WORD}(?: {N.WORD})*",
                    self.doc.text[a:],
                )
            if t is None or not re.match(
                r" (?:the|of|and|in|on|at|to)(?: the)? [A-Z]", t.group()[len(short) :]
            ):
                continue  # "Buffy Summers" is a name, "The Last of Us Part II" another work
            s = self._sent_at(a)
            if (
                s is None
                or s.ner_label(a, a + len(t.group())) == "PERSON"
                or N.looks_like_person_name(t.group())
            ):
                continue
            if best is None or len(t.group()) > len(best.text):
                best = _series(t.group(), a, a + len(t.group()))
        if best is None:
            # "Degrassi: The Next Generation premiered on CTV" under "Degrassi: The Next Generation
            # Cast: Where Are They Now?": the subtitled title the body first gives
            # (where the body first names it: not "Saved by the Bell: Wedding in Las Vegas", a
            # later film of the series)
            # (not an infobox's value, "Last appearance: Farscape: The Peacekeeper Wars")
            first = next(
                (
                    f
                    for f in re.finditer(
                        rf"(?<![\w'’]){re.escape(short)}(?![\w'’]| [{N.UP}])", self.doc.text[start:]
                    )
                    if not re.search(
                        r"(?:^|\n)[A-Z][a-z]+(?: [a-z]+)*: \Z", self.doc.text[: start + f.start()]
                    )
                ),
                None,
            )
            x = (
                re.compile(rf"{re.escape(short)}: (?P<sub>{TITLE})").match(
                    self.doc.text, start + first.start()
                )
                if first
                else None
            )
            if x is not None and x.group("sub").split(" ")[0] not in HEADLINE_WORDS:
                best = _series(x.group(), x.start(), x.end())
        return best

    def _named_again(self, title: str, s: _Sent) -> bool:
        """Does the document name ``title`` outside sentence ``s`` too?"""
        text = self.doc.text
        return any(
            not (s.sent.start <= x.start() < s.sent.end)
            for x in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w'’])", text)
        )

    def _topic(self) -> Mention | None:
        m = PAGE_TITLE.match(self.doc.text)
        if m and re.search(rf"(?m)^{re.escape(m.group('t'))}\b", self.doc.text[m.end() :]):
            # an encyclopedia page's title line, "Demon Slayer: Kimetsu no Yaiba (TV series)",
            # whose lead repeats it: the whole title, whatever words it joins
            return _series(m.group("t"), m.start("t"), m.end("t"))
        m = PAGE_HEAD.match(self.doc.text)
        if m and not m.group("t").isupper():
            # a Wikipedia page's title line over a lead that repeats it: "Las chicas del cable\n\nLas
            # chicas del cable (English: Cable Girls) is a Spanish period drama television series"
            return _series(m.group("t"), m.start("t"), m.end("t"))
        forum = self._forum_title()
        if forum is not None:
            return forum
        m = TITLE_OVER_META.search(self.doc.text, 0, 600)
        if (
            m
            and (
                re.fullmatch(TITLE, m.group("t"))
                or re.fullmatch(rf"{QUOTED_TITLE}(?: \d{{1,4}})?: .+", m.group("t"))
                # (a title with lower-case words the lead repeats: "The Fall and Rise of Reginald Perrin")
                or (
                    re.fullmatch(QUOTED_TITLE, m.group("t"))
                    and re.search(rf"(?m)^{re.escape(m.group('t'))} (?:is|was)\b", self.doc.text[m.end() :])
                )
            )
        ):
            # (a subtitled one too: "Scam 1992: The Harshad Mehta Story")
            return _series(m.group("t"), m.start("t"), m.end("t"))
        m = TITLE_FIELD.search(self.doc.text, 0, 800)
        if m and INFOBOX_FIELD.search(self.doc.text, m.end(), m.end() + 400):
            # a catalogue record's field "Title: Skippy the Bush Kangaroo" over "Year: 1968-1970"
            t = re.sub(r"\s*\((?:TV|television|mini-?)(?: series)?\)$", "", m.group("t"))
            return _series(t, m.start("t"), m.start("t") + len(t))
        m = PAGE_YEAR_TITLE.match(self.doc.text)
        if m and re.search(rf"(?<!\w){re.escape(m.group('t'))}(?!\w)", self.doc.text[m.end() :]):
            # an archive's entry under its masthead: "BFI Screenonline: Television" over "Edge of
            # Darkness (1985)", a title the entry repeats
            return _series(m.group("t"), m.start("t"), m.end("t"))
        for s in self.sents[:2]:
            m = TOPIC_SEASON.match(s.text)  # "The second season of the American ... series Jessica Jones"
            if m:
                sp = s.span(m, "title")
                assert sp
                self.season_article = N.number_word(m.group("ord"))
                return _series(sp[0], sp[1], sp[2])
        for s in self.sents[:3]:
            m = TOPIC.match(s.text)
            if m:
                sp = s.span(m, "title")
                assert sp
                return _series(sp[0], sp[1], sp[2])
        if self._obituary_person() is not None or self.roundup:
            # "Nichelle Nichols, Who Broke Barriers as Uhura on 'Star Trek,' Dies at 89", "Emmys
            # 2025: 'The Pitt,' 'The Studio' and 'Adolescence' Win ...": no one series is the topic
            return None
        if self.headline_quoted:
            return self.headline
        # a headline about a spin-off: "Sky orders Brassic spin-off Tommo Abroad from Calamity Films"
        top = "\n".join(self.doc.text.lstrip().split("\n")[:3])
        spun = re.search(
            rf"\b(?:[Ss]pin-?[Oo]ff|[Pp]requel|[Ss]equel)(?: [Ss]eries)? ['‘\"“]?(?P<t>{TITLE})", top
        )
        if spun:
            found = [
                m for m in self.out.series_mentions if N.series_key(m.text) == N.series_key(spun.group("t"))
            ]
            if found:
                return found[0]
            t = spun.group("t")
            if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", self.doc.text[self.doc.text.find(t) + len(t) :]):
                a = self.doc.text.find(t)
                return _series(t, a, a + len(t))  # (a title the body names again)
        if self._lead_person() is not None:
            return None  # a profile of a person is not about one series
        if self.headline is not None:
            return self.headline
        if not self.out.series_mentions and self.sents:
            return self._headline_title()
        if not self.out.series_mentions:
            return None
        text = self.doc.text.replace("’", "'")
        counts: Counter[str] = Counter()
        for key in {N.series_key(m.text) for m in self.out.series_mentions}:
            form = N.strip_possessive_brand(
                next(m.text for m in self.out.series_mentions if N.series_key(m.text) == key)
            )
            counts[key] = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
        key = max(sorted(counts), key=lambda k: counts[k])
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) >= 2 and ranked[0] < 2 * ranked[1]:
            return None  # a feature about several series (a profile, a roundup): no one topic
        # the longest surface form of the most-cued series
        forms = [m for m in self.out.series_mentions if N.series_key(m.text) == key]
        return max(forms, key=lambda m: (len(m.text), -m.start))

    def _quoted_whole(self, cands: list[Candidate]) -> list[Candidate]:
        """A title the rules cut inside its quotes, "They See Us" from "When They See Us" (a
        first word read as a conjunction) or "Fosse" from "Fosse/Verdon": the quoted title."""
        # the series mentions as written: (text, where)
        cut = {
            (x.text, x.start)
            for c in cands
            for m in (c.subject, c.object)
            for x in (m, m.parent)
            if x is not None and x.kind == "series"
        }
        whole: dict[str, set[str]] = {}
        for q in QUOTED_WHOLE.finditer(self.doc.text):
            t, a = q.group("t"), q.start("t")
            first, _, rest = t.partition(" ")
            parts = [(rest, a + len(first) + 1)] if rest and first.lower() in N.LEADING_NOISE else []
            if "/" in t:
                parts.append((t.split("/")[0], a))
            for part, at in parts:
                if (part, at) in cut:  # a mention of exactly that part, inside these quotes
                    whole.setdefault(N.series_key(part), set()).add(t)
        for key, forms in whole.items():
            if len(forms) == 1:
                cands = _renamed_in(cands, key, forms.pop())
        return cands

    def _subtitled(self, cands: list[Candidate]) -> list[Candidate]:
        """A franchise entry called by its subtitle ("In Origins, created by ...") where the text
        gives its full title once ("NCIS: Origins"): the full title."""
        full: dict[str, set[str]] = {}
        for m in re.finditer(rf"(?<![\w:])(?P<f>{TITLE}): (?P<t>{TITLE})(?![\w:])", self.doc.text):
            if m.group("f").isupper() and re.search(r"(?:^|\n)$", self.doc.text[: m.start()]):
                continue  # an interview's speaker: "VULTURE: Undone is a very different animal."
            if SPINOFF_HEADING.fullmatch(m.group()):
                continue  # a heading: "Spin-off: Family Matters"
            if any(r.start("t") == m.start("t") for _, r, _ in self._nominee_rows()):
                continue  # a winners list's line: "Mini-Series: I May Destroy You (BBC One)"
            full.setdefault(N.series_key(m.group("t")), set()).add(m.group())
        if not full:
            return cands
        topic = N.series_key(self.out.topic.text) if self.out.topic is not None else None

        def fix(m: Mention) -> Mention:
            forms = full.get(N.series_key(m.text)) if m.kind == "series" else None
            if not forms or len(forms) != 1 or N.series_key(m.text) == topic:
                return m
            return _renamed(m, N.series_key(m.text), next(iter(forms)))

        return [dataclasses.replace(c, subject=fix(c.subject), object=fix(c.object)) for c in cands]

    def _directed_episodes(self, cands: list[Candidate]) -> list[Candidate]:
        """A series one person directed, whose length the text states once ("the four-part
        drama", "The eight-episode series"): every episode of it."""
        counts: dict[str, set[int]] = {}
        for c in cands:
            if c.relation == "numberOfEpisodes" and c.subject.kind == "series" and c.object.text.isdigit():
                counts.setdefault(N.series_key(c.subject.text), set()).add(int(c.object.text))
        out = []
        for c in cands:
            # ("series-directed-by" reads the text's episode total itself; else the count stated here)
            expand = c.relation == "directed"
            n = counts.get(N.series_key(c.object.text), set()) if expand else set()
            if expand and not n:
                # "Created by A, who wrote all eight episodes, and directed by B, Drops of God ..."
                said = {
                    N.number_word(x.group(1))
                    for x in ALL_N_EPISODES.finditer(self.doc.text, c.sentence[0], c.sentence[1])
                }
                if not said and c.rule == "film-which-directed":
                    # '"A Very English Scandal," a three-part drama written by A and directed by B'
                    said = {
                        N.number_word(x.group(1))
                        for x in SERIAL_LENGTH.finditer(self.doc.text, c.sentence[0], c.sentence[1])
                    }
                n = {k for k in said if k} if len(said) == 1 else set()
            shared = (
                # ("Bale directed the series" where Jones directed its fifth episode, or
                # "Directors: Hansal Mehta, Jai Mehta": not every one)
                any(
                    o.relation == "directed"
                    and N.series_key((o.object.parent or o.object).text) == N.series_key(c.object.text)
                    and (o.object.parent is not None or o.object.kind == "series")
                    and N.fold(o.subject.text) != N.fold(c.subject.text)
                    for o in cands
                )
                if expand and n
                else False
            )
            if c.object.kind != "series" or c.object.weak or len(n) != 1 or not 0 < min(n) <= 13 or shared:
                out.append(c)
                continue
            at = (c.subject.text, c.subject.start, c.subject.end)
            out.extend(
                dataclasses.replace(c, object=_episode(c.object, k, at), rule=c.rule + "-episodes")
                for k in range(1, min(n) + 1)
            )
        return out

    def _section_topics(self) -> list[tuple[int, int, int, Mention | None]]:
        """The sections of a roundup or a list article, each under a heading line that names one
        work ("Drops of God (France/Japan) — Drama Series", "3. 'The Bear' (FX)"), as (start,
        heading end, section end, series); none unless two headings name different works. A
        heading naming two known works ("Anthony and Sitting in Limbo") opens a section with no
        one work (None): each paragraph is about the work it opens with."""
        text = self.doc.text
        heads: list[tuple[int, int, Mention | None]] = []
        keys = {N.series_key(x.text) for x in self.out.series_mentions}
        for m in SECTION_HEADING.finditer(text):
            title, t_start = m.group("t"), m.start("t")
            if ":" in title and not title.isupper():
                continue  # (a colon only in a title in capitals: "DARKNESS: THOSE WHO KILL")
            joint = re.fullmatch(r"(.+?) (?:and|&) (.+)", title)
            if joint and not m.group("paren") and all(N.series_key(x) in keys for x in joint.groups()):
                heads.append((m.start(), m.end(), None))
                continue
            net_first = NETWORK_FIRST_HEADING.fullmatch(m.group().strip())
            if net_first:  # a trade roundup's "ABC — A Million Little Things": the work after the network
                title, t_start = net_first.group("t"), m.start() + net_first.start("t")
            words = title.split()
            known = any(N.series_key(x.text) == N.series_key(title) for x in self.out.series_mentions) or (
                # a title the headline quotes: "International Emmys: 'Tehran' and 'Call My Agent!' Win"
                bool(self.sents)
                and re.search(rf"['‘\"“]{re.escape(title)}['’\"”]", self.sents[0].text) is not None
            )
            # a numbered list's entry with its network, "1. The Curse (Showtime)" (no person; nor
            # need the entry repeat its title: "... co-created and wrote this ten-episode comedy")
            listed = bool(m.group("num") and m.group("paren") and NETWORK_NAME.search(m.group("paren")))
            if (
                title in SECTION_WORDS
                or re.fullmatch(r"(?:Series|Season|Part|Volume|Book|Chapter|Episode) \d{1,2}", title)
                or words[0] in AWARD_WORDS
                or (N.looks_like_person_name(title) and not m.group("dash") and not known and not listed)
            ):
                continue  # a part of an article, an award category ("Best Actor – Drama"), a person
            if not all(
                w.lstrip("'’")[:1].isupper()
                or w.lstrip("'’")[:1].isdigit()
                or w in TITLE_JOINERS | {"vs", "vs."}
                for w in words
            ):
                continue
            nxt = text.find("\n\n", m.end())
            body = text[m.end() : len(text) if nxt < 0 else nxt]
            if title.isupper() and len(title) > 3:
                # a guide's heading in capitals, "X-MEN '97 (Disney+, Wednesdays)": the body's spelling
                # (in its section, up to the next heading in capitals: under "MYSTERY ROAD" the
                # first line may be its slot, "Sunday 3 June, 8.30pm, ABC")
                nxt_head = re.search(r"\n\n[^a-z\n]{3,80}\n", text[m.end() :])
                section = text[m.end() : m.end() + nxt_head.start() if nxt_head else len(text)]
                spelt = re.search(rf"(?<!\w){re.escape(title)}(?!\w)", section, re.I)
                if (spelt is None or spelt.group().isupper()) and (
                    PORTFOLIO_FIELD.match(section.lstrip("\n")) or m.group("q")
                ):
                    # a production company's portfolio entry, "ACQUITTED (Frikjent)" over
                    # "Broadcaster: TV 2 Norway", a press release's '"FOUR KINGS"': the title in
                    # title case
                    title = _title_cased(title)
                    known = True
                elif spelt is None or spelt.group().isupper():
                    continue
                else:
                    title = spelt.group()
                body = section
                # (a title in its body's spelling, "Mystery Road": a heading as good as decorated)
                known = known or bool(re.fullmatch(TITLE, title))
            decorated = bool(m.group("paren") or m.group("dash") or m.group("num") or m.group("q"))
            if not ((decorated or known) and (title in body or known or m.group("dash") or listed)):
                continue
            heads.append((m.start(), m.end(), _series(title, t_start, t_start + len(title))))
        # a listings page: "9.00pm  BBC FOUR" over "Borgen (series 2)", "Local Hero (1983) ★★★★★"
        listed_heads = [
            (
                m.start(),
                m.end(),
                _series(m.group("t").strip(), m.start("t"), m.start("t") + len(m.group("t").strip())),
            )
            for m in LISTING_HEADING.finditer(text)
            # (the line's words after the time are a channel's, not a title: "9.00pm  BBC FOUR")
            if m.group("net").isupper() or NETWORK_NAME.fullmatch(m.group("net").strip())
        ]
        taken_lines = {h[0] for h in listed_heads}
        listed_heads += [
            _listing_head(m)
            for m in LISTING_TIME_TITLE.finditer(text)
            if m.start() not in taken_lines
            and not m.group("t").isupper()
            and not LISTING_ENTRY.match(text, m.start())  # ("9.00pm  Roadkill  BBC One": see below)
        ]
        listed_heads += [_listing_head(m) for m in LISTING_ENTRY.finditer(text)]
        listed_heads_n = len(listed_heads)
        if len(listed_heads) >= 3:
            taken = {h[0] for h in listed_heads}
            heads = sorted(listed_heads + [h for h in heads if h[0] not in taken], key=lambda h: h[0])
        if len({N.series_key(h[2].text) for h in heads if h[2] is not None}) < 2:
            return []
        # (a section ends at the next heading, also one naming no work: "Later years", "Filmography")
        breaks = [
            x.start() for x in SECTION_HEADING.finditer(text) if not x.group("q") and not x.group("num")
        ]
        return [
            (
                a,
                e,
                min(
                    [heads[i + 1][0] if i + 1 < len(heads) else len(text)]
                    + ([b for b in breaks if b >= e] if listed_heads_n < 3 else [])
                ),
                m,
            )
            for i, (a, e, m) in enumerate(heads)
        ]

    def _spinoff_sections(self) -> list[tuple[int, int, Mention]]:
        """The sections of an article about one series that describe another, a spin-off or a
        sequel, under a heading naming it ("Spin-off: Family Matters", "Family Matters cast"):
        (start, end, series), each up to the next heading that does not name it."""

        def make() -> list[tuple[int, int, Mention]]:
            text, topic = self.doc.text, self.out.topic
            if topic is None:
                return []
            heads = [
                m
                for m in re.finditer(r"(?:(?<=\n\n)|(?<=^))[A-Z][^.!?;,\n]{0,70}(?=\n)", text)
                if len(m.group().split()) <= 8
            ]
            found: list[tuple[int, int, Mention]] = []
            for i, h in enumerate(heads):
                sp = SPINOFF_HEADING.fullmatch(h.group())
                title = sp and (sp.group("t") or sp.group("t2"))
                if not sp or not title or N.series_key(title) == N.series_key(topic.text):
                    continue
                if not any(
                    N.series_key(m.text) == N.series_key(title) for m in self.out.series_mentions
                ) and (not sp.group("t") or title not in text[h.end() :]):
                    continue  # ("Original cast", "Later cast": no work's name)
                if found and found[-1][1] > h.start():
                    continue  # (inside the section of an earlier heading naming it)
                end = len(text)
                for later in heads[i + 1 :]:
                    if title not in later.group():
                        end = later.start()
                        break
                at = h.start() + h.group().index(title)
                found.append((h.start(), end, _series(title, at, at + len(title))))
            return found

        return self.memo("core.spinoff_sections", make)

    def _work_at(self, pos: int) -> Mention | None:
        """The topic, or the spin-off whose section holds ``pos``."""
        return next((m for a, b, m in self._spinoff_sections() if a <= pos < b), self.out.topic)

    def episode_antecedent(self, s: _Sent) -> Mention | None:
        """The episode "It" opens sentence ``s`` about: the one the sentence before names as its
        subject ('The first episode, "Sonny's Friend," was broadcast on 5 February 1968. It was
        written by ...'), counted in the series (an article about a later season's: none)."""
        if not re.match(r"It (?:was|is)\b", s.text) or self.focus_season() not in (None, 1):
            return None
        k = self._sentence_index(s.base)
        if k < 1 or "\n\n" in self.doc.text[self.sents[k - 1].sent.end : s.base]:
            return None
        prev = self.sents[k - 1]
        m = re.match(
            rf"The (?:(?P<ord>{N.ORDINAL_RE}) episode|(?P<pilot>pilot)(?: episode)?|series premiere)\b"
            rf"(?:, ['‘\"“][^\n]{{1,80}}?(?:,['’\"”]|['’\"”],))? (?:was|is|aired|premiered)\b",
            prev.sent.text,
        )
        topic = self.out.topic
        if m is None or topic is None or topic.kind != "series":
            return None
        n = 1 if not m.group("ord") else N.number_word(m.group("ord"))
        if not n or n < 1:
            return None
        return _episode(topic, n, (m.group(), prev.sent.start, prev.sent.start + len(m.group())))

    def credit_roll(self) -> bool:
        """Is the document a credits roll, a line per card ("Directed by Steve DiMarco", "Casting
        by Sharon Forrest", "Director of Photography: Christopher Ball"), eight or more of them?"""

        def make() -> bool:
            cards = [m.group() for m in CREDIT_ROLL_LINE.finditer(self.doc.text)]
            # (cards without colons among them: not a page of "Label: value" fields)
            bare = sum(1 for c in cards if ":" not in c)
            return len(cards) >= 8 and bare >= 3

        return self.memo("credit-roll", make)

    def has_sections(self) -> bool:
        """Is the document a roundup or portfolio of entries under headings naming works?"""
        return self.memo("has-sections", lambda: bool(self._section_topics()))

    def _entry_owner_facts(self, s: _Sent, work: Mention) -> Iterator[Candidate]:
        """What a page of entries under headings says of each entry's series by who publishes
        it: a network's schedule release (its network) or a production company's portfolio page
        ("MISO FILM | Our productions" over "Miso Film is a Scandinavian production company ...":
        the company's production)."""
        if work.kind != "series":
            return
        release = re.match(
            rf"\s*(?P<net>{BROADCASTERS}) (?:ANNOUNCES|UNVEILS|SETS|Announces|Unveils|Sets) [^\n]*(?:SCHEDULE|LINEUP|Schedule|Lineup)\b",
            self.doc.text,
        )
        if release is not None:
            # a network's schedule announcement, "NBC ANNOUNCES 2005-2006 PRIMETIME SCHEDULE": its
            # new series' network
            net = release.group("net")
            org = _mention("organization", net, release.start("net"), release.end("net"))
            yield self.emit(s, work, "originalNetwork", org, "schedule-release")
        top = PORTFOLIO_MASTHEAD.match(self.doc.text)
        if top is None:
            return
        name = top.group("c").strip()
        spelt = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", self.doc.text[top.end() :], re.I)
        if name.isupper() and spelt is not None:
            name = spelt.group()
        if not re.search(
            rf"(?<!\w){re.escape(name)},? (?:is|was) an? (?:[\w\-]+ ){{0,4}}(?:production company|studio|producer)\b",
            self.doc.text,
        ):
            return
        a = top.start("c")
        org = _mention("organization", name, a, a + len(name))
        yield self.emit(s, work, "productionCompany", org, "portfolio")

    def _heading_network(self, s: _Sent, work: Mention) -> Iterator[Candidate]:
        """The network in a section heading's brackets, before any schedule: "PALM ROYALE (Apple
        TV+, Wednesdays)", "A GENTLEMAN IN MOSCOW (Paramount+ with Showtime, Friday)"."""
        m = HEADING_NETWORK.search(s.text) or NETWORK_FIRST_HEADING.fullmatch(s.text.strip())
        entry = LISTING_ENTRY.fullmatch(self.doc.text, s.sent.start, s.sent.end)
        if (
            entry is not None
            and work.kind == "series"
            and not re.fullmatch(r" \((?:r|R|repeat)\)", entry.group("paren") or "")
        ):
            # a listings entry's channel, "9.00pm  Roadkill  BBC One": the series' network, unless
            # a repeat's, or the entry names another ("began on the digital channel Dave")
            end = self.doc.text.find("\n\n", entry.end())
            body = self.doc.text[entry.end() : len(self.doc.text) if end < 0 else end]
            net = entry.group("net")
            moved = re.search(
                rf"\b(?:began|launched|started|premiered|first shown|first aired|moved|originally) (?:on|to|in) (?!{re.escape(net)}\b)",
                body,
            )
            if (
                NETWORK_NAME.fullmatch(net)
                and not moved
                and all(x.group() == net for x in NETWORK_NAME.finditer(body))
            ):
                m = entry
        if m:
            net = _mention("organization", m.group("net"), s.base + m.start("net"), s.base + m.end("net"))
            yield Candidate(
                work, "originalNetwork", net, self.doc.iri, (s.sent.start, s.sent.end), "network-heading"
            )

    def _forum_title(self) -> Mention | None:
        """A fan forum's thread under its board's name, "r/KathAndKim": the series the body
        names in those words ("Kath and Kim", "Kath & Kim")."""
        m = re.match(r"\s*r/(?P<n>[A-Za-z0-9]{3,40})[ \t]*\n", self.doc.text)
        if m is None:
            return None
        words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", m.group("n"))
        if len(words) < 2:
            return None
        rx = r"\s*".join(r"(?:and|&)" if w.lower() == "and" else re.escape(w) for w in words)
        found = re.search(rf"(?<![\w'’]){rx}(?![\w'’])", self.doc.text[m.end() :], re.I)
        if found is None or not found.group()[:1].isupper():
            return None
        a = m.end() + found.start()
        return _series(found.group(), a, a + len(found.group()))

    def _title_and_alias(self, s: _Sent, m: re.Match[str], a: str, b: str) -> bool:
        """ "High Seas (Alta Mar), a new Spanish-language mystery drama": a series the document is
        about and its title in another language (quoted elsewhere, or the brackets followed by
        what kind of work it is), not an actor and a role."""
        if self.out.topic is None or N.series_key(a) != N.series_key(self.out.topic.text):
            return False
        if re.search(rf"[\"“'‘]{re.escape(b)}[\"”'’]", self.doc.text):
            return True
        return bool(re.match(rf", (?:a|an|the) (?:[\w\-]+ ){{0,4}}?{OWNED_SERIES_NOUN}\b", s.text[m.end() :]))

    def _headline_title(self) -> Mention | None:
        """No series cue at all: the first title in the first sentence that the document repeats."""
        first = self.sents[0]
        best: tuple[int, Mention] | None = None
        for m in re.finditer(TITLE, first.text):
            full = N.strip_leading_noise(m.group())
            about = re.search(
                r"\b(?:oral history|history|making|story|retrospective|celebration|rewatch|anniversary) of $",
                first.text[: m.start()],
            )  # "an oral history of Press Gang, 30 years on" (NER may call it a person)
            if not about and first.ner_label(first.base + m.start(), first.base + m.end()) in (
                "PERSON",
                "GPE",
                "DATE",
            ):
                continue
            words = full.split(" ")
            # "The Terror Renewed for Season 2": the longest start of the match the body repeats
            for k in range(len(words), 0, -1):
                name = " ".join(words[:k])
                if NETWORK_NAME.fullmatch(name) or name in HEADLINE_WORDS or len(name) < 3:
                    continue
                if name in HEADLINE_TITLE_STOP or re.search(
                    r" (?:Season|Series|Part|Episode|Chapter|Volume|Book)$", name
                ):
                    continue  # "Ginny & Georgia Season 2 Is Coming": the title ends before "Season"
                count = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", self.doc.text))
                if count >= 2:
                    end = first.base + m.end() - len(full) + len(name)
                    if best is None:  # (the headline's first repeated title: its subject)
                        best = (count, _series(name, end - len(name), end))
                    break
        return best[1] if best else None

    def _paragraph_series(self, s: _Sent) -> Mention | None:
        """In an article with no one topic (a roundup), the series a paragraph opens with ("The
        Fall of the House of Usher, created by Flanagan, premiered on Netflix ..."): the
        paragraph is about it."""
        start = self.doc.text.rfind("\n", 0, s.base) + 1
        bullet = LIST_BULLET.match(self.doc.text, start) or re.compile(r"A: ").match(self.doc.text, start)
        start = bullet.end() if bullet else start  # a list item: "* Skam France premiered on ..."
        return self.memo(f"paragraph-series:{start}", lambda: self._find_paragraph_series(start))

    def _sentence_series(self, s: _Sent) -> Mention | None:
        """In an article with no one topic, a sentence that opens with a work the document names
        elsewhere, then a comma: "Sitting in Limbo, directed by Stella Corradi, stars ..." (in a
        paragraph that opened with another work)."""
        for m in self.out.series_mentions:
            if not m.weak and m.start == s.base and self.doc.text[m.end : m.end + 2] == ", ":
                return m
        titles = sorted({m.text for m in self.out.series_mentions if not m.weak}, key=len, reverse=True)
        t = next((t for t in titles if s.text.startswith(t + ", ")), None)
        return _series(t, s.base, s.base + len(t)) if t is not None else None

    def _find_paragraph_series(self, start: int) -> Mention | None:
        opening = [
            m
            for m in self.out.series_mentions
            if not m.weak
            and m is not self.headline
            and (
                m.start == start
                or NETWORK_OWNER.fullmatch(self.doc.text, start, m.start)
                or (
                    m.start == start + 1 and self.doc.text[start] in "\"“‘'"
                )  # '"The Golden Girls," created by'
            )
            and (" " in m.text or self._full_name(m.text) == m.text)  # not "Favreau, the series' showrunner"
        ]
        if opening:
            return opening[0]
        # a title the article names elsewhere (an awards story's nominee row, "Heartland (CBC)"),
        # opening the paragraph as its subject: "Heartland, set on a horse ranch ..., premiered",
        # "Brent Butt's Corner Gas ended its sixth and final season"
        for t in sorted(
            {m.text for m in self.out.series_mentions if not m.weak and m is not self.headline},
            key=len,
            reverse=True,
        ):
            named = re.match(
                rf"(?P<t>{re.escape(t)})(?=, )|{NAME}['’]s (?P<t2>{re.escape(t)})(?= [a-z]+ed\b)",
                self.doc.text[start:],
            )
            if named and (" " in t or self._full_name(t) == t):
                g = "t" if named.group("t") else "t2"
                return _series(t, start + named.start(g), start + named.end(g))
        described = self._described_in_opening(start)
        if described is not None:
            return described
        noun = NOUN_TITLE_OPENER.match(self.doc.text, start)
        if noun is not None and self.doc.text.find("\n", start, noun.end()) < 0:
            # "The television film A Very Brady Christmas, written by ...": a paragraph on that film
            return _series(noun.group("t"), noun.start("t"), noun.end("t"))
        lead = PARAGRAPH_LEAD.match(self.doc.text, start)
        if lead is None:
            return None
        described = (
            lead.group("q")
            or lead.group("cred")
            or lead.group("was")
            or (
                lead.group("desc")
                and re.search(
                    r"\b(?:adaptation|series|miniseries|drama|comedy|sitcom|show|anthology|thriller|version|remake|spin-?off|reboot|revival)\b",
                    lead.group("desc"),
                )
            )
        )
        first = self.sents[self._sentence_index(start)]
        if not described and (
            N.looks_like_person_name(lead.group("t")) or first.ner_label(start, lead.end("t")) == "PERSON"
        ):
            return None  # (a work noun in the apposition: "Wolf Hall, Peter Straughan's adaptation of ...")
        page = self.doc.text.split("\n", 1)[0].strip()
        if (
            " " not in lead.group("t")
            and page.startswith(lead.group("t") + " ")
            and len(page.split()) <= 3
            and re.fullmatch(NAME, page)
        ):
            return None  # a character page's own character: "Aeryn was created by ..." under "Aeryn Sun"
        return _series(lead.group("t"), lead.start("t"), lead.end("t"))

    def _described_in_opening(self, start: int) -> Mention | None:
        """A paragraph whose first sentence names and describes another series than the
        article's ("Dianne Wiest won for In Treatment, HBO's half-hour drama developed by ..."),
        and never names the article's own: the paragraph is about that series."""
        text = self.doc.text
        para = text[slice(*_line_bounds(text, start))]
        topic = self.doc_topic
        if topic is not None and re.search(rf"(?<![\w'’]){re.escape(topic.text)}(?![\w'’])", para):
            return None
        first = self.sents[self._sentence_index(start)]
        for m in self.out.series_mentions:
            if m.weak or m is self.headline or not (first.base <= m.start and m.end <= first.sent.end):
                continue
            if (
                topic is None or N.series_key(m.text) != N.series_key(topic.text)
            ) and SERIES_DESCRIBED_AFTER.match(text, m.end):
                if (
                    m.start - 3 > first.base and text[m.start - 3 : m.start] == "In "
                ):  # "won for In Treatment"
                    return _series("In " + m.text, m.start - 3, m.end)
                return m
        return None

    def _full_title(self, work: Mention) -> Mention:
        """A short title the text gives in full elsewhere, once: "Usher" for "The Fall of the
        House of Usher"."""
        if N.series_key(work.text) in self.series_keys():
            return work
        longer = {
            m.text
            for m in self.out.series_mentions
            if (
                m.text.endswith(" " + work.text)
                # "Lark Rise" for "Lark Rise to Candleford", "BoJack" for "BoJack Horseman"
                or re.match(rf"{re.escape(work.text)} (?:(?:of|to|and|in|on|at|for|from) )?[{N.UP}]", m.text)
            )
            and m.text != work.text
        }
        if not longer:  # a title the name patterns split: "The Fall of the House of Usher"
            longer = {
                x.group().strip()
                for x in re.finditer(
                    rf"(?<![\w'’])(?:The|A|An) {_JOINED_TITLE}(?: (?:of|the|and|in|on|at|for|to))* {re.escape(work.text)}(?![\w'’])",
                    self.doc.text,
                )
                if re.search(r" (?:of|the|and|in|on|at|for|to) ", x.group())
                and not N.looks_like_person_name(x.group())
            } | {
                x.group()
                for x in re.finditer(
                    rf"(?<![\w'’]){re.escape(work.text)} (?:of|to|and|in|on|at|for|from) {N.WORD}(?: {N.WORD})*(?![\w])",
                    self.doc.text,
                )
            }
        return dataclasses.replace(work, text=longer.pop(), weak=False) if len(longer) == 1 else work

    def _topic_here(self, s: _Sent, at: int) -> Mention | None:
        """The topic series, as a mention located in this sentence (for provenance)."""
        t = self.out.topic
        if t is None and self._lead_person() is not None:
            t = self._series_in_view(s.base + at)  # an obituary: the series its paragraph is about
        if t is None:
            return None
        return Mention(t.text, "series", s.base + at, s.base + at, weak=False)

    def _series_in_view(self, pos: int) -> Mention | None:
        """The series last named, with a series cue, earlier in the paragraph holding ``pos``, or
        in the paragraph before when this one goes on from it (see _goes_on)."""
        text = self.doc.text
        start, stop = _line_bounds(text, pos)
        before = [m for m in self.out.series_mentions if start <= m.start < pos and m is not self.headline]
        if not before and self._goes_on(start, pos, stop):
            # "NBC's "The Cosby Show," created by ... premiered ...\n\nSandrich directed the pilot":
            # a paragraph that opens with the work's episodes goes on from the one before (or,
            # past paragraphs that name no work at all, from the one before them)
            hi = start
            for _ in range(3):
                prev = text[:hi].rstrip().rfind("\n") + 1 if hi else 0
                before = [
                    m for m in self.out.series_mentions if prev <= m.start < hi and m is not self.headline
                ]
                if before or prev == 0 or re.search(r"[\"“]", text[prev:hi]):
                    break
                if re.fullmatch(r"[^.!?\n]{1,60}", text[prev:hi].strip()):
                    break  # a heading ("Film"): a new section
                hi = prev
        return before[-1] if before else None

    def _goes_on(self, start: int, pos: int, stop: int) -> bool:
        """Does the paragraph text[start:stop] go on about the work of the paragraph before, up to
        ``pos``: it opens with the profile's person or a pronoun ("Sandrich directed ...", "He
        ..."), and names no series, no quoted title and no other title ("His own series was ...
        The Underground Railroad, adapted from ...")?"""
        text = self.doc.text
        first_word = re.match(r"[\w'’\-]+", text[start:])
        return (
            first_word is not None
            and (
                first_word.group() in ("He", "She", "His", "Her", "It", "Its")
                or N.fold(first_word.group()) in (self._lead_person() or "").split()
                or re.match(r"The (?:show|series|sitcom|program|programme|drama|comedy)\b", text[start:])
                is not None
            )
            and not re.search(r"[\"“]", text[start:pos])
            and not any(start <= m.start < stop for m in self.out.series_mentions)
            and not any(
                " " in x.group() and not N.looks_like_person_name(x.group())
                for x in re.finditer(TITLE, text[start:pos])
            )
        )

    # -- sentence-level -------------------------------------------------------------------

    def _sentence(self, s: _Sent) -> Iterator[Candidate]:
        cands = list(self._sentence_rules(s))
        cands += list(self._loose_as(s, cands))
        cands += list(self._pronoun_roles(s, cands))
        cands += list(self._named_was_roles(s, cands))
        cands += list(self._earlier_actors(s, cands))
        cands += list(self._gapped_roles(s, cands))
        cands += list(self._replaced_as(s))
        cands += list(self._series_directors(s))
        cands += list(self._voice_of(s))
        cands += list(self._work_tails(s, cands))
        cands += list(self._opposite_roles(s, cands))
        cands += list(self._object_pronoun_roles(s, cands))
        cands += list(self._work_in_view(s, cands))
        cands += list(self._gapped_directors(s, cands))
        cands += list(self._rest_of_season(s, cands))
        if s.index == 0 and _title_case(s.text):
            # a Title Case headline ("Nichelle Nichols, Who Broke Barriers as Uhura, Dies at 89"):
            # a name in a role pair must be one the article body uses too
            body = self.doc.text[s.sent.end :]
            cands = [
                c
                for c in cands
                if c.relation not in ("plays", "appearsIn")
                or all(re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", body) for m in (c.subject, c.object))
            ]
        yield from cands
        yield from self._topic_cast(s, cands)

    def _season_span(self, numbers: list[int]) -> tuple[int, int] | None:
        """The first and last episode numbers of the season holding all of ``numbers``, if the
        document gives that season's length and every earlier one's."""
        lengths = self._season_lengths()
        first = 1
        for k in range(1, max(lengths, default=0) + 1):
            if k not in lengths:
                return None
            last = first + lengths[k] - 1
            if all(first <= n <= last for n in numbers):
                return first, last
            first = last + 1
        return None

    def _credited_person(self, s: _Sent, span: tuple[str, int, int]) -> Mention | None:
        """The person a gapped or "the rest" clause names, if the name looks like a person."""
        who = _person(s, *span, strict=False)
        if not self._person_like(s, who):
            return None
        return who

    def _gapped_directors(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """ "Podeswa directed the fourth and the last, Helen Shaver the fifth and sixth, and Lucy
        Tcherniak the seventh": each gapped "NAME the ORDINALS" after a directing clause, counted
        in the season of the episodes that clause names."""
        given = [c.object for c in cands if c.relation == "directed" and c.object.kind == "episode"]
        if not given or any(g.number is None for g in given):
            return
        first_at = min(c.subject.start for c in cands if c.relation == "directed") - s.base
        own = self._own_paragraph_length(s.base + first_at)
        span = (1, own) if own else self._season_span([g.number for g in given])  # type: ignore[misc]
        if span is None and not self._multi_season() and all(g.number <= 30 for g in given):  # type: ignore[operator]
            span = (1, self._episode_total() or 0)
        if span is None:
            return
        series = given[0].parent
        ev = (s.sent.start, s.sent.end)
        for m in GAPPED_DIRECTOR.finditer(s.text, max(first_at, 0)):
            w = s.span(m, "who") or s.span(m, "who2") or s.span(m, "who4")
            assert w
            who = self._credited_person(s, w)
            if who is None:
                continue
            if m.group("who4"):
                last = self._series_total() if m.group("fin") == "series " else span[1]
                if last:
                    yield Candidate(
                        who, "directed", _episode(series, last, w), self.doc.iri, ev, "directed-gapped"
                    )
                continue
            numbers = []
            cnt = N.number_word(m.group("cnt")) if m.group("cnt") else None
            if cnt:  # "and John Strickland the last two"
                if not span[1] or cnt >= span[1] - span[0] + 1:
                    continue
                numbers = list(range(span[1] - cnt + 1, span[1] + 1))
                taken = {g.number or 0 for g in given}
                if taken & set(numbers) or (
                    re.search(r"\b(?:remaining|other)\b", m.group("eps")) and max(taken) + cnt != span[1]
                ):
                    continue  # "the remaining five" must be what is left of the season
            for word in re.findall(r"[a-z]+", "" if cnt else (m.group("eps") or m.group("eps2"))):
                if word in ("the", "and"):
                    continue
                k = span[1] if word in ("last", "final") else N.number_word(word)
                if not k or k < 0:
                    numbers = []
                    break
                numbers.append(k if word in ("last", "final") else span[0] + k - 1)
            if not numbers or (span[1] and max(numbers) > span[1]):
                continue
            pairs = [(who, n) for n in numbers]
            w3 = s.span(m, "who3")
            if w3:  # "and the ninth and tenth by A and B, respectively"
                other = self._credited_person(s, w3)
                if other is None or not m.group("resp") or len(numbers) != 2:
                    continue
                pairs = [(who, numbers[0]), (other, numbers[1])]
            for person, n in pairs:
                yield Candidate(
                    person, "directed", _episode(series, n, w), self.doc.iri, ev, "directed-gapped"
                )

    def _rest_of_season(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """ "A directed the first four episodes of the new season and B the remaining four",
        "... with B handling the rest", "..., and by B, who directed the other four": B directed
        the season's episodes this sentence gives no one else. Only when the season's length is
        known, every episode named lies in that one season, and a stated count matches."""
        m = REST_OF_SEASON.search(s.text)
        if m is None:
            return
        given = [c.object for c in cands if c.relation == "directed" and c.object.kind == "episode"]
        if not given or any(g.number is None for g in given):
            return
        season = self._season_span([g.number for g in given])  # type: ignore[misc]
        taken = {g.number for g in given}
        count = N.number_word(m.group("n")) if m.group("n") else None
        if season is None and count and max(taken) - min(taken) + 1 == len(taken):  # type: ignore[operator]
            # "A directed the first four episodes and B the remaining four": the next four
            season = (min(taken), max(taken) + count)  # type: ignore[operator]
        if season is None:
            return
        rest = [n for n in range(season[0], season[1] + 1) if n not in taken]
        if not rest or (count is not None and count != len(rest)):
            return
        w = s.span(m, "who")
        assert w
        who = self._credited_person(s, w)
        if who is None:
            return
        series = given[0].parent
        ev = (s.sent.start, s.sent.end)
        for n in rest:
            yield Candidate(who, "directed", _episode(series, n, w), self.doc.iri, ev, "directed-rest")

    def _opposite_roles(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """A co-star's role in the work just named: "as Jaden Ferguson in Jody Hill's The Legacy,
        opposite Josh Brolin as his father, Buck Ferguson" (Buck Ferguson is in The Legacy too)."""
        placed = {N.fold(c.subject.text) for c in cands if c.relation == "appearsIn"}
        works = [c.object for c in cands if c.relation == "appearsIn" and c.object.end > c.object.start]
        last: tuple[int, Mention] | None = None  # the end of the last role placed, and its work
        for c in sorted(cands, key=lambda c: c.subject.start):
            if c.relation != "plays" or N.fold(c.object.text) in placed or c.subject.start > c.object.start:
                continue
            if last is not None and re.fullmatch(
                r",? and ", s.text[last[0] - s.base : c.subject.start - s.base]
            ):
                # "opposite Michael Douglas as Sandy and Sarah Baker as his daughter, Mindy"
                placed.add(N.fold(c.object.text))
                last = (c.object.end, last[1])
                yield Candidate(c.object, "appearsIn", last[1], c.doc, c.sentence, "opposite-in-work")
                continue
            for w in works:
                gap = s.text[w.end - s.base : c.subject.start - s.base]
                if 0 <= len(gap) <= 40 and re.fullmatch(
                    r"(?: \(\d{4}\))?[,\"”]{0,2} (?:opposite|alongside|with) ", gap
                ):
                    placed.add(N.fold(c.object.text))
                    last = (c.object.end, w)
                    yield Candidate(c.object, "appearsIn", w, c.doc, c.sentence, "opposite-in-work")
                    break

    def _object_pronoun_roles(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """The same role in another version: "Natsuki Hanae voices Tanjiro Kamado in the
        original Japanese version, and Zach Aguilar voices him in the English dub"."""
        for m in OBJECT_PRONOUN_ROLE.finditer(s.text):
            at = s.base + m.start("actor")
            roles = [c for c in cands if c.relation == "plays" and c.object.end <= at]
            if not roles or re.search(
                r"\b(?:he|she|him|her)\b", s.text[roles[-1].object.end - s.base : m.start()]
            ):
                continue  # no role before, or another pronoun between
            a = s.span(m, "actor")
            assert a
            actor = _person(s, *a, strict=False)
            role = max(roles, key=lambda c: c.object.end)
            if actor is not None and N.fold(actor.text) != N.fold(role.subject.text):
                yield Candidate(actor, "plays", role.object, role.doc, role.sentence, "pronoun-object")

    def _work_tails(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """The work named right after a role that no rule placed: "who had previously played
        Shane Vendrell on the FX police drama The Shield", "plays Cooper Howard, the mutated
        gunslinger, in Prime Video's Fallout". A bare title ("on Game of Thrones") must not be
        a place, a person or a date; with a network, an owner ("Robert Eggers's The Witch") or
        a work noun ("the superhero series Titans") in front, any title will do."""
        placed = {N.fold(c.subject.text) for c in cands if c.relation == "appearsIn"}
        ev = (s.sent.start, s.sent.end)
        # "It joins NCIS: Sydney, which premiered ... with A and B as X and Y": the which-clause's work
        clauses = [
            (m.start("rest"), m.end("rest"), m)
            for m in WHICH_CLAUSE_WORK.finditer(s.text)
            if not BY_NAMES_BEFORE.search(
                s.text, 0, m.start("t")
            )  # "created by Joe Ruby and Ken Spears, which"
            and (
                ":" in m.group("t")  # "NCIS: Sydney" (whose "Sydney" NER calls a place)
                # "Boiling Point, which Barantini directed, starring Graham as X": the clause says it is a work
                or re.match(
                    rf"(?:{NAME} )?(?:also )?(?:directed|co-directed|wrote|created|premiered|aired|debuted)\b",
                    m.group("rest"),
                )
                or (
                    not N.looks_like_person_name(m.group("t"))  # "created by Marti Noxon, which he directed"
                    and s.ner_label(s.base + m.start("t"), s.base + m.end("t")) not in PLAIN_ENTITY_LABELS
                )
            )
        ]
        for c in cands:
            if c.relation != "plays" or N.fold(c.object.text) in placed:
                continue
            inside = [
                m for a, b, m in clauses if a <= c.subject.start - s.base and c.object.end - s.base <= b
            ]
            if (
                inside
                and self.out.topic is not None
                and N.series_key(inside[-1].group("t")) != N.series_key(self.out.topic.text)
            ):
                t = inside[-1]
                name, end = N.strip_leading_noise(t.group("t")), s.base + t.end("t")
                work = _series(name, end - len(name), end)
                placed.add(N.fold(c.object.text))
                yield Candidate(c.object, "appearsIn", work, self.doc.iri, ev, "which-clause-work")
        for c in cands:
            if c.relation != "plays":
                continue
            first = ROLE_FIRST_PLAYED.match(s.text, c.object.end - s.base) if c.object.end > s.base else None
            if first is not None:
                tg = "tq" if first.group("tq") else "t"
                a, b = s.base + first.start(tg), s.base + first.end(tg)
                if s.ner_label(a, b) not in {"GPE", "LOC", "FAC", "DATE", "PERSON"}:
                    work = _series(first.group(tg), a, b, weak=tg == "t")
                    yield Candidate(c.object, "appearsIn", work, self.doc.iri, ev, "role-first-played")
                continue  # (the role is placed where it stands, in the sentence's own work)
            if N.fold(c.object.text) in placed:
                continue
            at = c.object.end - s.base
            if c.subject.start > c.object.start and re.search(
                r"\b(?:played|portrayed|voiced) by $", self.doc.text[c.object.end : c.subject.start]
            ):
                at = c.subject.end - s.base  # "Jason Colby, was played by Charlton Heston in The Colbys"
            elif c.subject.start > c.object.start:
                continue  # a character before its actor ("X (Y)") has its own tail
            if at <= 0 or at > len(s.text):
                continue
            m = WORK_TAIL.match(s.text, at)
            tg = "tq" if m is not None and m.group("tq") else "t"  # '"thirtysomething"': quoted
            if m is None or NOT_WORK_START.match(m.group(tg)):
                continue
            a, b = s.base + m.start(tg), s.base + m.end(tg)
            cue = m.group("net") or m.group("owner") or m.group("words") or m.group("tq") or m.group("centre")
            if m.group("app") and not m.group("appc") and not cue:
                continue  # "Daniel Blake, an ambitious aide in Fisk's administration": a place in the story
            bare_quote = tg == "tq" and not (m.group("net") or m.group("owner") or m.group("words"))
            if bare_quote and (
                N.fold(m.group("tq")) in self._episode_titles()
                or re.match(r"[,\"”]*,? (?:the|an?|its) (?:[a-z\-]+ ){0,3}episode\b", s.text[m.end() :])
            ):
                # 'as Mrs Richards in "Communication Problems"', 'in "Bart the Genius," the second
                # episode of ...': an episode of the series
                continue
            if (
                not cue
                and s.ner_label(a, b) in {"PERSON", "GPE", "LOC", "FAC", "DATE", "NORP", "ORG"}
                and N.series_key(m.group(tg)) not in self.series_keys()
            ):
                continue
            if (m.group("net") and not m.group("nposs") and not m.group("words")) or N.clean(
                m.group(tg)
            ) in N.NETWORKS:
                continue  # "on HBO in 2019", "on The CW's The 100" (a title the name patterns miss): a network
            if NOT_A_FACT.search(s.text[: m.start()]):
                continue
            placed.add(N.fold(c.object.text))
            title = N.strip_leading_noise(m.group(tg))
            more = (
                None
                if tg == "tq"
                else re.match(rf"['’]s {TITLE}(?: (?:in|on|at) {TITLE})?(?=[,.;:)]|$)", s.text[b - s.base :])
            )
            if more:  # "on FXX's It's Always Sunny in Philadelphia": not "It"
                title, b = title + more.group(), b + more.end()
            words = m.group("words") or ""
            owners = (
                self._work_owners(s, m) if not words and N.series_key(title) not in self.series_keys() else []
            )
            if re.search(r"\b(?:film|movie)\b", words) or owners:
                # "in Kathryn Bigelow's Near Dark": a film, and its director
                work = _mention("film", title, b - len(title), b)
            else:  # a network or a kind of show in front makes it a series
                work = _series(title, b - len(title), b, weak=not (m.group("net") or words or tg == "tq"))
            yield Candidate(c.object, "appearsIn", work, self.doc.iri, ev, "work-tail")
            for who in owners:
                yield Candidate(who, "directed", work, self.doc.iri, ev, "film-owner")

    def _previous_in_paragraph(self, s: _Sent) -> _Sent | None:
        """The sentence before ``s`` when it is in the same paragraph (no line break between)."""
        if s.index == 0 or "\n" in self.doc.text[self.sents[s.index - 1].sent.end : s.base]:
            return None
        return self.sents[s.index - 1]

    def _last_episodes_named(self, s: _Sent, upto: int) -> list[Mention]:
        """The episodes the last episode phrase in s.text[:upto] names ("the finale", "the first two")."""
        named = [x for x in EPISODES_AT.finditer(s.text, 0, upto) if x.group().strip()]
        return self._episodes_from(s, named[-1], "e") if named else []

    def _episode_titles(self) -> set[str]:
        """The folded quoted titles the document gives as episodes: in a table row
        ('5 | "Barbershop" | Hiro Murai') or named as one ('the episode "Basil the Rat"')."""

        def find() -> set[str]:
            found = set()
            for m in re.finditer(_in_quotes("q"), self.doc.text):
                line = self.doc.text[self.doc.text.rfind("\n", 0, m.start()) + 1 : m.start()]
                if (
                    re.search(r"\S(?: {2,}|\t| ?\| ?)$", line)
                    or re.search(r"\bepisodes?,? $", line)
                    # a numbered episode list, '3. "Taste" (7 April 1979) – ...'; 'In the third film,
                    # "Red, White and Blue"'; 'began on BBC One ... with "Mangrove"'
                    or re.fullmatch(r"\d{1,3}\.\s*", line)
                    or re.search(
                        rf"\b(?:{N.ORDINAL_RE}) (?:episode|film|instalment|installment|part|chapter|story),? $",
                        line,
                    )
                    or re.search(r"\bdirected the (?:last|first|opening|final|penultimate),? $", line)
                    or re.search(
                        r"\b(?:began|begins|opened|opens|started|starts)\b[^.;\"“]{0,60}\bwith $", line
                    )
                ):
                    found.add(N.fold(m.group(1)))
            return found

        return self.memo("core.episode_titles", find)

    def _episode_roles(self, s: _Sent, cands: list[Candidate]) -> list[Candidate]:
        """A role in a title the document gives as one of its series' episodes ("for playing Darcus
        Howe in "Mangrove"", the first of the anthology's films) is a role in the series."""
        titles = self._episode_titles()
        if not titles or self.out.topic is None:
            return cands
        series = self._topic_here(s, 0)
        if series is None:
            return cands
        return [
            dataclasses.replace(c, object=series, rule=c.rule + "-episode")
            if c.relation == "appearsIn"
            and c.object.kind in ("series", "film")
            and N.fold(c.object.text) in titles
            and N.series_key(c.object.text) != N.series_key(series.text)
            else c
            for c in cands
        ]

    def _work_in_view(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """In an article about no one series (a profile, an obituary), a role no rule placed is
        in the work named just before it: "In 2015 he wrote and directed Lady Chatterley's Lover
        for BBC One, with Holliday Grainger as Constance", "Running with Scissors (2006), which he
        wrote and directed, casting Annette Bening as X", or, in the sentence before, "Pose was
        the most personal of the bunch. Set in New York, it starred MJ Rodriguez as X"."""
        if self.out.topic is not None:
            return
        placed = {N.fold(c.subject.text) for c in cands if c.relation == "appearsIn"}
        works = sorted(
            [m for c in cands for m in (c.subject, c.object) if m.kind in ("series", "film") and not m.weak]
            + self._dated_titles(s)
            + self._quoted_works(s)
            + self._described_works(s)
            + self._known_series_in(s)
            + self._worked_on(s),
            key=lambda m: m.start,
        )
        # "After Hustle, he signed up for Coronation Street": not where the roles are
        works = [
            m
            for m in works
            # ("Written by Davies, John Fay and James Moran": a name in a credit list is a person)
            if not re.search(
                rf"\bby (?:{NAME}(?:, | and |, and ))+$", self.doc.text[max(0, m.start - 80) : m.start]
            )
            and (
                not re.search(
                    r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|[Uu]nlike|[Bb]eyond|[Bb]esides) $",
                    self.doc.text[max(0, m.start - 12) : m.start],
                )
                # (but "After Behind the Candelabra, his HBO film with ...": the appositive says it is)
                or re.match(r",? (?:his|her|their|a|an|the) ", self.doc.text[m.end : m.end + 8])
            )
            and not self._source_work(m)
        ]
        roles = [(m.start, m.end) for c in cands if c.relation == "plays" for m in (c.subject, c.object)]
        crew_words = {
            N.fold(w)
            for c in (*self.out.candidates[-200:], *cands)
            for m in (c.subject, c.object)
            if m.kind == "person"
            for w in m.text.split()
        }

        def unnamed(a: int, b: int, relaxed: bool = True) -> bool:
            """Between document offsets a and b, no capitalised word that is not a role's name
            or a network (relaxed: nor a person, a people, a place or a date): no other work
            can be meant."""
            text = self.doc.text
            people = [
                (a + x.start(), a + x.end())
                for x in re.finditer(NAME, text[a:b])
                if relaxed and " " in x.group() and N.looks_like_person_name(x.group())
            ]
            for w in re.finditer(rf"[{N.UP}][\w\-'’]*", text[a:b]):
                wa = a + w.start()
                if wa == s.base or any(x <= wa < y for x, y in roles):
                    continue
                if any(x <= wa < y for x, y in self._job_works()):
                    continue  # "head writer of "Saturday Night Live"": not where the roles are
                if (
                    w.group().lower() in N.LEADING_NOISE
                    or NETWORK_NAME.match(text, wa)
                    or re.fullmatch(r"I(?:['’][a-z]+)?", w.group())
                ):
                    continue  # (and an interviewee's "I")
                if re.search(r"(?:^|[.!?][\"”’)]?\s+|\n)$", text[max(0, wa - 4) : wa]) and (
                    w.group().endswith("ly")
                    or w.group().lower() in SENTENCE_OPENERS
                    or w.group() in QUESTION_WORDS
                ):
                    continue  # "Originally developed for NBC, ...", "The series, ..."
                if not relaxed:
                    return False
                if re.match(r"(?:[ \w\-'’&:]*?) \((?:19|20)\d\d\)", text[wa:b]) and not re.match(
                    r"[^()]*?\)", text[wa:b]
                ):
                    return False  # "in Emma (2009)": another work
                if re.search(rf"\b(?:{_FILM_NOUN_WORDS}|series|sitcom|miniseries|serial) $", text[a:wa]):
                    return False  # "ABC's submarine drama Last Resort"
                if NETWORK_POSS_END.search(text[a:wa]):
                    return False  # "in CBS's Training Day": a work
                at_s = self._sent_at(wa)
                label = at_s.ner_label(wa, wa + len(w.group())) if at_s is not None else None
                if re.search(r"\b(?:in|on) $", text[a:wa]) and label not in (
                    "GPE",
                    "LOC",
                    "DATE",
                    "TIME",
                    "FAC",
                ):
                    return False  # "directed him again in Titanic": a work
                if any(x <= wa < y for x, y in people):
                    continue
                if at_s is not None and at_s.ner_label(wa, wa + len(w.group())) in PLAIN_ENTITY_LABELS:
                    continue
                word = N.fold(re.sub(r"['’]s?$", "", w.group()))
                if word in self._person_words() or word in crew_words or word in ROLE_TITLE_WORDS:
                    continue
                if re.match(rf"(?:{N.SEP}{N.WORD})*{POSS} [a-z0-9]", text[wa + len(w.group()) :]):
                    continue  # "Augusten Burroughs's memoir": an owner, not a work
                if COMPANY_NAME.match(text[wa:b]):
                    continue  # "produced by See-Saw Films": a company
                if re.search(rf"\b(?:{SOURCE_WORKS}) (?:[{N.UP}][\w'’]* )*$", text[a:wa]):
                    continue  # "the play In Moonlight Black Boys Look Blue": a source, not a screen work
                if re.search(
                    rf"{SOURCE_CUE}(?:(?:[A-Z][\w'’\-]*|and|of|the|in|on|a) )*$", text[max(a, wa - 80) : wa]
                ):
                    continue  # 'adapted from "Steptoe and Son"': a source, not where the roles are
                if re.match(
                    r"(?:[\w\-]*(?:an|ese|ish|ic)|[A-Z]{2,4}) (?!(?:series|show|sitcom|drama|comedy|film|movie)\b)[a-z]",
                    text[wa:b],
                ):
                    continue  # "an Asian-American family", "the CIA agent": an adjective, not a work
                return False
            return True

        looks_back = (
            WORK_PRONOUN.search(s.text) is not None or self._lead_person() is not None or self._interview()
        )
        earlier: list[Mention | None] = []  # the earlier sentences' work, found once
        for c in cands:
            if c.relation != "plays" or N.fold(c.object.text) in placed:
                continue
            named = self.doc.text[c.subject.start : c.subject.end] == c.subject.text
            # (a pronoun's person is not where the pronoun is: the role is what the text places)
            at = min(c.subject.start, c.object.start) if named else c.object.start
            if NOT_A_FACT.search(s.text[: max(c.subject.end, c.object.end) - s.base]):
                continue
            before = [m for m in works if m.end <= at]
            work = before[-1] if before else None
            if work is not None and not unnamed(work.end, at):
                continue
            after = [m for m in works if m.start >= c.object.end]
            if (
                work is not None
                and after
                and re.search(r"\b(?:in|on)\b", self.doc.text[c.object.end : after[0].start])
            ):
                continue  # "..., as did Rashida Jones, nominated for playing Amanda, ... in the Black Mirror episode"
            if work is None:
                if any(m.start > at for m in works):
                    continue
                if looks_back:
                    # "it starred", "in its first season", or any role in a profile's paragraph:
                    # the work an earlier sentence of the paragraph names last
                    if not earlier:
                        earlier.append(self._last_work_before(s))
                    work = earlier[0]
                    if work is not None and not unnamed(work.end, at):
                        work = None
                if work is None and unnamed(s.base, s.sent.end, relaxed=False):
                    work = self._series_in_view(s.base)
            if work is None:
                continue
            placed.add(N.fold(c.object.text))
            yield Candidate(c.object, "appearsIn", work, c.doc, c.sentence, "work-in-view")

    def _worked_on(self, s: _Sent) -> list[Mention]:
        """The work an interviewee's sentence opens with: "On Swallows and Amazons I had Kelly
        Macdonald as Mrs Walker", "On Lark Rise I could spend a whole series with ..."."""
        m = WORKED_ON.match(s.text)
        if m is None or s.ner_label(s.base + m.start("t"), s.base + m.end("t")) in PLAIN_ENTITY_LABELS:
            return []
        name = m.group("t")
        a = s.base + m.start("t")
        film = re.search(rf"\b(?:film|feature|movie),? {re.escape(name)}\b", self.doc.text)
        work = _mention("film", name, a, a + len(name)) if film else _series(name, a, a + len(name))
        return [self._full_title(work)]

    def _known_series_in(self, s: _Sent) -> list[Mention]:
        """The titles in sentence ``s`` the document names elsewhere as a series ("Jordan created
        Hustle for the production company Kudos" after "... in the BBC's Hustle"); found once per
        sentence (an interview's question is asked about again for each answer sentence)."""
        return self.memo(f"known-series-{s.index}", lambda: self._find_known_series(s))

    def _find_known_series(self, s: _Sent) -> list[Mention]:
        keys = self.series_keys()
        out = []
        for x in re.finditer(TITLE, s.text):
            name = N.strip_leading_noise(x.group())  # "And Divorce?"
            if name and N.series_key(name) in keys and N.fold(name) not in self._actor_names():
                out.append(_series(name, s.base + x.end() - len(name), s.base + x.end()))
        return out

    def _described_works(self, s: _Sent) -> list[Mention]:
        """Titles a profile describes as works in an appositive: "Black Bag, a spy thriller in
        which ...", "Behind the Candelabra, his HBO film with ...", "Mosaic, a murder mystery"."""
        out = []
        for m in DESCRIBED_WORK.finditer(s.text):
            a, b = s.base + m.start("t"), s.base + m.end("t")
            name = N.strip_possessive_brand(N.strip_leading_noise(m.group("t")))
            if s.ner_label(a, b) in PLAIN_ENTITY_LABELS or N.fold(name) in self._actor_names():
                continue
            kind = "series" if re.search(r"series|sitcom|show|miniseries", m.group("noun")) else "film"
            out.append(_mention(kind, name, b - len(name), b))
        return out

    def _person_words(self) -> set[str]:
        """The folded words of the people NER names anywhere in the document."""
        return self.memo(
            "core.person_words", lambda: {w for pn in self.out.person_names for w in pn.split() if len(w) > 2}
        )

    def _dated_titles(self, s: _Sent) -> list[Mention]:
        """Titles followed by a year in brackets, "Running with Scissors (2006)": works (read
        once per sentence: the sentences after it ask again)."""
        return self.memo(f"dated-titles-{s.index}", lambda: self._find_dated_titles(s))

    def _find_dated_titles(self, s: _Sent) -> list[Mention]:
        out = []
        for x in DATED_TITLE.finditer(s.text):
            if re.search(rf"(?:[{N.UP}][\w'’]*, |\bthe )$", s.text[: x.start()]):
                continue  # "The Cook, the Thief, His Wife & Her Lover (1989)": only its tail
            raw = LEADING_PREPOSITION.sub("", x.group("t"))
            # "If Beale Street Could Talk (2018)": a conjunction may be the title's own first word
            quoted = bool(x.group("q")) or (x.start("t") > 0 and s.sent.text[x.start("t") - 1] in '"“')
            name = (
                raw
                # ('"A League of Their Own" (1992)': a quoted title keeps its first word)
                if re.match(r"(?:If|When|While|Once|Before|After|Until) ", raw)
                or (quoted and raw == x.group("t"))
                else N.strip_leading_noise(raw)
            )
            owner = re.search(rf"(?<![\w'’])(?:The )?(?P<o>{N.WORD})['’]s $", s.text[: x.start()])
            if owner and name == x.group("t"):
                # "The Emperor's New Groove (2000)" (not "Frank Darabont's The Shawshank Redemption")
                o0 = s.base + owner.start("o")
                if not (
                    s.ner_label(o0, o0 + len(owner.group("o"))) in ("PERSON", "ORG")
                    or NETWORK_NAME.fullmatch(owner.group("o"))
                    or N.fold(owner.group("o")) in self._person_words()
                ):
                    name = owner.group() + name
            # "Bening in Running with Scissors (2006)": a person before a joiner is not in it
            for j in re.finditer(r" (?:in|on|at|for|from|by|with) ", name):
                a = s.base + x.end("t") - len(name)
                if s.ner_label(a, a + j.start()) == "PERSON":
                    name = name[j.end() :]
                    break
            b = s.base + x.end("t")
            if not name or N.fold(name) in self._actor_names() or NETWORK_NAME.fullmatch(name):
                continue  # (a year after a name is a work's: "Emma (2009)", "Ferry Lights (2019)")
            out.append(_mention("film", name, b - len(name), b))
        return out

    def _job_works(self) -> list[tuple[int, int]]:
        """Spans of quoted titles named as someone's workplace ("head writer of "SNL"")."""

        def find() -> list[tuple[int, int]]:
            text = self.doc.text
            return [
                (x.start(), x.end())
                for x in QUOTED_WORK.finditer(text)
                if JOB_AT_WORK.search(text[max(0, x.start() - 40) : x.start()])
            ]

        return self.memo("job-works", find)

    def _quoted_works(self, s: _Sent) -> list[Mention]:
        """The titles sentence ``s`` prints in double quotes ('"30 Rock," the show ...'), where
        the article names no one series: not a nickname ('Andrew "Pope" Cody'), not an episode
        ('the episode "Pilot"') and not a quotation."""
        if self.out.topic is not None:
            return []
        return self.memo(f"quoted-works:{s.index}", lambda: self._find_quoted_works(s))

    def _find_quoted_works(self, s: _Sent) -> list[Mention]:
        out = []
        raw = s.sent.text  # (s.text has long quotations blanked; titles are short)
        for x in QUOTED_WORK.finditer(raw):
            before, after = raw[: x.start()], raw[x.end() :]
            if len(x.group("t").strip(" ,.")) < 2:
                continue  # 'a cursive "L" on every sweater': a letter, not a title
            if re.search(rf"[{N.UP}][\w\-]* $", before) and re.match(rf" [{N.UP}]", after):
                continue  # 'Andrew "Pope" Cody': a nickname
            if re.search(
                r"\b(?:episodes?|installments?|chapters?|songs?|singles?|albums?|titled|called|entitled)\W*$",
                before,
            ):
                continue
            if re.search(
                r"\b(?:(?:known|went on the air|goes by|billed|nicknamed) as|nicknamed|dubbed)\W*$", before
            ):
                continue  # 'who went on the air as "Dr. Johnny Fever"': a name, not a work
            if re.match(
                r",? (?:the|an?|its) (?:[a-z\-]+ ){0,3}(?:episode|installment|chapter|song)\b", after
            ):
                continue
            if re.match(r",? (?:she|he|they|I|we) (?:says|said|adds|added)\b", after):
                continue  # a quotation
            if JOB_AT_WORK.search(before):
                continue  # "her years as head writer of "Saturday Night Live"": a job, not a role's work
            t0 = s.base + x.start("t")
            out.append(_mention("film", x.group("t"), t0, t0 + len(x.group("t"))))
        return out

    def _sent_at(self, pos: int) -> _Sent | None:
        """The sentence holding document offset ``pos`` (the one before it, between two)."""
        i = self._sentence_index(pos)
        return self.sents[i] if i >= 0 else None

    def _source_work(self, m: Mention) -> bool:
        """Is work ``m`` named as another's source ('the NBC comedy that Yorkin and Lear adapted
        from "Steptoe and Son"'), not as the work the text goes on about?"""
        return bool(re.search(rf"{SOURCE_CUE}$", self.doc.text[max(0, m.start - 30) : m.start]))

    def _last_work_before(self, s: _Sent) -> Mention | None:
        """The work last named in the nearest earlier sentence of the paragraph that names one
        (up to three sentences back)."""
        for i in range(s.index - 1, max(s.index - 4, -1), -1):
            if "\n" in self.doc.text[self.sents[i].sent.end : self.sents[i + 1].base] and not (
                i + 1 < s.index and WORK_COREF_OPENING.match(self.sents[i + 1].text)
            ):
                return self._asked_work(
                    i + 1
                )  # (but "The series, an adaptation of ...": the work before goes on)
            found = [
                m
                for m in self._works_in(self.sents[i])
                if not self._source_work(m)
                # (not an episode's title: 'with the first part of "Buried Lies,"')
                and not re.search(
                    r"\b(?:part|episode|instalment|installment|chapter)s?,? (?:of |titled |called )?[\"“‘']$",
                    self.doc.text[max(0, m.start - 40) : m.start],
                )
            ]
            if found:
                return max(found, key=lambda m: m.end)
        first = self._paragraph_first(s)
        return self._asked_work(first) if s.index - first < 8 else None

    def _paragraph_first(self, s: _Sent) -> int:
        """The index of the first sentence of the paragraph holding ``s``."""
        first = s.index
        while (
            first > 0 and "\n" not in self.doc.text[self.sents[first - 1].sent.end : self.sents[first].base]
        ):
            first -= 1
        return first

    def _answer_work(self, s: _Sent) -> Mention | None:
        """The series the question before the paragraph holding ``s`` names, in an interview."""
        if not self._interview():
            return None
        first = self._paragraph_first(s)
        work = self.memo(f"answer-work:{first}", lambda: self._asked_work(first))
        return self._full_title(work) if work is not None and work.kind == "series" else None

    def _interview(self) -> bool:
        """Is the document an interview: two or more question paragraphs (computed once)?"""
        return self.memo(
            "interview",
            lambda: len(QUESTION_LINE.findall(self.doc.text)) >= 2 or self._mailbag(),
        )

    def _filmography_rows(self) -> list[re.Match[str]]:
        """The lines of a company's or a person's filmography list, "Title (1976-1983) - Nine
        Network, 1,114 episodes" (three or more; computed once)."""

        def find() -> list[re.Match[str]]:
            rows = [
                r
                for r in FILMOGRAPHY_LINE.finditer(self.doc.text)
                if re.fullmatch(TITLE, r.group("t")) and not N.looks_like_person_name(r.group("net"))
            ]
            return rows if len(rows) >= 3 else []

        return self.memo("filmography-rows", find)

    def _company_page(self) -> Mention | None:
        """The production company an encyclopedia page is about ("Crawford Productions (often
        called simply Crawfords) is an Australian television production company"), or None."""

        def find() -> Mention | None:
            for s in self.sents[:25]:  # (after an infobox's field lines)
                m = COMPANY_LEAD.match(s.text)
                if m:
                    return _mention("organization", m.group("c"), s.base + m.start("c"), s.base + m.end("c"))
            return None

        return self.memo("company-page", find)

    def _filmography_lines(self) -> Iterator[Candidate]:
        """Each filmography line's network and first year (and, on a production company's page,
        the company's production), and its episode count when the line gives one."""
        company = self._company_page()
        for row in self._filmography_rows():
            s = self.sents[self._sentence_index(row.start("t"))]
            ev = (s.sent.start, s.sent.end)
            work = _series(row.group("t"), row.start("t"), row.end("t"))
            net = row.group("net").strip()
            org = _mention("organization", net, row.start("net"), row.start("net") + len(net))
            yield Candidate(work, "originalNetwork", org, self.doc.iri, ev, "filmography-line")
            y = row.group("y")
            year = literal(y, row.start("y"), row.end("y"), vocab.XSD + "gYear")
            dated = any(
                c.relation == "premiereDate"
                and N.series_key(c.subject.text) == N.series_key(work.text)
                and c.object.text.startswith(y)
                for c in self.out.candidates
            )
            if not dated:  # (not "1964" where the text gives "20 October 1964")
                yield Candidate(work, "premiereDate", year, self.doc.iri, ev, "filmography-line")
            if company is not None:
                yield Candidate(work, "productionCompany", company, self.doc.iri, ev, "filmography-line")
            eps = re.search(r"\b(\d{1,3}(?:,\d{3})?) episodes\b", row.group("rest") or "")
            if eps:
                n = eps.group(1).replace(",", "")
                a = row.start("rest") + eps.start(1)
                count = literal(n, a, a + len(eps.group(1)), vocab.XSD + "integer")
                yield Candidate(work, "numberOfEpisodes", count, self.doc.iri, ev, "filmography-line")

    def _filmography_table(self) -> Iterator[Candidate]:
        """A biography's filmography table, "Year | Title | Role | Notes" over rows "1996-2004 |
        Silent Witness | Sam Ryan | Main role, 54 episodes": the person the page is about plays
        each row's role in its title (a film under a "Film" heading, else a series); a narrator,
        a host or the person as themselves is no role."""
        text, lead = self.doc.text, self.out.lead_person
        at = text.find(lead) if lead else -1
        if lead is None or at < 0:
            return
        person = _mention("person", lead, at, at + len(lead))
        for head in FILMOGRAPHY_TABLE_HEAD.finditer(text):
            above = text[: head.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
            kind = "film" if re.fullmatch(r"Films?|Feature films?|Cinema", above) else "series"
            end = text.find("\n\n", head.end())
            for row in FILMOGRAPHY_TABLE_ROW.finditer(text, head.end(), len(text) if end < 0 else end):
                role = re.sub(r"\s*\((?:voice|uncredited)\)$", "", row.group("r"))
                if role.lower() in ("narrator", "host", "presenter", "himself", "herself", "themselves"):
                    continue
                char = _character(role, row.start("r"), row.start("r") + len(role))
                if char is None:
                    continue
                s = self.sents[self._sentence_index(row.start("t"))]
                ev = (s.sent.start, s.sent.end)
                t = row.group("t")
                work = _mention(kind, t, row.start("t"), row.start("t") + len(t))
                yield Candidate(person, "plays", char, self.doc.iri, ev, "filmography-table")
                yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "filmography-table")

    def _quiz_answers(self) -> Iterator[Candidate]:
        """A quiz's answer key, a question and its answer read together: "Who played Geoff
        Keegan? Answer: A, Brian Hooper.", "Which character did Donna Air play? Answer: C, Charlie
        Charlton.", "Who directed the first episode? Answer: Matthew Robinson" (the topic's)."""
        text = self.doc.text
        for m in QUIZ_ANSWER.finditer(text):
            topic = self.doc_topic
            s = self.sents[self._sentence_index(m.start("ans"))]
            ev = (s.sent.start, s.sent.end)
            ans = NAME_AT.match(text, m.start("ans"))
            if ans is None:
                continue
            a = _mention("person", ans.group(), ans.start(), ans.end())
            if m.group("c"):  # "Who played X?"
                char = _character(m.group("c"), m.start("c"), m.end("c"))
                pairs = [(a, char)]
            elif m.group("a2"):  # "Which character did X play?"
                actor = _mention("person", m.group("a2"), m.start("a2"), m.end("a2"))
                pairs = [(actor, _character(ans.group(), ans.start(), ans.end()))]
            else:
                pairs = []
            for actor, char in pairs:
                if char is None or not N.looks_like_person_name(actor.text):
                    continue
                yield Candidate(actor, "plays", char, self.doc.iri, ev, "quiz-answer")
                if topic is not None:
                    yield Candidate(char, "appearsIn", topic, self.doc.iri, ev, "quiz-answer")
            verb, obj = m.group("verb"), (m.group("obj") or "").lower()
            if verb is None or topic is None or not N.looks_like_person_name(a.text):
                continue
            if verb == "directed" and re.fullmatch(r"the (?:very )?(?:first episode|pilot)", obj):
                yield Candidate(
                    a,
                    "directed",
                    _episode(topic, 1, (obj, a.start, a.start)),
                    self.doc.iri,
                    ev,
                    "quiz-answer",
                )
            elif verb == "composed" and re.fullmatch(
                r"the (?:show's |series' )?(?:theme(?: tune| music)?|music|score)", obj
            ):
                yield Candidate(topic, "composer", a, self.doc.iri, ev, "quiz-answer")
            elif verb == "created" and re.fullmatch(r"the (?:series|show|programme)", obj):
                yield Candidate(topic, "creator", a, self.doc.iri, ev, "quiz-answer")

    def _almanac_series(self, s: _Sent) -> Mention | None:
        """In an almanac ("On this day": a paragraph per year, "1981 - Gimme a Break! premiered
        on NBC, ..."), the first series a paragraph names is what it is about."""
        if not self.memo("almanac", lambda: len(ALMANAC_ENTRY.findall(self.doc.text)) >= 3):
            return None
        start, stop = _line_bounds(self.doc.text, s.base)
        if not ALMANAC_ENTRY.match(self.doc.text, start):
            return None
        named = [m for m in self.out.series_mentions if start <= m.start < stop and not m.weak]
        return min(named, key=lambda m: m.start) if named else None

    def _mailbag(self) -> bool:
        """A column of readers' questions and answers, "Q: ..." / "A: ..." (two or more)."""
        return len(re.findall(r"(?m)^Q[:.] ", self.doc.text)) >= 2

    def _asked_work(self, first: int) -> Mention | None:
        """An interview's answer (the paragraph opening with sentence ``first``) is about the work
        its question names: "What about Girls?" / "Lena Dunham created it and played Hannah"."""
        if first == 0 or not self._interview():
            return None
        j = first - 1
        para = [j]
        while j > 0 and "\n" not in self.doc.text[self.sents[j - 1].sent.end : self.sents[j].base]:
            j -= 1
            para.append(j)
        longest = (4, 320) if self._mailbag() else (2, 200)  # (a reader's question and signature)
        if len(para) > longest[0] or sum(len(self.sents[k].text) for k in para) > longest[1]:
            return None
        found = [
            m for k in para for m in self._works_in(self.sents[k]) + self._known_series_in(self.sents[k])
        ]
        if not found:
            # "Your most recent film, Juliet, Naked, came out in 2018.", "Our Idiot Brother was your
            # biggest hit.": the question's one title
            for k in para:
                q = self.sents[k]
                film = re.search(r"\b(?:film|feature|movie)\b", q.text)
                for x in QUESTION_TITLE.finditer(q.text):
                    name = N.strip_leading_noise(x.group("t"))
                    a = q.base + x.end("t") - len(name)
                    if (
                        not name
                        # "Q: Settle an argument with my husband.": the question's first word
                        or (
                            self._mailbag()
                            and " " not in name
                            and re.fullmatch(r"Q[:.] ", q.text[: x.end("t") - len(name)])
                        )
                        or name in ("Mr", "Mrs", "Ms", "Dr", "St")
                        # (a reader's question names people too: only a title of some words)
                        or (self._mailbag() and " " not in name)
                        # a reader's signature: "... wasn't it? - Lou R., Newport"
                        or re.search(r"\? [-–—] [^?]*$", q.text[: x.start("t")]) is not None
                        or re.sub(r"['’]s$", "", name) in QUESTION_WORDS  # "What's next?"
                        or name.lower() in SENTENCE_OPENERS  # "The supporting cast became ..."
                        or NETWORK_NAME.fullmatch(name)
                        or q.ner_label(a, q.base + x.end("t")) in PLAIN_ENTITY_LABELS | {"PERSON", "DATE"}
                        or N.fold(name) in self.out.person_names
                    ):
                        continue
                    found.append(
                        _mention("film", name, a, a + len(name)) if film else _series(name, a, a + len(name))
                    )
        if found and self._mailbag():
            return min(found, key=lambda m: m.start)  # (a reader's question: its first title is its subject)
        return max(found, key=lambda m: m.end) if found else None

    def _works_in(self, prev: _Sent) -> list[Mention]:
        """The works sentence ``prev`` names: in its candidates, as series, by year or by 'came'."""
        found = [
            m
            for c in self.out.candidates
            if prev.base <= c.sentence[0] < prev.sent.end
            for m in (c.subject, c.object)
            if m.kind in ("series", "film") and not m.weak
        ]
        found += [m for m in self.out.series_mentions if prev.base <= m.start < prev.sent.end]
        found += self._dated_titles(prev) + self._quoted_works(prev)
        came = CAME_TITLE.match(prev.text)
        if came:
            found.append(_series(came.group("t"), prev.base + came.start("t"), prev.base + came.end("t")))
        return found

    def _work_owners(self, s: _Sent, m: re.Match[str]) -> list[Mention]:
        """The people whose work a role's tail names ("in Olivier Nakache and Éric Toledano's
        The Intouchables"): each must be a person's full name, else nobody."""
        out: list[Mention] = []
        if not m.group("owner"):
            return out
        for text, a, b in _split_list(s, m, "owner"):
            # (not NER: the small model calls some directors' names places)
            p = (
                _person(s, text, a, b, strict=False)
                if " " in text and N.looks_like_person_name(text)
                else None
            )
            if p is None:
                return []
            out.append(p)
        return out

    def _loose_as(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """Roles in free prose: "X joins the ensemble as Y", "X brings comic relief as Y", "X has
        joined the second season of Z as Y", "X has been tapped to play Y". The actor is the
        nearest person before "as"/"play" in the same clause with only lower-case words (or "of/in
        TITLE", "in season two") between them; verbs of saying, hiring, working or hedging there,
        or "known/such/well as", rule the match out."""
        text = s.text
        ev = (s.sent.start, s.sent.end)
        taken = {c.object.start for c in cands if c.relation == "plays"}
        taken |= {c.subject.start for c in cands if c.relation == "plays"}
        for m in LOOSE_AS.finditer(text):
            c = s.span(m, "char")
            assert c
            if c[1] in taken or NOT_A_FACT.search(text[: m.start()]):
                continue
            if not _role_slot(s, m.group("desc"), c):
                continue
            found = self._loose_subject(s, m.start(), verb=m.group("verb"), gerund=bool(m.group("ger")))
            if found is None:
                continue
            actor, series_ref, season_no = found
            film = re.search(
                rf"\b(?:the |a |an |{NAME}{POSS} )?(?:\d{{4}} )?(?:[a-z\-]+ )?(?P<noun>film|movie|telefilm|TV film|television film) $",
                self.doc.text[max(0, actor.start - 60) : actor.start],
            )
            if film is not None:
                # "Muniz headlined the 2003 film Agent Cody Banks as X": a title, and the role is in it
                work = _mention("film", actor.text, actor.start, actor.end)
                found = self._loose_subject(s, actor.start - s.base - len(film.group()), verb=m.group("verb"))
                if found is None:
                    continue
                actor, series_ref, season_no = found[0], work, None
            char = _character(*c)
            if char is None or N.fold(char.text) == N.fold(actor.text) or actor.start in taken:
                continue
            # "Melanie Wilson and Rebeca Arthur, who had appeared as the flight attendants Jennifer
            # Lyons and Mary Anne Spencer": two actors and their two roles, in order
            second = re.match(rf" and (?P<c2>{CHAR})(?![\w'’]| and )", text[c[2] - s.base :])
            first = re.search(rf"(?P<a1>{NAME}) and $", self.doc.text[max(0, actor.start - 60) : actor.start])
            if second and first and s.base <= actor.start - len(first.group()):
                a1 = actor.start - len(first.group())
                one = _person(s, first.group("a1"), a1, a1 + len(first.group("a1")), strict=False)
                c2 = c[2] + second.start("c2")
                two = _character(second.group("c2"), c2, c2 + len(second.group("c2")))
                if one is not None and two is not None and self._person_like(s, one):
                    if " " not in char.text and " " in two.text:  # "Sophie and Danny Dixon": Sophie Dixon
                        char = dataclasses.replace(char, text=f"{char.text} {two.text.rsplit(' ', 1)[1]}")
                    taken.add(c[1])
                    yield Candidate(one, "plays", char, self.doc.iri, ev, "loose-as")
                    yield Candidate(actor, "plays", two, self.doc.iri, ev, "loose-as")
                    work = self._topic_here(s, m.start())
                    if work is not None and series_ref is None:
                        yield Candidate(two, "appearsIn", work, self.doc.iri, ev, "loose-as-pair")
                    continue
            if (
                s.ner_label(actor.start, actor.end) in ("NORP", "GPE", "LOC")
                and not N.looks_like_person_name(actor.text)
                and not N.looks_like_person_name(self._full_name(actor.text))
            ) or re.match(
                r"an? (?:child|teenager|teen|boy|girl|baby|toddler|youngster)\b", m.group("desc") or ""
            ):
                continue  # "taken from her Indigenous family as a child during the Sixties Scoop"
            taken.add(c[1])
            yield Candidate(actor, "plays", char, self.doc.iri, ev, "loose-as")
            series = series_ref
            if season_no is not None:
                work = series or self._topic_here(s, m.start())
                if work is not None:
                    season = Mention(
                        f"{work.text} season {season_no}", "season", work.start, work.end, season_no, work
                    )
                    yield Candidate(char, "appearsIn", season, self.doc.iri, ev, "loose-as-season")
                    series = work
            if series is not None:
                # "reprises his role from The Mandalorian as Din Djarin": that work and this one
                came_from = re.search(rf"\bfrom {re.escape(series.text)}", text[: m.start()]) is not None
                rule = "reprise-from" if came_from else "loose-as-series"
                yield Candidate(char, "appearsIn", series, self.doc.iri, ev, rule)
        for m in WHOSE_PAIR.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if c[1] in taken or NOT_A_FACT.search(text):
                continue
            if s.ner_label(a[1], a[2]) != "PERSON" or not (
                s.ner_label(c[1], c[2]) == "PERSON" or N.looks_like_person_name(c[0])
            ):
                continue
            actor, char = _person(s, *a), _character(*c)
            if actor and char:
                yield Candidate(actor, "plays", char, self.doc.iri, ev, "whose")

    def _person_like(self, s: _Sent, m: Mention | None) -> bool:
        """Is ``m`` a person: a person-like full name, or a name the document knows as a person?"""
        return m is not None and (N.looks_like_person_name(m.text) or self._known_person(s, m))

    def _known_person(self, s: _Sent, m: Mention) -> bool:
        """Is a one-word name a person: tagged PERSON here, or the surname of a person the
        document names in full?"""
        if s.ner_label(m.start, m.end) == "PERSON":
            return True
        tail = " " + N.fold(m.text)
        if any(pn.endswith(tail) for pn in self.out.person_names):
            return True
        # NER missed the full name ("Britt Lower (Unforgettable), Zach Cherry (You) ..."): a
        # two-word person-like name ending in this word elsewhere in the document
        return any(
            N.looks_like_person_name(x.group()) and x.group(1).lower() not in N.LEADING_NOISE
            for x in re.finditer(rf"\b([{N.UP}][a-z]+) {re.escape(m.text)}\b", self.doc.text)
        )

    def _actor_names(self) -> set[str]:
        """Folded names (and surnames) the document uses as actors: "X as Y", "X plays Y",
        "Y (X)" (computed once)."""

        def compute() -> set[str]:
            out: set[str] = set()
            for x in re.finditer(
                rf"(?P<a>{NAME})(?: \([^()]{{1,40}}\))?,? (?:(?:also|now) )?(?:as|plays|played|portrays|portrayed|stars|starred|voices|voiced)\b"
                rf"|\((?P<b>{NAME})\)",
                self.doc.text,
            ):
                name = N.strip_leading_noise(N.clean(x.group("a") or x.group("b")))
                if N.looks_like_person_name(name):
                    out |= {N.fold(name), N.fold(name.split()[-1])}
            # "It stars Omar Sy, Ludivine Sagnier and Clotilde Hesme"
            for x in re.finditer(
                r"\b(?:stars|starring|co-stars|co-starring|cast includes)\b([^.;:()]*)", self.doc.text
            ):
                for y in re.finditer(NAME, x.group(1)):
                    if re.search(r"\b(?:as|plays?|playing|the|his|her|in|on)\s*$", x.group(1)[: y.start()]):
                        continue  # "stars Omar Sy as Assane Diop": the role, not an actor
                    if N.looks_like_person_name(y.group()):
                        out |= {N.fold(y.group()), N.fold(y.group().split()[-1])}
            return out

        return self.memo("core.actor_names", compute)

    def _role_relative(self, name: str | None) -> bool:
        """Is ``name`` ("Juan" in "Janelle Monáe is Juan's girlfriend, Teresa") a role an
        earlier sentence gave an actor?"""
        key = N.fold(name or "")
        return bool(key) and any(
            c.relation == "plays" and key in (N.fold(c.object.text), N.fold(c.object.text.split()[0]))
            for c in self.out.candidates
        )

    def _cast_surnames(self) -> set[str]:
        """Surnames of the people a casting story announces: "Zoe Perry, Lance Barber and
        Annie Potts have been cast opposite ...", "... join the cast" (computed once)."""

        def compute() -> set[str]:
            out: set[str] = set()
            for x in re.finditer(
                r"([^.;:()\n]{1,200}?) (?:have|has) (?:been cast|joined the cast)\b"
                r"|([^.;:()\n]{1,200}?) (?:join|joins|round out) the cast\b",
                self.doc.text,
            ):
                for y in re.finditer(NAME, x.group(1) or x.group(2)):
                    if N.looks_like_person_name(y.group()) and " " in y.group():
                        out.add(N.fold(y.group().split()[-1]))
            return out

        return self.memo("core.cast_surnames", compute)

    def _director_names(self) -> set[str]:
        """Folded names (and surnames) the document credits with directing: "directed by X",
        "X directed", "X, who directed", "X helmed" (computed once)."""

        def compute() -> set[str]:
            out: set[str] = set()
            for x in re.finditer(
                rf"\b(?:directed|helmed|co-directed) by (?P<a>{NAME})"
                rf"|(?P<b>{NAME})(?:, who)? (?:(?:also|later|then|had|has|previously|first) )*(?:directed|helmed|co-directed|directs|helms)\b",
                self.doc.text,
            ):
                name = N.strip_leading_noise(N.clean(x.group("a") or x.group("b")))
                folded = N.fold(name)
                if N.looks_like_person_name(name) or any(
                    pn == folded or pn.endswith(" " + folded) for pn in self.out.person_names
                ):
                    out |= {folded, N.fold(name.split()[-1])}
            return out

        return self.memo("core.director_names", compute)

    def _pronoun_person(self, s: _Sent) -> Mention | None:
        """Who a subject "he"/"she" in sentence ``s`` is: the first person named in the nearest
        earlier sentence that does not itself start with a pronoun (up to three back), else the
        person the document names most often. "Reiser has kept busy; he currently plays X":
        the person the sentence opens with."""
        own = re.match(
            rf"(?P<n>{NAME}) (?:has|had|is|was|[a-z]+ed|[a-z]+s)\b[^;]*?[;,] (?:and |but )?(?:he|she)\b",
            s.text,
        )
        if own is not None:
            a = s.base + own.start("n")
            p = _person(s, own.group("n"), a, a + len(own.group("n")), strict=False)
            if p is not None and self._known_person(s, p) and self._person_like(s, p):
                return _mention("person", self._full_name(p.text), s.base, s.base + 2)
        lead = self._lead_person()
        if lead is not None:
            main = self.main_person()
            opening = re.match(NAME, self.sents[0].text)
            if opening is not None and N.fold(opening.group()) == lead:
                name = N.clean(opening.group())
            elif main is not None and N.fold(main) == lead:
                name = main
            else:
                name = N.clean(opening.group()) if opening else lead
            return _mention("person", name, s.base, s.base + 2)
        pron = re.search(r"\b([Hh]e|[Ss]he)\b", s.text)
        for i in range(s.index - 1, max(s.index - 4, -1), -1):
            prev = self.sents[i]
            if re.match(r"(?:He|She)\b", prev.text):
                continue
            # "..., and Wainwright herself directed the sixth. For the second series she ...":
            # a reflexive pronoun after a name tells whose the next "she" is
            if pron:
                self_word = "herself" if pron.group(1).lower() == "she" else "himself"
                marked = re.search(rf"(?P<n>{NAME}) {self_word}\b", prev.text)
                if marked:
                    return _mention("person", self._full_name(N.clean(marked.group("n"))), s.base, s.base + 2)
            for es, ee, label in prev.ents:
                if re.match(r"['’]s\b", prev.sent.text[ee : ee + 2]) or re.search(
                    r"['’]s$", prev.sent.text[es:ee]
                ):
                    continue  # "In Peter Greenaway's The Cook ...": a film's maker, not the subject
                if label == "PERSON" and len(re.findall(r"\S+", prev.sent.text[:es])) <= 3:
                    p = _person(prev, prev.sent.text[es:ee], prev.base + es, prev.base + ee)
                    if p is not None:
                        full = self._full_name(p.text)
                        return _mention("person", full, s.base, s.base + 2)
            break
        name = self.main_person()
        return _mention("person", name, s.base, s.base + 2) if name else None

    def _person_spans(self) -> list[str]:
        """Every PERSON name spaCy tags in the document, in order (computed once)."""
        return self.memo(
            "core.person_spans",
            lambda: [
                # (without a possessive the tagger took in: "Ole Bornedal's")
                re.sub(r"['’]s$", "", N.clean(x.sent.text[a:b]))
                for x in self.sents
                for a, b, label in x.ents
                if label == "PERSON"
            ],
        )

    def _pull_quote_person(self, headline: str, name: str) -> bool:
        """An interview's headline: a person's name, a colon and their words in quotes
        ("Philippa Lowthorpe: 'I've always been drawn to ...'"), the name one the text uses for
        a person and never as a series."""
        return (
            re.match(rf"{re.escape(name)}: ['‘\"“]", headline) is not None
            and N.looks_like_person_name(name)
            and N.fold(name) in self.out.person_names
            and not any(N.series_key(m.text) == N.series_key(name) for m in self.out.series_mentions)
        )

    def _main_person(self) -> str | None:
        """The person the document names most often (at least three times), by full name."""
        counts = Counter(self._full_name(n) for n in self._person_spans())
        if counts:
            name, n = counts.most_common(1)[0]
            if n >= 3 and " " in name:
                return name
        # the small NER model often misses a surname alone ("Fey says", "Fey created"): count
        # the text's uses of each full name's surname (one no other full name shares)
        full = [n for n in counts if " " in n and N.looks_like_person_name(n)]
        lasts = Counter(n.split()[-1] for n in full)
        for n in full:
            last = n.split()[-1]
            if lasts[last] == 1 and len(last) > 2:
                uses = len(re.findall(rf"(?<![\w'’\-]){re.escape(last)}(?![\w\-])", self.doc.text))
                counts[n] = max(counts[n], uses)
        if counts:
            name, n = counts.most_common(1)[0]
            if n >= 3 and " " in name:
                return name
        return None

    def _full_name(self, name: str) -> str:
        """A surname ("Braugher", "Mr. Braugher") as the full name the document gives it."""
        name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.? ", "", name)
        if " " in name:
            return name
        tail = " " + N.fold(name)
        spans = [re.sub(r"['’]s?$", "", full) for full in self._person_spans()]  # ("Paul Dane's")
        found = next((full for full in spans if N.fold(full).endswith(tail)), None)
        if found:
            return found
        # a first name ("Kate is in everything I do"): the one full name it starts
        head = N.fold(name) + " "
        firsts = {full for full in self._person_spans() if N.fold(full).startswith(head)}
        return firsts.pop() if len(firsts) == 1 else name

    def _named_was_roles(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """ "Vaughn was Napoleon Solo, the unflappable top agent ...": an actor the document names
        "was" a role that is no person the document knows, described or set in a work."""
        taken = {c.object.start for c in cands if c.relation == "plays"}
        for m in NAMED_WAS_ROLE.finditer(s.text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if c[1] in taken or NOT_A_FACT.search(s.text[: m.start("char")]):
                continue
            desc = m.group("desc") or ""
            if re.search(r"\b(?:of|to|for|with|from|by|son|daughter|child|first|only|wife|husband)\b", desc):
                continue  # "was the son of ...", "was his wife, ..."
            actor, char = _person(s, *a, strict=False), _character(*c)
            if actor is None or char is None or not self._person_like(s, actor):
                continue
            fc = N.fold(char.text)
            if (
                fc in self._actor_names()
                or fc in self._director_names()
                or (" " not in char.text and not desc)
            ):
                continue  # a person, not a role; a bare first name needs its description
            yield Candidate(
                _mention("person", self._full_name(actor.text), actor.start, actor.end),
                "plays",
                char,
                self.doc.iri,
                (s.sent.start, s.sent.end),
                "named-was-role",
            )

    @staticmethod
    def _was_role(s: _Sent, m: re.Match[str]) -> bool:
        """Does "he was the courtly farmer Mr Holbrook" name a role? Only with its work: "In
        Cranford (2007) he was ...", "He was the vampire Severen in Kathryn Bigelow's Near Dark";
        and never "he was the son of ...", "she was the first ..."."""
        with_work = re.match(rf"(?:In|On) (?:{NAME}{POSS} )?{TITLE}", s.text) or re.match(
            rf"(?:, (?:the|a|an) [^,;()]{{1,80}},)? in (?:{NAME}{POSS} )?{TITLE}", s.text[m.end("char") :]
        )
        kin = re.search(
            r"\b(?:of|to|for|with|from|by|son|daughter|child|first|only|born|named|christened)\b",
            m.group("desc"),
        )  # (and not "He was born John Edward Thaw in Longsight")
        return bool(with_work) and not kin

    def _earlier_actors(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """The actors a role had before: "X will play Philip Banks, ..., the role originated by James
        Avery", "a part first played by Janet Hubert and later by Daphne Maxwell Reid", "the role
        that made Alfonso Ribeiro famous", "who took over the role of Adar from Joseph Mawle"."""
        # (not a role in a clause about another work: "..., in which she played Jed Marshall, takes
        # over the role from Emma Corrin" is about the sentence's own role)
        roles = sorted(
            (
                (c.object.end, c.object)
                for c in cands
                if c.relation == "plays" and not c.rule.startswith("pronoun-role")
            ),
            key=lambda x: x[0],
        )
        for m in EARLIER_ACTOR.finditer(s.text):
            named = s.span(m, "c")
            if named:
                char = _character(*named)
            else:
                before = [o for end, o in roles if end <= s.base + m.start()]
                char = before[-1] if before else None
            if char is None or NOT_A_FACT.search(s.text[: m.start()]):
                continue
            ev = (s.sent.start, s.sent.end)
            who = re.search(rf"(?P<n>{NAME}), who (?:(?:has|had|will|also) )?$", s.text[: m.start()])
            if named and who:  # "Sam Hazeldine, who took over the role of Adar from Joseph Mawle"
                new = _person(s, who.group("n"), s.base + who.start("n"), s.base + who.end("n"), strict=False)
                if new is not None and self._person_like(s, new):
                    yield Candidate(new, "plays", char, self.doc.iri, ev, "earlier-actor")
            for g in ("a", "b", "a2", "a3"):
                sp = s.span(m, g)
                actor = _person(s, *sp, strict=False) if sp else None
                if (
                    actor is not None
                    and self._person_like(s, actor)
                    and N.fold(actor.text) != N.fold(char.text)
                ):
                    yield Candidate(actor, "plays", char, self.doc.iri, ev, "earlier-actor")

    def _series_directors(self, s: _Sent) -> Iterator[Candidate]:
        """An anime's "series director Shigeyuki Miya" ("Miya, the series director"; "chief
        director"): he directs the series (the one in view)."""
        for m in SERIES_DIRECTOR.finditer(s.text):
            a = s.span(m, "a") or s.span(m, "b")
            assert a
            person = _person(s, *a, strict=False)
            work = self._topic_here(s, m.start())
            if person is not None and work is not None and self._person_like(s, person):
                yield self.emit(s, person, "directed", work, "series-director")

    def _voice_of(self, s: _Sent) -> Iterator[Candidate]:
        """ "Ben Balmaceda, the English voice of Kafka", "Wataru Kato, the voice of Kafka's fellow
        recruit Reno Ichikawa": the actor voices the character (of the work in view)."""
        for m in VOICE_OF.finditer(s.text):
            a, c = s.span(m, "a"), s.span(m, "c")
            assert a and c
            actor = _person(s, *a, strict=False)
            char = _character(*c)
            if actor is None or char is None or not self._person_like(s, actor):
                continue
            yield self.emit(s, actor, "plays", char, "voice-of")
            work = self._topic_here(s, m.start())
            if work is not None:
                yield self.emit(s, char, "appearsIn", work, "voice-of")

    def _replaced_as(self, s: _Sent) -> Iterator[Candidate]:
        """ "Donna Reed briefly replaced Bel Geddes as Ellie", "In 1967 she replaced Julie Newmar
        as Catwoman": the new actor plays the role too (the old one is read by "X as Y")."""
        for m in REPLACED_AS.finditer(s.text):
            c = s.span(m, "char")
            assert c
            if any(w in JOB_WORDS for w in N.tokens(c[0])) or NOT_A_FACT.search(s.text[: m.start()]):
                continue
            a = s.span(m, "a")
            actor = _person(s, *a, strict=False) if a else self._pronoun_person(s)
            char = _character(*c)
            if char is not None and self._person_like(s, actor):
                assert actor
                yield self.emit(s, actor, "plays", char, "replaced-as")

    def _gapped_roles(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """Roles that lean on the one before: a dub's actor ("voices Levi (English: Matthew
        Mercer)"), and a second pair with the verb left out ("A played X and B the Vulcan Spock",
        "X is voiced by A, and his mother, Y, by B")."""
        todo = [c for c in cands if c.relation == "plays"]
        seen = {(c.subject.start, c.object.start) for c in todo}
        while todo:
            c = todo.pop(0)
            new: list[Candidate] = []
            for side, end in (("subject", c.subject.end), ("object", c.object.end)):
                rest = s.text[end - s.base :]
                d = DUB_ACTOR.match(rest) if not c.rule.startswith("list-") else None
                if d:
                    g = next(x for x in ("actor", "actor2", "actor3") if d.group(x))
                    if g == "actor3" and (
                        not (side == "subject" and c.subject.start > c.object.start)
                        or re.search(
                            r"\b(?:are|were)\b", s.text[c.object.end - s.base : c.subject.start - s.base]
                        )
                    ):
                        d = None  # "and by B" continues only "X was played by A" (not "X and Y are ...")
                if d:
                    sp = _sub(d, g, end)
                    assert sp
                    actor = _person(s, *sp, strict=False)
                    if self._person_like(s, actor):
                        assert actor
                        new.append(self.emit(s, actor, "plays", c.object, "dub"))
                    rest = rest[d.end() :]
                    end += d.end()
                p = None
                if side == "subject" and c.subject.start > c.object.start:
                    p = GAPPED_PASSIVE.match(rest)  # "X is voiced by A, and his mother, Y, by B"
                elif side == "object" and c.subject.start < c.object.start:
                    p = GAPPED_ACTIVE.match(rest)  # "A played X and B the Vulcan Spock"
                    if p and set(re.findall(r"[a-z\-]+", p.group("desc"))) & NOT_DESCRIPTORS:
                        p = None
                if p:
                    a, ch = _sub(p, "actor", end), _sub(p, "char", end)
                    assert a and ch
                    actor, char = _person(s, *a, strict=False), _character(*ch)
                    if char and self._person_like(s, actor) and N.fold(char.text) != N.fold(actor.text):
                        assert actor
                        new.append(self.emit(s, actor, "plays", char, "gapped-role"))
            for n in new:
                if (n.subject.start, n.object.start) not in seen:
                    seen.add((n.subject.start, n.object.start))
                    todo.append(n)
                    yield n

    def _pronoun_roles(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """ "He played Marcus Washington", "she had a recurring role as X": the pronoun's person."""
        taken = {c.object.start for c in cands if c.relation == "plays"}
        for m in PRONOUN_ROLE.finditer(s.text):
            c = s.span(m, "char")
            assert c
            if c[1] in taken or NOT_A_FACT.search(s.text[: m.start()]):
                continue
            if not _role_slot(s, m.group("desc"), c):
                continue
            if m.group("was") and not self._was_role(s, m):
                continue
            actor = None
            own = re.match(
                rf"(?:(?:In|For|At|On|Among) [^,;]{{1,60}}, )?(?P<n>{NAME})(?= \([^()]*\))?(?=,? (?:(?:was|is|has been|had been|has|had|later|also|first|then|already|still|long|best|[a-z]+ly) )*"
                # ("Joe Don Baker brings a rough humour to Jedburgh; a decade later he would play X")
                rf"(?:(?:[a-z]{{3,}}s|[a-z]{{3,}}ed)(?! (?:him|her|them|me|us)\b)|cast|starred|stars|appeared|appears|played|plays|joined|joins|returned|returns|landed|won|earned|received|made|began|became|"
                rf"nominated|recognised|recognized|shortlisted|honou?red|praised|known|best known)\b"
                # "Baquero, who was a child when she played Ofelia in ...": the who's person
                rf"|, who\b)",
                s.text,
            )
            if own is None:
                # "Potts' long résumé includes Ivan Reitman's Ghostbusters, in which she played X"
                own = re.match(
                    rf"(?P<n>{NAME})(?:{POSS}|, whose) (?:[a-z\-]+ ){{0,2}}{CREDIT_NOUNS}\b", s.text
                )
            if m.start() > 0 and own:
                # "Keri Russell was cast as X in 2012, ... in which she played Y": this sentence's subject
                p = _person(s, own.group("n"), s.base + own.start("n"), s.base + own.end("n"), strict=False)
                if self._person_like(s, p):
                    actor = _mention("person", self._full_name(p.text), p.start, p.end)
            if m.group("coord") and (
                actor is None
                or not re.search(r"\b(?:as|played|plays|voiced|portrayed|starred)\b", s.text[: m.start()])
                or re.search(r"[;:]|\b(?:he|she|they|who|which)\b", s.text[: m.start()])
            ):
                continue  # (the same subject's roles only: "X starred as A ..., and later played B")
            actor, char = actor or self._pronoun_person(s), _character(*c)
            if actor is None or char is None:
                continue
            ev = (s.sent.start, s.sent.end)
            yield Candidate(actor, "plays", char, self.doc.iri, ev, "pronoun-role")
            which = (
                None
                if re.search(r"\bwho\b", s.text[: m.start()])
                else WHICH_WORK.search(s.text[: m.start("desc")])
            )
            label = which and s.ner_label(s.base + which.start("t"), s.base + which.end("t"))
            direct = which and re.match(r"(?: \(\d{4}\))?, in which ", which.group()[len(which.group("t")) :])
            if which and (
                label not in ("GPE", "DATE", "ORG", "LOC", "FAC")
                or (direct and label != "DATE")  # "again in Titanic, in which he played X"
                or (
                    label != "DATE"
                    and re.search(r"\b(?:aired|airs|ran|premiered|broadcast)\b", which.group())
                )
            ):
                # "since Felicity, which aired on The WB and in which she played X": that work
                a = s.base + which.start("t")
                title = which.group("t")
                back = re.search(
                    rf"(?<![\w'’])(?P<h>{TITLE})(?:: | and the | and )$", s.text[: which.start("t")]
                )
                if back and title[:1].isupper() and not NETWORK_NAME.fullmatch(back.group("h")):
                    # "Solo: A Star Wars Story", "Percy Jackson and the Olympians": one title
                    a, title = s.base + back.start(), s.text[back.start() : which.end("t")]
                owner = re.match(rf"(?P<o>{NAME}){POSS} ", title)
                if owner and (
                    s.ner_label(a, a + len(owner.group("o"))) == "PERSON"
                    or N.fold(owner.group("o").split()[-1]) in self._person_words()
                ):
                    a, title = a + owner.end(), title[owner.end() :]  # "Ivan Reitman's Ghostbusters"
                elif owner and NETWORK_NAME.fullmatch(owner.group("o")):
                    a, title = a + owner.end(), title[owner.end() :]  # "E4's Chewing Gum"
                aired = re.search(r"\b(?:aired|airs|ran|premiered|broadcast)\b", which.group()) is not None
                work = _series(title, a, a + len(title), weak=not (aired or owner or direct))
                yield Candidate(char, "appearsIn", work, self.doc.iri, ev, "pronoun-role-which")
                continue
            pron = re.search(r"\b(?:[Hh]e|[Ss]he)\b", m.group())
            front = pron and re.search(
                rf"(?:^|\band )(?:[Oo]n|[Ii]n) (?:the )?(?:(?:{BROADCASTERS})(?:['’]s)? )?(?P<owner>{NAME}{POSS} )?(?:[a-z\-]+ ){{0,3}}(?P<t>{TITLE}(?: (?:and|&) {TITLE})?)(?P<year> \((?:\d{{4}}[–-]?)+\))?(?: \([^()]*\))?"
                rf"(?P<made>, (?:adapted|written|directed|created|produced|based|made|shot)\b[^,;]{{1,60}})?,? $",
                s.text[: m.start() + pron.start()],
            )
            if front:
                a = s.base + front.start("t")
                # a release year or a credit makes the title a work ("In Cranford (2007) he was X")
                sure = bool(front.group("year") or front.group("made") or front.group("owner"))
                yield Candidate(
                    char,
                    "appearsIn",
                    _series(front.group("t"), a, a + len(front.group("t")), weak=not sure),
                    self.doc.iri,
                    ev,
                    "pronoun-role",
                )

    def _loose_subject(
        self, s: _Sent, pos: int, verb: str | None, gerund: bool = False
    ) -> tuple[Mention, Mention | None, int | None] | None:
        """The actor of a role phrase starting at ``pos``, with a series and season number named
        between them ("has joined the second season of Wednesday as ...")."""
        text = s.text
        c0 = max(
            text.rfind(";", 0, pos) + 1,
            *(
                x.end()
                for x in re.finditer(r"(?:,? (?:while|whereas|but|and then)|:|—|–) ", text[:pos])
                if text.count("(", 0, x.start())
                <= text.count(")", 0, x.start())  # not "(Star Trek: Discovery)"
            ),
            0,
        )
        actor_m = None
        for am in re.finditer(NAME, text[c0:pos]):
            before = text[c0 : c0 + am.start()]
            if before.count("(") > before.count(")"):
                continue  # "Spencer Lord (Riverdale) is set to star as": a credit in brackets
            if re.search(r"\b(?:[Tt]he|an?)\s$", before):
                continue  # "rounds out the Miami Metro squad as": not a person
            if re.search(
                r"\b(?:the|his|her) (?:(?!(?:from|of|by|with|to|for|in|on|at|and|stars|starring|features|plays|cast|is|was|are|were)\b)[a-z\-]+ ){1,3}$",
                before,
            ):
                continue  # "he played the sitcom writer Paulie G., and a role as X": a character
            if (
                NETWORK_NAME.fullmatch(am.group())
                or re.search(rf"\b(?:of|in|on) {NAME}{POSS} $", before)
                or NETWORK_POSS_END.search(before)
            ):
                continue  # "starred in ABC's The Family as": a network and its title
            if not re.search(r"\b(?:of|in|on)\s$", before) or re.match(POSS, text[c0 + am.end() :]):
                actor_m = am  # the nearest name that is not "of/in TITLE"
        own = re.match(
            rf"(?P<n>{NAME}){POSS} (?:[a-z\-]+ ){{0,2}}{CREDIT_NOUNS} (?:include|includes|included)\b", text
        )
        if (
            own is not None
            and own.end() < pos
            and re.search(r"\ban? (?:[a-z\-]+ ){0,2}(?:role|part|turn|stint)$", text[:pos])
        ):
            # "Barber's credits include X, and a recurring role as Y": the credits' owner
            actor = _person(s, own.group("n"), s.base, s.base + own.end("n"), strict=False)
            return (actor, None, None) if self._person_like(s, actor) else None  # type: ignore[return-value]
        if actor_m is None:
            return None
        a0, a1 = c0 + actor_m.start(), c0 + actor_m.end()
        mid = text[a1:pos]
        if re.search(r"\b(?:and|but|while|then) (?:he|she|they)\b", mid) and not re.match(r", who\b", mid):
            return None  # "created by Diane English, and he turned up as X": the pronoun's role
        # "Suman, who played X in Netflix's Shadow and Bone, joins as Seraphine": the who-clause's owner
        owner = re.match(rf"(?P<n>{NAME}), who\b[^;]*, (?:[a-z]+ ){{0,2}}[a-z]+$", text[:pos])
        if owner and a0 > owner.end("n"):
            a0, a1 = owner.start("n"), owner.end("n")
            mid = re.sub(r"^, who\b[^;]*,", "", text[a1:pos])
        series = None
        season_no = None
        sm = re.search(
            rf"\b(?:in|joined|joins|join|for) (?:the |its |their )?(?:(?P<o>{N.ORDINAL_RE}) season|season (?P<n>\d+|{N.CARDINAL_RE}))\b(?: of (?P<t>{TITLE}))?"
            rf"|\b(?:the |its |their )?(?P<o2>{N.ORDINAL_RE}) season of (?P<t2>{TITLE})",
            mid,
        )
        if sm is not None:
            season_no = N.number_word(sm.group("o") or sm.group("n") or sm.group("o2"))
            if season_no is not None and season_no <= 0:
                season_no = None
            g = "t" if sm.group("t") else "t2" if sm.group("t2") else None
            if g:
                name = N.strip_leading_noise(sm.group(g))
                series = _series(
                    name, s.base + a1 + sm.end(g) - len(name), s.base + a1 + sm.end(g), weak=True
                )
            mid = mid[: sm.start()] + " " + mid[sm.end() :]
        else:
            ref = WORK_REF.search(mid)
            if ref is not None:
                name = N.strip_leading_noise(ref.group("t"))
                series = _series(
                    name, s.base + a1 + ref.end("t") - len(name), s.base + a1 + ref.end("t"), weak=True
                )
                mid = mid[: ref.start()] + " " + mid[ref.end() :]
        # "(Lady Macbeth)" after the actor is a credit; "the Toda household", "the TVA's" are nouns
        mid = re.sub(r"^ \([^()]{1,60}\)", " ", mid)
        # "is best known for starring as", "is known internationally for playing": a past role
        known = re.search(
            r"\b(?:best |well |widely |mostly |perhaps )?known(?: [a-z]+ly)?(?: (?:in|to|among)(?: [\w.\-]+){1,3}?)? for(?: (?:starring|appearing|(?:his|her|their) (?:[a-z]+ )?(?:role|turn)))?$",
            mid,
        )
        if known:
            mid = mid[: known.start()]
            gerund = False
        spent = re.search(
            rf"\bspent (?:(?:more than|nearly|almost|over|some|about) )?(?:{N.CARDINAL_RE}|a|two|several|many) "
            r"(?:years|decades|seasons|months)$",
            mid,
        )
        if spent:  # "who had spent more than fifteen years playing Dee Reynolds": a past role
            mid = mid[: spent.start()]
            gerund = False
        mid = re.sub(rf"\b(?:the|its|their|his|her) {N.WORD}(?:['’]s)?(?= [a-z])", " ", mid)
        if re.search(r"[A-Z0-9\"“”()]", mid):
            return None
        if mid.count(",") and not re.fullmatch(r",? (?:who|also|now|meanwhile)?[^,]*", mid):
            return None
        words = re.findall(r"[a-z][\w\-’']*", mid)
        if "and" in words and set(words) & LOOSE_STOP:
            # "Gadd created and wrote the series and stars as Donny Dunn": the last verb's clause
            words = words[len(words) - words[::-1].index("and") :]
        if len(words) > 10 or set(words) & LOOSE_STOP or (words and words[-1] in LOOSE_BEFORE_AS):
            return None
        if verb and (not words or words[-1] not in ("to", "will", "also", "now", "later", "would")):
            return None  # "play" needs "to play"/"will play" here; plain "X plays Y" is VERB_PAIR's
        if gerund and words and words[-1] not in ("with", "also", "now", "again"):
            return None  # "with X playing Y", "Liz Carr, playing Judge Gamble"
        actor = _person(
            s, text[a0:a1], s.base + a0, s.base + a1, strict=not N.looks_like_person_name(text[a0:a1])
        )
        if actor is None and " " not in text[a0:a1]:
            # "Sharma was tapped to play": the surname of a full name the text gives ("Suraj
            # Sharma"), whatever the tagger calls it alone
            full = self._full_name(text[a0:a1])
            if full != text[a0:a1] and N.looks_like_person_name(full):
                actor = _mention("person", text[a0:a1], s.base + a0, s.base + a1)
        if (
            actor is None
            or not (
                s.ner_label(actor.start, actor.end) == "PERSON"
                or N.looks_like_person_name(actor.text)
                # "Lyndhurst is best known for playing": the surname of one person the document names
                or (
                    re.search(r"(?:^|[,;] (?:and )?| and )$", text[:a0]) is not None
                    and len({pn for pn in self.out.person_names if pn.endswith(" " + N.fold(actor.text))})
                    == 1
                )
            )
        ):
            return None
        return actor, series, season_no

    def _other_work_opener(self, s: _Sent) -> re.Match[str] | None:
        """A sentence opened by another work, its title in group "t": '"Cheers," created by ...',
        or "In Origins, created by A and B, Austin Stowell plays young Gibbs" (a title the text
        gives as a subtitle, "NCIS: Origins", or knows as a series)."""
        opener = QUOTED_OPENER.match(s.text)
        framed = IN_WORK_OPENER.match(s.text)
        if opener is not None or framed is None:
            return opener
        t = framed.group("t")
        if re.search(rf"(?<![\w:]){TITLE}: {re.escape(t)}(?![\w:])", self.doc.text):
            return framed
        label = s.ner_label(s.base + framed.start("t"), s.base + framed.end("t"))
        return framed if N.series_key(t) in self.series_keys() and label not in PLAIN_ENTITY_LABELS else None

    def _topic_cast(self, s: _Sent, cands: list[Candidate]) -> Iterator[Candidate]:
        """In an article about one series, a role stated with no other work near it is a role in
        that series: "Pedro Pascal plays Joel" in a Last of Us article. "Near" is the stretch from
        the actor to the character plus an "in/on/from ..." tail: in "Diego Luna reprises his Rogue
        One role as Cassian, with Stellan Skarsgård as Luthen Rael", only Cassian is kept out."""
        # (an appearance "in" a pronoun, "It stars A as X", is dropped later: X is still unplaced)
        cands = [c for c in cands if not _pronoun_work(c)]
        topic = self.out.topic
        if topic is None:
            return
        text, base = s.text, s.base
        key = N.series_key(topic.text)
        foreign = [(m.start(), m.end()) for m in OTHER_WORK_CUE.finditer(text)]
        for m in STRONG_SERIES.finditer(text):
            for g in (
                "xs1",
                "xs2",
                "xs3",
                "xs4",
                "x5",
                "x6",
                "x7",
                "x8",
                "x19",
                "x9",
                "x10",
                "x11",
                "x12",
                "x13",
            ):
                if m.group(g) and N.series_key(N.strip_leading_noise(m.group(g))) != key:
                    foreign.append(m.span(g))
        elsewhere = set()
        for c in cands:
            if c.relation == "appearsIn" and c.rule in ("reprise-from", "role-first-played"):
                continue
            if c.relation == "appearsIn" and N.series_key((c.object.parent or c.object).text) != key:
                elsewhere.add(N.fold(c.subject.text))
                if c.object.end > c.object.start:
                    foreign.append((c.object.start - base, c.object.end - base))
        placed = {
            N.fold(c.subject.text)
            for c in cands
            if c.relation == "appearsIn" and c.rule not in ("reprise-from", "role-first-played")
        }
        opener = self._other_work_opener(s)
        if (
            opener
            and N.series_key(opener.group("t")) != key
            and N.fold(opener.group("t")) not in self._episode_titles()
        ):
            # the sentence is about another work: its roles are in that work
            work = _series(opener.group("t"), base + opener.start("t"), base + opener.end("t"))
            for c in cands:
                if c.relation == "plays" and N.fold(c.object.text) not in placed | elsewhere:
                    placed.add(N.fold(c.object.text))
                    yield Candidate(c.object, "appearsIn", work, c.doc, c.sentence, "other-work-subject")
            return
        # "remembered as Alice Knight, the teacher who marries ... (Giovanni Ribisi), on NBC's
        # Friends": a broadcaster's title ending the sentence names the work of every role before it
        far = FAR_WORK_TAIL.search(text)
        if far and N.series_key(far.group("t")) != key:
            far_work = _series(far.group("t"), base + far.start("t"), base + far.end("t"))
            for c in cands:
                if c.relation == "plays" and N.fold(c.object.text) not in placed | elsewhere:
                    gap = (
                        text[c.object.end - base : far.start()] if c.object.end - base < far.start() else ";"
                    )
                    if ";" not in gap and not re.search(
                        r"\b(?:as|plays?|played|playing|stars?|starred|starring|voices?|voiced)\b", gap
                    ):
                        placed.add(N.fold(c.object.text))
                        yield Candidate(c.object, "appearsIn", far_work, c.doc, c.sentence, "far-work-tail")
        for c in cands:
            if c.relation != "plays" or N.fold(c.object.text) in placed | elsewhere:
                continue
            a = min(c.subject.start, c.object.start) - base
            b = max(c.subject.end, c.object.end) - base
            # "recalls his Oldboy, with Choi Min-sik as ...", "The Little Drummer Girl, the miniseries
            # Park directed in 2018, starring Florence Pugh as Charlie": the work just named
            lead_in = WORK_THEN_CAST.search(text[:a])
            if lead_in and c.subject.start < c.object.start:
                g = "t" if lead_in.group("t") else "t2"
                t = lead_in.group(g)
                t0 = base + lead_in.start(g)
                owner = re.match(rf"{NAME}['’]s (?=[{N.UP}])", t)
                if owner:  # "Lee's Stonefield, with ...": the title after its maker
                    t, t0 = t[owner.end() :], t0 + owner.end()
                if (
                    N.series_key(t) != key
                    and N.fold(t) not in self.out.person_names
                    # (the small NER model calls "Oldboy" a place: only a preposition makes it one)
                    and s.ner_label(t0, t0 + len(t)) not in ("PERSON", "DATE", "NORP")
                    and not NOT_WORK_BEFORE.search(text[: lead_in.start(g)])
                    and N.fold(t) not in {N.fold(x.object.text) for x in cands if x.relation == "plays"}
                    and not NETWORK_NAME.fullmatch(t)
                ):
                    placed.add(N.fold(c.object.text))
                    work = _series(t, t0, t0 + len(t))
                    yield Candidate(c.object, "appearsIn", work, c.doc, c.sentence, "work-then-cast")
                    continue
            tail = re.match(
                r"(?:, (?:the|a|an) [^,;.()]{1,60},| opposite [^,;.()]{1,60}?(?= in\b))?,? (?:in|on|from|for)\b[^,;.]*",
                text[b:],
            )
            if tail:
                b += tail.end()
                # "spent six series as Robert Crawley, the Earl of Grantham, in Downton Abbey",
                # "played Lord Darnley opposite X's Mary Stuart in Y's Mary Queen of Scots": a
                # title after the role that is not the topic's names the work
                named = re.search(rf"\b(?:in|on) (?:{NAME}{POSS} )?(?P<t>{TITLE})", tail.group())
                if named:
                    t0 = base + b - tail.end() + named.start("t")
                    t = N.strip_leading_noise(named.group("t"))
                    if (
                        N.series_key(t) != key
                        and not re.match(r"(?:Season|Series|Episode|Part|Chapter|Book|Volume)\b", t)
                        and s.ner_label(t0, t0 + len(named.group("t")))
                        not in ("GPE", "LOC", "DATE", "NORP", "FAC")
                    ):
                        continue
            if NOT_A_FACT.search(text[:b]) or any(fa < b and a < fb for fa, fb in foreign):
                continue
            placed.add(N.fold(c.object.text))
            yield Candidate(c.object, "appearsIn", self._topic_here(s, 0), c.doc, c.sentence, "topic-cast")  # type: ignore[arg-type]

    def _sentence_rules(self, s: _Sent) -> Iterator[Candidate]:
        ev = (s.sent.start, s.sent.end)
        emit = lambda subj, rel, obj, rule, **kw: Candidate(  # noqa: E731
            subj, rel, obj, self.doc.iri, ev, rule, **kw
        )
        text = s.text

        # series context for "SERIES's ACTOR as X" and "SERIES actors A as X, B as Y"
        segments = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", text)]
        prefixes = []
        for m in SERIES_PREFIX.finditer(text):
            g = "series" if m.group("series") else "series2"
            sp = s.span(m, g)
            assert sp
            name = N.strip_leading_noise(sp[0])
            prefixes.append((m.start(), m.end(), _series(name, sp[2] - len(name), sp[2])))

        def series_context(pos: int) -> Mention | None:
            seg = next(((a, b) for a, b in segments if a <= pos < b), None)
            best = None
            for ps, pe, ser in prefixes:
                if seg and seg[0] <= ps and pe <= pos:
                    best = ser
            return best

        is_cast_entry = re.match(rf"^{NAME} as {CHAR}:", text) is not None
        star_sentence = STAR_CUE.search(text) is not None
        sentence_series = self._sentence_subject_series(s) if star_sentence else None

        # "A and B return as X and Y": pair the two lists
        list_spans: list[tuple[int, int]] = []
        pos = 0
        while m := COORD_ACTORS.search(text, pos):
            pos = m.end()
            first = re.match(NAME, m.group("actors"))
            assert first
            p0 = _person(s, first.group(), s.base + m.start(), s.base + m.start() + first.end(), strict=False)
            if not self._person_like(s, p0):
                pos = m.start() + first.end()  # "In The League of Gentlemen, Shearsmith and Pemberton"
                continue
            mid_words = re.findall(r"[\w\-]+", re.sub(r" in ['‘\"“][^'’\"”]*['’\"”]", " ", m.group("mid")))
            if not (
                _plain_mid(mid_words, COORD_MID_WORDS) or PERFORMANCES_MID.fullmatch(m.group("mid").strip())
            ) or NOT_A_FACT.search(text[: m.start()]):
                continue
            before = re.split(r"[;:]|, (?:and|with|while|but|whereas)\b", text[: m.start()])[-1]
            if re.search(
                r"\b(?:as|play|plays|played|portray|portrays|portrayed|voice|voices|voiced)\b", before
            ):
                # "starred as FBI Special Agent Dale Cooper, and Sheryl Lee", "Alex Hassell plays
                # the MP Rupert Campbell-Black, and Aidan Turner": a role, not an actor
                continue
            found = _coordinated_roles(s, m)
            if found is None:
                continue
            actors, chars, end = found
            list_spans.append((m.start(), end))
            for actor, char in zip(actors, chars, strict=True):
                if N.fold(actor.text) != N.fold(char.text):
                    yield emit(actor, "plays", char, "coordinated")
                    if sentence_series is not None:
                        yield emit(char, "appearsIn", sentence_series, "coordinated-series")
        # "A and B star as X and Y", "X and Y are played by A and B": two lists paired in order
        for rx, rule in (
            (LIST_AS_LIST, "list-as-list"),
            (LIST_PLAYED_BY, "list-played-by"),
            (LIST_PAREN, "list-paren"),
        ):
            for m in rx.finditer(text):
                if any(a <= m.start() < b for a, b in list_spans):
                    continue
                if not _plain_mid(re.findall(r"[\w\-]+", m.groupdict().get("mid") or "")):
                    continue
                # ("played by Blake and Dylan Tuomy-Wilhoit": both Tuomy-Wilhoits)
                actors = _split_list(s, m, "actors", expand_surname=rule == "list-played-by")
                chars = _role_items(s, m, "chars")
                if len(actors) != len(chars) or NOT_A_FACT.search(text[: m.start()]):
                    continue
                if rule == "list-paren" and not all(N.looks_like_person_name(a[0]) for a in actors):
                    continue
                list_spans.append((m.start(), m.end()))
                for (at, ast, aen), (ct, cst, cen) in zip(actors, chars, strict=True):
                    actor, char = _person(s, at, ast, aen, strict=False), _character(ct, cst, cen)
                    if actor and char:
                        yield emit(actor, "plays", char, rule)
                        if sentence_series is not None:
                            yield emit(char, "appearsIn", sentence_series, f"{rule}-series")

        # ACTOR as CHARACTER (cast lists, star lists, "was cast as", "reprises ... as" ...)
        # "Jimmy Akingbola, best known as X on Holby City, has been cast as Y": the work that
        # closes a past role is not the subject of the next "as"
        known_roles = list(KNOWN_AS_ROLE.finditer(text))  # (read again below for their own facts)
        award_roles = list(AWARD_ROLE.finditer(text))
        known_works = {k.start("kseries"): k for k in known_roles}
        # "Duff won best supporting actress for Bad Sisters as Grace Williams": not "Bad Sisters as"
        award_works = [(w.start(), w.end()) for w in award_roles if w.group("asrole")]
        for m in AS_PAIR.finditer(text):
            if any(a <= m.start("actor") and m.end("char") <= b for a, b in list_spans):
                continue
            if any(a < m.start("actor") and m.end("char") <= b for a, b in award_works):
                continue
            desc_words = re.findall(r"[\w\-]+", m.group("desc").split("'")[-1].split("’")[-1])
            if re.search(r"\b[a-z\-]+, (?:[a-z\-]+ ){1,2}and ", m.group("desc")):
                desc_words = [
                    w for w in desc_words if w != "and"
                ]  # "the rude, snobbish and harassed hotelier"
            if re.match(r"(?:they|he|she|it|we|you|i|there)\b", m.group("desc")) or re.fullmatch(
                r"an? (?:young |little |older )?(?:child|teenager|teen|boy|girl|man|woman|adult|baby|toddler|youth), ",
                m.group("desc"),
            ):
                continue  # "A as a child, B as a teenager": an age, and the next actor
            allowed = _appositive_ok(m.group("desc"), m.group("char"))
            if re.match(r"(?:the|his|her|their) ", m.group("desc")) and N.looks_like_person_name(
                m.group("char")
            ):
                allowed |= FICTIONAL_RANKS  # "as the ousted studio chief Patty Leigh"
                if re.search(r"\b[a-z][\w\-]+ star $", m.group("desc")):
                    allowed |= {"star"}  # "as the hunting-video star Buck Ferguson"
            if any(w in NOT_DESCRIPTORS - allowed for w in desc_words):
                continue  # "as head of Marvel Television", "as the composer for X": not a role
            season_in_mid = re.search(
                rf"\bin (?:the |its |their )?(?:(?P<o>{N.ORDINAL_RE}) season|season (?P<n>\d+|{N.CARDINAL_RE}))\b",
                m.group("mid"),
            )
            mid_text = m.group("mid")
            if season_in_mid:
                mid_text = mid_text[: season_in_mid.start()] + " " + mid_text[season_in_mid.end() :]
            # "is still best remembered by many viewers as Gary Strang"
            mid_text = re.sub(
                r"\b(?:best |widely |fondly )?remembered(?: by (?:many |most |some |older )?(?:viewers|fans|audiences|people|critics))?\b",
                "",
                mid_text,
            )
            mid_words = re.findall(r"[\w\-]+", mid_text)
            judged = len(mid_words) <= 3 and mid_words[:1] in (["is"], ["was"]) and "of" not in mid_words
            if any(w not in MID_WORDS for w in mid_words) and "cameo" not in mid_words and not judged:
                # "is unnerving as X" (a review's judgement of a role) is allowed;
                # allow a cameo clause: "makes a cameo appearance through a photograph as X"
                continue
            if _planned_mid(mid_words) or re.search(r", and\b", m.group("mid")):
                continue  # (", and reprised his role as X": another clause, with its own subject)
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            # "as the Imperial warlord Moff Gideon": a capitalised adjective, then the name
            later = NAME_AFTER_NOUNS.match(text[m.end("char") :])
            if (
                later
                and (
                    (
                        (" " not in c[0] or s.ner_label(c[1], c[2]) in ("GPE", "LOC", "NORP", "FAC", "ORG"))
                        and " " in later.group("n")
                        and s.ner_label(c[1], c[2]) != "PERSON"
                    )
                    # "as Secret Service agent Chelsea Arrington": the agent, not the service (a name
                    # that ends the phrase)
                    or (
                        re.match(r"[,.;]|$", text[m.end("char") + later.end() :]) is not None
                        and (
                            s.ner_label(c[1], c[2]) in ("ORG", "FAC", "NORP", "GPE")
                            or AGENT_NOUN.fullmatch(text, m.end("char"), m.end("char") + later.start("n") - 1)
                            is not None
                        )
                    )
                )
            ):
                # (also "as North Dakota state trooper Witt Farr": a place, then the name)
                at = c[2] + later.start("n")
                c = (later.group("n"), at, at + len(later.group("n")))
            actor = _person(s, *a, strict=not (is_cast_entry and m.start() == 0))
            owner = re.match(rf"(?P<n>{NAME}), who\b[^;]*$", text[: m.start("actor")])
            if owner and m.group("mid").startswith(","):
                # "Suman, who played X in Netflix's Shadow and Bone, joins as Seraphine": the
                # who-clause's owner, not the last word of its title
                oa = s.span(owner, "n")
                assert oa
                actor = _person(s, *oa, strict=False)
                if not self._person_like(s, actor):
                    continue
            if m.start("actor") in known_works:
                k = known_works[m.start("actor")]
                ka = s.span(k, "actor")
                assert ka
                actor = _person(s, *ka, strict=False)
            one_word_work = (
                " " not in a[0]
                and s.ner_label(a[1], a[2]) != "PERSON"
                and not any(pn.endswith(" " + N.fold(a[0])) for pn in s.known_people)
                and (
                    re.search(
                        rf"(?:{POSS}|\b(?:{_FILM_NOUN_WORDS}|drama|comedy|series|show|sitcom)) $",
                        text[: m.start()],
                    )
                    or re.search(r"[;:] $", text[: m.start()])
                )
            )
            if (
                one_word_work
                or re.match(r" \(\d{4}\)", text[m.end("actor") :])
                or (
                    re.search(rf"\bby (?:{NAME},? and )?$", text[: m.start("actor")])
                    # ("were played by Hudson Yang, as Eddie": the actor, not a maker)
                    and not re.search(
                        rf"\b(?:played|portrayed|voiced) by (?:{NAME},? and )?$", text[: m.start("actor")]
                    )
                    and "," in text[m.end("actor") : m.start("desc")]
                )
            ):
                # "in Zwick's Glory (1989), as Thomas Searles", "Last Resort, created by A and B, as
                # X": a work or its maker; in a profile the role is the profiled person's
                lead = self._lead_person() and self._pronoun_person(s)
                if not lead:
                    continue
                actor = lead
            if (
                " " not in m.group("char")
                and re.search(r"\bas (?:an?|the) (?:[a-z\-]+ )*$", text[: m.start("char")])
                and re.match(
                    r" (?!(?:in|on|and|or|but|who|whom|whose|which|that|for|from|with|at|to|by|of|opposite|"
                    r"alongside|since|when|while|until|after|before|is|was|were|are|has|had|have|will|would|"
                    r"also|then|again|as|throughout|during|over|across|into)\b)[a-z]",
                    text[m.end("char") :],
                )
            ):
                continue  # "as a devout Mormon detective": a description, not a name
            if re.search(
                r"\bas (?:an?|the) (?:[a-z\-]+ )*(?:who|that|which|whose|whom) (?:[a-z\-']+ )*$",
                text[: c[1] - s.base],
            ):
                continue  # "as an old classmate who runs into Carmy": someone the role meets
            if re.search(
                r"\b(?:(?:(?:also|alternatively|formerly|originally) )?known (?:in English|internationally|abroad)|"
                r"(?:also|alternatively|formerly|originally) known|titled|released|marketed|translated"
                # "was credited as Connie Newton": the actor's name on screen
                r"|credited|billed|listed)"
                r"(?: in English| internationally| abroad)? as $",
                text[: m.start("char")],
            ):
                continue  # "also known in English as Answer Me 1988": another title
            char = _character(*c)
            if not actor or not char:
                continue
            yield emit(actor, "plays", char, "as")
            series = None
            if m.group("tail"):
                strong_tail = m.group("tail").startswith(" for") and "cast" in mid_words
                series = self._series_from(s, m, "t", "tseries", weak=not strong_tail)
                if series is not None and series.parent is not None:
                    yield emit(char, "appearsIn", series.parent, "as-series")
            if series is None and m.start() == 0:
                # a nominee line, "Brent Butt as Brent Leroy, Corner Gas": the series closes the
                # line (a title the article names again elsewhere, not "Mary, Queen of Scots")
                nominee = re.fullmatch(rf", (?P<t>{TITLE})(?: \((?:{BROADCASTERS})\))?\s*", text[m.end() :])
                if nominee and "\n" not in s.sent.text.strip() and self._named_again(nominee.group("t"), s):
                    ns = s.span(nominee, "t")
                    assert ns
                    series = _series(*ns)
            if series is None:
                series = series_context(m.start())
            if series is None and is_cast_entry and m.start() == 0:
                series = self._topic_here(s, 0)
            if series is None and star_sentence:
                series = sentence_series
            if series is not None:
                yield emit(char, "appearsIn", series, "as-series")
            if is_cast_entry and m.start() == 0 and not season_in_mid:
                # "X as Y: A holistic doctor ..., introduced in the second season"
                season_in_mid = re.search(
                    rf"\b(?:introduced|appears?|appearing|recurring|recurs|starring|added|joins?|joining|main cast) "
                    rf"(?:only )?(?:in|from|for) (?:the )?(?:(?P<o>{N.ORDINAL_RE}) season|season (?P<n>\d+|{N.CARDINAL_RE}))\b",
                    text[m.end() :],
                )
            if season_in_mid and (series is None or series.kind == "series"):
                number = N.number_word(season_in_mid.group("o") or season_in_mid.group("n"))
                work = series or self._topic_here(s, m.start())
                if number and number > 0 and work is not None:
                    season = Mention(
                        f"{work.text} season {number}", "season", work.start, work.end, number, work
                    )
                    yield emit(char, "appearsIn", season, "as-season")
                    if series is None:
                        yield emit(char, "appearsIn", work, "as-season")

        # ACTOR (CHARACTER) / CHARACTER (ACTOR)
        # "Britt Lower (Unforgettable), Zach Cherry (You) ... have been cast as series regulars":
        # the brackets hold earlier credits, not roles
        credits = re.search(
            r"\) (?:have|has) been (?:cast|added|tapped|set)(?: as (?:series regulars|regulars|recurring|guest stars))?(?! as)"
            r"|\) (?:have|has) joined the cast|\) (?:join|joins|round out) the cast",
            text,
        )
        nominees = list(PAREN_ROLE_WORK.finditer(text))
        for m in nominees:
            a, c, w = s.span(m, "a"), s.span(m, "c"), s.span(m, "w")
            assert a and c and w
            actor = _person(s, *a, strict=False)
            char = _character(*c)
            if actor is None or char is None or not self._person_like(s, actor):
                continue
            if NETWORK_NAME.fullmatch(w[0]) or s.ner_label(w[1], w[2]) == "DATE":
                continue  # "Jane Doe (Mary, HBO)"
            if re.match(
                r",? (?:who |also )?[a-z]+s\b|,? (?:who |also )?(?:is|was|will|has|had)\b", text[m.end() :]
            ):
                continue  # "Jessica Gunning (Pride, What Remains) plays ...": her earlier credits
            yield emit(actor, "plays", char, "paren-role-work")
            # (a list of them names works; one alone may name anything)
            work = self._full_title(_series(*w, weak=len(nominees) < 2))
            yield emit(char, "appearsIn", work, "paren-role-work")

        for m in PAREN_PAIR.finditer(text):
            a, b = s.span(m, "a"), s.span(m, "b")
            assert a and b
            if lead := LEADING_AND.match(a[0]):
                a = (a[0][lead.end() :], a[1] + lead.end(), a[2])  # "And Rue Bennett (Zendaya)?"
            if NETWORK_NAME.fullmatch(a[0]) or NETWORK_NAME.fullmatch(b[0]):
                continue  # "Harley Quinn (Max)": a series and its network
            if credits and m.start() < credits.start() and s.ner_label(b[1], b[2]) != "PERSON":
                continue
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            fam = INFOBOX_FAMILY.match(line + "x")
            if INFOBOX_CAST.match(line + "x") or (
                fam and fam.group("label").lower() not in _INFOBOX_LABEL_KIN
            ):
                # "Portrayed by: Dev Patel (The Last Airbender)": the actor's work, "Family: Ozai
                # (father)": a kinship, see _infobox_lines ("Spouse: Anastasia Dualla (Kandyse
                # McClure)" is a role and its actor)
                continue
            if re.fullmatch(rf"{NAME} [—–] ", line):
                continue  # "Ray Liotta — Texas Rising (History)": a nominee, the work and its network
            if any(a0 == s.base + m.start() - len(line) for _, _, a0 in self._nominee_rows()):
                continue  # "Less Than Kind (Citytv)": a nominee row, the work and its network
            if any(
                not x.weak and N.series_key(x.text) == N.series_key(b[0]) for x in self.out.series_mentions
            ):
                continue  # an episode page's title, "Ghost Story (Dead Like Me)": the episode and its series
            if N.is_acronym_of(b[0], a[0]) or re.fullmatch(r"[\d\s]+", b[0]):
                continue
            if self._title_and_alias(s, m, a[0], b[0]):
                continue  # "High Seas (Alta Mar), a new Spanish-language drama": a title and its original
            if _CREW_JOB.fullmatch(b[0]):
                continue  # "SHREYANSH PANDEY (Creator)": a filmmaker's job, not a role
            if re.fullmatch(_LANG, b[0]) or re.fullmatch(_LANG, a[0]):
                continue  # "Marco D'Amore (Italian)": a voice's language, not a role
            if b[0] in N.REGIONS - {"Victoria", "Georgia", "Virginia", "Jordan", "Washington", "Indiana"}:
                continue  # "Wtfock (Belgium), Skam NL (Netherlands)": a remake and its country
            if m.group("aside") or self._character_first(s, m, a[0], b[0]):
                a, b = b, a  # "Cosima Niehaus (Maslany again)": the actor, with a reviewer's aside
            elif re.match(
                r",? (?:who |also )?(?:joins|joined|plays|played|stars|starred|returns|is|was|as|has|have|had|will|"
                r"rounds|rounded|takes|took|lands|landed|boards|boarded|portrays|voices|comes|steps)\b",
                s.text[m.end() :],
            ) and (
                " " not in N.clean(b[0])
                or s.ner_label(b[1], b[2]) != "PERSON"
                or re.match(
                    r",? (?:who )?[a-z ,]{0,50}?\b(?:as|play|portray|role of|part of)\b", s.text[m.end() :]
                )
            ):
                continue  # "Young Mazino (Beef) joins as Jesse": a credit, not a role
            if re.match(
                r"(?:, (?:an?|the|who) [^,;]{1,80},)? (?:(?:will|also|then|later|has|had) )*"
                r"(?:direct|directs|directed|directing|helm|helms|helmed|write|writes|wrote|co-wrote|executive produces?|"
                r"executive produced|created|co-created|showruns?)\b",
                s.text[m.end() :],
            ):
                continue  # "Sylvain White (Stomp the Yard), a veteran of the series, will direct": a credit
            if "/" in a[0]:
                continue
            if a[0].isupper() and len(a[0]) > 4:
                a = (N.clean(a[0]).title(), a[1], a[2])  # a heading in capitals: "MARK-PAUL GOSSELAAR"
            actor = _person(s, *a, strict=False)
            if (
                actor is None
                and N.looks_like_person_name(a[0])
                and not NOT_A_DAY_NAME.search(a[0])
                and not re.match(r"(?:The|A|An) ", a[0])  # "The Immortal (L'immortale)": a title
            ):
                actor = _mention("person", *a)  # "Mary Hawkins (Rosie Day)": NER reads a date
            char = _character(*b)
            if not actor or not char:
                continue
            yield emit(actor, "plays", char, "paren", swappable=not (m.group("more") or m.group("aside")))
            if star_sentence and sentence_series is not None:
                yield emit(char, "appearsIn", sentence_series, "paren-series")
            # "(Melanie Lynskey; Sophie Nélisse as a teenager)": the role's other actors
            for x in re.finditer(rf"; (?P<n>{NAME})", m.group("more") or ""):
                at = s.base + m.start("more") + x.start("n")
                other = _person(s, x.group("n"), at, at + len(x.group("n")), strict=False)
                if other is not None:
                    yield emit(other, "plays", char, "paren-more")

        # "as Thomasin in Robert Eggers's The Witch": a director's film, not an actor's role
        film_owners = set()
        for director, film in self._possessive_films(s):
            film_owners.add(director.start)
            if film.kind == "series":  # "in Jenji Kohan's Showtime comedy Weeds": its creator
                yield emit(film, "creator", director, "possessive-series")
            else:
                yield emit(director, "directed", film, "possessive-film")

        # "As CHARACTER, [description,] ACTOR verbs ...": the actor must be a known person
        for m in FRONT_AS.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            actor, char = _person(s, *a, strict=False), _character(*c)
            if actor is None or char is None or N.fold(char.text) == N.fold(actor.text):
                continue
            if any(w in JOB_WORDS for w in N.tokens(c[0])) or not (
                " " in N.clean(a[0]) or self._known_person(s, actor)
            ):
                continue
            yield emit(actor, "plays", char, "front-as")

        # "Torres was Jessica Pearson on USA Network's Suits", "Glau became the cyborg Cameron on
        # Fox's Terminator: ...": a network's series names the work, the actor a known person
        for m in ROLE_ON_NETWORK_SERIES.finditer(text):
            a, c, w = s.span(m, "actor"), s.span(m, "char"), s.span(m, "work")
            assert a and c and w
            actor, char = _person(s, *a, strict=False), _character(*c)
            if actor is None or char is None or any(x in JOB_WORDS for x in N.tokens(c[0])):
                continue
            if " " not in N.clean(a[0]) and not self._known_person(s, actor):
                continue
            yield emit(actor, "plays", char, "role-on-network-series")
            yield emit(char, "appearsIn", _series(*w), "role-on-network-series")

        # "ACTOR is CHARACTER, a ...": only a person's full name, and a name that is not a job
        for m in IS_ROLE.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char") or s.span(m, "char2") or s.span(m, "char3")
            assert a and c
            if (
                self.out.topic is None
                and not m.group("intitle")
                and not re.search(r"\b(?:plays|played|portrays|portrayed|voices|voiced)\b", text[: m.start()])
                and not re.match(
                    rf"[^.;]*?,? and {NAME} (?:plays|played|portrays|portrayed|voices|voiced)\b",
                    text[m.end() :],
                )
                and not (m.group("char2") and self._role_relative(m.group("char2pos")))
            ):
                continue  # (in a profile, only as part of a cast list: "A plays X, B is the Y",
                # "A is X, the host, and B plays his wife")
            if " " not in N.clean(a[0]):
                # "Page, who played Leonard Knox on For the People, is Simon Basset": a surname;
                # "Barber is Mary's husband, George Cooper Sr.": the surname of a cast member
                if not (
                    (m.group("rel") and self._known_person(s, _mention("person", a[0], a[1], a[2])))
                    or N.fold(a[0]) in self._cast_surnames()
                ):
                    continue
            elif not (s.ner_label(a[1], a[2]) == "PERSON" or N.looks_like_person_name(a[0])):
                continue
            if m.group("char3"):
                words = set(re.findall(r"[a-z][\w\-]*", m.group("d3")))
                if re.fullmatch(r"\w+ [a-z\-]+,? and [a-z\-]+ ", m.group("d3")):
                    words.discard("and")  # "is the deaf and impossible Mrs Richards"
                if words & (
                    NOT_DESCRIPTORS | {"of", "for", "at", "in", "on", "from", "with", "by", "to", "head"}
                ):
                    continue  # "X is the head of Marvel Television"
                if not (
                    s.ner_label(c[1], c[2]) == "PERSON"
                    or N.looks_like_person_name(N.strip_titles(c[0]))
                    or (" " not in c[0] and s.ner_label(c[1], c[2]) is None)
                ):
                    continue
            # the small NER model calls unfamiliar characters places or nationalities: only
            # dates, numbers and works rule a name out (not after "Juan's girlfriend,")
            if s.ner_label(c[1], c[2]) in {"DATE", "MONEY", "CARDINAL"} | (
                set() if m.group("char2") else {"WORK_OF_ART"}
            ) or any(w in JOB_WORDS for w in N.tokens(c[0])):
                continue
            actor, char = _person(s, *a, strict=False), _character(*c)
            if actor and char and N.fold(char.text) != N.fold(actor.text):
                yield emit(actor, "plays", char, "is-role")

        # ACTOR's CHARACTER (not followed by "as": that is SERIES's ACTOR as CHARACTER)
        for m in POSSESSIVE_PAIR.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if a[1] in film_owners:
                continue
            la, lc = s.ner_label(a[1], a[2]), s.ner_label(c[1], c[2])
            if c[0].startswith("The "):
                continue
            if " " not in a[0].strip() and not (
                # "Stamos' Uncle Jesse Katsopolis": the surname of a person the document names in full
                any(pn.endswith(" " + N.fold(a[0])) for pn in s.known_people)
                and s.ner_label(c[1], c[2]) in ("PERSON", None)
            ):
                continue
            # the small NER model often calls "Rhea Seehorn's" or "Nacho Varga" an organisation
            if la != "PERSON" and not (la in (None, "ORG") and N.looks_like_person_name(a[0])):
                continue
            ranked = N.strip_titles(c[0]) != c[0] and c[0].split()[0].lower().rstrip(".") in N.LOWER_TITLES
            # "Ella Purnell's Jinx, Vi's younger sister, is ...": a described name is a character
            described = re.match(
                rf", (?:the|a|an|his|her|their|{NAME}{POSS}) [^,;]{{1,80}}, ", text[m.end("char") :]
            )
            if described and lc not in NOT_CHARACTER_NER | {"WORK_OF_ART", "DATE", "CARDINAL"}:
                ranked = True
            elif N.series_key(c[0]) in self.series_keys() and not text.startswith(", ", m.end("char")):
                # "Steve McQueen's Small Axe anthology", a series the document names: his work (but
                # "Jason Sudeikis's Ted Lasso, a relentlessly upbeat ... coach" is the title role)
                continue
            if (
                lc != "PERSON"
                and not (
                    lc in (None, "ORG") and N.looks_like_person_name(c[0]) and N.fold(c[0]) in s.known_people
                )
                and not (ranked and lc not in NOT_CHARACTER_NER | {"WORK_OF_ART"})
            ):
                continue  # (but "Brendan Hunt's Coach Beard": a rank makes it a character)
            actor, char = _person(s, *a), _character(*c)
            if actor and char:
                yield emit(actor, "plays", char, "possessive")

        # "opposite Dominic West's Jimmy McNulty and Sonja Sohn's Kima Greggs": co-stars' roles
        for m in COSTAR_POSS.finditer(text):
            for x in COSTAR_ITEM.finditer(m.group("list")):
                a0, c0 = m.start("list") + x.start("actor"), m.start("list") + x.start("char")
                a = (x.group("actor"), s.base + a0, s.base + a0 + len(x.group("actor")))
                c = (x.group("char"), s.base + c0, s.base + c0 + len(x.group("char")))
                if " " not in a[0] or not (
                    s.ner_label(a[1], a[2]) == "PERSON" or N.looks_like_person_name(a[0])
                ):
                    continue
                if s.ner_label(c[1], c[2]) in NOT_CHARACTER_NER | {"WORK_OF_ART"}:
                    continue
                actor, char = _person(s, *a, strict=False), _character(*c)
                if actor and char:
                    yield emit(actor, "plays", char, "costar-possessive")

        # ACTORS play/portray CHARACTERS [respectively] [in SERIES]
        pos = 0
        while m := VERB_PAIR.search(text, pos):
            pos = m.end()
            inside = [b for a, b in list_spans if a <= m.start("actors") < b]
            if inside:
                # "A and B return as X and Y, and C voices Z": C's own pair after the list
                pos = max(inside[0], m.start() + 1)
                continue
            if re.search(r"\bby\b", m.group("vdesc")):
                continue  # "Nicky and Alex, played again by Blake and Dylan": the passive, read elsewhere
            if not m.group("resp") and any(
                w in NOT_DESCRIPTORS - _appositive_ok(m.group("vdesc"), m.group("chars"))
                for w in re.findall(r"[a-z][\w\-]*", m.group("vdesc").split("'")[-1])
            ):
                continue  # "plays a key role in X"
            actors = _split_list(s, m, "actors")
            chars = _split_list(s, m, "chars", expand_surname=True)
            if len(actors) > 1 and re.search(r"\bby $", text[: m.start("actors")]):
                actors = actors[-1:]  # "directed by Larry Elikann, Dale Midkiff played ...": one actor
            owned = re.search(rf"(?P<n>{NAME}), (?:who|whom|whose) [^;]*{POSS} $", text[: m.start("actors")])
            if re.search(
                r"\b(?:played|plays|voiced|as) (?:the (?:[a-z\-]+ ){0,3})?$", text[: m.start("actors")]
            ):
                # "X, whose résumé includes Y, in which he played the agitator Buggin' Out, will
                # portray Z": the name before the verb is a role; the subject is X
                owned = re.match(rf"(?P<n>{NAME}), (?:who|whom|whose) ", text)
                if len(actors) > 1:
                    actors = actors[1:]  # "joins as Jesse, Ariela Barer plays Mel": Jesse is a role
                elif owned:
                    a0 = s.base + owned.start("n")
                    actors = [(owned.group("n"), a0, a0 + len(owned.group("n")))]
                else:
                    continue
            elif re.search(rf"{POSS} $", text[: m.start("actors")]):
                # "Scodelario, who rose to fame as X in E4's Skins, will portray Y": not "Skins"
                if not owned or len(actors) != 1:
                    continue
                a0 = s.base + owned.start("n")
                actors = [(owned.group("n"), a0, a0 + len(owned.group("n")))]
            if len(actors) != len(chars):
                if not re.search(r"\b(?:plays|portrays|voices|played|portrayed|voiced)\b", m.group(0)):
                    continue  # "A and B, who play X and ...": a plural subject needs all its objects
                # "..., and Fiona Shaw plays Maarva Andor, ...": only the verb's neighbours pair up
                actors, chars = actors[-1:], chars[:1]
            series = self._series_from(s, m, "v", "vseries", weak=True) if m.group(0) else None
            for (at, ast, aen), (ct, cst, cen) in zip(actors, chars, strict=True):
                actor, char = _person(s, at, ast, aen, strict=False), _character(ct, cst, cen)
                if actor and " " not in actor.text and not self._known_person(s, actor):
                    continue  # "... All at Once, who plays Ouroboros": not a person
                later = NAME_AFTER_NOUNS.match(text[cen - s.base :])
                owner = re.match(rf"{POSS}(?: [a-z][\w\-]*){{1,3}},? (?P<n>{N.NAMEX})", text[cen - s.base :])
                if owner and re.search(r"\bthe $", text[: cst - s.base]) and " " not in ct:
                    # "who plays the Bureau's quiet deputy, Marie-Jeanne Duthilleul": the deputy
                    later = owner
                if later and not re.match(r"[,.;]|$", text[cen - s.base + later.end() :]):
                    later = None  # (the name must end the phrase)
                if (
                    len(chars) == 1
                    and later
                    and (later is owner or s.ner_label(cst, cen) in ("ORG", "FAC", "NORP", "GPE"))
                ):
                    # "plays her pursuer, the Revolutionary Guard investigator Faraz Kamali"
                    n0 = cen + later.start("n")
                    char = _character(later.group("n"), n0, n0 + len(later.group("n")))
                elif s.ner_label(cst, cen) in ("GPE", "LOC", "NORP") and re.match(
                    r" [a-z]", text[cen - s.base :]
                ):
                    continue  # "played Louisiana detectives Rust Cohle and Marty Hart"
                if actor and char:
                    yield emit(actor, "plays", char, "verb")
                    work = series
                    if (
                        work is not None
                        and work.weak
                        and " " in char.text
                        and N.looks_like_person_name(char.text)
                        and (" " in work.text or work.text.startswith("The "))
                        and s.ner_label(work.start, work.end) not in ("GPE", "LOC", "FAC", "DATE")
                        # (not a title cut short, "Star Trek: Strange New Worlds", "Netflix's Shadow
                        # and Bone")
                        and not re.search(r"['’]s ", work.text)
                        and not re.match(r":| (?:and|&|of|in|on)\b", self.doc.text[work.end : work.end + 5])
                    ):
                        # "played the judge Gloria Horne in The Brokenwood Mysteries": a named role
                        # in a title of several words is a role in that work
                        work = dataclasses.replace(work, weak=False)
                    if work is not None:
                        yield emit(char, "appearsIn", work, "verb-series")

        for m in REVIEW_VERB.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if not (m.group("desc") or m.group("app")) or NOT_A_FACT.search(text[: m.start()]):
                continue
            if m.group("app") and re.search(
                r"\b(?:actor|actress|star|co-star|director|filmmaker|writer|creator|showrunner|producer|singer|comedian|rapper|cast)s?\b",
                m.group("app"),
            ):
                continue  # "gives Ludivine Sagnier, the French actress, ...": a co-star, not a role
            if not _role_slot(s, m.group("desc") or "", c) or s.ner_label(c[1], c[2]) == "WORK_OF_ART":
                continue
            actor, char = _person(s, *a, strict=False), _character(*c)
            if actor is None or char is None or (" " not in actor.text and not self._known_person(s, actor)):
                continue
            if not (s.ner_label(actor.start, actor.end) == "PERSON" or N.looks_like_person_name(actor.text)):
                continue
            if N.fold(char.text) in self._actor_names():
                continue  # "Kidman gives Laura Dern ...": a co-star, not a role
            yield emit(actor, "plays", char, "review-verb")

        for m in known_roles:
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if not _role_slot(s, m.group("desc"), c) or NOT_A_FACT.search(text[: m.start()]):
                continue
            actor, char = _person(s, *a, strict=False), _character(*c)
            # (a relative clause makes even a surname a person: "Goggins, who had played X on Y,")
            if char is None or not (self._person_like(s, actor) or text.startswith(", who ", m.end("actor"))):
                continue
            yield emit(actor, "plays", char, "known-as")
            cued = bool(
                m.group("cue") or (m.group("net") and NETWORK_NAME.fullmatch(N.clean(m.group("net"))[:-2]))
            )
            series = self._series_from(s, m, "k", "kseries", weak=not cued)
            if series is not None:
                yield emit(char, "appearsIn", series, "known-as-series")

        for m in award_roles:
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert c
            if not _role_slot(s, m.group("desc"), c) or NOT_A_FACT.search(text[: m.start()]):
                continue
            actor = _person(s, *a, strict=False) if a else self._pronoun_person(s)
            char = _character(*c)
            if char is None or not self._person_like(s, actor):
                continue
            if m.group("forrole") and N.series_key(c[0]) in self.series_keys():
                continue  # "nominated for Succession, the HBO drama": a work
            yield emit(actor, "plays", char, "award-role")
            series = self._series_from(s, m, "w", "wseries", weak=True)
            if series is not None:
                yield emit(char, "appearsIn", series, "award-role-series")

        # the verb left out: "Giamatti won for playing Adams, and Linney for playing his wife, Abigail Adams"
        for gap in AWARD_GAPPED.finditer(text):
            if not re.search(r"\b(?:won|wins|nominated|received|earned)\b", text[: gap.start()]):
                continue
            a2, c2 = s.span(gap, "actor"), s.span(gap, "char")
            if not a2 or not c2 or not _role_slot(s, gap.group("desc"), c2):
                continue
            actor2, char2 = _person(s, *a2, strict=False), _character(*c2)
            if actor2 is not None and char2 is not None and self._person_like(s, actor2):
                yield emit(actor2, "plays", char2, "award-role")
                w = s.span(gap, "wseries")
                if w:
                    yield emit(char2, "appearsIn", _series(*w), "award-role-series")

        # "... reprise his SERIES role as/of CHARACTER", "reprising the role of X from SERIES"
        for m in REPRISE.finditer(text):
            g_char, g_series = (
                ("char", "series")
                if m.group("char")
                else ("char2", "series2")
                if m.group("char2")
                else ("char3", "")
                if m.group("char3")
                else ("char4", "")
            )
            c = s.span(m, g_char)
            assert c
            char = _character(*c)
            subject = self._nearest_person_before(s, m.start())
            if char is None:
                continue
            if subject is not None:
                yield emit(subject, "plays", char, "reprise")
            se = s.span(m, g_series) if g_series else None
            if se is not None:
                yield emit(char, "appearsIn", _series(*se), "reprise")

        # "CHARACTER, played by ACTOR"
        for m in PLAYED_BY.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if any(x <= m.start("actor") < y for x, y in list_spans):
                continue  # "Micah and Jo, played by A and B": paired as lists
            name = N.strip_leading_noise(c[0])
            actor, char = (
                _person(s, *a, strict=not N.looks_like_person_name(a[0])),
                _character(name, c[2] - len(name), c[2]),
            )
            if re.search(r", (?:the|a) (?:role|part|character) ", m.group()):
                continue  # "befriends Will, the part played in the sitcom by X": X played the subject's role
            if re.search(r", (?:the|a|an) (?:[a-z\-]+ )*[A-Z][\w\-]* (?:is|was) ", m.group()):
                continue  # "in Akita, the young Hiroshi is voiced by X": X plays Hiroshi (read below)
            if actor and char and not name.startswith(("The ", "A ")):
                yield emit(actor, "plays", char, "played-by")
                # "..., while his thoughts are narrated by his grown-up self, voiced by Daniel Stern"
                older = SELF_VOICED.search(text, m.end())
                other = _person(s, *s.span(older, "actor"), strict=False) if older else None  # type: ignore[misc, arg-type]
                if other is not None:
                    yield emit(other, "plays", char, "played-by-self")
                # "...; Dianne Kay took over the role for the series", "... before Willie Aames
                # was cast": the role's next actor
                nxt = ROLE_SUCCESSOR.match(text, m.end()) or ROLE_SUCCESSOR.search(
                    text, m.end(), min(len(text), m.end() + 60)
                )
                g = ("who0" if nxt.group("who0") else "who1") if nxt else None
                later = _person(s, *s.span(nxt, g), strict=False) if nxt and g else None  # type: ignore[misc]
                if later is not None and N.fold(later.text) != N.fold(actor.text):
                    yield emit(later, "plays", char, "played-by-successor")

        # "ACTOR takes on the role of CHARACTER"
        for m in ROLE_OF.finditer(text):
            mid = re.findall(r"[\w\-]+", m.group("mid"))
            if any(w not in ROLE_OF_VERBS for w in mid) or (
                PLAN_MID & set(mid) - {"will"} and "cast" not in mid
            ):
                continue
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            if m.group("desc") and not (" " in c[0] and N.looks_like_person_name(c[0])):
                continue  # "the role of psychiatrist and radio host Frasier Crane": a full name after a job
            actor, char = _person(s, *a, strict=not N.looks_like_person_name(a[0])), _character(*c)
            if actor and char:
                yield emit(actor, "plays", char, "role-of")

        for m in NEW_ROLE.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            actor, char = _person(s, *a, strict=not N.looks_like_person_name(a[0])), _character(*c)
            if actor and char and not NOT_A_FACT.search(text[: m.start()]):
                yield emit(actor, "plays", char, "new-role")

        for m in ROLE_WENT_TO.finditer(text):
            a, c = s.span(m, "actor"), s.span(m, "char")
            assert a and c
            actor, char = _person(s, *a, strict=not N.looks_like_person_name(a[0])), _character(*c)
            if actor and char:
                yield emit(actor, "plays", char, "role-went-to")

        # "ACTOR, CHARACTER in SERIES," (an appositive)
        for m in APPOSITIVE.finditer(text):
            a, c, se = s.span(m, "actor"), s.span(m, "char"), s.span(m, "series")
            assert a and c and se
            if s.ner_label(a[1], a[2]) != "PERSON":
                continue
            actor, char = _person(s, *a), _character(*c)
            if actor and char:
                yield emit(actor, "plays", char, "appositive")
                yield emit(char, "appearsIn", _series(*se), "appositive")

        # "CHARACTER appeared in the first season of SERIES" / "... featured in A and B"
        for m in APPEARS.finditer(text):
            clause_start = max(text.rfind(",", 0, m.start("char")), text.rfind(";", 0, m.start("char")), 0)
            if PLAN.search(text[clause_start : m.start("list") if m.group("list") else m.end()]):
                continue
            c = s.span(m, "char")
            assert c
            char = _character(*c)
            if char is None or s.ner_label(c[1], c[2]) in {"GPE", "LOC", "WORK_OF_ART"}:
                continue
            if m.group("actor"):
                a = s.span(m, "actor")
                assert a
                actor = _person(s, *a)
                if actor:
                    yield emit(actor, "plays", char, "possessive-appears")
            if m.group("list"):
                for t, st, en in _split_list(s, m, "list", pattern=TITLE):
                    yield emit(char, "appearsIn", _series(t, st, en), "appears")
            else:
                season = self._season_from(s, m, "a")
                if season is not None:
                    yield emit(char, "appearsIn", season, "appears-season")
                    assert season.parent
                    yield emit(char, "appearsIn", season.parent, "appears-season")

        # directors of episodes
        for rx, rule in (
            (DIRECTOR_OF, "director-of"),
            (DIRECTED, "directed"),
            (DIRECTED_BY, "directed-by"),
        ):
            for m in rx.finditer(text):
                d = s.span(m, "dir") or s.span(m, "wdir")
                assert d
                director = _person(s, *d, strict=False)
                if (
                    "filler" in m.groupdict()
                    and m.group("filler")
                    and re.search(
                        r"\b(?:while|whereas|but|episode|episodes|pilot|finale)\b", m.group("filler")
                    )
                ):
                    continue  # "the pilot was written by X, while the finale was directed by Y"
                if director is None:
                    continue
                directors = [director]
                pair = (
                    re.search(rf"(?:^|(?<=[;:] ))(?P<a>{NAME}) and $", text[: m.start("dir")])
                    if rx is DIRECTED
                    else None
                )
                if pair is not None:
                    # "Anna Boden and Ryan Fleck directed the first two episodes": both of them
                    pa = s.span(pair, "a")
                    assert pa
                    first = _person(s, *pa, strict=False)
                    if first is not None and (
                        s.ner_label(pa[1], pa[2]) == "PERSON" or N.looks_like_person_name(pa[0])
                    ):
                        directors.append(first)
                if "dir_b" in m.groupdict() and m.group("dir_b"):  # "directed by Benioff and Weiss"
                    d2 = s.span(m, "dir_b")
                    assert d2
                    other = _person(s, *d2, strict=False)
                    directors += [other] if other is not None else []
                if RESPECTIVELY.match(text, m.end()):
                    # "A, B, C and D directed the fourth, fifth, seventh and ninth episodes, respectively"
                    yield from self._respective_directors(s, m, emit, rule)
                    continue
                named = "episode-which-directed" if m.groupdict().get("wdir") else rule
                eps = self._episodes_from(s, m, "e")
                # "X will direct episode 3 and will return to helm the series finale": more of X's
                more = DIRECTED_MORE.match(text, m.end()) if rx is DIRECTED and eps else None
                if more and not RESPECTIVELY.match(text, more.end()):
                    eps += [e for e in self._episodes_from(s, more, "e") if e not in eps]
                for ep in eps:
                    for who in directors:
                        yield emit(who, "directed", ep, named)

        for m in DIRECTED_BY_RANGES.finditer(text):
            if PLAN.search(text[: m.start()]):
                continue
            for item in re.finditer(rf"(?P<n>{NAME}) \((?P<e>[^()]+)\)", m.group("list")):
                a0 = m.start("list") + item.start("n")
                who = _person(
                    s, item.group("n"), s.base + a0, s.base + a0 + len(item.group("n")), strict=False
                )
                eps = EPISODES_AT.fullmatch(
                    text, m.start("list") + item.start("e"), m.start("list") + item.end("e")
                )
                if who is not None and eps is not None:
                    for ep in self._episodes_from(s, eps, "e"):
                        yield emit(who, "directed", ep, "directed-by-ranges")

        # "Fincher, whose film credits include Se7en, Zodiac and The Social Network, will direct
        # the first two episodes", "He also returns for episodes eight through ten"
        seen_eps = set()
        directing = self._directing_in_view(s)
        for m in DIRECT_VERB_EPISODES.finditer(text):
            if m.group("weak") and not directing:
                continue  # "X is set for episode 3" is a directing credit only where directing is the topic
            c0 = max(
                text.rfind(";", 0, m.start()) + 1,
                *(
                    x.end()
                    for x in re.finditer(
                        rf", (?:and|while|but|whereas) (?=[{N.UP}]|(?:he|she)\b)", text[: m.start()]
                    )
                ),
                0,
            )
            head = text[c0 : m.start()]
            director = None
            if PRONOUN_HEAD.fullmatch(head):
                # "Lee wrote the pilot, and he directed the first two episodes": this sentence's subject
                own = OWN_SUBJECT.match(text)
                if own and c0 > 0:
                    own_p = _person(s, own.group("dir"), s.base, s.base + own.end("dir"), strict=False)
                    if self._person_like(s, own_p):
                        director = own_p
                director = director or self._pronoun_person(s)
            else:
                sm = NAMED_HEAD.match(head)
                if sm is None:  # "The second batch will be directed by A, who takes episodes six and seven"
                    sm = WHO_HEAD.search(head)
                    if sm and not N.looks_like_person_name(sm.group("dir")):
                        sm = None
                if sm and not re.search(r"\b(?:said|says|told|according)\b", sm.groupdict().get("app") or ""):
                    a0, a1 = c0 + sm.start("dir"), c0 + sm.end("dir")
                    cand = _person(s, text[a0:a1], s.base + a0, s.base + a1, strict=False)
                    if self._person_like(s, cand):
                        director = cand
            if (
                director is None
                or PLAN.search(re.sub(r"\bwill\b", "", head))
                or RESPECTIVELY.match(text, m.end())
            ):
                continue
            for ep in self._episodes_from(s, m, "e"):
                if (director.text, ep.text) not in seen_eps:
                    seen_eps.add((director.text, ep.text))
                    yield emit(director, "directed", ep, "directed-apposition")

        # "Tom George directed the first series" (of six episodes): every episode of it
        for m in DIRECTED_SEASON.finditer(text):
            season = N.number_word(m.group("ord"))
            length = self._season_lengths().get(season or 0)
            offset = self._season_offset(season) if season and season > 1 else 0
            work = self._topic_here(s, m.start())
            d = s.span(m, "dir")
            who = _person(s, *d, strict=False) if d else None
            if not (
                season and length and offset is not None and work is not None and self._person_like(s, who)
            ):
                continue
            if PLAN.search(m.group()):
                continue
            for n in range(offset + 1, offset + length + 1):
                yield emit(who, "directed", _episode(work, n, d), "directed-season")  # type: ignore[arg-type]

        # "The series was created and written by Craig Mazin and directed by Johan Renck"
        for m in SERIES_DIRECTED_BY.finditer(text):
            if m.group("dirs3"):
                work = self._topic_here(s, m.start())
                if work is not None and N.series_key(m.group("lead3")) == N.series_key(work.text):
                    for name, a, b in _split_list(s, m, "dirs3"):
                        who = _person(s, name, a, b, strict=False)
                        if self._person_like(s, who):
                            yield emit(who, "directed", work, "series-directed-by")
                continue
            d = s.span(m, "dir") or s.span(m, "dir2") or s.span(m, "dir4") or s.span(m, "dir5")
            assert d
            director = _person(s, *d, strict=False)
            work = self._topic_here(s, m.start())
            named = m.group("title") or m.group("lead")
            total = self._series_total()
            if m.group("title5"):  # a named miniseries, of the length the appositive gives
                t5 = s.span(m, "title5")
                assert t5
                if work is None or N.series_key(t5[0]) != N.series_key(work.text):
                    work, total = _series(*t5), None
                total = N.number_word(m.group("n5")) if m.group("n5") else total
            elif named and (work is None or N.series_key(named) != N.series_key(work.text)):
                continue  # "Another Title was directed by": not the article's series
            if director is None or work is None or PLAN.search(m.group()):
                continue
            topic = self.out.topic
            ep = self.episode_antecedent(s) if topic is not None and work.text == topic.text else None
            if ep is not None:  # '... The first episode was broadcast on ... It was directed by X'
                yield emit(director, "directed", ep, "series-directed-by")
                continue
            if total and total <= 60:
                # a series one person directed: every episode of it, when the text says how many
                for n in range(1, total + 1):
                    yield emit(director, "directed", _episode(work, n, d), "series-directed-by")
            else:
                yield emit(director, "directed", work, "series-directed-by")

        for m in SERIES_WHICH_DIRECTED.finditer(text):
            d = s.span(m, "dir")
            assert d
            director = _person(s, *d, strict=False)
            if m.group("title"):
                t = s.span(m, "title")
                assert t
                work = _series(N.strip_leading_noise(t[0]), t[2] - len(N.strip_leading_noise(t[0])), t[2])
            elif re.match(r"the\b", m.group("np")):
                work = self._topic_here(s, m.start())
            else:
                work = None  # "a drama, which X directed": which one?
            if director is None or work is None or not self._person_like(s, director):
                continue
            if PLAN.search(m.group()):
                continue
            yield emit(director, "directed", work, "series-which-directed")

        for m in DIRECTED_THE_SERIES.finditer(text):
            d = s.span(m, "dir")
            assert d
            director = _person(s, *d, strict=False)
            work = self._topic_here(s, m.start())
            if director is not None and work is not None and not PLAN.search(m.group()):
                yield emit(director, "directed", work, "directed-the-series")

        for m in FRONTED_DIRECTOR.finditer(text):
            d = s.span(m, "dir")
            assert d
            director = _person(s, *d, strict=False)
            work = self._topic_here(s, m.start("subj"))
            named = not re.match(r"(?:[Tt]he|[Ii]ts) [a-z\d]|it\b", m.group("subj"))
            if named and (work is None or N.series_key(m.group("subj")) != N.series_key(work.text)):
                continue  # another title: a film, perhaps, not the article's series
            if director is not None and work is not None:
                yield emit(director, "directed", work, "fronted-director")

        # "The fifth and sixth episodes go to Clark Johnson" (where directing is the topic)
        if self._directing_in_view(s):
            for m in EPISODES_GO_TO.finditer(text):
                d = s.span(m, "dir")
                assert d
                director = _person(s, *d, strict=False)
                if director is not None:
                    for ep in self._episodes_from(s, m, "e"):
                        yield emit(director, "directed", ep, "episodes-go-to")

        # "Pokaski wrote the pilot episode, and X was hired to direct it", "..., and Y directed them"
        # "..., and X directed it" (the episodes named before it), or a sentence of its own after the
        # one that names them: "Shawn and I wrote the finale, "Hail Mary," together. Adam Arkin directed it."
        prev = self._previous_in_paragraph(s)
        opening = DIRECTED_IT.match(text)
        pronoun_credits = [(m, s, m.start()) for m in DIRECT_PRONOUN.finditer(text)]
        pronoun_credits += [(opening, prev, len(prev.text))] if opening and prev else []
        for m, where, upto in pronoun_credits:
            d = s.span(m, "dir")
            director = _person(s, *d, strict=False) if d else None
            if director is None or PLAN.search(m.group()):
                continue
            for ep in self._last_episodes_named(where, upto):
                yield emit(director, "directed", ep, "directed-pronoun")

        # show notes: 'Episode 2, "Beers and Weirs." Directed by Ken Kwapis, written by Jeff Judah &
        # Gabe Sachs; first aired ...': a credit fragment for the episode the sentence before names
        frag = CREDIT_FRAGMENT.match(text)
        if frag and prev is not None:
            lead = re.match(r"(?:\[[\d:]+\]\s*|[*•-]\s+)?", prev.text)  # "[02:45] Episode 2, ..."
            em = EPISODES_AT.match(prev.text, lead.end() if lead else 0)
            eps = self._episodes_from(prev, em, "e") if em and em.group().strip() else []
            if len(eps) == 1:
                yield from (emit(*c, "credit-fragment") for c in _directed_written(s, frag, eps[0]))

        # a trade story's section about a pilot: "Minkie Spiro directs." (the pilot, of the section's work)
        bare = BARE_DIRECTS.fullmatch(text.strip())
        if bare and self.out.topic is not None:
            para = self.doc.text[slice(*_line_bounds(self.doc.text, s.base))]
            d = s.span(bare, "dir")
            director = _person(s, *d, strict=False) if d else None
            if director is not None and re.search(r"\bpilot\b", para):
                t = self._topic_here(s, bare.start())
                if t is not None:
                    yield emit(
                        director, "directed", _episode(t, 1, (bare.group("dir"), *d[1:])), "directs-the-pilot"
                    )

        # "directed the feature Our Kind of Traitor", "the director of the documentary Amy",
        # "the writer-director of Nightcrawler", "X, whose credits include A and B, directs ..."
        for m in FILM_NOUN_DIRECTED.finditer(text):
            g = "film" if m.group("film") else "film2"
            f = s.span(m, g)
            assert f
            app = re.search(
                rf"(?P<dir>{NAME}), (?:[\w'’\- ]{{0,60}} )?(?:the |an? )?(?:[\w\-]+ ){{0,3}}$",
                text[: m.start()],
            )
            if app:
                d = s.span(app, "dir")
                assert d
                director = _person(
                    s, *d, strict=False
                )  # "Dan Gilroy, Tony's brother and the writer-director of X"
            else:
                director = self._nearest_person_before(s, m.start())
            label = s.ner_label(f[1], f[2])
            if director is None or label in ("GPE", "DATE") or f[0].isupper() or "." in f[0]:
                continue
            if (label in ("PERSON", "ORG") and re.match(r" [a-z]", text[f[2] - s.base :])) or re.match(
                r" (?:film|movie|thriller|drama|comedy|documentary|feature|western)s?\b",
                text[f[2] - s.base :],
            ):
                continue  # "the director of S.W.O.R.D.", "the Don Cheadle thriller Traitor"
            # "the horror film In Fear": a title announced by its noun keeps a leading preposition
            keep = re.match(
                r"(?:In|On|At|For|From|With|Into|Under|Over|After|Before|Until|Once|When|While) \S", f[0]
            )
            name, end = (N.clean(f[0]) if keep else N.strip_leading_noise(f[0])), f[2]
            if re.match(r"[?!](?=[\s,;)]|$)", text[end - s.base :]):
                name, end = name + text[end - s.base], end + 1  # "Can You Ever Forgive Me?"
            yield emit(director, "directed", _mention("film", name, end - len(name), end), "film-noun")

        for m in FILM_WHICH_DIRECTED.finditer(text):
            k = next(i for i in ("", "2", "3", "4", "5", "7") if m.group(f"film{i}"))
            f = s.span(m, f"film{k}")
            assert f
            if k == "5" and not (
                m.group("y5") or m.group("noun5") or m.group("w5") or m.group("wd5") or m.group("cue5")
            ):
                continue  # a bare "X, directed by Y" may be anything
            if k == "5" and not m.group("noun5") and re.match(r"[\"”]|,[\"”]", text[m.end("film5") :]):
                continue  # 'The pilot, "Celebration," written by A and directed by B': an episode's title
            name = LEADING_PREPOSITION.sub("", f[0])  # (not "Star Trek IV" -> "Trek IV")
            if k == "5" and re.match(r"(?:Episode|Season|Series|Part|Chapter|Volume|Book)\b", name):
                continue  # "in Season Two, directed by"
            if k == "5" and (m.group("cue5") or "").strip() == "in":
                if s.ner_label(f[1], f[2]) in ("GPE", "LOC", "DATE", "FAC", "NORP"):
                    continue  # "in London, directed by"
                owner = re.match(rf"{NAME}['’]s (?=[{N.UP}])", name)
                name = name[owner.end() :] if owner else name  # "in Disney's Tangled, directed by"
            serial = k == "5" and re.search(
                r"\b(?:\w+-(?:part|episode)|serial|miniseries|mini-series)\b", m.group("noun5") or ""
            )
            if name in ("The", "A", "An") or s.ner_label(f[1], f[2]) == "PERSON":
                continue
            # "State of Play, a six-part conspiracy thriller directed by David Yates": a serial (its
            # episodes, once its length is known), not a film; "Landscapers, written by A and
            # directed by B, tells ..." in a roundup: a series the text knows
            known = N.series_key(name) in self.series_keys()
            if known and k != "5":
                continue
            film = _mention("series" if serial or known else "film", name, f[2] - len(name), f[2])
            # "Disney's Tangled, directed by Nathan Greno and Byron Howard": both
            for g in (f"dir{k}", "dir6" if k == "5" else None):
                d = s.span(m, g) if g else None
                who = _person(s, *d, strict=False) if d else None
                if self._person_like(s, who):
                    yield emit(who, "directed", film, "film-which-directed")
            w5 = re.match(rf"written by (?P<a>{NAME})(?: and (?P<b>{NAME}))?", m.group("w5") or "")
            filmed = re.search(r"\b(?:film|movie)\b", (m.group("cue5") or "") + (m.group("noun5") or ""))
            if k == "5" and w5 and (filmed or m.group("y5")):
                # "The television film A Very Brady Christmas, written by Sherwood and Lloyd J.
                # Schwartz and directed by ..." (not an episode: "began ... with The Dead of Jericho, written by")
                at = m.start("w5")
                for g in ("a", "b"):
                    if not w5.group(g):
                        continue
                    name, x0 = w5.group(g), at + w5.start(g)
                    other = w5.group("b") if g == "a" else None
                    if other and " " not in name and len(other.split()) >= 2:
                        name = f"{name} {other.split()[-1]}"  # a shared surname
                    who = _person(s, w5.group(g), s.base + x0, s.base + x0 + len(w5.group(g)), strict=False)
                    if self._person_like(s, who) or (who is not None and name != w5.group(g)):
                        assert who is not None
                        who = _mention("person", name, who.start, who.end)
                        yield emit(film, "writer", who, "film-which-directed")

        for m in FILM_APPOSITION.finditer(text):
            people = [
                p
                for g in ("dir", "dir2")
                if (sp := s.span(m, g)) is not None
                and (p := _person(s, *sp, strict=False)) is not None
                and self._person_like(s, p)
            ]
            if not people or NOT_A_FACT.search(m.group()):
                continue
            base = m.start("films")
            for x in re.finditer(rf"(?P<t>{FILM_TITLE})(?: \(\d{{4}}\))?", m.group("films")):
                name = N.clean(x.group("t"))
                if name in ("The", "A", "An") or N.series_key(name) in self.series_keys():
                    continue
                a = s.base + base + x.start("t")
                name, a, b = _film_title_after_noun(s, (name, a, a + len(x.group("t"))))
                for who in people:
                    yield emit(who, "directed", _mention("film", name, a, b), "film-apposition")

        for m in FILM_DIRECTED.finditer(text):
            films: list[tuple[str, int, int]] = []
            if m.group("film"):
                f = s.span(m, "film")
                assert f
                films.append(f)
                # "directed Saint Jack (1979), They All Laughed (1981) and Mask (1985)"
                base = s.base + m.start("more")
                films += [
                    (x.group("t"), base + x.start("t"), base + x.end("t"))
                    for x in re.finditer(rf"(?P<t>{TITLE}) \(\d{{4}}\)", m.group("more") or "")
                ]
                director = self._film_director(s, m.start())
            else:
                f = s.span(m, "film2")
                d = s.span(m, "dir2")
                assert f and d
                films.append(f)
                director = _person(s, *d)
            if director is not None:
                for i, f in enumerate(films):
                    name = N.strip_leading_noise(f[0]) if i == 0 else N.clean(f[0])
                    yield emit(director, "directed", _mention("film", name, f[2] - len(name), f[2]), "film")

        # "The Wild Wild West Revisited, a television film directed by Burt Kennedy and written by
        # William Bowers", "a second film, More Wild Wild West, again directed by Kennedy"
        for m in TV_FILM_BY.finditer(text):
            f = s.span(m, "film") or s.span(m, "film2")
            assert f
            name = N.strip_leading_noise(f[0])
            film = _mention("film", name, f[2] - len(name), f[2])
            yield from (emit(*c, "tv-film") for c in _directed_written(s, m, film))

        # "Craig Zobel, whose feature credits include Compliance and The Hunt, will direct ...":
        # a director's credits (not "whose television credits", not an actor's)
        for m in CREDITS_INCLUDE.finditer(text):
            kind = m.group("kind") or ""
            if re.search(r"\b(?:television|tv|acting|stage|writing)\b", kind, re.I):
                continue
            if not (
                re.search(r"\b(?:feature|film|movie|directing|directorial)\b", kind)
                or DIRECTING_VERB.search(m.group("rest") or "")
            ):
                continue
            d = s.span(m, "dir")
            assert d
            director = _person(s, *d, strict=False)
            if director is None:
                continue
            for t, st, en in _split_list(s, m, "films", pattern=TITLE):
                if re.match(POSS, text[en - s.base :]) or N.series_key(t) in self.series_keys():
                    continue  # "Christopher Nolan's Tenet" is Nolan's; a series is not a film credit
                yield emit(director, "directed", _mention("film", t, st, en), "credits-include")

        for m in SHARED_DIRECTING.finditer(text):
            yield from self._shared_directing(s, m, emit)

        for m in DIRECTED_ACTOR_AS.finditer(text):
            d, f = s.span(m, "dir"), s.span(m, "film")
            assert d and f
            who = _person(s, *d, strict=False)
            if self._person_like(s, who) and N.series_key(f[0]) not in self.series_keys():
                assert who
                yield emit(who, "directed", _mention("film", *f), "directed-actor-as")

        for m in FILM_WHICH_MADE.finditer(text):
            dated_after = re.match(
                r" in (?:19|20)\d\d\b", text[m.end() :]
            )  # "which he wrote and directed in 1999"
            if not (m.group("year") or m.group("noun") or dated_after) or NOT_A_FACT.search(
                text[: m.start()]
            ):
                continue
            f = s.span(m, "film")
            assert f
            name = LEADING_PREPOSITION.sub("", f[0])
            if N.series_key(name) in self.series_keys() or name in ("The", "A", "An"):
                continue
            if m.group("dir"):
                d = s.span(m, "dir")
                assert d
                who = _person(s, *d, strict=False)
            else:
                who = self.pronoun_person(s, m.start())
            if self._person_like(s, who):
                assert who
                yield emit(who, "directed", _mention("film", name, f[2] - len(name), f[2]), "film-which-made")

        for m in FILMS_INCLUDE.finditer(text):
            d = s.span(m, "dir")
            assert d
            director = _person(s, *d, strict=False)
            if director is None or N.fold(N.clean(d[0])) not in self._director_names():
                continue  # an actor's films are roles, not directing credits
            base = s.base + m.start("films")
            for x in re.finditer(_FILM_ITEM, m.group("films")):
                t = re.search(rf"{FILM_TITLE}(?= \(\d{{4}}\)|$)", x.group())
                if t is None or N.series_key(t.group()) in self.series_keys():
                    continue
                st = base + x.start() + t.start()
                yield emit(
                    director,
                    "directed",
                    _mention("film", t.group(), st, st + len(t.group())),
                    "films-include",
                )

        for m in FILMS_AS_DIRECTOR.finditer(s.sent.text):
            if m.group("dir"):
                director = _person(
                    s, m.group("dir"), s.base + m.start("dir"), s.base + m.end("dir"), strict=False
                )
            else:
                director = self.pronoun_person(s, m.start())
            if not self._person_like(s, director):
                continue
            assert director
            base = s.base + m.start("films")
            for x in FILMS_AS_DIRECTOR_ITEM.finditer(m.group("films")):
                g = "q" if x.group("q") else "t"
                title = x.group(g)
                if title in ("The", "A", "An") or N.series_key(title) in self.series_keys():
                    continue
                st = base + x.start(g)
                yield emit(
                    director, "directed", _mention("film", title, st, st + len(title)), "films-as-director"
                )

        # "He also directed Lost Highway, The Straight Story and Inland Empire", "directed Wind River,"
        for m in TITLE_PLAIN_LIST.finditer(text):
            director = self._film_director(s, m.start())
            if director is None or PLAN.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            for t, st, en in _split_list(s, m, "films", pattern=NUMBERED_FILM):
                # "Gangs of Wasseypur", "The Farewell": a title, whatever the NER says
                titled = (
                    re.search(r" (?:of|the|and|in|on|for|to|with|from|at) ", t)
                    or t.startswith(("The ", "A "))
                    # "he directed Mosaic, a murder mystery set in ...": an appositive calls it a work
                    or re.match(
                        r", an? (?:[\w\-]+ ){0,3}?(?:mystery|drama|thriller|comedy|series|miniseries|film|movie|satire|western)\b",
                        text[en - s.base :],
                    )
                )
                if (
                    (not titled and self._known_person(s, _mention("person", t, st, en)))
                    or (not titled and s.ner_label(st, en) == "PERSON" and N.looks_like_person_name(t))
                    or NETWORK_NAME.fullmatch(t)
                    or EPISODES_AT.fullmatch(t)
                ):
                    continue
                yield emit(director, "directed", _mention("film", t, st, en), "film-list")

    def _shared_directing(
        self, s: _Sent, m: re.Match[str], emit: Callable[..., Candidate]
    ) -> Iterator[Candidate]:
        """Every episode of the season the sentence names (or of a one-season series) for each
        of two directors: those named as "A directed ... and B directed ..." before "both"."""
        text = s.text
        if m.group("both"):
            found = re.finditer(rf"(?P<n>{NAME}) (?:(?:also|had) )*directed\b", text[: m.start()])
            spans = [(s.base + x.start("n"), s.base + x.end("n")) for x in found]
        else:
            spans = []
            for g in ("a", "b"):
                if m.group(g).strip().lower() in ("he", "she"):
                    p = self.pronoun_person(s, m.start())
                    if p is not None:
                        spans.append((p.start, p.end))
                else:
                    spans.append((s.base + m.start(g), s.base + m.end(g)))
        people = [
            p for a, b in spans if (p := _person(s, self.doc.text[a:b], a, b, strict=False)) is not None
        ]
        people = [p for p in people if self._person_like(s, p)]
        series = self._topic_here(s, m.start())
        count = N.number_word(m.group("n")) if m.group("n") else None
        if len(people) != 2 or series is None or not count:
            return
        season = re.search(rf"\b(?:[Ff]or|[Ii]n) the (?P<o>{N.ORDINAL_RE}) season\b", text[: m.start()])
        number = N.number_word(season.group("o")) if season else 1
        first = 0 if number == 1 else self.season_offset(number) if number else None
        if first is None:
            return
        at = (m.group(), s.base + m.start(), s.base + m.end())
        for who in people:
            for k in range(first + 1, first + count + 1):
                yield emit(who, "directed", _episode(series, k, at), "shared-directing")

    def _respective_directors(
        self, s: _Sent, m: re.Match[str], emit: Callable[..., Candidate], rule: str
    ) -> Iterator[Candidate]:
        """ "A, B and C directed the first, fourth and sixth episodes, respectively": paired in
        order, and only when there are as many names as episodes."""
        lead = re.search(rf"(?:{NAME}, )*{NAME},? and $", s.text[: m.start("dir")])
        if lead is None:
            return
        at = s.base + lead.start()
        people = [
            _person(s, x.group(), at + x.start(), at + x.end(), strict=False)
            for x in re.finditer(NAME, lead.group())
        ]
        d = s.span(m, "dir")
        assert d
        people.append(_person(s, *d, strict=False))
        episodes = self._episodes_from(s, m, "e")
        if len(people) != len(episodes) or any(p is None for p in people):
            return
        for who, ep in zip(people, episodes, strict=True):
            assert who is not None
            yield emit(who, "directed", ep, rule + "-respectively")

    def _film_director(self, s: _Sent, pos: int) -> Mention | None:
        """The director of "directed <film>" at ``pos``: the person named right before the verb
        ("Vale also directed ..."), the pronoun's person ("Later he directed ...", "The films he
        directed next, ..."), or the person named last before it."""
        text = s.text
        app = re.search(
            rf"(?P<n>{NAME}), (?:(?:also|later|then) )*(?:wrote|co-wrote|produced|created|adapted|co-created) and $",
            text[:pos],
        )
        if app:  # "His partner, Lulu Wang, wrote and directed The Farewell"
            who = _person(s, app.group("n"), s.base + app.start("n"), s.base + app.end("n"), strict=False)
            if self._person_like(s, who):
                return who
        c0 = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos), 0)
        who = re.search(rf"{NAME}, who $", text[: c0 + 6]) if text.startswith(", who ", c0) else None
        if who is not None:
            c0 = who.start()  # "Bo Lund, who helmed Red Harbour"
        named = re.search(
            NAME
            + r"(?:, who)?\s+(?:(?:also|later|then|had|has|have|previously|once|first|since|already|herself|himself)\s+)*$",
            text[c0:pos],
        )
        if re.search(r"\b(?:[Hh]e|[Ss]he)\b", text[c0:pos]) and not (
            named and named.group().split()[0] not in ("He", "She")
        ):
            return self._pronoun_person(s)
        if named:
            name = re.match(NAME, named.group())
            assert name
            a = s.base + c0 + named.start()
            who = _person(s, name.group(), a, a + len(name.group()), strict=False)
            if who is not None and self._known_person(s, who):
                return who
        return self._nearest_person_before(s, pos)

    def _possessive_films(self, s: _Sent) -> list[tuple[Mention, Mention]]:
        """(director, film) for "in Mike Leigh's Vera Drake" after a role, "off Andrew Haigh's
        All of Us Strangers", "credits include Christopher Nolan's Tenet". A series is not
        read: "Vince Gilligan's Breaking Bad" names its creator, not a director."""
        found = []
        for m in FILM_YEAR_DIRECTOR.finditer(s.text):
            d, f = s.span(m, "dir"), s.span(m, "film")
            assert d and f
            director = _person(s, *d, strict=False)
            if director is not None and " " in d[0] and N.looks_like_person_name(d[0]):
                found.append((director, _mention("film", f[0], f[1], f[2])))
        for m in POSS_FILM.finditer(s.text):
            d, f = s.span(m, "dir"), s.span(m, "film")
            assert d and f
            if " " not in d[0].strip() and m.group("cue") in ("in", "In"):
                # "he would play Jack Wade in Campbell's GoldenEye": a director the document names
                full = self._full_name(d[0].strip())
                if " " in full:
                    d = (full, d[1], d[2])
            if " " not in d[0].strip() or not (
                s.ner_label(d[1], d[2]) == "PERSON" or N.looks_like_person_name(d[0])
            ):
                continue
            if NETWORK_NAME.fullmatch(d[0]):
                continue
            # a series: "Vince Gilligan's Breaking Bad" (known), "Jenji Kohan's Showtime comedy
            # Weeds" (described) names its creator, after a role in it
            desc = m.group("desc") or ""
            serial = NETWORK_NAME.search(desc) is not None and re.search(
                r"\b(?:comedy|drama|thriller)s? $", desc
            )
            filmed = re.search(r"\b(?:film|movie|feature)s? $", desc)
            if (N.series_key(f[0]) in self.series_keys() and not filmed) or serial:
                # (not "Ivan Sen's film Mystery Road", the film a series of that title follows)
                director = _person(s, *d, strict=False) if m.group("cue") in ("in", "on") else None
                if director is not None and (serial or ROLE_CONTEXT.search(s.text[: m.start()])):
                    f = _film_title_after_noun(s, f) if m.group("desc") else f
                    found.append((director, _series(f[0], f[1], f[2])))
                continue
            if not m.group("cue") and not re.search(
                r"\b(?:film|movie|feature|documentary)s? $", m.group("desc") or ""
            ):
                continue
            if m.group("cue") == "from" and not (m.group("year") or m.group("desc")):
                continue
            if m.group("cue") in ("among them", "such as") and not re.search(
                r"\b(?:films|movies|features|documentaries)\b", s.text[: m.start()]
            ):
                continue  # "other directors' films, among them Charlotte Wells's Aftersun"
            if m.group("cue") in ("in", "In") and not (
                m.group("year")
                or m.group("desc")
                or ROLE_CONTEXT.search(s.text[: m.start()] if m.group("cue") == "in" else s.text[m.end() :])
            ):
                continue  # "Skarsgård's Perry Wright": a role, unless a film is in view
            director = _person(s, *d, strict=False)
            if director is not None:
                f = _film_title_after_noun(s, f) if m.group("desc") else f
                found.append((director, _mention("film", f[0], f[1], f[2])))
        return found

    # -- slot helpers ---------------------------------------------------------------------

    def _surname_alone_after(self, name: str, at: int) -> bool:
        """Does the paragraph after a heading call ``name`` (in capitals) by its surname alone,
        as a person ("Gosselaar played ...", "Thiessen then moved to ...")?"""
        surname = N.clean(name).split()[-1]
        surname = surname.title() if surname.isupper() else surname  # ("McDonald" as written)
        end = self.doc.text.find("\n\n", at)
        body = self.doc.text[at : len(self.doc.text) if end < 0 else end]
        for x in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", body):
            before = body[max(0, x.start() - 30) : x.start()]
            # (not "Zack Morris", 'Christine "Spike" Nelson'; "Drake. Graham left" is alone)
            if not re.search(rf"(?:[{N.UP}][\w'’\-]*|[\"”]) $", before):
                return True
        return False

    def _under_cast_heading(self, pos: int) -> bool:
        """Is the line at ``pos`` in a block of lines headed "Cast" (or "Starring", "Main cast")?"""
        text = self.doc.text
        block = text.rfind("\n\n", 0, pos)
        head = text[block + 2 if block >= 0 else 0 : pos].split("\n", 1)[0].strip()
        return bool(
            re.fullmatch(
                r"(?i)(?:(?:main|principal|full|series|regular|guest|supporting|credited) )?cast(?: list)?"
                r"(?: \(in (?:credits|order of appearance)[^()]*\))?:?|starring:?",
                head,
            )
        )

    def _character_first(self, s: _Sent, m: re.Match[str], a: str, b: str) -> bool:
        """Is "A (B)" a CHARACTER (ACTOR) pair? Cues: a character guide line ("A (B): ..."),
        "follows A (B)", "the character A (B)"; else the document's usage: characters are
        called by their first name ("Logan", "Kendall"), people by their surname."""
        if m.group("colon") and m.start() == 0 and a.isupper() and " " in a.strip():
            return False  # an oral history's speaker and the role: "JULIA SAWALHA (Lynda Day): ..."
        if (m.group("colon") and m.start() == 0) or m.group("more"):
            return True  # "A (B): ...", "A (B; C as a teenager)"
        a = LEADING_AND.sub("", a)  # "And Rue Bennett (Zendaya)?"
        if m.start() == 0 and not s.text[m.end() :].strip(" .:") and self._under_cast_heading(s.base):
            return False  # a credits block's lines under "Cast": "Bob Peck (Ronald Craven)"
        if (
            m.start() == 0
            and not s.text[m.end() :].strip(" .:")
            and self._surname_alone_after(a, s.sent.end)
            and (a.isupper() or (" " in b.strip() and not self._surname_alone_after(b, s.sent.end)))
        ):
            # "MARK-PAUL GOSSELAAR (Zack Morris)" or "Aubrey Graham (Jimmy Brooks)" over
            # "Gosselaar played ...", "Graham left the show": a "where are they now" feature's
            # heading, the actor first (the one the text calls by the surname alone)
            return False
        first = PAREN_PAIR.search(s.text)
        if first is not None and re.search(
            rf"\b(?:{ACTORS_NEXT})\W*$", s.text[max(0, first.start() - 40) : first.start()].lower()
        ):
            # "Returning cast members include Fiona Rene (Reenie Greene), Colter's lawyer; Robin
            # Weigert (Velma Bruin) and ...": every pair of a cast list names the actor first
            return False
        if self.memo(
            "guide-lines",
            lambda: (
                GUIDE_LINE.search(self.doc.text) is not None
                or len(PORTRAYED_LINE.findall(self.doc.text)) >= 2
            ),
        ) and (" " in N.clean(a) and " " in N.clean(b)):
            return True  # a character guide: every "Full Name (Full Name)" is character (actor)
        if m.start() == 0 and not s.text[m.end() :].strip(" .:"):
            return True  # a guide's heading line: "Charles-Haden Savage (Steve Martin)"

        prev = list(PAREN_PAIR.finditer(s.text, 0, m.start()))
        if prev and re.fullmatch(r",? (?:and )?|, ", s.text[prev[-1].end() : m.start()]):
            # the next item of a list: "Landry Clarke (Jesse Plemons) and Tim Riggins (Taylor Kitsch)"
            p = prev[-1]
            return self._character_first(s, p, p.group("a"), p.group("b"))
        if " " in N.clean(a) and " " not in N.clean(b):
            # "Mark Scout (Scott)": the bracket holds the surname of a person the document names
            kb, ka = N.fold(b), N.fold(a)
            # otherwise the person comes first: "Charlie Cox (Daredevil)", also
            # when a description follows: "Heidi Johanningmeier (Darlene), a wedding planner"
            surname = any(pn.endswith(" " + kb) and pn != ka for pn in s.known_people)
            if not surname:
                # ... unless the document writes its pairs character first and calls this one by
                # its first name: "Rue Bennett (Zendaya)" in a recap where "Rue" is the character
                first_alone = _standalone_count(self.doc.text, N.tokens(a)[0])
                return (
                    self.memo("paren-order", self._paren_order) > 1
                    and not re.match(r"(?:The|A|An) ", a)  # "The Immortal (L'immortale)": a title
                    and first_alone >= 2
                    and _standalone_count(self.doc.text, b) < first_alone
                )
            if ka not in s.known_people:
                return True
        after = s.text[m.end() : m.end() + 12]
        if DESCRIBED_AFTER.match(after):
            return True  # a description follows: it describes the character
        if " " not in N.clean(a) and " " in N.clean(b):
            return True  # "his brother Ewan (James Cromwell)"
        ta = N.tokens(a)
        if len(ta) > 1 and (
            ta[0].lower() in _CHARACTER_RANKS or re.fullmatch(r"I{2,3}|IV|VI{0,3}|IX|X", ta[-1])
        ):
            return True  # "Prince Durin IV (Owain Arthur)": a rank or a regnal number names a character
        if re.search(N.NICK, a) and not re.search(N.NICK, b):
            return True  # 'Eleanor "Miss Ellie" Southworth (Barbara Bel Geddes)': a nickname is a character's
        if re.match(rf"(?:,|:) {NAME}['’]s? [a-z]", s.text[m.end() :]):
            return True  # "Shelby Saracen (Kim Dickens), Matt's mother": a description of the character
        if IS_DESCRIBED.match(s.text, m.end()) and " " in N.clean(b):
            return True  # "Brianna Fraser (Sophie Skelton) is Claire and Jamie's daughter"
        raw_before = s.text[max(0, m.start() - 40) : m.start()]
        before = raw_before.lower()
        if re.search(rf"\b(?:{ACTORS_NEXT}|star|with|actors?|actress(?:es)?)\W*$", before) and not (
            re.search(rf"\b{_KIN_WITH}\W*$", before)
            # "... ended with Richard Hendricks (Thomas Middleditch) winning": a plain "with" in a
            # document that writes its pairs character first
            or (re.search(r"\bwith\W*$", before) and self.memo("paren-order", self._paren_order) > 1)
        ):
            return False  # but "falls in love with Mary Hawkins (Rosie Day)" is the story
        if re.search(
            r"\b(?:follows|following|character|characters|role of|roles of|plays?|played|as|"
            r"marries|married|marry|weds|wed|dates|dated|meets|met|befriends|befriended|kills|killed|"
            r"divorces|divorced|(?:falls|fell) for)(?: the| a| an)?\W*$",
            before,
        ):
            return True  # ... and the object of a story's verb: "He later marries Lorraine Kerkovich (Jane Krakowski)"
        # a description in front: "the powerful businessman Hubert Pellegrini (Hervé Pierre)",
        # "his wife, Anne Pellegrini (Nicole Garcia)", "Danny's younger brother, Paul Cho (Young Mazino)"
        if DESCRIBED_THE.search(before) or DESCRIBED_POSS.search(raw_before):
            return True
        text = self.doc.text
        first_a, first_b = N.tokens(a)[0], N.tokens(b)[0]
        if first_a == first_b or " " not in N.clean(a) or " " not in N.clean(b):
            return False
        a_first = _standalone_count(text, first_a)
        b_first = _standalone_count(text, first_b)
        if a_first == b_first:
            # no evidence either way: a document writes all its pairs one way round, so follow
            # the pairs whose order the words around them show ("Buffy Summers (Sarah Michelle
            # Gellar), Buffy's mother", "her sister, Dawn Summers (Michelle Trachtenberg)")
            return self.memo("paren-order", self._paren_order) > 0
        return a_first > b_first

    def _paren_order(self) -> int:
        """How many more of the document's "A (B)" pairs are shown by their context to be
        character (actor) than actor (character)."""
        text = mask_quotes(self.doc.text)
        vote, last, prev_end = 0, 0, -1
        for m in PAREN_PAIR.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            this = 0
            if (
                DESCRIBED_AFTER.match(text, m.end())
                or IS_DESCRIBED.match(text, m.end())
                or DESCRIBED_POSS.search(before)
                or DESCRIBED_THE.search(before.lower())
            ):
                this = 1
            elif re.search(rf"\b(?:{ACTORS_NEXT})\W*$", before.lower()):
                this = -1
            elif re.fullmatch(r",? (?:and )?|, ", text[prev_end : m.start()]):
                this = last  # the next item of a list: "include A (X), B (Y) and C (Z)"
            vote, last, prev_end = vote + this, this, m.end()
        return vote

    def _sentence_subject_series(self, s: _Sent) -> Mention | None:
        """For star lists: the series the sentence is about (its subject, or the topic)."""
        m = re.match(rf"^(?P<t>(?:{NAME}{POSS} )?{NAME}) (?:is|was|will|also|stars|starred|,)", s.text)
        if m:
            key = N.series_key(m.group("t"))
            if any(N.series_key(x.text) == key for x in self.out.series_mentions) or (
                self.out.topic is not None and N.series_key(self.out.topic.text) == key
            ):
                sp = s.span(m, "t")
                assert sp
                return _series(*sp)
        if SERIES_COREF.match(s.text) or re.match(r"^(?:It|The cast)\b", s.text):
            return self._topic_here(s, 0)
        return None

    def _series_from(self, s: _Sent, m: re.Match[str], p: str, plain: str, weak: bool) -> Mention | None:
        season = self._season_from(s, m, p)
        if season is not None:
            return season
        sp = s.span(m, plain)
        if sp is None:
            return None
        if re.fullmatch(rf"(?:{MONTH_NAMES})(?: \d{{4}})?", sp[0]) or s.ner_label(sp[1], sp[2]) == "DATE":
            return None  # "cast as Cage in December 2014": not a work
        if NETWORK_NAME.fullmatch(sp[0]):
            # "as Bertha Russell in HBO's The Gilded Age": the network's title, not the network
            owned = re.match(rf"{POSS} (?P<t>{FILM_TITLE})", s.text[sp[2] - s.base :])
            if owned is None:
                return None
            a = sp[2] + owned.start("t")
            return _series(owned.group("t"), a, a + len(owned.group("t")), weak=weak)
        if re.match(r" \((?:19|20)\d\d\)", s.text[sp[2] - s.base :]):
            weak = False  # "as Elizabeth Gilbert in Eat Pray Love (2010)": a dated title is a work
        return _series(*sp, weak=weak)

    def _season_from(self, s: _Sent, m: re.Match[str], p: str) -> Mention | None:
        for sg, ng in (
            (f"{p}s1", f"{p}ord"),
            (f"{p}s2", f"{p}num"),
            (f"{p}s3", f"{p}ord2"),
            (f"{p}s4", f"{p}num2"),
        ):
            try:
                sp = s.span(m, sg)
            except IndexError:
                return None
            if sp:
                number = N.number_word(m.group(ng))
                if number is None or number < 0:
                    return None
                name = N.strip_leading_noise(sp[0])
                series = _series(name, sp[2] - len(name), sp[2])
                return Mention(f"{series.text} season {number}", "season", sp[1], sp[2], number, series)
        return None

    def _episodes_from(self, s: _Sent, m: re.Match[str], p: str) -> list[Mention]:
        g = m.group
        numbers: list[int] = []
        stated = (g(f"{p}abs") or g(f"{p}abs2") or g(f"{p}fabs")) if f"{p}abs" in m.re.groupindex else None
        if stated:  # the text gives its number in the whole run
            n = int(stated) if stated.isdigit() else N.number_word(stated)
            return self._episode_mentions(s, m, p, [n] if n and n > 0 else [])
        season = self._season_of(s, m)
        if season == -1:
            return []  # a season named by its title that the document never numbers
        length = (
            self._season_lengths().get(season or 1) if (season or 1) > 1 or self._multi_season() else None
        )
        if (season or 1) == 1 and not self._multi_season():
            length = self._episode_total() or self._season_lengths().get(1)
        if season is None:
            length = self._own_paragraph_length(s.base + m.start()) or length
        if g(f"{p}fc") or g(f"{p}lc2"):
            first = N.number_word(g(f"{p}fc")) if g(f"{p}fc") else 0
            last = N.number_word(g(f"{p}lc") or g(f"{p}lc2"))
            numbers = list(range(1, (first or 0) + 1))
            if length and last and last < length:
                numbers += list(range(length - last + 1, length + 1))
        elif g(f"{p}ord"):
            first = N.number_word(g(f"{p}ord"))
            count = N.number_word(g(f"{p}count")) if g(f"{p}count") else 2 if g(f"{p}pair") else 1
            if (
                g(f"{p}ord").lower() in ("final", "last")
                and count == 1
                and length
                and re.search(r"\b(?:[Tt]he|[Ii]ts) $", s.text[: m.start(f"{p}ord")])
            ):
                first = length  # "directed the first two episodes and the final episode"
            if first is None or first < 0 or count is None:
                return []
            numbers = list(range(first, first + count)) if first == 1 or count == 1 else []
        elif g(f"{p}all"):
            count = N.number_word(g(f"{p}all"))
            numbers = list(range(1, count + 1)) if count and count < 40 else []
        elif g(f"{p}whole"):  # "the whole of the third (season)"
            season = N.number_word(g(f"{p}whole"))
            length = self._season_lengths().get(season or 0)
            numbers = list(range(1, length + 1)) if season and season > 0 and length else []
        elif g(f"{p}every"):  # the whole season (or seasons, or series), where its length is stated
            if g(f"{p}firstk"):
                k = N.number_word(g(f"{p}firstk")) or 0
                total = self._season_offset(k + 1) if 0 < k < 12 else None
                return self._episode_mentions(s, m, p, list(range(1, total + 1)) if total else [])
            if season is None:
                # "every one of its 26 episodes": the count given here, else one stated earlier in
                # the paragraph ("... ran for six episodes. Manzoor directed every episode."), else
                # the stated total
                total = (
                    N.number_word(g(f"{p}evn") or "")
                    or self._paragraph_episode_count(s.base + m.start())
                    or self._series_total()
                )
                return self._episode_mentions(
                    s, m, p, list(range(1, total + 1)) if total and total < 200 else []
                )
            length = self._season_lengths().get(season) or length
            numbers = list(range(1, length + 1)) if length else []
        elif g(f"{p}ordl"):  # "the second, third and tenth episodes"
            numbers = [n for n in _number_list(g(f"{p}ordl")) if n > 0]
        elif g(f"{p}nums"):
            numbers = _number_list(g(f"{p}nums"))
        elif g(f"{p}ell"):
            # only where episodes are being counted: the word is in this or the previous sentence
            prev = self.sents[s.index - 1].text if s.index > 0 and self.sents else ""
            if not re.search(r"\b(?:episodes?|hour|premiere|pilot)\b", prev + " " + s.text[: m.start()]):
                return []
            numbers = [n for n in _number_list(g(f"{p}ell")) if n > 0]  # not "final"
        elif g(f"{p}pilot"):
            if season is None or re.match(r"pilot|series premiere", g(f"{p}pilot")):
                season = 1  # the pilot is the series' first episode, whatever season is in view
            nxt = N.number_word(g(f"{p}nxt")) if g(f"{p}nxt") else 0
            numbers = list(range(1, 2 + nxt)) if nxt and 0 < nxt < 30 else [1]
        elif g(f"{p}fin"):
            if g(f"{p}fin").startswith("series"):
                total = self._series_total()
                return self._episode_mentions(s, m, p, [total] if total else [])
            numbers = [length] if length else []
        if season and season > 1:
            offset = self._season_offset(season)
            numbers = [offset + n for n in numbers] if offset is not None else []
        found = self._episode_mentions(s, m, p, numbers)
        # "the first two episodes and the season finale", "..., as well as the finale" (not
        # after "... was directed by A, and the series finale, ..., by B": that is B's)
        gd = m.groupdict()
        last_dir = any(gd.get(k) and m.end(k) == m.end() for k in ("dir", "dir_b", "p1", "p2"))
        more = None if last_dir else EPISODE_CONJUNCT.match(s.text, m.end())
        if more and (nxt := EPISODES_AT.match(s.text, more.end())):
            found += [e for e in self._episodes_from(s, nxt, "e") if e.text not in {f.text for f in found}]
        return found

    def _episode_mentions(self, s: _Sent, m: re.Match[str], p: str, numbers: list[int]) -> list[Mention]:
        if not numbers:
            return []
        series: Mention | None = None
        for grp in (f"{p}of", f"{p}ofq", f"{p}owner"):
            sp = s.span(m, grp)
            if sp:
                name = N.strip_leading_noise(sp[0])
                series = _series(name, sp[2] - len(name), sp[2])
                break
        if series is None:
            series = self._topic_here(s, m.start())
        if series is None:
            return []
        return [
            Mention(f"{series.text} episode {n}", "episode", m.start() + s.base, m.end() + s.base, n, series)
            for n in numbers
        ]

    # -- seasons: episodes are numbered across the whole series ------------------------------

    def _season_of(self, s: _Sent, m: re.Match[str]) -> int | None:
        """The season an episode reference counts in: named next to it ("the second season
        premiere", "the fifth episode of season two"), implied ("the season finale", "the
        season's sixth episode": the season the text last named), or the one the sentence or
        the headline is about. None when nothing names a season."""
        before, after = s.text[: m.start()], s.text[m.end() :]
        sq = next((m.group(g) for g in m.re.groupindex if g.endswith(("sq", "sqa")) and m.group(g)), None)
        if sq:  # "the fourth-season premiere", "all eight episodes of the first season"
            word = re.sub(r"^season |[- ]season(?:['’]s)?$", "", sq.strip())
            if word.lower() in ("final", "last"):
                return self._final_season()  # "episodes 1 and 2 of the six-episode final season"
            n = N.number_word(word)
            return n if n and n > 0 else None
        if re.search(r"\bthe (?:series|show)['’]s? $", before):
            return None  # "who helmed the series' first episode": counted from the start
        near = re.search(rf"{SEASON_NAMED}(?:['’]s)? $", before) or re.match(
            rf" of (?:the |its |that )?{SEASON_NAMED}", after
        )
        if near:
            return _season_number(near)
        # an anthology's season by its title: "all eight episodes of the Ed Gein season",
        # "For the Menendez season, Franklin returned to direct the premiere"
        named = re.match(rf" of (?:the|its) (?P<nm>(?:[{N.UP}][\w\-]* ){{1,3}})season\b", after) or re.search(
            rf"\b(?:the|its) (?P<nm>(?:[{N.UP}][\w\-]* ){{1,3}})season\b(?!['’]s? (?:{N.ORDINAL_RE}))[^.;]*$",
            before,
        )
        if named and not re.fullmatch(r"(?:New|Next|Final|Last|First|Second|Third) ", named.group("nm")):
            return self._named_seasons().get(N.fold(named.group("nm").strip()), -1)
        if any(m.group(g) for g in m.re.groupindex if g.endswith(("of", "owner"))):
            return None  # "episodes 3 and 4 of Little Bay": the season in view is another work's
        if re.match(r" of (?:the|its|this) (?:[a-z\-]+ )?(?:revival|reboot|continuation)\b", after):
            # "the first two episodes of the revival, which is being billed as the show's eighth
            # season": that season (a revival the text does not number starts again from one)
            billed = re.search(
                rf"\b(?:revival|reboot|continuation)\b[^.]{{0,80}}?\b(?:billed|described|counted) as the (?:show|series)['’]s? (?P<o>{N.ORDINAL_RE}) season",
                self.doc.text,
            )
            if billed:
                return N.number_word(billed.group("o")) or -1
        implied = (
            re.search(r"\bseason(?:['’]s)? $", before)
            or re.match(
                rf" of (?:the|that|its) (?:(?:{N.CARDINAL_RE})[- ]episode |new |upcoming |coming |current |latest )?season\b",
                after,
            )
            or "season" in m.group()
        )
        pos = s.base + m.start()
        refs = [r for r in self._season_refs() if r[0] < pos]
        # a season named in a relative clause ("X, who had directed in the first season, directed
        # the second episode") or in brackets is not the one the episode counts in
        aside = [
            (s.base + x.start(), s.base + x.end())
            for x in re.finditer(r", (?:who|whose|which)\b[^,;]*,|\([^)]*\)", s.text[: m.start()])
        ]
        same = [n for at, n in refs if at >= s.base and not any(a <= at < b for a, b in aside)]
        if same:
            return same[-1]
        if re.match(r"(?:all|every|each)\b", m.group()) and s.index > 0:
            # "The first series, six episodes ... . Gaiman wrote all six episodes himself": the
            # season the sentence before names, in the same paragraph
            prev = self.sents[s.index - 1]
            if "\n" not in self.doc.text[prev.sent.end : s.base]:
                named_before = [n for at, n in refs if prev.base <= at < prev.sent.end]
                if named_before:
                    return named_before[-1]
        if implied and self._focus_season():
            return self._focus_season()  # "the season finale" in an article or news item about one season
        if implied:
            window = self.sents[max(0, s.index - 4)].sent.start if self.sents else 0
            recent = [n for at, n in refs if at >= window]
            if recent:
                return recent[-1]
        return self._focus_season()

    def _final_season(self) -> int | None:
        """The number of the series' last season, where the text gives it: "the fourth and final
        season", "the show's fifth and last season"."""

        def find() -> int | None:
            m = re.search(rf"\b(?P<o>{N.ORDINAL_RE}) and (?:final|last) (?:season|series)\b", self.doc.text)
            n = N.number_word(m.group("o")) if m else None
            return n if n and 0 < n < 40 else None

        return self.memo("final-season", find)

    def _named_seasons(self) -> dict[str, int]:
        """An anthology's seasons by the words of their titles: "The first season, Dahmer –
        Monster: The Jeffrey Dahmer Story, ..." makes "Dahmer" (and "Jeffrey Dahmer") season 1;
        "The second, Monsters: The Lyle and Erik Menendez Story" makes "Menendez" season 2."""

        def find() -> dict[str, int]:
            out: dict[str, int] = {}
            pattern = rf"\b[Tt]he (?P<o>{N.ORDINAL_RE})(?: season)?, (?P<t>[^,;.]{{3,80}}),"
            for x in re.finditer(pattern, self.doc.text):
                n = N.number_word(x.group("o"))
                if not n or n < 1:
                    continue
                words = re.findall(rf"[{N.UP}][\w\-]*", x.group("t"))
                for i in range(len(words)):
                    for j in range(i + 1, min(i + 3, len(words)) + 1):
                        out.setdefault(N.fold(" ".join(words[i:j])), n)
            return out

        return self.memo("named-seasons", find)

    def _sentence_index(self, pos: int) -> int:
        """The index of the sentence holding document offset ``pos``."""
        starts = self.memo("sentence-starts", lambda: [t.sent.start for t in self.sents])
        return bisect.bisect_right(starts, pos) - 1

    def _season_refs(self) -> list[tuple[int, int]]:
        """(document offset, season number) of every "the second season" / "season 2"."""
        return self.memo("season-refs", self._find_season_refs)

    def _find_season_refs(self) -> list[tuple[int, int]]:
        text = self.doc.text
        cited = {i for i, t in enumerate(self.sents) if CITATION.search(t.text)}
        return [
            (x.start(), n)
            for x in re.finditer(SEASON_NAMED, text)
            if (n := _season_number(x)) is not None
            and not self._other_work_follows(text, x.end())  # "the second season of Daredevil"
            and not re.match(r" (?:and|or|through|to) ", text[x.end() :])  # "the first and second seasons"
            and not re.search(
                r"\b(?:an?|another) $", text[max(0, x.start() - 8) : x.start()]
            )  # "a second season"
            and self._sentence_index(x.start()) not in cited  # a reference list's titles
        ]

    def _other_work_follows(self, text: str, at: int) -> bool:
        """Does " of TITLE" follow, naming a work other than the document's topic?"""
        m = re.match(rf" of (?!(?:the|its|this)\b)(?P<t>(?:{NAME}{POSS} )?{TITLE})", text[at:])
        if m and re.match(rf"{POSS} (?:[a-z\-]+ )?{OWNED_SERIES_NOUN}\b", text[at + m.end() :]):
            return False  # "the second series of Jimmy McGovern's anthology": the series' maker
        topic = self.out.topic
        return bool(m) and (topic is None or N.series_key(m.group("t")) != N.series_key(topic.text))

    def _focus_season(self) -> int | None:
        """The season a news item is about, named in its headline ("Season 2 Sets Directors"),
        or the season an encyclopedia article is about ("The second season of ... Jessica Jones")."""
        return self.memo("focus-season", self._find_focus_season)

    def _find_focus_season(self) -> int | None:
        if self.season_article:
            return self.season_article
        if not self.sents:
            return None
        # headline lines ("HBO PRESS RELEASE", "Final Season Directors Revealed"), then the lead
        # that names the season ("... returns for a seven-episode second season on April 23.")
        for s in self.sents[:6]:
            refs = {n for at, n in self._season_refs() if s.base <= at < s.base + len(s.text)}
            if refs or re.search(r"[.!?][\"'”’)]*$", s.text):
                return refs.pop() if len(refs) == 1 else None
        return None

    def _multi_season(self) -> bool:
        """Does the document speak of more than one season of its series?"""
        return self.memo("multi-season", self._find_multi_season)

    def _find_multi_season(self) -> bool:
        text = self.doc.text
        if re.search(
            r"\b(?:lasted|ran for|ran|after|cancell?ed after) (?:only |just )?(?:one|a single) season\b|\bits only season\b",
            text,
        ):
            return False  # "Terriers lasted one season" (a second season "mapped out" is a plan)
        own = [  # "the second season of Daredevil" in an article about another series
            n
            for at, n in self._season_refs()
            if not re.match(
                rf"[\w\- ]*season(?: \w+)? of (?!(?:the|its|this)\b)[{N.UP}]|season \d+\.\d",
                text[at : at + 40],
            )
            and not re.search(rf"(?:[{N.UP}]\w+(?:['’]s?)?|that series['’]s?) $", text[max(0, at - 30) : at])
        ]
        return bool(
            any(n > 1 for n in own)
            or re.search(
                rf"\b(?:{N.CARDINAL_RE}) seasons\b(?! of (?!the |its )[{N.UP}])|\bseasons (?:two|2)\b",
                text,
            )
        )

    def _season_lengths(self) -> dict[int, int]:
        """Episodes per season, as the document states them ("The first season, consisting of
        13 episodes", "the ten-episode second season", "The first two seasons consisted of ten
        episodes each, the third of nine", "two seasons of 13 episodes each")."""
        return self.memo("season-lengths", self._find_season_lengths)

    def _find_season_lengths(self) -> dict[int, int]:
        text = self.doc.text.replace("’", "'")
        lengths: dict[int, int] = {}
        for x in SEASON_LENGTH.finditer(text):
            gd = {k.split("_")[0]: v for k, v in x.groupdict().items() if v}
            n = N.number_word(gd["n"])
            if not n or n > 40:
                continue
            if gd.get("k"):  # "the first two seasons ... ten episodes each" / "two seasons of 13 each"
                k = N.number_word(gd["k"]) or 0
                for i in range(1, min(k, 12) + 1):
                    lengths.setdefault(i, n)
                at = x.end()
                while more := SEASON_LENGTH_MORE.match(text, at):
                    o, c = N.number_word(more.group("ord")), N.number_word(more.group("n"))
                    if o and o > 0 and c:
                        lengths.setdefault(o, c)
                    at = more.end()
                continue
            o = self._final_season() if gd["ord"].lower() in ("final", "last") else N.number_word(gd["ord"])
            if o is None or o < 0:
                continue
            lengths.setdefault(o, n)
            if gd.get("n2"):
                o2, n2 = N.number_word(gd["ord2"]), N.number_word(gd["n2"])
                if o2 and o2 > 0 and n2:
                    lengths.setdefault(o2, n2)
        # "After an opening run of eight episodes in 2022": the first season
        opening = re.search(
            rf"\b(?:an? |its |the )?(?:opening|debut) (?:run|season|batch) of ({N.CARDINAL_RE}|\d+) episodes",
            text,
        )
        n_open = N.number_word(opening.group(1)) if opening else None
        if n_open and n_open < 40:
            lengths.setdefault(1, n_open)
        # "Each season consisted of twelve episodes": every season
        each = re.search(
            rf"\b[Ee]ach (?:season|series) (?:consist(?:s|ed) of|ha[sd]|ran|runs|comprised|contain(?:s|ed)) ({N.CARDINAL_RE}) episodes",
            text,
        )
        n_each = N.number_word(each.group(1)) if each else None
        if n_each and n_each < 40:
            for i in range(1, 13):
                lengths.setdefault(i, n_each)
        # a season's section of field lines: "Series 2 (1996)" over "Episodes: 8"
        for head, (a, b) in self._season_sections():
            count = SECTION_EPISODES.search(text, a, b)
            if count and 0 < int(count.group(1)) < 40:
                lengths.setdefault(head, int(count.group(1)))
        # "ran for three six-episode series": every one of them
        for r in re.finditer(
            rf"\b({N.CARDINAL_RE}|\d+) ({N.CARDINAL_RE}|\d+)[- ](?:episode|part) (?:seasons|series)\b", text
        ):
            k, n = N.number_word(r.group(1)), N.number_word(r.group(2))
            if k and n and 1 < k <= 12 and n < 40:
                for i in range(1, k + 1):
                    lengths.setdefault(i, n)
        # "Series one to four each ran to six episodes": a range of seasons
        for r in re.finditer(
            rf"\b(?:[Ss]easons?|[Ss]eries) ({N.CARDINAL_RE}|\d+) (?:to|through|-|–) ({N.CARDINAL_RE}|\d+),? (?:each |all )?"
            rf"(?:ran|run|had|have|consisted of|comprised|contained)(?: to| for)? ({N.CARDINAL_RE}|\d+) episodes(?: each)?",
            text,
        ):
            a, b, n = (N.number_word(r.group(i)) for i in (1, 2, 3))
            if a and b and n and 0 < a < b <= 12 and n < 40:
                for i in range(a, b + 1):
                    lengths.setdefault(i, n)
        # "the eight-episode season" in a sentence about one season
        for x in re.finditer(
            rf"\b({N.CARDINAL_RE})[- ]episode season\b|\b[Tt]he season,? (?:also |which )?(?:consists of|consisted of|"
            rf"comprises|comprised|has|had|contains|contained|ran|runs) ({N.CARDINAL_RE}) episodes"
            rf"|\b[Aa]ll ({N.CARDINAL_RE}) episodes of the season\b|\b[Tt]he season['’]s ({N.CARDINAL_RE}) episodes\b",
            text,
        ):
            at_sent = self.sents[self._sentence_index(x.start())].sent.start if self.sents else 0
            same = [n for at, n in self._season_refs() if at_sent <= at < x.start()]
            near = [n for at, n in self._season_refs() if at < x.start() and x.start() - at < 300]
            n = N.number_word(next(g for g in x.groups() if g))
            season = same[-1] if same else self._focus_season() or (near[-1] if near else None)
            if season and n and n < 40:
                lengths.setdefault(season, n)
        # "The first season, Dahmer – Monster, premiered on ... and ran for ten episodes. The
        # second, Monsters: ..., followed on ..., with nine episodes": a sentence about one season
        for sent in self.sents:
            head = re.match(
                rf"(?:[Tt]he|[Ii]ts) (?P<o>{N.ORDINAL_RE})(?: season)?(?:,| (?:premiered|was|aired|ran|debuted|followed))",
                sent.text,
            )
            if head is None or len(re.findall(r"\bseasons?\b", sent.text)) > 1:
                continue
            counts = re.findall(
                # ("..., when all five of its episodes became available at once")
                rf"\b(?:(?:ran for|runs for|with|of|had|has|consisted of|consists of|comprising|comprised|spanned|spanning) |all )"
                rf"({N.CARDINAL_RE})(?: of its)? episodes\b",
                sent.text,
            )
            o = N.number_word(head.group("o"))
            if len(counts) == 1 and o and o > 0 and (n := N.number_word(counts[0])) and n < 40:
                lengths.setdefault(o, n)
        if not self._multi_season() and self._episode_total():
            lengths.setdefault(1, self._episode_total() or 0)
        return lengths

    def _season_offset(self, season: int) -> int | None:
        """Episodes before ``season`` starts, if the document gives every earlier season's length."""
        lengths = self._season_lengths()
        if not all(i in lengths for i in range(1, season)) or self._lead_person() is not None:
            return None  # (a profile's season lengths may be any of its series')
        return sum(lengths[i] for i in range(1, season))

    def _series_total(self) -> int | None:
        """The series' episode count ("after four seasons and 39 episodes")."""
        m = re.search(
            rf"\b(?:{N.CARDINAL_RE}) seasons,? (?:and|consisting of|comprising|with|of|totall?ing) (\d+|{N.CARDINAL_RE}) episodes(?! each)"
            rf"|\ba total of (\d+|{N.CARDINAL_RE}) episodes|\bseries total (?:to|of) (\d+|{N.CARDINAL_RE}) episodes"
            rf"|\ball (\d+|{N.CARDINAL_RE}) episodes of the (?:series|show)\b",  # "appears in all 39 episodes of the series"
            self.doc.text,
        )
        if m:
            return N.number_word(next(g for g in m.groups() if g))
        if not self._multi_season():
            return self._episode_total()
        final = self._final_season()  # "the six-episode final season" after three of ten each
        if final is not None and (offset := self._season_offset(final)) is not None:
            length = self._season_lengths().get(final)
            return offset + length if length else None
        return None

    def _own_paragraph_length(self, pos: int) -> int | None:
        """In a paragraph about another series than the document's (a roundup's), the length the
        paragraph gives its own series ("an eight-episode limited series ... Levenson wrote the
        finale"; "ran for six episodes; A directed the first four and B the last two"), not
        another paragraph's."""
        t, d = self.out.topic, self.doc_topic
        if t is None or (d is not None and N.series_key(d.text) == N.series_key(t.text)):
            return None
        return self._paragraph_episode_count(pos)

    def _paragraph_episode_count(self, pos: int) -> int | None:
        """A series' length stated earlier in the paragraph holding ``pos``, where the paragraph
        gives just one ("premiered in May 2021 and ran for six episodes")."""
        start = self.doc.text.rfind("\n", 0, pos) + 1
        found = {
            N.number_word(x.group(1) or x.group(2))
            for x in re.finditer(
                rf"\b({N.CARDINAL_RE}|\d+)[- ](?:episode|part)\b|\b(?:ran for|runs? for|consist(?:s|ed)? of|comprising|all|its) "
                rf"({N.CARDINAL_RE}|\d+) episodes\b",
                self.doc.text[start:pos],
            )
        }
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _episode_total(self) -> int | None:
        """The number of episodes the document gives for its series ("the nine-episode season")."""
        return self.memo("episode-total", self._find_episode_total)

    def _find_episode_total(self) -> int | None:
        m = re.search(
            # (not a season's: "three series of six episodes")
            rf"\b({N.CARDINAL_RE}|\d+)[- ]episode\b|\b(?:all|its|(?<!series )(?<!seasons )of|for|over|comprising|spanning) ({N.CARDINAL_RE}|\d+) episodes\b"
            # "Terriers lasted one season, 13 episodes", "ran for four seasons and 90 episodes"
            rf"|\b(?:lasted|lasting|ran for|running for)(?: (?:{N.CARDINAL_RE}|\d+) (?:seasons?|series)(?:,| and))? ({N.CARDINAL_RE}|\d+) episodes\b",
            self.doc.text,
        )
        total = N.number_word(m.group(1) or m.group(2) or m.group(3)) if m else None
        return total if total is not None and 0 < total < 400 else None

    def _directing_in_view(self, s: _Sent) -> bool:
        """Is directing what the text is about here (this or the three sentences before it, or the
        headline)? "X is set for the seventh episode" is a directing credit only then."""
        window = " ".join(t.text for t in self.sents[max(0, s.index - 3) : s.index + 1])
        return bool(re.search(r"\bdirect", window + " " + (self.sents[0].text if self.sents else ""), re.I))

    def _nearest_person_before(self, s: _Sent, pos: int) -> Mention | None:
        best = None
        for es, ee, label in s.ents:
            if label == "PERSON" and ee <= pos:
                best = (es, ee)
        if best is None:
            # "Lovering wrote and directed ...": a surname the NER does not tag, as the verb's subject
            subj = re.search(
                rf"(?P<n>{NAME}) (?:(?:also|later|then|had|has|have|himself|herself|will|would) )*(?:wrote and |co-wrote and |produced and )?$",
                s.text[:pos],
            )
            if subj is None:
                return None
            p = _person(s, subj.group("n"), s.base + subj.start("n"), s.base + subj.end("n"), strict=False)
            if self._person_like(s, p):
                return p
            return None
        es, ee = best
        # "Candace Cameron Bure" where NER tags only "Cameron Bure": the name's first word too
        more = re.search(rf"(?<![\w'’]){N.WORD} $", s.sent.text[:es])
        if (
            more
            and N.looks_like_person_name(s.sent.text[more.start() : ee])
            and (more.group().strip().lower() not in N.LEADING_NOISE)
        ):
            es = more.start()
        return _person(s, s.sent.text[es:ee], s.base + es, s.base + ee)


def _premieres_completed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The premieres a document states without the word: a work released (on a streaming
    service, say) with no premiere stated for it was first shown on its release date (a whole
    date, its year written out, and not one of a release "in two parts"); and a first season's
    premiere is the series' premiere when the document gives none for the series."""

    def key(m: Mention) -> tuple[str, str, int | None]:
        return (m.kind, N.fold(m.text), m.number)

    premiered = {key(c.subject) for c in cands if c.relation == "premiereDate"}
    extra = []
    for c in cands:
        if (
            c.relation == "releaseDate"
            and key(c.subject) not in premiered
            and c.object.datatype == vocab.XSD + "date"
            and re.search(r"\d{4}", text[c.object.start : c.object.end])
            and not re.search(
                r"\bin (?:\w+ )?(?:parts|volumes|batches|halves)\b", text[c.sentence[0] : c.sentence[1]]
            )
        ):
            premiered.add(key(c.subject))
            extra.append(dataclasses.replace(c, relation="premiereDate", rule=c.rule + "/first-shown"))
    for c in [*cands, *extra]:
        series = c.subject.parent
        if (
            c.relation == "premiereDate"
            and c.subject.kind == "season"
            and c.subject.number == 1
            and series is not None
            and key(series) not in premiered
        ):
            premiered.add(key(series))
            extra.append(dataclasses.replace(c, subject=series, rule=c.rule + "/first-season"))
    return cands + extra


def _title_cased(caps: str) -> str:
    """A heading's title in capitals written in title case: "FACE TO FACE" -> "Face to Face"."""
    words = caps.lower().split()
    small = ("of", "the", "a", "an", "to", "and", "in", "on", "for", "at", "by", "or")
    return " ".join(
        w if i and w in small and not words[i - 1].endswith(":") else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _crew_category(cat: str) -> str | None:
    """The credit an awards category names: "Directing, drama series" and "Best Direction in a
    Dramatic Series" a director's, "Best Original Music Score for a Series" a composer's (not
    "Best Original Song")."""
    head = cat.split(",")[0].strip().lower()
    if re.search(r"\b(?:perform\w*|actor|actress|host|presenter|song|casting)\b", head):
        return None
    for rx, rel in (
        (r"\bdirect(?:ing|ion|or)\b", "directed"),
        (r"\bwrit(?:ing|er)\b", "writer"),
        (r"\b(?:photography|cinematography)\b", "cinematographer"),
        (r"\b(?:music|score|composition)\b", "composer"),
    ):
        if re.search(rx, head):
            return rel
    return None


def _award_category(cat: str) -> str:
    """A winners list's category as a nominee list names it: "Director: Fiction" is directing."""
    head = cat.split(":")[0].strip().lower()
    return {"director": "directing", "writer": "writing"}.get(head, cat.lower())


def _series_places(cands: list[Candidate]) -> list[Candidate]:
    """Where a season was filmed or is set ("Filming took place in the spring of 2022 at
    Stjärnsund Castle" in an article on the second season): the series' places."""
    return [
        dataclasses.replace(c, subject=c.subject.parent)
        if c.relation in ("filmingLocation", "setting")
        and c.subject.kind == "season"
        and c.subject.parent is not None
        else c
        for c in cands
    ]


def _episode_credits_only(cands: list[Candidate]) -> list[Candidate]:
    """A passive credit ("It was written by A and directed by B") the episode-article rule reads
    as the episode's and the series rule as the series': the episode's. (Not "wrote every
    episode", which credits the series and each episode.)"""
    credit = ("directed", "writer")

    def key(c: Candidate, work: Mention) -> tuple[str, str, str, tuple[int, int]]:
        person = c.subject if c.relation == "directed" else c.object
        return (c.relation, N.fold(person.text), N.series_key(work.text), c.sentence)

    episodes = set()
    for c in cands:
        work = c.object if c.relation == "directed" else c.subject
        if c.relation in credit and work.kind == "episode" and work.parent is not None:
            episodes.add(key(c, work.parent))
    if not episodes:
        return cands
    return [
        c
        for c in cands
        if not (
            c.rule == "series-directed-by"
            and (work := c.object if c.relation == "directed" else c.subject).kind == "series"
            and key(c, work) in episodes
        )
    ]


#: a work named just before its cast: "his Oldboy, with ", "The Little Drummer Girl, the le Carré
#: miniseries Park directed for BBC One in 2018, starring "
WORK_THEN_CAST = re.compile(
    rf"(?<![\w'’])(?P<t>{FILM_TITLE})(?: \(\d{{4}}\))?,(?: (?:the|a|an) [^,;]{{1,100}},)? (?:with|starring) $"
    # "The Italian Job (1969), Peter Collinson's caper with Michael Caine as Charlie Croker"
    rf"|(?<![\w'’])(?P<t2>{FILM_TITLE}) \(\d{{4}}\), {NAME}{POSS} (?:[a-z\-]+ ){{1,3}}(?:with|starring) $"
)


#: what makes the name before "with/starring" no work of its own: a place ("in London"), a role
#: ("stars as Julia, with ..."), or a crossover's other series ("a crossover with Freeform's
#: Cloak & Dagger, with A and B reprising their roles": the roles are in this series)
NOT_WORK_BEFORE = re.compile(
    r"\b(?:in|at|from|to|on|near|across|around|outside|as|plays|played|playing|voices|voiced)\s$"
    rf"|\bcross(?:over|ed over|es over) with (?:{NAME}['’]s )?$"
)


def _pronoun_work(c: Candidate) -> bool:
    """A work named only by a pronoun ("It was created by A and B"): no work a fact can name."""
    return any(m.kind in ("series", "film") and m.text in PRONOUN_TITLES for m in (c.subject, c.object))


PRONOUN_TITLES = frozenset({"It", "This", "That", "They", "These", "Those", "He", "She", "We"})


def _title_case(text: str) -> bool:
    """A headline in Title Case: most words of four letters or more are capitalised."""
    if text.rstrip().endswith("."):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


#: a leading word that makes "A (B)" a character first ("Prince Durin IV (Owain Arthur)"); not an
#: actor's honour ("Sir Ian McKellen (Gandalf)")
_CHARACTER_RANKS = frozenset((N.TITLES_ALWAYS | N.TITLES_IF_FULL) - {"sir", "dame"})


def _people_at(s: _Sent, names: str, start: int) -> list[Mention]:
    """The persons among the names of a list that stands at document offset ``start``."""
    return [
        p
        for x in re.finditer(NAME, names)
        if (p := _person(s, x.group(), start + x.start(), start + x.end(), strict=False))
    ]


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line (a paragraph, in the documents read) holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _directed_written(s: _Sent, m: re.Match[str], work: Mention) -> Iterator[tuple[Mention, str, Mention]]:
    """The (subject, relation, object) credits of a match's "directed by"/"written by" groups
    (v1/p1 and v2/p2) on ``work``: "Directed by A, written by B & C"."""
    for v, g in (("v1", "p1"), ("v2", "p2")):
        if not m.group(v):
            continue
        for t, a, b in _split_list(s, m, g):
            who = _person(s, t, a, b, strict=False)
            if who is not None:
                yield (who, "directed", work) if m.group(v).lower() == "directed" else (work, "writer", who)


def _line_runs(text: str, found: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Matches of a one-line pattern grouped into runs of two or more on consecutive lines."""
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) >= 2]


def _episode(series: Mention | None, n: int, at: tuple[str, int, int]) -> Mention:
    """Episode ``n`` (counted across the series) of ``series``, credited at span ``at``."""
    return Mention(f"{series.text if series else ''} episode {n}".strip(), "episode", at[1], at[2], n, series)


def _split_list(
    s: _Sent, m: re.Match[str], group: str, expand_surname: bool = False, pattern: str = NAME
) -> list[tuple[str, int, int]]:
    """'A, B and C' -> [A, B, C] with document offsets; 'Michelle and Lexi Raymond' -> both Raymonds."""
    text, base = m.group(group), s.base + m.start(group)
    items = [(x.group(), base + x.start(), base + x.end()) for x in re.finditer(pattern, text)]
    items = [(N.clean(t), a, b) for t, a, b in items if t not in ("and",)]
    if expand_surname and len(items) == 2 and re.fullmatch(rf"{NAME} and {NAME}", text):
        last = items[-1][0].split(" ")
        if len(last) == 2 and all(len(t.split(" ")) == 1 for t, _, _ in items[:-1]):
            items = [(f"{t} {last[1]}", a, b) for t, a, b in items[:-1]] + [items[-1]]
    return items


def _coordinated_roles(s: _Sent, m: re.Match[str]) -> tuple[list[Mention], list[Mention], int] | None:
    """The actors and the roles of a COORD_ACTORS match, paired in order, or None when the roles
    cannot be counted out: each comma- or and-separated piece of the role text that ends with a
    name is a role ("the Dixie Mafia fixer Wynn Duffy"); a piece without one is a description
    ("the estate's taciturn gamekeeper", "then campaigning for president"). The last item is
    where the role text ends, as an offset in the sentence."""
    base = s.base + m.start("actors")
    masked = re.sub(r" \([^()]*\)", lambda x: " " * len(x.group()), m.group("actors"))
    actor_spans = [(x.group(), base + x.start(), base + x.end()) for x in re.finditer(NAME, masked)]
    rest = m.group("rest")
    cut = re.search(r",? respectively\b|, (?:who|which|while|whose|with|but)\b|\.$", rest)
    if cut:
        rest = rest[: cut.start()]
    pieces = [(x.group(), x.start()) for x in re.finditer(r"[^,]+?(?=,? and |, |$)", rest)]
    roles: list[tuple[str, int, int]] = []
    family = None
    simple = True  # "Beth, Kayce and Jamie Dutton": names only, the last one with a surname
    in_phrase = False  # "reprising the role from Daredevil and Luke Cage": not a new role
    last_end = 0
    for piece, at in pieces:
        by_and = piece.lstrip().startswith("and ")
        text = re.sub(r"^(?:and )", "", piece.strip())
        lead = len(piece) - len(piece.lstrip()) + (len(piece.strip()) - len(text))
        if by_and and in_phrase:
            continue
        full = text
        text = re.sub(r" (?:in|on|for|from|throughout|during|opposite|alongside|at)\b.*$", "", text)
        # (a phrase ending in a name: "and Luke Cage" goes on its list; "at the wheel" ends it)
        in_phrase = text != full and re.search(rf"{NAME}$", full) is not None
        name = re.search(rf"(?:^|(?<= )){CHAR}$", text)
        fam = FAMILY_DESC.search(text)
        if re.search(r"\b(?:who|which|that|whose|whom)\b", text):
            break  # "a chat-show host whose wife, Maud": the rest is about the role
        if not name or (
            name.start() > 0 and text[: name.start()].rstrip().endswith(("of", "with", "for", "to", "by"))
        ):
            if fam and not roles:
                family = fam.group("fam")
            if roles:
                simple = False
            continue
        simple = simple and name.start() == 0
        a = s.base + m.start("rest") + at + lead + name.start()
        roles.append((name.group(), a, a + len(name.group())))
        last_end = at + len(piece)
        if by_and and simple and len(roles) >= 2 and len(name.group().split()) == 2:
            # "Helen and Morty Seinfeld", "Beth, Kayce and Jamie Dutton": one surname for all
            last = name.group().split()[1]
            roles = [(r if " " in r else f"{r} {last}", a, b) for r, a, b in roles[:-1]] + roles[-1:]
    if len(roles) != len(actor_spans) or len(roles) < 2:
        return None
    if family:
        roles = [(r if " " in r else f"{r} {family}", a, b) for r, a, b in roles]
    actors = [a for x in actor_spans if (a := _person(s, *x, strict=False)) is not None]
    chars = [c for x in roles if (c := _character(*x)) is not None]
    if len(actors) != len(actor_spans) or len(chars) != len(roles):
        return None
    return actors, chars, m.start("rest") + last_end


def _role_items(s: _Sent, m: re.Match[str], group: str) -> list[tuple[str, int, int]]:
    """The characters of a role list, descriptions dropped: "Laurie's son Tom Garvey and Kevin
    and Laurie's daughter Jill Garvey" -> Tom Garvey, Jill Garvey; "Barb, Nicki and Margene
    Henrickson" -> each a Henrickson."""
    text = m.group(group)
    masked = re.sub(
        rf"{NAME}(?: and {NAME})?{POSS}(?= )|\b(?!and\b)[a-z][\w\-]*", lambda x: " " * len(x.group()), text
    )
    base = s.base + m.start(group)
    items = [(N.clean(x.group()), base + x.start(), base + x.end()) for x in re.finditer(NAME, masked)]
    shared = len(items) > 1 and " " in items[-1][0] and all(" " not in t for t, _, _ in items[:-1])
    if shared and re.fullmatch(
        rf"(?:{NAME}, )*{NAME},? and {NAME}", text
    ):  # "Barb, Nicki and Margene Henrickson"
        last = items[-1][0].split(" ")[-1]
        items = [(f"{t} {last}", a, b) for t, a, b in items[:-1]] + [items[-1]]
    return items


def _standalone_count(text: str, word: str) -> int:
    """How often ``word`` stands alone (not followed by another capitalised word)."""
    if len(word) < 2 or not word[0].isupper():
        return 0
    return len(re.findall(rf"(?<![\w\-]){re.escape(word)}(?:['’]s?)?(?![\w\-])(?! [{N.UP}])", text))


def _number_list(text: str) -> list[int]:
    """'4 through 6' -> [4, 5, 6]; '7, 8 and 9' -> [7, 8, 9]; 'three and four' -> [3, 4];
    'second, third and tenth' -> [2, 3, 10] ('final' and 'last' are -1)."""
    words = re.findall(r"\w+", text)
    m = re.fullmatch(r"(\w+)\s*(?:[–-]|to|through)\s*(\w+)", text.strip())
    if m:
        a, b = N.number_word(m.group(1)), N.number_word(m.group(2))
        return list(range(a, b + 1)) if a and b and 0 < b - a < 30 else []
    numbers = [N.number_word(w) for w in words if w not in ("and",)]
    return [n for n in numbers if n]


# Public names for rule families (kg/rules/*.py)
SentenceView = _Sent
make_mention = _mention
person_mention = _person
character_mention = _character
line_runs = _line_runs
series_mention = _series
split_list = _split_list


def literal(text: str, start: int, end: int, datatype: str = "") -> Mention:
    """A literal value (a date, a number, a title) found at [start, end) of the document."""
    return Mention(text=text, kind="literal", start=start, end=end, datatype=datatype)


def node(node_type: str, start: int, end: int, props: list[tuple[str, Mention]], label: str) -> Mention:
    """An n-ary node (schema:AggregateRating, schema:Review, schema:Role...): ``label`` names it."""
    return Mention(text=label, kind="node", start=start, end=end, node_type=node_type, props=tuple(props))


def _series_read_as_season(before: str) -> re.Pattern[str]:
    """A British "series" that means a season: after one of the words ``before`` ("the second
    series"), or before a number ("Series 2")."""
    return re.compile(
        rf"(?i:\b(?:{before}) )(?P<a>series)\b(?! (?:in|to|for|from|on|by)\b| of (?!the\b|its\b|[{N.UP}]))"
        rf"|\b(?P<b>[Ss]eries) (?=(?:{N.CARDINAL_RE})\b)"
    )


#: British usage: "the second series", "series 3" name what American usage calls a season
BRITISH_SERIES = _series_read_as_season(rf"{N.ORDINAL_RE}|opening|new|next|previous|latest|final|last")
#: only the numbered ones: "the second series", "Series 2"
BRITISH_SERIES_NUMBERED = _series_read_as_season(N.ORDINAL_RE)


def british_seasons(text: str) -> str | None:
    """The text as the rules read it when it counts seasons the British way ("For the second
    series she directed ...") and never says "season": each such "series" is read as
    "season", which has the same length, so every offset still points into the original."""

    def season(m: re.Match[str]) -> str:
        return m.group().replace("series", "season").replace("Series", "Season")

    if not re.search(r"(?i)\bseasons?\b", text):
        out, n = BRITISH_SERIES.subn(season, text)
        return out if n else None
    # a roundup that says "season" for one show and "the second series" for a British one: the
    # paragraphs that never say "season" and count series ("ran for two series of six episodes
    # each"), and only their numbered series
    parts = re.split(r"(\n)", text)
    n = 0
    for i, part in enumerate(parts):
        if not re.search(r"(?i)\bseasons?\b", part) and re.search(
            rf"\b(?:{N.CARDINAL_RE}|\d+) series (?:of \w+ episodes|each)\b", part
        ):
            parts[i], k = BRITISH_SERIES_NUMBERED.subn(season, part)
            n += k
    return "".join(parts) if n else None


#: a name's form in its own script, in brackets: "Tanjiro Kamado (竈門 炭治郎)", "(Korean: 무빙)"
ORIGINAL_SCRIPT = re.compile(
    r" \((?=[^()\n]*[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])[^()\n]{1,120}\)"
)


#: a footnote's marker after a word or a sentence: "... the bus depot.[1] That a prison ...",
#: "Season 2[a]" (not a notes list's "[1] Graham McCann, ..." at a line's start)
FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
ASIDE = re.compile(f"{ORIGINAL_SCRIPT.pattern}|{FOOTNOTE_MARK.pattern}")


def without_asides(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The text with bracketed original-script names ("Nezuko Kamado (竈門 禰豆子), who ..."
    reads "Nezuko Kamado, who ...") and footnote markers ("the bus depot.[1] That ...") cut
    out, and each cut as (offset in the shorter text, length); None when there is nothing to
    cut."""
    cuts, parts, last, gone = [], [], 0, 0
    for m in ASIDE.finditer(text):
        parts.append(text[last : m.start()])
        cuts.append((m.start() - gone, m.end() - m.start()))
        gone += m.end() - m.start()
        last = m.end()
    if not cuts:
        return None
    parts.append(text[last:])
    return "".join(parts), cuts


def _restore_offsets(out: DocumentExtraction, doc: Document, cuts: list[tuple[int, int]]) -> None:
    """Point every offset of an extraction made on the cut text back into ``doc.text``."""

    def pos(p: int, end: bool) -> int:
        # a start at a cut lies after the cut text, an end at a cut before it
        return p + sum(n for at, n in cuts if at < p or (at == p and not end))

    def mention(m: Mention) -> Mention:
        return dataclasses.replace(
            m,
            start=pos(m.start, False),
            end=pos(m.end, True),
            parent=mention(m.parent) if m.parent is not None else None,
            props=tuple((k, mention(v)) for k, v in m.props),
        )

    out.doc = doc
    out.sentences = [
        Sentence(start=a, end=b, text=doc.text[a:b])
        for a, b in ((pos(s.start, False), pos(s.end, True)) for s in out.sentences)
    ]
    out.candidates = [
        dataclasses.replace(
            c,
            subject=mention(c.subject),
            object=mention(c.object),
            sentence=(pos(c.sentence[0], False), pos(c.sentence[1], True)),
        )
        for c in out.candidates
    ]
    out.topic = mention(out.topic) if out.topic is not None else None
    out.series_mentions = [mention(m) for m in out.series_mentions]


#: an interview's speaker label at the start of a line: "VULTURE: ", "BOB-WAKSBERG: ", an oral
#: history's "LORNE MAGORY (director): " (a speaker's role in the story, "JULIA SAWALHA (Lynda
#: Day): ", stays: it says who played whom)
SPEAKER_LABEL = re.compile(
    r"(?m)^[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}(?: \([a-z][a-z ,&\-]{1,40}\))?: "
)


def without_speaker_labels(text: str) -> str | None:
    """The text with an interview's speaker labels blanked out (same length), where a label
    opens two or more lines, or three or more lines have one: "VULTURE: Undone is a very
    different animal." is about Undone."""
    labels = Counter(m.group() for m in SPEAKER_LABEL.finditer(text))
    if not labels or (max(labels.values()) < 2 and sum(labels.values()) < 3):
        return None
    return SPEAKER_LABEL.sub(lambda m: " " * len(m.group()), text)


def extract(doc: Document) -> DocumentExtraction:
    """Run every rule on one document."""
    cut = without_asides(doc.text)
    text = cut[0] if cut else doc.text
    reading = british_seasons(text) or text
    reading = without_speaker_labels(reading) or reading
    if reading == doc.text:
        out = Extractor(doc).run()
    else:
        out = Extractor(dataclasses.replace(doc, text=reading)).run()
        if cut:
            _restore_offsets(out, doc, cut[1])
        else:
            # "series" read as "season" and a blanked speaker label have the same length: every
            # offset still points into the document, and the document and its sentences stay as written
            out.doc = doc
            out.sentences = [dataclasses.replace(s, text=doc.text[s.start : s.end]) for s in out.sentences]
    out.candidates = nicknames_resolved(doc.text, out.candidates)
    return out


#: 'Thomas "Tommy" Shelby', 'William Anderson "Devil Anse" Hatfield'
NICKNAMED = re.compile(
    rf"(?P<first>{NAME}) [\"“](?P<nick>[{N.UP}][^\"“”\n]{{0,24}})[\"”] (?P<last>[{N.UP}][\w’'\-]+)"
)


def nicknames_resolved(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Characters named around a nickname in quotes, by their real name: 'Tommy Shelby' after
    'Thomas "Tommy" Shelby' is Thomas Shelby; 'William Anderson' cut short before '"Devil Anse"
    Hatfield' is William Anderson Hatfield."""
    full: dict[str, str] = {}
    nicks: dict[str, set[str]] = {}  # "Shiv" alone, after 'Siobhan "Shiv" Roy'
    for m in NICKNAMED.finditer(text):
        real = f"{N.clean(m.group('first'))} {m.group('last')}"
        full[N.fold(f"{m.group('nick')} {m.group('last')}")] = real
        full[N.fold(m.group("first"))] = real
        suffix = re.match(
            r",? (?:Jr\.|Sr\.|II|III|IV)(?!\w)", text[m.end() :]
        )  # 'John Ross "Jock" Ewing Sr.'
        nicks.setdefault(N.fold(m.group("nick")), set()).add(real + (suffix.group() if suffix else ""))
    if not full:
        return candidates

    def fix(m: Mention) -> Mention:
        if m.kind != "character":
            return m
        key = N.fold(m.text)
        if key in full and (" " in key or text[m.end : m.end + 2] in (' "', " “")):
            return dataclasses.replace(m, text=full[key])
        if len(nicks.get(key, ())) == 1 and key not in full:
            return dataclasses.replace(m, text=next(iter(nicks[key])))
        return m

    return [dataclasses.replace(c, subject=fix(c.subject), object=fix(c.object)) for c in candidates]
