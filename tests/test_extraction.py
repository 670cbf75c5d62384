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
