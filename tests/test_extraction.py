"""One test per construction, on sentences written for the tests (not from the seeds)."""

from __future__ import annotations

import pytest
from helpers import facts, resolve_texts

LEAD = "Nightwatch is an American television series created by Ana Ruiz for Netflix. "


def test_actor_as_character_in_star_list():
    f = facts(
        LEAD + "The series stars Tom Hale as Jack Stone, Mia Park as Lena Cho, and Omar Said as Vic Reyes."
    )
    assert {
        ("Tom Hale", "plays", "Jack Stone"),
        ("Mia Park", "plays", "Lena Cho"),
        ("Omar Said", "plays", "Vic Reyes"),
    } <= f
    assert ("Lena Cho", "appearsIn", "Nightwatch") in f


def test_cast_list_entry_means_appears_in_the_series():
    f = facts(
        LEAD
        + "Tom Hale as Jack Stone: A retired detective who works nights. Mia Park as Lena Cho: His partner."
    )
    assert ("Tom Hale", "plays", "Jack Stone") in f
    assert ("Jack Stone", "appearsIn", "Nightwatch") in f
    assert ("Lena Cho", "appearsIn", "Nightwatch") in f


def test_actor_parenthesis_character():
    f = facts("Harbor Lights premiered on HBO, starring Ruth Nagy (Edith Crane) and Paul Ames (Sam Crane).")
    assert ("Ruth Nagy", "plays", "Edith Crane") in f
    assert ("Paul Ames", "plays", "Sam Crane") in f


def test_character_parenthesis_actor_when_known_the_other_way():
    f = facts(
        "Ruth Nagy as Edith Crane: A lighthouse keeper.",
        "In the finale, Edith Crane (Ruth Nagy) confronts her brother.",
    )
    assert ("Ruth Nagy", "plays", "Edith Crane") in f
    assert ("Edith Crane", "plays", "Ruth Nagy") not in f


def test_acronym_in_parenthesis_is_not_a_role():
    f = facts("It is set in the Marvel Cinematic Universe (MCU), with Tom Hale as Jack Stone.")
    assert not any(s == "Marvel Cinematic Universe" for s, _, _ in f)


def test_actor_possessive_character():
    f = facts("Gina Moreau's Lucy Vance has been featured in both Harbor Lights and Nightwatch.")
    assert ("Gina Moreau", "plays", "Lucy Vance") in f
    assert ("Lucy Vance", "appearsIn", "Harbor Lights") in f
    assert ("Lucy Vance", "appearsIn", "Nightwatch") in f


def test_possessive_of_a_work_is_not_a_role():
    f = facts("For the fights he looked to Wong Kar-wai's The Grandmaster and Ridley Scott's Blade Runner.")
    assert not any(r == "plays" for _, r, _ in f)


def test_who_plays_and_who_portrays():
    f = facts(
        "Dana Fox, who plays Rita Bloom, joined the cast. Lee Marsh, who portrays Carl Dunn in Harbor Lights, left."
    )
    assert ("Dana Fox", "plays", "Rita Bloom") in f
    assert ("Lee Marsh", "plays", "Carl Dunn") in f


def test_was_cast_as_character_for_series():
    f = facts("In March 2019, Nora Vale was cast as Iris Kade for Deep Water.")
    assert ("Nora Vale", "plays", "Iris Kade") in f
    assert ("Iris Kade", "appearsIn", "Deep Water") in f


def test_reprises_role_as():
    f = facts("Kim Adair said she would reprise her Harbor Lights role as Edith Crane in the new series.")
    assert ("Kim Adair", "plays", "Edith Crane") in f
    assert ("Edith Crane", "appearsIn", "Harbor Lights") in f


def test_series_possessive_actor_as_character():
    f = facts(
        "The special features Nightwatch's Tom Hale as Jack Stone; and Harbor Lights' Ruth Nagy as Edith Crane."
    )
    assert ("Tom Hale", "plays", "Jack Stone") in f
    assert ("Jack Stone", "appearsIn", "Nightwatch") in f
    assert ("Edith Crane", "appearsIn", "Harbor Lights") in f


def test_coordinated_series_actors_list():
    f = facts(
        "The crossover includes Nightwatch actors Tom Hale as Jack Stone, Mia Park as Lena Cho, "
        "and Omar Said as Vic Reyes."
    )
    for ch in ("Jack Stone", "Lena Cho", "Vic Reyes"):
        assert (ch, "appearsIn", "Nightwatch") in f
    assert ("Omar Said", "plays", "Vic Reyes") in f


def test_appositive_actor_character_in_series():
    f = facts("Later that year, Hugo Brandt, Ezra Voss in Deep Water, said the show would return.")
    assert ("Hugo Brandt", "plays", "Ezra Voss") in f
    assert ("Ezra Voss", "appearsIn", "Deep Water") in f


def test_character_appeared_in_season_of_series():
    f = facts("Edith Crane appeared in the first season of Nightwatch.")
    assert ("Edith Crane", "appearsIn", "Nightwatch season 1") in f
    assert ("Edith Crane", "appearsIn", "Nightwatch") in f


def test_plan_is_not_a_fact():
    f = facts("Lucy Vance is slated to appear in Deep Water later this year.")
    assert not any(r == "appearsIn" for _, r, _ in f)


def test_respectively_pairs_and_shared_surname():
    f = facts(
        "Ada Brook and Ivy Stone portray Martha and Jenny Cole. Finn Ray and Bo Lin play Tiko and Vash, respectively."
    )
    assert ("Ada Brook", "plays", "Martha Cole") in f
    assert ("Ivy Stone", "plays", "Jenny Cole") in f
    assert ("Bo Lin", "plays", "Vash") in f


