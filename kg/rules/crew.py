"""Creative roles on a series, a season or an episode (work -> person).

Relations: creator, showrunner, executiveProducer, writer, composer, cinematographer,
productionDesigner, costumeDesigner, colorist, titleDesigner, plus extra constructions for the
core relation ``directed``. A role held for a season or an episode is stated on the season or
episode; a season-level role is also stated on its series (as ``appearsIn`` does), and every
role that is restricted (to a season or an episode) or that ended ("left the series as
co-showrunner") is also stated as a ``crewRole`` n-ary node (a schema:Role) on the series,
carrying schema:roleName, kg:roleHolder, kg:roleScope and schema:endDate.

Constructions (all with a person list where English allows one):

* a title before a name: "cinematographer Matthew J. Lloyd", "Daredevil creator Drew Goddard",
  "the series' composer X", "executive producers A, B and C";
* an appositive: "A and B, the showrunners for the second season of Daredevil", "A, B, and
  C--the showrunners of X, Y, and Z, respectively", "X, who served as composer on Y";
* a copula or an appointment verb: "X serves as an executive producer on the first episode",
  "X was announced as the composer for the miniseries", "with X serving as showrunner",
  "X joined as showrunner", "X was the primary cinematographer for Y", followed by
  ", along with A, B, ..." and ", after (previously) composing/doing so for WORKS";
* a departure: "X left the series as co-showrunner" (with the date of the sentence);
* passive credits: "a miniseries created by A and B", "The series' title sequence, designed by
  Elastic", "All music composed by X", "The pilot was written by X and directed by Y";
* active verbs: "X created the series", "X composed the score for the series", "X wrote the
  first two episodes", "X designed the costumes for the series", "Vale executive produces the
  series alongside A and B", chained: "Malhotra, who created Silver Arrow and ran its first two
  seasons", "Reyes was the director of photography on X and shot episodes 3 and 4 of Y";
* fronted participles and absolute phrases: "Written and created by X, Quarry Lane follows ...",
  "with Kell as showrunner", "with A and B executive producing";
* appointments: "Apple TV+ has tapped X as the new showrunner of Y";
* music: "with music by X", "features a score by X", "X's haunting score" (not "like Hans
  Zimmer's score for Inception"), "X provides the score".

The work is the document's topic as the core extractor finds it (`kg.extraction`: its lead,
its headline, or series cues such as "Netflix has ordered X, a ..." and "the showrunner of X").

A plan, a rumour, a question, a negation or a quotation is not a fact: such clauses are skipped.
The work is the document's topic when the text says "the series", "the miniseries", "its",
or names no work at all after a bare job title ("colorist Tony D'Amore").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg import names as N
from kg import vocab
from kg.extraction import (
    FILM_TITLE,
    PIPE_CREDITS,
    QUOTED_TITLE,
    Candidate,
    Extractor,
    Mention,
    SentenceView,
    episodes_re,
    lead_head,
    literal,
    make_mention,
    node,
    person_mention,
)

NAME, POSS, ORD, CARD = N.NAME, N.POSS, N.ORDINAL_RE, N.CARDINAL_RE
WORKS = {"series", "season", "episode", "film"}

# --- vocabulary -----------------------------------------------------------------------------

KG, SCHEMA = vocab.KG, vocab.SCHEMA
vocab.register("creator", SCHEMA + "creator", WORKS, {"person"})
vocab.register("showrunner", KG + "showrunner", {"series", "season"}, {"person"})
vocab.register("executiveProducer", KG + "executiveProducer", WORKS, {"person"})
vocab.register("writer", KG + "writer", WORKS, {"person"})
vocab.register("composer", SCHEMA + "musicBy", WORKS, {"person"})
vocab.register("cinematographer", KG + "cinematographer", WORKS, {"person"})
vocab.register("productionDesigner", KG + "productionDesigner", WORKS, {"person"})
vocab.register("costumeDesigner", KG + "costumeDesigner", WORKS, {"person"})
vocab.register("colorist", KG + "colorist", WORKS, {"person"})
vocab.register("titleDesigner", KG + "titleDesigner", WORKS, {"person", "organization"})
vocab.register("crewRole", KG + "crewRole", WORKS, {"node"})

ROLE = SCHEMA + "Role"
ROLE_NAME = SCHEMA + "roleName"
ROLE_HOLDER = KG + "roleHolder"
ROLE_SCOPE = KG + "roleScope"
END_DATE = SCHEMA + "endDate"

#: relation -> (regex of the job title, singular or plural, canonical role name)
ROLE_WORDS: dict[str, tuple[str, str]] = {
    "executiveProducer": (r"executive[- ]producers?", "executive producer"),
    "showrunner": (r"(?:co-?)?show[- ]?runners?", "showrunner"),
    "creator": (r"(?:co-?)?creators?", "creator"),
    # (not an anime's "series composer", its head writer)
    "composer": (r"(?:(?:score|music) )?(?<!series )composers?", "composer"),
    "cinematographer": (
        r"(?:(?:second[- ]unit|primary|principal|lead|main) )?(?:cinematographers?|directors? of photography"
        r"|cinematography collaborators?)",
        "cinematographer",
    ),
    "productionDesigner": (r"production designers?", "production designer"),
    "costumeDesigner": (r"costume designers?", "costume designer"),
    "colorist": (r"colou?rists?", "colorist"),
    "titleDesigner": (r"(?:main |opening )?title(?:[- ]sequence)? designers?", "title designer"),
    "writer": (r"(?:head |staff |lead )?(?:screen)?writers?", "writer"),
}
#: roles whose bare title ("composer X") is read as a role on the document's topic; "writer X"
#: is too often about journalism, and "creator X" is read so only in a sentence that does not
#: speak of comics, characters or books
BARE_TOPIC = {
    "executiveProducer", "showrunner", "composer", "cinematographer", "productionDesigner",
    "costumeDesigner", "colorist", "titleDesigner", "creator",
}  # fmt: skip
ROLE_ANY = "|".join(f"(?P<r_{rel}>{rx})" for rel, (rx, _) in ROLE_WORDS.items())
ROLE_PLAIN = "|".join(rx for rx, _ in ROLE_WORDS.values())


def role_of(m: re.Match[str]) -> str | None:
    for rel in ROLE_WORDS:
        if m.groupdict().get(f"r_{rel}"):
            return rel
    return None


def roles_in(text: str) -> list[str]:
    """Relations named by a coordinated role phrase: 'showrunners and executive producers'."""
    out = []
    for m in re.finditer(rf"(?i:{ROLE_ANY})", text):
        rel = role_of(m)
        if rel and rel not in out:
            out.append(rel)
    return out


# --- shared pieces (also used by kg/rules/companies.py) ----------------------------------------

#: a list of names; "and" closes it ("created by A and B, Austin Stowell plays ...": not C)
#: (a comma item followed by a verb starts the next clause: "created by Davies, Lyn directed all five")
_CLAUSE_VERB = r"(?:directed|directs|wrote|writes|produced|created|co-created|starred|stars|played|helmed|returned|joined|was|is|has|had)"
NAMES = (
    # (nor an appositive: "written by Dre Lyons, Bryan's brother in real life")
    rf"{NAME}(?:, (?!{NAME}(?!{N.SEP}{N.WORD}) {_CLAUSE_VERB}\b)(?!{NAME}['’]s\b){NAME}| & {NAME})*"
    rf"(?:(?: and |, and ){NAME}(?:(?: & ){NAME})*)?"
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NUM = {m: i for i, m in enumerate(MONTHS.split("|"), 1)}
DATE_RX = re.compile(
    rf"\b(?:(?P<day2>\d{{1,2}}) (?=(?:{MONTHS}) (?:19|20)\d\d))?(?:(?P<month>{MONTHS}) (?:(?P<day>\d{{1,2}}), )?(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d))\b"
)
PLAN_CUE = re.compile(
    r"\b(?:slated|set to|expected|rumou?red|reportedly|allegedly|speculat\w*|(?-i:may)|would|could|"
    r"might|plans? to|planned|hopes? to|hoped|wants? to|wanted to|in talks|in negotiations|"
    r"is to|are to|was to|were to|considering|eyeing|if|whether|(?-i:possibl\w*|potential\w*)|"
    r"offered|approached|interest in|interested)\b",
    re.I,
)
ANNOUNCED = re.compile(r"\b(?:announced|confirmed|revealed)\b")
NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|declined|turned down|rejected|passed on|instead of|rather than|"
    r"denied)\b|n't\b",
    re.I,
)
ORG_SUFFIX = {
    "inc", "inc.", "llc", "ltd", "ltd.", "studios", "studio", "television", "tv", "entertainment",
    "pictures", "productions", "production", "films", "media", "company", "co.", "corporation",
    "corp.", "group", "network", "networks", "channel", "records", "music", "comics", "animation",
    "games", "labs", "works", "industries", "partners", "holdings", "enterprises", "broadcasting",
    "textiles", "digital", "interactive", "publishing", "press", "agency", "associates",
}  # fmt: skip
NETWORKS = N.NETWORKS
NETWORK_NOUN = (
    r"(?:streaming (?:service|platform|site)|video[- ]on[- ]demand service|(?:cable |broadcast |premium )?"
    r"(?:network|channel)|broadcaster|streamer|service)"
)
SERIES_NOUN = r"(?:mini-?series|series|show|sitcom|drama|programme|program|anthology|serial|docuseries|soap opera|soap|telenovela|procedural|comedy|thriller|spinoff|spin-off|revival|reboot)"
#: what "this ..." can call the work in view: "this horror satire", "this eight-part adaptation"
WORK_NOUN = rf"(?:{SERIES_NOUN}|satire|adaptation|mockumentary|dramedy)"
COREF = rf"(?:[Tt]he |[Tt]his |[Ii]ts )(?:[\w]+-(?:part|episode) )?(?:(?:limited |television |TV |streaming |new |original )?{SERIES_NOUN}|production|project)(?![\w'’\-])"
COREF_POSS = rf"(?:(?:[Tt]he|[Tt]his) (?:{SERIES_NOUN}|production|project)['’]s? |[Ii]ts |[Oo]ur (?=[a-z]))"
ADJ = r"(?:(?:former|longtime|long-time|then|veteran|acclaimed|award-winning|[a-z]+-winning|[a-z]+-nominated|new|original|primary|lead|main|fellow|frequent|regular|his|her|their|returning|additional|credited|sole|other)[ ])"


def is_org_name(name: str, s: SentenceView | None = None, start: int = 0, end: int = 0) -> bool:
    """Does a capitalised name look like a company ('ABC Studios', 'Nine and a Half Fingers, Inc.')?"""
    clean = N.clean(name).rstrip(",")
    if clean in NETWORKS:
        return True
    last = clean.split(" ")[-1].lower()
    if last in ORG_SUFFIX or last.rstrip(".") in {"inc", "ltd", "co", "corp"}:
        return True
    if clean.endswith("+"):
        return True
    return bool(s is not None and s.ner_label(start, end) == "ORG")


def is_network(name: str) -> bool:
    return N.clean(name) in NETWORKS


@dataclass
class DocInfo:
    """Per-document facts the rules need: known series, full names, where the references start."""

    series_keys: set[str]
    full_names: dict[str, list[str]]  # folded surname -> full names (as written)
    refs_start: int  # document offset where a reference list starts
    topic: str | None = None  # the work the document is about, as these rules read it
    season_article: bool = False  # the document is about one season ("The second season of X ...")


PRONOUNS = {"it", "they", "this", "these", "those", "he", "she", "we"}
CITE = re.compile(r"\b(?:Retrieved|Archived from the original|Accessed) (?:on )?(?:\w+ \d|\d)")


TITLE_WORDS = rf"(?:{NAME}{POSS} )?{NAME}"


#: constructions that name the work a news story is about
def doc_info(ex: Extractor) -> DocInfo:
    """What the crew rules know about the whole document (computed once per document)."""
    return ex.memo("crew.doc_info", lambda: _doc_info(ex))


def _doc_info(ex: Extractor) -> DocInfo:
    keys = ex.series_keys() - PRONOUNS
    full: dict[str, list[str]] = {}
    text = ex.doc.text
    for m in re.finditer(NAME, text):
        name = N.strip_leading_noise(N.clean(m.group()))
        if " " in name and N.fold(name) in ex.out.person_names:
            last = N.fold(name).split(" ")[-1]
            if name not in full.setdefault(last, []):
                full[last].append(name)
    # a reference list: from the first citation sentence followed by at least two more
    cites = [s.sent.start for s in ex.sents if CITE.search(s.sent.text)]
    refs = next((c for i, c in enumerate(cites) if len(cites) - i >= 3), len(text) + 1)
    # the reference list begins a few entries before the first "Retrieved"
    info = DocInfo(keys, full, refs)
    info.season_article = bool(
        ex.sents
        and re.match(rf"^The (?:{ORD}) season of (?:the )?(?:[\w\-]+ ){{0,4}}?{NAME}\b", ex.sents[0].text)
    )
    core = ex.out.topic
    info.topic = (
        core.text if core is not None and core.text not in ("It", "They", "This", "These", "The") else None
    )
    if info.topic is not None:
        info.series_keys.add(N.series_key(info.topic))
    return info


def full_name(ex: Extractor, name: str) -> str:
    """'Petrie' -> 'Douglas Petrie' when the document names exactly one such person."""
    if " " in name:
        return name
    hits = doc_info(ex).full_names.get(N.fold(name), [])
    return hits[0] if len(hits) == 1 else name


#: the words a title-case headline leaves in lower case
HEADLINE_SMALL = {
    "the", "of", "a", "an", "and", "in", "on", "to", "for", "as", "at", "by", "with", "from", "vs",
    "or", "but", "nor", "into", "over", "off", "up", "out", "via", "per",
}  # fmt: skip


def skip_sentence(ex: Extractor, s: SentenceView) -> bool:
    """Questions, reference-list entries and title-case headlines state no facts."""
    text = s.text.strip()
    if not text or text.endswith("?") or s.base >= doc_info(ex).refs_start:
        return True
    words = re.findall(r"[A-Za-z][\w'’\-]*", text)
    if len(words) >= 4:
        caps = sum(1 for w in words if w[0].isupper())
        small = sum(1 for w in words if w in {"the", "of", "a", "an", "and", "in", "on", "to", "for"})
        # (a title-case headline capitalises its verbs: "Allen played Toby Cavanaugh on Freeform's
        # Pretty Little Liars." is a sentence, however many names it holds)
        verbs = any(w[0].islower() and w not in HEADLINE_SMALL for w in words)
        if caps / len(words) > 0.75 and small <= 2 and len(words) < 25 and not verbs:
            return True
    return False


def span(s: SentenceView, a: int, b: int) -> tuple[str, int, int]:
    """(text, document start, document end) of s.text[a:b]."""
    return s.text[a:b], s.base + a, s.base + b


def planned(text: str) -> bool:
    """Is a clause a plan, a rumour or a hedge (unless it reports an announcement)?"""
    m = PLAN_CUE.search(text)
    if not m:
        return False
    return not ANNOUNCED.search(text[: m.start()])


def negated(text: str) -> bool:
    return NEGATION.search(text) is not None


def clause_start(text: str, pos: int) -> int:
    """Start of the clause containing ``pos`` (after the last ';' or sentence start)."""
    return max(text.rfind(";", 0, pos) + 1, 0)


def person_at(s: SentenceView, a: int, b: int, ex: Extractor | None = None) -> Mention | None:
    """A person named at s.text[a:b] in a slot that calls for a person (NER only as a veto
    for dates, works and names with a company suffix). A surname alone ("Reyes") is given the
    one full name the document has for it ("Sam Reyes"), so that it resolves to that person."""
    text, start, end = span(s, a, b)
    if is_org_name(text):
        return None
    p = person_mention(s, text, start, end, strict=False)
    if p is None or p.text.lower() in N.LEADING_NOISE or p.text in NETWORKS:
        return None
    if re.fullmatch(rf"(?:{MONTHS})(?: \d+)?", p.text):
        return None
    if ex is not None and " " not in p.text:
        full = full_name(ex, p.text)
        if full != p.text:
            p = make_mention("person", full, p.start, p.end)
    return p


def names_in(s: SentenceView, a: int, b: int) -> list[tuple[int, int]]:
    """The names of a list 'A, B, and C' at s.text[a:b], as (start, end) in s.text."""
    out = []
    for m in re.finditer(NAME, s.text[a:b]):
        if m.group() in ("and", "And"):
            continue
        out.append((a + m.start(), a + m.end()))
    # "written by Craig Mazin, and Johan Renck directed ...": the last name starts a new clause
    if (
        len(out) > 1
        and re.search(r"\bby\s*$", s.text[:a])
        and re.match(r" (?:also |then )?(?:[a-z]+ed|wrote|will|would|was|is|has|had|did|made)\b", s.text[b:])
        and re.search(r",? and $", s.text[out[-2][1] : out[-1][0]])
    ):
        out.pop()
    return out


# --- works ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    mention: Mention  # the series, season, episode or film
    series: Mention | None  # the series it belongs to (itself for a series)
    #: "every episode (of the first season)": the episodes, where the document gives the length
    episodes: tuple[Mention, ...] = ()


SEASONS_RX = re.compile(
    # (a British "series" is a season: "the first three series", "series 2")
    rf"(?:(?P<poss>{COREF_POSS})|[Tt]he |(?P<own>(?:{NAME}{POSS} )?{NAME}){POSS} )?"
    rf"(?P<ords>(?:{ORD})(?:(?:, | and |, and | & | through | to )(?:{ORD}))*) (?:(?P<cnt>{CARD}) )?(?:seasons?|series)"
    rf"(?: of (?P<of>(?:{NAME}{POSS} )?{NAME}))?(?![\w'’])"
    rf"|(?:[Ss]easons?|[Ss]eries) (?P<nums>\d+(?:(?:, | and |, and |[–-]| to | through )\d+)*)(?: of (?P<of2>(?:{NAME}{POSS} )?{NAME}))?(?![.\d])"
    rf"|(?P<own2>{NAME}) seasons? (?P<nums2>\d+)(?![.\d])"
    rf"|(?P<both>(?:{COREF_POSS}|the )?both (?:seasons|series)|(?:{COREF_POSS}|the )?(?:all|each of the) (?P<allc>{CARD}) (?:seasons|series))"
)
EPISODES_RX = re.compile(episodes_re("w"))
NOUN_TITLE_RX = re.compile(
    rf"(?:the |an? |(?:{NAME}){POSS} )?(?:(?:[A-Z][\w+\-]*|[a-z\-]+) ){{0,2}}?(?P<noun>{SERIES_NOUN}|film|movie|feature)"
    rf" (?P<title>(?:{NAME}{POSS} )?{N.TITLE})(?: \((?P<year>\d{{4}})\))?"
)
COREF_RX = re.compile(
    rf"(?:(?:the (?:rest|remainder|balance|second half|first half) of|(?:several|some|many|most|other|a few|all|the remaining) "
    rf"(?:of the )?episodes of) )?{COREF}|the remaining episodes(?! of)"
    # "co-created and wrote this ten-episode comedy of discomfort", "developed this eight-part adaptation"
    rf"|[Tt]his (?:[\w\-]+ ){{1,3}}?{WORK_NOUN}(?![\w'’\-])"
    # "created and wrote the 12-part drama", "wrote the mockumentary"
    rf"|the (?:(?:\d+|{CARD})-(?:part|episode) )?(?:mockumentary|dramedy)(?![\w'’\-])"
    rf"|the (?:\d+|{CARD})-(?:part|episode) (?:[\w\-]+ ){{0,2}}?{WORK_NOUN}(?![\w'’\-])"
)
#: "every episode", "all of the show's episodes": the whole series (or the season in view)
EVERY_EPISODE = re.compile(
    rf"(?:every|each) (?:single )?episode(?: of (?:the|its) (?:{SERIES_NOUN}|(?P<season>(?:new |first |final )?season)))?(?![\w'’])"
    rf"|all (?:of )?(?:the |its |{COREF_POSS})episodes(?![\w'’])(?! of (?!the (?:series|show)))"
    rf"|(?:the|its|the (?:series|show)['’]s?) (?:entire |whole |full )?run(?![\w'’])"
    rf"|all (?:of )?(?:its |the (?:series|show)['’]s? )(?:{CARD} )?seasons(?![\w'’])"
)
#: "the season", "this season", "the new season": the season the document is about
SEASON_COREF = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) (?:new |upcoming |current |latest |second |final )?season"
    r"(?![\w'’\-]| (?:of|finale|premiere|opener|\d))"
)
TITLE_RX = re.compile(rf"(?P<title>(?:{NAME}{POSS} )?{N.TITLE})(?: \((?P<year>\d{{4}})\))?")
#: a title under a network's possessive: "the BBC's Z-Cars"
NET_TITLE_RX = re.compile(rf"the (?P<net>{NAME}){POSS} (?P<title>{N.TITLE})")


def topic_key(ex: Extractor) -> str | None:
    """The key of the work the sentence being read is about (the section's, in a roundup)."""
    core = ex.out.topic
    if core is not None and core.text not in ("It", "They", "This", "These", "The"):
        return N.series_key(core.text)
    return None


def topic(ex: Extractor, s: SentenceView, at: int) -> Mention | None:
    """The document's topic (the core extractor's) as a mention in sentence ``s``."""
    return ex.topic_here(s, at)


def series_named(ex: Extractor, s: SentenceView, a: int, b: int, strong: bool = False) -> Mention | None:
    """A series named at s.text[a:b] in a work slot; weak unless known or cued as a series."""
    text, start, end = span(s, a, b)
    name = N.strip_leading_noise(N.clean(text))
    if not name or not name[0].isupper() or name in ("The", "A", "An"):
        return None
    start = end - len(name)
    whole = ex.joined_title_at(start, end)
    if whole is not None:  # "Paradise", which the name patterns cut from "Death in Paradise"
        return whole
    key = N.series_key(name)
    known = key in doc_info(ex).series_keys
    if not known and not strong:
        if is_org_name(name) or is_network(N.strip_possessive_brand(name)):
            return None
        if re.fullmatch(rf"(?:{MONTHS})(?: \d+)?", name) or name.lower() in N.LEADING_NOISE:
            return None
        label = s.ner_label(start, end)
        if label in {"PERSON", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "NORP", "MONEY"}:
            return None
    return make_mention("series", name, start, end, weak=not (known or strong))


def _season_numbers(ords: str | None, cnt: str | None, nums: str | None) -> list[int]:
    if nums:
        out: list[int] = []
        for part in re.split(r",? and |, |,| & ", nums.strip()):  # "1-4 and 9-10"
            r = re.fullmatch(r"(\d+)\s*(?:[–-]|to|through)\s*(\d+)", part.strip())
            if r:
                a, b = int(r.group(1)), int(r.group(2))
                if not 0 < b - a < 30:
                    return []
                out += range(a, b + 1)
            else:
                out += [int(x) for x in re.findall(r"\d+", part)]
        return out
    if not ords:
        return []
    parts = [N.number_word(w) for w in re.split(r", and |, | and | & ", ords)]
    if " through " in ords or " to " in ords:
        a, b = (N.number_word(w) for w in re.split(r" through | to ", ords))
        if a and b and 0 < a < b:
            return list(range(a, b + 1))
        return []
    if any(p is None or p < 1 for p in parts):
        return []
    if cnt:
        c = N.number_word(cnt)
        if c is None or len(parts) != 1:
            return []
        return list(range(parts[0], parts[0] + c))  # type: ignore[operator]
    return [p for p in parts if p]


def scoped(kind: str, series: Mention, n: int, start: int, end: int) -> Mention:
    """Season or episode ``n`` ("season"/"episode" ``kind``) of ``series``, named at [start, end)."""
    return make_mention(kind, f"{series.text} {kind} {n}", start, end, number=n, parent=series)


def work_at(ex: Extractor, s: SentenceView, pos: int, cued: bool = False) -> tuple[list[Work], int]:
    """The work(s) referred to at s.text[pos:] (one reference), and where the reference ends;
    ``cued``: the context says a bare title is a series ("wrote for The Rockford Files")."""
    text = s.text
    m = SEASONS_RX.match(text, pos)
    if m:
        if m.group("ords") is not None:
            numbers = _season_numbers(m.group("ords"), m.group("cnt"), None)
            owner = ("own" if m.group("own") else None) or ("of" if m.group("of") else None)
        elif m.group("nums") is not None:
            numbers = _season_numbers(None, None, m.group("nums"))
            owner = m.group("of2") and "of2"
        elif m.group("both") is not None:
            count = 2 if not m.group("allc") else N.number_word(m.group("allc")) or 0
            numbers = list(range(1, count + 1)) if count < 30 else []
            owner = None
        else:
            numbers = _season_numbers(None, None, m.group("nums2"))
            owner = "own2"
        series = series_named(ex, s, m.start(owner), m.end(owner)) if owner else topic(ex, s, m.start())
        if series is not None and m.group("both") is not None:
            return [Work(series, series)], m.end()  # "for all six seasons", "for both seasons": the series
        if series is not None and numbers:
            works = [
                Work(scoped("season", series, n, s.base + m.start(), s.base + m.end()), series)
                for n in numbers
            ]
            return works, m.end()
    m = SEASON_COREF.match(text, pos)
    if m:
        return _focus_works(ex, s, m.start()), m.end()
    m = EVERY_EPISODE.match(text, pos)
    if m:
        every = EPISODES_RX.match(text, pos)
        episodes = tuple(w.mention for w in _episodes(ex, s, every, "w")) if every else ()
        if m.group("season"):  # "of the first season", "of the new season": read as a season reference
            works = work_at(ex, s, m.start("season") - len("the "))[0] or _focus_works(ex, s, m.start())
        else:
            works = _topic_works(ex, s, m.start())
        return [Work(w.mention, w.series, episodes) for w in works], max(m.end(), every.end() if every else 0)
    m = EPISODES_RX.match(text, pos)
    if m:
        eps = _episodes(ex, s, m, "w")
        if eps:
            return eps, m.end()
    m = NOUN_TITLE_RX.match(text, pos)
    if m:
        a, b = m.span("title")
        if m.group("noun") in ("film", "movie", "feature") or m.group("year"):
            name = N.strip_leading_noise(m.group("title"))
            film = make_mention("film", name, s.base + b - len(name), s.base + b)
            return [Work(film, None)], m.end()
        series = series_named(ex, s, a, b, strong=True)
        if series is not None:
            return [Work(series, series)], m.end()
    m = COREF_RX.match(text, pos)
    if m:
        t = topic(ex, s, m.start())
        return ([Work(t, t)] if t else []), m.end()
    m = NET_TITLE_RX.match(text, pos)
    if m and is_network(m.group("net")):
        series = series_named(ex, s, *m.span("title"), strong=True)
        if series is not None:
            return [Work(series, series)], m.end()
    m = TITLE_RX.match(text, pos)
    if m:
        a, b = m.span("title")
        if m.group("year"):
            name = N.strip_leading_noise(m.group("title"))
            return [Work(make_mention("film", name, s.base + b - len(name), s.base + b), None)], m.end()
        series = series_named(ex, s, a, b, strong=cued)
        if series is not None:
            return [Work(series, series)], m.end()
    return [], pos


def works_at(ex: Extractor, s: SentenceView, pos: int, cued: bool = False) -> tuple[list[Work], int]:
    """Coordinated work references: 'the first season of X and the first episode of Y'."""
    works, end = work_at(ex, s, pos, cued)
    if not works:
        return [], pos
    while True:
        m = re.match(r"(?:, and |, | and | & |,? as well as )(?:(?:on|for|of|in) )?", s.text[end:])
        if not m:
            break
        more, e2 = work_at(ex, s, end + m.end(), cued)
        if not more:
            break
        works += more
        end = e2
    return works, end


def _episodes(ex: Extractor, s: SentenceView, m: re.Match[str], p: str) -> list[Work]:
    """The episodes an EPISODES match names (numbers as the core rules read them)."""
    out = []
    for ep in ex.episodes_from(s, m, p):
        series = ep.parent
        assert series is not None
        if any(m.group(g) for g in (f"{p}of", f"{p}owner")) and (
            series_named(ex, s, series.start - s.base, series.end - s.base) is None
        ):
            return []
        out.append(Work(ep, series))
    return out


# --- emitting -------------------------------------------------------------------------------


def date_literal(text: str, s: SentenceView, a: int = 0) -> Mention | None:
    """The first date in ``text`` (a slice of s.text starting at ``a``) as an xsd literal."""
    m = DATE_RX.search(text)
    if not m:
        return None
    start, end = s.base + a + m.start(), s.base + a + m.end()
    if m.group("year2"):
        return literal(m.group("year2"), start, end, vocab.XSD + "gYear")
    month = MONTH_NUM[m.group("month")]
    day = m.group("day") or m.group("day2")  # "April 16, 2015" or "16 April 2015"
    if day:
        value = f"{m.group('year')}-{month:02d}-{int(day):02d}"
        return literal(value, start, end, vocab.XSD + "date")
    return literal(f"{m.group('year')}-{month:02d}", start, end, vocab.XSD + "gYearMonth")


def role_facts(
    ex: Extractor,
    s: SentenceView,
    rel: str,
    work: Work,
    who: Mention,
    rule: str,
    role_name: str | None = None,
    end_date: tuple[Mention, str] | None = None,
) -> Iterator[Candidate]:
    """The binary fact(s) of a role, and its n-ary node when the role is qualified."""
    if work.episodes and rel == "writer":  # "wrote every episode of the first season": each one
        for ep in work.episodes:
            yield from role_facts(ex, s, rel, Work(ep, work.series), who, rule, role_name, end_date)
        if work.mention.kind not in ("series", "season"):
            return  # a season's writer is its episodes' and the season's ("every episode of the first season")
    w = work.mention
    yield ex.emit(s, w, rel, who, rule)
    if w.kind == "season" and work.series is not None and rel != "writer":
        yield ex.emit(s, work.series, rel, who, rule)  # (a season's writer is not the series')
    scoped = w.kind in ("season", "episode") and work.series is not None
    if not scoped and end_date is None:
        return
    holder = work.series if scoped else w
    if holder is None:
        return
    name = role_name or ROLE_WORDS[rel][1] if rel in ROLE_WORDS else (role_name or rel)
    label = f"{full_name(ex, who.text)} as {name}"
    props: list[tuple[str, Mention]] = [
        (ROLE_NAME, literal(name, who.start, who.end)),
        (ROLE_HOLDER, who),
    ]
    if scoped:
        label += f" on {w.kind} {w.number}"
        props.append((ROLE_SCOPE, w))
    if end_date is not None:
        label += f" until {end_date[1]}"
        props.append((END_DATE, end_date[0]))
    yield ex.emit(s, holder, "crewRole", node(ROLE, who.start, who.end, props, label), rule)


# --- the rules ------------------------------------------------------------------------------

# "cinematographer Matthew J. Lloyd", "Daredevil creator Drew Goddard", "the series' composer X",
# "executive producers A, B and C"
PRENOMINAL = re.compile(
    rf"(?:(?P<coref>{COREF_POSS}|(?:[Tt]he )?(?i:{SERIES_NOUN}) )|(?!(?:The|A|An|Its|This|These|Those)\b)(?P<wname>(?:{NAME}{POSS} )?{NAME})(?P<wposs>{POSS})? )?"
    rf"(?P<adj>{ADJ}{{0,3}})(?P<more>(?:(?i:{ROLE_PLAIN}),? and )?)(?<![\w\-])(?i:{ROLE_ANY})(?P<comma>,)? (?:(?:also )?(?:include|includes|included|are|were) )?(?P<who>{NAMES})"
)
# "A and B, the showrunners for the second season of Daredevil", "X, who served as composer on Y"
APPOSITIVE = re.compile(
    rf"(?P<who>{NAMES}) ?(?:,|—|–|--) ?(?:(?:still|also|now|again) (?=the ))?(?:who (?:is|was|are|were|has been|had been|also|previously|"
    rf"served as|serves as|serve as|worked as) (?:also |previously )?(?:served as |serves as )?)?"
    rf"(?P<det>(?:one of |both |all )?(?:the |its |an? |their |his |her )?)(?P<coref>{COREF_POSS})?"
    rf"(?P<adj>{ADJ}{{0,3}})(?P<roles>(?i:{ROLE_PLAIN})(?:(?:, | and |, and )(?i:{ROLE_PLAIN}))*)"
    rf"(?P<prep> (?:of|for|on) )?"
)
# "X serves as an executive producer on ...", "X was announced as the composer for ..."
APPOINT_VERB = (
    r"(?:serves|served|serving|serve|acts|acted|acting|act|worked|works|working|returned|returns|"
    r"returning|return|stayed on|stays on|remained|remains|signed on|came on(?: board)?|continued|continues|"
    r"(?:was|were|is|are|been|being) (?:hired|named|announced|confirmed|revealed|brought (?:on|in)|"
    r"tapped|chosen|selected|credited|appointed|promoted|set|added|retained|kept on)(?: posthumously| jointly| formally| officially)?|"
    r"joined(?: the (?:series|show|miniseries|production|project))?|joins|join|"
    # "took over as showrunners for the second season", "Nabers ran it as showrunner"
    r"took over|takes over|take over|taking over|ran (?:it|the (?:show|series))|runs (?:it|the (?:show|series)))"
    r" as"
)
COPULA_VERB = (
    r"(?:is|was|are|were|became|becomes|had been|has been|remained|remains|remain|continues as|continue as)"
)
COPULAR = re.compile(
    rf"(?P<who>{NAMES})(?P<app>,? ?[—–]?(?:(?:(?:then |now |formerly )?the |a |an |one |who |whose |of |son of |daughter of |best known |known |director |writer |producer "
    # "John McNamara created the spinoff, serves as showrunner and wrote the first episode"
    rf"|(?<! )(?: (?:co-)?created| developed| wrote| directed) (?:the|it|this)\b)[^,;—–()]{{0,100}})[,—–])?"
    rf"(?P<mid>,?(?: (?:who|also|has|had|have|previously|later|then|now|currently|again|initially|originally|"
    rf"will|would|to|first|subsequently|eventually|each|both|all|only|reportedly|officially)"
    # "Heldens and Thomsen, who wrote the premiere and serve as showrunners"
    rf"| who (?:[^\s,;()—–]+ ){{1,6}}?and)*)"
    rf" (?:(?P<verb>{APPOINT_VERB})|(?P<cop>{COPULA_VERB})) (?:(?:also|again|still|now|once again|currently) )?"
    rf"(?P<det>(?:one of |both |all |among )?(?:the |its |an? |their |his |her )?)"
    rf"(?P<coref>{COREF_POSS})?(?P<adj>{ADJ}{{0,3}})(?P<roles>(?i:{ROLE_PLAIN})(?:(?:, | and |, and )(?i:{ROLE_PLAIN}))*)"
    rf"(?P<prep> (?:of|for|on|to) )?"
)
#: "for most of its run", "for the rest of the series' run": a span of the topic's life
RUN_SPAN = re.compile(
    r"(?:most|much|all|part|the (?:rest|remainder|length|duration|bulk|whole)) of (?:its|the (?:show|series)['’]?s?) (?:run|seasons|history)\b"
)
PASSIVE_ALONG = re.compile(
    r"(?: (?:through|via|under) (?:his|her|their|its) [^,;]{1,60}"
    # "executive produced by A and B, who also serve as showrunners, along with C and D"
    r"|, who (?:also |both |jointly )*(?:serve|serves|served|act|acts|acted) as [^,;]{1,40}(?=,))?"
    r",? (?:along with|alongside|together with) (?P<list>[^;:()]+)"
)
ALONG_WITH = re.compile(r",? (?:along with|alongside|together with|as well as) (?P<list>[^;:()]+)")
#: "served as showrunner and as an executive producer with Gregg Fienberg", "served as showrunner
#: and, with George Shapiro and Howard West, as an executive producer": a second role, shared
AND_AS_ROLE = re.compile(
    # (or another copula: "remained the showrunner and was an executive producer alongside A and B")
    rf",? and(?:,? with (?P<co>{NAMES}),)? (?:as|(?:was|is|were|are|became|served as|serves as|also served as) (?=an? |the |one of the |(?i:{ROLE_PLAIN}))) ?(?:an? |the |one of the )?(?P<roles>(?i:{ROLE_PLAIN}))s?"
    rf"(?: (?:with|alongside|along with) (?P<co2>{NAMES}))?"
)
AFTER_SO = re.compile(
    r",? (?:after|having|before|following|as (?:he|she|they) did) (?:previously |also |earlier |already )?"
    r"(?P<what>doing so|doing the same|serving in (?:the same|that|this) (?:role|capacity)|"
    r"composing|scoring|writing|shooting|designing the costumes|showrunning|executive producing)"
    r"(?: (?:music|the music|the score|the scores))? (?:for|on|of) "
)
GERUND_ROLE = {
    "composing": "composer", "scoring": "composer", "writing": "writer", "shooting": "cinematographer",
    "designing the costumes": "costumeDesigner", "showrunning": "showrunner",
    "executive producing": "executiveProducer",
}  # fmt: skip
LEFT = re.compile(
    rf"(?P<who>{NAMES}) (?:(?:had|has|later|then|also|eventually|ultimately|subsequently) )*"
    rf"(?:left|departed|exited|quit|stepped down(?: from)?|stepped away from)"
    rf"(?: (?P<coref>{COREF})| (?P<wname>(?:{NAME}{POSS} )?{NAME}))? as (?P<det>the |an? |its )?(?P<co>co-?)?"
    rf"(?P<role>(?i:{ROLE_PLAIN}))"
    rf"(?P<rest> (?:of|for|on) )?"
)
#: verb of a passive credit on a work ("a miniseries created by", "The pilot was written by")
CREDIT_VERB = {
    "created": "creator", "co-created": "creator", "developed": "creator", "co-developed": "creator",
    "composed": "composer", "scored": "composer",
    "written": "writer", "co-written": "writer", "penned": "writer",
    "executive produced": "executiveProducer", "executive-produced": "executiveProducer",
    "photographed": "cinematographer", "shot": "cinematographer", "lensed": "cinematographer",
}  # fmt: skip
#: what was designed -> the designer's relation
DESIGN_NOUNS = [
    (
        r"(?:main |opening )?title(?: sequences?| design| cards?|s)?|opening (?:titles|credits)|main titles",
        "titleDesigner",
    ),
    (r"costumes?|costume design|wardrobe", "costumeDesigner"),
    (r"sets?|production design", "productionDesigner"),
]
MUSIC_NOUN = r"(?:original )?(?:score|music|soundtrack|theme(?: music| song| tune)?)"
#: "the theme and score were composed by"
MUSIC_HEAD = rf"{MUSIC_NOUN}(?: and (?:the )?{MUSIC_NOUN})?"
PASSIVE_VERB = (
    r"co-created|created|developed|composed|scored|written|co-written|penned|designed|executive[- ]produced|"
    r"photographed|shot|lensed"
)
WORK_HEAD = rf"{SERIES_NOUN}|pilot|It|it"
PASSIVE = re.compile(
    rf"(?:(?P<coref_poss>{COREF_POSS})|(?P<wposs>(?:{NAME}{POSS} )?{NAME}){POSS} |(?:[Tt]he |[Ii]ts )(?:(?!(?:first|second|third|fourth|fifth|new|next|last|final|other|same)\b)[a-z][\w\-]* (?=(?i:{SERIES_NOUN}|theme|score) )){{0,2}}|(?:[Tt]he |[Ii]ts |All |all )?)"
    rf"(?P<head>(?i:{'|'.join(rx for rx, _ in DESIGN_NOUNS)}|{MUSIC_HEAD})|{WORK_HEAD})"
    # ('Its theme song, "Nothing's Gonna Stop Me Now," was written by': the song's title between)
    rf"(?:, [\"“][^\"“”]{{1,60}}[\"”],?(?= )|, {{2,}}(?= ))?"
    rf"(?P<gap>,? (?:which |that )?(?:(?:was|is|were|are|has been|had been|have been|being|originally|also|jointly|all|entirely|primarily|again|once again|later|subsequently|then) )*)"
    # "the miniseries directed in its entirety by Tom Hooper and written by Kirk Ellis"
    rf"(?:directed (?:in its entirety |entirely |in full )?by {NAMES},? and (?:was |is )?)?"
    rf"(?P<verb>{PASSIVE_VERB})(?:, (?P<verb3>{PASSIVE_VERB}),?)?(?: and (?P<verb2>{PASSIVE_VERB}|directed))?"
    rf"(?: for (?:television|TV|the screen|{NAME}))? by (?:the (?:[a-z\-]+ ){{1,3}}(?=[{N.UP}])"
    # "written by the show's creator, Daisy Coulam,"
    rf"|(?:the (?:show|series|drama|sitcom)['’]s?|its) (?:[a-z\-]+ ){{0,2}}?(?:creator|co-creator|showrunner|head writer),? )?(?P<who>{NAMES})"
)
# "Music by X", "Cinematography by X" (credit lines)
CREDIT_LINE = re.compile(
    rf"^(?:(?P<music>(?:Original )?(?:[Tt]heme )?(?:[Mm]usic|[Ss]core)(?: composed)?)|(?P<cine>Cinematography)|(?P<costume>Costumes?(?: designed)?|Costume design)"
    rf"|(?P<pd>Production design)|(?P<title>Title (?:design|sequence)))(?: by|:) (?P<who>{NAMES})"
)
# "Marvel's The Defenders, created by X," (the topic named as the subject)
TITLE_CREATED = re.compile(
    rf"^(?:(?:Based on|Adapted from|Inspired by|Like|After|Since|In) [^,;]{{1,80}}, )?(?P<t>(?:{NAME}{POSS} )?{NAME}),? (?:which (?:was|is) |(?:was|is|were|are|has been|had been) )?"
    rf"(?:(?:also|originally|jointly|primarily|entirely|again) )*(?P<verb>{PASSIVE_VERB})(?: and (?P<verb2>{PASSIVE_VERB}))?"
    rf"(?: for (?:television|TV))? by (?:the (?:[a-z\-]+ ){{1,3}}(?=[{N.UP}]))?(?P<who>{NAMES})"
)
# "In FX's Trust (2018), created by Simon Beaufoy, ...", "in Commander in Chief, created by Rod Lurie"
OTHER_TITLE_CREATED = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|are|were|include[sd]?|including|the (?:[a-z\-]+ ){{0,2}}(?:spin-?off|series|sitcom|drama|show|comedy|miniseries|soap)) "
    rf"(?:{NAME}{POSS} )?(?P<t>{FILM_TITLE})(?: \(\d{{4}}\))?, (?:which was |also )?(?P<verb>created|co-created) by (?P<who>{NAMES})"
)
# "The series' score is by X", "the production design was by Y"
CREDIT_IS_BY = re.compile(
    rf"(?:(?P<coref_poss>{COREF_POSS})|(?<![\w'’])[Tt]he |[Ii]ts )(?P<head>(?i:{'|'.join(rx for rx, _ in DESIGN_NOUNS)}|{MUSIC_NOUN}|cinematography|photography))"
    rf" (?:is|was|are|were) (?:also |primarily |entirely )?by (?P<who>{NAMES})"
)
# "Apple TV+ has tapped X as the new showrunner of Y", "Netflix hired X as composer"
APPOINT_ACTIVE = re.compile(
    rf"\b(?:tapped|hired|named|appointed|brought on|brought in|enlisted|recruited|chose|selected|picked|promoted|installed)"
    rf" (?P<who>{NAMES}) as (?:its |the |their |a |an )?(?:new |sole |lead )?"
    rf"(?P<roles>(?i:{ROLE_PLAIN})(?:(?:, | and |, and )(?i:{ROLE_PLAIN}))*)(?P<prep> (?:of|for|on) )?"
)
OBJ_NOUNS = (
    rf"(?:{MUSIC_NOUN}|costumes|sets|title sequence|titles|opening titles|opening credits|production design|"
    rf"scripts?|teleplays?|screenplays?)(?![\w'’])"
)
OBJECT = (
    rf"(?:(?P<obj_coref>{COREF_POSS})(?={OBJ_NOUNS})|(?:the |its )(?={OBJ_NOUNS}))?(?P<noun>{OBJ_NOUNS})?"
    rf"(?P<prep>(?(noun)(?: (?:for|of|to|on) )?|))"
)
ACTIVE_VERB = (
    r"co-created|created|(?:co-)?developed|composed|scored|co-wrote|wrote|(?<=has )(?:co-)?written|(?<=had )(?:co-)?written|"
    r"(?<=have )(?:co-)?written|co-writes|writes|penned|designed|showran|ran|runs|"
    r"executive[- ]produced|executive[- ]produces|executive[- ]produce|shot|photographed|lensed"
)
WRITE_VERBS = {"wrote", "co wrote", "written", "co written", "writes", "co writes", "penned"}
ACTIVE = re.compile(
    rf"(?P<who>{NAMES}),? (?:who )?(?:(?:also|had|has|have|previously|later|then|originally|first|jointly|together|still) )*"
    rf"(?:(?P<verb0>co-created|created|co-wrote|wrote|composed) and (?:(?:also|now|still) )?)?(?P<verb>{ACTIVE_VERB}) {OBJECT}"
)
#: "A and B, who developed X and serve as its showrunners, wrote the premiere"
ACTIVE_APPOSED = re.compile(
    rf"(?:^|(?<=[;:] )|(?<=, and )|(?<= that ))(?:[A-Z][^,;]{{0,40}}, )?(?P<who>{NAMES}), (?:who|whose|the|a|an|one|both|also|then|now|"
    rf"previously|formerly|known|best|himself|herself) [^;]{{1,160}}?, (?:(?:also|then|later|jointly|together|previously) )*"
    rf"(?P<verb>{ACTIVE_VERB}) {OBJECT}"
)
#: ("who had created Z-Cars and written The Italian Job": the auxiliary shared)
CHAIN = re.compile(
    rf",? and (?:also |then |later |previously )?(?P<verb>{ACTIVE_VERB}|(?:co-)?written(?! by)) {OBJECT}"
)
# "The series' title sequence, designed by Elastic, evokes the work that the company did for X"
COMPANY_WORK = re.compile(
    r"(?:the|its) (?:work|titles?|title sequences?|opening) (?:that |which )?(?:the (?:company|studio|firm|agency)|it|they) "
    r"(?:did|had done|has done|created|made|designed|produced) (?:for|on) "
)
# "The pilot, written by A and directed by B", "the first episode was written by A and directed by B"
#: "directed by Dinner's longtime collaborator Nina Lopez-Corrado": the name after the description
_BY_DESC = rf"(?:{NAME}{POSS} (?:[a-z][\w\-]* ){{1,3}}(?=[{N.UP}]))?"
WRITTEN_DIRECTED = re.compile(
    rf"{episodes_re('z')},? (?:which |that )?(?:was |were |is |are |had been |has been )?(?P<v1>written|co-written|directed) by {_BY_DESC}(?P<p1>{NAMES})"
    rf"(?:,? and (?:was |were )?(?P<v2>written|co-written|directed) by {_BY_DESC}(?P<p2>{NAMES}))?"
)
ROLE_VERBS = re.compile(
    r"\b(?:scor\w*|compos\w*|writ\w*|wrote|produc\w*|showrun\w*|design\w*|shoot\w*|shot|join\w*|serv\w*|"
    r"return\w*|work\w*|direct\w*|lens\w*|helm\w*|board|sign\w*|take over|taking over|replac\w*|create\w*)\b"
)


