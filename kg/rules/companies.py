"""Companies of a work (production companies, networks, licensors) and people's employers.

Relations (work -> organization unless said otherwise):

* ``productionCompany``: "It was produced by Marvel Television in association with ABC Studios,
  Nine and a Half Fingers, Inc., and Goddard Textiles", "production companies include A and B";
* ``originalNetwork``: "a miniseries created by X for the streaming service Netflix", "premiered
  on HBO", "was released on August 18, 2017, on the streaming service Netflix", "Netflix's The
  Defenders", "the Netflix series Daredevil", "the initially ordered Netflix series, after A, B,
  C and D", "Netflix ordered the series";
* ``streamingService`` (a later home): "began streaming on Disney+", "moved to Hulu", "was added
  to Peacock" -- never the original network itself;
* ``licensedBy``: "licensed to Netflix from Disney", "under license from X", "X regained the
  license for the series";
* ``employer`` (person -> organization, schema:worksFor) and ``jobTitle`` (person -> text,
  schema:jobTitle), only where a job title at an organization is stated: "Marvel Television head
  Jeph Loeb", "Netflix COO Ted Sarandos", "Marvel Studios' head of streaming Brad Winderbaum",
  "colorist Tony D'Amore of Deluxe's Encore", "Kevin Feige, president of Marvel Studios". A
  critic's byline ("Dave Lewis of the Los Angeles Times") is review authorship, not employment.

Company names may contain lower-case connectors and a legal suffix ("Nine and a Half Fingers,
Inc."); a name in a company slot is a company when it has a company suffix (Inc., Studios,
Television, Entertainment, Pictures, Productions ...), is a known network, or spaCy tags it ORG.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import names as N
from kg import vocab
from kg.extraction import (
    BROADCASTERS,
    FILM_TITLE,
    INFOBOX_RELEASE,
    NETWORK_PREMIERED,
    Candidate,
    Extractor,
    Mention,
    SentenceView,
    appositive_title,
    literal,
    make_mention,
    meta_fields,
)
from kg.rules.crew import (
    COREF,
    COREF_POSS,
    MONTHS,
    NAME,
    NETWORK_NOUN,
    POSS,
    SERIES_NOUN,
    WORKS,
    Work,
    clause_start,
    doc_info,
    is_network,
    is_org_name,
    negated,
    person_at,
    planned,
    series_named,
    skip_sentence,
    topic,
    topic_key,
)

KG, SCHEMA = vocab.KG, vocab.SCHEMA
vocab.register("productionCompany", SCHEMA + "productionCompany", WORKS, {"organization"})
vocab.register("originalNetwork", KG + "originalNetwork", WORKS, {"organization"})
vocab.register("streamingService", KG + "streamingService", WORKS, {"organization"})
vocab.register("licensedBy", KG + "licensedBy", WORKS, {"organization"})
vocab.register("employer", SCHEMA + "worksFor", {"person"}, {"organization"})
vocab.register("jobTitle", SCHEMA + "jobTitle", {"person"}, datatype="")

# --- company names ------------------------------------------------------------------------------

ORGW = rf"(?!(?:Inc|Ltd)\.)(?:(?:Bros|Co|Corp|Intl|Int'l|Mfg|Bros)\.|tvN\b|{N.WORD}|\d+(?:st|nd|rd|th)?(?= [A-Z]))"
LEGAL = r"(?:,? (?:Inc\.|Inc|LLC|L\.L\.C\.|Ltd\.?|L\.P\.|Co\.|Corp\.|GmbH|S\.A\.|PLC|plc))"
#: a company name: capitalised words, lower-case connectors or slashes inside ("Nine and a Half
#: Fingers", "Witt/Thomas/Harris Productions"),
#: an optional legal suffix
#: (not "Regency Television for Fox": a network after "for" is the work's, not part of the name)
ORG = (
    rf"{ORGW}(?:(?: (?:and a|(?<=Film )and(?= Television\b)|of the|of|for the(?! (?:[A-Z]\w+ )?(?:broadcaster|network|channel|streamer)\b)|for(?! (?:{BROADCASTERS})\b)|de|du|on the|&|\+"
    # ("Take the Shot Productions": a "the" inside a name that ends as a company's)
    rf"|the(?= (?:[A-Z][\w'’\-]* ){{0,3}}(?:Productions|Pictures|Films|Studios|Entertainment|Media)\b)) | |/){ORGW})*\+?{LEGAL}?"
)
#: an item of a company list, possibly introduced by its owner: "Okafor's banner, Slow Burn Media"
ORG_ITEM = rf"(?:{NAME}{POSS} (?:(?:own )?(?:banner|company|production company|shingle|label|studio|outfit),? )?)?{ORG}"
#: (an item followed by a verb starts the next clause: "by Titmouse and Green Street Pictures, and Max has since passed")
ORGS = rf"{ORG_ITEM}(?:(?:, and |, | and )(?!{ORG_ITEM} (?:has|have|had|is|was|were|will|would|also|then|later)\b){ORG_ITEM})*"
LEAD_WORDS = {
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "as",
    "after",
    "before",
    "during",
    "and",
    "but",
    "while",
}


def org_mention(s: SentenceView, a: int, b: int) -> Mention | None:
    """An organization named at s.text[a:b], without sentence-initial words or a possessive."""
    text = s.text[a:b]
    while True:
        m = re.match(rf"(?:(?:{MONTHS})|(?:19|20)\d\d|[A-Z][a-z]+(?= ))[ ,]+", text)
        if m and (m.group().strip(" ,").lower() in LEAD_WORDS or re.match(rf"{MONTHS}|\d", m.group())):
            a += m.end()
            text = text[m.end() :]
            continue
        break
    text = re.sub(rf"{POSS}$", "", text)
    name = N.clean(text).rstrip(",")
    if not name or not (name[0].isupper() or is_network(name)) or name.lower() in LEAD_WORDS:
        return None  # (a network may start in lower case: "tvN")
    return make_mention("organization", name, s.base + a, s.base + a + len(text))


def orgs_in(s: SentenceView, a: int, b: int) -> list[tuple[int, int]]:
    """The company names of a list (an owner's name before "banner" is skipped)."""
    out = []
    for m in re.finditer(ORG_ITEM, s.text[a:b]):
        item = m.group()
        own = re.match(
            rf"(?P<who>{NAME}){POSS} (?P<noun>(?:own )?(?:banner|company|production company|shingle|label|studio|outfit),? )?",
            item,
        )
        if own and not own.group("noun") and not is_org_name(item[own.end() :]):
            # "Smith's Westbrook Studios" is the owner's company, but in "Marvel's Foo" the owner is the company
            out.append((a + m.start(), a + m.start() + own.end("who")))
            continue
        out.append((a + m.start() + (own.end() if own else 0), a + m.end()))
    return out


def companies(s: SentenceView, spans: list[tuple[int, int]], assume: bool = False) -> list[Mention]:
    """The companies among names: a name with a company suffix or tagged ORG is one; an untagged
    name is one if another item of the list is (or ``assume``); a person's name is not."""
    judged = []
    for a, b in spans:
        text = s.text[a:b]
        start, end = s.base + a, s.base + b
        label = s.ner_label(start, end)
        if is_org_name(text, s, start, end):
            judged.append(((a, b), True))
        elif label == "PERSON" or label in ("DATE", "GPE", "LOC", "NORP", "CARDINAL"):
            judged.append(((a, b), False if label != "PERSON" or " " in text else None))
        else:
            judged.append(((a, b), None))
    any_org = assume or any(v for _, v in judged)
    out = []
    for (a, b), v in judged:
        if v or (v is None and any_org):
            m = org_mention(s, a, b)
            if m is not None:
                out.append(m)
    return out


def network_at(s: SentenceView, a: int, b: int, cued: bool) -> Mention | None:
    """A network or streaming service at s.text[a:b]: a known one, or any company name after
    'the streaming service' / 'the network' (``cued``)."""
    m = org_mention(s, a, b)
    if m is None:
        return None
    if is_network(m.text) or (cued and not re.fullmatch(rf"(?:{MONTHS})(?: \d+)?", m.text)):
        return m
    return None


# --- the work a sentence is about ----------------------------------------------------------------

PRONOUN_SUBJ = re.compile(
    rf"^(?:(?:In|On|By|From|After|Since|During) [^,]{{1,40}}, "
    # "Produced by the studio Artland and directed by Hiroshi Nagahama, the series aired on Fuji TV"
    rf"|(?:Produced|Created|Written|Directed|Developed|Made|Filmed|Shot|Animated|Adapted|Based) [^,;]{{1,100}}, )?(?:It|it|They|{COREF}|All (?:of )?the (?:\w+ )?(?:series|shows|episodes)|"
    rf"(?:All|The) (?:\w+ )?episodes|(?:The|This|Its) (?:[\w\-]+ ){{0,3}}season|The show|The series)\b"
)


#: a name, with its owner's possessive if any ("Netflix's The Crown")
_NAME_RUN = re.compile(rf"(?:{NAME}{POSS} )?{NAME}")


def subject_works(ex: Extractor, s: SentenceView, pos: int) -> list[Work]:
    """The work(s) a clause ending at ``pos`` is about: a series named in it (the last one), the
    topic for 'It', 'The series', 'all eight episodes', or nothing."""
    text = s.text
    c0 = clause_start(text, pos)
    before = text[c0:pos]
    known = doc_info(ex).series_keys
    names = list(_NAME_RUN.finditer(before))
    # (after a clause's conjunction: "When Porridge was first broadcast on BBC1"; but "When They
    # See Us" is a title)
    lead = re.match(r"(?:When|After|Before|Once|While|Since) ", before)
    if lead and names and names[0].start() == 0 and N.series_key(names[0].group()) not in known:
        after = _NAME_RUN.match(before, lead.end())
        names += [after] if after else []
    hits = sorted(
        (
            m
            for m in names
            if (
                N.series_key(m.group()) in known
                or ex.joined_title_at(s.base + c0 + m.start(), s.base + c0 + m.end()) is not None
            )
            # ("Forbrydelsen, known internationally as The Killing, is ...": another title of it)
            and not re.search(
                r"\b(?:known|titled|released|marketed|translated)(?: (?:internationally|abroad|in English|in the US))? as $",
                before[: m.start()],
            )
        ),
        key=lambda m: m.start(),
    )
    if hits and re.search(r", it(?: (?:was|is|has|had|been|also|originally|first|later))* ?$", before):
        hits = []  # "Based on the first series of Criminal Justice, ..., it premiered on HBO": the topic
    if hits:
        # the series right before the verb ("X premiered on"), else the clause's first one
        adjacent = [
            m
            for m in hits
            if re.fullmatch(
                r"(?:,? (?:which|that))?(?: (?:was|is|were|has|had|been|also|originally|first|later))* ?",
                before[m.end() :],
            )
        ]
        m = adjacent[-1] if adjacent else hits[0]
        found = series_named(ex, s, c0 + m.start(), c0 + m.end())
        if found is not None:
            return [Work(found, found)]
    if (
        PRONOUN_SUBJ.match(before.lstrip())
        or re.search(r", it(?: [a-z]+)* ?$", before)
        or re.search(
            rf"(?:with|and) (?:all )?(?:the |its |{'|'.join(N.CARDINALS)}|\d+|[a-z\-]+ ){{0,3}}episodes\b",
            before,
        )
    ):
        t = topic(ex, s, pos)
        return [Work(t, t)] if t else []
    return []


# --- rules ----------------------------------------------------------------------------------------

PRODUCED = re.compile(
    rf"(?:^(?!(?:It|They|This|These|That|He|She)\b)(?P<title>(?:{NAME}{POSS} )?{N.TITLE})(?= (?:is|was|has been|had been) )|(?P<head>{SERIES_NOUN}|It|it|{COREF_POSS}first season))?(?:['’]s)?(?:,? (?:which |that )?(?:(?:was|is|were|are|has been|had been|being|originally|also|jointly|primarily) )*)"
    rf"(?:co-)?(?:produced|made|animated) by (?P<orgs>{ORGS})(?:,? in (?:association|partnership|conjunction|collaboration) with (?P<assoc>{ORGS}))?"
)
#: "Produced by the studio Artland and directed by Hiroshi Nagahama, the series aired on ...": a
#: fronted participle's company, of the subject after it
FRONTED_PRODUCED = re.compile(
    rf"^(?:Produced|Co-produced|Animated|Made) by (?P<cue>the (?:animation )?studios? )?(?P<orgs>{ORGS})"
    rf"(?:,? and (?:[a-z]+ )?(?:directed|written|created|developed|produced) by [^,;]{{1,80}})?, "
    rf"(?P<subj>{COREF}|it\b|(?:{NAME}{POSS} )?{N.TITLE})"
)
#: a credits roll's company card, and the line after it
PRODUCED_CARD = re.compile(rf"(?:Produced|Co-produced) by (?P<orgs>{ORGS})")
ASSOCIATE_CARD = re.compile(
    rf"in (?:association|partnership|co-production|collaboration) with (?P<orgs>{ORGS})"
)
#: "X executive produces via his Y banner", "through their company Z"
VIA_BANNER = re.compile(
    rf"\b(?:via|through|under|for) (?:his|her|their|its) (?:(?P<org>{ORG}) (?:banner|shingle|company|production company|label)"
    rf"|(?:banner|shingle|company|production company),? (?P<org2>{ORG}))"
)
PRODUCTION_COMPANIES = re.compile(
    rf"(?:production compan(?:y|ies)|(?<![Ee]xecutive )(?<![Ll]ine )(?:co-)?producers?|studios?) (?:include|includes|included|are|were|is|was|being|:) (?P<orgs>{ORGS})"
    rf"|(?P<orgs2>{ORGS}) (?:co-)?(?:produced|produces|co-produced|co-produces) (?:the (?:mini-?)?series|the show|it)\b"
    # "..., and Ubisoft Film & Television co-produces."
    rf"|(?<=, and )(?P<orgs5>{ORGS}) (?:co-produces|co-produced|also produces)(?=[.;]|$)"
    rf"|\ban? (?:[a-z\-]+ )?co-?production (?:between|of|from|with|by) (?P<orgs3>{ORGS})"
    rf"|^(?:{COREF}|(?:[Tt]he|[Tt]his|[Ii]ts) (?:[a-z\-]+ )?(?:{SERIES_NOUN})),? from (?P<orgs4>{ORGS}),"
    # "Gullak is a TVF production"; a press kit's line "A TVF Production for SonyLIV"
    rf"|\b(?:is|was) an? (?P<orgs6>{ORGS}) (?:[Pp]roduction|[Cc]o-[Pp]roduction)\b"
)
#: a press kit's credit line: "A TVF Production for SonyLIV"
PRODUCTION_LINE = re.compile(
    rf"An? (?P<orgs>{ORGS}) (?:[Pp]roduction|[Cc]o-[Pp]roduction)(?: (?:for|in association with) {ORGS})?"
)
#: "High Seas (Alta Mar), a new Spanish-language mystery drama from Bambú Producciones, the
#: company behind Velvet": a title, what kind of work it is, and its maker (and the maker's
#: earlier work)
WORK_FROM = re.compile(
    rf"(?P<title>(?:{NAME}{POSS} )?{N.TITLE})(?: \([^()]*\))?, (?:an?|the) (?:[\w\-]+ ){{0,5}}?{SERIES_NOUN} from (?P<orgs>{ORGS})"
    rf"(?:, the (?:company|studio|production company|producers?|outfit|team) (?:behind|that (?:made|produced)) (?P<w>{N.TITLE}))?"
    rf"(?=[,.;]| (?:and|that|which|who)\b|$)"
)
NET_FOR = re.compile(
    rf"\b(?:created|developed|produced|made|commissioned|ordered|written)(?: by [^;]{{1,120}}?)? (?:for|at) "
    rf"(?:(?P<cue>the (?:[a-z\-]+ |[A-Z][a-z]+ )?{NETWORK_NOUN}) )?(?P<net>{ORG})"
)
RELEASED_ON = re.compile(
    rf"\b(?:premiered|premieres|premiere|premiering|debuted|debuts|debut|debuting|aired|airs|was broadcast|were broadcast|was first broadcast|"
    rf"originally aired|originally streamed|was released|were released|be released|released|launched|was launched|began airing|first aired|"
    rf"ran|runs|streamed|(?:began|begins|started)(?! streaming))"
    rf"(?: [\w,.]+){{0,7}}? on (?:(?P<cue>the (?:[a-z\-]+ )?{NETWORK_NOUN}) |the (?=[A-Z]))?(?P<net>{ORG}(?:(?<=Channel)|(?<=Network)|(?<=TV)) \d{{1,2}}\b|{ORG})"
)
LATER_ON = re.compile(
    rf"\b(?:(?:began|begin|begins|started|starts|start) streaming|(?:was|were|is|are|be|been) (?:later |subsequently |then |also |eventually )?"
    rf"(?:added to|moved to|made available (?:to stream )?on|made available to|relocated to|transferred to|re-released on)|"
    rf"(?:moved|moves|migrated|transferred|moved over|switched) to|(?:became|become|becomes) available (?:to stream )?on|"
    rf"(?:now|later|subsequently) (?:streams|streaming|available) on|re-released on|relaunched on|found a new home on)"
    rf"(?: [\w,.]+){{0,3}}? (?:(?P<cue>the (?:[a-z\-]+ )?{NETWORK_NOUN}) )?(?P<net>{ORG})"
)
#: "HBO's Succession", "Adult Swim's Rick and Morty", "Cartoon Network's Star Wars: The Clone Wars"
NET_POSS = re.compile(
    rf"(?<![\w'’])(?P<net>{ORG}){POSS} (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)"
    # ("Netflix's hit thriller The Night Agent", a title the sentence ends or goes on after)
    rf"(?:(?P<desc>(?!(?:upcoming|forthcoming|planned|proposed|new|limited)\b)(?:[a-z\-]+ ){{0,2}}"
    rf"(?:drama|comedy|thriller|series|sitcom|miniseries|show|anthology|procedural|comedy-drama)) (?=(?:{NAME}{POSS} )?{NAME}(?:[,.;:]| (?:is|was|has|had|returns|will|and)\b)))?"
    rf"(?P<title>(?:{NAME}{POSS} )?{NAME}(?:: {N.TITLE}|{N.AND_WORD})?)"
)
NET_SERIES = re.compile(
    rf"(?<![\w'’])(?P<net>{ORG}) (?:original )?(?:series|shows|programs|programmes),? (?:after|including|such as|like|namely|:|—|–) "
    rf"(?P<list>{NAME}(?:(?:, | and |, and ){NAME})*)"
    # ("the BBC One crime drama Silent Witness")
    rf"|\b[Tt]he (?P<net2>{ORG}) (?:original |(?:[a-z\-]+ ){{0,2}}(?=drama|soap|series))?(?:(?:mini-?)?series|show|drama|sitcom|soap) (?P<title>(?:{NAME}{POSS} )?{NAME})"
    # (not "the NBC family drama Fogelman created": its maker in a relative clause)
    rf"(?![\w'’\-]*(?: [A-Z][\w'’\-]*)* (?:created|co-created|wrote|developed|produced|directed|made|launched|runs|ran)\b)"
    # ("Brookside, the Channel 4 soap that launched ...": an appositive that ends, or goes on about it)
    rf"|(?<![\w'’])(?P<title3>{N.TITLE}), the (?P<net3>{BROADCASTERS}|{ORG}) (?:[a-z\-]+ ){{0,2}}?(?:(?:mini-?)?series|show|drama|sitcom|soap(?: opera)?)"
    rf"(?=[,.;]|$| (?:that|which|from|created|co-created|developed|written|directed|produced|starring|about|set|based)\b)"
)
ORDERED = re.compile(
    rf"(?<![\w'’])(?P<net>{ORG}) (?:(?:has|have|had|officially|formally|then|later|also) )*(?:ordered|picked up|commissioned|greenlit|green-lit|renewed|cancell?ed)"
    rf" (?:(?P<coref>{COREF}|it\b)|(?:a (?:new |{N.ORDINAL_RE} )?season of )?(?P<title>(?:{NAME}{POSS} )?{NAME}))"
)
#: a release's headline: 'Netflix Announces "High Seas" ("Alta Mar"), Its New Spanish Original
#: Series', "Hulu Unveils Shōgun, a New Original Drama"
ANNOUNCED_ORIGINAL = re.compile(
    rf"^(?P<net>{ORG}) (?:Announces|Unveils|Reveals|Orders|Greenlights|Launches|Sets|Presents|Debuts|Premieres|announces|unveils|reveals|orders|greenlights|launches) "
    rf"[\"“]?(?P<title>{N.TITLE})[\"”]?(?: \([^()]*\))?,? (?:Its|its|Their|their|An?|an?|The|the) (?:(?:New|new|Latest|latest|First|first|Next|next|[A-Z][a-z]+-[Ll]anguage|[A-Z][a-z]+) ){{0,3}}"
    rf"[Oo]riginal (?:[Ss]eries|[Dd]rama|[Cc]omedy|[Tt]hriller|[Mm]iniseries|[Ll]imited [Ss]eries|[Dd]ocuseries|[Ss]how|[Aa]nime)\b"
)
LICENSED = re.compile(
    rf"\blicen[cs]ed (?:to (?P<to>{ORG}) )?(?:from|by) (?P<org>{ORG})"
    rf"|\bunder (?:a )?licen[cs]e from (?P<org2>{ORG})"
    rf"|(?<![\w'’])(?P<org3>{ORG}) (?:licensed|licenses|licences|licenced) (?P<what>{COREF}|it|the rights)"
    rf"|(?<![\w'’])(?P<org4>{ORG}) (?:regained|regains|regaining|reacquired|reacquiring|retained|retains|retaining|holds|held|owns|owned) "
    rf"the (?:licen[cs]e|rights|distribution rights|streaming rights) (?:for|to) (?P<what4>{COREF}|it\b|(?:{NAME}{POSS} )?{NAME})"
)

TITLE_HEAD = (
    r"(?:president|vice[- ]president|chairman|chairwoman|chairperson|chair|chief executive officer|chief executive|"
    r"chief (?:creative|content|operating|financial|marketing|technology|brand) officer|co-head|head|boss|chief|executive|"
    r"editor-in-chief|editor|publisher|co-founder|founder|owner|managing director|general manager|programming chief|"
    r"controller|commissioner|"
    r"CEO|COO|CFO|CCO|CTO|CMO|EVP|SVP|VP)"
)
DEPARTMENT = (
    r"(?:programming|content|original content|drama|comedy|television|TV|streaming|scripted|unscripted|film|"
    r"marketing|creative|business affairs|network|studio|production|development|animation|music) "
)
TITLE = (
    rf"(?:(?:co-|senior |executive |former |then-|interim |acting |deputy |assistant |first |current |longtime |new )*"
    rf"(?:{DEPARTMENT})?"
    rf"{TITLE_HEAD}(?: of (?:[a-z][\w\-]*|TV)(?: (?:[a-z][\w\-]*|and|&|TV)){{0,4}}?)?)"
)
CREW_TITLE = (
    r"(?:colou?rist|cinematographer|(?:film |picture )?editor|(?:production |costume |title |sound |graphic )?designer|"
    r"(?:visual effects|VFX|special effects|stunt) (?:supervisor|coordinator)|composer|animator|producer|executive)"
)
#: "Marvel Television head Jeph Loeb", "Marvel Studios' head of streaming Brad Winderbaum"
ORG_TITLE_NAME = re.compile(rf"(?<![\w'’])(?P<org>{ORG})(?P<poss>{POSS})? (?P<title>{TITLE}) (?P<who>{NAME})")
#: "Kevin Feige, president of Marvel Studios", "X, an executive at Y"
NAME_TITLE_ORG = re.compile(
    rf"(?P<who>{NAME}), (?:the |a |an |its |their )?(?P<title>{TITLE}) (?:of|at) (?P<org>(?:the )?{ORG})(?![\w'’])(?!{POSS})"
    rf"|(?P<who2>{NAME}), (?P<org2>{ORG}){POSS} (?P<title2>{TITLE})(?=[,.;)]| and | who | said)"
)
#: "colorist Tony D'Amore of Deluxe's Encore"
TITLE_NAME_ORG = re.compile(
    rf"(?<![\w\-])(?P<title>{TITLE}|{CREW_TITLE}) (?P<who>{NAME}) (?:of|at|from) (?P<parent>{ORG}{POSS} )?(?P<org>{ORG})"
)
#: "X, who works for Y", "X joined Y as its head of drama"
WORKS_FOR = re.compile(
    rf"(?P<who>{NAME}),? (?:who )?(?:(?:also|now|then|previously|still) )?(?:works|worked|working) (?:for|at) (?P<org>{ORG})"
    rf"|(?P<who2>{NAME}) (?:(?:had|has|later|then) )?(?:joined|rejoined) (?P<org2>{ORG}) as (?:its |the |a |an )?(?P<title2>{TITLE})"
)
QUALIFIERS = re.compile(r"^(?:(?:former|then-|current|longtime|new|interim|acting) ?)+")


#: an infobox's company and network fields
INFOBOX_COMPANY = re.compile(r"Production [Cc]ompan(?:y|ies)|Production|Studios?")
INFOBOX_NETWORK = re.compile(
    r"Original (?:network|channel|broadcaster|release network)|Network|Channel|Broadcaster"
)


def _infobox_fields(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """An infobox's "Production company: Rubicon TV" and "Original network: NRK1" lines, about
    the topic (not a season's field lines)."""
    for at, label, a, b in ex.infobox_lines(s):
        company, network = INFOBOX_COMPANY.fullmatch(label), INFOBOX_NETWORK.fullmatch(label)
        aired = INFOBOX_RELEASE.fullmatch(label) and re.search(rf" on (?P<net>{ORG})$", ex.doc.text[a:b])
        if aired:
            # "First aired: 16 May 2002 on ABC": the series' network
            na = a + aired.start("net")
            net = org_mention(s, na - s.base, na - s.base + len(aired.group("net")))
            if net is not None and is_network(net.text):
                for w in _topic_works(ex, s, at):
                    series = (
                        w.mention.parent if w.mention.kind == "episode" and w.mention.parent else w.mention
                    )
                    yield ex.emit(s, series, "originalNetwork", net, "infobox-field")
            continue
        if not (company or network):
            continue
        works = _topic_works(ex, s, at)
        value = re.sub(r"\s*\([^()]*\)", lambda x: " " * len(x.group()), ex.doc.text[a:b])
        # "BBC Television, in association with Lionheart Television International"
        value = re.sub(
            r"\b(?:in (?:association|partnership|co-production|collaboration) with|with)\b ",
            lambda x: " " * len(x.group()),
            value,
        )
        for part in re.finditer(
            r"[^,;]+", re.sub(r" (?:and|&) ", lambda x: "," + " " * (len(x.group()) - 1), value)
        ):
            name = part.group().strip()
            if not name or not name[0].isupper():
                continue
            at = a + part.start() + len(part.group()) - len(part.group().lstrip())
            org = org_mention(s, at - s.base, at - s.base + len(name))
            if org is None:
                continue
            for w in works:
                yield ex.emit(
                    s, w.mention, "productionCompany" if company else "originalNetwork", org, "infobox-field"
                )


def _produced_card(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A credits roll's card, "Produced by Take the Shot Productions Inc." (a company's name), and
    the line under it, "in association with Republic of Doyle Productions Inc."."""
    card = PRODUCED_CARD.fullmatch(s.text.strip())
    if card is None and (k := s.index) > 0 and PRODUCED_CARD.fullmatch(ex.sents[k - 1].text.strip()):
        card = ASSOCIATE_CARD.fullmatch(s.text.strip())
    if card is not None:
        for org in companies(s, orgs_in(s, *card.span("orgs"))):
            for w in _topic_works(ex, s, 0):
                yield ex.emit(s, w.mention, "productionCompany", org, "company-card")


def rules(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    yield from _network_lines(ex, s)  # (a listing line is title case, like a headline)
    yield from _meta_network(ex, s)
    yield from _production_line(ex, s)
    yield from _infobox_fields(ex, s)
    yield from _announced_originals(ex, s)
    yield from _produced_card(ex, s)  # (a card line is title case, like a headline)
    if skip_sentence(ex, s):
        return
    yield from _production(ex, s)
    yield from _banners(ex, s)
    yield from _networks(ex, s)
    yield from _license(ex, s)
    yield from _employers(ex, s)


def _production(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in PRODUCED.finditer(text):
        if planned(text[clause_start(text, m.start()) : m.start("orgs")]) or negated(
            text[m.start() : m.start("orgs")]
        ):
            continue
        head = m.group("head")
        before = text[: m.start()]
        lead = None
        if head is None and re.search(r"(?:,? and|, but) (?:(?:is|was|are|were|also) )*$", before + " "):
            if PRONOUN_SUBJ.match(text):
                head = "it"  # "The series is executive produced by A, and is produced by B"
            else:
                # "Gullak was created by Shreyansh Pandey and is produced by TVF": the sentence's title
                t = re.match(rf"(?:{NAME}{POSS} )?{N.TITLE}(?= (?:is|was|has been|had been) )", text)
                lead = series_named(ex, s, *t.span(), strong=_is_topic(ex, t.group())) if t else None
        if lead is not None:
            works = [Work(lead, lead)]
        elif m.group("title"):
            series = series_named(ex, s, *m.span("title"), strong=_is_topic(ex, m.group("title")))
            works = [Work(series, series)] if series is not None else []
        elif head is None:
            continue
        elif head.lower() == "it" or head.lower().startswith(("the", "its", "this")):
            works = subject_works(ex, s, m.start()) or _topic_if_start(ex, s, m.start())
        else:
            works = _noun_subject(ex, s, m.start("head"))
        if not works:
            continue
        # a work "produced by" names: companies, unless one of them looks like a person
        spans = orgs_in(s, *m.span("orgs"))
        # (one word the tagger calls a person is a company unless the text names such a person:
        # "is produced by Nexiko")
        people_like = any(
            (
                s.ner_label(s.base + a, s.base + b) == "PERSON"
                and (" " in s.text[a:b] or _named_person(ex, s.text[a:b]))
            )
            or N.looks_like_person_name(s.text[a:b])
            or any(pn.endswith(" " + N.fold(s.text[a:b])) for pn in ex.out.person_names)
            for a, b in spans
            if not is_org_name(s.text[a:b], s, s.base + a, s.base + b)
        )
        found = companies(s, spans, assume=bool(m.group("assoc")) or not people_like)
        if m.group("assoc"):
            found += companies(s, orgs_in(s, *m.span("assoc")), assume=True)
        for w in works:
            for org in found:
                yield ex.emit(s, w.mention, "productionCompany", org, "company-produced-by")
    for m in FRONTED_PRODUCED.finditer(text):
        if planned(text[m.end() :]):
            continue
        if m.group("subj").lower() == "it" or re.match(COREF, m.group("subj")):
            works = _topic_works(ex, s, m.start("subj"))
        else:
            series = series_named(ex, s, *m.span("subj"), strong=True)
            works = [Work(series, series)] if series is not None else []
        spans = orgs_in(s, *m.span("orgs"))
        # (after "the studio" any name is one, whatever the tagger says: "Artland")
        cued = [o for a, b in spans if (o := org_mention(s, a, b)) is not None]
        found = cued if m.group("cue") else companies(s, spans)
        for w in works:
            for org in found:
                yield ex.emit(s, w.mention, "productionCompany", org, "company-fronted")
    for m in WORK_FROM.finditer(text):
        if planned(text[clause_start(text, m.start()) : m.start("orgs")]):
            continue
        series = series_named(ex, s, *m.span("title"), strong=_is_topic(ex, m.group("title")))
        found = companies(s, orgs_in(s, *m.span("orgs")), assume=True)
        earlier = series_named(ex, s, *m.span("w"), strong=True) if m.group("w") else None
        for w in (series, earlier):
            for org in found if w is not None else []:
                yield ex.emit(s, w, "productionCompany", org, "company-work-from")
    for m in PRODUCTION_COMPANIES.finditer(text):
        g = next(x for x in ("orgs", "orgs2", "orgs3", "orgs4", "orgs5", "orgs6") if m.group(x))
        if planned(text[clause_start(text, m.start()) : m.end()]) or negated(
            text[clause_start(text, m.start()) : m.end()]
        ):
            continue
        own = g in ("orgs", "orgs3", "orgs6")  # (the clause's subject, else the topic)
        works = subject_works(ex, s, m.start()) if own else _topic_works(ex, s, m.start())
        if own and not works:
            works = _topic_if_start(ex, s, m.start()) or (
                _topic_works(ex, s, m.start()) if re.search(rf"{COREF_POSS}$", text[: m.start()]) else []
            )
        found = companies(s, orgs_in(s, *m.span(g)), assume=g in ("orgs3", "orgs4", "orgs5", "orgs6"))
        for w in works:
            for org in found:
                yield ex.emit(s, w.mention, "productionCompany", org, "company-produced-by")


def _named_person(ex: Extractor, word: str) -> bool:
    """Whether the text names a person by more than ``word``: "Beckung" after "Lars Beckung"."""
    w = N.fold(word)
    return any(pn.endswith(" " + w) or pn.startswith(w + " ") for pn in ex.out.person_names)


def _banners(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in VIA_BANNER.finditer(text):
        c0 = clause_start(text, m.start())
        before = text[c0 : m.start()]
        if planned(before) or negated(before) or not re.search(r"produc|develop|showrun|creat", before):
            continue
        g = "org" if m.group("org") else "org2"
        org = org_mention(s, *m.span(g))
        if org is None:
            continue
        for w in subject_works(ex, s, m.start()) or _topic_works(ex, s, m.start()):
            yield ex.emit(s, w.mention, "productionCompany", org, "company-banner")


def _topic_works(ex: Extractor, s: SentenceView, at: int) -> list[Work]:
    t = topic(ex, s, at)
    return [Work(t, t)] if t else []


def _topic_if_start(ex: Extractor, s: SentenceView, pos: int) -> list[Work]:
    """'It was produced by' at the start of a sentence: the topic."""
    if re.fullmatch(r"\s*", s.text[:pos]) or PRONOUN_SUBJ.match(s.text):
        return _topic_works(ex, s, pos)
    return []


def _noun_subject(ex: Extractor, s: SentenceView, head: int) -> list[Work]:
    """'TITLE is an American television series produced by ...' -> TITLE."""
    before = s.text[:head]
    m = re.match(
        rf"^(?P<t>(?:{NAME}{POSS} )?{NAME}),?(?: \([^)]*\))? (?:is|was) (?:an?|the) (?:[\w\-]+ ){{0,8}}?$",
        before,
    )
    if m:
        series = series_named(ex, s, *m.span("t"), strong=True)
        return [Work(series, series)] if series else []
    if re.fullmatch(r"(?:(?:[Tt]he|[Tt]his) (?:[a-z\-]+ ){0,3})?", before):
        return _topic_works(ex, s, head)
    return []


def _original_networks(ex: Extractor) -> set[str]:
    """The networks named anywhere in the document as a work's original network."""
    return ex.memo(
        "companies.original_networks",
        lambda: {
            N.fold(c.object.text)
            for s in ex.sents
            if not skip_sentence(ex, s)
            for c in _original_facts(ex, s)
        },
    )


def _networks(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    yield from _original_facts(ex, s)
    text = s.text
    original = _original_networks(ex)
    for m in LATER_ON.finditer(text):
        c0 = clause_start(text, m.start())
        if negated(text[c0 : m.start("net")]):
            continue
        if planned(text[c0 : m.start("net")]) and not re.search(
            r"\b(?:announced|confirmed)\b", text[: m.start()]
        ):
            continue
        net = network_at(s, *m.span("net"), cued=bool(m.group("cue")))
        if net is None or N.fold(net.text) in original:
            continue
        for w in subject_works(ex, s, m.start()) or _all_series(ex, s, m.start()):
            yield ex.emit(s, w.mention, "streamingService", net, "company-later-streaming")


#: a listing line naming a title and its network in brackets, after a nominee's name or alone:
#: "Viola Davis — How to Get Away with Murder (ABC)", "Casual (Hulu)"
NETWORK_LINE = re.compile(
    rf"(?m)^(?:(?P<who>{NAME}) [—–-] )?(?P<title>[A-Z0-9][^()\n—–:]{{0,70}}?) \((?P<net>[^()\n]{{2,30}})\)[ \t]*$"
)


#: networks whose names are also first names or words ("Max", "Stan", "History")
WORD_NETWORKS = {
    "Max", "Pop", "Global", "Space", "Stan", "Apple", "Discovery", "History", "Showcase", "Audience",
    "Crave", "Binge", "Spike",
}  # fmt: skip


def _network_lines(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    for m in NETWORK_LINE.finditer(s.text):
        at = s.base + m.start()
        if at > 0 and ex.doc.text[at - 1] != "\n":
            continue  # the line must start where a line of the document starts
        net = org_mention(s, *m.span("net"))
        title = m.group("title")
        if net is None or not is_network(net.text) or (m.group("who") is None and len(title.split()) > 8):
            continue
        if m.group("who") is None and net.text in WORD_NETWORKS and N.looks_like_person_name(title):
            continue  # "Jason Sudeikis (Max)" in a cast list: a role, not a network
        nominee = re.match(rf"{NAME}, ", title)
        if nominee and " " in nominee.group().strip(", ") and N.looks_like_person_name(nominee.group()[:-2]):
            # an awards story's "Gabriel Byrne, In Treatment (HBO)": the work after the name, as written
            a, b = s.base + m.start("title") + nominee.end(), s.base + m.end("title")
            series = make_mention("series", title[nominee.end() :], a, b)
        else:
            series = series_named(ex, s, *m.span("title"), strong=True)
        if series is not None and not is_network(series.text):
            yield ex.emit(s, series, "originalNetwork", net, "network-line")


def _production_line(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A line of its own, "A TVF Production for SonyLIV": the topic's company."""
    m = PRODUCTION_LINE.fullmatch(s.text.strip())
    if m is None or ex.out.topic is None or ex.doc.text[s.base - 1 : s.base] not in ("", "\n"):
        return
    for org in companies(s, orgs_in(s, *m.span("orgs")), assume=True):
        yield ex.emit(s, ex.out.topic, "productionCompany", org, "company-production-line")


def _meta_network(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A page's facts line that opens with its network: "Netflix  |  Drama, History  |  ..."."""
    fields = meta_fields(ex, s)
    if fields and ex.out.topic is not None:
        a, b = fields[0]
        a += len(s.text[a:b]) - len(s.text[a:b].lstrip())
        b = a + len(s.text[a:b].strip())
        net = org_mention(s, a, b)
        if net is not None and is_network(net.text) and net.text == s.text[a:b]:
            yield ex.emit(s, ex.out.topic, "originalNetwork", net, "meta-line")


def _announced_originals(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    """A release's title-case headline: 'Netflix Announces "High Seas", Its New Spanish Original
    Series' names the network of the series."""
    for m in ANNOUNCED_ORIGINAL.finditer(s.text):
        net = org_mention(s, *m.span("net"))
        series = series_named(ex, s, *m.span("title"), strong=True)
        if net is not None and is_network(net.text) and series is not None:
            yield ex.emit(s, series, "originalNetwork", net, "network-announced-original")


def _all_series(ex: Extractor, s: SentenceView, pos: int) -> list[Work]:
    """'... announced that all the series would be made available on Disney+' includes the topic."""
    if re.search(r"\ball (?:of )?the (?:[\w\-]+ )?series\b", s.text[clause_start(s.text, pos) : pos]):
        return _topic_works(ex, s, pos)
    return []


def _original_facts(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in NET_FOR.finditer(text):
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.start()]) or negated(text[c0 : m.start("net")]):
            continue
        net = network_at(s, *m.span("net"), cued=bool(m.group("cue")))
        if net is None:
            continue
        works = _lead_subject(ex, s, m.start())
        for w in works:
            yield ex.emit(s, w.mention, "originalNetwork", net, "network-for")
    for m in RELEASED_ON.finditer(text):
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.start()]) or negated(text[c0 : m.start("net")]):
            continue
        if re.search(r"\b(?:later|subsequently|re-?released|again|also)\b", text[m.start() : m.start("net")]):
            continue
        a, b = m.span("net")
        if channel := re.match(rf"['’]s (?P<ch>{ORG}) (?:channel|network)\b", text[b:]):
            a, b = b + channel.start("ch"), b + channel.end("ch")  # "on Foxtel's Showcase channel"
        elif joint := re.match(r" on (?:Hulu|Disney\+|Peacock|Paramount\+)\b", text[b:]):
            b += joint.end()  # "FX on Hulu": one service
        # (a name that says it is one: "the Sci Fi Channel")
        named = re.search(r"\b(?:Channel|Network)$", text[a:b]) is not None
        net = network_at(s, a, b, cued=bool(m.group("cue") or channel or named))
        if net is None:
            continue
        for w in _lead_subject(ex, s, m.start()):
            yield ex.emit(s, w.mention, "originalNetwork", net, "network-released-on")
    for m in NETWORK_PREMIERED.finditer(text):
        net = org_mention(s, *m.span("net"))
        series = series_named(ex, s, *m.span("t"))
        c0 = clause_start(text, m.start())
        if net is not None and series is not None and not series.weak and not planned(text[c0 : m.end()]):
            yield ex.emit(s, series, "originalNetwork", net, "network-premiered")
    for m in NET_POSS.finditer(text):
        net = org_mention(s, *m.span("net"))
        if net is None or not is_network(net.text):
            continue
        series = _known_prefix(ex, s, *m.span("title"))
        if (
            series is None
            and _plain_title(s, *m.span("title"))
            and not re.match(r" (?:as|and|,)", s.text[m.end() :])
        ):
            series = series_named(ex, s, *m.span("title"), strong=True)  # "HBO's Succession"
        if series is not None:
            yield ex.emit(s, series, "originalNetwork", net, "network-possessive")
    for m in NET_SERIES.finditer(text):
        g = next(x for x in ("net", "net2", "net3") if m.group(x))
        net = org_mention(s, *m.span(g))
        if net is None or not (is_network(net.text) or is_network(net.text.split(" ")[-1])):
            continue
        if not is_network(net.text):
            net = org_mention(s, m.end(g) - len(net.text.split(" ")[-1]), m.end(g))
        assert net is not None
        items = _names(s, *m.span("list")) if g == "net" else [m.span("title" if g == "net2" else "title3")]
        if g == "net3":  # "Phil Redmond's Brookside, the Channel 4 soap" (not "Make Room for Daddy, ...")
            at = appositive_title(text[: m.start("title3")], m.group("title3"))
            if at is None:
                continue
            items = [(m.start("title3") + at, m.end("title3"))]
        for a, b in items:
            series = series_named(ex, s, a, b, strong=g != "net")
            if series is not None and not series.weak:
                yield ex.emit(s, series, "originalNetwork", net, "network-series")
    for m in ORDERED.finditer(text):
        net = org_mention(s, *m.span("net"))
        if net is None or not is_network(net.text):
            continue
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.end()]) or negated(text[c0 : m.end()]):
            continue
        if m.group("coref"):
            works = _topic_works(ex, s, m.start())
        else:
            # a network orders, renews or cancels a work: the title is a series
            ta, tb = m.span("title")
            strong = not is_org_name(s.text[ta:tb]) and s.ner_label(s.base + ta, s.base + tb) not in (
                "ORG",
                "GPE",
                "DATE",
                "NORP",
            )
            series = series_named(ex, s, ta, tb, strong=strong)
            works = [Work(series, series)] if series is not None and not series.weak else []
        for w in works:
            yield ex.emit(s, w.mention, "originalNetwork", net, "network-ordered")


def _is_topic(ex: Extractor, title: str) -> bool:
    return N.series_key(title) == topic_key(ex)


def _plain_title(s: SentenceView, a: int, b: int) -> bool:
    """A capitalised name that spaCy does not take for a person, a company or a place."""
    text = s.text[a:b]
    if is_org_name(text) or is_network(text) or re.fullmatch(rf"(?:{MONTHS})(?: \d+)?", text):
        return False
    return s.ner_label(s.base + a, s.base + b) not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "FAC")


def _names(s: SentenceView, a: int, b: int) -> list[tuple[int, int]]:
    return [(a + x.start(), a + x.end()) for x in re.finditer(NAME, s.text[a:b]) if x.group() != "and"]


def _known_prefix(ex: Extractor, s: SentenceView, a: int, b: int) -> Mention | None:
    """The longest known series title at the start of s.text[a:b] ("The Defenders Marvel" -> "The Defenders")."""
    words = list(re.finditer(r"\S+", s.text[a:b]))
    for k in range(len(words), 0, -1):
        end = a + words[k - 1].end()
        key = N.series_key(s.text[a:end])
        if key in doc_info(ex).series_keys:
            return series_named(ex, s, a, end)
    return None


def _lead_subject(ex: Extractor, s: SentenceView, pos: int) -> list[Work]:
    """The series a 'created ... for NETWORK' clause is about: the sentence subject (a title the
    document knows as a series) or the topic for 'It', 'The series'."""
    text = s.text[:pos]
    m = re.match(rf"^(?P<t>(?:{NAME}{POSS} )?{FILM_TITLE}),?(?: \([^)]*\))? (?:is|was) (?:an?|the) ", text)
    if m:
        series = series_named(ex, s, *m.span("t"), strong=True)
        return [Work(series, series)] if series else []
    # "The Long Night was developed at Apple TV+", "Salt Line first aired on ITV"
    m = re.match(
        rf"^(?![{N.UP}][a-z]+ly\b)(?P<t>(?:{NAME}{POSS} )?{N.TITLE}) (?:(?:is|was|were|has been|had been|originally|first|initially|ran|aired) )*(?:for [\w ]{{1,30}} )?$",
        text,
    )
    if m and _plain_title(s, *m.span("t")) and m.group("t") not in ("It", "They", "This", "The", "These"):
        series = series_named(ex, s, *m.span("t"), strong=True)
        return [Work(series, series)] if series else []
    # "Brian Henson directed Farscape: The Peacekeeper Wars, which aired on ...": the which's title
    m = re.search(
        rf"(?<=[a-z] )(?P<t>{N.TITLE}(?:: {N.TITLE})?), which (?:(?:was|were|is|first|originally) )*$", text
    )
    if m:
        series = series_named(ex, s, *m.span("t"))
        if series is not None and not series.weak:
            return [Work(series, series)]
    return subject_works(ex, s, pos)


def _license(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    for m in LICENSED.finditer(text):
        g = next(x for x in ("org", "org2", "org3", "org4") if m.group(x))
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.start()]) or negated(text[c0 : m.end()]):
            continue
        org = org_mention(s, *m.span(g))
        if org is None:
            continue
        if g in ("org", "org2"):
            works = subject_works(ex, s, m.start())
        elif g == "org3":
            works = _topic_works(ex, s, m.start()) if m.group("what") != "the rights" else []
        else:
            what = m.group("what4")
            if re.match(rf"{COREF}|it\b", what):
                works = _topic_works(ex, s, m.start("what4"))
            else:
                series = series_named(ex, s, *m.span("what4"))
                works = [Work(series, series)] if series is not None and not series.weak else []
        for w in works:
            yield ex.emit(s, w.mention, "licensedBy", org, "company-licensed")