def test_director_of_first_two_episodes():
    f = facts(LEAD + "Rosa Kent, director of the series' first two episodes, is also a producer.")
    assert ("Rosa Kent", "directed", "Nightwatch episode 1") in f
    assert ("Rosa Kent", "directed", "Nightwatch episode 2") in f


def test_directed_by():
    f = facts(LEAD + "The third episode, directed by Ian Holm-Baker, aired in May.")
    assert ("Ian Holm-Baker", "directed", "Nightwatch episode 3") in f


def test_x_directed_episode_n():
    f = facts(LEAD + "Maya Chen directed episode 4, and Leo Grant directed episodes 5 and 6 of Deep Water.")
    assert ("Maya Chen", "directed", "Nightwatch episode 4") in f
    assert ("Leo Grant", "directed", "Deep Water episode 5") in f
    assert ("Leo Grant", "directed", "Deep Water episode 6") in f


def test_film_directed():
    f = facts("She cited Joan Marr directing the heist film Copper Run (1998) as an influence.")
    assert ("Joan Marr", "directed", "Copper Run") in f


def test_cameo_as_character():
    f = facts("Paul Eno makes a cameo appearance in a photograph as Captain Ray Dolan.")
    assert ("Paul Eno", "plays", "Ray Dolan") in f


def test_reference_list_entries_are_skipped():
    f = facts(
        'Smith, Jo (May 2, 2017). "Tom Hale to Star as Jack Stone in Nightwatch". Variety. Retrieved May 3, 2017.'
    )
    assert f == set()


@pytest.mark.parametrize("quote", ['"I think Tom Hale as Jack Stone was a mistake in every way," he said.'])
def test_long_quotations_are_opinions_not_facts(quote):
    assert facts(quote) == set()


def test_same_name_character_and_series_get_two_iris():
    res = resolve_texts(
        "Vera Lane is an American streaming series. The series stars Kia Moss as Vera Lane.",
    )
    kinds = {(e.label, e.kind) for e in res.entities.values()}
    assert ("Vera Lane", "character") in kinds and ("Vera Lane", "series") in kinds


def test_possessive_role_confirmed_by_another_document():
    f = facts("Gina Moreau's Lucy Vance returns for the finale.", "Gina Moreau as Lucy Vance: A con artist.")
    assert ("Gina Moreau", "plays", "Lucy Vance") in f


def test_directed_with_appositive_and_ranges():
    f = facts(
        LEAD + "Ada Lunn, who also executive produces, directed the first three. "
        "Episodes four and five were directed by Bo Park. Cy Moss will direct episodes 6 through 8. "
        "Dee Fox, a veteran of Harbor Lights, wrote and directed the pilot."
    )
    for n in (1, 2, 3):
        assert ("Ada Lunn", "directed", f"Nightwatch episode {n}") in f
    assert ("Bo Park", "directed", "Nightwatch episode 4") in f
    assert ("Bo Park", "directed", "Nightwatch episode 5") in f
    assert ("Cy Moss", "directed", "Nightwatch episode 7") in f
    assert ("Dee Fox", "directed", "Nightwatch episode 1") in f
    assert not any(s == "Harbor Lights" for s, r, _ in f if r == "directed")


def test_first_three_seasons_are_not_episodes():
    f = facts(LEAD + "Ada Lunn directed the first three seasons of Harbor Lights.")
    assert not any(r == "directed" for _, r, _ in f)


def test_character_guide_and_descriptions():
    f = facts(
        "Harbor Lights is a British drama series. "
        "Edith Crane (Ruth Nagy): the keeper of the lighthouse. "
        "The show follows Sam Crane (Paul Ames), her brother. "
        "Lia Moor is superb as the ferry pilot Nell Ward."
    )
    assert ("Ruth Nagy", "plays", "Edith Crane") in f
    assert ("Paul Ames", "plays", "Sam Crane") in f
    assert ("Lia Moor", "plays", "Nell Ward") in f
    assert ("Nell Ward", "appearsIn", "Harbor Lights") in f


def test_list_as_list_and_is_back_as():
    f = facts(
        "Harbor Lights is a British drama series. Ruth Nagy and Paul Ames return as Edith and Sam Crane. "
        "Lia Moor is also back as Nell Ward."
    )
    assert ("Ruth Nagy", "plays", "Edith Crane") in f
    assert ("Paul Ames", "plays", "Sam Crane") in f
    assert ("Lia Moor", "plays", "Nell Ward") in f


def test_job_is_not_a_role():
    f = facts(
        "Ted Ross was announced as the composer for Nightwatch. Ana Ruiz serves as head of Harbor Studios."
    )
    assert not any(r == "plays" for _, r, _ in f)


def test_played_by_role_of_and_reprises_her_role():
    f = facts(
        "Harbor Lights is a British drama series. The keeper, Edith Crane, played by Ruth Nagy, is the lead. "
        "Paul Ames takes on the role of Sam Crane. Lia Moor reprises her role as Nell Ward."
    )
    assert ("Ruth Nagy", "plays", "Edith Crane") in f
    assert ("Paul Ames", "plays", "Sam Crane") in f
    assert ("Lia Moor", "plays", "Nell Ward") in f
    assert ("Sam Crane", "appearsIn", "Harbor Lights") in f


def test_first_name_resolves_to_the_full_name_in_the_document():
    f = facts("Harbor Lights follows the smuggler Cassian Vell. In season 2, Diego Luna plays Cassian.")
    assert ("Diego Luna", "plays", "Cassian Vell") in f


def test_descriptions_before_the_character():
    f = facts(
        "Harbor Lights is a British drama series. Ada Brook plays the ambitious harbour master Ivy Stone, "
        "with Finn Ray returning as his wife, Mara. Bo Lin and Cy Moss, who play the gentle Ned and Tam, return. "
        "Dee Fox plays a key role in the finale."
    )
    assert ("Ada Brook", "plays", "Ivy Stone") in f
    assert ("Finn Ray", "plays", "Mara") in f
    assert ("Bo Lin", "plays", "Ned") in f and ("Cy Moss", "plays", "Tam") in f
    assert not any(s == "Dee Fox" for s, _, _ in f)


