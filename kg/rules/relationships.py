"""Character relationships, membership of fictional organizations, and who killed whom.

Direction: every relationship reads "SUBJECT is the REL of OBJECT": ``Trish kg:adoptiveSiblingOf
Jessica`` (Trish is Jessica's adoptive sister), ``Stick kg:mentorOf Matt``, ``Delores
kg:motherOf Cole``, ``Strieber kg:policeCaptainOf Misty``; a child is stated from the parent's
side ("Lexi, the daughter of John" -> ``John kg:parentOf Lexi``), a student from the mentor's,
an employee from the superior's. ``kg:killed`` is killer -> victim; ``kg:memberOf``,
``kg:formerMemberOf``, ``kg:leaderOf`` are character -> fictional organization (kind "group").

Constructions (the slot decides the kind: a possessor of "neighbor" is a character, so
"Jones' neighbor" is Jessica Jones, never the actor Finn Jones):

* cast-list entries "ACTOR as CHARACTER: DESCRIPTION" (or "ACTOR as CHARACTER, a ...",
  "CHARACTER (ACTOR): ...") and prose descriptions "CHARACTER is [revealed to be] the ...",
  whose top-level noun phrases and relative clauses describe CHARACTER: "Jones' neighbor and assistant", "Murdock's close
  friend and former law partner", "ally of Jones and Rand", "confidante for Murdock", "the
  daughter of John and Michelle Raymond", "who is Cage's lover", "One of the five "fingers" of
  the Hand and its leader", "A former member of the Hand", "co-CEO of Rand Enterprises",
  "who runs her own agency, Alias Investigations", "who now works with Jeri Hogarth";
* prose about characters the document knows (cast pairs "ACTOR as CHARACTER", "ACTOR plays
  CHARACTER", "CHARACTER (ACTOR)" when the document writes them so, "the season introduces X",
  and characters an earlier relation named): "Trish Walker is Jessica's adoptive sister", "Stick, Murdock's mentor,",
  "her mentor Stick", "Trish and Jessica are adoptive sisters", "Sowande and Murakami, both
  being leaders of the Hand", "Elektra murders Stick", "Alexandra is killed by Elektra",
  "Jones ... the aftermath of killing Kilgrave", "..., both of whom she murders", "Samir joined
  the Blackwater Crew, a smuggling gang led by Victor Lusk".

A surname several characters share is the one introduced first (the lead: "Stone's partner"
next to Nora and Eli Stone); one shared with an actor is the character's only where the slot
says so (a description, a killing) or inside that character's own cast-list section.

Not facts: anything in a question, or hedged in its clause (may, would, will, rumoured,
reportedly, if, whether, tries to ...); a role word inside quotation marks (an opinion:
called her "his true mother"); a relation that the text says is over is stated with the
``former`` property when there is one (formerMemberOf, formerPartnerOf, formerSecretaryOf,
formerSenseiOf, ...) and dropped otherwise ("a former friend").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import names as N
from kg import vocab
from kg.extraction import (
    AS_PAIR,
    MID_WORDS,
    PAREN_PAIR,
    VERB_PAIR,
    Candidate,
    Extractor,
    Mention,
    SentenceView,
    character_mention,
    make_mention,
)

NAME, CHAR, POSS = N.NAME, N.CHAR, N.POSS
#: 'Ebon Moss-Bachrach's Richard "Richie" Jerimovich, Michael's best friend, ...' (a described role)
POSSESSIVE_CAST = re.compile(
    rf"(?P<actor>{NAME}){POSS} (?P<char>(?!The ){CHAR}|{NAME} {N.NICK} {NAME}), (?:the |an? |{NAME}{POSS} )[a-z]"
)
#: the verbs that give an actor a role
PLAY_VERBS = "plays|played|portrays|portrayed|voices|voiced"
NAMES = rf"{NAME}(?:(?:, | and |, and ){NAME})*"
TITLES = "|".join(sorted(N.LOWER_TITLES, key=len, reverse=True))

# --- relations --------------------------------------------------------------------------------

#: character -> character relations (name = local name of the kg: property)
CHARACTER_RELATIONS = (
    "friendOf", "siblingOf", "adoptiveSiblingOf", "parentOf", "motherOf", "fatherOf", "spouseOf",
    "formerSpouseOf", "loverOf", "formerLoverOf", "mentorOf", "formerMentorOf", "senseiOf",
    "formerSenseiOf", "partnerOf", "formerPartnerOf", "colleagueOf", "allyOf", "neighborOf",
    "assistantOf", "formerAssistantOf", "secretaryOf", "formerSecretaryOf", "confidantOf",
    "superiorOf", "policeCaptainOf", "killed",
)  # fmt: skip
#: character -> fictional organization relations
GROUP_RELATIONS = ("memberOf", "formerMemberOf", "leaderOf", "formerLeaderOf")

for _name in CHARACTER_RELATIONS:
    vocab.register(_name, vocab.KG + _name, {"character"}, {"character"})
for _name in GROUP_RELATIONS:
    vocab.register(_name, vocab.KG + _name, {"character"}, {"group"})
vocab.implies("motherOf", "parentOf")
vocab.implies("fatherOf", "parentOf")
# (Wikidata's "spouse", P26, is every marriage, ended ones too: "Ron's ex-wife" is a spouse)
vocab.implies("formerSpouseOf", "spouseOf")

# --- role nouns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    pattern: str  # the noun (with its fixed modifiers), singular and plural
    relation: str
    former: str | None = None  # the relation when the text says it is over ("former", "ex-")
    reverse: bool = False  # the possessor/complement is the holder ("Cole's son" -> Cole parentOf)


#: "X's ROLE", "ROLE of X": X is the owner, the described character is the holder
ROLES = (
    Role(r"(?:adoptive|adopted|foster)[ -](?:sister|brother|sibling)s?", "adoptiveSiblingOf"),
    Role(r"(?:sister|brother|sibling)s?", "siblingOf"),
    Role(r"(?:adoptive |foster )?(?:mother|mom|mum)s?", "motherOf"),
    Role(r"(?:adoptive |foster )?(?:father|dad)s?", "fatherOf"),
    Role(r"(?:adoptive |foster )?parents?", "parentOf"),
    Role(r"(?:adoptive |adopted |foster )?(?:daughter|son|child|children)s?", "parentOf", reverse=True),
    # "their youngest", "Geordie's eldest, Esme": a child
    Role(r"youngest|eldest|oldest", "parentOf", reverse=True),
    Role(r"(?:wife|wives|husband|spouse)s?", "spouseOf", "formerSpouseOf"),
    Role(
        r"(?:romantic |life )partners?|lovers?|girlfriends?|boyfriends?|fianc[ée]e?s?",
        "loverOf",
        "formerLoverOf",
    ),
    Role(r"senseis?", "senseiOf", "formerSenseiOf"),
    Role(r"(?:mentor|teacher|trainer|tutor)s?", "mentorOf", "formerMentorOf"),
    Role(
        r"(?:student|pupil|prot[ée]g[ée]e?|apprentice|disciple)s?", "mentorOf", "formerMentorOf", reverse=True
    ),
    Role(r"(?:law |business )?partners?", "partnerOf", "formerPartnerOf"),
    Role(r"all(?:y|ies)", "allyOf"),
    Role(r"neighbou?rs?", "neighborOf"),
    Role(r"assistants?", "assistantOf", "formerAssistantOf"),
    Role(r"secretar(?:y|ies)", "secretaryOf", "formerSecretaryOf"),
    Role(r"confidant(?:e|es|s)?", "confidantOf"),
    Role(r"(?:police|precinct) captains?", "policeCaptainOf"),
    Role(r"boss(?:es)?|employers?|supervisors?|superiors?|commanding officers?|handlers?", "superiorOf"),
    Role(
        r"employees?|bodyguards?|henchm[ae]n|henchwom[ae]n|chauffeurs?|butlers?|right-hand (?:man|woman)|"
        r"squires?|servants?|aides?|valets?|maids?",
        "superiorOf",
        reverse=True,
    ),
    Role(r"colleagues?|co-?workers?|fellow (?!members?\b)[a-z]+s?", "colleagueOf"),
    Role(r"friends?", "friendOf"),
    Role(r"killers?|murderers?", "killed"),
)
#: "ROLE of GROUP": membership of a fictional organization
GROUP_ROLES = (
    Role(r"(?:founding )?members?", "memberOf", "formerMemberOf"),
    Role(
        r"(?:agent|operative|soldier|assassin|warrior|enforcer|lieutenant|ninja)s?",
        "memberOf",
        "formerMemberOf",
    ),
    Role(
        r"(?:co-)?leaders?|heads?|(?:co-)?CEOs?|chief executive(?: officer)?|chair(?:man|woman|person)",
        "leaderOf",
        "formerLeaderOf",
    ),
)
#: plural nouns of "one of the [five] NOUN of GROUP" (a quoted noun is the group's own term)
ONE_OF_NOUNS = {
    "members": "memberOf", "agents": "memberOf", "operatives": "memberOf", "soldiers": "memberOf",
    "assassins": "memberOf", "warriors": "memberOf", "ninjas": "memberOf", "lieutenants": "memberOf",
    "generals": "memberOf", "elders": "memberOf", "fingers": "memberOf", "leaders": "leaderOf",
    "heads": "leaderOf", "founders": "memberOf",
}  # fmt: skip

MODS = (
    r"former|ex|one-time|onetime|erstwhile|late|estranged|new|current|loyal|trusted|longtime|"
    r"long-time|lifelong|old|oldest|close|closest|best|childhood|dear|beloved|personal|biological|"
    r"only|eldest|older|younger|youngest|middle|twin|half|big|little|elder|secret|trusty|faithful|reluctant|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
FORMER = re.compile(r"\b(?:former|ex|one-time|onetime|erstwhile)\b", re.I)


def _np(roles: tuple[Role, ...], p: str) -> str:
    nouns = "|".join(f"(?:{r.pattern})" for r in roles)
    return rf"\b(?P<{p}mods>(?:(?:{MODS})[ -])*)(?P<{p}noun>(?:{nouns}))(?![\w-])"


ROLE_NP = _np(ROLES, "")
GROUP_NP = _np(GROUP_ROLES, "")

ADV = r"(?:(?:also|now|still|later|eventually|ultimately|then|soon|actually|in fact|[a-z]+ly) )"
GROUP_NAME = rf"{NAME}(?: of(?: the)? {NAME})?"
OWNERS = rf"{NAME}(?:, {NAME})*,? and {NAME}|{NAME}"

#: a word of a possessed noun phrase (a determiner, pronoun or complementiser starts another one)
_W = r"(?!(?:and|that|the|a|an|his|her|their|its|whose|which|who|whom|is|was|are|were)\b)[a-z][\w\-]*"
#: (after hyphenated adjectives in a row: "short-tempered, bargain-hunting mother")
WORDS = rf"(?:[a-z]+-[a-z\-]*(?:ed|ing), )*{_W}(?: {_W}){{0,3}}"
#: "X's ROLE [and ROLE]" / "his ROLE" / "whose ROLE": the possessor and the coordinated noun
#: phrases ("Sera's sworn protector and former lover"), each searched for a role noun below
POSS_ROLE = re.compile(
    rf"(?:(?P<owner>{OWNERS}){POSS}|(?P<pron>\b(?:[Hh]is|[Hh]er|[Tt]heir|whose|[Tt]he couple['’]s))) "
    rf"(?P<roles>{WORDS}(?:,? and {WORDS})*)"
)
#: nouns that name a thing, a place or an organization, not a person ("her agency Alias Investigations")
NOT_A_PERSON = re.compile(
    r"(?:agency|firm|company|business|corporation|show|series|film|movie|book|novel|comic|bar|restaurant|"
    r"club|gang|team|group|band|ship|car|house|home|city|town|hometown|building|company|school|church|"
    r"office|dojo|shop|store|hotel|studio|network|channel|podcast|album|song|website|organi[sz]ation)s?"
)
#: what may follow a role noun inside its phrase ("assistant at Alias Investigations")
ROLE_END = re.compile(r"$| (?:at|in|of|to|for|from|with|who|whose|that|on|since|until|during)\b")
#: adjectives that make a role a guess, not a fact ("her would-be killer", "his alleged father")
HEDGE_ADJ = re.compile(
    r"\b(?:would-be|alleged|supposed|presumed|presumptive|suspected|potential|possible|future|prospective|"
    r"intended|fake|pretend|so-called|apparent|rumou?red|imagined|fictional)\b"
)
#: "ROLE of|to|for X [and Y]" (the role phrase may follow "A lawyer and ...")
ROLE_OF = re.compile(rf"{ROLE_NP} (?:of|to|for) (?!(?:the|an?)\b)(?:[a-z][\w\-]* ){{0,2}}(?P<objs>{NAMES})")
GROUP_OF = re.compile(
    rf"{GROUP_NP} (?:of|at|in) (?:(?:an? |the )?(?:[a-z][\w\-]* ){{1,4}}(?:known as|called|named) )?"
    rf"(?P<the>the )?(?P<group>{GROUP_NAME})"
)
ONE_OF = re.compile(
    rf"\b[Oo]ne of (?:the |its |their )?(?:(?:{N.CARDINAL_RE}) )?(?P<q>[\"“])?(?P<noun>[A-Za-z\-]+)(?(q)[\"”])"
    rf" (?:of|in) (?P<the>the )?(?P<group>{GROUP_NAME})"
)
ITS_LEADER = re.compile(r"(?:,? and|,) its (?P<former>former )?(?:leader|head)\b")
RUNS = re.compile(
    rf"\b(?:runs|ran|leads|led|heads|headed) (?:(?:his|her|their) (?:own )?(?:[a-z\-]+ ){{0,2}}"
    rf"(?:agency|firm|company|business|gang|clan|cult|order|organi[sz]ation|syndicate|empire|corporation|team|group),? )?"
    rf"(?P<the>the )?(?P<group>{GROUP_NAME})"
)
#: "Samir joined the Blackwater Crew"
JOINED = re.compile(
    rf"(?P<subj>{NAME}) (?:{ADV})?(?:joined|joins|has joined|had joined) (?P<the>the )?(?P<group>{GROUP_NAME})"
)
#: "the Blackwater Crew, a smuggling gang led by Victor Lusk" (a fictional kind of organization)
LED_BY = re.compile(
    rf"(?P<the>the )?(?P<group>{GROUP_NAME}), (?:an?|the) (?:[a-z][\w\-]* ){{0,3}}"
    r"(?:gang|cult|clan|order|crew|syndicate|society|brotherhood|sisterhood|ring|cartel|mob|sect|coven|militia|"
    rf"faction|guild|league|army|resistance|cabal|triad) (?:led|run|headed|ruled) by (?P<leader>{NAME})"
)
WORKS_WITH = re.compile(rf"\b(?:works|worked|working) (?P<prep>with|alongside|for) (?P<objs>{NAMES})")
MARRIED = re.compile(rf"\b(?:(?P<kind>married|engaged) to|(?:dating|dates|dated)) (?P<objs>{NAMES})")
#: "Larry and Jennifer married at the end of the fifth season", "Balki married Mary Anne", "Francis marries Piama"
WED_PAIR = re.compile(
    rf"(?P<a>{NAME}) and (?P<b>{NAME}) {ADV}?(?:married|marry|wed|get married|got married|were married)\b(?! (?:to|off|into)\b)"
)
WEDS = re.compile(rf"(?P<a>{NAME}) {ADV}?(?:married|marries|marry|weds|wed) (?P<b>{NAME})(?![\w'’])")
#: "Larry and Jennifer have a son, Tom Appleton"
HAVE_CHILD = re.compile(
    rf"(?P<a>{NAME}) and (?P<b>{NAME}) {ADV}?(?:have|had|has|welcome|welcomed) (?:a|an|their|a baby|twin) "
    rf"(?:(?:first|second|third|baby|infant|newborn|twin) )?(?:son|daughter|child|baby|boy|girl)s?,? (?P<c>{NAME}(?: and {NAME})?)"
)
PLURAL_PAIR = re.compile(
    rf"(?P<a>{NAME}) and (?P<b>{NAME}) (?:are|were|became|become|becomes|remain|remained) {ADV}?(?P<mods>(?:(?:{MODS}) )*)"
    r"(?P<noun>(?:adoptive |adopted |foster )?(?:sisters|brothers|siblings)|friends|lovers|allies|neighbou?rs|colleagues|partners)\b"
)
#: "follows two sisters, Eva Villanueva (Ivana Baquero) and Carolina Villanueva (Alejandra
#: Onieva)", "she played twin sisters, Lefty and Ayomide": siblings named one by one
SIBLING_LIST = re.compile(
    # ("the elderly siblings Matthew Cuthbert and Marilla Cuthbert")
    rf"\b(?:two|three|four|twin|identical twin|the) (?:(?:young|teenage|orphaned|estranged|adult|twin|elderly|unmarried) )?(?:sisters|brothers|siblings),? "
    rf"(?P<list>{NAME}(?: \([^()]*\))?(?:, {NAME}(?: \([^()]*\))?)*,? and {NAME})"
)
PLURAL_GROUP = re.compile(
    rf"(?P<subjs>{NAMES}),? (?:respectively, )?(?:(?:both|all|each|the two|the three) )?(?:being|who are|who were|are|were|as) "
    rf"(?:the )?(?P<noun>members|leaders|heads|agents|assassins) of (?P<the>the )?(?P<group>{GROUP_NAME})"
)

KILL_VERB = r"(?:kills|killed|murders|murdered|slays|slew|slain|executes|executed|assassinates|assassinated)"
KILL_ADV = r"(?:(?:eventually|ultimately|later|finally|then|brutally|accidentally|also|herself|himself|personally) )?"
KILLS = re.compile(rf"(?P<killer>{NAME}) {KILL_ADV}{KILL_VERB} (?P<victim>{NAME})")
KILLED_BY = re.compile(
    rf"(?P<victim>{NAME}),? (?:who )?(?:is|was|gets|got|being|has been|had been) {KILL_ADV}"
    rf"(?:killed|murdered|slain|executed|assassinated) by (?:(?:the|a|an|his|her|their) )?(?:[a-z][\w\-]* ){{0,2}}(?P<killer>{NAME})"
)
KILLING = re.compile(rf"(?P<killer>{NAME}) (?:killing|murdering) (?P<victim>{NAME})")
AFTER_KILLING = re.compile(
    rf"\b(?:after|of|over|since|for|from) (?:having )?(?:killing|murdering|killed|murdered) (?P<victim>{NAME})"
)
OF_WHOM = re.compile(
    rf"\b(?P<which>both|all|each|two|three) of whom (?P<killer>she|he|they|{NAME}) {KILL_ADV}(?:kills|killed|murders|murdered|slays|slew)\b"
)
#: in a description: "who killed X", "the man who murdered X", "who is killed by X"
DESC_KILLS = re.compile(
    rf"(?:\b(?:the|a|an) (?:man|woman|person|one|assassin|vigilante|character|killer|ninja) )?"
    rf"\b(?:who|that) (?P<verb>{KILL_ADV}{KILL_VERB}) (?P<victim>{NAME})"
)
DESC_KILLED_BY = re.compile(
    rf"\bwho (?:is|was|gets|got) {KILL_ADV}(?:killed|murdered|slain) by (?P<killer>{NAME})"
)

HEDGE = re.compile(
    r"\b(?:rumou?r\w*|reportedly|allegedly|supposedly|speculat\w*|theori[sz]\w*|may|might|could|would|"
    r"will|shall|whether|if|expected|possibly|perhaps|plans? to|planned|hopes? to|hoped to|wants? to|"
    r"wanted to|tries to|tried to|attempts? to|attempted to|set to|believed to|thought to|suspected|"
    r"claims? to|claimed to|pretends? to|pretended to|fake|nearly|almost)\b",
    re.I,
)
QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
#: where a phrase describes the described character: at the start of the description, after a
#: comma or "and", or as the complement of "who is" / "and is"
TOP_LEVEL = re.compile(
    rf"(?:^|, |; |,? and |,? as well as |\b(?:who|and|but) (?:is|was|becomes|became|remains|has become) {ADV}?)"
    rf"{ADV}?(?:(?:[Aa]n?|[Tt]he) )?$"
)
#: "..., Ben Okafor (Cal Dunne), a fisherman who is also ...": the relative clause is about Ben
APPOSITIVE_WHO = re.compile(
    rf"(?P<n>{NAME})(?: \([^)]*\))?, (?:an?|the) (?:[a-z][\w\-]* ){{1,3}}(?:who|that) (?:is|was) {ADV}?(?:(?:[Aa]n?|[Tt]he) )?$"
)
#: "Walt Crane, who runs ...", "Greta Holm, the leader of ..., who murders ...": a relative clause's subject
RELATIVE_BEFORE = re.compile(
    rf"(?P<n>{NAME})(?: \([^)]*\))?(?:, (?:an?|the) [^,]{{1,80}})?, (?:who|which) {ADV}?$"
)
SUBJECT_BEFORE = re.compile(
    rf"(?P<subj>{CHAR})(?: \([^)]*\))?(?:,|(?:, (?:an?|the) [^,]{{1,80}},)? {ADV}?(?:is|was|has been|had been|becomes|became|remains|remained|serves as|served as|acts as|acted as)"
    rf" {ADV}?|, (?:who|which) (?:is|was) {ADV}?) ?(?:(?:an?|the) )?$"
)
CAST_ENTRY = re.compile(rf"^(?P<actor>{NAME}) as (?:(?:{TITLES}) )*(?P<char>{CHAR}): (?P<desc>\S.*)$")
#: "ACTOR as CHARACTER, a coroner who ..." / "..., Nadia's younger brother"
CAST_ENTRY_COMMA = re.compile(
    rf"^(?P<actor>{NAME})(?: as |[ \t]+[–—-][ \t]+)(?:(?:{TITLES}) )*(?P<char>{CHAR}), (?P<desc>(?:an? |the |one of |their |{NAME}{POSS} ).*)$"
)
#: a voice-cast line, the role described before its actors: "D.W. Read, Arthur's bossy sister – Michael
#: Caloz (seasons 1–5), Oliver Grainger (seasons 6–7)" (the description ends at the dash)
CAST_ENTRY_CHAR_DASH = re.compile(
    rf"^(?:[*•] )?(?P<char>{CHAR}), (?P<desc>(?:an? |the |his |her |their |{NAME}{POSS} )[^–—]*?)[ \t]+[–—][ \t]+"
    rf"(?P<actors>{NAME}(?: \([^()]*\))?(?:[,;]? (?:and )?{NAME}(?: \([^()]*\))?)*)[ \t]*$"
)
#: a cast table's row with a notes column: "Tommy Pickles  E. G. Daily  1991–2004  Stu and Didi's son"
CAST_ENTRY_TABLE = re.compile(
    rf"^(?P<char>{CHAR})(?:[ \t]{{2,}}|\t)(?P<actor>{NAME})(?:(?:[ \t]{{2,}}|\t)[^\t\n]*?)??(?:[ \t]{{2,}}|\t)"
    rf"(?P<desc>(?:{NAME}(?: and {NAME})?{POSS}) [^\t\n]*)$"
)
CAST_ENTRY_PAREN = re.compile(
    rf"^(?P<char>{CHAR}) \((?:played by |portrayed by |voiced by )?(?P<actor>{NAME})\): (?P<desc>\S.*)$"
)
#: a prose sentence that describes a character: "Marsh is revealed to be the leader of ..."
COPULA = re.compile(
    rf"^(?:[A-Z][\w ]*, )?(?P<char>{CHAR})(?: \([^)]*\))? (?:is|was)"
    rf"(?: (?:also|later|eventually|ultimately|secretly|actually|soon|then|in fact|revealed to be|shown to be|"
    rf"discovered to be|later revealed to be|eventually revealed to be))* (?P<desc>(?:an? |the |one of |[A-Z]).*)$"
)
#: the age a cast entry gives a role: "as young Mia"
_AGE = r"(?:young|younger|old|older|teenage|adult)"
PRONOUNS = {"he", "she", "they", "his", "her", "their", "him", "them", "whose"}
#: "Ruth Nagy plays Edith Crane, and Paul Ames plays Sam Crane": one pair at a time
PLAYS = re.compile(
    rf"(?P<actor>{NAME}),? (?:who )?(?:also |now |later )?(?:plays|played|portrays|portrayed|voices|voiced) "
    rf"(?:(?:{TITLES}) )*(?P<char>{CHAR})(?![\w\-])(?!,? and {NAME},? respectively)"
)
#: "The season introduces Greta Holm": a character
INTRODUCES = re.compile(
    rf"\bintroduc(?:es|ed|ing) (?:(?:the |a )?(?:new )?(?:character|villain|antagonist|hero|heroine)s? )?(?P<n>{NAME})"
)


# --- what a document knows: its characters and actors -----------------------------------------


@dataclass
class _Doc:
    chars: dict[str, str] = field(default_factory=dict)  # folded key -> full character name
    order: dict[str, int] = field(default_factory=dict)  # folded key -> where first introduced
    shorts: dict[str, set[str]] = field(default_factory=dict)  # folded first/last/alias -> full keys
    actors: set[str] = field(default_factory=set)  # folded actor names and their surnames
    entries: dict[int, str] = field(default_factory=dict)  # sentence position -> cast-entry character
    dash_entries: dict[int, re.Match[str]] = field(default_factory=dict)  # role-first voice-cast lines


def _keys(name: str) -> tuple[str, list[str]]:
    """(full key, short keys) of a character name: 'Franklin "Foggy" Nelson' -> franklin nelson,
    [franklin, nelson, foggy, foggy nelson]; 'Matt Murdock / Daredevil' -> ..., daredevil."""
    parts = [N.clean(p) for p in name.split("/") if p.strip()]
    base, nick = N.without_nickname(parts[0])
    base = N.strip_titles(base)
    toks = N.fold(base).split(" ")
    shorts = [toks[0], toks[-1]] if len(toks) > 1 else [toks[0]]
    if len(toks) > 2:
        shorts.append(" ".join(toks[:2]))  # "Mary Anne" for Mary Anne Spencer
    if len(toks) > 1 and toks[0] in ("the", "a", "an"):
        shorts = shorts[1:]  # "The Immortal" is not called "The"
    if nick:
        shorts += [N.fold(nick), N.fold(nick).split(" ")[0]]
    shorts += [N.fold(N.strip_titles(a)) for a in parts[1:]]
    return N.fold(base), shorts


def _standalone_count(text: str, name: str) -> int:
    """How often the first or last word of ``name`` is used on its own (not inside a longer
    capitalised name): characters are called "Iris" or "Marsh", actors rarely are."""
    toks = N.strip_titles(N.clean(name)).split(" ")
    total = 0
    for tok in {toks[0], toks[-1]}:
        if len(tok) < 3:
            continue
        for m in re.finditer(rf"(?<![\w\-]){re.escape(tok)}(?![\w\-])", text):
            before, after = text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 2]
            if re.search(rf"[{N.UP}][\w.]* $", text[max(0, m.start() - 30) : m.start()]) or re.match(
                rf" [{N.UP}]", after
            ):
                continue
            if before.endswith("(") or after.startswith(")"):
                continue
            total += 1
    return total


def _doc(ex: Extractor) -> _Doc:
    return ex.memo("relationships.doc", lambda: _make_doc(ex))


def _make_doc(ex: Extractor) -> _Doc:
    d = _Doc()
    doc_text = ex.doc.text
    chars: list[tuple[str, int]] = []  # (character name, document offset)
    pairs: list[tuple[str, str, int, int, int]] = []  # "A (B)": A, B, score, offsets
    for i, s in enumerate(ex.sents):
        text = s.text
        found: list[tuple[str, int]] = []
        entry = CAST_ENTRY.match(text) or CAST_ENTRY_COMMA.match(text)
        if entry:
            d.entries[i] = entry.group("char")
            if N.looks_like_person_name(N.strip_leading_noise(entry.group("actor"))):
                # "Mark Linn-Baker – Larry Appleton, an aspiring photojournalist": the role is known
                found.append((entry.group("char"), entry.start("char")))
                d.actors.add(N.fold(N.strip_leading_noise(entry.group("actor"))))
        dash = CAST_ENTRY_CHAR_DASH.match(text)
        if dash:
            actors = [a.group() for a in re.finditer(NAME, re.sub(r"\([^()]*\)", "", dash.group("actors")))]
            actors = [a for a in actors if a != "and"]
            if actors and all(N.looks_like_person_name(a) for a in actors):
                d.entries[i] = dash.group("char")
                d.dash_entries[i] = dash
                found.append((dash.group("char"), dash.start("char")))
                d.actors |= {N.fold(a) for a in actors}
        for m in AS_PAIR.finditer(text):
            mid = re.findall(r"[\w\-]+", m.group("mid"))
            actor = N.strip_leading_noise(m.group("actor"))
            key = N.fold(actor)
            if (
                " " not in actor
                and any(p.startswith(key + " ") for p in ex.out.person_names)
                and not any(p.endswith(" " + key) for p in ex.out.person_names)
            ):
                # "doing Kath and Kim as sketches on Big Girl's Blouse": Kim is Kim Craig, no actor
                continue
            if all(w in MID_WORDS for w in mid):
                found.append((m.group("char"), m.start("char")))
                d.actors.add(N.fold(N.strip_leading_noise(m.group("actor"))))
        for m in INTRODUCES.finditer(text):
            found.append((m.group("n"), m.start("n")))
        for m in VERB_PAIR.finditer(text):
            actors = [a for a in re.finditer(NAME, m.group("actors")) if a.group() != "and"]
            roles = [r for r in re.finditer(NAME, m.group("chars")) if r.group() != "and"]
            if len(actors) == len(roles):  # as the core rule: "A and B play X and Y"
                found += [(r.group(), m.start("chars") + r.start()) for r in roles]
                d.actors |= {N.fold(N.strip_leading_noise(a.group())) for a in actors}
        for m in PLAYS.finditer(text):  # "A plays X, and B plays Y"
            found.append((m.group("char"), m.start("char")))
            d.actors.add(N.fold(N.strip_leading_noise(m.group("actor"))))
        for m in POSSESSIVE_CAST.finditer(text):
            # a review's 'Ebon Moss-Bachrach's Richard "Richie" Jerimovich, Michael's best friend,':
            # a named person's role, described
            actor = N.strip_leading_noise(m.group("actor"))
            if (
                " " in actor
                and N.fold(actor) in ex.out.person_names
                and N.series_key(m.group("char")) not in ex.series_keys()
            ):
                found.append((N.without_nickname(m.group("char"))[0], m.start("char")))
                d.actors.add(N.fold(actor))
        for m in PAREN_PAIR.finditer(text):
            a, b = N.strip_leading_noise(m.group("a")), m.group("b")
            if N.is_acronym_of(b, a) or re.fullmatch(r"[\d\s]+", b):
                continue
            # which side is the character: one with a title, or the one used on its own more
            # ("Iris", "Marsh"); undecided pairs follow the document's convention below
            if N.tokens(m.group("a"))[0].lower() in N.TITLES_ALWAYS:
                score = 1
            else:
                score = _standalone_count(doc_text, a) - _standalone_count(doc_text, b)
            pairs.append((a, b, score, s.base + m.start("a"), s.base + m.start("b")))
        chars.extend((c, s.base + pos) for c, pos in found)
    for (name, r0), (actor, _) in ex.dot_leader_cast():  # "Jake Doyle ..... Allan Hawco"
        chars.append((name, r0))
        d.actors.add(N.fold(actor))
    # "ACTOR (CHARACTER)" by default; "CHARACTER (ACTOR)" where the document mostly writes so
    char_first = sum(1 for *_, sc, _, _ in pairs if sc > 0) > sum(1 for *_, sc, _, _ in pairs if sc < 0)
    for a, b, score, pa, pb in pairs:
        if score > 0 or (score == 0 and char_first):
            chars.append((a, pa))
            d.actors.add(N.fold(b))
        else:
            chars.append((b, pb))
            d.actors.add(N.fold(a))
    for c, pos in sorted(chars, key=lambda x: x[1]):
        if c != "and":
            _learn(d, c, pos)
    for c in ex.entry_characters(bracketed=True).values():
        # a character list's entries, "Misae Nohara (née Koyama) is ... (voiced by Miki
        # Narahashi)": those no cast pair named
        if not {_keys(c.text)[0], *_keys(c.text)[1]} & (set(d.chars) | set(d.shorts)):
            _learn(d, c.text, c.start)
    d.actors |= {a.split(" ")[-1] for a in d.actors if " " in a}
    d.actors -= set(d.chars)
    return d


def _learn(d: _Doc, name: str, pos: int) -> None:
    full, shorts = _keys(name)
    if full in d.chars:
        return
    d.chars[full] = name
    d.order.setdefault(full, pos)
    for k in shorts:
        d.shorts.setdefault(k, set()).add(full)
    d.actors.discard(full)


def _lookup(
    d: _Doc, name: str, at: int | None = None, slot: bool = False, pos: int | None = None
) -> str | None:
    """The full name of the document's character called ``name`` (its full name, surname,
    first name or alias), or None. A short name shared by several characters is the one
    introduced first (a lead called by surname: "Stone" next to Nora and Eli Stone); a short
    name that is also an actor's surname counts only inside that character's own cast-list
    section (``at``: the sentence position), or where the slot says it is a character (``slot``:
    "Jones' neighbor" in a description)."""
    key = N.fold(N.strip_titles(N.without_nickname(N.clean(name))[0]))
    if key in d.chars:
        return d.chars[key]
    hits = d.shorts.get(key, set())
    if not hits:
        return None
    if key in d.actors and not slot:
        if at is None:
            return None
        entry = next((d.entries[i] for i in range(at, max(at - 12, -1), -1) if i in d.entries), None)
        if entry is None or _keys(entry)[0] not in hits:
            return None
        return entry
    if pos is not None and len(hits) > 1 and all(k.split(" ")[0] == key for k in hits):
        # a first name two characters share ("Bill" after Bill Harding, then Bill Henrickson):
        # the one introduced last before this sentence
        before = [k for k in hits if d.order.get(k, 0) <= pos]
        if before:
            return d.chars[max(before, key=lambda k: d.order.get(k, 0))]
    return d.chars[min(hits, key=lambda k: d.order.get(k, 0))]


# --- helpers ----------------------------------------------------------------------------------


def _role_of(roles: tuple[Role, ...], noun: str) -> Role | None:
    for r in roles:
        if re.fullmatch(r.pattern, noun):
            return r
    return None


def _relation(role: Role, mods: str) -> str | None:
    if FORMER.search(mods):
        return role.former
    return role.relation


def _in_quotes(text: str, pos: int) -> bool:
    return any(q.start() < pos < q.end() for q in QUOTE.finditer(text))


def _clause_start(text: str, pos: int, floor: int = 0) -> int:
    return max(text.rfind(",", floor, pos), text.rfind(";", floor, pos), floor - 1) + 1


def _names(text: str, offset: int) -> list[tuple[str, int]]:
    """'John and Michelle Raymond' -> [('John Raymond', o), ('Michelle Raymond', o')]."""
    items = [(m.group(), offset + m.start()) for m in re.finditer(NAME, text)]
    items = [(N.clean(t), a) for t, a in items if t not in ("and",)]
    if len(items) >= 2:
        last = items[-1][0].split(" ")
        if len(last) == 2 and all(" " not in t for t, _ in items[:-1]):
            items = [(f"{t} {last[1]}", a) for t, a in items[:-1]] + [items[-1]]
    return items


_LIST_HEAD = re.compile(r" (?:were|are|include|included|being)(?: the (?:[a-z]+ )?[a-z]+ )? ")


def _listed(text: str, end: int) -> list[tuple[str, int]]:
    """The names a plural role lists after ``end`` ("were Francis (A), the oldest, ...; Reese (B);
    and Dewey (C)", "are Juan, Óscar and Franco"): the first name of each item, two or more."""
    head = _LIST_HEAD.match(text, end)
    if head is None:
        return []
    rest = text[head.end() :].rstrip(" .")
    sep = r";\s*" if ";" in rest else r",\s*|\s+and\s+"
    out: list[tuple[str, int]] = []
    pos = head.end()
    for item in re.split(f"({sep})", rest):
        if re.fullmatch(sep, item) or not item:
            pos += len(item)
            continue
        m = re.match(rf"(?:and )?(?P<n>{CHAR})(?= \(|,|$)", item)
        if m is None or (not N.looks_like_person_name(m.group("n")) and " " in m.group("n")):
            return []
        out.append((m.group("n"), pos + m.start("n")))
        pos += len(item)
    return out if len(out) >= 2 else []


# --- the rules --------------------------------------------------------------------------------


class _Ctx:
    """One sentence: the character it describes (a cast entry "ACTOR as CHARACTER: ..." or a
    prose "CHARACTER is the ..."), the document's knowledge, and the facts found."""

    def __init__(self, ex: Extractor, s: SentenceView):
        self.ex, self.s, self.d = ex, s, _doc(ex)
        self.text = s.text
        # the roles the core rules found in this sentence ("Greg Kinnear is Bob Hope, ...")
        self.roles: set[str] = set()
        for c in reversed(ex.out.candidates):
            if c.sentence != (s.sent.start, s.sent.end):
                break
            if c.relation == "plays" and not c.swappable and c.object.kind == "character":
                self.roles.add(N.fold(c.object.text))
        self.at = s.index
        self.entry: Mention | None = None
        self.desc = len(self.text)  # where the description starts
        m = CAST_ENTRY.match(self.text) or CAST_ENTRY_COMMA.match(self.text)
        if m is None:
            m = self.d.dash_entries.get(s.index)
            if m is not None:  # (the actors after the dash are not part of the description)
                self.text = self.text[: m.end("desc")]
        if m is None:
            m = CAST_ENTRY_TABLE.match(self.text)
        if m is None:
            m = CAST_ENTRY_PAREN.match(self.text)
            if m and N.fold(m.group("char")) in self.d.actors:
                m = None
        if m is None:
            m = COPULA.match(self.text)
            if m and self.lookup(N.strip_leading_noise(m.group("char"))) is None:
                m = None
        if m is not None:
            name = N.strip_leading_noise(m.group("char"))
            self.entry = self.char(name, m.end("char") - len(name), known_only=False)
            self.desc = m.start("desc")
        self.out: list[Candidate] = []
        self.seen: set[tuple[str, str, str]] = set()

    def lookup(self, name: str, slot: bool = False) -> str | None:
        return _lookup(self.d, name, self.at, slot, self.s.base)

    def known(self, name: str) -> bool:
        return self.lookup(name) is not None

    def char(self, name: str, start: int, known_only: bool = True, slot: bool = False) -> Mention | None:
        """A character mention for ``name`` at sentence offset ``start`` (an ambiguous surname
        is written as the full name it stands for). ``known_only``: only a character the
        document knows; ``slot``: the construction says it is a character, so a surname shared
        with an actor is the character's (implied when not ``known_only``)."""
        name = N.clean(name)
        if N.fold(name) in PRONOUNS or not name[:1].isupper():
            return None
        full = self.lookup(name, slot=slot or not known_only)
        if full is None:
            if known_only or N.fold(name) in self.d.actors:
                return None
            full = name
        # the full name the document gives ("Calder" -> "Ruth Calder"), so that resolution
        # does not have to guess among the Calders of all documents
        return character_mention(full, self.s.base + start, self.s.base + start + len(name))

    def group(self, name: str, start: int, the: bool) -> Mention | None:
        if name.lower() in PRONOUNS or not name[:1].isupper() or self.known(name):
            return None
        label = ("The " if the else "") + N.clean(name)
        return make_mention("group", label, self.s.base + start, self.s.base + start + len(name))

    def couple(self, pos: int) -> list[Mention | None]:
        """What a cast list's "their" at the start of a description refers to: the married
        couple of the entries just before ("Joanna Kerns – Maggie Seaver, Jason's wife" /
        "Kirk Cameron – Mike Seaver, their eldest son")."""
        if self.at is None:
            return []
        if self.in_desc(pos):
            if self.text[self.desc : pos].strip():
                return []
        elif not re.search(rf"\b(?:is|was|plays|played|{PLAY_VERBS}|as) $", self.text[:pos]):
            return []  # (in prose, a role a cast sentence gives: "Coco Jones is their eldest, Hilary")
        # (a cast list's entries a few lines up; in prose, this sentence or the one before)
        since = self.ex.sents[max(0, self.at - (6 if self.in_desc(pos) else 2))].sent.start
        # (this sentence's own facts first: "A as Michelle Keller, Ted's ex-wife, and B as their son")
        for c in [*reversed(self.out), *reversed(self.ex.out.candidates)]:
            if c.sentence[0] < since:
                break
            if c.relation in ("spouseOf", "formerSpouseOf"):
                return [
                    self.char(c.subject.text, pos, known_only=False),
                    self.char(c.object.text, pos, known_only=False),
                ]
        return []

    def in_desc(self, pos: int) -> bool:
        return self.entry is not None and pos >= self.desc

    def emit(self, subj: Mention | None, rel: str | None, obj: Mention | None, rule: str) -> None:
        if subj is None or obj is None or rel is None:
            return
        key = (N.fold(subj.text), rel, N.fold(obj.text))
        if key in self.seen or key[0] == key[2]:
            return
        self.seen.add(key)
        self.out.append(self.ex.emit(self.s, subj, rel, obj, rule))
        for m in (subj, obj):  # a character a relation names is known to later sentences
            if m.kind == "character":
                _learn(self.d, m.text, m.start)

    def holder(self, start: int) -> Mention | None:
        """Who a phrase starting at ``start`` describes: in a description, the described
        character when the phrase is a top-level part of it (or the named character of an
        appositive "NAME, a fisherman who is ..."); in prose, a known character that is the
        subject of "X is ...", "X, ..." right before it."""
        text = self.text
        if self.in_desc(start):
            before = text[self.desc : start]
            m = APPOSITIVE_WHO.search(before)
            if m:
                return self.char(m.group("n"), self.desc + m.start("n"), known_only=False)
            if TOP_LEVEL.search(before):
                return self.entry
        # a clause of its own: "..., and Haddad is her partner"
        m = SUBJECT_BEFORE.search(text[max(self.desc, 0) if self.in_desc(start) else 0 : start])
        if m and self.in_desc(start):
            name = N.strip_leading_noise(m.group("subj"))
            return self.char(name, self.desc + m.end("subj") - len(name))
        m = SUBJECT_BEFORE.search(text[:start])
        if m:
            name = N.strip_leading_noise(m.group("subj"))
            return self.char(name, m.end("subj") - len(name))
        return None

    def clause_subject(self, pos: int) -> Mention | None:
        """The known character that is the subject of the clause ending at ``pos``."""
        text = self.text
        start = _clause_start(text, pos)
        m = re.match(rf"\s*(?:(?:and|but|that|then|while|when|as|so) )*(?P<n>{CHAR})\b", text[start:pos])
        if m:
            name = N.strip_leading_noise(m.group("n"))
            return self.char(name, start + m.end("n") - len(name))
        return None

    def pronoun(self, pos: int) -> Mention | None:
        """What "his/her/their/whose/she" at ``pos`` refers to."""
        text = self.text
        if text[pos:].startswith("whose"):
            m = re.search(rf"(?P<n>{NAME})(?: \([^)]*\))?,? $", text[:pos])
            if m:
                return self.char(m.group("n"), m.start("n"), known_only=False)
            return self.entry if self.in_desc(pos) else None
        gendered = text.startswith(("his", "her"), pos)
        # "Jax and his ex-wife", "the daughter of Isao Shinomiya, the director-general, and his
        # late wife": the name coordinated with the phrase
        coord = re.search(
            rf"(?:^|\b(?:of|with|for|by) |, )(?P<n>{NAME})(?P<app>, (?:the|an?) [^,;()]{{1,60}},)? and $",
            text[:pos],
        )
        if (
            coord
            and coord.group("app")
            and not any(
                self.known(N.strip_leading_noise(x.group()))
                for x in re.finditer(NAME, text[: coord.start("n")])
            )
        ):
            coord = None  # (an appositive between: only in a sentence about a known character)
        if coord and gendered:
            name = N.strip_leading_noise(coord.group("n"))
            if N.fold(name) in self.d.actors or N.fold(name) in PRONOUNS:
                return None
            return self.char(name, coord.end("n") - len(name), known_only=False)
        if self.in_desc(pos):
            # the last character named earlier in the description, else the described one
            named = [
                n
                for n in re.finditer(NAME, text[self.desc : pos])
                if self.known(N.strip_leading_noise(n.group()))
            ]
            if named:
                n = named[-1]
                return self.char(n.group(), self.desc + n.start())
            return self.entry
        # "he played Owen Thoreau Jr., a car salesman working for his demanding father": the role described
        appos = re.search(
            rf"\b(?:{PLAY_VERBS}|playing|as) (?:the (?:[a-z\-]+ ){{0,3}})?(?P<n>{CHAR}), (?:an?|the) [^,;()]*$",
            text[:pos],
        )
        if appos and gendered:
            name = N.strip_leading_noise(appos.group("n"))
            if N.fold(name) not in self.d.actors and self.sex_fits(name, pos):
                return self.char(name, appos.end("n") - len(name), known_only=False)
        # "Cassandra Freeman is his wife, Vivian Banks": a cast sentence, like "plays his wife"
        cast_is = re.match(rf"(?P<a>{NAME}) is $", text[:pos])
        if cast_is and not (self.roles or N.fold(N.strip_leading_noise(cast_is.group("a"))) in self.d.actors):
            cast_is = None  # (a sentence the core rules found a role in, or a known actor)
        verb = (
            bool(cast_is or re.search(rf"\b(?:{PLAY_VERBS}|playing|portraying|voicing) $", text[:pos]))
            and gendered
        )
        if verb or re.search(r"\bas $", text[:pos]):
            # (not "Dwight's sister, Joanne" for a "his": the words say she is a woman)
            if verb:
                # "Greg Kinnear is Bob Hope, the host, and Lesley Manville plays his wife": the role
                # of the clause before ("plays Naz's father, Salim Khan": the role is Salim Khan)
                roles = list(
                    re.finditer(
                        rf"\b(?:as|is|{PLAY_VERBS}) (?:(?:{NAME}{POSS}|the|a|an|his|her|their) (?:[a-z\-]+ ){{0,3}}?[a-z\-]+, )?"
                        rf"(?:(?!and\b)[a-z]+ ){{0,3}}(?P<n>{CHAR})(?!{POSS})",
                        text[:pos],
                    )
                )
                role = roles[-1] if roles else None
                if role is None:
                    # the role the sentence before gave ("..., will play Philip Banks, Will's uncle.")
                    prev = self.previous_role()
                    if prev is not None and self.sex_fits(prev.text, pos):
                        return prev
            else:
                # "Randall Park as Louis Huang, ..., and Constance Wu as his wife": the sentence's first role
                role = re.search(rf"\bas (?:[a-z]+ ){{0,3}}(?P<n>{CHAR})", text[:pos])
            name = N.strip_leading_noise(role.group("n")) if role is not None else ""
            if (
                role is not None
                and (self.known(name) or (verb and N.fold(name) in self.roles))
                and self.sex_fits(name, pos)
            ):
                return self.char(name, role.end("n") - len(name), known_only=False)
        # "Otto Delaney, who has lost his wife": the who-clause's owner
        # ("Jake Doyle, a private investigator who works with his father": past an appositive)
        who = re.search(
            rf"(?P<n>{NAME})(?: \([^)]*\))?(?:, (?:an?|the) [^,;()]{{1,60}}?)?,? who (?:[a-z\-]+ ){{1,4}}$",
            text[:pos],
        )
        if (
            who
            and not (
                self.known(who.group("n"))
                or N.looks_like_person_name(who.group("n"))
                # "Tiffany Boone as young Mia, who left her parents' home": a role
                or re.search(rf"\bas (?:(?:{_AGE}|the young) )?$", text[: who.start("n")])
            )
        ):
            who = None  # (not "the island's only Muslim, who is raising his son")
        subj = (
            (who and self.char(who.group("n"), who.start("n"), known_only=False))
            or self.clause_subject(pos)
            or self.sentence_subject(pos)
        )
        if subj is None:
            lead = re.match(rf"(?:[A-Z][\w ]*, )?(?P<n>{NAME}) [a-z]", text[:pos])
            name = N.strip_leading_noise(lead.group("n")) if lead else ""
            if (
                lead
                and (
                    N.looks_like_person_name(name)
                    or any(p.endswith(" " + N.fold(name)) for p in self.ex.out.person_names)  # "Moffat"
                )
                and name.split(" ")[0]
                not in (
                    "Although",
                    "When",
                    "After",
                    "Before",
                    "While",
                    "Since",
                    "If",
                    "As",
                    "Though",
                    "Because",
                    "Once",
                )
                and not self.known(name)
                and N.fold(name) in self.ex.out.person_names
                and not any(set(k.split(" ")) & set(N.fold(name).split(" ")) for k in self.d.chars)
                and not re.search(
                    r"\b(?:play|plays|played|playing|portray\w*|voice[sd]?|voicing|cast|stars?|starring)\b",
                    text,
                )
            ):
                # "Moffat went on to create Coupling, produced by his wife, Sue Vertue": a real
                # person's, not the last character's
                return None
        # (a "His wife, ..." that opens the sentence may mean the previous sentence's subject)
        opening = not text[:pos].strip() and re.match(r"(?:His|Her) ", text[pos:]) is not None
        return subj if subj is not None else self.previous_character(opening)

    def sex_fits(self, name: str, pos: int) -> bool:
        """Whether the "his" or "her" at ``pos`` may mean ``name``: the words do not call that
        character a woman or a man (not "Dwight's sister, Joanne" for a "his")."""
        sex = _genders(self.ex).get(N.fold(name))
        return sex is None or sex == ("m" if self.text.startswith("his", pos) else "f")

    def relative_subject(self, pos: int) -> Mention | None:
        """The known character a relative clause ending at ``pos`` is about ("Walt Crane, who runs")."""
        m = RELATIVE_BEFORE.search(self.text[:pos])
        return self.char(m.group("n"), m.start("n"), slot=True) if m else None

    def sentence_subject(self, pos: int) -> Mention | None:
        # (also a review's possessive casting with an apposition: 'Ebon Moss-Bachrach's Richard
        # "Richie" Jerimovich, Michael's best friend, is ...; his ex-wife')
        m = re.match(rf"(?:[A-Z][\w ]*, )?(?P<n>{CHAR})(?: \([^)]*\))? [a-z]", self.text[:pos]) or re.match(
            rf"{NAME}{POSS} (?P<n>{CHAR}|{NAME} {N.NICK} {NAME}), (?:an? |the )?(?:{NAME}{POSS} )?[a-z]",
            self.text[:pos],
        )
        # a cast list's entry: "* Tiffany Boone as young Mia, who left ... after the death of her brother"
        m = m or re.match(
            rf"(?:[*•] )?{NAME} as (?:{_AGE} )?(?P<n>{CHAR}), (?:who|whose)\b",
            self.text[:pos],
        )
        # "Detective Inspector Ronald Craven, a widowed Yorkshire policeman, watches his daughter"
        m = m or re.match(rf"(?P<n>{CHAR}), (?:an?|the) [^,;()]{{1,80}}, [a-z]", self.text[:pos])
        if m:
            name = N.strip_titles(N.strip_leading_noise(m.group("n")))
            return self.char(name, m.end("n") - len(name))
        return None

    def previous_role(self) -> Mention | None:
        """The character the last actor-role pair of the previous sentence names."""
        if not self.at:
            return None
        prev = self.ex.sents[self.at - 1].sent
        for c in reversed(self.ex.out.candidates):
            if c.sentence[0] < prev.start:
                break
            if (
                c.sentence == (prev.start, prev.end)
                and c.relation == "plays"
                and c.object.kind == "character"
            ):
                return c.object
        return None

    def previous_character(self, opening: bool = False) -> Mention | None:
        """The one known character named in the previous sentence (or, for a sentence that
        ``opening`` with "His"/"Her", the one that sentence opens with)."""
        i = self.at
        if i is None or i == 0:
            return None
        prev = self.ex.sents[i - 1]
        found: dict[str, tuple[str, int]] = {}
        for m in re.finditer(CHAR, prev.text):
            name = N.strip_leading_noise(m.group())
            full = _lookup(self.d, name, i - 1)
            if full is not None:
                found.setdefault(_keys(full)[0], (name, m.end() - len(name)))
        if not found:
            return None
        # (several: the one the sentence opens with, its subject: "Harshad Mehta (Pratik Gandhi)
        # arrives ... with the help of his younger brother, Ashwin Mehta (Hemant Kher). His wife,
        # Jyoti Mehta ...")
        name, start = min(found.values(), key=lambda x: x[1])
        if len(found) > 1 and (not opening or prev.text[:start].strip()):
            return None
        return character_mention(name, prev.base + start, prev.base + start + len(name))

    def siblings_before(self) -> list[Mention]:
        """The characters the paragraph's sentences just before call siblings of each other (two
        or more): what "their parents" or "Their mother" right after them refers to."""
        if self.at is None:
            return []
        since = self.ex.sents[max(0, self.at - 3)].sent.start
        if "\n" in self.ex.doc.text[since : self.s.base]:
            since = self.ex.doc.text.rfind("\n", 0, self.s.base) + 1  # (this paragraph only)
        found: dict[str, Mention] = {}
        for c in reversed(self.ex.out.candidates):
            if c.sentence[0] < since:
                break
            if c.relation == "siblingOf":
                for x in (c.subject, c.object):
                    full = self.lookup(x.text) or x.text  # ("Pam": the Pamela Barnes the text named)
                    found.setdefault(N.fold(full), character_mention(full, x.start, x.end))
        # (by their full names: not "Pam" for a Pamela Barnes the text named earlier)
        return [x for x in found.values() if " " in x.text] if len(found) >= 2 else []

    def fact_ok(self, start: int, end: int) -> bool:
        """Not hedged in its clause, and not a question."""
        if self.text.rstrip().endswith("?"):
            return False
        floor = self.desc if self.in_desc(start) else 0
        return HEDGE.search(self.text, _clause_start(self.text, start, floor), end) is None


_FEMALE_KIN = r"sister|wife|mother|daughter|girlfriend|aunt|niece|grandmother|stepmother|stepdaughter|widow|fiancée|ex-wife"
_MALE_KIN = r"brother|husband|father|son|boyfriend|uncle|nephew|grandfather|stepfather|stepson|widower|fiancé|ex-husband"
GENDERED_NAME = re.compile(
    rf"(?:['’]s?|\b(?:his|her|their)) (?:[a-z\-]+ ){{0,2}}(?:(?P<f>{_FEMALE_KIN})|(?P<m>{_MALE_KIN}))(?:,| (?:is|was))? (?P<n>{CHAR})"
)

GENDERED_AFTER = re.compile(
    rf"(?P<n>{CHAR}), (?:(?:{NAME}['’]s?|his|her|their) )(?:[a-z\-]+ ){{0,2}}(?:(?P<f>{_FEMALE_KIN})|(?P<m>{_MALE_KIN}))\b"
)


def _genders(ex: Extractor) -> dict[str, str]:
    """The characters the words call a woman or a man: "Dwight's sister, Joanne Manfredi" ("f")."""

    def find() -> dict[str, str]:
        out: dict[str, str] = {}
        for m in (*GENDERED_NAME.finditer(ex.doc.text), *GENDERED_AFTER.finditer(ex.doc.text)):
            name = N.fold(N.strip_leading_noise(m.group("n")))
            out.setdefault(name, "f" if m.group("f") else "m")
            out.setdefault(name.split(" ")[0], out[name])
        return out

    return ex.memo("relationships.genders", find)


def rules(ex: Extractor, s: SentenceView) -> Iterator[Candidate]:
    c = _Ctx(ex, s)
    _possessive_roles(c)
    _roles_of(c)
    _groups(c)
    _verbs(c)
    _killings(c)
    for cand in c.out:
        yield cand
        if cand.relation in vocab.IMPLIES:  # "Cole's mother": a parent too, for a query that asks kg:parentOf
            yield dataclasses.replace(cand, relation=vocab.IMPLIES[cand.relation])


def _possessive_roles(c: _Ctx) -> None:
    """ "Jones' neighbor and assistant", "her mentor Stick", "Stick, Murdock's mentor,",
    "Jack and Nora's son", "whose daughter, Tina,"."""
    text = c.text
    for m in POSS_ROLE.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        owners: list[Mention | None] = []
        start = m.start()
        if m.group("owner"):
            # coordinated possessors ("Jack and Nora's son") must all be known characters;
            # else only the last one is ("... of the Hand, and Wing's former sensei")
            names = [(N.strip_leading_noise(n), p) for n, p in _names(m.group("owner"), m.start("owner"))]
            while len(names) > 1 and not c.known(names[0][0]):
                names = names[1:]
            start = names[0][1]
            if text[:start].endswith(("the ", "The ")):
                continue  # "the Hand's ally": an organization, not a character
            owners = [c.char(n, p, known_only=not c.in_desc(start)) for n, p in names]
        else:
            their = m.group("pron").lower().replace("’", "'") in ("their", "the couple's")
            couple = c.couple(m.start("pron")) if their else []
            if (
                their
                and not couple
                and re.match(r"(?:parents|mother|father|mum|mom|dad)\b", m.group("roles"))
            ):
                # "Chanchal is his younger sister ... This season their parents, A and B, ...": the
                # siblings just named
                couple = [x for x in c.siblings_before() if x.end <= c.s.base + m.start()]  # type: ignore[misc]
            if (
                their
                and not couple
                and ("couple" in m.group("pron") or re.match(r"youngest|eldest|oldest", m.group("roles")))
            ):
                continue  # ("their eldest" with no couple named just before: whose is unsaid)
            owners.extend(couple or [c.pronoun(m.start("pron"))])
        owners = [o for o in owners if o is not None]
        if not owners:
            continue
        # the role phrases: stop at one that takes its own complement ("leader of the Chaste")
        phrases = []
        roles_at = m.start("roles")
        for part in re.finditer(r"(?:(?!,? and ).)+", m.group("roles")):
            r = None
            for cand in re.finditer(ROLE_NP, part.group()):
                if ROLE_END.match(part.group(), cand.end()):
                    r = cand
                    break
            if r is None:
                continue
            if HEDGE_ADJ.search(part.group(), 0, r.start("noun")):
                continue
            after = text[roles_at + part.start() + r.end() :]
            if re.match(r" (?:of|to|for) (?:the )?[A-Z]", after) and phrases:
                break
            phrases.append((r, roles_at + part.start() + r.start("noun"), roles_at + part.start() + r.end()))
        # the holder: a name right after the role ("her mentor Stick", "Jessica's sister, Trish,")
        appos = re.match(rf"(?:,)? (?P<n>{CHAR})(?! \w+{POSS})", text[m.end() :])
        if not phrases:
            # "Vale's cousin Max": no relation of ours, but Max is a character from now on
            if (
                appos
                and not appos.group().startswith(",")
                and re.fullmatch(r"[a-z\-]+", m.group("roles"))
                and not NOT_A_PERSON.fullmatch(m.group("roles"))
                and N.fold(appos.group("n")) not in c.d.actors
            ):
                _learn(c.d, appos.group("n"), c.s.base + m.end() + appos.start("n"))
            continue
        holder = None
        holders: list[Mention] = []
        if appos and phrases and phrases[-1][2] == m.end() and N.fold(appos.group("n")) not in c.d.actors:
            name = appos.group("n")
            # "Bill's parents, Frank and Lois Henrickson": both, each a Henrickson
            pair = re.match(
                rf"(?: \([^()]*\))? and (?P<n2>{CHAR})(?: \([^()]*\))?(?=[,.;]|$)",
                text[m.end() + appos.end() :],
            )
            if pair and len(pair.group("n2").split()) == 2 and (" " not in name or "(" in pair.group()):
                # (and "their parents, Sushma Sharma (A) and Girish Sharma (B)": both)
                if " " not in name:
                    name = f"{name} {pair.group('n2').split()[1]}"
                second = c.char(pair.group("n2"), m.end() + appos.end() + pair.start("n2"), known_only=False)
                if second is not None and N.fold(second.text) not in c.d.actors:
                    holders.append(second)
            holder = c.char(name, m.end() + appos.start("n"), known_only=False)
        if (
            holder is None
            and phrases
            and phrases[-1][2] == m.end()
            and phrases[-1][0].group("noun").endswith("s")
        ):
            # "Malcolm's brothers were Francis (A), the oldest, ...; Reese (B), ...; and Dewey (C)"
            listed = _listed(text, m.end())
            if listed:
                holders = [h for n, p in listed if (h := c.char(n, p, known_only=False)) is not None]
                holder, holders = (holders[0], holders[1:]) if holders else (None, [])
        if holder is None:
            holder = c.holder(start)
        if holder is None and not c.in_desc(start):
            sb = SUBJECT_BEFORE.search(text[:start])
            if sb:  # an unknown subject of a known character's relative: "Ruth Sand, Iris's friend"
                name = N.strip_leading_noise(sb.group("subj"))
                if N.fold(name) not in c.d.actors:
                    holder = c.char(name, sb.end("subj") - len(name), known_only=False)
        if holder is None:
            continue
        if m.group("pron") and owners and N.fold(owners[0].text) == N.fold(holder.text):
            # "Haddad is her partner": "her" is not Haddad, but the sentence's other character
            # ("Chanchal Sharma (A) is his younger sister": the character the sentence before is about)
            other = next(
                (
                    o
                    for o in (c.sentence_subject(m.start()), c.previous_character())
                    if o is not None and N.fold(o.text) != N.fold(holder.text)
                ),
                None,
            )
            owners = [other] if other is not None else []
        for r, pos, _ in phrases:
            if _in_quotes(text, pos):
                continue
            role = _role_of(ROLES, r.group("noun"))
            if role is None:
                continue
            rel = _relation(role, r.group("mods"))
            for owner in owners:
                for h in [holder, *holders]:
                    subj, obj = (owner, h) if role.reverse else (h, owner)
                    c.emit(subj, rel, obj, "possessive-role")


def _roles_of(c: _Ctx) -> None:
    """ "ally of Jones and Rand", "confidante for Murdock", "the daughter of John and Michelle Raymond"."""
    text = c.text
    for m in ROLE_OF.finditer(text):
        start = m.start()
        if _in_quotes(text, m.start("noun")) or not c.fact_ok(start, m.end()):
            continue
        # "A lawyer and ally of X": the phrase starts at the coordinated noun before it
        before = re.search(r"(?:(?:[Aa]n?|[Tt]he) )?(?:[a-z][\w\-]* ){1,3}and $", text[:start])
        holder = c.holder(before.start() if before else start)
        if holder is None and before:
            holder = c.holder(start)
        if holder is None:
            continue
        role = _role_of(ROLES, m.group("noun"))
        if role is None:
            continue
        rel = _relation(role, m.group("mods"))
        names = _names(m.group("objs"), m.start("objs"))
        if len(names) > 1 and re.match(r"['’]", text[m.end() :]):
            names = names[:-1]  # "the elder child of Jay and DeDe and Mitchell's older sister"
        if len(names) > 1 and re.match(r" (?:is|was|are|were|has|had|becomes|became)\b", text[m.end() :]):
            names = names[:-1]  # "..., and Haddad is her partner": a new clause, not a list
        # "voices Kikoru Shinomiya, the daughter of Isao Shinomiya": an appositive on a played
        # character describes it like a cast entry does (its relatives need no actor)
        appositive = (
            re.search(r"(?<![\w'’])[A-Z][\w'’\-]*(?: \([^()]*\))?, (?:the |an? )?$", text[:start]) is not None
            and N.fold(holder.text) not in c.d.actors
            and N.fold(holder.text) not in c.ex.out.person_names
            # (not "the son of actor Bill Pullman": a real family)
            and not re.search(
                r"\b(?:actor|actress|director|writer|producer|singer|star|comedian)s?\b", m.group()
            )
        )
        # "the daughter of Isao Shinomiya, the director-general, and his late wife, Hikari
        # Shinomiya": the wife is a parent too
        spouse = re.match(
            rf"(?:, (?:the|an?) [^,;()]{{1,60}})?,? and (?:his|her) (?:late |former |ex-|estranged )?(?:wife|husband),? (?P<n>{NAME})",
            text[m.end() :],
        )
        if spouse and role.reverse and len(names) == 1 and rel == "parentOf":
            names.append((spouse.group("n"), m.end() + spouse.start("n")))
        for name, pos in names:
            # ("the wife of Tim DeKay's FBI agent": the agent, a role of that actor)
            possessive = re.match(r"['’]s?\b", text[pos + len(name) :]) is not None
            other = c.char(name, pos, known_only=not (c.in_desc(start) or (appositive and not possessive)))
            subj, obj = (other, holder) if role.reverse else (holder, other)
            c.emit(subj, rel, obj, "role-of")


def _groups(c: _Ctx) -> None:
    """Membership and leadership of fictional organizations."""
    text = c.text
    last_group: tuple[Mention, int] | None = None
    for m in ONE_OF.finditer(text):
        noun = m.group("noun")
        rel = "memberOf" if m.group("q") else ONE_OF_NOUNS.get(noun)
        if rel is None or not c.fact_ok(m.start(), m.end()):
            continue
        holder = c.holder(m.start())
        group = c.group(m.group("group"), m.start("group"), bool(m.group("the")))
        if holder is None or group is None:
            continue
        c.emit(holder, "memberOf", group, "one-of")
        if rel == "leaderOf":
            c.emit(holder, "leaderOf", group, "one-of")
        last_group = (group, m.end())
    for m in GROUP_OF.finditer(text):
        if _in_quotes(text, m.start("noun")) or not c.fact_ok(m.start(), m.end()):
            continue
        holder = c.holder(m.start())
        role = _role_of(GROUP_ROLES, m.group("noun"))
        group = c.group(m.group("group"), m.start("group"), bool(m.group("the")))
        if holder is None or role is None or group is None:
            continue
        c.emit(holder, _relation(role, m.group("mods")), group, "group-of")
        last_group = (group, m.end())
    if last_group is not None:
        group, end = last_group
        m = ITS_LEADER.match(text, end)
        if m and c.fact_ok(m.start(), m.end()):
            holder = c.entry if c.in_desc(end) else c.holder(end)
            c.emit(holder, "formerLeaderOf" if m.group("former") else "leaderOf", group, "its-leader")
    for m in RUNS.finditer(text):
        name = m.group("group")
        if not c.fact_ok(m.start(), m.end()):
            continue
        if not m.group("the") and "," not in m.group(0) and len(name.split()) < 2:
            continue  # "runs Harlem"? only an organization-like name
        if c.in_desc(m.start()):
            before = text[c.desc : m.start()]
            if not (re.search(rf"\bwho {ADV}?$", before) or TOP_LEVEL.search(before)):
                continue
            holder = c.entry
        else:
            holder = c.clause_subject(m.start()) or c.relative_subject(m.start())
        c.emit(holder, "leaderOf", c.group(name, m.start("group"), bool(m.group("the"))), "runs")
    for m in JOINED.finditer(text):
        name = N.strip_leading_noise(m.group("subj"))
        if not c.fact_ok(m.start(), m.end()) or (not m.group("the") and " " not in m.group("group")):
            continue
        group = c.group(m.group("group"), m.start("group"), bool(m.group("the")))
        c.emit(c.char(name, m.end("subj") - len(name), slot=True), "memberOf", group, "joined")
    for m in LED_BY.finditer(text):
        if c.fact_ok(m.start(), m.end()):
            group = c.group(m.group("group"), m.start("group"), bool(m.group("the")))
            c.emit(
                c.char(m.group("leader"), m.start("leader"), known_only=False), "leaderOf", group, "led-by"
            )
    for m in PLURAL_GROUP.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        group = c.group(m.group("group"), m.start("group"), bool(m.group("the")))
        rel = "leaderOf" if m.group("noun") in ("leaders", "heads") else "memberOf"
        for name, pos in _names(m.group("subjs"), m.start("subjs")):
            c.emit(c.char(name, pos), rel, group, "plural-group")


def _verbs(c: _Ctx) -> None:
    """ "who now works with Jeri Hogarth", "married to X", "X and Y are adoptive sisters"."""
    text = c.text
    for rx, rule in ((WORKS_WITH, "works-with"), (MARRIED, "married")):
        for m in rx.finditer(text):
            if not c.fact_ok(m.start(), m.end()):
                continue
            if c.in_desc(m.start()):
                before = text[c.desc : m.start()]
                if not re.search(rf"(?:^|\bwho {ADV}?|,? and {ADV}?)$", before):
                    continue
                holder = c.entry
            else:
                holder = c.clause_subject(m.start()) or c.relative_subject(m.start())
            for name, pos in _names(m.group("objs"), m.start("objs")):
                other = c.char(name, pos)  # known characters only: not "works for Rand Enterprises"
                if rule == "works-with":
                    if m.group("prep") == "for":
                        c.emit(other, "superiorOf", holder, rule)
                    else:
                        c.emit(holder, "colleagueOf", other, rule)
                else:
                    c.emit(holder, "spouseOf" if m.group("kind") == "married" else "loverOf", other, rule)
    for rx in (WED_PAIR, WEDS):  # two characters the document knows marry
        for m in rx.finditer(text):
            if c.fact_ok(m.start(), m.end()) and not _in_quotes(text, m.start()):
                a = N.strip_leading_noise(m.group("a"))
                # ("David marries Janet McArthur, a lawyer played by Joan Prather": a role, played)
                played = re.match(
                    r",? (?:an?|the) [^,;()]{0,40}?(?:played|portrayed) by ", text[m.end("b") :]
                )
                b = c.char(m.group("b"), m.start("b"), known_only=not played)
                c.emit(c.char(a, m.end("a") - len(a)), "spouseOf", b, "weds")
    for m in HAVE_CHILD.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        a = N.strip_leading_noise(m.group("a"))
        parents = [c.char(a, m.end("a") - len(a)), c.char(m.group("b"), m.start("b"))]
        if None in parents:
            continue
        for name, pos in _names(m.group("c"), m.start("c")):
            child = c.char(name, pos, known_only=False)
            for parent in parents:
                c.emit(parent, "parentOf", child, "have-child")
    for m in SIBLING_LIST.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        bare = re.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), m.group("list"))
        kids = [c.char(n, p, known_only=False) for n, p in _names(bare, m.start("list"))]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                c.emit(a, "siblingOf", b, "sibling-list")
    for m in PLURAL_PAIR.finditer(text):
        if not c.fact_ok(m.start(), m.end()) or FORMER.search(m.group("mods")):
            continue
        a, b = N.strip_leading_noise(m.group("a")), m.group("b")
        noun = m.group("noun")
        rel = next(r for k, r in (
            ("adoptive", "adoptiveSiblingOf"), ("adopted", "adoptiveSiblingOf"), ("foster", "adoptiveSiblingOf"),
            ("sisters", "siblingOf"), ("brothers", "siblingOf"), ("siblings", "siblingOf"),
            ("friends", "friendOf"), ("lovers", "loverOf"), ("allies", "allyOf"), ("neighb", "neighborOf"),
            ("colleagues", "colleagueOf"), ("partners", "partnerOf"),
        ) if k in noun)  # fmt: skip
        c.emit(c.char(a, m.end("a") - len(a)), rel, c.char(b, m.start("b")), "plural-pair")


