"""Name patterns and name normalisation shared by extraction and resolution."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_UPC = f"[{UP}]"
#: given names written with a dot ("Ed. Weinberger", "Wm. Shatner"): one name with the next word,
#: and no sentence end (kg/nlp.py)
DOTTED_GIVEN_NAMES = r"Ed|Wm|Chas|Geo|Thos|Jas|Benj"
_DOTTED_GIVEN = DOTTED_GIVEN_NAMES.replace("Ed", rf"Ed(?=\.[ ]{_UPC})", 1)  # ("Ed" alone is a whole name)
# One capitalised word: an initial ("J."), an acronym with dots ("S.H.I.E.L.D."), or a word,
# possibly hyphenated or with an inner apostrophe ("Carrie-Anne", "D'Amore") or a dropped g
# before another capitalised word ("Workin' Moms"), but never a possessive ending ("Jones's",
# "Jones'").
WORD = rf"(?:No\.[ ]\d+(?![\w])|(?<=[ ])['’]\d0s(?![\w'’])|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Capt|Lt|Sgt|Col|Gen|Det|Supt|Insp|Prof|Rev|Cmdr|Maj|Adm|{_DOTTED_GIVEN})\.|{_UPC}\.(?:[ ]?{_UPC}\.)*(?![\w])|{_UPC}\.{_UPC}(?![\w.])|{_UPC}[\w\-]*(?:['’]{_UPC}[\w\-]*|['’](?!(?:ll|re|ve|s)\b)[a-z]{{2,}}|(?<=in)['’](?=[ ]{_UPC}))?\+?(?![\w\-]))"
PARTICLE = r"(?:de|da|das|des|dos|del|della|di|du|van|von|der|den|la|le|bin|al|y)"
NICK = rf"[\"“]{_UPC}[\w\-.]*(?: {_UPC}[\w\-.]*){{0,2}}[\"”]"
SEP = rf"(?:[ \u00a0]+(?:(?:{PARTICLE}[ ]+){{1,2}}|{NICK}[ ]+)?)"
#: a capitalised name of one or more words: "S. J. Clarkson", 'Franklin "Foggy" Nelson'
NAME = rf"(?<![\w'’]){WORD}(?:{SEP}{WORD})*"
#: a title of a work: a name that may hold lower-case joiners and an inner possessive:
#: "The Last of Us", "House of the Dragon", "The Queen's Gambit", "Agents of S.H.I.E.L.D.", "The
#: Bold and the Beautiful"
TITLE = (
    rf"(?<![\w’])(?<!\w')(?:The[ ]{WORD}[ ]and[ ]the[ ]{WORD}(?![ ]*(?!(?:Wiki|Fandom)\b){WORD}|['’]s\b)|(?:The[ ])?{WORD}['’]s[ ]{WORD}(?:{SEP}{WORD})*(?=[ ]*(?:$|[,.;:)]|and\b|or\b))|The[ ]{WORD}['’]s[ ]{WORD}(?:{SEP}{WORD})*|"
    rf"{WORD}(?:(?:[ ](?:of|the|a|an|to|&|vs\.|(?:in|on|with|from|at|for|into)[ ]the|with[ ]a|in[ ](?=(?:Their|His|Her|My|Our|Your)[ ])))*{SEP}{WORD})*)"
    # "Marcus Welby, M.D.", "Magnum, P.I.": a title's comma suffix
    r"(?:,[ ](?:M\.D\.|P\.I\.))?"
    # "American Dad!, the animated sitcom", "on Samantha Who?, the ABC comedy": an exclamation or
    # question mark inside a sentence is the title's
    r"(?:[!?](?=[,;:)]|[ ][a-z]))?"
)
#: a title's last word joined by "and" after a broadcaster's possessive: "Adult Swim's Rick and Morty"
#: (not "and The Crown", "and NBC's Superstore", "and Rick Moranis" or "and Channel 4's Help")
AND_WORD = rf" and (?!(?:The|A|An)\b){WORD}(?!['’]|[ ](?:{WORD}|\d))"
#: a name that is not the start of a longer one (for items of lists)
NAMEX = rf"{NAME}(?!{SEP}{WORD})"
#: a character name with an optional alias: "Matt Murdock / Daredevil", "Danny Rand/Iron Fist"
#: an epithet ("Nandor the Relentless", "Simon the Devious") is part of the name
CHAR = rf"{NAME}(?: the {_UPC}[a-z]+(?![\w\-]| {_UPC}))?(?:[ ]?/[ ]?{NAME})?"
POSS = r"(?:['’]s|['’])"

#: capitalised words that start a sentence or a description but are not part of a name
LEADING_NOISE = {
    "a", "an", "and", "but", "also", "additionally", "however", "meanwhile", "when", "while",
    "after", "before", "in", "on", "at", "for", "from", "with", "as", "by", "of", "to", "if",
    "alongside", "opposite", "besides", "including", "starring", "featuring", "co-starring",
    "then", "though", "although", "since", "finally", "later", "now", "so", "yet", "both",
    "elsewhere", "tonight", "today", "meanwhile,",
    "director", "directors", "showrunner", "showrunners", "co-showrunner", "producer",
    "producers", "executive", "creator", "co-creator", "writer", "writers", "composer",
    "actor", "actress", "actors", "star", "stars", "co-star", "cinematographer", "colorist",
    "designer", "production", "costume", "head", "chief", "president", "ceo", "coo", "cco",
    "co-ceo", "editor", "editor-in-chief", "critic", "reviewer", "series", "season",
    "episode", "newcomer", "veteran", "comedian", "singer", "rapper", "filmmaker",
    "his", "her", "their", "its", "this", "that", "these", "those", "reprising", "returning",
    "adds", "casts", "joins", "taps", "lands", "books", "eyes", "sets", "names", "hires", "welcomes",
    "reveals", "confirms", "announces", "recruits", "enlists", "exclusive", "watch", "review",
    "marvel", "netflix", "hbo", "amazon", "hulu", "disney", "abc", "nbc", "cbs", "fox", "amc",
    "cw", "starz", "showtime", "apple", "peacock", "paramount",
}  # fmt: skip
#: titles kept as alternative names but dropped from a character's label
TITLES_ALWAYS = {
    "madame", "madam", "father", "mr.", "mrs.", "ms.", "dr.", "detective", "det.", "officer",
    "agent", "nypd", "lapd", "fbi", "cia", "sergeant", "sgt.", "lieutenant", "lt.", "judge",
    "sister", "brother", "mother", "aunt", "uncle", "grandma", "grandpa", "sheriff", "deputy",
    "nurse", "principal", "coach", "reverend", "rev.", "pastor", "senator", "mayor", "ser", "constable",
    "councilman", "councilwoman", "inspector", "commissioner", "chief", "professor", "prof.",
    "superintendent", "marshal", "special", "supt.", "insp.", "congresswoman", "congressman",
    "councillor", "councilor", "alderman", "verger", "vicar", "archduke", "archduchess", "duke",
    "duchess", "countess",
}  # fmt: skip
TITLES_IF_FULL = {
    "captain", "capt.", "doctor", "lady", "lord", "sir", "king", "queen", "miss", "mister",
    "prince", "princess", "dame", "count", "emperor", "empress", "baron", "baroness",
    "commander", "general", "colonel", "major", "admiral", "president", "governor", "dr", "mr",
    "mrs", "ms", "dci", "di", "ds", "dc", "pc", "dsi", "dcs", "dsu", "dcp", "acp", "ambassador",
    "minister", "secretary", "mp", "bishop", "archbishop", "monsignor", "rabbi",
}  # fmt: skip
#: two-word ranks and offices dropped from a character's label
TWO_WORD_TITLES = {
    "crown prince", "crown princess", "senior sergeant", "first sergeant",
    "prime minister", "senior constable", "leading constable", "vice president", "foreign secretary",
    "home secretary", "chief constable", "first officer", "staff sergeant", "master sergeant",
    "police constable", "detective constable", "detective superintendent", "detective inspector",
    "chief superintendent", "deputy director", "assistant director", "district attorney",
    "attorney general", "secretary general", "general secretary", "lord chancellor",
}  # fmt: skip
#: lower-case descriptors allowed between "as" and a character's name ("as police captain Strieber")
LOWER_TITLES = {t.rstrip(".") for t in TITLES_ALWAYS | TITLES_IF_FULL} | {"police", "the"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9,
    "10th": 10, "opening": 1, "final": -1, "last": -1,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
    **{f"{n}th": n for n in range(11, 21)}, "21st": 21, "22nd": 22, "23rd": 23,
}  # fmt: skip
CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    **{f"twenty-{w}": 20 + n for w, n in (("one", 1), ("two", 2), ("three", 3), ("four", 4),
                                          ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
                                          ("nine", 9))},
    "thirty": 30,
}  # fmt: skip
# (and any numeric ordinal: "the 151st episode")
ORDINAL_RE = "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th)(?![\w'’])"
CARDINAL_RE = "|".join(sorted(CARDINALS, key=len, reverse=True)) + r"|\d+"


def number_word(text: str) -> int | None:
    """'two' -> 2, '3' -> 3, 'second' -> 2."""
    t = text.lower()
    if t.isdigit():
        return int(t)
    numeric = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", t)
    if numeric:
        return int(numeric.group(1))
    return CARDINALS.get(t) or ORDINALS.get(t)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Chloë Levine' -> 'chloe levine'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


def clean(text: str) -> str:
    """Normalise spaces and typographic apostrophes in a surface name."""
    return " ".join(text.replace("’", "'").replace("\u00a0", " ").split())


def tokens(name: str) -> list[str]:
    return clean(name).split(" ")


def strip_leading_noise(name: str) -> str:
    """Drop sentence-initial words and job titles: 'Showrunner Marco Ramirez' -> 'Marco Ramirez'."""
    toks = tokens(name)
    while len(toks) > 1 and (
        toks[0].lower() in LEADING_NOISE or re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", toks[0])
    ):
        if toks[0] == "This" and toks[1] in ("Is", "Was"):
            break  # "This Is Going to Hurt", "This Is Us": a title
        if toks[0] == "Star" and (len(toks) == 2 or toks[1].endswith(":")):
            break  # "Star Trek", "Star Wars: Andor": a title ("Star Pedro Pascal" has a full name after it)
        toks = toks[1:]  # "Cinematographer-turned-director Reed Morano", "Writer-director X"
    return " ".join(toks)


#: a romanised Korean or Chinese name, family name first: "Jun Ji-hyun", "Kim Seong-hun"
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+")


def family_name(name: str) -> str:
    """The family name a person is called by alone: the last word ("Cox" for "Charlie Cox"),
    the first in a romanised Korean or Chinese name ("Jun" for "Jun Ji-hyun")."""
    words = name.split(" ")
    return words[0] if _FAMILY_FIRST.fullmatch(name) else words[-1]


def strip_titles(name: str) -> str:
    """'NYPD Captain Irving Forbush' -> 'Irving Forbush'; 'Madame Gao' -> 'Gao'; keeps 'Captain America'."""
    toks = tokens(name)
    while len(toks) > 1:
        t = toks[0].lower()
        if len(toks) > 2 and f"{t} {toks[1].lower()}" in TWO_WORD_TITLES:
            toks = toks[2:]  # "Prime Minister Nicol Trowbridge", "Senior Constable Ashleigh Hughes"
            continue
        if t in TITLES_ALWAYS or (t in TITLES_IF_FULL and len(toks) > 2):
            if toks[1][:1].islower():
                break  # "Madame de Pompadour": the title is the name's
            toks = toks[1:]
            continue
        break
    while len(toks) > 2 and toks[-1] in POST_NOMINALS:
        toks = toks[:-1]  # "Rowley Birkin QC" (not "Jr.": a suffix is part of the name)
    return " ".join(toks)


#: letters after a name that are an honour or a rank, not part of it
POST_NOMINALS = frozenset(
    {"QC", "KC", "MP", "OBE", "MBE", "CBE", "KBE", "DBE", "VC", "FRS", "PhD", "MD", "DDS", "Esq", "Esq."}
)


def without_nickname(name: str) -> tuple[str, str | None]:
    """'Franklin "Foggy" Nelson' -> ('Franklin Nelson', 'Foggy Nelson')."""
    m = re.search(r'\s["“]([^"”]+)["”]\s', clean(name))
    if not m:
        return clean(name), None
    c = clean(name)
    full = (c[: m.start()] + " " + c[m.end() :]).strip()
    last = full.split(" ")[-1]
    return full, f"{m.group(1)} {last}"


def strip_possessive_brand(title: str) -> str:
    """ "Marvel's The Defenders" -> 'The Defenders' (a brand possessive is not part of the key)."""
    t = clean(title)
    if re.match(rf"^The {WORD}['’]s ", t):
        return t  # "The Queen's Gambit": the possessive is inside the title
    m = re.match(rf"^(?:{WORD}[ ]+)*?{WORD}{POSS}[ ]+(.+)$", t)
    return m.group(1) if m else t


def series_key(title: str) -> str:
    """Key under which series titles are merged: brand possessive and leading 'The' dropped."""
    t = fold(strip_possessive_brand(title))
    t = re.sub(r"^the ", "", t)
    return t


def name_ranks(name: str, labels: Mapping[str, str], alts: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """The entities called ``name`` (ignoring case and accents), ranked: 0 when it is their
    label, 1 when it is one of their other names."""
    wanted = fold(name)
    ranks = {iri: 1 for iri, names in alts.items() if any(fold(a) == wanted for a in names)}
    ranks.update({iri: 0 for iri, label in labels.items() if fold(label) == wanted})
    return ranks


def best_ranked(ranks: Mapping[str, int]) -> list[str]:
    """The best-ranked IRIs, sorted (more than one means the name is ambiguous)."""
    best = min(ranks.values(), default=None)
    return sorted(iri for iri, r in ranks.items() if r == best)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def is_acronym_of(short: str, long: str) -> bool:
    """'MCU' is an acronym of 'Marvel Cinematic Universe'."""
    letters = "".join(w[0] for w in tokens(long) if w and w[0].isalpha()).upper()
    s = short.replace(".", "").upper()
    return len(s) >= 2 and s.isalpha() and (s == letters or (short.isupper() and len(s) <= 5))


ORG_WORDS = {
    "television", "tv", "studios", "studio", "entertainment", "pictures", "productions",
    "production", "network", "networks", "inc", "inc.", "company", "media", "films", "film",
    "records", "comics", "group", "channel", "corporation", "corp", "corp.", "llc", "ltd",
    "agency", "universe", "series", "season", "episode", "award", "awards", "festival",
    "university", "college", "school", "news", "times", "post", "magazine", "press",
}  # fmt: skip


#: broadcasters and streaming services by the names articles print
NETWORKS = {
    "Netflix", "Hulu", "HBO", "HBO Max", "Max", "Amazon", "Amazon Prime Video", "Prime Video",
    "Amazon Prime", "Amazon Video", "Apple TV+", "Apple TV", "Disney+", "Disney Plus", "Peacock",
    "Paramount+", "CBS All Access", "AMC", "AMC+", "FX", "FXX", "FX on Hulu", "ABC", "NBC", "CBS",
    "Fox", "The CW", "CW", "Showtime", "Starz", "Syfy", "USA Network", "TNT", "TBS",
    "Comedy Central", "BBC One", "BBC Two", "BBC1", "BBC2", "BBC3", "BBC4", "BBC Three", "BBC Four", "BBC", "ITV", "ITV1", "ITV2",
    "Channel 4", "E4", "Channel 5", "Sky Atlantic", "Sky One", "Sky Max", "Sky", "PBS", "Freeform",
    "ABC Family", "Lifetime", "Bravo", "A&E", "Cinemax", "Epix", "MGM+", "BET", "Nickelodeon",
    "Cartoon Network", "Adult Swim", "Crunchyroll", "Shudder", "YouTube Premium", "YouTube Red",
    "Quibi", "Tubi", "Crackle", "BritBox", "Acorn TV", "SundanceTV", "Sundance TV", "IFC",
    "WGN America", "TV Land", "MTV", "VH1", "Spike", "Audience", "DirecTV", "Stan", "Crave",
    "CBC", "Global", "CTV", "Disney Channel", "Disney XD", "Nick at Nite", "UPN",
    "The WB", "WB", "Hallmark Channel", "National Geographic", "Discovery", "History",
    "Pop", "Fuse", "Ovation", "Showcase", "Space", "Channel 9", "Nine Network", "Seven Network",
    "Network 10", "RTÉ", "TVNZ", "Canal+", "Arte", "ZDF", "Das Erste", "RAI", "Telemundo",
    "Univision", "Globoplay", "Viaplay", "Apple", "Roku Channel", "The Roku Channel", "Pluto TV",
    "tvN", "JTBC", "KBS", "KBS1", "KBS2", "MBC", "SBS", "OCN", "ENA", "TVING", "Wavve", "Coupang Play",
    "NHK", "Fuji TV", "TV Asahi", "TV Tokyo", "Nippon TV", "WOWOW", "SVT", "SVT1", "DR", "DR1", "NRK",
    "NRK1", "TV 2", "Yle", "RTL", "Sat.1", "ProSieben", "TF1", "France 2", "France 3", "M6", "Rai 1",
    "Antena 3", "Movistar+", "TVE", "La 1", "Telecinco", "Globo", "TV Globo", "S4C", "RTÉ One", "TG4",
    "Foxtel", "Binge", "Hotstar", "Disney+ Hotstar", "ZEE5", "SonyLIV", "JioCinema", "iQIYI", "Youku",
    "Tencent Video", "Viki",
}  # fmt: skip
#: ... those that are no common word or given name, for patterns where a possessive or a bare
#: word decides ("Freeform's Pretty Little Liars"; not "Stan's", "History's", "Spike's")
BROADCASTER_NAMES = NETWORKS - {
    "Stan", "Spike", "Global", "Space", "Pop", "Audience", "History", "Discovery", "Showcase", "Ovation",
    "Fuse", "Crave", "Binge", "Viki", "Arte", "Globo",
}  # fmt: skip

#: states, provinces and countries: the region a place name is qualified by ("Atlanta, Georgia",
#: "Santiago, Chile"), which a list of places does not count as a place of its own
REGIONS = frozenset({
    # U.S. states
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    # Canadian provinces, Australian states, the UK's nations
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
    "Ontario", "Quebec", "Québec", "Saskatchewan", "New South Wales", "Queensland", "Victoria",
    "Tasmania", "Western Australia", "South Australia", "England", "Scotland", "Wales",
    "Northern Ireland",
    # countries
    "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile", "China",
    "Colombia", "Croatia", "Cuba", "Czech Republic", "Czechia", "Denmark", "Egypt", "Estonia", "Finland",
    "France", "Germany", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Ireland", "Israel",
    "Italy", "Japan", "Jordan", "Kenya", "Latvia", "Lithuania", "Luxembourg", "Malta", "Mexico",
    "Morocco", "Netherlands", "the Netherlands", "New Zealand", "Nigeria", "Norway", "Peru",
    "Philippines", "Poland", "Portugal", "Romania", "Russia", "Serbia", "Singapore",
    "Slovakia", "Slovenia", "South Africa", "South Korea", "Korea", "Spain", "Sweden", "Switzerland",
    "Taiwan", "Thailand", "Turkey", "Ukraine", "United Kingdom", "UK", "U.K.", "United States", "US",
    "U.S.", "USA", "Vietnam",
})  # fmt: skip


#: first words of a title that make it no person's name: "Young Sheldon", "Little Bill"
#: words of age before a name: "Young Sheldon", "Little Bill" (not the name of a person)
AGE_WORDS = frozenset({"young", "little", "old", "big", "baby"})
NOT_GIVEN_NAMES = AGE_WORDS | frozenset(
    [
        "dear",
        "saint",
        "lady",
        "lord",
        "king",
        "queen",
        "prince",
        "princess",
        "uncle",
        "aunt",
        "brother",
        "sister",
        "father",
        "mother",
        "papa",
        "mama",
        "mister",
        "miss",
        "master",
        "agent",
        "detective",
        "doctor",
        "nurse",
        "sergeant",
        "officer",
    ]
)

#: a listicle headline's words ("10 Things You Didn't Know About Malcolm in the Middle"): no name's
HEADLINE_NOT_NAMES = frozenset({"about", "know", "things", "facts", "secrets", "didn't", "you", "your"})


def looks_like_person_name(text: str) -> bool:
    """Two to four capitalised words, no organisation words: 'Britt Lower', 'J. Smith-Cameron'."""
    toks = tokens(text)
    if not 2 <= len(toks) <= 4:
        return False
    for i, t in enumerate(toks):
        if 0 < i < len(toks) - 1 and re.fullmatch(PARTICLE, t):
            continue  # "Guillermo del Toro", "Ludwig van Beethoven"
        if (
            t.lower() in ORG_WORDS
            or t.lower() in LEADING_NOISE
            or t.lower() in HEADLINE_NOT_NAMES
            or not t[0].isupper()
            or any(c.isdigit() for c in t)
        ):
            return False
        if len(t) > 2 and t.isupper():
            return False
    return True