def test_more_casting_constructions():
    f = facts(
        "Harbor Lights is a British drama series. That sister, Mara, will be played by Ada Brook. "
        "Bo Lin, who joined in the third season as Tam Reyes, returns. Cy Moss also turns up in season two as Nell. "
        "Dee Fox (Copper Run, Deep Water) plays that smuggler, Ivo Stone."
    )
    assert ("Ada Brook", "plays", "Mara") in f
    assert ("Bo Lin", "plays", "Tam Reyes") in f
    assert ("Cy Moss", "plays", "Nell") in f
    assert ("Dee Fox", "plays", "Ivo Stone") in f


def test_guide_heading_lines_are_character_first():
    f = facts(
        "Harbor Lights: a guide\nEdith Crane (Ruth Nagy)\nThe keeper of the lighthouse, who sees everything."
    )
    assert ("Ruth Nagy", "plays", "Edith Crane") in f


def test_directed_after_a_clause_and_helm():
    f = facts(
        LEAD + 'The pilot, "Night One", was written by Ana Ruiz and directed by Bo Park. '
        "Cy Moss, a veteran of Deep Water, takes the helm for episodes four and five."
    )
    assert ("Bo Park", "directed", "Nightwatch episode 1") in f
    assert ("Cy Moss", "directed", "Nightwatch episode 5") in f


def test_season_in_the_role_sentence_and_bare_descriptor():
    f = facts(
        "Harbor Lights is a British drama series. Cy Moss also turns up in season two as Nell Ward. "
        "Bo Lin, who plays con man Tam Reyes, returns."
    )
    assert ("Nell Ward", "appearsIn", "Harbor Lights season 2") in f
    assert ("Bo Lin", "plays", "Tam Reyes") in f


def test_all_episodes_directed():
    f = facts(LEAD + "All three episodes were directed by Ada Lunn.")
    assert {("Ada Lunn", "directed", f"Nightwatch episode {n}") for n in (1, 2, 3)} <= f
    f = facts(LEAD + "Bo Park directed all four episodes.")
    assert ("Bo Park", "directed", "Nightwatch episode 4") in f


def test_a_full_cast_and_crew_listing():
    f = facts(
        "Fieldwork (TV Series 2014-2022)\nFull Cast & Crew\n\n"
        "Storyline\nFieldwork follows two detectorists in Essex.\n\n"
        "Series Directed by\nMack Cook  ...  (all 3 episodes, 2014-2022)\nAnn Lee  ...  (2 episodes, 2015)\n\n"
        "Series Writing Credits\nMack Cook  ...  (created by) (written by) (3 episodes, 2014-2022)\n\n"
        "Series Cast (in credits order)\nMack Cook  ...  Andy Stone  (3 episodes, 2014-2022)\n"
        "Toby Jonas  ...  Lance Stater  (3 episodes, 2014-2022)\n"
        "Adam Rich  ...  Pizza Restaurant Owner  (2 episodes, 2014-2015)\n\n"
        "Series Produced by\nAdam Tandy  ...  producer (3 episodes, 2014-2022)\n"
        "Alan Marke  ...  executive producer (3 episodes, 2014-2017)\n\n"
        "Series Music by\nJohn Flynn  ...  (theme song) (score) (3 episodes, 2014-2022)\n\n"
        "Series Cinematography by\nJamie Cairn  ...  director of photography (3 episodes, 2014-2015)\n\n"
        "Production Companies\nChannel X\n\n"
        "Filming Locations\nFramlingham, Suffolk, England, UK\nOtley Hall, Otley, Suffolk, England, UK (the farm)\n"
    )
    assert ("Toby Jonas", "plays", "Lance Stater") in f and ("Lance Stater", "appearsIn", "Fieldwork") in f
    assert {("Mack Cook", "directed", f"Fieldwork episode {n}") for n in (1, 2, 3)} <= f
    assert not {x for x in f if x[0] == "Ann Lee"}  # "(2 episodes)": which ones?
    assert {("Fieldwork", "creator", "Mack Cook"), ("Fieldwork", "writer", "Mack Cook")} <= f
    assert ("Fieldwork", "executiveProducer", "Alan Marke") in f
    assert not {x for x in f if "Adam Tandy" in x or "Pizza Restaurant Owner" in x}
    assert ("Fieldwork", "composer", "John Flynn") in f
    assert ("Fieldwork", "cinematographer", "Jamie Cairn") in f
    assert ("Fieldwork", "productionCompany", "Channel X") in f
    assert {("Fieldwork", "filmingLocation", p) for p in ("Framlingham", "Otley Hall", "Otley")} <= f
    assert ("Fieldwork", "filmingLocation", "Suffolk") not in f


def test_a_role_first_dash_cast_list_with_notes_and_descriptions():
    f = facts(
        "Hey Tom! is an American animated television series created by Craig Bart for Nickelodeon.\n\n"
        "Voice cast\n\n"
        "* Tom Shortman – Lane Toran (season 1), Phil Van Dyke (seasons 2–4)\n"
        '* Gertrude "Gertie" Shortman, Tom\'s grandmother – Tress Mac\n'
        "* Harold Berman – Justin Shenk\n"
    )
    assert {("Lane Toran", "plays", "Tom Shortman"), ("Phil Van Dyke", "plays", "Tom Shortman")} <= f
    assert ("Tress Mac", "plays", "Gertrude Shortman") in f
    assert ("Justin Shenk", "plays", "Harold Berman") in f
    assert ("Harold Berman", "appearsIn", "Hey Tom!") in f
    assert not {x for x in f if x[1] == "plays" and x[0] in ("Tom Shortman", "Harold Berman")}