# "with X as showrunner", "with A and B executive producing"
WITH_AS = re.compile(
    rf"\b[Ww]ith (?P<who>{NAMES}) (?:(?:also|again|both) )?(?:(?:serving|acting|attached|returning|set|on board|credited) )?"
    rf"(?:as (?:the |its |an? )?(?P<coref>{COREF_POSS})?(?P<roles>(?i:{ROLE_PLAIN})(?:(?:, | and |, and )(?i:{ROLE_PLAIN}))*)"
    rf"|(?P<ing>executive[- ]producing|showrunning))(?P<prep> (?:of|for|on) )?"
)
# "Created by X, the series follows ...", "Written and created by X, Tidewater is ..."
FRONTED = re.compile(
    rf"^(?:Originally )?(?P<verb>Co-created|Created|Developed|Written|Composed|Scored|Executive[- ]produced|Photographed|Shot)"
    rf"(?: and (?P<verb2>{PASSIVE_VERB}))?(?: for (?:television|TV|{NAME}))? by (?P<who>{NAMES})(?: (?:as|from|for) [^,;]{{1,60}})?"
    # "Created by A, who wrote all eight episodes, and directed by B, Drops of God is ..."
    rf"(?:, who [^;]{{1,100}}?,)?(?:,? and (?:(?:again|also) )?(?:directed|produced|executive[- ]produced|filmed|shot|made)(?: in its entirety| entirely| in full)? by {NAMES}(?: (?:with|and) {NAMES})?)?, "
    rf"(?P<subj>{COREF}|(?:[Tt]he|[Ii]ts) {NAME} {SERIES_NOUN}\b|(?:[Tt]he|[Ii]ts) (?:[\w\-]+ ){{1,3}}?{SERIES_NOUN}\b|it\b|(?:{NAME}{POSS} )?{FILM_TITLE})"
)
# "with music by X", "featuring a score by X", "X's score", "X provides the score"
MUSIC_BY = re.compile(
    rf"\b(?:with|featuring|features|featured|and|boasts|has|had) (?:an? |the )?(?:original |haunting |orchestral |new )?"
    rf"(?:music|score|soundtrack|theme)(?: composed)? by (?P<who>{NAMES})"
    rf"|\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?:[a-z\-]+,? ){{0,3}}(?:score|soundtrack|theme music|music) (?:(?:is|was) )?by (?P<who4>{NAMES})"
    rf"|(?P<who2>{NAME}){POSS} (?:(?:[a-z\-]+|original|haunting) ){{0,2}}(?:score|soundtrack|musical score|theme music)(?P<post> (?:for|in|on) )?"
    rf"|(?P<who3>{NAMES}) (?:also )?(?:provides|provided|is providing|supplies|supplied|returns to compose|returned to compose|returns to score|returned to score|is scoring|scores) "
    rf"(?:the |its |an? )?(?P<coref3>{COREF_POSS})?(?:original |orchestral )?(?:score|music|soundtrack)?(?P<post3> (?:for|of|to|on) )?"
)
LIKE_OTHER = re.compile(
    r"\b(?:like|reminiscent of|evok\w*|recall\w*|echo\w*|compared (?:to|with)|similar to|than|as in|unlike)\s+(?:\w+\s+){0,3}$"
)


