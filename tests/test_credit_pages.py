"""Pages that list credits rather than tell them: an episode's closing-credits transcript, an
archive's catalogue record, a broadcaster's programme index, a biography's filmography table."""

from __future__ import annotations

from helpers import facts

CLOSING_CREDITS = (
    "Editor's note: Transcribed from the closing credits of Harbour Watch, season 1, episode 1, "
    '"Low Tide," first broadcast on CBC on March 3, 2011. The series, set in St. John\'s, follows '
    "Dan Roche, a harbour pilot who works with his father, Walt Roche, a retired captain.\n\n"
    "Starring\n\nDan Roche ..... Kevin Pardy\nWalt Roche ..... Gordon Tibbo\nEllen Roche ..... Mary Hynes\n\n"
    "Guest Starring\n\nSgt. Paul Crane ..... Alan Noel\nYoung Dan ..... Eli Pardy\nBartender ..... Ron Lake\n\n"
    "Written by Jane Furey & Tom Ryan\n\nDirected by Mark Slade\n\nCreated by Jane Furey & Tom Ryan\n\n"
    "Executive Producers: Jane Furey, Liam Kean\n\nProducer: Ruth Bell\n\n"
    "Director of Photography: Chris Pike\n\nEditor: Sam Lowe\n\nMusic by Duncan Hall\n\n"
    "Casting by Sharon Ross\n\nFilmed on location in St. John's, Newfoundland and Labrador\n\n"
    "Produced by Cold Bay Productions Inc.\nin association with Harbour Watch Productions Inc.\n"
)


def test_a_closing_credits_transcript_credits_its_episode_and_its_series():
    f = facts(CLOSING_CREDITS)
    # the cards "Role ..... Actor": the roles share their family's surname and carry ranks
    assert {
        ("Kevin Pardy", "plays", "Dan Roche"),
        ("Gordon Tibbo", "plays", "Walt Roche"),
        ("Alan Noel", "plays", "Paul Crane"),
        ("Walt Roche", "appearsIn", "Harbour Watch"),
    } <= f
    assert not {x for x in f if x[0] == "Ron Lake"}  # "Bartender": a part with no name
    episode = "Harbour Watch episode 1"
    assert {
        (episode, "writer", "Jane Furey"),
        (episode, "writer", "Tom Ryan"),
        ("Mark Slade", "directed", episode),
        (episode, "composer", "Duncan Hall"),
        (episode, "cinematographer", "Chris Pike"),
        ("Harbour Watch", "creator", "Tom Ryan"),
        ("Harbour Watch", "executiveProducer", "Liam Kean"),
        ("Harbour Watch", "productionCompany", "Cold Bay Productions Inc."),
        ("Harbour Watch", "productionCompany", "Harbour Watch Productions Inc."),
        ("Harbour Watch", "filmingLocation", "St. John's"),
        ("Harbour Watch", "setting", "St. John's"),
        ("Harbour Watch", "originalNetwork", "CBC"),
        ("Harbour Watch", "premiereDate", "2011-03-03"),
        (episode, "premiereDate", "2011-03-03"),
        ("Walt Roche", "parentOf", "Dan Roche"),
    } <= f
    assert not {x for x in f if x[2] == "Labrador" or x[0] == "Editor"}


CATALOGUE = (
    "NATIONAL SCREEN ARCHIVE\nCollection Search | Title record 1201\n\nTitle: Ranger Creek\n\n"
    "Year: 1971-1973\nType: TV series\nEpisodes: 39\nProduction company: Gumtree Films\n\n"
    "Credits\nDirector: Ann Moss (episode 1); Len Ford (episodes 2-3); Bill Ash\n"
    "Script: Rob Tate (episodes 1-2); Joe Lane\nPhotography: Ivan Reid\n\n"
    "Cast\nPeter Dunn ........ Max Reilly\nJoan Kemp ........ Dora Reilly\nSam Hill ........ Ted Reilly\n\n"
    "Synopsis\nSet in the fictional Ranger Creek National Park, the series follows a ranger's family.\n\n"
    'The first episode, "Flood," was broadcast on 4 March 1971. It was written by Rob Tate and '
    "directed by Ann Moss.\n"
)