def test_a_voice_cast_of_role_dash_actor_lines_with_two_actors_for_one_role():
    f = facts(
        "Frieda: Beyond the Quest is a Japanese anime television series produced by Madhouse.\n\n"
        "Voice cast\n\nJapanese\nFrieda – Atsumi Tane\nFern – Kana Ichi\n"
        "Himmel – Nobu Okamo; Sumire Moro (young Himmel)\n\nEnglish\nFrieda – Mallory Rod\nFern – Jill Harris\n\n"
        "Reception\n\nThe series was praised."
    )
    assert {
        ("Atsumi Tane", "plays", "Frieda"),
        ("Jill Harris", "plays", "Fern"),
        ("Nobu Okamo", "plays", "Himmel"),
        ("Sumire Moro", "plays", "Himmel"),
        ("Fern", "appearsIn", "Frieda: Beyond the Quest"),
    } <= f
    g = facts(LEAD + "Nominees\n\nSarah Hay – Flesh and Bone\nTom Hale – Nightwatch\n")
    assert not {(s, o) for s, r, o in g if r == "plays"}  # a nominee and her work, under no cast heading


def test_a_list_of_characters_played_by_a_list_of_actors_between_dashes_and_a_young_role():
    f = facts(
        LEAD + "Tom Hale plays Jack Stone; their five children — Sondra, Denise, Theo, Vanessa and Rudy — "
        "were played by Sabrina Beau, Lisa Bone, Mal Warner, Tess Bled and Kesh Pull. A young Jack, "
        "seen in flashbacks to the group home, is played by Pierce Salva."
    )
    assert {("Sabrina Beau", "plays", "Sondra"), ("Kesh Pull", "plays", "Rudy")} <= f
    assert ("Pierce Salva", "plays", "Jack Stone") in f
    assert ("Lisa Bone", "plays", "Sondra") not in f


def test_a_title_joined_by_and_that_the_article_repeats():
    f = facts(
        "Geeks Like Us: A Freaks and Geeks Rewatch\n\nThe hosts keep working through all 18 episodes of "
        "Freaks and Geeks, the NBC comedy-drama created by Paul Feig. The show follows Lindsay Weir (Linda "
        "Cardel), a former mathlete."
    )
    assert {
        ("Lindsay Weir", "appearsIn", "Freaks and Geeks"),
        ("Freaks and Geeks", "creator", "Paul Feig"),
    } <= f
    assert not {s for s, _, _ in f if s == "Geeks"}


def test_a_trade_roundups_network_first_headings():
    f = facts(
        "Pilot Casting Roundup: More Deals\n\nBy Nell Andrews\n\nHere are the latest deals.\n\n"
        "ABC — A Million Little Things\nRomany Malk has been cast as a series regular in A Million Little "
        "Things, ABC's ensemble drama pilot. Malk will play Rome Howard, a commercial director.\n\n"
        "NBC — New Amsterdam\nFreema Agye has landed a lead role in New Amsterdam, NBC's medical drama. "
        "Ryan Egg plays Dr. Max Goodwin, the new medical director. Kate Denn directs the pilot."
    )
    assert {
        ("Rome Howard", "appearsIn", "A Million Little Things"),
        ("Max Goodwin", "appearsIn", "New Amsterdam"),
        ("A Million Little Things", "originalNetwork", "ABC"),
        ("Kate Denn", "directed", "New Amsterdam episode 1"),
    } <= f
    assert not {s for s, r, o in f if r == "appearsIn" and o in ("ABC", "NBC")}


def test_an_awards_storys_nominee_lists_and_a_paragraph_per_winner():
    f = facts(
        "Emmys 2008: 'Adams' Rules, Cable Stars Clean Up\n\nBy Joel Whit\n\n"
        'LOS ANGELES — HBO\'s "Adams" swept the miniseries categories on Sunday night.\n\n'
        "LEAD ACTOR, DRAMA SERIES\nGabriel Byrn, In Treatment (HBO)\nDenis Lear, Rescue Me (FX)\n\n"
        "LEAD ACTRESS, COMEDY SERIES\nMary Parker, Weeds (Showtime)\n\n"
        'DIRECTING, COMEDY SERIES\nAndy Acker, Samantha Who?, "Pilot" — WINNER\nBob Weide, Curb, "The Bat"\n\n'
        "WRITING, MINISERIES OR MOVIE\nDanny Strong, Recount — WINNER\n\n"
        '"Adams," the seven-part miniseries, won 13 awards. Paul Giam won for playing John Adams.\n\n'
        "Dianne Wies won for In Treatment, HBO's half-hour drama developed by Rod Garcia. Byrn plays "
        "Paul Weston, a psychotherapist."
    )
    assert {
        ("In Treatment", "originalNetwork", "HBO"),
        ("Weeds", "originalNetwork", "Showtime"),
        ("Andy Acker", "directed", "Samantha Who? episode 1"),
        ("Recount", "writer", "Danny Strong"),
        ("Paul Weston", "appearsIn", "In Treatment"),
    } <= f
    assert not {s for s, r, _ in f if r == "originalNetwork" and "," in s}  # not "Gabriel Byrn, In Treatment"
    assert ("Paul Weston", "appearsIn", "Adams") not in f
    assert not {o for s, r, o in f if s == "Bob Weide"}  # an episode by its title only: not numbered


def test_a_character_pages_infobox_with_twins_and_a_heading_over_two_characters():
    f = facts(
        "Party of Six is an American drama series created by Amy Lipp for Fox.\n\n"
        "Owen Salinger\nPortrayed by: Brandon and Taylor Porter (season 1); Jacob Smith (seasons 2–6)\n"
        "Family: Bailey Salinger (brother)\n\nOwen was a baby when his parents died.\n\n"
        "Nick and Diana Salinger\nPortrayed by: Tim Mathis (Nick, season 2)\n\n"
        "The late parents appear only in photographs."
    )
    assert {
        ("Brandon Porter", "plays", "Owen Salinger"),
        ("Taylor Porter", "plays", "Owen Salinger"),
        ("Jacob Smith", "plays", "Owen Salinger"),
    } <= f
    assert not {s for s, r, _ in f if r == "plays" and s in ("Brandon", "Tim Mathis")}