#: a verb phrase about writing music: "is composing the score", "returns to score the series",
#: "composed the first season's score with X", "wrote the theme music for Y"
SCORE_VP = re.compile(
    r"(?<![\w\-])(?P<aux>(?:(?:is|are|was|were|will|would|has|have|had|also|again|once again|now|still|later|then|"
    r"previously|both|jointly|together|returns to|return to|returned to|returning to|came back to|come back to|"
    r"comes back to|be|been|back to|each) )*)"
    r"(?P<verb>co-composed|composed|composes|composing|compose|scored|scores|scoring|score|co-wrote|wrote|writes|"
    r"writing|write|written|provided|provides|providing|provide|did|does|handled|handles)"  # "Jesse Novak did the score"
    r"(?: (?P<det>the|its|an?|all of the|all the|their|his|her))?"
    rf"(?: (?P<poss>{COREF_POSS}|(?:the )?(?:{ORD})[- ]season['’]s |(?:the )?(?:pilot|premiere|finale)['’]s ))?"
    r"(?P<adj>(?:(?: |(?<= ))(?!score|music|soundtrack|theme)[a-z][\w\-]*,?){0,3})"
    r"(?: |(?<= ))(?P<noun>score|scores|music|soundtrack|theme music|theme song|theme|main title theme|main theme|opening theme)"
    r"(?![\w'’\-])(?P<prep> (?:for|of|to|on) )?"
    r"|(?<![\w\-])(?P<aux2>(?:(?:is|are|was|were|will|has|have|had|also|again|once again|now|later|then|previously|"
    r"returns to|return to|returned to|returning to|be|back to) )*)(?P<sverb>scored|scores|scoring|score) "
    r"(?=(?:the|its|this|every|each|all|both|[A-Z]))"
)
SCORE_SUBJECT = re.compile(rf"(?P<who>{NAMES})(?:,? who)? $")
SCORE_APPOSED = re.compile(
    rf"(?:^|; |, and |, while |, but |: |, )(?P<who>{NAMES}),(?P<app> [^;]{{1,140}}?),? $"
)
SCORE_WORK_NOUN = re.compile(
    r"(?:the |this )(?:prequel|sequel|spin-?off|reboot|revival|remake|adaptation|new series|new season|"
    r"final season|last season)(?![\w'’\-])"
)


#: "Poehler and the married writing partners " before a list of names: one more subject
CONJOINED_BEFORE = re.compile(
    rf"(?:^|(?<=, )|(?<=; ))(?P<n>{NAME}) and (?:the|her|his|their) (?:[a-z\-]+ ){{1,4}}$"
)


def _conjoined_before(ex: Extractor, s: SentenceView, a: int) -> list[Mention]:
    """The name joined to a subject list by "and the <description>": "Poehler and the married
    writing partners Mike and Julie Scully serve as showrunners"."""
    m = CONJOINED_BEFORE.search(s.text[:a])
    if m is None:
        return []
    who = person_at(s, *m.span("n"), ex)
    return [who] if who is not None else []


def clause_subject(text: str, a: int, b: int) -> tuple[int, int]:
    """The subject part of a name list at text[a:b]: 'Filming took place in New York City, and
    Tyler Bates composed': a list after a lower-case word is an object, and its ', and' starts
    a new clause whose subject is the last item."""
    last = text.rfind(", and ", a, b)
    if last != -1 and re.search(r"[a-z]\s$", text[:a]):
        return last + len(", and "), b
    return a, b


def _score(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """Composers named with a verb phrase about the music: 'X is composing the score', 'A and
    B, of the band Survive, return to compose the score', 'X, who composed the music for Y, is
    returning to score the prequel', 'X composed the first season's score with Y'."""
    text = s.text
    for m in SCORE_VP.finditer(text):
        verb = m.group("verb") or m.group("sverb")
        start = m.start()
        before = text[:start]
        if not before.endswith(" "):
            continue
        # "wrote the theme song" is a composer's credit, "wrote the script" is not
        if (
            m.group("verb")
            and verb.startswith(("writ", "wrote", "provid", "co-wr"))
            and not (m.group("noun") and m.group("noun") != "theme")
        ):
            continue
        c0 = clause_start(text, start)
        if planned(text[c0 : m.end()]) or negated(text[max(c0, start - 40) : m.end()]):
            continue
        # the subject: "X, who ...", "X ...", or the head of an appositive "X, <appositive>, ..."
        who = SCORE_SUBJECT.search(before) or SCORE_APPOSED.search(before)
        if who is None:
            continue
        a, b = clause_subject(text, *who.span("who"))
        if re.search(r"\b(?:with|alongside|by|of|for|to|from|who \w+)\s*$", text[:a]):
            continue  # the object of another phrase
        people = _people(ex, s, a, b)
        if not people:
            continue
        works: list[Work] = []
        end = m.end()
        if m.group("sverb") or m.group("prep"):
            # "scores the prequel", "the music for Game of Thrones"; not "the music for the games"
            works, end = works_at(ex, s, m.end())
            if not works:
                wn = SCORE_WORK_NOUN.match(text, m.end())
                if wn:
                    works, end = _topic_works(ex, s, wn.start()), wn.end()
            if m.group("sverb"):
                works = _strong(works)
            if not works:
                continue
        elif m.group("poss"):
            works, _ = work_at(ex, s, m.start("poss"))
            if not works:
                sm = re.match(rf"(?:the )?(?P<o>{ORD})[- ]season", m.group("poss"))
                t = topic(ex, s, m.start("poss"))
                n = N.number_word(sm.group("o")) if sm else None
                if sm and t is not None and n:
                    works = [Work(scoped("season", t, n, t.start, t.end), t)]
                elif not sm:
                    works = _topic_works(ex, s, m.start("poss"))
        else:
            works = frame_work(ex, s) or _subject_or_topic(ex, s, m.start())
        if not works:
            continue
        co = CO_AGENT.match(text, end)
        if co:
            people += _people(ex, s, *co.span("who"))
        for who in people:
            for w in works:
                yield from role_facts(ex, s, "composer", w, who, "crew-score")


GROUP_PRONOUN = r"(?:[Tt]he (?:pair|trio|two|three|duo|brothers|sisters|couple|siblings)|[Bb]oth|[Aa]ll three|[Tt]hey|[Hh]e|[Ss]he)"
SENTENCE_SUBJECT = re.compile(
    rf"^(?:[A-Z][^,;]{{0,40}}, )?(?:(?:[Ss]eries |[Ss]how )?(?:[Cc]o-)?(?:[Cc]reators?|[Ss]howrunners?|[Ee]xecutive producers?|"
    rf"[Pp]roducers?|[Dd]irectors?|[Ww]riters?) )?(?P<who>{NAMES})"
)
#: a list of co-holders after a verb phrase, past a "through their company X" phrase
CO_HOLDERS = re.compile(
    r"(?: (?:the series|the show|it|them))?(?:,? through [^,;]{1,80}?)?,? (?:with|alongside|together with|as well as|along with)"
    r" (?P<who>[^;:()]+)"
)


def subject_before(ex: Extractor, s: SentenceView, pos: int) -> list[Mention]:
    """The people a verb phrase at s.text[pos:] is said of: the names right before it, the head
    of an appositive or relative clause ("X, who directed the pilot, executive produces"), a
    relative clause's coordinated verb ("X, who directed it and executive produces"), the
    sentence's subject for a coordinated verb (", and also serves as"), or, for a pronoun
    ("He", "the pair", "both"), the subject of this sentence or the previous one."""
    text = s.text
    before = text[:pos]
    keys = doc_info(ex).series_keys

    def persons(ms: list[Mention]) -> list[Mention]:
        return [p for p in ms if N.series_key(p.text) not in keys]

    m = re.search(
        rf"(?:^|; |, and |, while |, but |: |, )(?P<who>{NAMES}), (?:who|whose) [^;]{{1,160}}?, $", before
    )
    if m and not re.search(r"\b(?:with|alongside|by|of|for|to|from)\s*$", text[: m.start("who")]):
        return persons(_people(ex, s, *m.span("who")))
    m = re.search(rf"(?P<who>{NAMES}),? (?:who )?$", before)
    if m:
        a, b = clause_subject(text, *m.span("who"))
        if re.search(
            r"\b(?:with|alongside|by|of|for|to|from|as|than|who \w+|film|series|miniseries|show|novel|book|game)\s*$",
            text[:a],
        ):
            return []
        return persons(_people(ex, s, a, b))
    m = re.search(
        rf"(?:^|; |, and |, while |, but |: |, )(?P<who>{NAMES}),(?P<app> [^;]{{1,160}}?),? $", before
    )
    if m and not re.search(r"\b(?:with|alongside|by|of|for|to|from)\s*$", text[: m.start("who")]):
        return _people(ex, s, *m.span("who"))
    m = re.search(rf"(?P<who>{NAMES}), who [^;]{{1,160}}? and (?:also )?$", before)
    if m:
        return _people(ex, s, *m.span("who"))
    m = re.search(
        rf"(?:^|, and |; | and )(?P<pro>{GROUP_PRONOUN}) (?:(?:also|now|still|will|both|all|again|jointly) )*$",
        before,
    )
    if m:
        if m.start() > 0:
            first = SENTENCE_SUBJECT.match(text)
            return _people(ex, s, *first.span("who")) if first else []
        if s.index == 0:
            return []
        prev = ex.sents[s.index - 1]
        first = SENTENCE_SUBJECT.match(prev.text)
        if not first:
            return []
        return [
            make_mention("person", p.text, s.base, s.base + len(m.group("pro")))
            for p in persons(_people(ex, prev, *first.span("who")))
        ]
    if re.search(r"(?:,? and|, but) (?:(?:also|later|then|now|still) )*$", before):
        first = SENTENCE_SUBJECT.match(text)
        if first and first.end() < pos:
            return _people(ex, s, *first.span("who"))
    return []


EP_VP = re.compile(
    r"(?<![\w\-])(?:(?:also|now|still|will|both|all|jointly|together|again|later|each|continues? to|continued to) )*"
    r"(?P<verb>executive[- ]produc(?:es|ed|e|ing))(?![\w\-])(?! by)"
    r"|(?<![\w\-])(?:(?:also|now|still|will|both|all|again|later) )*(?:serves?|served|serving|continues? to serve|continued to serve|is|was|are|were)"
    r" as (?:an? |the )?(?P<noun>executive producers?)(?![\w\-])"
)
EP_LIST = re.compile(
    rf"(?:[Ii]n addition to (?P<first>{NAMES}), )?(?:[Tt]he (?:series['’]|show['’]s) |[Ii]ts )?[Ee]xecutive producers"
    rf"(?: (?:for|of|on) (?P<work>the season|the series|the show|the first season|the pilot))?"
    rf" (?:included|include|includes|are|were|comprised|comprise) (?P<who>[^;:()]+)"
)


def _executive_producers(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """'He executive produces alongside A and B', 'Zobel, who directed all seven episodes and
    executive produces with A, B and C', 'the pair executive produce through their company X,
    alongside Y', 'and also serves as an executive producer', 'Executive producers included A,
    B and C', 'In addition to X, executive producers included ...'."""
    text = s.text
    for m in EP_VP.finditer(text):
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.end()]) or negated(text[max(c0, m.start() - 30) : m.end()]):
            continue
        people = subject_before(ex, s, m.start())
        if not people:
            continue
        end = m.end()
        works: list[Work] = []
        obj = re.match(r" (?:on |of |for )?", text[end:])
        if obj:
            works, e2 = works_at(ex, s, end + obj.end())
            works = _strong(works)
            if works:
                end = e2
        if not works:
            works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        co = CO_HOLDERS.match(text, end)
        if co:
            people += _list_people(ex, s, *co.span("who"))
            more = re.search(
                r",? (?:and |as well as )?(?:alongside|with) (?P<who>[^;:()]+)$",
                text[co.start("who") : co.end()],
            )
            if more:
                x = co.start("who") + more.start("who")
                people += _list_people(ex, s, x, co.end())
        for who in people:
            for w in works:
                yield from role_facts(ex, s, "executiveProducer", w, who, "crew-executive-produces")
    for m in EP_LIST.finditer(text):
        works = (
            (work_at(ex, s, m.start("work"))[0] if m.group("work") else [])
            or frame_work(ex, s)
            or _topic_works(ex, s, m.start())
        )
        people = _list_people(ex, s, *m.span("who"))
        if m.group("first"):
            people += _people(ex, s, *m.span("first"))
        for who in people:
            for w in works:
                yield from role_facts(ex, s, "executiveProducer", w, who, "crew-executive-producers")