def _killings(c: _Ctx) -> None:
    text = c.text

    def victim(name: str, pos: int) -> Mention | None:
        return c.char(name, pos, known_only=False)

    for m in KILLS.finditer(text):
        killer = N.strip_leading_noise(m.group("killer"))
        if c.fact_ok(m.start(), m.end()):
            c.emit(
                c.char(killer, m.end("killer") - len(killer), slot=True),
                "killed",
                victim(m.group("victim"), m.start("victim")),
                "kills",
            )
    for m in KILLED_BY.finditer(text):
        name = N.strip_leading_noise(m.group("victim"))
        if c.fact_ok(m.start(), m.end()) and c.lookup(name, slot=True):
            c.emit(
                victim(m.group("killer"), m.start("killer")),
                "killed",
                c.char(name, m.end("victim") - len(name), slot=True),
                "killed-by",
            )
    for m in KILLING.finditer(text):
        killer = N.strip_leading_noise(m.group("killer"))
        if c.fact_ok(m.start(), m.end()):
            c.emit(
                c.char(killer, m.end("killer") - len(killer), slot=True),
                "killed",
                victim(m.group("victim"), m.start("victim")),
                "killing",
            )
    for m in AFTER_KILLING.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        killer = c.entry if c.in_desc(m.start()) else c.clause_subject(m.start())
        c.emit(killer, "killed", victim(m.group("victim"), m.start("victim")), "after-killing")
    for m in OF_WHOM.finditer(text):
        if not c.fact_ok(m.start(), m.end()):
            continue
        who = m.group("killer")
        killer = c.pronoun(m.start("killer")) if N.fold(who) in PRONOUNS else c.char(who, m.start("killer"))
        floor = c.desc if c.in_desc(m.start()) else 0
        start = max(text.rfind(";", floor, m.start()) + 1, floor)
        found = [
            (N.strip_leading_noise(v.group()), v.end()) for v in re.finditer(NAME, text[start : m.start()])
        ]
        victims = [(n, start + e - len(n)) for n, e in found if c.known(n)]
        count = {"both": 2, "two": 2, "three": 3}.get(m.group("which"))
        if count is not None:
            victims = victims[-count:] if len(victims) >= count else []
        for name, pos in victims:
            c.emit(killer, "killed", c.char(name, pos), "of-whom")
    for m in DESC_KILLS.finditer(text, 0, c.desc):  # prose: "Greta Holm, the leader of ..., who murders Walt"
        if m.group(0).startswith("who") and c.fact_ok(m.start(), m.end()):
            c.emit(
                c.relative_subject(m.start("verb")),
                "killed",
                victim(m.group("victim"), m.start("victim")),
                "who-kills",
            )
    if c.entry is not None:
        for m in DESC_KILLS.finditer(text, c.desc):
            if c.fact_ok(m.start(), m.end()) and (
                m.group(0).startswith("who") or c.holder(m.start()) is c.entry
            ):
                c.emit(c.entry, "killed", victim(m.group("victim"), m.start("victim")), "desc-kills")
        for m in DESC_KILLED_BY.finditer(text, c.desc):
            if c.fact_ok(m.start(), m.end()):
                c.emit(victim(m.group("killer"), m.start("killer")), "killed", c.entry, "desc-killed-by")