def test_an_award_for_playing_with_the_verb_left_out_for_the_second_actor():
    f = facts(
        LEAD + "Gia Matti won for playing Adams, and Laura Lin for playing his wife, Abigail Adams. "
        "Mary Parks was nominated for playing Nancy Botwin in Weeds, and Holly Hunt for playing Grace "
        "Hanad in Saving Grace."
    )
    assert {
        ("Laura Lin", "plays", "Abigail Adams"),
        ("Holly Hunt", "plays", "Grace Hanad"),
        ("Grace Hanad", "appearsIn", "Saving Grace"),
        ("Mary Parks", "plays", "Nancy Botwin"),
    } <= f
    assert ("Mary Parks", "plays", "Grace Hanad") not in f


def test_a_page_title_over_a_from_wikipedia_line_and_an_infobox_is_the_topic():
    f = facts(
        "Hill and Dale\n\nFrom Wikipedia, the free encyclopedia\n\nHill and Dale\nGenre: Soap opera\n"
        "Created by: Ann Roe\n\nHill and Dale is an Australian television soap opera created by Ann Roe. "
        "Tom Gray plays Alf Stone, the town's shopkeeper."
    )
    assert ("Alf Stone", "appearsIn", "Hill and Dale") in f
    assert not {x for x in f if x[2] in ("Hill", "Dale")}


def test_a_quoted_headline_title_ending_in_a_number():
    f = facts(
        "TV NEWS\n\n'Engine 42' Taps Ann Roe as Showrunner for Final Season\n\nBy Joe Hart\n\n"
        'Ann Roe will take over as showrunner of ABC\'s "Engine 42". She is known for co-creating "The Vales," '
        "which began on ABC Family in 2013. Tom Gray plays Jack Dunn, a firefighter."
    )
    assert ("Jack Dunn", "appearsIn", "Engine 42") in f


def test_a_networks_weekday_slot_is_no_series():
    f = facts(
        "WHAT'S ON TONIGHT\nSaturday 17 February 2024\n\n9.00pm  BBC FOUR\nHarbour (series 2)\n"
        "The second run for the Danish drama that kick-started BBC Four's Saturday subtitled slot. "
        "Ann Roe plays Birgit Lund, a politician."
    )
    assert not {x for x in f if "Saturday" in (x[0], x[2])}


def test_a_listings_page_entry_is_about_the_title_under_its_time_and_channel():
    f = facts(
        "WHAT'S ON TONIGHT\nSaturday 17 February 2024\n\n5.40pm  FILM4\nLocal Hope (1983) ★★★★★\n"
        "Bill Forsyth wrote and directed this gentle comedy. Peter Riegert is Mac MacIntyre, an oil man.\n\n"
        "9.00pm  BBC FOUR\nHarbour\nThe Danish drama returns. Ann Roe plays Birgit Lund, a politician.\n\n"
        "10.00pm  BBC TWO\nLow Road\nTom Gray plays Jack Dunn, a farmer.\n"
    )
    assert {("Mac MacIntyre", "appearsIn", "Local Hope"), ("Birgit Lund", "appearsIn", "Harbour")} <= f
    assert ("Jack Dunn", "appearsIn", "Low Road") in f


def test_a_where_are_they_now_heading_in_capitals_names_the_actor_first():
    f = facts(
        "Bayside Days Cast: Where Are They Now?\n\nBayside Days is an American sitcom.\n\n"
        "TOM GRAYSON (Zack Mills)\nGrayson played the scheming Zack Mills. Grayson later went into law.\n\n"
        "ANN WHITBY (Kelly Kemp)\nKelly was the head cheerleader. Whitby then moved to Fox.\n"
    )
    assert {("Tom Grayson", "plays", "Zack Mills"), ("Ann Whitby", "plays", "Kelly Kemp")} <= f
    assert not {x for x in f if x[1] == "plays" and x[2].isupper()}


def test_a_fan_wikis_long_name_and_a_box_sets_cover_in_capitals_give_the_series():
    f = facts(
        "Mara Quill\nFrom Starward Fan Archive Wiki\n\nMara Quill\nPortrayed by: Lena Ortiz\n"
        "Last appearance: Starward: The Long Night\nSpecies: Human\n\n"
        "Mara Quill is one of the main characters of Starward. Her brother, Tam Quill (Ravi Bose), flies with her."
    )
    assert {("Lena Ortiz", "plays", "Mara Quill"), ("Mara Quill", "appearsIn", "Starward")} <= f
    assert not {
        x for x in f if x[1] == "appearsIn" and x[2] in ("Starward Fan Archive", "Starward: The Long Night")
    }
    g = facts(
        "BROTHER DAN\nTHE COMPLETE FIRST SERIES\n\n[BACK COVER]\n\n"
        "Stranded on Gull Rock, Brother Dan Kelly (Tom Rowe) dreams of escape, and Brother Pat Nolan "
        "(Joe Finn) does not. When Brother Dan was first broadcast on Channel 4 on 3 May 1996, nobody laughed."
    )
    assert {("Dan Kelly", "appearsIn", "Brother Dan"), ("Brother Dan", "originalNetwork", "Channel 4")} <= g
    assert ("Brother Dan", "premiereDate", "1996-05-03") in g


