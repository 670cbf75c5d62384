"""Crew, companies and employers (kg/rules/crew.py, kg/rules/companies.py).

One test per construction, on sentences written for the tests (not from the seeds), with the
negative cases next to the positive ones; then the seeds against tests/gold/seeds_crew.tsv.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import facts, resolve_texts

import kg.rules  # noqa: F401  (registers the rule-family relations)
from kg import vocab
from kg.evaluation import evaluate, read_gold
from kg.store import open_store

GOLD = Path(__file__).parent / "gold" / "seeds_crew.tsv"
LEAD = "Tidewater is an American television drama series created by Rosa Lindgren for Netflix. "
PROFILE_HEAD = "The Long View: Mara Quinlan Between Two Screens\n\n"

CREW = {
    "creator", "showrunner", "executiveProducer", "writer", "composer", "cinematographer",
    "productionDesigner", "costumeDesigner", "colorist", "titleDesigner", "crewRole",
}  # fmt: skip
COMPANIES = {"productionCompany", "originalNetwork", "streamingService", "licensedBy", "employer", "jobTitle"}


def ours(f: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {x for x in f if x[1] in CREW | COMPANIES}


# --- creators, networks, production companies -----------------------------------------------


def test_lead_created_by_for_network():
    f = facts(
        "Harbor Lights is an American mystery television miniseries created by Ana Ruiz and Ben Osei "
        "for the streaming service Hulu, based on the novel by Carla Moss."
    )
    assert ("Harbor Lights", "creator", "Ana Ruiz") in f
    assert ("Harbor Lights", "creator", "Ben Osei") in f
    assert ("Harbor Lights", "originalNetwork", "Hulu") in f
    assert ("Harbor Lights", "creator", "Carla Moss") not in f


def test_produced_by_in_association_with_keeps_inc_together():
    f = facts(
        LEAD + "It was produced by Northlight Television in association with Gray Studios, Six and a Half "
        "Moons, Inc., and Larkspur Films, with Lindgren serving as showrunner."
    )
    for company in ("Northlight Television", "Gray Studios", "Six and a Half Moons, Inc.", "Larkspur Films"):
        assert ("Tidewater", "productionCompany", company) in f
    assert ("Tidewater", "showrunner", "Rosa Lindgren") in f
    assert not any(o in ("Inc.", "Six") for _, _, o in f)


def test_produced_by_a_person_is_not_a_production_company():
    f = facts(LEAD + "The series is produced by Tom Baker and Julia Stein.")
    assert not any(r == "productionCompany" for _, r, _ in f)


def test_network_possessive_and_network_series_list():
    f = facts(
        "Tidewater is an American drama television series set in Maine. Critics compared HBO's Tidewater to "
        "its predecessors. Copper Hill premiered in 2015. Little Bay premiered in 2017. "
        "Tidewater is the last of the HBO series, after Copper Hill and Little Bay."
    )
    assert ("Tidewater", "originalNetwork", "HBO") in f
    assert ("Copper Hill", "originalNetwork", "HBO") in f
    assert ("Little Bay", "originalNetwork", "HBO") in f


def test_released_on_network_and_later_streaming_service():
    f = facts(
        LEAD
        + "The series was released on May 4, 2018, on the streaming service Netflix. It was removed from "
        "Netflix in 2022, and it began streaming on Peacock from June 1. It is still streaming on Netflix in Canada."
    )
    assert ("Tidewater", "originalNetwork", "Netflix") in f
    assert ("Tidewater", "streamingService", "Peacock") in f
    assert ("Tidewater", "streamingService", "Netflix") not in f  # the original network is not a later home


def test_licensed_from_and_regained_license():
    f = facts(
        LEAD
        + "Tidewater was licensed to Netflix from Paramount. Later, Paramount regained the license for the series."
    )
    assert ("Tidewater", "licensedBy", "Paramount") in f
    assert not any(r == "licensedBy" and o == "Netflix" for _, r, o in f)


def test_network_ordered_a_series():
    f = facts("Amazon has ordered Quiet Fields, a drama about a farming family in Iowa.")
    assert ("Quiet Fields", "originalNetwork", "Amazon") in f


# --- showrunners, executive producers, qualified roles -----------------------------------------


def test_showrunners_of_a_season_also_of_the_series_with_a_scoped_node():
    f = facts(
        LEAD + "In May 2019, it was announced that Kim Alder and Sean Roth, the showrunners for the second "
        "season of Copper Hill, would serve as showrunners and executive producers on Tidewater."
    )
    for who in ("Kim Alder", "Sean Roth"):
        assert ("Copper Hill season 2", "showrunner", who) in f
        assert ("Copper Hill", "showrunner", who) in f
        assert ("Tidewater", "showrunner", who) in f
        assert ("Tidewater", "executiveProducer", who) in f
        assert ("Copper Hill", "crewRole", f"{who} as showrunner on season 2") in f


def test_showrunners_respectively():
    f = facts(
        LEAD
        + "Lindgren consulted Ada Park, Luis Ortega, and Mei Chan—the showrunners of Copper Hill, Little Bay, "
        "and Stone Acre, respectively—on the crossover. Copper Hill premiered in 2015. Little Bay premiered in "
        "2016. Stone Acre premiered in 2017."
    )
    assert ("Copper Hill", "showrunner", "Ada Park") in f
    assert ("Little Bay", "showrunner", "Luis Ortega") in f
    assert ("Stone Acre", "showrunner", "Mei Chan") in f
    assert ("Copper Hill", "showrunner", "Luis Ortega") not in f


def test_executive_producer_list_along_with_and_titles_in_the_list():
    f = facts(
        LEAD
        + "Copper Hill creator Nate Fisher also serves as an executive producer on the series, along with "
        "Olga Berg, Sam Hill, and Northlight Television president Vera Stone. Copper Hill premiered in 2015."
    )
    for who in ("Nate Fisher", "Olga Berg", "Sam Hill", "Vera Stone"):
        assert ("Tidewater", "executiveProducer", who) in f
    # "Copper Hill creator": the creator of Copper Hill, not of the topic
    assert ("Copper Hill", "creator", "Nate Fisher") in f
    assert ("Tidewater", "creator", "Nate Fisher") not in f
    assert ("Vera Stone", "employer", "Northlight Television") in f
    assert ("Vera Stone", "jobTitle", "president") in f


def test_executive_producer_of_one_episode_only():
    f = facts(
        LEAD
        + "Ines Varga, director of the series' first three episodes, also serves as an executive producer on the first episode."
    )
    assert ("Tidewater episode 1", "executiveProducer", "Ines Varga") in f
    assert ("Tidewater", "executiveProducer", "Ines Varga") not in f
    assert ("Tidewater", "crewRole", "Ines Varga as executive producer on episode 1") in f


def test_co_showrunner_who_left_gets_an_end_date():
    f = facts(
        LEAD
        + "Marc Dubois was hired as co-showrunner. At the start of production in March 2019, Dubois left the series as co-showrunner."
    )
    assert ("Tidewater", "showrunner", "Marc Dubois") in f
    assert ("Tidewater", "crewRole", "Marc Dubois as co-showrunner until March 2019") in f
    res = resolve_texts(
        LEAD + "At the start of production in March 2019, Marc Dubois left the series as co-showrunner."
    )
    (role,) = res.nodes.values()
    assert role.type == vocab.SCHEMA + "Role"
    props = {p: (v, d) for p, v, d in role.props}
    assert props[vocab.SCHEMA + "endDate"] == ("2019-03", vocab.XSD + "gYearMonth")
    assert props[vocab.SCHEMA + "roleName"] == ("co-showrunner", "")


def test_plural_executive_producers_without_article():
    f = facts(LEAD + "Lindgren, Omar Haddad, and Beth Kerr are executive producers.")
    for who in ("Rosa Lindgren", "Omar Haddad", "Beth Kerr"):
        assert ("Tidewater", "executiveProducer", who) in f


# --- composers, designers, cinematographers ---------------------------------------------------


def test_composer_announced_and_previous_seasons():
    f = facts(
        LEAD
        + "In June 2018, Ivo Marek was announced as the composer for the series, after previously composing "
        "for the first two seasons of Copper Hill. Copper Hill premiered in 2015."
    )
    assert ("Tidewater", "composer", "Ivo Marek") in f
    assert ("Copper Hill season 1", "composer", "Ivo Marek") in f
    assert ("Copper Hill season 2", "composer", "Ivo Marek") in f
    assert ("Copper Hill", "composer", "Ivo Marek") in f


def test_music_credit_line_and_score_written_with():
    f = facts(
        LEAD
        + "All music composed by Lena Holt. Composer Pia Sand, who wrote the score with Theo Lund, recorded it in Oslo."
    )
    assert ("Tidewater", "composer", "Lena Holt") in f
    assert ("Tidewater", "composer", "Pia Sand") in f
    assert ("Tidewater", "composer", "Theo Lund") in f


def test_music_by_a_classical_composer_is_not_the_score():
    f = facts(LEAD + "The music of composer Johannes Brahms is used throughout the series.")
    assert not any(r == "composer" for _, r, _ in f)


def test_job_titles_before_names_are_roles_on_the_topic():
    f = facts(
        LEAD + "Director Ines Varga, cinematographer Paul Grant, production designer Mia Roth, and costume "
        "designer Ruth Cole worked together on the look of the series."
    )
    assert ("Tidewater", "cinematographer", "Paul Grant") in f
    assert ("Tidewater", "productionDesigner", "Mia Roth") in f
    assert ("Tidewater", "costumeDesigner", "Ruth Cole") in f


def test_cinematographer_of_a_season_and_an_episode_of_other_series():
    f = facts(
        LEAD + "Grant previously served as cinematographer for the first season of Copper Hill and the first "
        "episode of Little Bay. Copper Hill premiered in 2015. Little Bay premiered in 2016. Paul Grant shot the series."
    )
    assert ("Copper Hill season 1", "cinematographer", "Paul Grant") in f
    assert ("Copper Hill", "cinematographer", "Paul Grant") in f
    assert ("Little Bay episode 1", "cinematographer", "Paul Grant") in f
    assert ("Little Bay", "cinematographer", "Paul Grant") not in f
    assert ("Little Bay", "crewRole", "Paul Grant as cinematographer on episode 1") in f
    assert ("Tidewater", "cinematographer", "Paul Grant") in f


def test_colorist_of_a_company_division():
    f = facts(LEAD + "The footage was sent to colorist Dana Fry of Lumen's Halo to finish the grade.")
    assert ("Tidewater", "colorist", "Dana Fry") in f
    assert ("Dana Fry", "employer", "Halo") in f
    assert ("Dana Fry", "jobTitle", "colorist") in f


def test_title_sequence_designed_by_a_company_and_its_earlier_work():
    f = facts(
        LEAD + "The series' title sequence, designed by Prism, recalls the work that the company did for "
        "the series Salt Flats by drawing the town as a map."
    )
    assert ("Tidewater", "titleDesigner", "Prism") in f
    assert ("Salt Flats", "titleDesigner", "Prism") in f
    kinds = {
        e.label: e.kind
        for e in resolve_texts(LEAD + "The main title sequence was designed by Prism.").entities.values()
    }
    assert kinds["Prism"] == "organization"


def test_costumes_designed_by_and_one_costume_made_by_a_company():
    f = facts(
        LEAD + "The series' costumes, designed by Ruth Cole, were inspired by the 1950s. The hero's armor, "
        "which is created by Ironside Costumes in Toronto, was changed for the series."
    )
    assert ("Tidewater", "costumeDesigner", "Ruth Cole") in f
    assert not any(o == "Ironside Costumes" for _, r, o in f if r in CREW)


# --- writers and directors ------------------------------------------------------------------------


def test_pilot_written_and_directed_by():
    f = facts(LEAD + "The pilot was written by Rosa Lindgren and directed by Omar Haddad.")
    assert ("Tidewater episode 1", "writer", "Rosa Lindgren") in f
    assert ("Omar Haddad", "directed", "Tidewater episode 1") in f


def test_directed_all_episodes_and_wrote_episodes():
    f = facts(LEAD + "Omar Haddad directed all six episodes. Beth Kerr wrote the first two episodes.")
    for n in range(1, 7):
        assert ("Omar Haddad", "directed", f"Tidewater episode {n}") in f
    assert ("Tidewater episode 2", "writer", "Beth Kerr") in f


def test_coordinated_verb_phrase_keeps_the_subject():
    f = facts(
        LEAD
        + "Paul Grant was the director of photography on the second season of Copper Hill and shot episodes "
        "3 and 4 of Little Bay. Copper Hill premiered in 2015. Little Bay premiered in 2016."
    )
    assert ("Copper Hill season 2", "cinematographer", "Paul Grant") in f
    assert ("Little Bay episode 3", "cinematographer", "Paul Grant") in f
    assert ("Little Bay episode 4", "cinematographer", "Paul Grant") in f


def test_reversed_appositive_and_created_with():
    f = facts(
        LEAD + "For Tidewater, the showrunners, Kim Alder and Sean Roth, wanted a colder look. "
        "Alder, who created the series with Roth, described it as bleak."
    )
    assert ("Tidewater", "showrunner", "Kim Alder") in f
    assert ("Tidewater", "showrunner", "Sean Roth") in f
    assert ("Tidewater", "creator", "Kim Alder") in f
    assert ("Tidewater", "creator", "Sean Roth") in f


def test_fronted_participle_and_with_as():
    f = facts(
        "Written and created by Nora Kell, Quarry Lane follows two sisters in Leeds. It premiered on ITV in "
        "2021, with Kell as showrunner and Dev Patel Jr. as executive producer."
    )
    assert ("Quarry Lane", "creator", "Nora Kell") in f
    assert ("Quarry Lane", "writer", "Nora Kell") in f
    assert ("Quarry Lane", "originalNetwork", "ITV") in f
    assert ("Quarry Lane", "showrunner", "Nora Kell") in f


def test_who_also_serves_as_showrunner():
    f = facts(LEAD + "The series was created by Rosa Lindgren, who also serves as showrunner.")
    assert ("Tidewater", "creator", "Rosa Lindgren") in f
    assert ("Tidewater", "showrunner", "Rosa Lindgren") in f


def test_music_by_and_a_composers_score():
    f = facts(
        LEAD + "The drama features a score by Ola Berg. Critics praised Ivo Marek's haunting score, which "
        "sounds nothing like Hans Zimmer's score for Inception."
    )
    assert ("Tidewater", "composer", "Ola Berg") in f
    assert ("Tidewater", "composer", "Ivo Marek") in f
    assert ("Tidewater", "composer", "Hans Zimmer") not in f


def test_a_critic_who_wrote_that_the_series_is_not_its_writer():
    f = facts(LEAD + "Dana Cole wrote the series was too slow, and Omar Haddad wrote the first episode.")
    assert ("Tidewater", "writer", "Dana Cole") not in f
    assert ("Tidewater episode 1", "writer", "Omar Haddad") in f


def test_executive_producer_via_a_banner():
    f = facts(LEAD + "Lindgren executive produces the series via her Saltmarsh Pictures banner.")
    assert ("Tidewater", "executiveProducer", "Rosa Lindgren") in f
    assert ("Tidewater", "productionCompany", "Saltmarsh Pictures") in f


def test_season_article_does_not_number_series_episodes():
    f = facts(
        "The second season of the American television series Cold Fen premiered on AMC on May 2, 2019. "
        "Ava Lund wrote the fourth episode. The season was produced by Fenland Studios."
    )
    assert not any(s.startswith("Cold Fen episode") for s, _, _ in f)
    assert ("Cold Fen", "originalNetwork", "AMC") in f


# --- employers --------------------------------------------------------------------------------------


def test_employers_and_job_titles():
    f = facts(
        "In 2019, Netflix COO Ann Ward said the series would return. Brightline Studios' head of streaming "
        "Joel Park praised it. Kevin Marsh, president of Northlight Television, agreed. Later, Redwood Comics' "
        "editor-in-chief Lou Grant and Paramount vice president of original content Kay Lim spoke."
    )
    assert ("Ann Ward", "employer", "Netflix") in f and ("Ann Ward", "jobTitle", "COO") in f
    assert ("Joel Park", "employer", "Brightline Studios") in f
    assert ("Joel Park", "jobTitle", "head of streaming") in f
    assert ("Kevin Marsh", "employer", "Northlight Television") in f
    assert ("Kevin Marsh", "jobTitle", "president") in f
    assert ("Lou Grant", "employer", "Redwood Comics") in f
    assert ("Lou Grant", "jobTitle", "editor-in-chief") in f
    assert ("Kay Lim", "jobTitle", "vice president of original content") in f


def test_a_critics_byline_is_not_employment():
    f = facts(LEAD + "Dave Cole of the Boston Globe called it slow, and Variety's Ana Ruiz praised the cast.")
    assert not any(r == "employer" for _, r, _ in f)


# --- what is not a fact -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Composer Max Vogel is in talks to score the series.",
        "Composer Max Vogel, a frequent collaborator of the director, is rumored to be in talks to score the series.",
        "Max Vogel is expected to serve as showrunner on the series.",
        "It was rumored that Max Vogel would be the composer for the series.",
        "Will Max Vogel return as showrunner for the series?",
        "Max Vogel did not serve as showrunner on the series.",
        "Max Vogel was approached to showrun the second season of the series but declined.",
        'Vogel said, "I would have loved to be the composer for this series, but it never happened."',
        "Max Vogel is a composer and a pianist.",
        "Stan Lee created Copper Hill in 1964 for Marvel Comics.",
    ],
)
def test_plans_rumours_questions_negations_quotes_are_not_facts(sentence):
    assert not ours(facts(LEAD + sentence)) - ours(facts(LEAD))


def test_reference_list_headlines_are_skipped():
    f = facts(
        LEAD
        + 'Strom, Marc (May 2, 2019). "Tidewater Finds Its Showrunner". Deadline. Retrieved May 2, 2019. '
        "Acclaimed Director Max Vogel Set For The Netflix Original Series Tidewater. Marvel.com. Retrieved May 3, "
        "2019. Lim, Kay (May 4, 2019). Composer Max Vogel Joins Tidewater. Variety. Retrieved May 5, 2019."
    )
    assert not any(o == "Max Vogel" for _, _, o in f)


# --- the seeds -------------------------------------------------------------------------------------


def test_seeds_precision_and_recall_per_relation(seeds_store):
    gold = read_gold(GOLD)
    scores = evaluate(open_store(seeds_store), gold)
    relations = {g.relation for g in gold}
    assert relations >= {
        "creator",
        "showrunner",
        "executiveProducer",
        "composer",
        "productionCompany",
        "employer",
    }
    for rel in sorted(relations):
        sc = scores[rel]
        assert sc.precision >= 0.90, (rel, sc.precision, sc.wrong)
        assert sc.recall >= 0.80, (rel, sc.recall, [(g.subject, g.object) for g in sc.misses])


def test_title_created_by_appositive_and_executive_producers_include():
    f = facts(
        "Hulu's Harbor Lights, created by Ana Ruiz and Tom Vey, returns in May. "
        "The executive producers include Ana Ruiz, Bo Lin and Cy Moss."
    )
    assert ("Harbor Lights", "creator", "Ana Ruiz") in f and ("Harbor Lights", "creator", "Tom Vey") in f
    assert ("Harbor Lights", "executiveProducer", "Cy Moss") in f


def test_surname_refers_to_the_last_full_name():
    f = facts(
        "Harbor Lights is a drama series. Mike Lane wrote the pilot. "
        "Lane, who created the series, also directs. Jeremy Allen Lane plays Sam Crane."
    )
    assert ("Harbor Lights", "creator", "Mike Lane") in f
    assert ("Harbor Lights", "creator", "Jeremy Allen Lane") not in f


# --- composers and writers named with a verb phrase -----------------------------------------


def test_score_verb_phrases_after_appositives_and_relative_clauses():
    f = facts(
        LEAD + "Ada Brook and Cole Fenn, of the synth band Driftwood, return to compose the score. "
        "Ivo Marsh, who composed the music for the HBO series Harbor Lights, is returning to score the prequel. "
        "Filming took place in Halifax, and Tom Reyes composes the music for the series. "
        "Lena Voss is composing the score alongside Pia Kern."
    )
    for who in ("Ada Brook", "Cole Fenn", "Ivo Marsh", "Tom Reyes", "Lena Voss", "Pia Kern"):
        assert ("Tidewater", "composer", who) in f, who
    assert ("Harbor Lights", "composer", "Ivo Marsh") in f
    assert not any(o == "Halifax" for _, r, o in f if r == "composer")


def test_score_of_a_named_season_and_no_score_for_other_things():
    f = facts(
        LEAD + "Dana Pike, who composed the first season's score with Eli Gray, will return to compose the "
        "music for the second season. Omar Hale composed the music for the games. "
        "Rita Sol is expected to compose the score."
    )
    assert ("Tidewater season 1", "composer", "Dana Pike") in f
    assert ("Tidewater season 1", "composer", "Eli Gray") in f
    assert ("Tidewater season 2", "composer", "Dana Pike") in f
    assert not any(o in ("Omar Hale", "Rita Sol") for _, _, o in f)


def test_episode_writers_from_a_script_and_which_he_wrote():
    f = facts(
        LEAD + "Tidewater's first season consists of ten episodes. "
        'Nora Kim directed the second episode, "Low Tide", from a script by Ian Wolfe and Ruth Lane. '
        'The pilot, "Landfall", was directed by Lindgren from a script she co-wrote with Paul Dorn. '
        'The third episode, "Echoes", was written by Kate Moll and Tanner Bey. '
        "Executive producer Sam Rook will direct the fifth episode, which he also wrote."
    )
    for ep, who in (
        (2, "Ian Wolfe"), (2, "Ruth Lane"), (1, "Rosa Lindgren"), (1, "Paul Dorn"),
        (3, "Kate Moll"), (3, "Tanner Bey"), (5, "Sam Rook"),
    ):  # fmt: skip
        assert (f"Tidewater episode {ep}", "writer", who) in f, (ep, who)
    assert ("Tidewater episode 2", "writer", "Nora Kim") not in f


def test_writers_of_every_episode_and_a_subject_before_an_appositive():
    f = facts(
        LEAD + "Mia Cole, who grew up outside Boston, wrote every episode herself. "
        "Jon Avery and Lu Chen, who developed the show and serve as its showrunners, wrote the premiere. "
        "Ben Ash is also one of the show's writers."
    )
    assert ("Tidewater", "writer", "Mia Cole") in f
    assert ("Tidewater episode 1", "writer", "Jon Avery") in f
    assert ("Tidewater episode 1", "writer", "Lu Chen") in f
    assert ("Tidewater", "writer", "Ben Ash") in f
    assert not any(o == "Boston" for _, _, o in f)


def test_a_season_article_credits_the_season():
    f = facts(
        "The second season of the American streaming television series Tidewater follows the crew of a "
        "salvage boat. The season was produced by Northlight Television, with Rosa Lindgren serving as "
        "showrunner. Kai Moss composed the score for the season. Lindgren wrote the season premiere."
    )
    assert ("Tidewater season 2", "showrunner", "Rosa Lindgren") in f
    assert ("Tidewater season 2", "composer", "Kai Moss") in f


def test_executive_producers_with_co_holders_pronouns_and_lists():
    f = facts(
        LEAD + "Lindgren serves as showrunner. She executive produces alongside Dan Bern and Mark Kale. "
        "Jon Noll, who directed the first three episodes, executive produces with Lisa Jay. "
        "Cal Zeb, whose feature credits include Compliance, will direct the pilot and also serves as an "
        "executive producer. In addition to Ward, executive producers included Scott Horn and Janet Lee. "
        "Tom Vale, who co-wrote the film Elektra, executive produces the series."
    )
    for who in ("Rosa Lindgren", "Dan Bern", "Mark Kale", "Jon Noll", "Lisa Jay", "Cal Zeb", "Scott Horn",
                "Janet Lee", "Tom Vale"):  # fmt: skip
        assert ("Tidewater", "executiveProducer", who) in f, who
    assert not any(o in ("Elektra", "Compliance") for _, r, o in f if r == "executiveProducer")


def test_executive_producer_plans_are_not_facts():
    f = facts(LEAD + "Omar Stiles is not expected to executive produce. Ana Perl may executive produce.")
    assert not any(r == "executiveProducer" for _, r, _ in f)


def test_showrunners_for_the_entire_run():
    f = facts(LEAD + "Lindgren and Joel Fane served as showrunners for the entire run.")
    assert ("Tidewater", "showrunner", "Rosa Lindgren") in f
    assert ("Tidewater", "showrunner", "Joel Fane") in f


def test_creators_after_colon_titles_network_possessives_and_long_descriptions():
    f = facts(
        "Night Court: Born Again is an American television series created by Matt Corm and Chris Orde "
        "for Disney+. The second season of Fargone, an American anthology black comedy crime drama "
        "television series created by Noah Hale, premiered on FX."
    )
    g = facts(
        "'Yellowtail' Season 2: A Guide to the Survivors\n\n"
        "Yellowtail, Showtime's survival drama created by Ashley Lyle, tells two stories."
    )
    assert ("Night Court: Born Again", "creator", "Matt Corm") in f
    assert ("Night Court: Born Again", "creator", "Chris Orde") in f
    assert ("Fargone", "creator", "Noah Hale") in f
    assert ("Yellowtail", "creator", "Ashley Lyle") in g
    assert ("Night Court: Born Again", "originalNetwork", "Disney+") in f
    assert not {x for x in f | g if x[0] in ("Showtime", "Night Court")}


def test_writers_of_every_episode_of_a_season_and_writers_for_other_shows():
    f = facts(
        "Harbour is an American drama television series created by Ana Ruiz. The first season has three "
        "episodes. The second season has four episodes.\n\n"
        "Ruiz wrote every episode of the first season. Mike Wells has written all four episodes of the second season. "
        "Jo Chase, who had written for The Rockford Files and Northern Exposure, joined the staff. "
        "Peter Morgan, who created and writes the series, recasts the roles every two seasons."
    )
    w = {(s, o) for s, r, o in f if r == "writer"}
    assert {("Harbour episode 1", "Ana Ruiz"), ("Harbour episode 3", "Ana Ruiz")} <= w
    assert ("Harbour", "Ana Ruiz") not in w  # a season's writer, not the series'
    assert {("Harbour episode 4", "Mike Wells"), ("Harbour episode 5", "Mike Wells")} <= w
    assert {("The Rockford Files", "Jo Chase"), ("Northern Exposure", "Jo Chase")} <= w
    assert ("Harbour", "Peter Morgan") in w
    assert ("Harbour", "creator", "Peter Morgan") in f


def test_creators_after_a_fronted_clause_and_of_works_named_in_passing():
    f = facts(
        "Tidewater is an American period drama series.\n\n"
        "Based on Julia Quine's romance novels, Tidewater was created by Chris Vance, a writer who serves as showrunner.",
        "Hoofbeat is an American animated series.\n\n"
        "Since it premiered in August 2014, the animated series created by Ralph Bowman has been many things.",
        "Ada Kerr (1935 - 2024) was a Canadian actress.\n\n"
        "In FX's Trust (2018), created by Simon Beale, she was an oil heiress. "
        "She also appeared in Commander in Chief, created by Rod Lane.",
    )
    assert ("Tidewater", "creator", "Chris Vance") in f
    assert ("Hoofbeat", "creator", "Ralph Bowman") in f
    assert ("Trust", "creator", "Simon Beale") in f
    # "in Chief" is the end of a longer title, not a title of its own
    assert not {x for x in f if x[0] == "Chief"}
    # a novel is not the series: "Daredevil was created by Stan Lee" still credits no creator
    g = facts(
        "Daredevil is an American series.\n\nDaredevil was created by Stan Lee and Bill Everett for the comics."
    )
    assert ("Daredevil", "creator", "Stan Lee") not in g


def test_an_episode_article_credits_its_episode():
    f = facts(
        "The Twelve Days of Carol\n\n"
        '"The Twelve Days of Carol" is the fourth episode of the second series of the British dark comedy '
        "anthology series Inside No. 7. It was written by Steve Pemb and Reece Shear, who created the series "
        "and appear in every episode, and directed by Guillem Moral, and it first aired on BBC Two on "
        "16 April 2015.\n\n"
        "Inside No. 7 began on BBC Two on 5 February 2014, and its first series consisted of six "
        "self-contained episodes.",
        "When Creek Town premiered on CBC Television on January 13, 2015, it was a modest sitcom. "
        "Creek Town was created by Dan Lee.",
    )
    assert ("Inside No. 7 episode 10", "writer", "Steve Pemb") in f
    assert ("Inside No. 7 episode 10", "writer", "Reece Shear") in f
    assert ("Guillem Moral", "directed", "Inside No. 7 episode 10") in f
    assert ("Inside No. 7 episode 10", "premiereDate", "2015-04-16") in f
    assert ("Inside No. 7", "creator", "Steve Pemb") in f
    assert not any(s == "Inside No. 7" and r == "writer" for s, r, _ in f)
    assert ("Creek Town", "creator", "Dan Lee") in f
    assert not any(s.startswith("When ") for s, _, _ in f)


def test_a_second_role_with_partners_and_creators_in_relative_clauses():
    f = facts(
        LEAD + "Rosa Lindgren served as showrunner and as an executive producer with Greg Fine. "
        "Larry Davis served as showrunner and, with George Shap and Howard Weston, as an executive producer. "
        "The series, which Lindgren created, follows a ferry captain. "
        "Dan Lev co-created the series with his father, Eugene Lev.",
    )
    for who in ("Rosa Lindgren", "Greg Fine", "Larry Davis", "George Shap", "Howard Weston"):
        assert ("Tidewater", "executiveProducer", who) in f
    assert ("Tidewater", "showrunner", "Rosa Lindgren") in f
    assert ("Tidewater", "showrunner", "Greg Fine") not in f
    assert ("Tidewater", "creator", "Rosa Lindgren") in f
    assert ("Tidewater", "creator", "Eugene Lev") in f


def test_an_encyclopedia_lead_with_a_title_in_lower_case_words_and_a_whole_series_director():
    f = facts(
        "Landing on You\n\n"
        "Landing on You (Korean: 사랑; RR: Sarang) is a South Korean romantic comedy television series "
        "written by Park Ji-eun and directed by Lee Jeong-hyo, starring Hyun Bin. It aired on tvN from "
        "December 14, 2019, to February 16, 2020, for 16 episodes."
    )
    assert ("Landing on You", "writer", "Park Ji-eun") in f
    assert ("Landing on You", "originalNetwork", "tvN") in f
    assert ("Landing on You", "premiereDate", "2019-12-14") in f
    eps = {o for s, r, o in f if r == "directed" and s == "Lee Jeong-hyo"}
    assert eps == {f"Landing on You episode {n}" for n in range(1, 17)}


def test_a_recaps_episode_and_films_named_with_their_directors():
    f = facts(
        "'The Rings' Season 2, Episode 6 Recap: The Siege Begins\n\nBy Marc Ell | September 19, 2024\n\n"
        'Spoilers follow for "Where Is He?", the sixth episode of the second season of The Lord of the '
        "Rings: The Rings, now streaming on Prime Video. After an opening run of eight episodes in 2022, the "
        "second season has found its footing. Directed by Charlotte Brand and written by Jason Cahil, it is "
        "the first episode in which every storyline converges.",
        LEAD + "Mandy Moor voiced Rapunzel in Disney's Tangle, directed by Nathan Gren and Byron Howe. "
        "In Star Trek IV: The Voyage Home, directed by Leonard Nimo, Uhura looks for a reactor.",
    )
    ep = "The Lord of the Rings: The Rings episode 14"
    assert ("Charlotte Brand", "directed", ep) in f
    assert (ep, "writer", "Jason Cahil") in f
    assert ("Nathan Gren", "directed", "Tangle") in f
    assert ("Byron Howe", "directed", "Tangle") in f
    assert ("Leonard Nimo", "directed", "Star Trek IV: The Voyage Home") in f


def test_creators_a_profile_names_with_pronouns_and_co_creators():
    f = facts(
        "The Maximalist\n\nBy Claire Vane\n\nRyan Moore does not do small. A former journalist, Moore "
        "got his start with Popular, a high school satire he created with Gina Mathers for The WB in "
        "1999. His breakthrough came with FX's Nip/Tuck, which he created. Lange came back for Feud, "
        "which Moore created with Jaffe Cohen and Michael Zam. Pose, created with Brad Falk and Steven "
        "Canal for FX in 2018, was personal. Among its fruits are Ratched, created by Evan Romansky. "
        "Knots Landing, the spin-off Knots Landing, also created by David Jacobs, ran on CBS. "
        'Moore says the comic was created by Stan Lee. Moore laughs. "I just don\'t like waiting," Moore says.'
    )
    for work, who in [
        ("Popular", "Ryan Moore"), ("Popular", "Gina Mathers"), ("Nip/Tuck", "Ryan Moore"),
        ("Feud", "Ryan Moore"), ("Feud", "Jaffe Cohen"), ("Feud", "Michael Zam"), ("Pose", "Ryan Moore"),
        ("Pose", "Brad Falk"), ("Pose", "Steven Canal"), ("Ratched", "Evan Romansky"),
        ("Knots Landing", "David Jacobs"),
    ]:  # fmt: skip
        assert (work, "creator", who) in f
    assert not {x for x in f if x[2] == "Stan Lee"}


def test_a_serial_apposition_a_described_creator_and_a_roundup_title():
    f = facts(
        "Winners at the awards\n\nBased on Criminal Law, a British serial created by Peter Moffit that "
        "aired on BBC One in 2008, it premiered on HBO. The Responder, created by the former police "
        "officer Tony Schuman, is set in Liverpool."
    )
    assert ("Criminal Law", "creator", "Peter Moffit") in f
    assert ("The Responder", "creator", "Tony Schuman") in f
    g = facts("Dallas is an American prime time television soap opera created by David Jacobs.")
    assert ("Dallas", "creator", "David Jacobs") in g


def test_executive_producers_alongside_a_banner_posthumous_credit_and_a_run():
    f = facts(
        LEAD + "The series is executive produced by Bill Lawton through his Doozer Productions banner, "
        "alongside Jeff Ingle, Liza Katz and Neil Gold. Jim Gandy is credited posthumously as an "
        "executive producer, alongside Ray Price. Leo Katz was its showrunner for most of its run."
    )
    for who in ("Bill Lawton", "Jeff Ingle", "Liza Katz", "Neil Gold", "Jim Gandy", "Ray Price"):
        assert ("Tidewater", "executiveProducer", who) in f
    assert ("Tidewater", "showrunner", "Leo Katz") in f


def test_a_space_separated_table_keeps_titles_with_question_marks_and_two_directors():
    f = facts(
        "List of Inkwell episodes\n\nInkwell is an American animated series created by Rob Kirk for "
        "Amazon Prime Video.\n\nNo. overall  No. in season  Title  Directed by  Written by  Original "
        "release date\n"
        '1  1  "Who You Calling Ugly?"  Sol Chan  Rob Kirk  March 26, 2021\n'
        '2  2  "Where I Really Come From Now"  Jeff Allan & Paul Furman  Rob Kirk  April 30, 2021\n'
    )
    assert ("Sol Chan", "directed", "Inkwell episode 1") in f
    assert ("Jeff Allan", "directed", "Inkwell episode 2") in f
    assert ("Paul Furman", "directed", "Inkwell episode 2") in f
    assert ("Inkwell episode 2", "writer", "Rob Kirk") in f


def test_a_surname_means_the_full_name_named_last_before_it():
    f = facts(
        "Midnight Hours\n\nMike Flanner has been trying to get Midnight Hours made for a decade. That "
        "show, The Haunting of Elm House, which Flanner created for Netflix in 2018, made him a star. "
        "His brother, James Flanner, wrote the fourth episode."
    )
    assert ("The Haunting of Elm House", "creator", "Mike Flanner") in f
    assert not {x for x in f if x[1] == "creator" and x[2] == "James Flanner"}


def test_tables_under_season_headings_number_their_rows_within_the_season():
    f = facts(
        "List of Tidewater episodes\n\nTidewater is an American comedy series created by Rosa Lindgren. "
        "It aired for two seasons of three episodes each.\n\nSeason 1 (2009)\n\n"
        "No.  Title  Directed by  Written by  Original air date\n"
        '1  "Pilot"  Ann Roe  Rosa Lindgren  March 1, 2009\n2  "Tide"  Bo Lund  Rosa Lindgren  March 8, 2009\n'
        '3  "Ebb"  Ann Roe  Rosa Lindgren  March 15, 2009\n\nSeason 2 (2010)\n\n'
        "No.  Title  Directed by  Written by  Original air date\n"
        '1  "Flood"  Cy Moss  Rosa Lindgren  April 1, 2010\n2  "Surge"  Bo Lund  Rosa Lindgren  April 8, 2010\n'
    )
    assert ("Cy Moss", "directed", "Tidewater episode 4") in f
    assert ("Bo Lund", "directed", "Tidewater episode 5") in f
    assert ("Cy Moss", "directed", "Tidewater episode 1") not in f


def test_a_press_release_in_capitals_names_its_season_and_title():
    f = facts(
        'NETFLIX SETS SEASON TWO PREMIERE FOR "HARBOUR LIGHTS"\n\n'
        "Season Two Premieres Sunday, May 5\n\n"
        "LOS ANGELES – Netflix today announced that season two of the drama HARBOUR LIGHTS will premiere on May 5. "
        "The first season ran for nine episodes. Ann Roe directs the season premiere."
    )
    assert ("Ann Roe", "directed", "Harbour Lights episode 10") in f


def test_films_a_director_helmed_and_whose_films_include():
    f = facts(
        LEAD + "The pilot was directed by Ann Roe, whose films include the documentary Salt Marsh and "
        "the biopic The Long Tide. Bo Lund, who helmed The Red Harbour, directs the finale. "
        "Lindgren had previously directed Gangs of Leeds, in which Tom Reyes played Abel Crane. "
        "Tom Reyes's films include Blue Water."
    )
    assert ("Ann Roe", "directed", "Salt Marsh") in f
    assert ("Ann Roe", "directed", "The Long Tide") in f
    assert ("Bo Lund", "directed", "The Red Harbour") in f
    assert ("Rosa Lindgren", "directed", "Gangs of Leeds") in f
    assert ("Tom Reyes", "directed", "Blue Water") not in f  # an actor's films are roles


def test_shared_directing_credits_for_a_whole_season():
    f = facts(
        LEAD + "The first season has eight episodes and the second season has eight episodes. "
        "For the first season, Ann Roe directed the harbour storyline and Bo Lund directed the city "
        "storyline, and both are credited as directors on all eight episodes. For the second season, "
        "Cy Moss replaced Roe, and he and Lund share the directing credit on all eight episodes."
    )
    assert {("Ann Roe", "directed", f"Tidewater episode {n}") for n in range(1, 9)} <= f
    assert {("Bo Lund", "directed", f"Tidewater episode {n}") for n in range(1, 17)} <= f
    assert {("Cy Moss", "directed", f"Tidewater episode {n}") for n in range(9, 17)} <= f
    assert ("Ann Roe", "directed", "Tidewater episode 9") not in f


def test_films_a_profile_says_its_person_made():
    f = facts(
        PROFILE_HEAD + "Mara Quinlan writes. Mara Quinlan directs. Quinlan produces. "
        "Her first feature, Salt for Supper (2008), which she wrote and directed, was cheap. "
        "Red Tide (2018), which Quinlan adapted from a novel and directed, followed. "
        "Which brings us to Ferry: The Return, the Disney prequel that Quinlan directed in 2024. "
        "In between, Quinlan directed Julia Roberts as Ada Lunn in Eat Pray Love (2010). "
        "Her partner, Bo Lund, wrote and directed The Farewell, starring Ann Roe as Billi."
    )
    assert ("Mara Quinlan", "directed", "Salt for Supper") in f
    assert ("Mara Quinlan", "directed", "Red Tide") in f
    assert ("Mara Quinlan", "directed", "Ferry: The Return") in f
    assert ("Mara Quinlan", "directed", "Eat Pray Love") in f
    assert ("Bo Lund", "directed", "The Farewell") in f


def test_created_by_after_a_run_of_years_a_description_and_a_dropped_g():
    f = facts(
        LEAD + "In HBO's Carnivàle (2003–2005), created by Daniel Knauf, Ann Roe played Iris Crowe. "
        "Bo Lund received a tribute for Workin' Moms, the CBC comedy she created."
    )
    assert ("Carnivàle", "creator", "Daniel Knauf") in f
    assert ("Workin' Moms", "creator", "Bo Lund") in f


def test_a_singular_appositive_after_two_names_is_the_last_ones():
    f = facts(
        LEAD + "Created by Rosa Lindgren and Steven Molaro, an executive producer and showrunner of "
        "The Big Bang Theory, the comedy received an order."
    )
    assert ("The Big Bang Theory", "showrunner", "Steven Molaro") in f
    assert ("The Big Bang Theory", "showrunner", "Rosa Lindgren") not in f
    assert ("The Big Bang Theory", "executiveProducer", "Rosa Lindgren") not in f


def test_a_title_with_a_plan_word_and_a_foreign_original():
    f = facts(
        "High Potential is an American police procedural television series developed by Drew Goddard for "
        "ABC. It is based on the French series HPI, created by Stéphane Carrié and Nicolas Jean, which has "
        "aired on TF1 since 2021."
    )
    assert ("High Potential", "creator", "Drew Goddard") in f
    assert ("High Potential", "originalNetwork", "ABC") in f
    assert ("HPI", "creator", "Nicolas Jean") in f
    assert ("High Potential", "originalNetwork", "TF1") not in f


def test_quoted_titles_created_by():
    f = facts(
        'Frasier is an American sitcom. The original "Frasier" was created by David Angell and Peter Casey. '
        'He starred in the BBC sitcom "Only Fools and Horses," which was created by John Sullivan. '
        '"Cheers," created by James Burrows, ran for 11 seasons on NBC.'
    )
    assert ("Frasier", "creator", "David Angell") in f
    assert ("Only Fools and Horses", "creator", "John Sullivan") in f
    assert ("Cheers", "creator", "James Burrows") in f


def test_a_numbered_episode_list_credits_each_episode():
    f = facts(
        "Harbor is a Netflix anthology series.\n\n"
        "Season 1 has three episodes:\n\n"
        '1. "The Crab" — directed by Patrick Osborne, written by John Scalzi.\n'
        '2. "Bad Travel" — directed by David Fincher, written by Andrew Walker from a story by Neal Asher.\n'
        '3. "Swarm" — written and directed by Tim Miller. Two scientists study a hive.\n'
    )
    assert ("Patrick Osborne", "directed", "Harbor episode 1") in f
    assert ("Harbor episode 2", "writer", "Andrew Walker") in f
    assert ("Harbor episode 2", "writer", "Neal Asher") not in f
    assert ("Tim Miller", "directed", "Harbor episode 3") in f
    assert ("Harbor episode 3", "writer", "Tim Miller") in f


def test_a_numbered_list_of_a_later_volume_is_not_numbered_from_one():
    f = facts(
        "Netflix announced that Volume 3 of Harbor, the anthology series, premieres in May. "
        "The episodes, in order:\n\n"
        '1. "The Crab" — directed by Patrick Osborne, written by John Scalzi.\n'
    )
    assert not {x for x in f if x[1] == "directed" and "episode" in x[2]}


def test_a_title_with_a_comma_and_a_plus_is_one_title():
    f = facts(
        "Netflix today announced that Volume 3 of Love, Death + Robots, the animated anthology series "
        "created by Tim Miller, will premiere in May. Love, Death + Robots won the Emmy twice. Rob Cairns "
        "composed the series' main title theme. Created by Larry David & Jerry Seinfeld, the sitcom ran on "
        "NBC; Larry David & Jerry Seinfeld wrote the pilot."
    )
    assert ("Love, Death + Robots", "creator", "Tim Miller") in f
    assert ("Robots", "creator", "Tim Miller") not in f


def test_spinoff_credits_and_a_list_that_and_closes():
    f = facts(
        "'Harbor: Tony & Ziva' Spinoff Sets Its Cast\n\n"
        "Harbor: Tony & Ziva, a spinoff of Harbor, premieres on Paramount+. John McNamara "
        "created the spinoff, serves as showrunner and wrote the first episode. Harbor: Origins premieres "
        "in October. In Origins, created by Gina Monreal and David North, Austin Stowell plays young "
        "Leroy Gibbs."
    )
    assert ("Harbor: Tony & Ziva", "creator", "John McNamara") in f
    assert ("Harbor: Tony & Ziva", "showrunner", "John McNamara") in f
    assert ("Harbor: Origins", "creator", "David North") in f
    assert not {x for x in f if x[1] == "creator" and x[2] == "Austin Stowell"}
    assert ("Leroy Gibbs", "appearsIn", "Harbor: Origins") in f


def test_a_bare_showrunner_appositive_is_the_topics():
    f = facts(
        "Good Signs is a fantasy series. For series two, Gaiman – still the showrunner – has no novel to "
        "lean on. Neil Gaiman wrote it."
    )
    assert ("Good Signs", "showrunner", "Neil Gaiman") in f


def test_a_pronoun_is_never_a_work():
    f = facts(
        "Steven Soderbergh moved to television. The Knick, a period medical drama, ran for two seasons on "
        "Cinemax. It was created by Jack Amiel and Michael Begler, but Soderbergh directed all twenty "
        "episodes. Clive Owen starred as the surgeon John Thackery."
    )
    assert not {x for x in f if "It" in (x[0], x[2])}


def test_a_who_clause_role_inside_a_longer_producer_list():
    f = facts(
        "Somewhere Else is an HBO comedy series created by Hannah Bos and Paul Thureen. SOMEWHERE ELSE is "
        "executive produced by Hannah Bos and Paul Thureen, who also serve as showrunners, along with "
        "Carolyn Strauss, Bridget Everett and Jay Duplass."
    )
    assert {("Somewhere Else", "showrunner", p) for p in ("Hannah Bos", "Paul Thureen")} <= f
    assert {
        ("Somewhere Else", "executiveProducer", p)
        for p in ("Carolyn Strauss", "Bridget Everett", "Jay Duplass")
    } <= f
    assert not {x for x in f if x[1] == "showrunner" and x[2] in ("Carolyn Strauss", "Jay Duplass")}
    # with no comma, the list shares the who-clause's role
    g = facts(
        "Girls Who Hunt is an American drama. Girls Who Hunt was created by Ashley Lyle and Bart Nickerson, "
        "who serve as showrunners alongside Jonathan Lisco."
    )
    assert ("Girls Who Hunt", "showrunner", "Jonathan Lisco") in g
    # "Reiser and Danny Jacobson": a surname the text uses alone again is not a first name
    h = facts(
        "Mad About Him is an American sitcom. Reiser and Danny Jacobson, who created it for NBC, are "
        "executive producing alongside Hunt. Reiser said the revival was overdue."
    )
    assert not {x for x in h if x[2] == "Reiser Jacobson"}


def test_a_lead_credit_with_three_verbs_and_showrunner_phrasings():
    f = facts(
        "Berlin Nights is a German neo-noir crime drama television series created, written and directed "
        "by Tom Tykwer, Achim von Borries and Hendrik Handloegten. It premiered in 2017."
    )
    for p in ("Tom Tykwer", "Achim von Borries", "Hendrik Handloegten"):
        assert {
            ("Berlin Nights", "creator", p),
            ("Berlin Nights", "writer", p),
            (p, "directed", "Berlin Nights"),
        } <= f
    g = facts(
        "Picnic Rock is an Australian miniseries produced by Fremantle. Jo Porter, then the company's head "
        "of drama, served as showrunner."
    )
    assert ("Picnic Rock", "showrunner", "Jo Porter") in g
    h = facts("Amends is an American drama created by Ray Kinnon. Kinnon continued as showrunner.")
    assert ("Amends", "showrunner", "Ray Kinnon") in h


def test_a_press_packs_title_line_and_credits_block():
    f = facts(
        "BBC ONE\nPRESS PACK\n\nTHE HOARD\n\n"
        "A new six-part drama inspired by a real robbery, starring Hugh Benson and Jack Lowe\n\n"
        "The Hoard is written by Neil Forsey. Benson plays DCI Brian Boyd. "
        "Lowe, who played Lord Darby opposite Sara Rowan's Mary Steward in Josie Rourke's Queen of the Isles, is back. "
        "Lowe plays Ken Noy.\n\n"
        "PRODUCTION CREDITS\n\n"
        "Writer and Creator: Neil Forsey\n"
        "Directors: Aneil Kara (episodes 1–3), Lewis Arnott (episodes 4–6)\n"
        "Executive Producers: Neil Forsey, Jo McClennan for the BBC\n"
        "Producer: Guy Healey\n"
        "Composer: Dan Jonas\n"
    )
    assert ("The Hoard", "creator", "Neil Forsey") in f
    assert ("Aneil Kara", "directed", "The Hoard episode 3") in f
    assert ("Lewis Arnott", "directed", "The Hoard episode 4") in f
    assert ("Aneil Kara", "directed", "The Hoard episode 4") not in f
    assert ("The Hoard", "executiveProducer", "Jo McClennan") in f
    assert ("The Hoard", "composer", "Dan Jonas") in f
    assert not {x for x in f if "Guy Healey" in x}
    assert ("Ken Noy", "appearsIn", "The Hoard") in f
    assert ("Lord Darby", "appearsIn", "The Hoard") not in f


def test_a_roundups_quoted_titles_created_and_written_and_shared_showrunning():
    f = facts(
        "The winners\n\n"
        '"Harbor Lights," created and written by Nora Quinn, premiered on BBC One in 2018 and ran for six '
        "episodes.\n\n"
        '"Night Desk," created by the former CIA officer Joe Hale, premiered on FX in 2013. Hale ran the '
        "series with Ann Fields."
    )
    assert {("Harbor Lights", "creator", "Nora Quinn"), ("Harbor Lights", "writer", "Nora Quinn")} <= f
    assert ("Night Desk", "creator", "Joe Hale") in f
    assert {("Night Desk", "showrunner", "Joe Hale"), ("Night Desk", "showrunner", "Ann Fields")} <= f
    f = facts(
        "Nightwatch is an FX comedy series. Tom Reid, who shares showrunning duties with Jo Calo, "
        "directed the first four episodes."
    )
    assert {("Nightwatch", "showrunner", "Tom Reid"), ("Nightwatch", "showrunner", "Jo Calo")} <= f


def test_a_fronted_creator_before_a_director_in_its_entirety_and_a_company_ending_a_sentence():
    f = facts(
        "Nightwatch is an American drama series. Created for television by Marti Noxon, who also served as "
        "showrunner, and directed in its entirety by Jean-Marc Vallée, the eight-episode series premiered on "
        "HBO. It is produced by Warner Bros. Television with Tuna Inc. The series was developed by Ann Lee "
        "and Bo Kim."
    )
    assert ("Nightwatch", "creator", "Marti Noxon") in f
    assert {("Nightwatch", "creator", "Ann Lee"), ("Nightwatch", "creator", "Bo Kim")} <= f


def test_music_and_camera_credits_in_reviews_and_wiki_pages():
    lead = "Nightwatch is an American drama series created by Ana Ruiz for HBO. "
    f = facts(
        lead + "It is set in New York City, where it was also filmed, and the theme and score were "
        "composed by Nick Bell. Pat Cole and Chris Noor served as the principal cinematographers. "
        "Andy Wade, the cinematographer, keeps the camera close. Jess Novak did the score."
    )
    assert {("Nightwatch", "composer", "Nick Bell"), ("Nightwatch", "composer", "Jess Novak")} <= f
    assert {("Nightwatch", "cinematographer", p) for p in ("Pat Cole", "Chris Noor", "Andy Wade")} <= f
    # a profession in a profile is no credit on a series
    f = facts(
        "Hans Weber obituary\n\nHans Weber, the composer, has died aged 80. He wrote the score for "
        "Nightwatch, the HBO drama."
    )
    assert {x for x in f if x[1] in ("composer", "cinematographer")} == {
        ("Nightwatch", "composer", "Hans Weber")
    }


def test_a_roundups_titles_with_a_described_creator_or_a_makers_possessive():
    f = facts(
        "The winners\n\n"
        '"Fosse/Verdon," an eight-episode limited series created by Steven Lee and Tom Kail, won.\n\n'
        '"Night Desk," Ava Duncan\'s four-part drama about a newsroom, premiered on Netflix.\n\n'
        '"Harbor Lights," HBO\'s six-part drama, premiered in May.'
    )
    assert {("Fosse/Verdon", "creator", "Steven Lee"), ("Fosse/Verdon", "creator", "Tom Kail")} <= f
    assert ("Night Desk", "creator", "Ava Duncan") in f
    assert not {x for x in f if x[0] == "Harbor Lights" and x[1] == "creator"}


def test_the_role_before_the_person():
    f = facts(
        LEAD + "Music is by Bear Mack, and the director of photography is Tom Magg. "
        "Our director of photography, Steve Rees, shot the whole first season."
    )
    assert ("Tidewater", "composer", "Bear Mack") in f
    assert {("Tidewater", "cinematographer", p) for p in ("Tom Magg", "Steve Rees")} <= f


def test_showrunners_who_took_over_ran_it_or_serve_after_another_clause():
    f = facts(
        LEAD + "It ran for seven seasons. Lindgren ran the show herself for the first season. Dan Gunn and "
        "Steve Marsh took over as showrunners for the second through fourth seasons. Mia Roth, who wrote "
        "the premiere and serves as showrunner, came from the writers' room. Lee Park took over as "
        "showrunner from Mia Roth."
    )
    sr = {(s, o) for s, r, o in f if r == "showrunner"}
    assert {("Tidewater season 2", "Dan Gunn"), ("Tidewater season 4", "Steve Marsh")} <= sr
    assert ("Tidewater", "Mia Roth") in sr
    assert ("Tidewater", "Dan Gunn") in sr  # (a season's showrunner is also the series')
    assert not {o for _, o in sr if o == "Lee Park"}  # took over from whom, for which season?
    g = facts(
        "Swarmline is an HBO drama series. Jan Nabors and Don Glover created it, and Nabors ran it as "
        "showrunner. Ana Lipp and Chris Kay served as executive producers for all six seasons."
    )
    assert ("Swarmline", "showrunner", "Jan Nabors") in g
    assert {
        ("Swarmline", "executiveProducer", "Ana Lipp"),
        ("Swarmline", "executiveProducer", "Chris Kay"),
    } <= g
    assert not {s for s, r, _ in g if " season " in s}


def test_a_seasons_writers_in_the_passive_and_a_british_series():
    f = facts(
        LEAD + "Lindgren directed the first episode herself, and the first season was written by Lindgren, "
        "Joe Purdy and Steve Vik."
    )
    assert {("Tidewater season 1", "writer", "Joe Purdy"), ("Tidewater season 1", "writer", "Steve Vik")} <= f
    g = facts(
        "Wire Cutters is a British crime drama broadcast on ITV from 2002 to 2008. The first series was "
        "adapted from the novels by Pat Harbin. Series 2 was written by Alan Whit and Dec Crog. Peter "
        "Green was the director of photography for the first three series."
    )
    assert {
        ("Wire Cutters season 1", "writer", "Pat Harbin"),
        ("Wire Cutters season 2", "writer", "Dec Crog"),
    } <= g
    assert {("Wire Cutters season 3", "cinematographer", "Peter Green")} <= g


def test_the_script_of_a_pilot_and_a_dotted_first_name_in_a_credit_list():
    f = facts(
        "Proven Right is a Fox legal drama pilot from David Ell, who wrote the script with Danny Strang.",
        'Moss Family\n\nNBC\'s "Moss Family," created by Ed. Weinberg, Mike Lees and Bill Moss, premiered in '
        "1984. Sand directed it with Calo. Calo herself directed the fourth episode.",
    )
    assert ("Proven Right episode 1", "writer", "Danny Strang") in f
    assert ("Proven Right", "writer", "Danny Strang") not in f
    assert {("Moss Family", "creator", "Ed. Weinberg"), ("Moss Family", "creator", "Mike Lees")} <= f


def test_a_creators_possessive_before_a_described_or_known_series_after_a_role():
    f = facts(
        "Emmys roundup\n\nMary Parks was nominated for playing Nancy Botwin, a suburban widow, in Jenji "
        "Koh's Showtime comedy Weeds. Breaking Bad is an AMC crime drama series. Aaron Pall played Jesse "
        "Pink in Vince Gill's Breaking Bad. She played Thomasin in Robert Egg's The Witch (2015)."
    )
    assert {("Weeds", "creator", "Jenji Koh"), ("Breaking Bad", "creator", "Vince Gill")} <= f
    assert ("Robert Egg", "directed", "The Witch") in f
    assert not {o for s, r, o in f if r == "directed" and s in ("Jenji Koh", "Vince Gill")}


def test_a_second_copula_and_theme_song_credits():
    f = facts(
        "Parkland is an American sitcom. Schur remained the showrunner and was an executive producer "
        "alongside Greg Dane, Howard Klein and David Mine. The theme tune was composed by Gaby Moren. "
        'Its theme song, "Nothing Stops Me Now," was written by Jess Fred and Ben Salva and sung by Fred.'
    )
    assert {("Parkland", "executiveProducer", p) for p in ("Greg Dane", "Howard Klein", "David Mine")} <= f
    assert {("Parkland", "composer", p) for p in ("Gaby Moren", "Jess Fred", "Ben Salva")} <= f


def test_credit_lines_an_interviews_our_and_a_childrens_series_lead():
    f = facts(
        "Arturo is an animated children's television series developed by Kathy Wau for PBS.\n\n"
        "Original music: Anne Nikit\n\nRohn Schmi, our director of photography, gave it that look."
    )
    assert ("Arturo", "creator", "Kathy Wau") in f
    assert ("Arturo", "composer", "Anne Nikit") in f
    assert ("Arturo", "cinematographer", "Rohn Schmi") in f


def test_a_fronted_credit_with_a_company_and_a_which_clause_executive_producer():
    f = facts(
        "Home Matters is a sitcom. Created by Will Bick and Mike Warr and again made by Miller-Boyd "
        "with Lorimar Television, it also takes place in Chicago. The show was produced by Satin City "
        "Productions and Regency Television for Fox."
    )
    assert {("Home Matters", "creator", "Will Bick"), ("Home Matters", "creator", "Mike Warr")} <= f
    assert ("Home Matters", "productionCompany", "Regency Television") in f
    assert not {x for x in f if x[2] == "Regency Television for Fox"}


def test_a_winners_list_line_per_category():
    text = (
        "TV awards 2022: the winners\n\nBy staff\n\n"
        "Leading Actress: Ann Lee for Blue Harbour (BBC One)\n"
        "Drama Series: Red Hill (Channel 4)\n"
        "Scripted Comedy: Low Road (BBC Three)\n"
        "Director: Fiction: Sam Reed for Blue Harbour\n"
        "Writer: Comedy: Tom Hale and Ivy Hale for Low Road, series 2, episode 1\n\n"
        "Low Road\n\nThe Hales wrote the comedy, which ran for two six-episode series. Tom Hale plays Rob Dunn.\n\n"
        "Blue Harbour\n\nAnn Lee stars as Jo Vale, and Max Orr plays her brother, Ned Vale.\n"
    )
    f = facts(text)
    assert {
        ("Blue Harbour", "originalNetwork", "BBC One"),
        ("Red Hill", "originalNetwork", "Channel 4"),
        ("Low Road", "originalNetwork", "BBC Three"),
        ("Sam Reed", "directed", "Blue Harbour"),
        ("Low Road episode 7", "writer", "Tom Hale"),
        ("Low Road episode 7", "writer", "Ivy Hale"),
    } <= f
    # each section is about the work its heading names, not the category line above it
    assert ("Ned Vale", "appearsIn", "Blue Harbour") in f
    assert not {x for x in f if x[1] == "appearsIn" and x[2] != "Blue Harbour" and x[0] == "Ned Vale"}
    assert ("Rob Dunn", "appearsIn", "Low Road") in f


def test_an_episode_feature_credits_the_episode_not_the_series():
    f = facts(
        '"Sing It!": How Night Court Made Its Musical\n\nA look behind the scenes.\n\n'
        "By Jo Park | Features | May 1, 2021\n\n"
        'The result is "Gavel Song," the fourth episode of the second season and the 30th episode of '
        "Night Court overall, which aired on NBC on April 29, 2021. It was written by Ana Diaz and directed by "
        "Ben Cole. Diaz wrote the script in 2019. Night Court follows Abby Stone (Mia Hart), a judge.\n\n"
        "Hart had starred before as the lawyer Rita Cole in ABC's Counsel."
    )
    assert ("Ben Cole", "directed", "Night Court episode 30") in f
    assert ("Night Court episode 30", "writer", "Ana Diaz") in f
    assert ("Night Court episode 30", "premiereDate", "2021-04-29") in f
    assert ("Abby Stone", "appearsIn", "Night Court") in f
    assert not {
        x
        for x in f
        if x[1] in ("directed", "writer") and (x[2] if x[1] == "directed" else x[0]) == "Night Court"
    }


def test_created_a_networks_series_and_a_theme_with_an_adjective():
    f = facts(
        "Blue Harbour is a British drama series created by Ann Lee. The seaside-style theme was composed by "
        "Ron Mills. It stars Michaela Coel as Kim Roe. Coel had previously created E4's Low Road, in which she "
        "played Jo Vale, a shop assistant."
    )
    assert ("Blue Harbour", "composer", "Ron Mills") in f
    assert ("Low Road", "creator", "Michaela Coel") in f
    assert ("Jo Vale", "appearsIn", "Low Road") in f  # not "E4's Low Road"


def test_a_tv_films_writers_sharing_a_surname():
    f = facts(
        "Sunny Street is an American sitcom. The television film A Sunny Christmas, written by Harold and "
        "Danny J. Marsh and directed by Joan Pike, aired on CBS in 1988."
    )
    assert {
        ("A Sunny Christmas", "writer", "Harold Marsh"),
        ("A Sunny Christmas", "writer", "Danny J. Marsh"),
    } <= f
    assert ("Joan Pike", "directed", "A Sunny Christmas") in f


def test_showrunners_by_season_spans():
    f = facts(
        "Cold Harbour is an American drama series that ran for six seasons and 120 episodes. Ann Roe and "
        "Joe Hart ran the show for its first two seasons; Kay Bloom took over as showrunner from the third "
        "season to the end. Night Desk is another series. Lee Park served as showrunner for the first five "
        "seasons of Night Desk, and Tom Gray took over as showrunner for the sixth and seventh."
    )
    runs = {(s, o) for s, r, o in f if r == "showrunner"}
    assert {("Cold Harbour season 1", "Ann Roe"), ("Cold Harbour season 2", "Joe Hart")} <= runs
    assert {(f"Cold Harbour season {n}", "Kay Bloom") for n in range(3, 7)} <= runs
    assert ("Cold Harbour season 1", "Kay Bloom") not in runs
    assert not {x for x in runs if "episode" in x[0]}


def test_a_subject_joined_by_a_description_and_a_second_plural_role():
    f = facts(
        "Bay Town is an American animated sitcom created by Amy Poe, Mike Sully and Julie Sully for Fox. "
        "Poe and the married writing partners Mike and Julie Sully serve as showrunners, and were executive "
        "producers alongside Dave Beck and Kim Lane."
    )
    assert {("Bay Town", "showrunner", p) for p in ("Amy Poe", "Mike Sully", "Julie Sully")} <= f
    assert {("Bay Town", "executiveProducer", p) for p in ("Amy Poe", "Dave Beck", "Kim Lane")} <= f
    assert not {x for x in f if x[2] == "Mike"}


def test_a_seasons_section_credits_the_season_and_its_episodes():
    f = facts(
        "The Quick Hour\nSketch show | BBC Two | 1994–2000\n\nOverview\nThe Quick Hour was a BBC Two sketch "
        "show created by Paul Whitehouse.\n\n"
        "Series 1 (1994)\nEpisodes: 6\nWriters: Paul Whitehouse, Charlie Higson, Simon Day\n"
        "Director: Sid Roberson\n\n"
        "Series 2 (1996)\nEpisodes: 8\nWriters: Whitehouse, Higson and Dave Cummings\nDirectors: Mark Mylod "
        "(episodes 1–4), Sid Roberson (episodes 5–8)\n"
    )
    assert {("The Quick Hour season 1", "writer", w) for w in ("Paul Whitehouse", "Simon Day")} <= f
    assert ("The Quick Hour season 2", "writer", "Dave Cummings") in f
    assert ("The Quick Hour", "writer", "Paul Whitehouse") not in f
    assert {("Sid Roberson", "directed", f"The Quick Hour episode {n}") for n in (1, 6, 11, 14)} <= f
    assert {("Mark Mylod", "directed", f"The Quick Hour episode {n}") for n in (7, 10)} <= f
    assert ("Mark Mylod", "directed", "The Quick Hour episode 11") not in f
    assert not {x for x in f if x[1] == "directed" and x[2] == "The Quick Hour"}


def test_an_episodes_full_credits_page():
    f = facts(
        "Grimsby Wolves (TV Series 2011–2017)\n"
        '"Pilot" (2011)\nSeason 1 | Episode 1\nFull Cast & Crew\n\n'
        "Directed by\nMarc Buckland\n\n"
        "Writing Credits (WGA)\nStephen Carpenter ... (story) and\nDavid Greenwalt ... (teleplay)\n\n"
        "Series Created by\nStephen Carpenter ... (created by) (123 episodes, 2011-2017)\n\n"
        "Cast (in credits order) verified as complete\nDavid Giuntoli ... Nick Burkhardt\n"
        "Sasha Roiz ... Captain Sean Renard\nLenora Van Sant ... Robin Howell (as Lenora May)\n\n"
        "Series Music by\nRichard Marvin\n\nSeries Cinematography by\nMarshall Adams\n\n"
        "Release Date\nOctober 28, 2011 (United States) on NBC\n"
    )
    assert ("Marc Buckland", "directed", "Grimsby Wolves episode 1") in f
    assert {("Grimsby Wolves episode 1", "writer", w) for w in ("Stephen Carpenter", "David Greenwalt")} <= f
    assert ("Grimsby Wolves", "creator", "Stephen Carpenter") in f
    assert {("David Giuntoli", "plays", "Nick Burkhardt"), ("Lenora Van Sant", "plays", "Robin Howell")} <= f
    assert ("Sean Renard", "appearsIn", "Grimsby Wolves") in f
    assert ("Grimsby Wolves", "composer", "Richard Marvin") in f
    assert ("Grimsby Wolves", "cinematographer", "Marshall Adams") in f
    assert {
        ("Grimsby Wolves episode 1", "premiereDate", "2011-10-28"),
        ("Grimsby Wolves", "premiereDate", "2011-10-28"),
    } <= f


def test_a_directors_obituary_names_his_films_and_the_pilot_he_directed():
    f = facts(
        "James Farley, Who Directed 'The Monkeys,' Dies at 82\n\n"
        'James Farley, a director who helped invent the loose look of the 1960s television show "The '
        'Monkeys," died on Wednesday.\n\n'
        'His first film, "The Christian Licorice Store" (1971), starred Beau Bridges as a tennis player. He '
        'followed it with "Kid Blue" (1973), a western comedy with Dennis Hopper as Bickford Waner, and "The '
        'Big Bus" (1976), a disaster spoof.\n\n'
        'Henson picked him to direct "The Muppet Movie" (1979).\n\n'
        'He directed the pilot of the CBS legal drama "Judging Amy," which starred Amy Brenneman as Amy Gray.'
    )
    assert {
        ("James Farley", "directed", t) for t in ("The Christian Licorice Store", "Kid Blue", "The Big Bus")
    } <= f
    assert ("James Farley", "directed", "The Muppet Movie") in f
    assert ("James Farley", "directed", "Judging Amy episode 1") in f
    assert ("Henson", "directed", "The Muppet Movie") not in f


def test_an_obituarys_roles_are_in_the_series_not_its_source():
    f = facts(
        "Jack Shea, Sitcom Director, Dies at 86\n\nJack Shea, a television director, died on Sunday.\n\n"
        'His breakthrough came with "Sanford and Son," the NBC comedy that Bud Yorkin and Norman Lear adapted '
        'from "Steptoe and Son," the BBC series created by Ray Galton and Alan Simpson. It premiered on '
        "January 14, 1972. Redd Foxx starred as Fred Sanford, a cantankerous junk dealer, and Demond Wilson "
        "played his long-suffering son, Lamont Sanford."
    )
    assert {
        ("Fred Sanford", "appearsIn", "Sanford and Son"),
        ("Lamont Sanford", "appearsIn", "Sanford and Son"),
    } <= f
    assert ("Fred Sanford", "appearsIn", "Steptoe and Son") not in f


def test_a_persons_photography_of_the_series():
    f = facts(
        "Red Dust is an Australian crime drama.\n\nIt was shot in the Kimberley, and Mark Ware's photography "
        "makes the most of the red dirt."
    )
    assert ("Red Dust", "cinematographer", "Mark Ware") in f


def test_a_press_kits_season_title_production_line_and_filmmaker_headings():
    f = facts(
        "PIGGY BANK – SEASON 2\nPRODUCTION NOTES\n\nA TVF Production for SonyLIV\n\nABOUT THE PRODUCTION\n\n"
        "Piggy Bank was created by Shreyansh Pandey and is produced by Fern Films. The first season premiered "
        "on SonyLIV on 27 June 2019, when all five of its episodes became available at once. Amrit Gupta "
        "directed the first season.\n\nFor season two, Palash Vaswani directed all five episodes.\n\n"
        "ABOUT THE FILMMAKERS\n\nSUMIT KUMAR (Director of Photography)\nKumar shot both seasons.\n\n"
        "ANURAG SAIKIA (Music)\nSaikia scored the series.\n"
    )
    assert {
        ("Piggy Bank", "productionCompany", "TVF"),
        ("Piggy Bank", "productionCompany", "Fern Films"),
        ("Piggy Bank", "cinematographer", "Sumit Kumar"),
        ("Piggy Bank", "composer", "Anurag Saikia"),
        ("Amrit Gupta", "directed", "Piggy Bank episode 5"),
        ("Palash Vaswani", "directed", "Piggy Bank episode 10"),
    } <= f
    assert not {x for x in f if x[1] == "plays"}


def test_two_directors_of_a_series_do_not_each_direct_every_episode():
    f = facts(
        "Scam Days\n2020  |  A  |  1 Season  |  10 Episodes\n\nScam Days is an Indian drama series.\n\n"
        "Directors: Hansal Mehta, Jai Mehta\nMusic: Achint Thakkar\n"
    )
    assert ("Scam Days", "numberOfEpisodes", "10") in f  # (the page's facts line)
    assert not {x for x in f if x[1] == "directed" and x[2].startswith("Scam Days episode")}


def test_a_credits_pages_writer_of_some_episodes_is_not_the_series_writer():
    f = facts(
        "Court Days (TV Series 2022–2024) - Netflix\nFull Cast & Crew\n\nNetflix  |  Drama  |  2 seasons\n\n"
        "Series Writing Credits\nKatharina Ebel  ...  (created by) (written by) (12 episodes, 2022-2024)\n"
        "Jana Burg  ...  (written by) (3 episodes, 2022)\n\n"
        "Series Cast (in credits order)\nDevi Lang  ...  Elisabeth  (12 episodes, 2022-2024)\n"
    )
    assert ("Court Days", "writer", "Katharina Ebel") in f
    assert ("Court Days", "creator", "Katharina Ebel") in f
    assert ("Court Days", "writer", "Jana Burg") not in f


def test_an_awards_storys_title_case_nominee_lists_credit_the_works_and_their_networks():
    f = facts(
        "Harbour Lights leads Maple Awards race with 12 nominations\n\n"
        "TORONTO, Oct. 2, 2011 - Harbour Lights, the CBC lighthouse dramedy, leads the field.\n\n"
        "Best Dramatic Series\nHarbour Lights (CBC)\nRidge Line (The Prairie Network)\n"
        "Cold Harbour (CTV)\n\n"
        "Best Performance in a Featured Supporting Role\nNora Vale as Edie Marsh, Harbour Lights\n"
        "Tom Birch as Lyle Gant, Ridge Line\n\n"
        'Best Direction in a Dramatic Series\nJune Okafor, Harbour Lights - "The Keeper"\n\n'
        'Best Photography in a Dramatic Series\nLeo Strand, Harbour Lights - "The Keeper"\n\n'
        "Best Original Music Score for a Series\nMina Cole, Harbour Lights\n\n"
        'The series premiered on CBC on January 9, 2011, with the pilot, "The Keeper." '
        "Ada Winter stars as Kit Marsh, a lighthouse keeper.\n\n"
        "Ridge Line, set on a cattle ranch, premiered on CTV in 2008. Sam Oyelaran plays Jed Cole."
    )
    assert {
        ("Harbour Lights", "originalNetwork", "CBC"),
        ("Ridge Line", "originalNetwork", "The Prairie Network"),
        ("Edie Marsh", "appearsIn", "Harbour Lights"),
        ("Lyle Gant", "appearsIn", "Ridge Line"),
        ("June Okafor", "directed", "Harbour Lights episode 1"),
        ("Harbour Lights episode 1", "cinematographer", "Leo Strand"),
        ("Harbour Lights", "composer", "Mina Cole"),
        # the prose about the story's own series, and a paragraph opening with another one
        ("Kit Marsh", "appearsIn", "Harbour Lights"),
        ("Jed Cole", "appearsIn", "Ridge Line"),
    } <= f
    assert ("Jed Cole", "appearsIn", "Harbour Lights") not in f
    assert not {x for x in f if x[1] == "plays" and x[0] in ("CBC", "CTV")}


def test_a_production_companys_portfolio_page_credits_each_entry():
    f = facts(
        "NORTHLIGHT PICTURES | Our productions\n\n"
        "About Northlight Pictures\nNorthlight Pictures is a Nordic production company founded in 2009.\n\n"
        "THE QUIET FJORD (Stille fjord)\nBroadcaster: NRK\nYear: 2017\nEpisodes: 6 x 45'\n"
        "Created by Ingrid Solberg\nExecutive Producers Lars Dahl, Ove Berg\n"
        "Director Maja Lund (episodes 1-2 and 5-6), Erik Moe (episodes 3-4)\n"
        "Starring Kari Vik as Sigrid Holm\n\n"
        "DARKWATER: THE RETURN\nBroadcaster: Viaplay\nYear: 2021\n"
        "Executive Producers Ove Berg\nStarring Jon Aas as Per Lie\n"
    )
    assert {
        ("The Quiet Fjord", "productionCompany", "Northlight Pictures"),
        ("The Quiet Fjord", "originalNetwork", "NRK"),
        ("The Quiet Fjord", "premiereDate", "2017"),
        ("The Quiet Fjord", "numberOfEpisodes", "6"),
        ("The Quiet Fjord", "creator", "Ingrid Solberg"),
        ("The Quiet Fjord", "executiveProducer", "Lars Dahl"),
        ("Maja Lund", "directed", "The Quiet Fjord episode 6"),
        ("Erik Moe", "directed", "The Quiet Fjord episode 3"),
        ("Sigrid Holm", "appearsIn", "The Quiet Fjord"),
        ("Darkwater: The Return", "originalNetwork", "Viaplay"),
        ("Per Lie", "appearsIn", "Darkwater: The Return"),
    } <= f
    assert ("Maja Lund", "directed", "The Quiet Fjord episode 3") not in f


def test_an_anime_series_director_and_its_series_composer():
    f = facts(
        "Star Kaiju is a Japanese anime series. The series is animated by Production I.G, with effects by Studio Kuro.\n\n"
        "On stage: series director Kenji Ueda and Rina Sato, who voices Mika.\n\n"
        "Ueda confirms that Aya Mori, the series composer, wrote the scripts for all six episodes of "
        "the first season."
    )
    assert {
        ("Kenji Ueda", "directed", "Star Kaiju"),
        ("Star Kaiju", "productionCompany", "Production I.G"),
        ("Star Kaiju episode 6", "writer", "Aya Mori"),
    } <= f
    assert ("Star Kaiju", "composer", "Aya Mori") not in f