def test_a_catalogue_record_names_its_title_in_a_field_and_its_cast_with_dot_leaders():
    f = facts(CATALOGUE)
    assert {
        ("Peter Dunn", "plays", "Max Reilly"),
        ("Max Reilly", "appearsIn", "Ranger Creek"),
        ("Ann Moss", "directed", "Ranger Creek episode 1"),
        ("Len Ford", "directed", "Ranger Creek episode 3"),
        ("Ranger Creek episode 2", "writer", "Rob Tate"),
        ("Ranger Creek", "cinematographer", "Ivan Reid"),
        ("Ranger Creek", "setting", "Ranger Creek National Park"),
    } <= f
    # the names without episodes in a list with them directed or wrote others, unnamed ones
    assert not {x for x in f if "Bill Ash" in x or "Joe Lane" in x}
    # "It was written by ... and directed by ...": the first episode the sentence before names
    assert ("Ann Moss", "directed", "Ranger Creek") not in f
    assert ("Ranger Creek", "writer", "Rob Tate") not in f


PROGRAMME_INDEX = (
    "BBC Programme Index\nThe Rise and Fall of Colin Bell\nBBC2 | 1981-1982 | Comedy\n"
    "The Rise and Fall of Colin Bell was first shown on BBC2 on 6 May 1981 and ran for two series.\n"
    "Written by Dan Fry, from his own novel. Theme music by Lou Kerr.\n\n"
    "Series 1 (1981)\n\n"
    "Episode 1: The Promotion\nWednesday 6 May 1981, 21:00, BBC2\nContributors\nWriter: Dan Fry\n"
    "Director: Eve Marsh\nActor: Hugh Lang as Colin Bell\nActor: Rose Kent as Maud Bell\n"
    "Colin is promoted and regrets it.\n\n"
    "Episode 2: The Party\nWednesday 13 May 1981, 21:00, BBC2\nContributors\nWriter: Dan Fry\n"
    "Director: Eve Marsh\nActor: Hugh Lang as Colin Bell\nColin throws a party.\n\n"
    "Series 2 (1982)\nSix episodes. Series 2 began on BBC2 on 2 June 1982.\n"
)


def test_a_programme_index_credits_each_episode_entry():
    f = facts(PROGRAMME_INDEX)
    title = "The Rise and Fall of Colin Bell"
    assert {
        ("Eve Marsh", "directed", f"{title} episode 2"),
        (f"{title} episode 1", "writer", "Dan Fry"),
        (f"{title} episode 2", "premiereDate", "1981-05-13"),
        ("Hugh Lang", "plays", "Colin Bell"),
        ("Colin Bell", "appearsIn", title),
        (title, "premiereDate", "1981-05-06"),
        (title, "writer", "Dan Fry"),
        (title, "composer", "Lou Kerr"),
    } <= f
    # "Contributors" over the cast is no character; "Series 2 (1982)" is a season's heading
    assert not {x for x in f if "Contributors" in x or x[0] == "Series 2" or x[2] == "Series 2"}


BIOGRAPHY = (
    "Mara Quinn\n\nMara Quinn (born 2 May 1960) is a Northern Irish actress.\n\n"
    "Spouse: Leo Hart (m. 1990)\n\n"
    "Quinn made her debut in the soap Lakeside. She is best known for Cold Case Unit.\n\n"
    "Filmography\n\nTelevision\nYear | Title | Role | Notes\n"
    "1984-1988 | Lakeside | Gail Boyd | Main role, 200 episodes\n"
    '1992 | The Ferryman | Rita Shaw | Episode: "Dark Water"\n'
    "2015 | Coast Walks | Narrator | Documentary series\n\n"
    "Film\nYear | Title | Role | Notes\n2001 | The Long Field | Nell Doyle |\n"
)


def test_a_biographys_filmography_table_gives_its_subjects_roles():
    f = facts(BIOGRAPHY)
    assert {
        ("Mara Quinn", "plays", "Gail Boyd"),
        ("Gail Boyd", "appearsIn", "Lakeside"),
        ("Mara Quinn", "plays", "Rita Shaw"),
        ("Rita Shaw", "appearsIn", "The Ferryman"),
        ("Nell Doyle", "appearsIn", "The Long Field"),
    } <= f
    assert ("Mara Quinn", "plays", "Narrator") not in f
    # the infobox's spouse is her own, in real life
    assert not {x for x in f if x[1] == "spouseOf"}


def test_a_recaps_credit_line_credits_the_episode_its_headline_names():
    f = facts(
        'Dhaba Days recap: Season 2, Episode 3, "Old Roads"\n\nBy Rina Rao | May 2, 2021\n\n'
        "Written by Amit Sen and Kiran Das; directed by Neha Roy\n\n"
        "Dhaba Days premiered on ZEE5 in 2019, and its first season ran five episodes. "
        "The season was shot in Kasauli and Shimla.\n"
    )
    assert {
        ("Dhaba Days episode 8", "writer", "Amit Sen"),
        ("Dhaba Days episode 8", "writer", "Kiran Das"),
        ("Neha Roy", "directed", "Dhaba Days episode 8"),
        ("Dhaba Days", "filmingLocation", "Shimla"),
    } <= f