def test_a_french_title_joined_by_des_and_a_role_owned_by_a_capitalised_body():
    f = facts(
        "Le Cercle des Ombres is a French spy series.\n\n"
        "Le Cercle des Ombres premiered on Canal+ on 27 April 2015. "
        "Anne Roux, who plays the Circle's quiet deputy, Marie-Claude Vidal, spoke first."
    )
    assert {
        ("Le Cercle des Ombres", "premiereDate", "2015-04-27"),
        ("Anne Roux", "plays", "Marie-Claude Vidal"),
        ("Marie-Claude Vidal", "appearsIn", "Le Cercle des Ombres"),
    } <= f
    assert not {x for x in f if x[2] in ("Circle", "The Circle", "Ombres")}


def test_a_title_line_over_an_episode_code_or_a_streaming_pages_facts_is_the_topic():
    f = facts(
        'TV Review\n\nThe best episode yet\n\nNight Ferry\nSeason 2, Episode 3: "Harbour Lights"\n'
        "Original air date: February 15, 2024\nDirected by: Ken Oda\n\nBy Ann Lee\nFebruary 15, 2024\n\n"
        "Season two premiered on February 8, after a first season whose eight episodes ended on a cliffhanger. "
        "Mia Chen plays the reporter Jo Park."
    )
    assert {("Ken Oda", "directed", "Night Ferry episode 11"), ("Jo Park", "appearsIn", "Night Ferry")} <= f
    assert ("Night Ferry episode 11", "premiereDate", "2024-02-15") in f
    g = facts(
        "StreamCo  |  Home  TV Shows  Movies\n\nFraud 1999: The Long Con\n2021  |  A  |  1 Season  |  8 Episodes\n\n"
        "About this title\nRaj Rao (Dev Patil) arrives in Bombay with big dreams. His wife, Lata Rao (Gita Sen), worries that Raj takes risks."
    )
    assert {("Raj Rao", "appearsIn", "Fraud 1999: The Long Con"), ("Lata Rao", "spouseOf", "Raj Rao")} <= g


def test_a_channels_name_after_the_and_a_which_clauses_own_title():
    f = facts(
        "Skyward is an American science fiction television series.\n\n"
        "The series premiered on the Sci Fi Channel on March 19, 1999. "
        "Brian Holt directed Skyward: The Last War, which aired on the Sci Fi Channel on October 17, 2004."
    )
    assert {
        ("Skyward", "originalNetwork", "Sci Fi Channel"),
        ("Skyward: The Last War", "originalNetwork", "Sci Fi Channel"),
        ("Skyward", "premiereDate", "1999-03-19"),
    } <= f


def test_his_wife_at_a_sentences_start_is_the_previous_sentences_subjects():
    f = facts(
        "Bull Run is an Indian drama series.\n\n"
        "Harsh Rao (Pratik Dev) arrives in Bombay with the help of his younger brother, Ashok Rao (Hemant Kale). "
        "His wife, Jaya Rao (Anjali Bose), watches Harsh take risks."
    )
    assert ("Jaya Rao", "spouseOf", "Harsh Rao") in f
    assert ("Jaya Rao", "spouseOf", "Ashok Rao") not in f


def test_a_fronted_studio_and_a_voice_cast_of_two_languages():
    f = facts(
        "Mushiyo is a Japanese anime television series.\n\n"
        "Produced by the studio Brightland and directed by Kenji Arai, the series aired on Fuji TV from "
        "October 23, 2005, to June 18, 2006.\n\n"
        "The recurring cast, listed as Japanese voice / English voice:\n"
        "- Ren as a child: Mitsuki Sato / Jamie Marsh\n"
        "- Nui, the one-eyed healer who takes in the young Ren: Mie Sono / Colleen Clark\n"
        "- Tama, Ren's elderly housekeeper: Kazuko Sugi (Japanese only)\n"
    )
    assert {
        ("Mushiyo", "productionCompany", "Brightland"),
        ("Kenji Arai", "directed", "Mushiyo"),
        ("Mushiyo", "originalNetwork", "Fuji TV"),
        ("Colleen Clark", "plays", "Nui"),
        ("Mie Sono", "plays", "Nui"),
        ("Kazuko Sugi", "plays", "Tama"),
        ("Nui", "appearsIn", "Mushiyo"),
    } <= f


def test_an_obituarys_paragraph_on_a_series_and_the_next_that_says_the_show():
    f = facts(
        "Pat Lane, Schneider on 'Two by Two,' Dies at 86\n\nBy Ann Lee\nJanuary 7, 2016\n\n"
        "Pat Lane, the comic actor best known as the superintendent Dwayne Shaw on the CBS sitcom Two by Two, "
        "died on Wednesday. He was 86.\n\n"
        "Two by Two, created by Whitney Blake, premiered on CBS on December 16, 1975.\n\n"
        "The show starred Bonnie Frank as Ann Romano, a divorced mother. Joseph Camp played her ex-husband, Ed Cooper."
    )
    assert {("Ann Romano", "appearsIn", "Two by Two"), ("Ed Cooper", "appearsIn", "Two by Two")} <= f


def test_a_character_pages_character_by_its_first_name_is_not_a_work():
    f = facts(
        "Mara Quill\nFrom Starward Wiki\n\nMara Quill\nPortrayed by: Lena Ortiz\nSpecies: Human\n"
        "Occupation: Pilot\n\nMara Quill is one of the main characters of Starward.\n\nBehind the scenes\n"
        "Mara was created by Ron Obi, who created Starward for the Hollis Company. The series premiered on the "
        "Sci Fi Channel on March 19, 1999. Each of the four seasons ran 22 episodes, 88 in all."
    )
    assert {("Starward", "originalNetwork", "Sci Fi Channel"), ("Starward", "numberOfEpisodes", "88")} <= f
    assert not {x for x in f if x[0] == "Mara"}