def _title_literal(s: SentenceView, a: int, b: int) -> Mention:
    title = QUALIFIERS.sub("", s.text[a:b]).strip()
    off = s.text[a:b].find(title)
    return literal(title, s.base + a + off, s.base + a + off + len(title))


def _employers(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    text = s.text
    known = doc_info(ex).series_keys
    seen: set[tuple[int, int]] = set()

    def emit(
        who_span: tuple[int, int], org: Mention | None, title: tuple[int, int] | None, rule: str
    ) -> Iterator[Candidate]:
        if org is None or N.series_key(org.text) in known or who_span in seen:
            return
        who = person_at(s, *who_span)
        if who is None or s.ner_label(who.start, who.end) in ("ORG", "GPE", "WORK_OF_ART"):
            return
        seen.add(who_span)
        yield ex.emit(s, who, "employer", org, rule)
        if title is not None:
            yield ex.emit(s, who, "jobTitle", _title_literal(s, *title), rule)

    for m in ORG_TITLE_NAME.finditer(text):
        a, b = m.span("org")
        org = org_mention(s, a, b)
        if org is None or not is_org_name(org.text, s, org.start, org.end):
            continue
        if _predicate_hedged(text, m.end("who")):
            continue
        yield from emit(m.span("who"), org, m.span("title"), "employer-title")
    for m in NAME_TITLE_ORG.finditer(text):
        g = "" if m.group("who") else "2"
        org = org_mention(s, *m.span(f"org{g}"))
        if org is None or not (is_org_name(org.text, s, org.start, org.end) or (g and _company_like(s, org))):
            continue
        yield from emit(m.span(f"who{g}"), org, m.span(f"title{g}"), "employer-appositive")
    for m in TITLE_NAME_ORG.finditer(text):
        if re.match(r"(?i)critic|reviewer|writer|journalist", m.group("title")):
            continue
        org = org_mention(s, *m.span("org"))
        if org is None:
            continue
        if not m.group("parent") and not is_org_name(org.text, s, org.start, org.end):
            continue  # "producer X of Daredevil" is a work, "director Y of New York" a place
        if s.ner_label(org.start, org.end) in ("PERSON", "GPE", "LOC", "DATE"):
            continue
        yield from emit(m.span("who"), org, m.span("title"), "employer-of")
    for m in WORKS_FOR.finditer(text):
        g = "" if m.group("who") else "2"
        c0 = clause_start(text, m.start())
        if planned(text[c0 : m.end()]) or negated(text[c0 : m.end()]):
            continue
        org = org_mention(s, *m.span(f"org{g}"))
        if org is None or not is_org_name(org.text, s, org.start, org.end):
            continue
        title = m.span("title2") if g else None
        yield from emit(m.span(f"who{g}"), org, title, "employer-works-for")


def _company_like(s: SentenceView, org: Mention) -> bool:
    """'Apple' in "X, Apple's head of programming": a possessor of a job title that is not a
    person or a place."""
    return (
        s.ner_label(org.start, org.end) not in ("PERSON", "GPE", "LOC", "NORP", "DATE")
        and " " not in org.text
    )


def _predicate_hedged(text: str, end: int) -> bool:
    """'Netflix COO Ted Sarandos said ...' is a fact; 'X, rumoured to be the next Netflix CEO' is not."""
    before = text[max(0, end - 120) : end]
    return bool(
        re.search(
            r"\b(?:rumou?red|expected|set|tipped|poised|likely) to (?:be(?:come)?|succeed|replace)\b", before
        )
    )