#: a numbered episode list: '3. "The Very Pulse of the Machine" — directed by Emily Dean, written by
#: Philip Gelatt.', '9. "Jibaro" — written and directed by Alberto Mielgo.'
EPISODE_ITEM = re.compile(
    r"^(?:(?P<n>\d{1,2})\.\s+)?[\"“][^\"“”\n]{1,80}[\"”],?\s*(?:[—–:]|--?)\s*(?P<credits>[^\n]*)$", re.M
)
#: a later season, volume or part named anywhere ("Volume 3 of Love, Death + Robots")
LATER_PART = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries|[Vv]olume|[Pp]art|[Cc]hapter) (?:[2-9]|1\d|two|three|four|five|six)\b"
)
ITEM_CREDIT = re.compile(
    rf"(?:^|[,;] (?:and )?)(?P<verb>written and directed|directed and written|directed|written|teleplay|story) by (?P<who>{NAMES})"
)


def _episode_items(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """Numbered episode lists in prose articles (see EPISODE_ITEM); the number is counted from
    the start of the season the article is about, as for table rows."""
    series = topic(ex, s, 0)
    if series is None:
        return
    for m in EPISODE_ITEM.finditer(s.sent.text):
        # (the sentence splitter may leave "3." as a sentence of its own)
        before = re.search(
            r"(?:^|\n)(\d{1,2})\.\s*$", ex.doc.text[max(0, s.base + m.start() - 6) : s.base + m.start()]
        )
        number = m.group("n") or (before.group(1) if before else None)
        if number is None:
            continue
        season = _heading_season(ex, s.base + m.start()) or ex.focus_season()
        if season is None and LATER_PART.search(ex.doc.text):
            continue  # "Volume 3 ... The episodes, in order:": numbered from where, the text does not say
        n: int | None = int(number)
        if season and season > 1:
            first = ex.season_offset(season)
            n = first + n if first is not None else None
        if not n:
            continue
        ep = Mention(f"{series.text} episode {n}", "episode", s.base + m.start(), s.base + m.end(), n, series)
        base = m.start("credits")
        credits = m.group("credits").split(". ")[0]  # (a logline may follow the credits)
        for c in ITEM_CREDIT.finditer(credits):
            if c.group("verb") == "story":
                continue  # "from a story by Neal Asher": a source, not the writer
            for x in re.finditer(NAME, c.group("who")):
                a, b = base + c.start("who") + x.start(), base + c.start("who") + x.end()
                who = person_at(s, a, b, ex)
                if who is None and N.looks_like_person_name(s.sent.text[a:b]):
                    who = make_mention("person", *span(s, a, b))
                if who is None:
                    continue
                if "directed" in c.group("verb"):
                    yield ex.emit(s, who, "directed", ep, "crew-episode-item")
                if "written" in c.group("verb") or c.group("verb") == "teleplay":
                    yield from role_facts(ex, s, "writer", Work(ep, series), who, "crew-episode-item")


#: a press pack's production-credits block, a line per credit: "Writer and Creator: Neil Forsyth",
#: "Directors: Aneil Karia (episodes 1–3), Lewis Arnold (episodes 4–6)", "Executive Producers: A,
#: B, C for the BBC", "Composer: Dan Jones" (the label says the role; "Producer:" is no credit here;
#: "Music: X", "Cinematography by X" are CREDIT_LINE's)
CREDIT_BLOCK_LABELS = [
    (r"(?:Writer|Screenwriter)s? and (?:Creator|Co-creator)s?|(?:Creator|Co-creator)s? and (?:Writer|Screenwriter)s?", ("creator", "writer")),
    (r"Created by|Developed by|(?:Creator|Co-creator)s?", ("creator",)),
    (r"(?:Episodes )?[Ww]ritten by|(?:(?:Head|Lead) [Ww]riter|Writer|Screenwriter)s?|Scripts?|Screenplay", ("writer",)),
    (r"(?:Episodes )?[Dd]irected by|Directors?", ("directed",)),
    (r"Executive [Pp]roducers?", ("executiveProducer",)),
    (r"Showrunners?", ("showrunner",)),
    (r"Composers?|Music by|Theme music composers?|Music", ("composer",)),
    (r"Directors? of [Pp]hotography|Cinematographers?|Cinematography(?: by)?|Photography", ("cinematographer",)),
    (r"Production [Dd]esigners?", ("productionDesigner",)),
    (r"Costume [Dd]esigners?", ("costumeDesigner",)),
]  # fmt: skip
CREDIT_BLOCK_LINE = re.compile(
    rf"(?m)^(?P<label>{'|'.join(f'(?:{rx})' for rx, _ in CREDIT_BLOCK_LABELS)}):[ \t]+(?P<list>[^\n]+?)[ \t]*$"
)
#: the same line without its colon, in a portfolio's entry: "Created by Elsebeth Egholm",
#: "Executive Producers Peter Bose, Jonas Allen", "Director Stian Kristiansen (episodes 1-4)"
CREDIT_BLOCK_LINE_BARE = re.compile(
    rf"(?m)^(?P<label>{'|'.join(f'(?:{rx})' for rx, _ in CREDIT_BLOCK_LABELS)})[ \t]+(?P<list>(?!(?:Editors?|Supervisors?|Consultants?|Coordinators?)\b)[A-Z][^\n:]+?)[ \t]*$"
)
CREDIT_BLOCK_ITEM = re.compile(
    rf"(?P<n>{NAME})(?: \((?:episodes?|eps?\.?) (?P<nums>\d{{1,2}}(?:[–-]\d{{1,2}})?(?:,? (?:and )?\d{{1,2}}(?:[–-]\d{{1,2}})?)*)\)"
    # "Lucy Forbes (all six episodes)"
    rf"| \((?:all|every one of the|each of the) (?P<all>\d{{1,2}}|{CARD}) episodes\))?"
    rf"(?= *(?:,|;|$| and | & | for ))"
)


def _credit_fact(
    ex: Extractor, s: SentenceView, rel: str, work: Work, who: Mention, rule: str
) -> Iterator[Candidate]:
    """A credit on ``work``: "directed" reads person -> work, every other role work -> person."""
    if rel == "directed":
        yield ex.emit(s, who, "directed", work.mention, rule)
    else:
        yield from role_facts(ex, s, rel, work, who, rule)


#: "ran for six episodes, all of them directed by Emma Freeman": each episode's credit
ALL_OF_THEM = re.compile(
    rf"\b(?P<n>{CARD}|\d{{1,2}}) episodes, (?:all|each) (?:of them )?(?P<verb>directed|written|written and directed) by (?P<who>{NAMES})"
)


def _all_of_them(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """Episodes counted, then all credited: those of the season the sentence names ("The first
    season ... ran for six episodes, all of them directed by X"), else of the topic series."""
    for m in ALL_OF_THEM.finditer(s.text):
        n = N.number_word(m.group("n")) or 0
        t = topic(ex, s, m.start())
        if not 0 < n < 40 or t is None or t.kind != "series" or planned(s.text[: m.end()]):
            continue
        own = list(
            re.finditer(rf"\b(?:[Tt]he|[Ii]ts) (?P<ord>{ORD}) (?:season|series)\b", s.text[: m.start()])
        )
        k = N.number_word(own[-1].group("ord")) if own else 1
        offset = (0 if k == 1 else ex.season_offset(k)) if k and k > 0 else None
        if offset is None:
            continue
        rels = [r for w, r in (("written", "writer"), ("directed", "directed")) if w in m.group("verb")]
        for who in _people(ex, s, *m.span("who")):
            for i in range(offset + 1, offset + n + 1):
                ep = scoped("episode", t, i, t.start, t.end)
                for rel in rels:
                    yield from _credit_fact(ex, s, rel, Work(ep, t), who, "crew-all-of-them")


#: a press kit's bio heading: "SUMIT KUMAR (Director of Photography)", "ANURAG SAIKIA (Music)"
BIO_HEADING = re.compile(
    rf"(?P<n>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{1,3}}) \((?P<label>{'|'.join(f'(?:{rx})' for rx, _ in CREDIT_BLOCK_LABELS)})\)"
)


def _bio_heading(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A filmmaker's bio under a heading line with the job in brackets: the topic's crew."""
    m = BIO_HEADING.fullmatch(s.text.strip())
    if m is None or ex.doc.text[s.base - 1 : s.base] not in ("", "\n"):
        return
    works = _topic_works(ex, s, 0)
    name = m.group("n")
    if not works or (name.isupper() and not N.looks_like_person_name(name.title())):
        return
    a = s.base + len(s.text) - len(s.text.lstrip())
    if name.isupper():  # (a name in capitals, which the tagger does not read)
        who: Mention | None = make_mention("person", N.clean(name).title(), a, a + len(name))
    else:
        who = person_at(s, m.start("n"), m.end("n"), ex)
    if who is None:
        return
    for rel in next(r for rx, r in CREDIT_BLOCK_LABELS if re.fullmatch(rx, m.group("label"))):
        yield from _credit_fact(ex, s, rel, works[0], who, "crew-bio-heading")


def _pipe_credits(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A guide entry's credit line under its coded heading: "Written by A | Directed by B"."""
    for label, a, b, episode in ex.pipe_fields(s):
        rel = PIPE_CREDITS.get(label)
        if rel is None:
            continue
        for x, y in names_in(s, a, b):
            who = person_at(s, x, y, ex)
            if who is None:
                continue
            if rel == "directed":
                yield ex.emit(s, who, "directed", episode, "crew-pipe-credit")
            else:
                yield from role_facts(ex, s, rel, Work(episode, episode.parent), who, "crew-pipe-credit")


def _credit_block(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    # (only in a page of entries under headings, a portfolio's: elsewhere such a line is a
    # credits block's, read by the rules for it)
    bare = [
        m
        for m in (CREDIT_BLOCK_LINE_BARE.finditer(s.text) if ex.has_sections() or ex.credit_roll() else ())
        # (a line that is the label and names only: not "Director Jane Doe said ...")
        if not re.sub(r"[,;&\s]|\band\b", "", CREDIT_BLOCK_ITEM.sub("", m.group("list")))
    ]
    for m in [*CREDIT_BLOCK_LINE.finditer(s.text), *bare]:
        if s.base + m.start() > 0 and ex.doc.text[s.base + m.start() - 1] != "\n":
            continue
        yield from _credit_block_line(ex, s, m)


def _credit_block_line(ex: Extractor, s: SentenceView, m: re.Match[str]) -> Iterator[Candidate]:
    rels = next(r for rx, r in CREDIT_BLOCK_LABELS if re.fullmatch(rx, m.group("label")))
    works = _topic_works(ex, s, 0)
    if not works:
        return
    n = focus_episode(ex)
    if (
        n is not None
        and (
            m.group("label") in ("Directed by", "Written by")
            # an episode's closing credits: its crew's cards (the creators' and the executive
            # producers' are the series')
            or (ex.credit_roll() and not {"creator", "executiveProducer", "showrunner"} & set(rels))
        )
        and works[0].mention.kind == "series"
    ):
        # a fan wiki's episode page: its infobox's "Directed by:" / "Written by:" lines credit
        # the episode
        t = works[0].mention
        works = [Work(scoped("episode", t, n, t.start, t.end), t)]
    block = ex.block_episode(s.base + m.start()) if works[0].mention.kind == "series" else None
    if block is not None:
        # '7 (1) "The Spring Term"' over "Directed by: Rojda Sekersöz": that episode's credits
        works = [Work(block, works[0].mention)]
    series = works[0].series or works[0].mention
    # under a season's heading ("Series 2 (1996)" over "Episodes: 8" ... "Director: Mark Mylod"):
    # that season's credits, its episodes counted on from the seasons before
    season = ex.season_section(s.base + m.start()) if works[0].mention.kind == "series" else None
    first = ex.season_offset(season) if season else None
    length = ex.season_length(season) if season else None
    if season:
        works = [Work(scoped("season", series, season, series.start, series.end), series)]
    items = m.group("list")
    cut = re.search(r" for (?:the )?[A-Z][\w+&. ]*$", items)  # "... Rebecca Ferguson for the BBC"
    items = items[: cut.start()] if cut else items
    # "Director: Lee Robinson (episode 1); Max Varnel (episodes 2-8); Eric Fullilove": the names
    # without episodes directed others, unnamed
    mixed = len({bool(it.group("nums")) for it in CREDIT_BLOCK_ITEM.finditer(items)}) == 2
    for it in CREDIT_BLOCK_ITEM.finditer(items):
        if mixed and not it.group("nums") and set(rels) & {"directed", "writer"}:
            continue
        a = m.start("list") + it.start("n")
        who = person_at(s, a, a + len(it.group("n")), ex)
        if who is None:
            continue
        numbers = _season_numbers(None, None, it.group("nums"))  # (any list of numbers: "1–3", "2 and 5")
        if it.group("all"):
            k = N.number_word(it.group("all")) or 0
            numbers = list(range(1, k + 1)) if 0 < k < 40 else []
        if season:
            if first is None or not (numbers or length):
                numbers = []  # (an episode of a season whose place in the series is unknown)
            elif numbers:
                numbers = [first + k for k in numbers]
            elif rels == ("directed",):  # a season's director: each of its episodes
                numbers = [first + k for k in range(1, (length or 0) + 1)]
        for rel in rels:
            if season and rel == "directed" and not numbers:
                continue  # (a season's director: its episodes, when they are known)
            if numbers and series.kind == "series" and rel in ("directed", "writer", "cinematographer"):
                for n in numbers:
                    ep = scoped("episode", series, n, who.start, who.end)
                    if rel == "directed":
                        yield ex.emit(s, who, "directed", ep, "crew-credit-block")
                    else:
                        yield from role_facts(ex, s, rel, Work(ep, series), who, "crew-credit-block")
            elif rel == "directed":
                target = works[0].mention if works[0].mention.kind == "episode" else series
                yield ex.emit(s, who, "directed", target, "crew-credit-block")
            else:
                for w in works:
                    yield from role_facts(ex, s, rel, w, who, "crew-credit-block")


#: a numbered episode with its credits and air date in participles: 'The 35th and final episode,
#: "Duncan's Day Off", directed by Coyle and written by Julie Scully, aired on August 7, 2022'
NUMBERED_EPISODE = re.compile(
    rf"^(?:The|Its|The show['’]s|The series['’]) (?P<ord>{N.ORDINAL_RE}) (?P<final>and (?:final|last) )?episode"
    rf"(?P<overall>(?: of the (?:series|show))? overall)?,(?: [\"“][^\"“”]{{1,80}}[\"”],)?"
)
NUMBERED_CREDIT = re.compile(
    rf"(?: |, |,? and )(?:was )?(?P<verb>directed|written|co-written|written and directed) by (?P<who>{NAMES})"
)
NUMBERED_AIRED = re.compile(
    r",?(?: and)? (?:first |originally )?(?:aired|premiered|was broadcast|debuted|was released) on "
)


def _numbered_episode(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    m = NUMBERED_EPISODE.match(s.text)
    t = topic(ex, s, 0) if m else None
    if m is None or t is None or planned(s.text):
        return
    n = N.number_word(m.group("ord"))
    # (an episode numbered within a season the text does not name is not the series' Nth)
    if not n or n < 1 or not (m.group("final") or m.group("overall") or not ex.multi_season()):
        return
    ep = scoped("episode", t, n, s.base + m.start("ord"), s.base + m.end())
    at = m.end()
    while c := NUMBERED_CREDIT.match(s.text, at):
        for who in _people(ex, s, *c.span("who")):
            if "directed" in c.group("verb"):
                yield ex.emit(s, who, "directed", ep, "crew-numbered-episode")
            if "written" in c.group("verb"):
                yield from role_facts(ex, s, "writer", Work(ep, t), who, "crew-numbered-episode")
        at = c.end()
    aired = NUMBERED_AIRED.match(s.text, at)
    if aired:
        date = date_literal(s.text[aired.end() :], s, aired.end())
        if date is not None and date.start == s.base + aired.end():
            yield ex.emit(s, ep, "premiereDate", date, "crew-numbered-episode")


#: a director's films in an obituary or a profile: 'His first film, "The Christian Licorice Store"
#: (1971), starred ...', 'He followed it with "Kid Blue" (1973), ... and "The Big Bus" (1976)',
#: 'Henson picked him to direct "The Muppet Movie" (1979)'
DIRECTOR_FILM = re.compile(
    r"^(?:(?P<poss>His|Her|Their) (?:first|second|third|next|last|final|debut|breakthrough)(?: feature)? (?:film|feature|movie),"
    r"|(?P<pro>He|She|They) followed (?:it|that|this) with"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? (?:picked|chose|hired|asked) (?P<obj>him|her|them) to direct) [\"“](?P<t>[A-Z][^\"“”]{1,60}?),?[\"”] \((?:19|20)\d\d\)"
)
#: a second title in the same sentence: '..., and "The Big Bus" (1976)'
AND_FILM = re.compile(r",? and [\"“](?P<t>[A-Z][^\"“”]{1,60}?),?[\"”] \((?:19|20)\d\d\)")
#: the first lines that say the person is a director
_IS_DIRECTOR = re.compile(r"\b(?:a|the) (?:[\w\-]+ ){0,3}(?:director|filmmaker)\b")


def _director_films(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    m = DIRECTOR_FILM.match(s.text)
    if m is None or ex.lead_person() is None or not _IS_DIRECTOR.search(ex.doc.text[:800]):
        return
    who = ex.pronoun_person(s)
    if who is None or N.fold(who.text) != ex.lead_person():
        return
    titles = [m.span("t")]
    if m.group("pro"):
        more = AND_FILM.search(s.text, m.end())
        if more and not re.search(r"[;.]", s.text[m.end() : more.start()]):
            titles.append(more.span("t"))
    for a, b in titles:
        film = make_mention("film", s.text[a:b], s.base + a, s.base + b)
        yield ex.emit(s, who, "directed", film, "director-film")


def rules(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    yield from _credit_block(ex, s)
    yield from _bio_heading(ex, s)
    yield from _all_of_them(ex, s)
    yield from _pipe_credits(ex, s)
    yield from _director_films(ex, s)
    yield from _numbered_episode(ex, s)
    yield from _episode_rows(ex, s)
    yield from _episode_items(ex, s)
    yield from _episode_article(ex, s)
    yield from _which_created(ex, s)
    yield from _title_which_created(ex, s)
    if skip_sentence(ex, s):
        return
    yield from _with_as(ex, s)
    yield from _fronted(ex, s)
    yield from _music_by(ex, s)
    yield from _possessive_photography(ex, s)
    yield from _score(ex, s)
    yield from _executive_producers(ex, s)
    yield from _prenominal(ex, s)
    yield from _appositive(ex, s)
    yield from _copular(ex, s)
    yield from _role_is(ex, s)
    yield from _left(ex, s)
    yield from _passive(ex, s)
    yield from _season_written(ex, s)
    yield from _title_created_by(ex, s)
    yield from _shares_showrunning(ex, s)
    yield from _appoint(ex, s)
    yield from _credit_line(ex, s)
    yield from _lone_credit(ex, s)
    yield from _active(ex, s)
    yield from _episode_credits(ex, s)


#: "from the third season to the end", "from the fourth season onward"
SEASON_ONWARD = re.compile(
    rf" (?:from|beginning with|starting with) (?:the|its) (?P<ord>{N.ORDINAL_RE}) (?:season|series)"
    r"(?: (?:to|until|through) the (?:end|finale|final season|last season)| onwards?)\b"
)
SEASON_COUNT = re.compile(
    rf"\b(?:ran|running|run|aired|lasted|lasting) (?:for )?(?P<n>{N.CARDINAL_RE}|\d{{1,2}}) (?:seasons|series)\b"
    rf"|\bfor (?P<n2>{N.CARDINAL_RE}|\d{{1,2}}) (?:seasons|series) and \d+ episodes\b"
)


def season_count(ex: Extractor) -> int | None:
    """How many seasons the series ran, where the text says so ("ran for six seasons", "for five
    seasons and 117 episodes", "its seventh and final season")."""

    def make() -> int | None:
        found = {N.number_word(m.group("n") or m.group("n2")) for m in SEASON_COUNT.finditer(ex.doc.text)}
        found = {n for n in found if n and 0 < n < 40}
        if len(found) == 1:
            return found.pop()
        return ex.final_season()

    return ex.memo("crew.season_count", make)


#: "The first season was written by A, B and C", "series 2 was written by A and B", "The first
#: series was adapted from McDermid's novels by X": the season's writers
SEASON_WRITTEN = re.compile(
    # ("All nine episodes of the first series were adapted from Dahl's stories by A and B")
    rf"(?:^|(?<=, and )|(?<=; )|(?<=, ))(?:(?:[Aa]ll|[Ee]ach of) (?:(?:the|its|{N.CARDINAL_RE}) )?episodes of )?"
    rf"(?P<subj>(?:[Tt]he|[Ii]ts|the) (?:{N.ORDINAL_RE}) (?:season|series)|[Ss](?:eason|eries) \d{{1,2}})"
    rf" (?:was|were) (?:(?:also|primarily|entirely|largely|mostly|jointly) )?"
    rf"(?:written|co-written|scripted|penned|adapted(?: (?:for television )?from [^,;]{{1,60}}?)?) by (?P<who>{NAMES})"
)


def _season_written(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in SEASON_WRITTEN.finditer(s.text):
        if planned(s.text[: m.start("who")]) or negated(s.text[m.start() : m.start("who")]):
            continue
        works, _ = work_at(ex, s, m.start("subj"))
        works = [w for w in works if w.mention.kind == "season"]
        yield from _credit(ex, s, ["writer"], works, *m.span("who"), "crew-season-written")


#: "Hulu's Only Murders in the Building, created by Steve Martin and John Hoffman, follows ..."
TITLE_CREATED_BY = re.compile(
    rf"(?:[\"“](?P<qt>{QUOTED_TITLE}(?:/{QUOTED_TITLE})?),?[\"”](?: (?:was|is))?|(?P<title>{N.TITLE}))(?: \(\d{{4}}(?:[–-]\d{{2,4}})?\))?,? (?:which (?:was|is) )?"
    # '"Fosse/Verdon," an eight-episode limited series created by A and B'
    # (or "Freaks and Geeks, the NBC comedy-drama created by Paul Feig")
    rf"(?:(?<=[,\"”] )(?:an?|the) (?:[\w\-]+ ){{0,4}}?(?:series|miniseries|drama|comedy|comedy-drama|sitcom|show|thriller|anthology) )?(?P<verb>created|co-created|developed)"
    # '"Bodyguard," created and written by Jed Mercurio', '"The Americans," created by the former
    # CIA officer Joe Weisberg'
    rf"(?: and (?P<verb2>written|co-written))?"
    rf"(?: for (?:television|TV|the screen|{NAME}))? by (?:the (?:(?:[a-z\-]+|[A-Z]{{2,5}}) ){{1,5}}(?={NAME}))?(?P<who>{NAMES})"
)


#: '"When They See Us," Ava DuVernay's four-part drama about ...', "We Are Lady Parts, Nida
#: Manzoor's Channel 4 sitcom": a title and its maker's possessive
TITLE_POSS_GENRE = re.compile(
    rf"(?:[\"“](?P<qt>{QUOTED_TITLE}(?:/{QUOTED_TITLE})?),?[\"”],?|(?:^|(?<=[,;] ))(?P<title>{N.TITLE}),) (?P<who>{NAME}){POSS} "
    rf"(?:[\w\-+]+ ){{0,3}}?(?:series|miniseries|drama|comedy|sitcom|show|thriller|anthology|satire|comedy-drama)\b"
)


def _title_created_by(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in TITLE_POSS_GENRE.finditer(s.text):
        if is_network(m.group("who")) or not (
            N.looks_like_person_name(m.group("who")) or s.ner_label(*span(s, *m.span("who"))[1:]) == "PERSON"
        ):
            continue  # "HBO's six-part drama"
        g = "qt" if m.group("qt") else "title"
        series = series_named(ex, s, *m.span(g), strong=g == "qt")
        if series is not None and not series.weak:
            yield from _credit(
                ex, s, ["creator"], [Work(series, series)], *m.span("who"), "crew-title-possessive"
            )
    for m in TITLE_CREATED_BY.finditer(s.text):
        if planned(s.text[clause_start(s.text, m.start()) : m.start("verb")]):
            continue
        # a title in double quotes is a work as the papers print one: '"Cheers," created by ...'
        g = "qt" if m.group("qt") else "title"
        series = series_named(ex, s, *m.span(g), strong=g == "qt")
        if series is None or series.weak:
            continue
        a, b = m.span("who")
        rels = ["creator", "writer"] if m.group("verb2") else ["creator"]
        yield from _credit(ex, s, rels, [Work(series, series)], a, b, "crew-title-created-by")


#: "Storer, who shares showrunning duties with Joanna Calo, ...": both run the work in view
#: ("Weisberg ran the series with Joel Fields" is an active credit, see `_active`)
SHARES_SHOWRUNNING = re.compile(
    rf"(?:^|(?<=[,;] )|(?<=\band ))(?P<who>{NAMES}),? (?:who )?(?:(?:also|jointly|now) )?"
    rf"(?:shares|shared|share) (?:the )?showrunning(?: duties| responsibilities)? with (?P<co>{NAMES})"
)


def _shares_showrunning(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in SHARES_SHOWRUNNING.finditer(s.text):
        if planned(s.text[clause_start(s.text, m.start()) : m.end()]):
            continue
        works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        for g in ("who", "co"):
            yield from _credit(ex, s, ["showrunner"], works, *m.span(g), "crew-shares-showrunning")


def _with_as(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in WITH_AS.finditer(text):
        rels = roles_in(m.group("roles")) if m.group("roles") else []
        if m.group("ing"):
            rels = ["showrunner" if "show" in m.group("ing") else "executiveProducer"]
        c0 = clause_start(text, m.start())
        if not rels or planned(text[c0 : m.start()]) or negated(text[m.start() : m.end()]):
            continue
        works, _ = works_at(ex, s, m.end()) if m.group("prep") else ([], m.end())
        if not works:
            works = frame_work(ex, s) or _subject_or_topic(ex, s, m.start())
        for who in _people(ex, s, *m.span("who")):
            for w in works:
                for rel in rels:
                    yield from role_facts(ex, s, rel, w, who, "crew-with-as")


def _subject_or_topic(ex: Extractor, s: SentenceView, pos: int) -> list[Work]:
    """The work a sentence's main clause is about: a known series that starts the sentence, or the topic."""
    m = re.match(
        rf"^(?:[^,]{{0,40}}, )?(?P<t>(?:{NAME}{POSS} )?{NAME}) (?:is|was|will|has|had|premiered|debuted|stars|follows)\b",
        s.text,
    )
    if m:
        key = N.series_key(m.group("t"))
        if key in doc_info(ex).series_keys and key != topic_key(ex):
            series = series_named(ex, s, *m.span("t"))
            if series is not None:
                return [Work(series, series)]
    return _topic_works(ex, s, pos)


def _fronted(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    m = FRONTED.match(s.text)
    if not m:
        return
    rels = _passive_rels("series", [v.lower() for v in (m.group("verb"), m.group("verb2")) if v])
    subj = m.group("subj")
    if (
        re.match(COREF, subj)
        or re.fullmatch(rf"(?:[Tt]he|[Ii]ts) (?:{NAME}|(?:[\w\-]+ ){{0,2}}[\w\-]+) {SERIES_NOUN}", subj)
        or subj.lower() == "it"
    ):
        works = _topic_works(ex, s, m.start("subj"))
    else:
        series = series_named(ex, s, *m.span("subj"), strong=N.series_key(subj) == topic_key(ex))
        works = [Work(series, series)] if series is not None and not series.weak else []
    if "creator" in rels and COMICS.search(
        s.text[: m.end("subj")] + re.sub(r"\bbased on\b.*", "", s.text[m.end("subj") :])
    ):
        rels.remove("creator")  # (but "Created by A, X is based on the manga Y": A created the series)
    # ("Written by Davies, John Fay and James Moran, it starred ...": no credited name is the work)
    works = [w for w in works if w.mention.text not in re.findall(NAME, m.group("who"))]
    if works and rels:
        yield from _credit(ex, s, rels, works, *m.span("who"), "crew-fronted")


def _music_by(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in MUSIC_BY.finditer(text):
        g = next(x for x in ("who", "who2", "who3", "who4") if m.group(x))
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.end()]) or negated(text[c0 : m.end()]) or LIKE_OTHER.search(text[: m.start()]):
            continue
        if g == "who3" and not (
            m.group("coref3") or m.group("post3") or re.search(r"score|music|soundtrack", m.group())
        ):
            continue
        works: list[Work] = []
        post = m.group("post") if g == "who2" else m.group("post3") if g == "who3" else None
        if post:
            works, _ = works_at(ex, s, m.end())
            works = _strong(works)
            if not works:
                continue  # "X's score for a video game"
        if not works:
            works = frame_work(ex, s) or _subject_or_topic(ex, s, m.start())
        if g == "who2":
            # "Paesano's score": a person's, not a company's or a work's
            a, b = m.span(g)
            label = s.ner_label(s.base + a, s.base + b)
            name = m.group(g)
            person_like = label == "PERSON" or (
                label in (None, "ORG") and " " in name and not is_org_name(name) and not is_network(name)
            )
            if not person_like or N.series_key(m.group(g)) in doc_info(ex).series_keys:
                continue
        for who in _people(ex, s, *m.span(g)):
            for w in works:
                yield from role_facts(ex, s, "composer", w, who, "crew-music-by")


#: "Mark Wareham's photography makes the most of the red dirt": a person's camera work
POSS_PHOTOGRAPHY = re.compile(
    rf"(?P<who>{NAME}){POSS} (?:(?:[a-z\-]+|widescreen|handheld) ){{0,2}}(?:cinematography|photography|camerawork)\b(?! (?:for|in|on) )"
)


def _possessive_photography(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in POSS_PHOTOGRAPHY.finditer(text):
        c0 = clause_start(text, m.start())
        name = m.group("who")
        if (
            planned(text[c0 : m.end()])
            or LIKE_OTHER.search(text[: m.start()])
            or " " not in name
            or is_org_name(name)
            or is_network(name)
            or N.series_key(name) in doc_info(ex).series_keys
            or s.ner_label(s.base + m.start("who"), s.base + m.end("who")) not in (None, "PERSON")
        ):
            continue
        works = frame_work(ex, s) or _subject_or_topic(ex, s, m.start())
        for who in _people(ex, s, *m.span("who")):
            for w in works:
                yield from role_facts(ex, s, "cinematographer", w, who, "crew-possessive-photography")


def _strong(works: list[Work]) -> list[Work]:
    """Works without the weak series (a capitalised phrase not known or cued as a series)."""
    return [w for w in works if not (w.mention.kind == "series" and w.mention.weak)]


def _people(ex: Extractor, s: SentenceView, a: int, b: int) -> list[Mention]:
    out = []
    spans = names_in(s, a, b)
    for x, y in spans:
        p = person_at(s, x, y, ex)
        if p is not None:
            out.append(p)
    if len(spans) == 2 and len(out) == 2 and s.text[spans[0][1] : spans[1][0]] == " and ":
        shared = _shared_surname(ex, out[0].text, out[1].text)
        if shared is not None:
            out[0] = make_mention("person", shared, out[0].start, out[0].end)
    return out


def _shared_surname(ex: Extractor, first: str, other: str) -> str | None:
    """ "created by Richard and Esther Shapiro": the full name of a first name that shares the
    surname of the name after it; None for a surname alone ("Murai and Patrick Somerville", where
    the document gives Murai a first name elsewhere; "Reiser and Danny Jacobson", where it uses
    "Reiser" alone again)."""
    parts = other.split()  # ("Sherwood and Lloyd J. Schwartz": the last part is the surname)
    if " " in first or len(parts) < 2:
        return None
    if re.search(rf"(?<![\w.]){re.escape(first)} {re.escape(parts[-1])}\b", ex.doc.text):
        return f"{first} {parts[-1]}"  # "Mike and Julie Scully" after "Mike Scully": that full name
    if doc_info(ex).full_names.get(N.fold(first)):
        return None
    text = ex.doc.text
    if re.search(rf"[{N.UP}][\w.’'\-]* {re.escape(first)}\b", text):
        return None
    if len(re.findall(rf"\b{re.escape(first)}\b", text)) != 1:
        return None
    full = f"{first} {parts[-1]}"
    return full if N.looks_like_person_name(full) else None


def _topic_works(ex: Extractor, s: SentenceView, at: int) -> list[Work]:
    """The work a credit with no object is about: the topic series, or, in an article about
    one season, that season when the sentence is about it ("The season was produced by ...,
    with X serving as showrunner"), or, in an article about one episode, that episode ("It was
    written by ...", "The episode was directed by ...")."""
    if doc_info(ex).season_article and SEASON_SUBJECT.match(s.text):
        return _focus_works(ex, s, at)
    t = topic(ex, s, at)
    n = focus_episode(ex)
    if t is not None and n is not None and EPISODE_SUBJECT.match(s.text):
        return [Work(scoped("episode", t, n, t.start, t.end), t)]
    ep = ex.episode_antecedent(s) if t is not None and N.series_key(t.text) == topic_key(ex) else None
    if ep is not None:  # "The first episode ... was broadcast on ... It was written by X"
        return [Work(ep, t)]
    return [Work(t, t)] if t else []


#: the lead of an article about one episode: '"The 12 Days of Christine" is the fourth episode of
#: the second series of the British anthology series Inside No. 9', "X is the pilot of ..."
EPISODE_LEAD = re.compile(
    rf"^[^\n]{{1,100}}?(?: (?:is|was)|[\"”]?,[\"”]?) the (?:(?P<ord>{N.ORDINAL_RE}) episode|(?P<pilot>pilot|series premiere|premiere episode))"
    # ("the tenth episode of the fifth season and the 77th episode of Lucifer overall")
    rf"(?: of (?:the )?(?P<sord>{N.ORDINAL_RE}) (?:season|series)(?: and the (?P<abs0>{N.ORDINAL_RE}) episode)?)?"
    rf" of (?:the )?(?:(?:[\w\-]+ ){{0,8}}?(?:series|sitcom|show|drama|programme|program|miniseries|anthology) )?"
    # "of The CW's Riverdale and the fourteenth episode of the series overall"
    rf"(?:(?:The )?{N.TITLE}['’]s )?(?P<series>{N.TITLE}(?:: {N.TITLE}| (?:and|&) {N.TITLE}(?=, the| \())?)"
    rf"(?: and the (?P<abs>{N.ORDINAL_RE}) (?:episode )?(?:of the (?:series|show) )?overall)?"
)
#: a recap's or a review's headline naming the season and the episode
EPISODE_HEADLINE = re.compile(
    rf"['‘\"“]?(?P<series>{N.TITLE}(?:: {N.TITLE})?)['’\"”]?(?: [Rr]ecap:| [Rr]eview:)?,? (?:[Ss]eason|[Ss]eries) (?P<s>\d+|{N.CARDINAL_RE}),? "
    rf"(?:[Ee]pisode|[Ee]p\.?) (?P<e>\d+|{N.CARDINAL_RE})\b[^\n]*\n"
)
#: a series' season and episode named in a note: "Republic of Doyle, season 1, episode 1"
EPISODE_OF_SERIES = re.compile(
    rf"(?<![\w'’])(?P<series>{N.TITLE}), (?:[Ss]eason|[Ss]eries) (?P<s>\d{{1,2}}), [Ee]pisode (?P<e>\d{{1,3}})\b"
)
#: an episode's code on a header line of its own: "[REWATCH] S01E01 "Gay" – Discussion Thread",
#: 'Series 1, Episode 1 – "Gay"'
EPISODE_CODE_LINE = re.compile(
    r"(?m)^(?:\[[^\]\n]{1,20}\] )?(?:(?:Season|Series) (?P<s>\d{1,2}),? (?:Episode|Ep\.?) (?P<e>\d{1,3})"
    r"|S(?P<s2>\d{1,2})E(?P<e2>\d{1,3}))\b[^\n]{0,100}$"
)
#: a sentence about the article's episode: "It was written by ...", "The episode was directed by ..."
EPISODE_SUBJECT = re.compile(
    r"(?:It|The episode|This episode)(?:,| was| is| first| originally)\b"
    r"|(?:Directed|Written|Written and directed) by [^;]{1,120}, (?:it|the episode) (?:is|was)\b"
)


#: "It was written by A and B, who created the series, and directed by C, and it first aired on
#: BBC Two on 16 April 2015": the second credit and the air date of an episode article's lead
EPISODE_DIRECTED = re.compile(rf"(?:^|,? and )(?:was |is )?directed by (?P<who>{NAME})")
EPISODE_AIRED = re.compile(
    r"\b(?:it|It|[Tt]he episode) (?:was )?(?:first |originally )?(?:aired|premiered|broadcast)\b"
)


#: the air date after an episode's lead: "..., which was released on Netflix on May 28, 2021"
EPISODE_LEAD_AIRED = re.compile(
    r"(?: overall)?, which (?:was )?(?:first |originally )?(?:aired|premiered|broadcast|released|debuted)\b"
)


#: a fan wiki episode page's infobox line: "Air date: October 11, 2017"
INFOBOX_AIR_DATE = re.compile(r"(?:Original )?(?:[Aa]ir|[Rr]elease|[Bb]roadcast|[Pp]remiere) [Dd]ate:[ \t]+")


def _episode_article(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    n = focus_episode(ex)
    t = topic(ex, s, 0)
    line = INFOBOX_AIR_DATE.match(s.text)
    if n is not None and t is not None and line and ex.doc.text[s.base - 1 : s.base] in ("", "\n"):
        date = date_literal(s.text[line.end() :], s, line.end())
        if date is not None:
            yield ex.emit(
                s, scoped("episode", t, n, t.start, t.end), "premiereDate", date, "crew-episode-article"
            )
    lead = EPISODE_LEAD.match(s.text) if n is not None and t is not None else None
    aired = lead and EPISODE_LEAD_AIRED.match(s.text, lead.end())
    if lead and aired and N.series_key(lead.group("series")) == N.series_key(t.text):  # type: ignore[union-attr]
        # '"X," the 77th episode of Lucifer overall, which was released on Netflix on May 28, 2021'
        date = date_literal(s.text[aired.end() :], s, aired.end())
        if date is not None:
            yield ex.emit(
                s, scoped("episode", t, n, t.start, t.end), "premiereDate", date, "crew-episode-article"
            )  # type: ignore[arg-type, union-attr]
    if n is None or t is None or not EPISODE_SUBJECT.match(s.text) or planned(s.text):
        return
    ep = scoped("episode", t, n, t.start, t.end)
    text = s.text
    d = EPISODE_DIRECTED.search(text) or re.match(rf"Directed by (?P<who>{NAME})", text)
    if d and (d.start() > 0 or text.startswith("Directed")):  # ("It was directed by" is the passive rule's)
        who = person_at(s, *d.span("who"), ex)
        if who is not None:
            yield ex.emit(s, who, "directed", ep, "crew-episode-article")
    # "Directed by A and written by B, it is ...": the fronted credits of the episode; "The episode
    # was written by the show's creator, Daisy Coulam, ..."
    w = re.match(
        rf"Directed by {NAME}(?:,? and {NAME})? and (?:co-)?written by (?P<who>{NAMES}), ", text
    ) or re.match(
        rf"(?:The|This) episode (?:was|is) (?:co-)?written by (?:(?:the (?:show|series)['’]s?|its) (?:[a-z\-]+ ){{0,2}}?"
        rf"(?:creator|co-creator|showrunner|head writer),? )?(?P<who>{NAMES})",
        text,
    )
    if w:
        for who in _people(ex, s, *w.span("who")):
            yield from role_facts(ex, s, "writer", Work(ep, t), who, "crew-episode-article")
    aired = EPISODE_AIRED.search(text)
    if aired:
        date = date_literal(text[aired.end() :], s, aired.end())
        if date is not None:
            yield ex.emit(s, ep, "premiereDate", date, "crew-episode-article")


#: "The series, which Ritchie created, follows ...": the topic's creator in a relative clause
WHICH_CREATED = re.compile(
    rf"^(?:[Tt]he|[Tt]his) (?:series|show|drama|comedy|sitcom|miniseries), (?:which|that) (?P<who>{NAMES}) "
    rf"(?:co-created|created|developed)(?: with (?P<co>{NAMES}))?,"
)


#: a work and who created it, in a profile: "Popular, a high school satire he created with Gina
#: Matthews", "Feud, which Murphy created with Jaffe Cohen", "Nip/Tuck, which he created", "Pose,
#: created with Falchuk and Steven Canals" (with the profiled person); an executive producer the
#: same way: "Entourage, which Mark Wahlberg executive produces"
TITLE_WHICH_CREATED = re.compile(
    rf"(?P<q>[\"“])?(?P<t>{NAME}/{NAME}|{FILM_TITLE})(?: \(\d{{4}}\))?,(?(q)[\"”]) (?:(?:which|that) |(?:a|an|the) (?:[\w\-’'+]+ ){{0,6}}?"
    rf"(?:{SERIES_NOUN}|satire|spin-?off|franchise) (?:that |which )?)(?:(?P<pro>he|she)|(?P<who>{NAMES})) "
    rf"(?:(?:also|later|first|then|had|has|would) )*(?:co-created|created|devised|(?P<ep>executive[- ]produce[sd]?))(?: with (?P<co>{NAMES}))?(?![\w\-])"
    # '"Fantasmas," the HBO series he created, wrote and stars in': the writer too
    rf"(?P<wrote>(?:,| and|, and) (?:also )?wrote\b)?"
    rf"|(?P<t2>{NAME}/{NAME}|{FILM_TITLE})(?: \(\d{{4}}\))?, (?:co-)?created with (?P<co2>{NAMES})"
)


def _title_which_created(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in TITLE_WHICH_CREATED.finditer(s.text):
        g = "t" if m.group("t") else "t2"
        if planned(s.text[: m.start("t" if g == "t" else "co2")]) or negated(s.text[m.start() : m.end()]):
            continue
        a, b = m.span(g)
        if m.group("ep") and N.fold(m.group(g)) in ex.out.person_names:
            continue  # "created by Evan Romansky, which he executive produced": the clause is the work's
        owned = re.match(rf"{NAME}{POSS} ", s.text[a:b])
        if owned and re.search(rf"{N.WORD} $", s.text[:a]):
            a += owned.end()  # "Doug Ellin's Entourage, which ...": the title after its owner
        series = series_named(ex, s, a, b, strong=True)
        if series is None or COMICS.search(s.text[m.end() : m.end() + 40]):
            continue
        people: list[Mention] = []
        if m.group("who"):
            people += _people(ex, s, *m.span("who"))
        else:  # "he created", "created with X": the person the sentence or the profile is about
            lead = ex.pronoun_person(s, m.start(), nearest=True) if m.group("pro") else None
            name = lead.text if lead else ex.main_person()
            if name is None:
                continue
            people.append(lead or make_mention("person", name, s.base + m.start(), s.base + m.start()))
        for co in ("co", "co2"):
            if m.group(co):
                a, b = m.span(co)
                gap = re.search(rf", and (?P<n>{NAME})$", s.text[a:b])
                if gap and re.match(r" (?:for|as|on|in) ", s.text[b:]):
                    b = a + gap.start()  # "with A, and Ansari for Dev Shah on ...": a gapped clause
                people += _people(ex, s, a, b)
        role = (
            "executiveProducer" if m.group("ep") else "creator"
        )  # "Entourage, which Mark Wahlberg executive produces"
        for who in people:
            yield from role_facts(ex, s, role, Work(series, series), who, "crew-title-which-created")
            if m.group("wrote"):
                yield from role_facts(ex, s, "writer", Work(series, series), who, "crew-title-which-created")


def _which_created(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    m = WHICH_CREATED.match(s.text)
    if not m:
        return
    works = _topic_works(ex, s, 0)
    people = [p for g in ("who", "co") if m.group(g) for p in _people(ex, s, *m.span(g))]
    for w in works:
        for who in people:
            yield from role_facts(ex, s, "creator", w, who, "crew-which-created")


def focus_episode(ex: Extractor) -> int | None:
    """The series-wide number of the episode an article is about, from its lead sentence; None
    for other articles, or when an earlier season's length is not stated."""

    def make() -> int | None:
        t = ex.out.topic
        # the lead's first sentences, or the first paragraph under a fan wiki's infobox lines
        opening = [
            s for i, s in enumerate(ex.sents[:24]) if i < 3 or ex.doc.text[s.base - 2 : s.base] == "\n\n"
        ]
        # a recap's headline: "Grantchester series 5, episode 3 recap: the fight game"
        head = EPISODE_HEADLINE.match(ex.doc.text)
        if head and t is not None and N.series_key(head.group("series")) == N.series_key(t.text):
            season, n = N.number_word(head.group("s")), N.number_word(head.group("e"))
            if season and n and season > 0 and n > 0:
                offset = 0 if season == 1 else ex.season_offset(season)
                return None if offset is None else offset + n
        # a transcript's note: "from the closing credits of Republic of Doyle, season 1, episode 1"
        noted = EPISODE_OF_SERIES.search(ex.doc.text, 0, 600)
        if noted and t is not None and N.series_key(noted.group("series")) == N.series_key(t.text):
            season, n = int(noted.group("s")), int(noted.group("e"))
            if season > 0 and n > 0:
                offset = 0 if season == 1 else ex.season_offset(season)
                return None if offset is None else offset + n
        # a discussion thread's or an episode guide's header line: "[REWATCH] S01E01 "Gay" –
        # Discussion Thread", "Series 1, Episode 1 – "Gay""
        code = EPISODE_CODE_LINE.search(ex.doc.text, 0, 600)
        if code and t is not None and t.kind == "series":
            season = int(code.group("s") or code.group("s2"))
            n = int(code.group("e") or code.group("e2"))
            if season > 0 and n > 0:
                offset = 0 if season == 1 else ex.season_offset(season)
                return None if offset is None else offset + n
        for s in opening[:6]:  # (under a feature's headline, standfirst and byline)
            m = EPISODE_LEAD.match(s.text)
            if not m or t is None or N.series_key(m.group("series")) != N.series_key(t.text):
                continue
            n = 1 if m.group("pilot") else N.number_word(m.group("ord"))
            whole = next((N.number_word(m.group(g)) for g in ("abs", "abs0") if m.group(g)), None)
            if whole and whole > 0:
                return whole
            if not n or n < 1:
                return None
            season = N.number_word(m.group("sord")) if m.group("sord") else None
            if season and season > 1:
                offset = ex.season_offset(season)
                return None if offset is None else offset + n
            return n
        return None

    return ex.memo("crew.focus_episode", make)


SEASON_SUBJECT = re.compile(
    r"(?:[^,;]{0,40}, )?(?:[Tt]he|[Tt]his) season\b(?!['’]s (?:first|second|last|final))"
)


def _focus_works(ex: Extractor, s: SentenceView, at: int) -> list[Work]:
    """'the season': the season the document is about, as a work."""
    n = ex.focus_season()
    t = topic(ex, s, at)
    if not n or t is None:
        return []
    return [Work(scoped("season", t, n, t.start, t.end), t)]


FRAME = re.compile(
    rf"^(?:For|On|In|While making|While filming|During (?:production|filming|pre-production) (?:on|of)) (?P<t>(?:{NAME}{POSS} )?{NAME}), "
)


def frame_work(ex: Extractor, s: SentenceView) -> list[Work]:
    """'For The Long Night, the showrunners ...': the work a sentence is framed by."""
    m = FRAME.match(s.text)
    if not m:
        return []
    a, b = m.span("t")
    if s.ner_label(s.base + a, s.base + b) in ("PERSON", "ORG", "GPE", "DATE", "NORP", "LOC"):
        return []
    if is_org_name(m.group("t")) or re.fullmatch(rf"(?:{MONTHS})(?: \d+)?", m.group("t")):
        return []
    series = series_named(ex, s, a, b, strong=True)
    return [Work(series, series)] if series else []


def _predicate_planned(text: str, end: int) -> bool:
    """Is the predicate right after a name a plan or a negation about the role itself
    ("composer X is set to score the series", "X did not return")?"""
    tail = text[end : end + 160]
    # skip an appositive: "Composer X, a frequent collaborator, is rumored to ..."
    tail = re.sub(r"^,\s*(?:a|an|the|who|whose|which|one|his|her|their|also)\b[^,;]*,", "", tail)
    tail = re.split(r"[,;:.]| that | who | which ", tail[:80])[0]
    return bool((planned(tail) or negated(tail)) and ROLE_VERBS.search(tail))


def _prenominal(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in PRENOMINAL.finditer(text):
        rel = role_of(m)
        if rel is None:
            continue
        a, b = m.span("who")
        lead = text[: m.start("adj")]
        if m.group("comma") and not (
            re.search(r"(?:\b[Tt]he|\b[Ii]ts|['’]s?) $", text[: m.start(f"r_{rel}")])
            and re.match(rf",? (?:{NAMES})(?:,|$| and| said| says| told| who)", text[m.end(f"r_{rel}") :])
        ):
            continue  # "the showrunners, A and B" / "The composer, X, said" but not "X, composer, ..."
        # "music of composer Johannes Brahms": a composer whose works are used, not the score's
        if re.search(
            r"(?:music|works?|pieces?|compositions?|symphony|symphonies) (?:of|by) (?:the )?$", lead
        ):
            continue
        if re.search(r"(?:[Cc]omics?|[Cc]omic[- ]book|character['’]s|characters['’]|the character) $", lead):
            continue
        if _predicate_planned(text, b):
            continue
        works: list[Work] = []
        if m.group("coref") and re.match(r"(?i)the (?:show|series|drama|sitcom|comedy)", m.group("coref")):
            t = topic(ex, s, m.start())  # "the show's creator" in a sentence about an episode: the series'
            works = [Work(t, t)] if t else []
        elif m.group("coref"):
            works = _topic_works(ex, s, m.start())
        elif m.group("wname"):
            wa, wb = m.span("wname")
            wtext = N.clean(m.group("wname"))
            if (
                re.search(r"-(?:winning|nominated|based|born)$", wtext)
                or wtext.lower() in N.LEADING_NOISE
                or s.ner_label(s.base + wa, s.base + wb) in ("NORP", "DATE")
            ):
                pass  # an adjective or a sentence-initial word, not a work
            elif is_network(wtext) or is_org_name(wtext, s, s.base + wa, s.base + wb):
                continue  # "Netflix executive X": an employer, not a work
            else:
                series = series_named(ex, s, wa, wb)
                if series is None or series.weak:
                    continue  # an unknown name before the title: do not guess
                works = [Work(series, series)]
        if not works:
            # a work after the name: "his ... collaborator Jim McMillan onto the miniseries"
            after = re.match(r",? (?:on|onto|for|to|in) ", text[b:])
            if after:
                w, _ = works_at(ex, s, b + after.end())
                works = [x for x in w if x.mention.kind != "series" or not x.mention.weak]
        if not works:
            if rel not in BARE_TOPIC and not (rel == "writer" and "head" in m.group(0).lower()):
                continue
            if rel == "creator" and COMICS.search(text):
                continue
            works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        people = _people(ex, s, a, b)
        if len(people) > 1 and not m.group(f"r_{rel}").lower().endswith("s"):
            people = people[:1]  # a singular title names one person: "composer X and Y said ..."
        rels = [*roles_in(m.group("more")), rel] if m.group("more") else [rel]
        for who in people:
            for w in works:
                for r in rels:
                    if r != "creator" or not COMICS.search(text):
                        yield from role_facts(ex, s, r, w, who, "crew-title")


def _pair_or_all(people: list[Mention], works: list[Work], respectively: bool) -> list[tuple[Mention, Work]]:
    if respectively and len(people) == len(works):
        return list(zip(people, works, strict=True))
    if len(people) == 1 or len(works) == 1:
        return [(p, w) for p in people for w in works]
    return []


def _appositive(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in APPOSITIVE.finditer(text):
        rels = roles_in(m.group("roles"))
        if not rels:
            continue
        det = m.group("det") or ""
        works: list[Work] = []
        end = m.end()
        if m.group("prep"):
            works, end = works_at(ex, s, m.end())
        elif "its" in det or m.group("coref"):
            works = _topic_works(ex, s, m.start())
        elif (
            det.strip() == "the"
            and re.match(r" ?[,—–)]", text[m.end() :])
            and (
                set(rels) <= {"showrunner", "creator"}
                # "Andrew Wehde, the cinematographer, keeps the camera ...": in an article about one
                # series (not a profile, where "the composer" is a profession)
                or (set(rels) <= BARE_TOPIC and ex.doc_topic is not None and ex.lead_person() is None)
            )
        ):
            works = _topic_works(ex, s, m.start())  # "Gaiman – still the showrunner – has ...": the topic's
        if not works:
            continue
        respectively = re.match(r",? respectively", text[end:]) is not None
        people = _people(ex, s, *m.span("who"))
        if len(people) > 1 and re.match(r"an?\b", det.strip()):
            people = people[-1:]  # "Lorre and Steven Molaro, an executive producer of X": Molaro's
        for who, w in _pair_or_all(people, works, respectively):
            for rel in rels:
                yield from role_facts(ex, s, rel, w, who, "crew-appositive")


#: the role before the person: "the director of photography is Tom Magill", "Our director of
#: photography, Stephen Reizes, shot ...", "Music is by Bear McCreary"
ROLE_IS = re.compile(
    rf"(?:^|(?<=, and )|(?<=; ))(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]he (?:series|show)['’]s?) (?P<roles>(?i:{ROLE_PLAIN}))"
    rf"(?: (?:is|was|will be) (?P<who>{NAME}(?: and {NAME})?)(?=[,.;]|$| and\b)|, (?P<who2>{NAME}),)"
    rf"|(?P<music>(?:[Tt]he )?(?:[Mm]usic|[Ss]core|[Oo]riginal music)) (?:is|was) (?:composed )?by (?P<who3>{NAME}(?: and {NAME})?)(?=[,.;]|$| and\b))"
)


def _role_is(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in ROLE_IS.finditer(s.text):
        rels = ["composer"] if m.group("music") else roles_in(m.group("roles"))
        g = next(x for x in ("who", "who2", "who3") if m.group(x))
        if not rels or planned(s.text[: m.start(g)]) or negated(s.text[m.start() : m.start(g)]):
            continue
        works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        yield from _credit(ex, s, rels, works, *m.span(g), "crew-role-is")


def _copular(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in COPULAR.finditer(text):
        rels = roles_in(m.group("roles"))
        if not rels:
            continue
        a, b = clause_subject(text, *m.span("who"))
        app = m.group("app") or ""
        if re.match(rf",? (?:the|an?) (?:[\w+\-]+ ){{0,4}}?{WORK_NOUN}\b(?!['’])", app):
            # "North of North, the CBC comedy from co-creators A and B, who also serve as
            # co-showrunners": the work's makers the appositive names, not the work
            makers = re.search(
                rf"\b(?:from|by|created by|developed by) (?:(?:co-)?creators? |writers? )?(?P<n>{NAMES}),$",
                app,
            )
            if makers is None:
                continue
            a, b = m.start("app") + makers.start("n"), m.start("app") + makers.end("n")
        c0 = clause_start(text, a)
        pred = text[c0 : m.start("roles")]
        # "will remain an executive producer" says that X is one
        if negated(text[b : m.start("roles")]) or planned(
            re.sub(r"\bwill (?=remain|continue|stay)", "", pred)
        ):
            continue
        if re.search(r"\b(?:asked|wanted|hoped|offered|approached|considered|invited|rumou?red)\b", pred):
            continue
        works: list[Work] = []
        end = m.end()
        if (m.group("verb") or "").startswith(("took over", "take", "taking")) and not m.group("prep"):
            on = SEASON_ONWARD.match(text, m.end())
            last = season_count(ex)
            first = N.number_word(on.group("ord")) if on else None
            t = topic(ex, s, m.start()) if on else None
            if on and t is not None and last and first and 1 < first <= last and rels == ["showrunner"]:
                # "took over as showrunner from the third season to the end": seasons three to the last
                for who in _people(ex, s, a, b):
                    for n in range(first, last + 1):
                        season = scoped("season", t, n, s.base + on.start(), s.base + on.end())
                        yield from role_facts(ex, s, "showrunner", Work(season, t), who, "crew-serves")
            continue  # "took over as showrunner" (from whom, after which season?) names no span
        if m.group("prep"):
            works, end = works_at(ex, s, m.end())
            if (
                works
                and rels == ["showrunner"]
                and all(w.mention.kind == "episode" and w.mention.number for w in works)
                and not re.search(r"\bepisodes?\b", text[m.end() : end])
            ):
                # "took over as showrunner for the sixth and seventh" (seasons): a showrunner runs seasons
                works = [
                    Work(
                        scoped("season", w.series, w.mention.number, w.mention.start, w.mention.end),
                        w.series,
                    )  # type: ignore[arg-type]
                    for w in works
                ]
            if not works and RUN_SPAN.match(text, m.end()):
                works = _topic_works(ex, s, m.start())  # "its showrunner for most of its run"
            if not works:
                continue  # "composer for a video game", "showrunner of an unnamed project"
        if not works:
            det = (m.group("det") or "").lower()
            definite = "the" in det or "its" in det or bool(m.group("coref"))
            # "X is an executive producer": only a work has executive producers and showrunners
            work_only = rels[0] in ("executiveProducer", "showrunner") and det.strip() in ("", "a", "an")
            if m.group("cop") and not definite and not work_only:
                continue  # "X is a composer": a profession, not a role on the topic
            works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        people = _conjoined_before(ex, s, a) + _people(ex, s, a, b)
        extra = ALONG_WITH.match(text, end)
        # "executive produced by A and B, who also serve as showrunners, along with C and D": the
        # list goes with the outer credit, not with the who-clause
        inner = (
            extra is not None
            and extra.group().startswith(",")
            and re.search(
                r", who (?:also |now |still |both |jointly )*[a-z]+(?: as)? (?:the )?$",
                text[: m.start("roles")],
            )
            and re.search(r"\bproduced by\b", text[: m.start()])
        )
        others = _list_people(ex, s, *extra.span("list")) if extra and not inner else []
        for who in people + others:
            for w in works:
                # "X serves as showrunner and executive producer alongside Y": Y only shares the last role
                for rel in rels if who in people else rels[-1:]:
                    yield from role_facts(ex, s, rel, w, who, "crew-serves")
        second = AND_AS_ROLE.match(text, end) if not extra and not m.group("prep") else None
        if second:
            rels2 = roles_in(second.group("roles"))
            co = [p for g in ("co", "co2") if second.group(g) for p in _people(ex, s, *second.span(g))]
            for who in people + co:
                for w in works:
                    for rel in rels2:
                        yield from role_facts(ex, s, rel, w, who, "crew-serves")
        yield from _chain(ex, s, end, (a, b))
        # ", after previously composing for the first two seasons of Daredevil"
        so = AFTER_SO.match(text, end) or AFTER_SO.search(text, end, min(len(text), end + 40))
        if so:
            what = so.group("what")
            more_rels = [GERUND_ROLE[what]] if what in GERUND_ROLE else rels
            if not set(more_rels) <= set(rels):
                continue
            more, _ = works_at(ex, s, so.end())
            for who in _people(ex, s, a, b):
                for w in more:
                    for rel in more_rels:
                        yield from role_facts(ex, s, rel, w, who, "crew-serves-before")


def _list_people(ex: Extractor, s: SentenceView, a: int, b: int) -> list[Mention]:
    """People of a list whose items may carry a title: 'A, B, and Marvel Television head C'.
    The list ends at the first item that does not end with a name."""
    out = []
    pos = a
    for item in re.split(r", and |, | and ", s.text[a:b]):
        off = s.text.find(item, pos)
        if off < 0 or not item.strip():
            break
        names = list(re.finditer(NAME, item))
        if not names or names[-1].end() != len(item.rstrip(" .")):
            break
        last = names[-1]
        p = person_at(s, off + last.start(), off + last.end(), ex)
        if p is not None:
            out.append(p)
        pos = off + len(item)
    return out


def _left(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """'X left the series as co-showrunner': X held the role, until the sentence's date."""
    text = s.text
    for m in LEFT.finditer(text):
        rels = roles_in(m.group("role"))
        if not rels:
            continue
        a, b = m.span("who")
        if negated(text[b : m.start("role")]) or planned(text[clause_start(text, a) : m.start("role")]):
            continue
        works: list[Work] = []
        if m.group("wname"):
            series = series_named(ex, s, *m.span("wname"))
            works = [Work(series, series)] if series else []
        elif m.group("rest"):
            works, _ = works_at(ex, s, m.end())
        if not works:
            works = _topic_works(ex, s, m.start())
        role_name = ROLE_WORDS[rels[0]][1]
        if m.group("co") and not role_name.startswith("co"):
            role_name = "co-" + role_name
        date = date_literal(text[: m.start()], s) or date_literal(text[m.end() :], s, m.end())
        until = (date, text[date.start - s.base : date.end - s.base]) if date else None
        for who in _people(ex, s, a, b):
            for w in works:
                if until is not None:
                    yield from role_facts(ex, s, rels[0], w, who, "crew-left", role_name, until)
                    continue
                # no date: the binary fact, and a node saying the role ended
                yield ex.emit(s, w.mention, rels[0], who, "crew-left")
                props: list[tuple[str, Mention]] = [
                    (ROLE_NAME, literal(role_name, who.start, who.end)),
                    (ROLE_HOLDER, who),
                ]
                label = f"{full_name(ex, who.text)} as {role_name} (left)"
                yield ex.emit(
                    s,
                    w.series or w.mention,
                    "crewRole",
                    node(ROLE, who.start, who.end, props, label),
                    "crew-left",
                )


COMICS = re.compile(
    r"\b(?:comics?|comic[- ]books?|graphic novels?|novels?|books?|manga|the characters? (?:of|was|were|is)|"
    r"created the characters?)\b",
    re.I,
)


def _passive_rels(head: str, verbs: list[str]) -> list[str]:
    """The relations of a passive credit: 'title sequence ... designed by' -> titleDesigner,
    'score ... composed by' -> composer, 'series ... written and created by' -> writer, creator."""
    hl = head.lower()
    design = next((r for rx, r in DESIGN_NOUNS if re.fullmatch(rx, hl)), None)
    if design is not None:
        return [design] if verbs[0] == "designed" else []
    if re.fullmatch(MUSIC_HEAD, hl) or hl in ("cinematography", "photography"):
        if hl in ("cinematography", "photography"):
            return ["cinematographer"]
        return ["composer"] if verbs[0] in ("composed", "scored", "written", "created") else []
    out = []
    for v in verbs:
        rel = CREDIT_VERB.get(v) or CREDIT_VERB.get(v.replace("-", " "))
        if rel and rel not in out:
            out.append(rel)
    return out


def _passive(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in PASSIVE.finditer(text):
        head = m.group("head")
        hl = head.lower()
        rels = _passive_rels(head, [v for v in (m.group("verb"), m.group("verb3"), m.group("verb2")) if v])
        if not rels:
            continue
        a, b = m.span("who")
        if planned(text[clause_start(text, m.start()) : m.start("verb")]) or negated(
            text[m.start() : m.start("verb")]
        ):
            continue
        noun_head = re.fullmatch(rf"(?:{MUSIC_HEAD})", hl) or any(
            re.fullmatch(rx, hl) for rx, _ in DESIGN_NOUNS
        )
        works: list[Work] = []
        if m.group("wposs") and not is_network(m.group("wposs")):
            series = series_named(ex, s, *m.span("wposs"))
            works = [Work(series, series)] if series and not series.weak else []
        elif m.group("coref_poss"):
            works = _topic_works(ex, s, m.start())
        elif hl == "pilot":
            t = topic(ex, s, m.start())
            works = [Work(scoped("episode", t, 1, s.base + m.start(), s.base + m.end()), t)] if t else []
        elif noun_head:
            # "The title sequence was designed by", "All music composed by" (a credit line)
            # (or a clause of its own: "It is set in New York, and the score was composed by X")
            if re.search(
                r"(?:^|, and |; )(?:[Tt]he |[Ii]ts |All |all )?(?:[a-z][\w\-]* ){0,2}$",
                text[: m.start("head")],
            ):
                works = _topic_works(ex, s, m.start())
        elif hl == "it" and re.search(r"; $", text[: m.start("head")]) and (ep := EPISODES_RX.match(text)):
            # "The series finale, the 122nd episode, aired on 13 May 2013; it was written by X": the episode
            works = _episodes(ex, s, ep, "w") if ep.group().strip() else []
        else:
            works = _subject_work(ex, s, m.start("head"))
        if not works:
            continue
        yield from _credit(ex, s, rels, works, a, b, "crew-by")
        yield from _credit_along(ex, s, rels, works, b)
        # "... evokes the work that the company did for the series True Detective"
        if rels == ["titleDesigner"]:
            agents = _agents(s, a, b)
            cw = COMPANY_WORK.search(text, m.end())
            if cw and agents and agents[-1].kind == "organization":
                more, _ = works_at(ex, s, cw.end())
                for w in more:
                    if w.mention.kind != "series" or not w.mention.weak:
                        yield from role_facts(ex, s, "titleDesigner", w, agents[-1], "crew-company-work")
    m = TITLE_CREATED.match(text)
    if m and not planned(text[: m.start("who")]):
        rels = _passive_rels("series", [v for v in (m.group("verb"), m.group("verb2")) if v])
        key = N.series_key(m.group("t"))
        adapted = re.match(r"(?:Based on|Adapted from|Inspired by) ", text) is not None
        # (with no topic, as in an awards roundup, a title's own "X, created by Y" stands)
        other = key != topic_key(ex) and (topic_key(ex) is not None or COMICS.search(text) is not None)
        if "creator" in rels and (other or (COMICS.search(text) and not adapted)):
            rels.remove("creator")  # "Daredevil was created by Stan Lee": the comics
        strong = key == topic_key(ex) or (topic_key(ex) is None and "creator" in rels)
        series = series_named(ex, s, *m.span("t"), strong=strong)
        if series is not None and not series.weak and rels:
            yield from _credit(ex, s, rels, [Work(series, series)], *m.span("who"), "crew-by")
            yield from _credit_along(ex, s, rels, [Work(series, series)], m.end("who"))
    for m in OTHER_TITLE_CREATED.finditer(text):
        if re.search(r"[A-Z][\w\-]* $", text[: m.start()]):
            continue  # "Commander in Chief, created by": the title starts before "in"
        if planned(text[: m.start("who")]) or COMICS.search(text[m.end("who") : m.end("who") + 40]):
            continue
        series = series_named(ex, s, *m.span("t"), strong=True)
        if series is not None:
            yield from _credit(
                ex, s, ["creator"], [Work(series, series)], *m.span("who"), "crew-title-created"
            )
    for m in CREDIT_IS_BY.finditer(text):
        rels = _passive_rels(
            m.group("head"), ["designed" if "design" in m.group("head").lower() else "composed"]
        )
        hl = m.group("head").lower()
        if any(re.fullmatch(rx, hl) for rx, _ in DESIGN_NOUNS):
            rels = [next(r for rx, r in DESIGN_NOUNS if re.fullmatch(rx, hl))]
        if not rels or negated(text[clause_start(text, m.start()) : m.start("who")]):
            continue
        before = text[: m.start()]
        if not (m.group("coref_poss") or re.search(r"(?:^|, and |; |, )$", before)):
            continue
        yield from _credit(
            ex, s, rels, frame_work(ex, s) or _topic_works(ex, s, m.start()), *m.span("who"), "crew-is-by"
        )


def _credit_along(
    ex: Extractor, s: SentenceView, rels: list[str], works: list[Work], b: int
) -> Iterator[Candidate]:
    """The people a passive credit adds after its list: "executive produced by Bill Lawrence
    through his Doozer Productions banner, alongside A and B"."""
    along = PASSIVE_ALONG.match(s.text, b)
    if along and rels in (["executiveProducer"], ["creator"], ["writer"]):
        for who in _list_people(ex, s, *along.span("list")):
            for w in works:
                yield from role_facts(ex, s, rels[0], w, who, "crew-by")


def _credit(
    ex: Extractor, s: SentenceView, rels: list[str], works: list[Work], a: int, b: int, rule: str
) -> Iterator[Candidate]:
    agents = _agents(s, a, b) if rels == ["titleDesigner"] else _people(ex, s, a, b)
    for who in agents:
        for w in works:
            for rel in rels:
                yield from role_facts(ex, s, rel, w, who, rule)


def _appoint(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """'Apple TV+ has tapped Rina Cho as the new showrunner of Silver Arrow'."""
    text = s.text
    for m in APPOINT_ACTIVE.finditer(text):
        rels = roles_in(m.group("roles"))
        c0 = clause_start(text, m.start())
        if not rels or planned(text[c0 : m.start()]) or negated(text[c0 : m.start()]):
            continue
        if m.group("prep"):
            works, _ = works_at(ex, s, m.end())
        else:
            works = frame_work(ex, s) or _topic_works(ex, s, m.start())
        for who in _people(ex, s, *m.span("who")):
            for w in works:
                for rel in rels:
                    yield from role_facts(ex, s, rel, w, who, "crew-appointed")


#: a byline-like credit line near a page's top: "Written by Sumeet Vyas and Kartik Rao; directed by
#: Neeraj Udhwani" (a recap's), "Written by David Nobbs, from his own novel." (a programme page's)
LONE_CREDIT = re.compile(
    rf"(?:(?:Written|Scripted) by (?P<w>{NAMES})(?:, (?:from|based on|adapted from) [^;]{{1,80}}?)?(?:; | and |, |\.?$))?"
    rf"(?:(?<=^)|(?<=; )|(?<=, )|(?<= and ))?(?:(?:[Dd]irected) by (?P<d>{NAMES})\.?)?"
)


def _lone_credit(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A credit line of its own among a page's first lines (see LONE_CREDIT): the episode the page
    is about, else (for the writer only) its series."""
    doc = ex.doc.text
    m = LONE_CREDIT.fullmatch(s.text.strip())
    line_end = doc.find("\n", s.sent.end)
    rest = doc[s.sent.end : len(doc) if line_end < 0 else line_end].strip()
    if (
        m is None
        or not (m.group("w") or m.group("d"))
        or s.index > 8
        or (s.base > 0 and doc[s.base - 1] != "\n")
        or (rest and not CREDIT_LINE.match(rest))  # (the line's other credit: "Theme music by ...")
        or ex.credit_roll()
    ):
        return
    t, n = topic(ex, s, 0), focus_episode(ex)
    if t is None or t.kind != "series":
        return
    work = Work(scoped("episode", t, n, t.start, t.end), t) if n is not None else Work(t, t)
    for g, rel in (("w", "writer"), ("d", "directed")):
        if not m.group(g) or (rel == "directed" and n is None):
            continue
        for who in _people(ex, s, *m.span(g)):
            yield from _credit_fact(ex, s, rel, work, who, "crew-lone-credit")


def _credit_line(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    m = CREDIT_LINE.match(s.text)
    if not m or (ex.credit_roll() and CREDIT_BLOCK_LINE_BARE.fullmatch(s.text)):
        return  # (a credits roll's card: read as a credit block's line)
    rel = next(
        r
        for g, r in (
            ("music", "composer"),
            ("cine", "cinematographer"),
            ("costume", "costumeDesigner"),
            ("pd", "productionDesigner"),
            ("title", "titleDesigner"),
        )
        if m.group(g)
    )
    agents = _agents(s, *m.span("who")) if rel == "titleDesigner" else _people(ex, s, *m.span("who"))
    for who in agents:
        for w in _topic_works(ex, s, 0):
            yield from role_facts(ex, s, rel, w, who, "crew-credit-line")


def _agents(s: SentenceView, a: int, b: int) -> list[Mention]:
    """Designers that may be companies ('designed by Elastic', 'designed by Imaginary Forces')."""
    out = []
    for x, y in names_in(s, a, b):
        text, start, end = span(s, x, y)
        is_person = s.ner_label(start, end) == "PERSON" and " " in text.strip() and not is_org_name(text)
        if is_person:
            p = person_at(s, x, y)
            if p:
                out.append(p)
        else:
            out.append(make_mention("organization", text, start, end))
    return out


def _subject_work(ex: Extractor, s: SentenceView, head: int) -> list[Work]:
    """The work a passive credit on 'series'/'it' is about.

    'TITLE is an American television miniseries created by ...' -> TITLE; 'The series was
    created by ...', 'It was created by ...' -> the topic; 'starred in a series created by'
    -> nothing (some other series).
    """
    text = s.text
    before = text[:head]
    if (
        re.fullmatch(r"(?:(?:[Tt]he |[Tt]his )(?:[A-Za-z\-]+ ){0,4})?", before)
        or re.search(r"(?:, and |; |, )(?:the |this )?$", before)
        # "Since it premiered in August 2014, the animated series created by ..."
        or re.fullmatch(
            r"(?:Since|When|After|Before|Although|While|As|In|On|For|With|Despite|Over)\b[^,;]*, (?:the|this) (?:[a-z\-]+ ){0,2}",
            before,
        )
    ):
        if re.search(r"(?:, and |; |, )$", before) and text[head] not in "Ii":
            return []
        return _topic_works(ex, s, head)
    m = re.match(
        rf"^(?P<t>(?:{NAME}{POSS} )?{N.TITLE}(?:: {N.TITLE}| and {N.TITLE})?),?(?: \([^)]*\))?(?:,? (?:or simply|or just|also known as|known as|or) [^,]{{1,60}},)? (?:is|was) (?:an?|the) (?:[\w\-’']+ ){{0,8}}?$",
        before,
    )
    if m:
        series = series_named(ex, s, *m.span("t"), strong=True)
        return [Work(series, series)] if series else []
    # "Crash Landing on You (Korean: ...) is a South Korean ... series written by": the topic's lead
    m = re.match(rf"{lead_head('t')}(?:[\w\-]+ ){{0,8}}?$", before)
    if m and N.series_key(m.group("t")) == topic_key(ex):
        return _topic_works(ex, s, 0)
    # "Stranger Things, the supernatural drama created by", "X, the live-action Star Wars series created by"
    m = re.search(
        rf"(?P<q>[\"“])?(?P<t>(?:{NAME}{POSS} )?{FILM_TITLE})(?(q)(?:,[\"”]|[\"”],)|,) (?:the|an?|{NAME}{POSS}) (?:[\w\-’']+ ){{0,8}}$"
        rf"|(?P<t2>{FILM_TITLE}), $",
        before,
    )
    if m and m.group("t2"):  # "Last Resort, created by A and B": a title the text calls a series
        series = series_named(ex, s, *m.span("t2"))
        known = series is not None and N.series_key(series.text) in doc_info(ex).series_keys
        return [Work(series, series)] if known and series is not None else []
    if m:
        # "Criminal Justice, a British serial created by": the apposition's noun is the cue
        cued = re.match(rf"(?i:{SERIES_NOUN})\b", text[head:]) is not None
        strong = cued or N.series_key(m.group("t")) == topic_key(ex)
        series = series_named(ex, s, *m.span("t"), strong=strong)
        return [Work(series, series)] if series is not None and not series.weak else []
    return []


CO_AGENT = re.compile(
    rf" (?:with|alongside|together with) (?:(?:his|her|their) (?:[a-z\-]+ )?[a-z\-]+, )?(?P<who>{NAMES})(?![\w'’])"
)
VP_AND = re.compile(
    rf"^(?:[^,;]{{0,40}}, )?(?P<who>{N.NAMEX}),? (?!and )[^;]{{3,160}}? and (?:also |then |later )?(?=(?:{ACTIVE_VERB}) )"
)


PRONOUN_ACTIVE = re.compile(
    rf"^(?:(?:He|She|They) (?:(?:also|now|later|then|still|will) )*)(?P<who>)(?P<verb>{ACTIVE_VERB}) {OBJECT}"
)


#: a sentence opened by two people: "Brand and Falsey had previously created ..."
PAIR_SUBJECT = re.compile(
    rf"(?P<a>{NAME}) and (?P<b>{NAME})(?:, [^,;]{{1,80}},)? (?:[a-z]+ ){{0,2}}[a-z]+ed\b"
)


def previous_subject(ex: Extractor, s: SentenceView) -> list[Mention]:
    """The people a sentence-initial "He"/"She"/"They" stands for: the first person named in
    the previous sentence ("Series creator Noah Hawley, who ..., returns as showrunner. He ..."),
    or, for "They", the two people who open it ("Brand and Falsey had created St. Elsewhere.
    They wrote the pilot"); never a work ("the NBC drama St. Elsewhere")."""
    if s.index == 0:
        return []
    prev = ex.sents[s.index - 1]
    if s.text.startswith("They "):
        pair = PAIR_SUBJECT.match(prev.text)
        if pair is None:
            return []
        people = [person_at(prev, *pair.span(g), ex) for g in ("a", "b")]
        return [
            make_mention("person", p.text, s.base, s.base + 4)
            for p in people
            if p is not None and (" " in p.text or prev.ner_label(p.start, p.end) == "PERSON")
        ]
    for x, y in names_in(prev, 0, len(prev.text)):
        if re.search(rf"\b{SERIES_NOUN} $|\b(?:film|movie) $", prev.text[:x]):
            continue  # "the NBC hospital drama St. Elsewhere": a work
        text, start, end = span(prev, x, y)
        if prev.ner_label(start, end) == "PERSON" or N.looks_like_person_name(text):
            p = person_at(prev, x, y, ex)
            if p is not None:
                return [make_mention("person", p.text, s.base, s.base + 2)]
    return []


def _active(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in ACTIVE.finditer(text):
        a, b = m.span("who")
        if text[a:b].lower() in PRONOUNS:
            continue
        last = text.rfind(", and ", a, b)
        if last != -1:
            a = last + len(", and ")  # "(alongside) A, B and C, and D has composed": D alone
        elif re.search(
            rf"\b(?:alongside|with|by|{ACTIVE_VERB}|directed|starred|include[sd]?|(?:who|which|that) [a-z]+s)\s*$",
            text[:a],
        ) and not re.match(r",? who\b", text[b:]):
            continue  # the object of another verb ("produces alongside A, B and C")
        if re.match(r",", text[b:]):
            app = re.match(
                rf"^(?:[A-Za-z\-]+ ){{0,3}}?(?P<x>{NAME}), [^;]*\b(?:of|the|and|for|from|in|at|with)\s+(?:{NAME}{POSS}\s)?$",
                text[:a],
            )
            if app and app.group("x") != text[a:b]:
                a, b = app.span("x")  # the appositive's head is the subject
            else:
                rel_head = re.search(rf"(?P<x>{NAMES}), (?:who|whose) [^,;()]*$", text[:a])
                if rel_head and not re.search(r"\b(?:with|by|alongside)\s*$", text[: rel_head.start()]):
                    a, b = rel_head.span("x")  # "Ingelsby, who grew up outside Philadelphia, wrote"
        yield from _active_match(ex, s, m, (a, b))
    for m in ACTIVE_APPOSED.finditer(text):
        yield from _active_match(ex, s, m, m.span("who"))
    pm = PRONOUN_ACTIVE.match(text)
    if pm:
        people = previous_subject(ex, s)
        if people:
            yield from _active_match(ex, s, pm, (0, 0), people=people)
    # "Reyes was the director of photography on X and shot episodes 3 and 4 of Chernobyl"
    vp = VP_AND.match(text)
    if (
        vp
        and not re.search(rf"(?:{NAME}) (?:and )?$", text[: vp.end()].rstrip())
        and (
            " " in vp.group("who")
            or s.ner_label(s.base + vp.start("who"), s.base + vp.end("who")) == "PERSON"
        )
    ):
        m2 = re.compile(rf"(?P<who>)(?P<verb>{ACTIVE_VERB}) {OBJECT}").match(text, vp.end())
        if m2:
            yield from _active_match(ex, s, m2, vp.span("who"))


def _verb_relation(verb: str, noun: str) -> str | None:
    """The role an active credit verb gives its subject ('wrote the score': composer)."""
    verb = verb.replace("-", " ")
    if verb in ("created", "co created", "developed", "co developed"):
        return "creator" if not noun else None
    if verb in ("composed", "scored"):
        return "composer" if not noun or re.fullmatch(MUSIC_NOUN, noun) else None
    if verb in WRITE_VERBS:
        if noun and re.fullmatch(MUSIC_NOUN, noun):
            return "composer"  # "who wrote the score"
        return "writer" if not noun or re.match(r"script|teleplay|screenplay", noun) else None
    if verb == "designed":
        return next((r for rx, r in DESIGN_NOUNS if re.fullmatch(rx, noun)), None) if noun else None
    if verb in ("shot", "photographed", "lensed"):
        return "cinematographer" if not noun else None
    if verb in ("showran", "ran", "runs"):
        return "showrunner" if not noun else None
    return "executiveProducer" if not noun else None


def _active_match(
    ex: Extractor,
    s: SentenceView,
    m: re.Match[str],
    who_span: tuple[int, int],
    people: list[Mention] | None = None,
) -> Iterator[Candidate]:
    text = s.text
    verb, noun = m.group("verb").replace("-", " "), (m.group("noun") or "").lower()
    rel = _verb_relation(verb, noun)
    if rel is None:
        return
    # "who created and writes the series": both verbs share the object
    first = m.groupdict().get("verb0")
    rels = [r for r in (_verb_relation(first, "") if first else None, rel) if r]
    a, b = who_span
    c0 = m.start("verb0") if first else m.start("verb")
    if planned(text[clause_start(text, a) : c0]) or negated(text[b:c0]):
        return
    end = m.end()
    if noun and m.group("obj_coref"):
        works = _topic_works(ex, s, m.start("obj_coref"))
    elif noun and not m.group("prep"):
        works = frame_work(ex, s) or _topic_works(ex, s, m.start("noun"))  # "composed the score"
        if noun in ("script", "teleplay") and re.search(r"\bpilot\b", text[: m.start()]):
            # "Fox's legal drama pilot from X, who created it and wrote the script": the pilot's
            works = [
                Work(scoped("episode", w.mention, 1, w.mention.start, w.mention.end), w.mention)
                for w in works
                if w.mention.kind == "series"
            ]
        elif noun in ("script", "teleplay") and (n := focus_episode(ex)) is not None:
            # "Ning wrote the script in the spring of 2019", in an article about one episode
            works = [
                Work(scoped("episode", w.mention, n, w.mention.start, w.mention.end), w.mention)
                for w in works
                if w.mention.kind == "series"
            ]
    else:
        # "wrote for Northern Exposure", "composed for the series"
        pre = (
            re.match(
                r"(?:for|on|(?:and|or) (?:directed|helmed|produced|co-wrote|co-written)) ", text[m.end() :]
            )
            if verb in WRITE_VERBS - {"penned"} | {"composed", "scored"}
            else None
        )
        written_for = pre is not None and pre.group().startswith("for") and rel == "writer"
        works, end = works_at(ex, s, m.end() + (pre.end() if pre else 0), cued=written_for)
        span_for = (
            re.match(r" for (?=(?:its|the|their) )", text[end:])
            if verb in ("ran", "runs", "showran")
            and re.fullmatch(r" ?(?:the (?:show|series)|it)", text[m.end() : end])
            else None
        )
        if works and span_for and all(w.mention.kind == "series" for w in works):
            # "ran the show for its first two seasons": those seasons
            seasons, end2 = works_at(ex, s, end + span_for.end())
            if seasons and all(w.mention.kind == "season" for w in seasons):
                works, end = seasons, end2
        if (
            not works
            and rel == "executiveProducer"
            and re.match(r"(?: (?:with|alongside|together with) [^;]*)?\s*(?:[.;]|$)", text[m.end() - 1 :])
        ):
            works = _topic_works(ex, s, m.start("verb"))  # "Fincher executive produces alongside X"
            end = m.end() - 1
    # "Lawler wrote the series lacked ...": a clause, not an object
    if set(rels) & {"writer", "creator"} and re.match(
        r" (?:is|was|were|are|felt|feels|lacks|lacked|had|has|could|would|should|did|does|needed|needs)\b",
        text[end:],
    ):
        return
    people = list(people) if people is not None else _people(ex, s, a, b)
    own = list(people)
    co = CO_AGENT.match(text, end)
    if co and works:
        ca, cb = co.span("who")
        last = text.rfind(", and ", ca, cb)
        if last != -1 and (
            " and " in text[ca:last]
            or re.match(r" (?:has|have|had|is|was|were|will|also|[a-z]+ed)\b", text[cb:])
        ):
            cb = last  # "alongside A, B and C, and Jason Hill has composed the score"
        people += _people(ex, s, ca, cb)
    for r in rels:
        for w in _credited_works(ex, s, works, r):
            for who in people:
                yield from role_facts(ex, s, r, w, who, "crew-verb")
    if works:
        after = co.end() if co and works else end
        them = DIRECTED_THEM.match(text, after)
        if them and all(w.mention.kind in ("episode", "season") for w in works):
            # "Park co-wrote the first three episodes with McKellar and directed them himself": the
            # subject's, not the co-writer's
            for w in works:
                for who in own:
                    yield ex.emit(s, who, "directed", w.mention, "crew-verb-directed-them")
        yield from _chain(ex, s, after, who_span)


#: "... and directed them himself", "and directed both"
DIRECTED_THEM = re.compile(
    r",? and (?:also )?directed (?:them|it|both|all of them)(?: (?:himself|herself|themselves|too|as well))?\b"
)


def _credited_works(ex: Extractor, s: SentenceView, works: list[Work], rel: str) -> list[Work]:
    """The works an active credit can name: "created"/"shot"/"ran" need an explicit series,
    season or episode ("Stan Lee created Daredevil" is about the comics, "shot the scene" is
    not a credit, "ran a bakery" no role); a bare title must be known as a series."""
    return [
        w
        for w in works
        if not (w.mention.kind == "series" and w.mention.weak)
        and not (
            rel in ("creator", "cinematographer", "showrunner")
            and w.mention.kind == "series"
            and not _coref_at(s, w)
            # "created E4's Chewing Gum", "created the BBC's Z-Cars": a network's series
            and not (rel == "creator" and (_network_owned(w.mention.text) or _network_before(s, w)))
            and not (
                rel == "creator"
                # the topic, or (in an article about a person) a title the text cues as a series
                and (
                    N.series_key(w.mention.text) == topic_key(ex)
                    or (ex.lead_person() is not None and N.series_key(w.mention.text) in ex.series_keys())
                )
                and not COMICS.search(s.text)
            )
        )
    ]


def _network_owned(title: str) -> bool:
    """A title under a network's possessive: "E4's Chewing Gum", "HBO's The Wire"."""
    owner = re.match(r"(.+?)['’]s ", title)
    return owner is not None and is_network(owner.group(1))


def _network_before(s: SentenceView, w: Work) -> bool:
    """Is the work's title written under a network's possessive ("the BBC's Z-Cars")?"""
    owner = re.search(rf"(?P<net>{NAME}){POSS} $", s.text[: max(0, w.mention.start - s.base)])
    return owner is not None and is_network(owner.group("net"))


def _chain(ex: Extractor, s: SentenceView, end: int, who_span: tuple[int, int]) -> Iterator[Candidate]:
    """A second verb phrase with the same subject: '... who created Silver Arrow and ran its
    first two seasons', '... served as co-showrunner on X and wrote for Y'."""
    m = CHAIN.match(s.text, end)
    if m:
        yield from _active_match(ex, s, m, who_span)


def _coref_at(s: SentenceView, w: Work) -> bool:
    """Was the work referred to as 'the series' / 'the series X' (not by a bare title)?"""
    a = w.mention.start - s.base
    return bool(
        re.match(
            rf"(?:the |this |its )(?:[\w\-]+ ){{0,2}}?{WORK_NOUN}",
            s.text[a : a + 60],
            re.I,
        )
    ) or (re.search(rf"{SERIES_NOUN} $", s.text[:a]) is not None)


#: cell separators of an episode table rendered as text: tabs, runs of spaces or pipes
TABLE_SEP = re.compile(r"\t|\s{2,}|\s*\|\s*")
#: a table row: its number (and a second, in-season number), then the quoted title
TABLE_ROW = re.compile(
    rf"\s*\|?\s*(\d{{1,3}})\.?(?:{TABLE_SEP.pattern})(?:\d{{1,3}}(?:{TABLE_SEP.pattern}))?[\"“]"
)


def _cells(line: str) -> list[str]:
    """The cells of a table line ('11 | 1 | "Title" | X' -> ['11', '1', '"Title"', 'X'])."""
    return [c.strip() for c in TABLE_SEP.split(line.strip().strip("|"))]


#: an episode table's date column: "Original air date", "Original release date", "Air date"
AIR_DATE_HEADER = re.compile(
    r"(?:original )?(?:air|release|broadcast|airing)\s*date|original (?:air|release)|airdate"
)


def _table_header(ex: Extractor) -> dict[str, int]:
    """Columns of an episode table's header line ("No.  Title  Directed by  Written by ...",
    "No. overall | No. in season | Title | Directed by | ..."): 'directed by', 'written by',
    and 'overall' / 'in season' for the episode-number columns."""

    def make() -> dict[str, int]:
        for line in ex.doc.text.splitlines():
            cells = _cells(line)
            low = [c.lower() for c in cells]
            dated = [i for i, c in enumerate(low) if AIR_DATE_HEADER.fullmatch(c)]
            if "directed by" in low or "written by" in low or (dated and "title" in low):
                cols = {k: low.index(k) for k in ("directed by", "written by") if k in low}
                if dated:
                    cols["air date"] = dated[0]
                for i, c in enumerate(low):
                    if re.match(r"no\.?\s*overall|overall", c):
                        cols.setdefault("overall", i)
                    elif re.match(r"no\.?\s*in\s*(?:season|series)|in (?:season|series)", c):
                        cols.setdefault("in season", i)
                return cols
        return {}

    return ex.memo("crew.table_header", make)


SEASON_HEADING = re.compile(
    rf"^(?:Season|Series|Part) (?P<n>\d+|{N.CARDINAL_RE})\b[^\n.]{{0,40}}$", re.M | re.I
)


def _heading_season(ex: Extractor, pos: int) -> int | None:
    """The season a table row at document offset ``pos`` belongs to: the "Season 2 (2010)"
    heading above it, when that season's table numbers its rows from 1 (no heading: None)."""
    text = ex.doc.text
    heads = ex.memo("crew.season_headings", lambda: list(SEASON_HEADING.finditer(text)))
    h = next((x for x in reversed(heads) if x.end() <= pos), None)
    if h is None:
        return None
    number = N.number_word(h.group("n"))
    first = next((r for r in (TABLE_ROW.match(x) for x in text[h.end() : pos + 200].splitlines()) if r), None)
    if number is None or first is None or int(first.group(1)) != 1:
        return None  # "Season 2" whose rows go on from 11: numbered across the series
    return number


def _episode_rows(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """Episode-list rows: '1  "Title"  Directed by: X  Written by: Y & Z  Original release
    date: ...' or a tab-, space- or pipe-separated row under a 'Directed by / Written by' header.
    The number is the series-wide one: the 'No. overall' column, else the row's number counted
    from the start of the season the article is about."""
    series = topic(ex, s, 0)
    if series is None:
        return
    header = _table_header(ex)
    offset = 0
    for line in s.sent.text.split("\n"):  # unmasked: episode titles are quoted
        start = offset
        offset += len(line) + 1
        row = TABLE_ROW.match(line)
        if not row:
            continue
        cells = _cells(line)
        n: int | None = int(row.group(1))
        season = _heading_season(ex, s.base + start) or ex.focus_season()
        if "overall" in header and header["overall"] < len(cells) and cells[header["overall"]].isdigit():
            n = int(cells[header["overall"]])
        elif season and season > 1:
            col = header.get("in season", 0)
            within = int(cells[col]) if col < len(cells) and cells[col].isdigit() else n
            first = ex.season_offset(season)
            n = first + within if first is not None and within else None
        if not n:
            continue
        found: dict[str, str] = {}
        for cell in cells:
            lab = re.match(r"(Directed|Written|Teleplay|Story) by:?\s+(.+)", cell)
            if lab:
                found.setdefault("directed by" if lab.group(1) == "Directed" else "written by", lab.group(2))
        for key, col in header.items():
            if (
                key in ("directed by", "written by")
                and key not in found
                and col < len(cells)
                and not re.search(r"\d{4}|:", cells[col])
            ):
                found[key] = cells[col]
        ep = Mention(f"{series.text} episode {n}", "episode", s.base + start, s.base + offset - 1, n, series)
        col = header.get("air date")
        if col is not None and col < len(cells):
            # '8  "Milk"  Marti Noxon & Gillian Flynn  August 26, 2018  1.35': the episode's air date
            at = start + line.find(cells[col])
            date = date_literal(s.text[at : at + len(cells[col])], s, at)
            if date is not None:
                yield ex.emit(s, ep, "premiereDate", date, "crew-episode-row")
        for key, names in found.items():
            base = start + line.find(names)
            for x in re.finditer(NAME, names):
                a, b = base + x.start(), base + x.end()
                if re.match(r":? by\b", names[x.end() :]):
                    continue  # "Story by: A; Teleplay by: B": a label, not a name
                if s.text[a:b] != s.sent.text[a:b]:
                    continue  # inside an unbalanced quotation the masked text holds no name
                who = person_at(s, a, b, ex)
                if who is None and N.looks_like_person_name(s.text[a:b]):
                    # the cell is a person's slot; the small NER model runs a quoted title on
                    # into the names after it ('Where I Really Come From"  Jeff Allen & ...')
                    who = make_mention("person", *span(s, a, b))
                if who is None:
                    continue
                if key == "directed by":
                    yield ex.emit(s, who, "directed", ep, "crew-episode-row")
                else:
                    yield from role_facts(ex, s, "writer", Work(ep, series), who, "crew-episode-row")


WHICH_WROTE = re.compile(
    rf"{episodes_re('y')},? (?:which|that) (?P<pro>he|she|they|the (?:pair|two|duo)|both) (?:also )?(?:co-)?wrote(?: with (?P<co>{NAMES}))?"
)


def _episode_credits(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    # "Nolan directed the pilot, "The Original", which he co-wrote with Joy"
    for m in WHICH_WROTE.finditer(text):
        before = text[: m.start()]
        subj = list(
            re.finditer(
                rf"(?P<who>{NAMES}) (?:(?:also|then|later|himself|herself) )*(?:directed|helmed|wrote and directed|co-wrote and directed) $",
                before,
            )
        )
        if subj:
            people = _people(ex, s, *subj[-1].span("who"))
        else:
            people = _director_before(ex, s, m.start())
            if not people:
                continue
        if m.group("co"):
            people += _people(ex, s, *m.span("co"))
        for w in _episodes(ex, s, m, "y"):
            for who in people:
                yield from role_facts(ex, s, "writer", w, who, "crew-which-wrote")
    for m in WRITTEN_DIRECTED.finditer(text):
        if planned(text[clause_start(text, m.start()) : m.start("v1")]):
            continue
        eps = _episodes(ex, s, m, "z")
        for v, p in (("v1", "p1"), ("v2", "p2")):
            if not m.group(v):
                continue
            a, b = m.span(p)
            last = re.search(rf", (?:and )?{NAME}$", text[a:b])
            if last and re.match(r" [a-z]", text[b:]):
                b = a + last.start()  # "directed by Mark Mylod, Kendall turns on his father"
            for who in _people(ex, s, a, b) if m.group(v) != "directed" else [person_at(s, a, b, ex)]:
                if who is None:
                    continue
                for w in eps:
                    if m.group(v) != "directed":
                        yield from role_facts(ex, s, "writer", w, who, "crew-episode-by")
                    else:
                        yield ex.emit(s, who, "directed", w.mention, "crew-episode-by")
    yield from _script_from(ex, s)
    yield from _writing_staff(ex, s)


#: "... directed the finale from a script by A and B", "... from a script he co-wrote with C"
SCRIPT_FROM = re.compile(
    rf"\bfrom (?:a|the|an|an original|his|her|their) (?:script|teleplay|screenplay)s?"
    rf"(?: (?:(?:co-)?written )?by (?P<by>{NAMES})"
    rf"|,? (?:that |which )?(?P<pro>he|she|they|the (?:pair|two|duo)) (?:had )?(?:also )?(?:co-)?wrote(?: with (?P<co>{NAMES}))?)"
)
DIRECTOR_BEFORE = re.compile(
    rf"(?:(?:directed|helmed) by (?P<d1>{NAME})[^;]*$)"
    rf"|(?:(?P<d2>{NAME})(?:, [^;]{{1,120}},)? (?:(?:also|will|then|later|himself|herself|is set to|returns to|is returning to) )*"
    rf"(?:directed|directs|direct|helmed|helms|(?:steps?|stepped) behind the camera)\b[^;]*$)"
)


def _director_before(ex: Extractor, s: SentenceView, pos: int) -> list[Mention]:
    """The director named earlier in the clause of s.text[pos]: the antecedent of 'he' in
    '... directed the pilot, which he also wrote' / '... from a script he co-wrote'."""
    d = DIRECTOR_BEFORE.search(s.text, clause_start(s.text, pos), pos)
    if d is None:
        return []
    return _people(ex, s, *(d.span("d1") if d.group("d1") else d.span("d2")))


def _last_episodes(ex: Extractor, s: SentenceView, before: int) -> list[Work]:
    """The episode(s) named last before ``before`` in the same clause."""
    text = s.text
    c0 = clause_start(text, before)
    found: list[Work] = []
    for m in EPISODES_RX.finditer(text, c0, before):
        eps = _episodes(ex, s, m, "w")
        if eps:
            found = eps
    return found


def _script_from(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in SCRIPT_FROM.finditer(text):
        eps = _last_episodes(ex, s, m.start())
        if not eps:
            continue
        people: list[Mention] = []
        if m.group("by"):
            people = _people(ex, s, *m.span("by"))
        else:
            people = _director_before(ex, s, m.start())
            if m.group("co"):
                people += _people(ex, s, *m.span("co"))
        for who in people:
            for w in eps:
                yield from role_facts(ex, s, "writer", w, who, "crew-script-from")


#: "The season's writing staff included A, B and C", "the writers included ..."
WRITING_STAFF = re.compile(
    rf"(?:(?P<season>[Tt]he season['’]s )|(?:{COREF_POSS}|[Tt]he |[Ii]ts ))(?:writing staff|writers['’]? room|writers|staff writers)"
    rf" (?:included|includes|include|comprised|consisted of|was made up of) (?P<who>{NAMES})"
)


def _writing_staff(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in WRITING_STAFF.finditer(s.text):
        works = _focus_works(ex, s, m.start()) if m.group("season") else _topic_works(ex, s, m.start())
        for who in _list_people(ex, s, *m.span("who")):
            for w in works:
                yield from role_facts(ex, s, "writer", w, who, "crew-writing-staff")