def test_a_role_after_an_agencys_job_noun_and_a_surname_the_tagger_calls_a_place():
    f = facts(
        "The Day Shift is an American thriller series.\n\n"
        "They join returning stars Gabriel Bass, who is back as FBI agent Peter Sutton, Amanda Ward as White "
        "House chief of staff Cathy Weaver, and Fola Ade as Secret Service agent Chelsea Arden.\n\n"
        "Suraj Mehra has joined the cast. Mehra was tapped to play Ravi Bhatt, a young analyst at the Treasury."
    )
    assert {
        ("Fola Ade", "plays", "Chelsea Arden"),
        ("Chelsea Arden", "appearsIn", "The Day Shift"),
        ("Suraj Mehra", "plays", "Ravi Bhatt"),
    } <= f
    assert not {x for x in f if x[2] == "Secret Service"}


def test_the_same_subjects_next_role_after_and():
    f = facts(
        "The Day Shift is an American thriller television series.\n\n"
        "Jennifer Morr and Suraj Mehra have joined the cast.\n\n"
        "Morr is best known as Dr. Alison Camden on House and as Emma Swale on ABC's Once Upon a Time. "
        "Mehra made his screen debut as Pi Patil in Ang Lee's Life of Pi and went on to play Aayan Iqbal on "
        "Showtime's Homeland."
    )
    assert {
        ("Jennifer Morr", "plays", "Emma Swale"),
        ("Emma Swale", "appearsIn", "Once Upon a Time"),
        ("Suraj Mehra", "plays", "Aayan Iqbal"),
        ("Aayan Iqbal", "appearsIn", "Homeland"),
    } <= f


def test_a_list_of_characters_entries_and_their_bracketed_or_later_actors():
    f = facts(
        "List of Sunny Lane characters\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "This is a list of characters from the anime series Sunny Lane.\n\nMain characters\n\n"
        "Kenta Oda is a five-year-old who loves robots. He was voiced by Aki Mori from 1992 until 2018; "
        "Yumi Sato has voiced him since 2018. In flashbacks to his days in Akita, the young Kenta is voiced by "
        "Rin Endo.\n\n"
        "Hana Oda is Kenta's short-tempered, bargain-hunting mother (voiced by Rie Ono).\n\n"
        "Goro Oda, Hana's father, is a farmer who disapproves of Kenta (voiced by Jun Abe).\n\n"
        "Mai Ito is rich and always followed by her bodyguard, Kuro (voiced by Emi Kato and Ken Ueda respectively).\n\n"
        "Spin-off characters\n\nMoon Dog characters\n\n"
        "Professor Saki is a scientist at Futaba Kindergarten (voiced by Ryo Yamada)."
    )
    assert {
        ("Aki Mori", "plays", "Kenta Oda"),
        ("Yumi Sato", "plays", "Kenta Oda"),
        ("Rie Ono", "plays", "Hana Oda"),
        ("Jun Abe", "plays", "Goro Oda"),
        ("Emi Kato", "plays", "Mai Ito"),
        ("Ken Ueda", "plays", "Kuro"),
        ("Rin Endo", "plays", "Kenta Oda"),
        ("Hana Oda", "appearsIn", "Sunny Lane"),
        ("Hana Oda", "parentOf", "Kenta Oda"),
    } <= f
    assert ("Jun Abe", "plays", "Kenta Oda") not in f
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Futaba Kindergarten", "July", "Akita")}


def test_an_interviews_headline_speaker_is_not_the_series():
    f = facts(
        'INTERVIEW\nAnna Berg: "A hospital is the best place to tell the truth"\n\n'
        "The director on the second season of Ward Nine.\n\nBy Claire Dee | 14 April 2021\n\n"
        "Before she made films, Anna Berg was a doctor. Ward Nine premiered on Canal+ on 26 November 2018. "
        "When we cast Louise Roy as Chloe Vant, everything else followed."
    )
    assert ("Chloe Vant", "appearsIn", "Ward Nine") in f
    assert not {x for x in f if x[2] == "Anna Berg" and x[1] == "appearsIn"}


def test_a_listings_pages_time_and_title_lines():
    f = facts(
        "SUNDAY 6 APRIL 1997\nTODAY'S TELEVISION\n\nBBC1\n\n6.00 Songs of Praise\nFrom Armagh Cathedral. "
        'Presented by Sally Magnusson.\n\n6.40 Summer Hills\n(Series 17, Episode 4) "The Treasure". Repeat.\n'
        "Roy Clarke's gentle comedy sends Compo Simmonite (Bill Owen) and Norman Clegg (Peter Sallis) in search of loot.\n\n"
        '7.15 Antiques Hour\nThe experts visit Tewkesbury Abbey.\n\n8.00 Kilbride\n(Series 2, Episode 9) "The Prodigal". New.\n'
        "Father Peter Cliff (Stephen Tomkins) is asked to bless a bookmaker's, and Assumpta Fitzgerald "
        "(Dervla Kirwan) refuses to serve Brian Quigley (Tony Doyle). Guest star Colm Meaney as Larry Quigley."
    )
    assert ("Peter Cliff", "appearsIn", "Kilbride") in f
    assert {x for x in f if x[1] == "appearsIn" and x[2] == "Summer Hills"}  # (each entry's own title)
    assert not {x for x in f if x[1] == "appearsIn" and x[2].startswith(("From Armagh", "The experts"))}


def test_noble_titles_are_dropped_from_a_characters_name():
    f = facts(
        "The Crown Court (TV Series 2022–2024) - Netflix\nFull Cast & Crew\n\nNetflix  |  Drama  |  2 seasons\n\n"
        "Series Cast (in credits order)\n"
        "Ada Roth  ...  Archduchess Sophie  (12 episodes, 2022-2024)\nJan Kurz  ...  Duke Max  (3 episodes, 2022)\n"
        "Eva Lind  ...  Duchess Ludovika  (5 episodes, 2022-2024)\n"
    )
    assert {
        ("Ada Roth", "plays", "Sophie"),
        ("Jan Kurz", "plays", "Max"),
        ("Eva Lind", "plays", "Ludovika"),
    } <= f


def test_a_starring_line_does_not_take_the_word_into_the_actors_name():
    f = facts(
        'NEW COMEDY\n"PARK LANE" (Tuesdays, 9 p.m.)\n\nFrom creator Lisa Moss.\n\n'
        "Starring Dan Kell as Rob Lane, Ivy Hart as Meg Lane."
    )
    assert ("Dan Kell", "plays", "Rob Lane") in f
    assert not {x for x in f if x[0].startswith("Starring")}


def test_a_dramedy_described_after_its_title_is_a_series():
    f = facts(
        "Harbour Lights, the CBC time-travel dramedy about a lighthouse, leads the field. Ada Winter plays Kit Marsh."
    )
    assert ("Kit Marsh", "appearsIn", "Harbour Lights") in f


def test_a_month_abbreviation_does_not_end_the_sentence():
    f = facts(
        "Harbour Lights is a Canadian drama. It premiered on CBC on Sept. 22, 2004, and ran for two seasons."
    )
    assert ("Harbour Lights", "premiereDate", "2004-09-22") in f


def test_a_headline_about_a_spin_off_makes_it_the_topic():
    f = facts(
        "Sky orders Harbour Lights spin-off Keeper Abroad\n\n"
        "Keeper Abroad follows Ada Winter's lighthouse keeper to Spain. Harbour Lights, created by "
        "Lisa Moss, premiered on Sky One in 2019. Harbour Lights ran for six series. Harbour Lights is "
        "set in Wigan.\n\nWinter reprises her role as Kit Marsh, and Omar Said joins as Rafa."
    )
    assert ("Rafa", "appearsIn", "Keeper Abroad") in f
    assert ("Rafa", "appearsIn", "Harbour Lights") not in f


def test_a_series_that_ran_for_n_series_is_the_topic_of_a_quiz():
    f = facts(
        "The TV quiz: how well do you know Tynebank?\n\n"
        "Tynebank ran for 12 series before the club closed in 2004.\n\n"
        "Answers\n\n8. Who played Geoff? Answer: Geoff's wife, Mary Kerr, was played by Ann Vale.\n\n"
        "14. Who composed the theme? Answer: Denis Kay, who also scored the BBC drama Harbour Lights."
    )
    assert ("Mary Kerr", "appearsIn", "Tynebank") in f
    assert ("Mary Kerr", "appearsIn", "Harbour Lights") not in f


def test_a_service_employees_name_is_no_series():
    f = facts(
        "LIVE BLOG: The Star Kaiju panel\n\n2:03 PM - The moderator, Crunchyroll's Jane Roe, takes the stage.\n\n"
        "2:05 PM - Star Kaiju, based on Ken Ito's manga, premiered on TV Tokyo on April 13. "
        "Ben Holt, the English voice of Kafka Ito, joins."
    )
    assert ("Ben Holt", "plays", "Kafka Ito") in f
    assert ("Kafka Ito", "appearsIn", "Star Kaiju") in f
    assert not {x for x in f if x[2] == "Jane Roe" or x[0] == "Jane Roe"}


def test_a_mailbag_answer_is_about_the_series_its_question_names():
    f = facts(
        "TV Mailbag\n\n"
        "Q: I miss Harbour Lights. Was it filmed in Halifax? - Ann P., Truro\n\n"
        "A: It was. Harbour Lights premiered on CBC on Jan. 9, 2011. Ada Winter played Kit Marsh.\n\n"
        "Q: Whatever happened to Second Chances? That was on CTV, wasn't it? - Lou R., Digby\n\n"
        "A: It was. Sam Oyelaran played Jed Cole, and Mia Park played his sister, Lou Cole."
    )
    assert ("Kit Marsh", "appearsIn", "Harbour Lights") in f
    assert ("Jed Cole", "appearsIn", "Second Chances") in f
    assert ("Jed Cole", "appearsIn", "Harbour Lights") not in f


def test_a_quizs_answer_key_reads_each_question_with_its_answer():
    f = facts(
        "The TV quiz: how well do you know Tynebank?\n\n"
        "Tynebank ran for 12 series before the club closed in 2004.\n\n"
        "Answers\n\n"
        "8. Who played Geoff Kerr? Answer: A, Brian Hale.\n\n"
        "12. Which character did Donna Airey play? Answer: C, Charlie Charlton.\n\n"
        "14. Who composed the theme? Answer: A, Denis Kay, who also wrote other themes.\n\n"
        "15. Who directed the first episode? Answer: Matt Robins, who was also the first producer."
    )
    assert {
        ("Brian Hale", "plays", "Geoff Kerr"),
        ("Geoff Kerr", "appearsIn", "Tynebank"),
        ("Donna Airey", "plays", "Charlie Charlton"),
        ("Tynebank", "composer", "Denis Kay"),
        ("Matt Robins", "directed", "Tynebank episode 1"),
    } <= f
    assert not {x for x in f if x[0] == "Who"}


def test_a_mailbag_question_is_about_its_first_title():
    f = facts(
        "TV Mailbag\n\n"
        "Q: I miss Harbour Lights. Was it filmed in Halifax? - Ann P., Truro\n\n"
        "A: It was. Ada Winter played Kit Marsh on Harbour Lights.\n\n"
        "Q: My son says Joan of Avalon was made by the same person who did Harbour Lights. - Frank D.\n\n"
        "A: You are right, Frank. Joan of Avalon was created by Barbara Hale, and it premiered on CBS on "
        "Sept. 26, 2003. Amber Tate plays Joan Girard, a teenager."
    )
    assert ("Joan Girard", "appearsIn", "Joan of Avalon") in f
    assert ("Joan of Avalon", "originalNetwork", "CBS") in f
    assert ("Joan Girard", "appearsIn", "Harbour Lights") not in f
