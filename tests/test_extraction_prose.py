"""Roles and credits stated in free prose (reviews, casting news, profiles, announcements).

Sentences written for the tests, in the shapes the held-out articles showed; each test also
checks what must *not* be read from a look-alike sentence.
"""

from __future__ import annotations

from helpers import facts

LEAD = "Nightwatch is an American television series created by Ana Ruiz for Netflix. "


def test_any_verb_phrase_before_as_character():
    f = facts(
        LEAD + "Jennifer Lane joins the ensemble as Lorraine Lyon, a debt collector. "
        "Omar Said brings comic relief as Vic Reyes. Tom Hale, who steals scenes as Jack Stone, returns."
    )
    assert ("Jennifer Lane", "plays", "Lorraine Lyon") in f
    assert ("Omar Said", "plays", "Vic Reyes") in f
    assert ("Tom Hale", "plays", "Jack Stone") in f
    assert ("Lorraine Lyon", "appearsIn", "Nightwatch") in f


def test_as_after_verbs_of_saying_working_or_naming_is_not_a_role():
    f = facts(
        LEAD + "Tom Hale, known as Big Tom, left. Mia Park worked as Head Writer. "
        "Ruiz described Omar Said as Nightwatch's heart. Ruiz will serve as co-showrunner with Dan Fry."
    )
    assert not {x for x in f if x[1] == "plays"}


def test_season_named_between_actor_and_role():
    f = facts(LEAD + "Steve Bell has joined the second season of Nightwatch as Barry Dort.")
    assert ("Steve Bell", "plays", "Barry Dort") in f
    assert ("Barry Dort", "appearsIn", "Nightwatch season 2") in f
    assert ("Barry Dort", "appearsIn", "Nightwatch") in f


def test_to_play_role_went_to_and_whose():
    f = facts(
        LEAD + "Susan Hale has been tapped to play Ruth Sage. "
        "The role of Gator Tillman, Roy's son, went to Joe Kerr. "
        "The cast is led by Karl Urban, whose Billy Butcher is now a fugitive."
    )
    assert ("Susan Hale", "plays", "Ruth Sage") in f
    assert ("Joe Kerr", "plays", "Gator Tillman") in f
    assert ("Karl Urban", "plays", "Billy Butcher") in f


def test_a_bracketed_credit_is_not_the_role():
    f = facts(LEAD + "Cosmo Jarr (Lady Macbeth) has been tapped to play John Blackthorne.")
    assert ("Cosmo Jarr", "plays", "John Blackthorne") in f
    assert ("Cosmo Jarr", "plays", "Lady Macbeth") not in f


def test_a_role_from_another_work_keeps_only_that_role_out_of_the_topic():
    f = facts(LEAD + "Diego Lunn reprises his Rogue One role as Cassian, with Stella Sk as Luthen Rael.")
    assert ("Luthen Rael", "appearsIn", "Nightwatch") in f
    assert ("Cassian", "appearsIn", "Nightwatch") not in f


def test_a_profile_resolves_he_to_its_subject():
    f = facts(
        "Andre Bright, Star of 'Precinct', Dies at 61\n\n"
        "Andre Bright, the actor, died on Monday. His publicist, Ann Lee, confirmed it. "
        "On CBS's Hack, he played Marcus Washington, a cab driver. "
        "He also had a recurring role as the psychiatrist Darryl Nolan on House."
    )
    assert ("Andre Bright", "plays", "Marcus Washington") in f
    assert ("Marcus Washington", "appearsIn", "Hack") in f
    assert ("Andre Bright", "plays", "Darryl Nolan") in f
    assert ("Ann Lee", "plays", "Darryl Nolan") not in f


def test_director_with_a_long_apposition_and_a_film_by_noun():
    f = facts(
        LEAD
        + "Ben Fisk, whose film credits include Alpha, Beta and Gamma, will direct the first two episodes. "
        "Asa Kap, the Oscar-winning director of the documentary Amy, takes episodes 3 and 4."
    )
    assert ("Ben Fisk", "directed", "Nightwatch episode 1") in f
    assert ("Ben Fisk", "directed", "Nightwatch episode 2") in f
    assert ("Asa Kap", "directed", "Nightwatch episode 4") in f
    assert ("Asa Kap", "directed", "Amy") in f


def test_episode_list_rows():
    f = facts(
        LEAD + "\n\nEpisodes\n"
        '1  "Chapter 1: A Stranger in a Strange Land"  Directed by: Rob Rodd  Written by: Jon Fav  Original release date: December 29, 2021\n'
        '2  "Chapter 2: The Tribes of the Desert"  Directed by: Dave Fil  Written by: Jon Fav & Dave Fil  Original release date: January 5, 2022\n'
    )
    assert ("Rob Rodd", "directed", "Nightwatch episode 1") in f
    assert ("Nightwatch episode 2", "writer", "Dave Fil") in f
    assert ("Nightwatch episode 2", "writer", "Jon Fav") in f


def test_pilot_cowritten_in_a_relative_clause():
    f = facts(LEAD + 'Jon Nol directed the pilot, "The Original", which he co-wrote with Lisa Joyce.')
    assert ("Jon Nol", "directed", "Nightwatch episode 1") in f
    assert ("Nightwatch episode 1", "writer", "Jon Nol") in f
    assert ("Nightwatch episode 1", "writer", "Lisa Joyce") in f


def test_executive_producers_with_a_pronoun_subject_and_among():
    f = facts(
        LEAD + "Bruce Mill, who created the series, is the showrunner. "
        "He executive produces with Warren Little and Fran Sear. "
        "Mark John and Mel Bern were among the executive producers. "
        "Dan Finch executive produces alongside Cara Theron, and Jay Hill has composed the score."
    )
    for who in (
        "Bruce Mill",
        "Warren Little",
        "Fran Sear",
        "Mark John",
        "Mel Bern",
        "Dan Finch",
        "Cara Theron",
    ):
        assert ("Nightwatch", "executiveProducer", who) in f
    assert ("Nightwatch", "executiveProducer", "Jay Hill") not in f
    assert ("Nightwatch", "composer", "Jay Hill") in f


def test_reprised_roles_in_another_work():
    f = facts(
        LEAD + "Jennifer Lane as Lorraine Lyon: A debt collector. Omar Said as Vic Reyes: Her partner. "
        "Lane and Said later reprised their roles in the crossover miniseries The Nightshift. "
        "Rosa Diaz as Ana Cruz: A nurse, reprising her role from the series Daylight and Moonrise. "
        "Said reprised his role in Sunfall."
    )
    assert ("Lorraine Lyon", "appearsIn", "The Nightshift") in f
    assert ("Vic Reyes", "appearsIn", "The Nightshift") in f
    assert ("Ana Cruz", "appearsIn", "Daylight") in f
    assert ("Ana Cruz", "appearsIn", "Moonrise") in f
    # a bare title nothing else calls a series may be anything (a film, a book): not kept
    assert ("Vic Reyes", "appearsIn", "Sunfall") not in f


def test_review_possessives_are_roles_unless_the_owner_is_crew():
    f = facts(
        "Review: 'Nightwatch' Season 2 Is Better Than Ever\n\n"
        "Nightwatch, created by Ana Ruiz, is back. Jennifer Lane's Lorraine Lyon is the season's real "
        "revelation, and Omar Said's Vic Reyes is adrift. Ana Ruiz's Kim Ode, a new villain, disappoints."
    )
    assert ("Jennifer Lane", "plays", "Lorraine Lyon") in f
    assert ("Omar Said", "plays", "Vic Reyes") in f
    assert ("Lorraine Lyon", "appearsIn", "Nightwatch") in f
    assert not {x for x in f if x[0] == "Ana Ruiz" and x[1] == "plays"}


def test_quoted_headline_titles_name_the_topic():
    f = facts(
        "Ana Ruiz on 'Night Shift: Origins': 'I Wanted a Villain'\n\n"
        "Ruiz is the creator of Night Shift: Origins. Omar Said plays Vic Reyes, the night manager."
    )
    assert ("Vic Reyes", "appearsIn", "Night Shift: Origins") in f


def test_earlier_credits_in_brackets_are_not_roles():
    f = facts(
        LEAD + "Britt Lane (Unforgettable), Zach Orr (You) and Jen Tull (Disjointed) have been cast as "
        "series regulars opposite Adam Scott. Lane will play Helly, a new hire. Orr will play Dylan."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays == {("Britt Lane", "Helly"), ("Zach Orr", "Dylan")}


def test_films_listed_after_a_pronoun_subject():
    f = facts(
        "Peter Vance, Director of Noir Films, Dies at 82\n\nPeter Vance, who directed Night Train (1971), "
        "died on Thursday. Later he directed Saint Jack (1979), They All Laughed (1981) and Mask (1985)."
    )
    films = {o for s, r, o in f if s == "Peter Vance" and r == "directed"}
    assert {"Night Train", "Saint Jack", "They All Laughed", "Mask"} <= films


def test_two_lists_pair_up_after_are_back_and_joined_the_season():
    f = facts(
        "Harbor is an American drama television series created by Ana Ruiz for AMC. "
        "Adam Reed, James Tull and Jeff Nord are also back as Ed Mack, Nat Carl and Gordon Kline, respectively. "
        "Neal Mack and Mykel Wills joined the third season as Robert Quill and Ell Lime."
    )
    for actor, char in (
        ("Adam Reed", "Ed Mack"), ("James Tull", "Nat Carl"), ("Jeff Nord", "Gordon Kline"),
        ("Neal Mack", "Robert Quill"), ("Mykel Wills", "Ell Lime"),
    ):  # fmt: skip
        assert (actor, "plays", char) in f, actor
    assert ("Mykel Wills", "plays", "Robert Quill") not in f


def test_stars_as_a_possessive_description_then_the_name():
    f = facts(
        "Harbor is an American drama television series created by Ana Ruiz for AMC. "
        "Kevin Cost stars as the family's present-day patriarch, John Dutt."
    )
    assert ("Kevin Cost", "plays", "John Dutt") in f


def test_a_title_with_and_leads_the_article():
    f = facts(
        "Halt and Catch Fire is an American period drama television series created by Chris Cant and "
        "Chris Rog. Lee Pace stars as Joe MacMillan."
    )
    assert ("Joe MacMillan", "appearsIn", "Halt and Catch Fire") in f
    assert ("Halt and Catch Fire", "creator", "Chris Cant") in f


def test_cast_lists_that_round_out_or_also_star_pair_in_order():
    f = facts(
        LEAD + "Carrie Coe, Michelle Mona and Leslie Bibb round out the guest list as Laurie, Jaclyn and "
        "Kate, three friends. Clancy Brown, Carmen Ejo and Theo Ross also star, as Sal Maroni, Eve Karlo "
        "and Julian Rush, respectively."
    )
    assert {("Carrie Coe", "Laurie"), ("Leslie Bibb", "Kate"), ("Theo Ross", "Julian Rush")} <= {
        (a, c) for a, r, c in f if r == "plays"
    }
    assert ("Theo Ross", "plays", "Sal Maroni") not in f


def test_played_by_after_an_appositive_or_a_descriptor():
    f = facts(
        LEAD + "Jackie Taylor, the team captain and Shauna's best friend, is played by Ella Purnell. "
        "Silvio Dante, played by the E Street Band guitarist Steven Van Zandt, runs the club. "
        "Molly Solverson, who was played as an adult by Allison Tolman, is a deputy. "
        "Jessie Buck plays Lyudmilla Ignatenko, the wife of the firefighter Vasily Ignatenko, who is played "
        "by Adam Nagaitis."
    )
    assert ("Ella Purnell", "plays", "Jackie Taylor") in f
    assert ("Steven Van Zandt", "plays", "Silvio Dante") in f
    assert ("Allison Tolman", "plays", "Molly Solverson") in f
    assert ("Adam Nagaitis", "plays", "Vasily Ignatenko") in f
    assert ("Adam Nagaitis", "plays", "Lyudmilla Ignatenko") not in f


def test_character_guide_lines_with_several_actors_set_the_order_for_the_document():
    f = facts(
        LEAD + "\n\nShauna Shipman (Melanie Lynskey; Sophie Nell as a teenager). The team's midfielder.\n\n"
        "Travis Martinez (Kevin Alves) is the son of the coach."
    )
    assert ("Melanie Lynskey", "plays", "Shauna Shipman") in f
    assert ("Sophie Nell", "plays", "Shauna Shipman") in f
    assert ("Kevin Alves", "plays", "Travis Martinez") in f
    assert ("Travis Martinez", "plays", "Kevin Alves") not in f


def test_is_character_and_fronted_as_in_reviews():
    f = facts(
        LEAD + "Dom Hetra is Pornchai, a spa therapist; Christian Fried is Fabian, the hotel's manager. "
        "As Roddy Ho, the team's self-regarding hacker, Christopher Chung remains a scene-stealer. "
        "Ted Sarandos is Chief Content Officer, a job he loves. As Executive Producer, Tom Hale said no."
    )
    plays = {(a, c) for a, r, c in f if r == "plays"}
    assert {
        ("Dom Hetra", "Pornchai"),
        ("Christian Fried", "Fabian"),
        ("Christopher Chung", "Roddy Ho"),
    } <= plays
    assert not {c for _, c in plays} & {"Chief Content Officer", "Executive Producer"}


def test_a_profiles_roles_after_a_film_with_its_year_or_a_pronoun():
    f = facts(
        "Andre Brau, Star of Television, Dies at 61\n\n"
        "Andre Brau, who starred in many series, died on Monday. "
        "His first film role was in Edward Zwick's Civil War drama Glory (1989), as Thomas Searles, a soldier. "
        "He won an Emmy for the miniseries Thief (2006), in which he played Nick Atwater. "
        "In 2012 he led Last Resort, created by Shawn Ryan and Karl Gaj, as Marcus Chaplin. "
        "The Fox sitcom cast him as Raymond Holt, the stoic captain."
    )
    plays = {(a, c) for a, r, c in f if r == "plays"}
    for role in ("Thomas Searles", "Nick Atwater", "Marcus Chaplin", "Raymond Holt"):
        assert ("Andre Brau", role) in plays
    assert not {a for a, _ in plays} & {"Glory", "Karl Gaj"}


def test_the_work_named_after_a_role_elsewhere():
    f = facts(
        "Coalfield is an American crime drama television series.\n\n"
        "Goggins, who had previously played Shane Vendrell on the FX police drama The Shield, stars as Boyd Crowder. "
        "Carrie Coon currently plays Bertha Russell in HBO's The Gilded Age."
    )
    assert ("Shane Vendrell", "appearsIn", "The Shield") in f
    assert ("Bertha Russell", "appearsIn", "The Gilded Age") in f
    assert ("Bertha Russell", "appearsIn", "HBO") not in f
    assert ("Shane Vendrell", "appearsIn", "Coalfield") not in f


def test_co_stars_possessive_roles_and_portrayed_by_lines():
    f = facts(
        "Harbour is an American crime drama television series.\n\n"
        "He starred opposite Dominic West's Jimmy McNulty and Sonja Sohn's Kima Greggs.\n\n"
        'Sergio Marquina ("The Professor")\nPortrayed by: Alvaro Morte\nThe mastermind behind the heist.'
    )
    assert {("Dominic West", "plays", "Jimmy McNulty"), ("Sonja Sohn", "plays", "Kima Greggs")} <= f
    assert ("Alvaro Morte", "plays", "Sergio Marquina") in f
    assert ("Sergio Marquina", "appearsIn", "Harbour") in f


def test_paired_role_lists_with_descriptions_and_shared_surnames():
    f = facts(
        "Lanterns is an American drama television series created by Ana Ruiz.\n\n"
        "Chris Zylka and Margaret Quinn appear as Laurie's son Tom Garvey and Kevin and Laurie's daughter "
        "Jill Garvey. Their parents, the psychiatrists Margaret and Bernard Chenowith, are played by Joanna "
        "Cassidy and Robert Foxworth. The series cast Jeanne Tripp, Chloe Sevin and Ginny Good as Bill's three "
        "wives, Barb, Nicki and Margene Henrickson. Kevin Carroll and Jovan Adepo play John Murphy and his son, "
        "Michael Murphy, respectively, and Igby Rigney is Riley's younger brother, Warren Flynn."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Chris Zylka", "Tom Garvey"),
        ("Margaret Quinn", "Jill Garvey"),
        ("Joanna Cassidy", "Margaret Chenowith"),
        ("Robert Foxworth", "Bernard Chenowith"),
        ("Jeanne Tripp", "Barb Henrickson"),
        ("Chloe Sevin", "Nicki Henrickson"),
        ("Ginny Good", "Margene Henrickson"),
        ("Kevin Carroll", "John Murphy"),
        ("Jovan Adepo", "Michael Murphy"),
        ("Igby Rigney", "Warren Flynn"),
    }
    assert ("Margaret Quinn", "Tom Garvey") not in plays


def test_described_character_before_the_actor_in_brackets():
    f = facts(
        "Lanterns is a French mystery series.\n\n"
        "Clotilde Hesme is Juliette Pellegrini, the daughter of the powerful businessman Hubert Pellegrini "
        "(Herve Pierre) and his wife, Anne Pellegrini (Nicole Garcia). Danny's younger brother, Paul Cho "
        "(Young Mazino), drifts into Amy's orbit. The cast also includes Nestor Carbonell (Vasco Rodrigues)."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Herve Pierre", "Hubert Pellegrini"),
        ("Nicole Garcia", "Anne Pellegrini"),
        ("Young Mazino", "Paul Cho"),
        ("Nestor Carbonell", "Vasco Rodrigues"),
    }


def test_known_for_will_play_after_a_casting_clause_and_ranks_before_full_names():
    f = facts(
        "Lanterns is an American drama series.\n\n"
        "Nicole Beharie has also been cast as a series regular and will play Christina Hunter. "
        "Tig Notaro (Star Trek: Discovery) is set to recur as Amanda Robinson. "
        "Beharie is best known for starring as Abbie Mills on Fox's Sleepy Hollow. "
        "The cast also includes Billy Crudup as network chief Cory Ellison."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Nicole Beharie", "Christina Hunter"),
        ("Tig Notaro", "Amanda Robinson"),
        ("Nicole Beharie", "Abbie Mills"),
        ("Billy Crudup", "Cory Ellison"),
    }
    assert ("Abbie Mills", "appearsIn", "Sleepy Hollow") in f
    # a job is still not a role: "as chief executive"
    g = facts("Lanterns is an American drama series.\n\nDana Walden joined the network as chief executive.")
    assert not {x for x in g if x[1] == "plays"}


def test_nicknames_in_quotes_and_first_names_stay_in_their_document():
    f = facts(
        'Razors is a British crime drama series. It follows the ambitious Thomas "Tommy" Shelby.\n\n'
        "Cillian Murphy stars as Tommy Shelby, a veteran.",
        "Embers is an American drama series. A contractor named Danny Cho feuds with a stranger.\n\n"
        "Steven Yeun is magnetic as Danny, a man swallowing his rage.",
        "Lights is an American horror series.\n\nEwan McGregor plays Danny Torrance.",
    )
    assert ("Cillian Murphy", "plays", "Thomas Shelby") in f
    assert ("Steven Yeun", "plays", "Danny Cho") in f
    assert ("Steven Yeun", "plays", "Danny Torrance") not in f


def test_award_review_verbs_and_past_roles_in_appositions():
    f = facts(
        "Harbor Lights is an American drama series.\n\n"
        "Ruth Kemp won an Emmy Award for playing the matriarch Edna Vale in the second season. "
        "Sam Ortiz makes the once-hated striker Leo Banks oddly lovable, and Kai Moss gives Ray Dunn, "
        "the shy goalkeeper, the season's best arc. "
        "Ana Lutz, best known as Meg Hart on NBC's Parkside, plays Iris Vale. "
        "Tom Reid, who played the young clerk Ned Pike on ITV's Lowlands, will play Carl Vale. "
        "In season two, Gwen Ashby appeared as Mara Holt."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Ruth Kemp", "Edna Vale"),
        ("Sam Ortiz", "Leo Banks"),
        ("Kai Moss", "Ray Dunn"),
        ("Ana Lutz", "Meg Hart"),
        ("Ana Lutz", "Iris Vale"),
        ("Tom Reid", "Ned Pike"),
        ("Tom Reid", "Carl Vale"),
        ("Gwen Ashby", "Mara Holt"),
    }
    assert ("Meg Hart", "appearsIn", "Parkside") in f
    assert ("Ned Pike", "appearsIn", "Lowlands") in f
    # a co-star is not a role, and a network's title is not an actor
    g = facts(
        "Harbor Lights is an American drama series. It stars Sam Ortiz and Lena Fox.\n\n"
        "Sam Ortiz gives Lena Fox, the French actress, a run for her money. "
        "Netflix gives Sam Ortiz, the star, a new contract."
    )
    assert not {x for x in g if x[1] == "plays"}


def test_is_the_described_character_and_appositive_descriptions():
    f = facts(
        "Harbor Lights is an American drama series.\n\n"
        "Leo Hart plays the clerk Sam Doyle, and Nina Park is the receptionist Lily Moss, who is engaged. "
        "Omar Reyes is the sinister priest Tobias. "
        "Iris Bell plays Sam's boss at corporate, Joan Pratt. "
        "Dev Rao has been cast as the villain of the finale, the shipping magnate Victor Crane. "
        "Mel Ortiz plays his Republican opponent, Senator Arnold Kemp. "
        "Lou Grant returns as Henry Vale and Tim Moss as his friend and former partner, Dr Paul Fisk."
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Leo Hart", "Sam Doyle"),
        ("Nina Park", "Lily Moss"),
        ("Omar Reyes", "Tobias"),
        ("Iris Bell", "Joan Pratt"),
        ("Dev Rao", "Victor Crane"),
        ("Mel Ortiz", "Arnold Kemp"),
        ("Tim Moss", "Paul Fisk"),
    }
    # a job after "is the" is not a role; a clause is not a description
    g = facts(
        "Harbor Lights is an American drama series.\n\n"
        "Dana Cole is the head of Marvel Television. "
        "Timely is a variant, the figure Majors played in the finale, and while The Hollywood Reporter "
        "admired him, others did not. "
        "Ann Lee plays Kate as a teenager, and Jo Dunn appears in flashbacks as Mia Crane, her sister."
    )
    gp = {(s, o) for s, r, o in g if r == "plays"}
    assert ("Dana Cole", "Marvel Television") not in gp
    assert not any(o == "The Hollywood Reporter" for _, o in gp)
    assert ("Jo Dunn", "Mia Crane") in gp and ("Kate", "Jo Dunn") not in gp


def test_described_character_before_brackets_and_played_by_lines():
    f = facts(
        "Harbor Lights is an American drama series.\n\n"
        "Jonas Vale, whose father, Michael Vale (Sebastian Roth), has died, is the lead. "
        "She marries the waitress Pickles Dunn (Julia Chen). "
        "Lane marries her bandmate Zack Ford (Todd Lowry) in season 7. "
        "He gave perhaps his finest performance as the father of a troubled teenager, Conrad Bell "
        "(Timothy Hart), and husband of the brittle Beth Bell (Mary Moore).",
        "Harbor Lights characters\n\nDean Forrest\nPlayed by Jared Pike. Rory's first boyfriend.\n\n"
        "Paris Gell\nPlayed by Liza Wren.\n",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Sebastian Roth", "Michael Vale"),
        ("Julia Chen", "Pickles Dunn"),
        ("Todd Lowry", "Zack Ford"),
        ("Timothy Hart", "Conrad Bell"),
        ("Mary Moore", "Beth Bell"),
        ("Jared Pike", "Dean Forrest"),
        ("Liza Wren", "Paris Gell"),
    }
    assert not any(o in ("Sebastian Roth", "Julia Chen", "Timothy Hart") for _, o in plays)


def test_pronoun_roles_in_profiles_and_ranks_before_names():
    f = facts(
        "Donald Kerr (1935 - 2024) was a Canadian actor. Donald Kerr studied in Toronto. Kerr worked in "
        "repertory theatre, and Kerr married twice.\n\n"
        "On ABC he played Nathan Cole, the scheming Speaker of the House, in Chief Counsel. "
        "He won an Emmy for playing the Soviet officer Mikhail Petrov in HBO's Red Line (1995). "
        "His last major role was Judge Isaac Hale in Lawmen (2023). "
        "He trained in London before his first notable film role, as the convict Vernon Pike in The Dozen (1967). "
        "Kerr was cast as Hal in 1970, in his first film since Fenwick, which aired on NBC and in which "
        "he played the title character, Fenwick Jones.",
        "Harbor Lights is an American drama series.\n\n"
        "The cast includes Nick Sear as Chief Deputy Art Mullins. Brendan Hale's Coach Bard gets an episode.",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Donald Kerr", "Nathan Cole"),
        ("Donald Kerr", "Mikhail Petrov"),
        ("Donald Kerr", "Isaac Hale"),
        ("Donald Kerr", "Vernon Pike"),
        ("Donald Kerr", "Fenwick Jones"),
        ("Nick Sear", "Art Mullins"),
        ("Brendan Hale", "Bard"),
    }
    assert ("Fenwick Jones", "appearsIn", "Fenwick") in f


def test_coordinated_actors_and_described_roles_in_order():
    f = facts(
        LEAD + "Vinnie Cole (Snatch) and Peter Sloan (Shaun) round out the cast as Geoff Seaton, the "
        "estate's taciturn gamekeeper, and Tommy Pick, an unhinged rival dealer with a taste for Americana. "
        "Nick Oliver and Bruce Camden appear as Karl Weber, a paranoid local lawyer, and Ronald Rees, then "
        "campaigning for mayor, respectively. "
        "Dana Holt and Scott Glen play the resort's owner, Sarita Holling, and her American husband, Jim Holling. "
        'Liz Shore and Phil Brun appear in "The Pony" as Jerry\'s parents, Helen and Morty Stein. '
        "Ruby Stone, Will Tilly and Flora Hunt round out the family as the younger Barton children, "
        "Francesca, Gregory and Hyacinth. "
        "Mark Lace starred as FBI Special Agent Dale Cope, and Sheryl Leigh played Laura Palm.",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Vinnie Cole", "Geoff Seaton"),
        ("Peter Sloan", "Tommy Pick"),
        ("Nick Oliver", "Karl Weber"),
        ("Bruce Camden", "Ronald Rees"),
        ("Dana Holt", "Sarita Holling"),
        ("Scott Glen", "Jim Holling"),
        ("Liz Shore", "Helen Stein"),
        ("Phil Brun", "Morty Stein"),
        ("Ruby Stone", "Francesca Barton"),
        ("Flora Hunt", "Hyacinth Barton"),
        ("Sheryl Leigh", "Laura Palm"),
    }
    # a role named in an "as" clause is never an actor of the next list
    assert not any(s in ("Dale Cope", "Geoff Seaton", "Karl Weber") for s, _ in plays)
    assert ("Peter Sloan", "Geoff Seaton") not in plays


def test_obituary_roles_with_their_works_and_co_stars():
    f = facts(
        "Michael Garron, Star of 'The Detective', Dies at 82\n\n"
        "Sir Michael Garron, the Irish-born actor, has died. He was 82.\n\n"
        "He landed a recurring role on HBO's prison drama Oz as Johnny Bass, an undercover officer. "
        "He joined ABC's Lost in its fourth season as Matthew Abbot. "
        "In Wives and Daughters (1999), adapted by Andrew Davis, he was Squire Hamble, the father of "
        "Osborne and Roger Hamble (Tom Holland and Anthony Howe). "
        "In Cranford (2007) he was the courtly farmer Mr Holbrook. "
        "He voiced the farmer Franklin Bane in Fantastic Fox, and in Tom Hooper's The Speech he played "
        "Lionel Logue. "
        "In film, he became a cult favourite as Charon, the concierge of the Continental. "
        "At the time of his death he was starring in CBS's Training Day as Frank Rourke, a rogue detective "
        "partnered with Justin Cornell's rookie, Kyle Crane. "
        "His final film, The Circle, in which he plays Vinnie Hollis, the father of Emma Watts's Mae Hollis, "
        "opens in April. He was the son of a doctor.",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Michael Garron", "Johnny Bass"),
        ("Michael Garron", "Matthew Abbot"),
        ("Michael Garron", "Squire Hamble"),
        ("Michael Garron", "Mr Holbrook"),
        ("Michael Garron", "Lionel Logue"),
        ("Michael Garron", "Charon"),
        ("Michael Garron", "Frank Rourke"),
        ("Michael Garron", "Vinnie Hollis"),
        ("Tom Holland", "Osborne Hamble"),
        ("Anthony Howe", "Roger Hamble"),
        ("Justin Cornell", "Kyle Crane"),
        ("Emma Watts", "Mae Hollis"),
    }
    assert not any(s in ("Oz", "Lost", "Tom Hooper") for s, _ in plays)
    assert ("Squire Hamble", "appearsIn", "Wives and Daughters") in f
    assert ("Mr Holbrook", "appearsIn", "Cranford") in f
    assert ("Lionel Logue", "appearsIn", "The Speech") in f
    assert not any(o == "doctor" for _, o in plays)


def test_his_role_as_and_a_first_name_two_characters_share():
    f = facts(
        "Bill Paxon, Star of 'Big Life', Dies at 61\n\n"
        "Bill Paxon, the affable Texan, died on Saturday. He was 61.\n\n"
        "In Jan de Bont's Twister he played Bill Hardy, a storm chaser. "
        "His role as Bill Henson, the polygamist at the heart of Big Life, brought him three nominations. "
        "Bruce Derne and Grace Zabrisk played Bill's parents, Frank and Lois Henson.",
    )
    assert ("Bill Paxon", "plays", "Bill Henson") in f
    assert ("Frank Henson", "parentOf", "Bill Henson") in f
    assert ("Lois Henson", "parentOf", "Bill Henson") in f
    assert not any(o == "Bill Hardy" for _, r, o in f if r == "parentOf")


def test_review_and_casting_shapes_and_a_character_pages_infobox():
    f = facts(
        LEAD + "Mel Medda fares better as she confronts her mother, the warlord Ambessa Medda, played with "
        "imperial menace by Ellen Thom. Kaya Scoda, who rose to fame as Effy Stone in E4's Skinz, will "
        "portray Susie Glas, the operator. Catherine Ohara, whom a generation knows as Kate McCall in "
        "Chris Colum's Home Alone, had worked with Eugene Lev. Ella Purn's Jinx, Vi's younger sister, is "
        "the season's most fascinating figure.",
        "Zuke | Avatar Wiki | Fandom\n\nZuke is one of the main characters of Avatar, the American animated "
        "series.\n\nZuke\nBiographical information\nFamily: Ozzi (father), Ursula (mother), Azura (sister), "
        "Izzy (daughter)\nOut-of-universe information\nVoiced by: Dante Bask (original series); Bruce Davis "
        "(The Legend of Korra)\nPortrayed by: Dev Patil (The Last Airbender); Dallas Lu (2024 live-action "
        "series)\n",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("Ellen Thom", "Ambessa Medda"),
        ("Kaya Scoda", "Effy Stone"),
        ("Kaya Scoda", "Susie Glas"),
        ("Catherine Ohara", "Kate McCall"),
        ("Ella Purn", "Jinx"),
        ("Dante Bask", "Zuke"),
        ("Bruce Davis", "Zuke"),
        ("Dev Patil", "Zuke"),
        ("Dallas Lu", "Zuke"),
    }
    assert not any(s == "Skinz" or o == "The Last Airbender" for s, o in plays)
    assert ("Ozzi", "parentOf", "Zuke") in f
    assert ("Zuke", "parentOf", "Izzy") in f
    assert ("Zuke", "siblingOf", "Azura") in f or ("Azura", "siblingOf", "Zuke") in f


def test_earlier_actors_of_a_role_in_reboot_and_recasting_news():
    f = facts(
        LEAD
        + "Adrian Holt will play Philip Banks, Will's uncle, a powerful attorney, the role originated by "
        "James Avary in the original series. Cassandra Freed is his wife, Vivian Banks, an artist, a part "
        "first played by Janet Hubbard and later by Daphne Reid. Olly Shola plays the couple's son, Carlton "
        "Banks, a lacrosse star, the role that made Alfonso Ribera famous. Jordan Jonas is Jazz, a "
        "transplant who befriends Will, the part played in the sitcom by Jeff Towne. Sam Hazel, who took "
        "over the role of Adar from Joseph Mawl after the first season, is superb. The actress, whose "
        "credits include Tenet, in which she played Jed Marsh, takes over the role from Emma Corran.",
        "Harbor Lights characters\n\nRandall Pearce\nPlayed by: Sterling Brown (adult), Niles Fitz (teen), "
        "Lonnie Chave (child)\nAdopted by Jack and Rebecca.\n\nKate Pearce\nPlayed by: Chrissy Metz.\n",
    )
    plays = {(s, o) for s, r, o in f if r == "plays"}
    assert plays >= {
        ("James Avary", "Philip Banks"),
        ("Janet Hubbard", "Vivian Banks"),
        ("Daphne Reid", "Vivian Banks"),
        ("Alfonso Ribera", "Carlton Banks"),
        ("Jeff Towne", "Jazz"),
        ("Sam Hazel", "Adar"),
        ("Joseph Mawl", "Adar"),
        ("Sterling Brown", "Randall Pearce"),
        ("Niles Fitz", "Randall Pearce"),
        ("Lonnie Chave", "Randall Pearce"),
    }
    assert ("Jeff Towne", "Will") not in plays
    assert ("Emma Corran", "Jed Marsh") not in plays


def test_dub_actors_and_roles_with_the_verb_left_out():
    f = facts(
        "Skyfall Academy (TV series)\n\nSkyfall Academy is a Japanese anime television series. "
        "Ken Aoki voices Captain Rei Hoshino (English: Mark Dale), and Yumi Sato voices the healer "
        "Aya Mori (English dub: Jill Hart). Rei's sister, Emi Hoshino, is voiced by Nao Ito (English: "
        "Beth Cole), and their father, Goro Hoshino, by Taro Kudo. Jun Hoshino is voiced by Sho Oda in "
        "Japanese and Dan Reed in English."
    )
    for actor, char in [
        ("Ken Aoki", "Rei Hoshino"), ("Mark Dale", "Rei Hoshino"), ("Jill Hart", "Aya Mori"),
        ("Nao Ito", "Emi Hoshino"), ("Beth Cole", "Emi Hoshino"), ("Taro Kudo", "Goro Hoshino"),
        ("Sho Oda", "Jun Hoshino"), ("Dan Reed", "Jun Hoshino"),
    ]:  # fmt: skip
        assert (actor, "plays", char) in f
    assert ("Goro Hoshino", "appearsIn", "Skyfall Academy") in f
    g = facts(
        LEAD + "William Stone played Capt. Jim Kerr and Leo Nash the half-Vulcan science officer Spar. "
        "Tom Hale played Jack Stone and Netflix the rest of the money."
    )
    assert ("William Stone", "plays", "Jim Kerr") in g
    assert ("Leo Nash", "plays", "Spar") in g
    assert not {x for x in g if x[0] == "Netflix"}


def test_epithets_particles_ranks_and_regnal_numbers_in_character_names():
    f = facts(
        LEAD + "Returning cast members include Kay Novak (Nandor the Relentless) and Harvey Gill "
        "(Guillermo de la Cruz). Prince Durin IV (Owain Arthur) defies his father. Lennie Jay appears "
        "as the decorated DCI Tony Gates, and Nick Kroll reprises his role as Simon the Devious. Anton "
        "Atta returns as the vampires' neighbor Sean Rinaldi."
    )
    for actor, char in [
        ("Kay Novak", "Nandor the Relentless"), ("Harvey Gill", "Guillermo de la Cruz"),
        ("Owain Arthur", "Durin IV"), ("Lennie Jay", "Tony Gates"), ("Nick Kroll", "Simon the Devious"),
        ("Anton Atta", "Sean Rinaldi"),
    ]:  # fmt: skip
        assert (actor, "plays", char) in f
    assert not {x for x in f if x[2] in ("Simon", "Devious", "Owain Arthur")}


def test_past_roles_awards_and_a_cast_list_in_a_profile():
    f = facts(
        "Jed Marr, the writer who rules British television\n\n"
        "Marr created Duty Line for BBC Two in 2012. Made by World Productions, the show follows "
        "the anti-corruption unit. Martin Coll plays Steve Arnott, Vicky Mair is the undercover "
        "specialist Kate Fleming and Adrian Dunn is their boss, Superintendent Ted Hastings. "
        "Jimmy Akin, best known to British audiences as the surgeon Antoine Malick on BBC One's Holby "
        "City, has been cast as Geoffrey Thompson. Noah Wylde, who was nominated five times for "
        "playing Dr. John Carter on NBC's ER, finally won. Nichelle Nash, whose portrayal of Lt. Nyota "
        "Uhura on the original Star Trek made her a pioneer, died on Saturday. Kate O'Hare, as the "
        "ousted studio chief Patty Leigh, and Ike Barr, as the marketing head Sal Saperstein, were "
        "nominated. Hilary and Ashley were played in the original by Karyn Parr and Tatyana Ali."
    )
    for actor, char in [
        ("Martin Coll", "Steve Arnott"), ("Vicky Mair", "Kate Fleming"), ("Adrian Dunn", "Ted Hastings"),
        ("Jimmy Akin", "Antoine Malick"), ("Jimmy Akin", "Geoffrey Thompson"), ("Noah Wylde", "John Carter"),
        ("Nichelle Nash", "Nyota Uhura"), ("Kate O'Hare", "Patty Leigh"), ("Ike Barr", "Sal Saperstein"),
        ("Karyn Parr", "Hilary"), ("Tatyana Ali", "Ashley"),
    ]:  # fmt: skip
        assert (actor, "plays", char) in f
    assert ("Steve Arnott", "appearsIn", "Duty Line") in f
    assert ("Ted Hastings", "appearsIn", "Duty Line") in f
    assert ("Nyota Uhura", "appearsIn", "Star Trek") in f
    assert not {x for x in f if x[0] == "Holby City" and x[1] == "plays"}


def test_a_title_case_headline_names_roles_only_with_names_the_body_repeats():
    f = facts(
        "Nell Nash, Who Broke Barriers as Uhura on 'Star Trek,' Dies at 89\n\n"
        "Nell Nash, who played Lt. Nyota Uhura on Star Trek, died on Saturday."
    )
    assert ("Nell Nash", "plays", "Nyota Uhura") in f
    assert not {x for x in f if x[0] == "Who Broke Barriers"}


def test_recasts_replacements_nicknamed_characters_and_gapped_lists():
    f = facts(
        "Oilfield (TV series)\n\nOilfield is an American prime time soap opera. "
        'John Ross "Jock" Ewell Sr. (Jim Dade) is the patriarch. He married Eleanor "Miss Ellie" '
        "Southfield (Barbara Geddy), whose family owned the ranch. Shelby Sarr (Kim Dickey), Matt's "
        "mother, returns. The middle son, Gary Ewell, was played by David Ackroy in 1979 and by Ted "
        "Shackle thereafter. Their son, John Ewell III, was played as a child by Tyler Bank and later "
        "Omri Kast, and as an adult by Josh Hender in the TNT series. Donna Reid briefly replaced Barbara "
        "Geddy as Eleanor Southfield. In the prequel film, directed by Larry Elkan, Dale Midkin played the "
        "young Jock, Molly Hagen the young Ellie and Hoyt Axel the older Aaron Southfield. Their parents, "
        "Dave and Janet Malone, are played by Tim Mathers and Liz Perkins. Tom Hale replaced Mark Fox "
        "as showrunner."
    )
    for actor, char in [
        ("Jim Dade", 'John Ross "Jock" Ewell Sr.'), ("Barbara Geddy", 'Eleanor "Miss Ellie" Southfield'),
        ("Kim Dickey", "Shelby Sarr"), ("David Ackroy", "Gary Ewell"), ("Ted Shackle", "Gary Ewell"),
        ("Tyler Bank", "John Ewell III"), ("Omri Kast", "John Ewell III"), ("Josh Hender", "John Ewell III"),
        ("Donna Reid", 'Eleanor "Miss Ellie" Southfield'), ("Molly Hagen", 'Eleanor "Miss Ellie" Southfield'),
        ("Hoyt Axel", "Aaron Southfield"), ("Tim Mathers", "Dave Malone"), ("Liz Perkins", "Janet Malone"),
    ]:  # fmt: skip
        assert (actor, "plays", char) in f
    assert not {x for x in f if x[0] in ("Larry Elkan", "Tom Hale") and x[1] == "plays"}
    assert ("Liz Perkins", "plays", "Dave Malone") not in f


def test_awards_name_roles_with_as_and_named_for_playing():
    f = facts(
        "Winners at the television awards\n\nAnne Duffy won best supporting actress for Bad Brothers as "
        "Grace Wills, the downtrodden wife. Martin Freeland, nominated for leading actor as the "
        "unravelling Liverpool police officer Chris Carson in BBC One's The Caller, went home. Sterling "
        "Brown, nominated for lead actor as the Secret Service agent Xavier Collins, lost. Ben Whisher "
        "was named best leading actor for playing Adam Kay in This Is Going to Hurt."
    )
    for actor, char in [
        ("Anne Duffy", "Grace Wills"), ("Martin Freeland", "Chris Carson"), ("Sterling Brown", "Xavier Collins"),
        ("Ben Whisher", "Adam Kay"),
    ]:  # fmt: skip
        assert (actor, "plays", char) in f
    assert not {x for x in f if x[0] == "Bad Brothers" or x[2] in ("Secret", "Secret Service")}
    assert not {x for x in f if "Is Going to Hurt" in x[2] and not x[2].startswith("This")}


PROFILE = "The Long View: Mara Quinlan Between Two Screens\n\n"


def test_a_profile_headline_places_roles_in_the_work_named_before_them():
    f = facts(
        PROFILE + "Mara Quinlan grew up in Leeds and studied film in Bristol. "
        "Her first feature, Salt and Ashes (2009), which she wrote and directed, cast Tom Reyes as the "
        "fisherman Abel Crane. Then came Harbour. Created with Dev Patel for ITV in 2014, it followed "
        "Nora Vance (Lucy Hale), a harbour pilot, and made a star of Ian Cole as Jack Vance. "
        "Quinlan later made Ferry Lights (2019), with Ann Roe as the widow Ada Lunn. "
        "Mara Quinlan says she is not done. Quinlan is writing again."
    )
    assert ("Abel Crane", "appearsIn", "Salt and Ashes") in f
    assert ("Nora Vance", "appearsIn", "Harbour") in f
    assert ("Jack Vance", "appearsIn", "Harbour") in f
    assert ("Ada Lunn", "appearsIn", "Ferry Lights") in f
    # a profile is about a person: no series is its topic
    assert not {
        x for x in f if x[1] == "appearsIn" and x[2] == "Harbour" and x[0] in ("Abel Crane", "Ada Lunn")
    }


def test_it_starred_means_the_work_of_the_sentence_before_unless_another_work_comes_between():
    base = PROFILE + "Mara Quinlan is a director. Mara Quinlan also writes. Quinlan produced it. "
    f = facts(
        base
        + "Her breakthrough was ITV's Harbour, which she created. Set in New York, it starred Tom Reyes as Abel Crane."
    )
    assert ("Abel Crane", "appearsIn", "Harbour") in f
    g = facts(
        base + "Her breakthrough was ITV's Harbour, which she created. "
        "In Emma (2009), it starred Tom Reyes as Abel Crane."
    )
    assert ("Abel Crane", "appearsIn", "Harbour") not in g


def test_a_dated_title_is_a_work_and_a_comma_title_is_not_cut():
    f = facts(LEAD + "Ana Ruiz also directed Julia Roberts as Elizabeth Gilbert in Eat Pray Love (2010).")
    assert ("Elizabeth Gilbert", "appearsIn", "Eat Pray Love") in f
    g = facts(
        PROFILE
        + "Mara Quinlan acts. Mara Quinlan writes. Quinlan directs. In The Cook, the Thief, His Wife & "
        "Her Lover (1989) she was the cook Albert Spica, opposite Tom Reyes as Georgina Spica."
    )
    assert not {x for x in g if x[1] == "appearsIn" and "Lover" in x[2] and not x[2].startswith("The Cook")}


def test_appositions_possessive_descriptions_and_age_qualifiers():
    f = facts(
        LEAD + "Aaron Pierre, again, voices the young Mufasa, Simba's father. "
        "Tom Hale and Ann Roe return as Simba and Nala, and Blue Ivy Carter voices their daughter, Kiara. "
        "Iain Armitage, who plays the 9-year-old Sheldon Cooper, is new. "
        "Regina King won an Oscar as Tish's mother, Sharon Rivers. "
        "Tom Hale starred opposite Josh Brolin as his father, the hunting-video star Buck Ferguson. "
        "Three actors play him: Alex Hibbert as a child, Ashton Sanders as a teenager and Trevante Rhodes as a man."
    )
    assert ("Aaron Pierre", "plays", "Mufasa") in f
    assert ("Blue Ivy Carter", "plays", "Kiara") in f
    assert ("Iain Armitage", "plays", "Sheldon Cooper") in f
    assert ("Regina King", "plays", "Sharon Rivers") in f
    assert ("Josh Brolin", "plays", "Buck Ferguson") in f
    assert not {x for x in f if x[0] == "Oscar" or x[2] in ("Ashton Sanders", "Trevante Rhodes")}


def test_listed_roles_played_by_listed_actors_and_roles_first_played_in_a_title():
    f = facts(
        LEAD + "The film follows two strangers, Micah and Jo, played by Wyatt Cenac and Tracey Heggins. "
        "Zoe Perry will play Mary Cooper, the role originated in The Big Bang Theory by Laurie Metcalf. "
        "Zoe Perry most recently starred in ABC's The Family as Bridey Cruz. "
        "He is played as a child by Clark Butler."
    )
    assert ("Wyatt Cenac", "plays", "Micah") in f
    assert ("Tracey Heggins", "plays", "Jo") in f
    assert ("Tracey Heggins", "plays", "Micah") not in f
    assert ("Laurie Metcalf", "plays", "Mary Cooper") in f
    assert ("Bridey Cruz", "appearsIn", "The Family") in f
    assert not {x for x in f if x[2] == "He"}  # a pronoun is nobody's role


def test_a_kicker_above_a_headline_and_a_short_quoted_title_in_full():
    f = facts(
        "TELEVISION REVIEW\n'Harbour' Faces a Storm It Can't Weather\n\nBy Ann Roe\n\n"
        "The town where Harbour of the Lost is set sits on a cliff. Ellen Hart (Jane Lynch), the mayor, "
        "is gone, and Tom Reyes, as the pilot Abel Crane, holds the town together."
    )
    assert ("Ellen Hart", "appearsIn", "Harbour of the Lost") in f
    assert ("Abel Crane", "appearsIn", "Harbour of the Lost") in f
    assert not {x for x in f if x[2] == "Harbour"}


def test_credits_lists_co_stars_and_which_clauses_place_roles_in_their_works():
    f = facts(
        LEAD + "Lance Barber's credits include HBO's The Comeback, in which he played the sitcom writer "
        "Paulie G., and a recurring role as Bill Ponderosa on FXX's It's Always Sunny in Philadelphia. "
        "Annie Potts' long résumé includes Ivan Reitman's Ghostbusters, in which she played Janine Melnitz. "
        "Tom Hale made his debut as Jaden Ferguson in Jody Hill's The Legacy, opposite Josh Brolin as Buck Ferguson."
    )
    assert ("Lance Barber", "plays", "Bill Ponderosa") in f
    assert ("Bill Ponderosa", "appearsIn", "It's Always Sunny in Philadelphia") in f
    assert ("Annie Potts", "plays", "Janine Melnitz") in f
    assert ("Janine Melnitz", "appearsIn", "Ghostbusters") in f
    assert ("Buck Ferguson", "appearsIn", "The Legacy") in f
    # ("the sitcom writer Paulie G.": a job in the story; his role is in The Comeback, not the topic)
    assert not {x for x in f if x[2] in ("It", "Tidewater") and x[1] == "appearsIn"}
    assert not {x for x in f if x[0] == "Paulie G." and x[2] != "The Comeback"}


def test_as_before_a_clause_is_a_conjunction():
    f = facts(
        PROFILE
        + "Mara Quinlan writes. Mara Quinlan directs. Quinlan produces. Her first feature, Salt (2008), "
        "follows two strangers as they drift around a gentrifying San Francisco."
    )
    assert not {x for x in f if x[1] == "plays"}


def test_a_role_named_in_a_whose_clause_is_not_the_next_verbs_actor():
    f = facts(
        LEAD + "Giancarlo Esposito, whose long résumé includes Spike Lee's Do the Right Thing, in which he "
        "played the agitator Buggin' Out, will portray Stanley Johnston, a silky billionaire."
    )
    assert ("Giancarlo Esposito", "plays", "Buggin' Out") in f
    assert ("Giancarlo Esposito", "plays", "Stanley Johnston") in f
    assert not {x for x in f if x[0] == "Buggin' Out" and x[1] == "plays"}


def test_a_pair_with_no_cue_follows_the_documents_other_pairs():
    f = facts(
        LEAD
        + "Dana Cole (Kristine Sutherland), Mia's mother, dies. Her sister, Lena Cole (Michelle Trachtenberg), "
        "is told. Xavi Harris (Nicholas Brendon) punches a wall. Nora Diaz falls in love with Mary Hawkins (Rosie Day)."
    )
    assert ("Nicholas Brendon", "plays", "Xavi Harris") in f
    assert ("Rosie Day", "plays", "Mary Hawkins") in f
    g = facts(
        LEAD + "Returning cast members include Martin Starr (Lee Geigerman), Jay Will (Tyson Mitchell) and "
        "Max Casella (Armand Truisi). Roy Anderson (David Denman) is the warehouse worker."
    )
    assert ("Max Casella", "plays", "Armand Truisi") in g
    assert ("Jay Will", "plays", "Tyson Mitchell") in g


def test_a_character_described_after_the_pair_comes_first():
    f = facts(
        LEAD + "Brianna Fraser (Sophie Skelton) is Claire and Jamie's daughter. "
        "Geillis Duncan (Lotte Verbeek), another time traveller, is the wife of Arthur Duncan."
    )
    assert ("Sophie Skelton", "plays", "Brianna Fraser") in f
    assert ("Lotte Verbeek", "plays", "Geillis Duncan") in f


def test_original_script_names_in_brackets_are_read_around():
    text = (
        "Blade Hunters (TV series)\n\nBlade Hunters is a Japanese anime television series. "
        "Natsuki Hanae voices Tanjiro Kamado (竈門 炭治郎) in the original Japanese version, and Zach Aguilar "
        "voices him in the English dub. His sister, Nezuko Kamado (竈門 禰豆子), who survives as a demon, is "
        "voiced by Akari Kitō in Japanese and by Abby Trott in English. The cowardly Zenitsu Agatsuma (我妻 善逸) "
        "is voiced by Hiro Shimono and, in English, Aleks Le."
    )
    f = facts(text)
    assert ("Zach Aguilar", "plays", "Tanjiro Kamado") in f
    assert ("Akari Kitō", "plays", "Nezuko Kamado") in f
    assert ("Abby Trott", "plays", "Nezuko Kamado") in f
    assert ("Aleks Le", "plays", "Zenitsu Agatsuma") in f
    assert ("Nezuko Kamado", "appearsIn", "Blade Hunters") in f
    # every offset still points into the text as written
    from kg.documents import document_from_text
    from kg.extraction import extract

    ex = extract(document_from_text(text, path="a.txt"))
    for c in ex.candidates:
        for m in (c.subject, c.object):
            if m.kind in ("person", "character"):
                assert text[m.start : m.end] == m.text
        assert (
            "竈門" not in text[c.sentence[0] : c.sentence[1]]
            or "Kamado" in text[c.sentence[0] : c.sentence[1]]
        )
    assert all(text[s.start : s.end] == s.text for s in ex.sentences)


def test_a_played_by_after_a_relative_clause_belongs_to_the_nearest_name():
    f = facts(
        LEAD
        + "Jessie Buckley plays Lyudmilla Ignatenko, the wife of the firefighter Vasily Ignatenko, who is "
        "played by Adam Nagaitis."
    )
    assert ("Adam Nagaitis", "plays", "Vasily Ignatenko") in f
    assert ("Adam Nagaitis", "plays", "Lyudmilla Ignatenko") not in f


def test_a_cast_members_surname_and_a_known_roles_relative():
    f = facts(
        LEAD + "Zoe Perry, Lance Barber and Annie Potts have been cast opposite Iain Armitage. "
        "Barber is Mary's husband, George Cooper Sr., a football coach. Mary is Sheldon's mother, Connie."
    )
    assert ("Lance Barber", "plays", "George Cooper Sr.") in f
    assert not {x for x in f if x[0] == "Mary" and x[1] == "plays"}
    g = facts(
        PROFILE
        + "Mara Quinlan writes. Mara Quinlan directs. Quinlan produces. Mahershala Ali won an Oscar for playing Juan, the drug dealer. Janelle Monáe is Juan's "
        "girlfriend, Teresa, and André Holland plays Kevin. His partner is Lulu Wang's sister, Teresa."
    )
    assert ("Janelle Monáe", "plays", "Teresa") in g
    assert not {x for x in g if x[0] == "Lulu Wang"}


def test_a_producers_films_named_by_their_directors():
    f = facts(
        PROFILE
        + "Mara Quinlan writes. Mara Quinlan directs. Through Pastel Quinlan has also produced other directors' films, among them Charlotte Wells's "
        "Aftersun, in which Paul Mescal plays Calum."
    )
    assert ("Charlotte Wells", "directed", "Aftersun") in f
    assert ("Calum", "appearsIn", "Aftersun") in f
    assert not {x for x in f if x[0] == "Charlotte Wells" and x[1] == "plays"}


def test_an_encyclopedia_title_line_names_the_whole_title():
    f = facts(
        "Blade Hunters: Kimetsu no Yaiba (TV series)\n\nBlade Hunters: Kimetsu no Yaiba is a Japanese anime "
        "television series. Natsuki Hanae voices Tanjiro Kamado."
    )
    assert ("Tanjiro Kamado", "appearsIn", "Blade Hunters: Kimetsu no Yaiba") in f


def test_every_pair_of_a_cast_list_names_the_actor_first():
    f = facts(
        LEAD + "Returning cast members include Fiona Rene (Reenie Greene), Colter's lawyer; Robin Weigert "
        "(Velma Bruin) and Abby McEnany (Teddi Bruin), the married couple; and Jensen Ackles (Russell Shaw), "
        "Colter's older brother."
    )
    assert ("Fiona Rene", "plays", "Reenie Greene") in f
    assert ("Abby McEnany", "plays", "Teddi Bruin") in f
    assert ("Jensen Ackles", "plays", "Russell Shaw") in f


def test_played_by_with_an_adverb_and_a_title_before_the_name():
    f = facts(
        LEAD + "Edna married Ned Flanders, also voiced by Harry Shearer. Bart Simpson was voiced throughout "
        "by Nancy Cartwright. Evil Morty, still voiced by Harry Belden, escaped."
    )
    assert ("Harry Shearer", "plays", "Ned Flanders") in f
    assert ("Nancy Cartwright", "plays", "Bart Simpson") in f
    assert ("Harry Belden", "plays", "Evil Morty") in f


def test_korean_names_are_called_by_their_first_word():
    f = facts(
        "Kingdom is a South Korean television series. It stars Ju Ji-hoon and Jun Ji-hyun. On Jirisan, "
        "Jun played the park ranger Seo Yi-kang and Ju played the rookie ranger Kang Hyun-jo."
    )
    assert ("Jun Ji-hyun", "plays", "Seo Yi-kang") in f
    assert ("Ju Ji-hoon", "plays", "Kang Hyun-jo") in f


def test_in_which_she_plays_is_the_nominees_role():
    f = facts(
        "The nominations were announced on Wednesday. David Tennant plays Tony Baddingham in Rivals. "
        "In the leading actress category, Jodie Whittaker is nominated for Toxic Town, in which she plays "
        "Susan McIntyre, and Siân Brooke for the second series of Blue Lights, as the officer Grace Ellis."
    )
    assert ("Jodie Whittaker", "plays", "Susan McIntyre") in f
    assert ("David Tennant", "plays", "Susan McIntyre") not in f
    assert not {x for x in f if x[0] == "Blue Lights"}


def test_a_role_phrase_is_not_the_next_lists_actor():
    f = facts(
        LEAD
        + "Alex Hassell plays the Conservative MP and showjumper Rupert Campbell-Black, and Aidan Turner "
        "plays Declan O'Hara, a chat-show host whose wife, Maud (Victoria Smurfit), moves with him."
    )
    assert ("Aidan Turner", "plays", "Declan O'Hara") in f
    assert ("Victoria Smurfit", "plays", "Maud") in f
    assert not {
        x for x in f if x[0] == "Rupert Campbell-Black" or (x[2] == "Maud" and x[0] == "Aidan Turner")
    }


def test_appositive_jobs_voice_of_and_time_spent_playing():
    f = facts(
        LEAD + "Alec Baldwin played her boss, the network executive Jack Donaghy. Briga Heelan played a "
        "cable-news producer, Katie Wendelson. Marcia Wallace spent two decades as the voice of Bart's "
        "teacher, Edna Krabappel. Returning from the original series is Bebe Neuwirth, who will guest star "
        "as Frasier's ex-wife and Freddy's mother, Lilith Sternin. Kaitlin Olson stars. Olson, who had spent "
        "more than fifteen years playing Dee Reynolds on FX's It's Always Sunny in Philadelphia, was cast. "
        "Returning are Myha'la as Harper Stern and Ken Leung as Eric Tao."
    )
    for actor, char in [
        ("Alec Baldwin", "Jack Donaghy"),
        ("Briga Heelan", "Katie Wendelson"),
        ("Marcia Wallace", "Edna Krabappel"),
        ("Bebe Neuwirth", "Lilith Sternin"),
        ("Kaitlin Olson", "Dee Reynolds"),
        ("Myha'la", "Harper Stern"),
    ]:
        assert (actor, "plays", char) in f
    assert ("Dee Reynolds", "appearsIn", "It's Always Sunny in Philadelphia") in f


def test_a_profiles_quoted_titles_place_the_roles_that_follow():
    f = facts(
        "The Long Game of Mara Quinlan\n\nMara Quinlan does not like to talk about legacy. She has just "
        'finished a day on the set of "The Four Seasons," the Netflix comedy she created.\n\n'
        "The series, an adaptation of Alan Alda's 1981 film, follows three couples. Quinlan plays Kate; "
        'Steve Carell plays Nick. It is a show quieter than the one that gave NBC "30 Rock." Quinlan created '
        'that series, drawing on her years as head writer of "Saturday Night Live," and she starred in it as '
        "Liz Lemon. Alec Baldwin played her boss, the network executive Jack Donaghy. Quinlan had written "
        '"Mean Girls" (2004), in which Lindsay Lohan played the new girl, Cady Heron. Quinlan co-created '
        '"Unbreakable Kimmy Schmidt." Originally developed for NBC, the show premiered on Netflix in 2015. '
        "Ellie Kemper starred as Kimmy Schmidt. Quinlan says so. Quinlan laughs."
    )
    assert ("Kate", "appearsIn", "The Four Seasons") in f
    assert ("Nick", "appearsIn", "The Four Seasons") in f
    assert ("Mara Quinlan", "plays", "Liz Lemon") in f
    assert ("Liz Lemon", "appearsIn", "30 Rock") in f
    assert ("Jack Donaghy", "appearsIn", "30 Rock") in f
    assert ("Cady Heron", "appearsIn", "Mean Girls") in f
    assert ("Kimmy Schmidt", "appearsIn", "Unbreakable Kimmy Schmidt") in f
    assert not {x for x in f if x[2] in ("Saturday Night Live", "Originally")}
    assert not {x for x in f if x[0] == "Originally"}


def test_the_subject_of_a_known_for_sentence_is_the_next_he():
    f = facts(
        "Bron is a Scandinavian crime drama television series created by Hans Rosenfeldt. Hans Rosenfeldt "
        "wrote it. Kim Bodnia played Martin Rohde. Bodnia was already known for playing the drug dealer "
        "Frank in Pusher; he later played the Russian handler Konstantin Vasiliev in Killing Eve."
    )
    assert ("Kim Bodnia", "plays", "Konstantin Vasiliev") in f
    assert ("Hans Rosenfeldt", "plays", "Konstantin Vasiliev") not in f


def test_quoted_titles_after_a_role_name_the_other_work():
    f = facts(
        "Harbor Lights is a CBS drama created by Dana Reyes. Owen Marlow stars as Jack Hale. Dana Reyes "
        'wrote the pilot. Ken Dorsey, who starred as Michael Prentice on ABC\'s "thirtysomething" before '
        "directing, will direct the premiere. Marlow, best known to daytime audiences as Victor Crane on "
        'CBS\'s "The Bold and the Beautiful," directs the ninth episode. "It is the best show on '
        'television right now," Reyes said of the cast.'
    )
    assert ("Ken Dorsey", "plays", "Michael Prentice") in f
    assert ("Michael Prentice", "appearsIn", "thirtysomething") in f
    assert ("Michael Prentice", "appearsIn", "Harbor Lights") not in f
    assert ("Owen Marlow", "plays", "Victor Crane") in f
    assert ("Victor Crane", "appearsIn", "The Bold and the Beautiful") in f


def test_a_quoted_episode_title_is_not_another_work():
    f = facts(
        "Fawlty Manor is a British sitcom written by Joan Pike.\n\n"
        "No.  Title  Directed by\n"
        '1  "The Builders"  Bob Spiers\n'
        '2  "The Rat"  Bob Spiers\n\n'
        'Joan Sanderson is the deaf and impossible Mrs Richards in "The Rat", and Basil is played by '
        "John Cleese."
    )
    assert ("Joan Sanderson", "plays", "Mrs Richards") in f
    assert ("Mrs Richards", "appearsIn", "The Rat") not in f
    assert ("Mrs Richards", "appearsIn", "Fawlty Manor") in f


def test_a_sentence_opened_by_another_quoted_title_places_its_roles_there():
    f = facts(
        'Paramount+ has set the cast of its "Crane" revival, with Kelsey Grammer as Frasier Crane. '
        '"Cheers," created by James Burrows, ran for 11 seasons on NBC, with Ted Danson starring as the '
        "bar owner Sam Malone and Shelley Long as Diane Chambers. Bebe Neuwirth will guest star as Lilith "
        'Sternin, a role she first played on "Cheers" in 1986.'
    )
    assert ("Sam Malone", "appearsIn", "Cheers") in f
    assert ("Diane Chambers", "appearsIn", "Cheers") in f
    assert ("Sam Malone", "appearsIn", "Crane") not in f
    assert ("Lilith Sternin", "appearsIn", "Cheers") in f
    assert ("Lilith Sternin", "appearsIn", "Crane") in f


def test_role_phrases_with_a_job_in_the_story_or_a_surname_subject():
    f = facts(
        "Grace Pell is a sitcom. Nicholas Lyndon joins the cast as Alan. Lyndon is best known in the U.K. for "
        "playing Rodney Trotter, the younger brother of David Jason's Del Boy, in the BBC sitcom "
        '"Only Fools and Horses." Peri Gilman, who played Frasier\'s producer Roz Doyle, is in talks to '
        "return. The revival will see Kelsey Grammer reprise the role of psychiatrist and radio host "
        "Frasier Crane."
    )
    assert ("Nicholas Lyndon", "plays", "Rodney Trotter") in f
    assert ("Rodney Trotter", "appearsIn", "Only Fools and Horses") in f
    assert ("Peri Gilman", "plays", "Roz Doyle") in f
    assert ("Kelsey Grammer", "plays", "Frasier Crane") in f


def test_a_shared_surname_is_not_read_as_one_actor():
    f = facts(
        "Peach State is an FX comedy created by Donald Glover. Stephen Glover and Donald Glover executive "
        "produce it. Glover leads the cast as Earn."
    )
    assert ("Stephen Glover", "plays", "Earn") not in f


def test_a_place_in_a_role_description_is_not_a_work():
    f = facts(
        "Borough is a drama. Ayelet Zurer plays Vanessa. Michael Gandolfini was cast as Daniel Blake, an "
        "ambitious aide in Fisk's administration. Catherine O'Hara plays Moira. O'Hara, whom a generation "
        "knows as Kate McCallister, the mother of Macaulay Culkin's Kevin McCallister in Chris Columbus's "
        "Home Alone, is superb."
    )
    assert not {x for x in f if x[1] == "appearsIn" and x[2] == "Fisk"}
    assert ("Kate McCallister", "appearsIn", "Home Alone") in f
    assert ("Kate McCallister", "appearsIn", "Borough") not in f


def test_role_subjects_inside_and_after_clauses():
    f = facts(
        "Harbor: Tony & Ziva is a Paramount+ series. Amita Suman joins the cast. Suman, who played the "
        "knife-throwing thief Inej Ghafa in Netflix's Shadow and Bone, joins as Seraphine, a young hacker. "
        "Clive Owen starred as the surgeon John Thackery, with André Holland as his Harvard-trained rival, "
        "Algernon Edwards."
    )
    assert ("Amita Suman", "plays", "Seraphine") in f
    assert not {x for x in f if x[0] == "Bone"}
    assert ("André Holland", "plays", "Algernon Edwards") in f
    assert not {x for x in f if x[2] == "Harvard-trained"}


def test_a_pronoun_after_and_is_the_subject_of_the_next_role():
    f = facts(
        "Paul Reubens, the actor, died on Sunday. He received an Emmy nomination for playing Andrew "
        "Lansing on CBS's Murphy Brown, created by Diane English, and he turned up as the scent expert "
        "Oscar Vibenius on ABC's Pushing Daisies."
    )
    assert ("Paul Reubens", "plays", "Oscar Vibenius") in f
    assert ("Diane English", "plays", "Oscar Vibenius") not in f


def test_a_profile_places_roles_in_a_title_its_appositive_calls_a_work():
    f = facts(
        "Steven Soderbergh Is Still Shooting\n\nSteven Soderbergh does not like to rest. He directed "
        "Traffic (2000) and Contagion (2011). When I arrive, Soderbergh is finishing the sound mix on Black "
        "Bag, a spy thriller in which Michael Fassbender and Cate Blanchett play George Woodhouse and "
        "Kathryn St. Jean. After Behind the Candelabra, his HBO film with Michael Douglas as Liberace, "
        "Soderbergh moved to television. Soderbergh says so. He laughs.\n"
    )
    assert ("George Woodhouse", "appearsIn", "Black Bag") in f
    assert ("Liberace", "appearsIn", "Behind the Candelabra") in f


def test_roles_in_a_which_clause_about_another_series():
    f = facts(
        "'Harbor: Tony & Ziva' Spinoff Sets Its Cast\n\n"
        "Harbor: Tony & Ziva premieres on Paramount+. Jo Rossi plays Sophie Shaw. It joins Harbor: Sydney, "
        "which premiered on Paramount+ in November 2023 with Olivia Swann and Todd Lasance as Michelle "
        "Mackey and Jim Dempsey, and the prequel Harbor: Origins. Vallée is finishing Sharp Objects, a "
        "series created by Marti Noxon, which stars Amy Adams as Camille Preaker."
    )
    assert ("Michelle Mackey", "appearsIn", "Harbor: Sydney") in f
    assert ("Michelle Mackey", "appearsIn", "Harbor: Tony & Ziva") not in f
    assert ("Sophie Shaw", "appearsIn", "Harbor: Tony & Ziva") in f
    assert ("Camille Preaker", "appearsIn", "Marti Noxon") not in f


def test_a_character_guide_in_sections_under_name_headings():
    f = facts(
        "Empire Wiki\n"
        "The Hale family\n\n"
        "The Hales are the central family of Empire, the ABC prime-time soap opera created by Richard "
        "and Esther Shapiro. Several of them also appeared in the spin-off The Hollands.\n\n"
        "Blake Hale\n"
        "The patriarch of the family, an oil tycoon, played throughout the run by John Forsythe.\n\n"
        "Krystle Hale\n"
        "Blake's second wife, a former secretary at Denver-Hale, played by Linda Evans.\n\n"
        "Adam Hale\n"
        "Blake's eldest son, raised in Montana as Michael Torrance, played by Gordon Thomson. For the "
        "reunion, Thomson was unavailable, and the role was recast with Robin Sachs.\n\n"
        "Steven Hale\n"
        "Blake's second son, played by Al Corley in the first two seasons and by Jack Coleman from 1982 "
        "to 1988.\n\n"
        "Other relatives\n"
        "Blake's father, Tom Hale, was played by Charlton Heston in The Hollands.\n"
    )
    assert {
        ("John Forsythe", "plays", "Blake Hale"),
        ("Linda Evans", "plays", "Krystle Hale"),
        ("Gordon Thomson", "plays", "Adam Hale"),
        ("Robin Sachs", "plays", "Adam Hale"),
        ("Al Corley", "plays", "Steven Hale"),
        ("Jack Coleman", "plays", "Steven Hale"),
        ("Blake Hale", "appearsIn", "Empire"),
        ("Tom Hale", "appearsIn", "The Hollands"),
        ("Empire", "creator", "Richard Shapiro"),
        ("Empire", "creator", "Esther Shapiro"),
    } <= f
    # a name inside the description is not the role
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Denver-Hale", "Michael Torrance")}
    assert ("Tom Hale", "appearsIn", "Empire") not in f


def test_a_surname_alone_before_a_full_name_keeps_its_own():
    f = facts(
        "Station Nine is an American series created by Hiro Murai and Patrick Somerville. The series was "
        "executive produced by Murai and Patrick Somerville."
    )
    assert ("Station Nine", "executiveProducer", "Hiro Murai") in f
    assert not {x for x in f if x[2] == "Murai Somerville"}


def test_nominees_with_role_and_work_in_brackets():
    f = facts(
        "The Critics Choice Association announced the nominees on Thursday. Mike Flanagan's gothic "
        "miniseries The Fall of the House of Usher led with five nominations.\n\n"
        "Best Animated Series\n"
        "The nominees are Blue Eye Samurai (Netflix); Harley Quinn (Max); and Scavengers Reign (Max).\n\n"
        "Best Voice Actor in an Animated Series\n"
        "George Takei (Seki, Blue Eye Samurai), H. Jon Benjamin (Bob Belcher, Bob's Burgers) and Bob "
        "Stephenson (Sam, Scavengers Reign).\n\n"
        "Best Actress in a Horror Series\n"
        "The nominees are Carla Gugino (Verna, Usher) and Jennifer Tilly (Tiffany Valentine, Chucky). Maya "
        "Erskine is nominated for Mizu, the mixed-race swordswoman at the center of Blue Eye Samurai. "
        "Bruce Greenwood is nominated for playing the pharmaceutical magnate Roderick Usher.\n"
    )
    assert {
        ("George Takei", "plays", "Seki"),
        ("Seki", "appearsIn", "Blue Eye Samurai"),
        ("Bob Belcher", "appearsIn", "Bob's Burgers"),
        ("Carla Gugino", "plays", "Verna"),
        ("Verna", "appearsIn", "The Fall of the House of Usher"),
        ("Tiffany Valentine", "appearsIn", "Chucky"),
        ("Maya Erskine", "plays", "Mizu"),
        ("Mizu", "appearsIn", "Blue Eye Samurai"),
        ("Bruce Greenwood", "plays", "Roderick Usher"),
    } <= f
    # "Harley Quinn (Max)" is a series and its network, and earlier credits are not roles
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Max", "Netflix")}
    g = facts(
        "Baby Deer is a British drama series. Jessica Gunning (Pride, What Remains) plays the customer, "
        "Martha Scott. Sarah Snook is nominated for Succession, the HBO drama."
    )
    assert not {x for x in g if x[1] == "plays" and x[2] in ("Pride", "Succession")}
    assert ("Martha Scott", "appearsIn", "Baby Deer") in g


def test_roles_in_a_which_clause_that_calls_the_title_a_work():
    f = facts(
        "Teenage Years is a British drama series created by Jack Thorne and Stephen Graham. Barantini "
        "and Graham previously collaborated on Low Boil, which Barantini directed, starring Graham as "
        "Andy Jones."
    )
    assert ("Andy Jones", "appearsIn", "Low Boil") in f
    assert ("Andy Jones", "appearsIn", "Teenage Years") not in f


def test_a_reviewers_aside_in_the_actors_brackets():
    f = facts(
        "Clone Club is a Canadian science fiction series. Sarah Manning (Tatiana Maslany, naturally) ties "
        "up Rudy (Ari Millen). Cosima Niehaus (Maslany again) has a second date."
    )
    assert {
        ("Tatiana Maslany", "plays", "Sarah Manning"),
        ("Tatiana Maslany", "plays", "Cosima Niehaus"),
    } <= f
    assert not {x for x in f if x[0] == "Cosima Niehaus" and x[1] == "plays"}


def test_a_recap_headline_and_a_breakup_with_a_character():
    f = facts(
        "Clone Club Recap: Brothers in Arms\n\n"
        "By Kelsey Marchetti | May 31, 2015\n\n"
        "Clone Club has trained us to expect a twist. Cosima Niehaus (Tatiana Maslany), still reeling "
        "from her breakup with Delphine Cormier (Evelyne Brochu), has a second date. Delphine's "
        "suspicions intrude."
    )
    assert ("Evelyne Brochu", "plays", "Delphine Cormier") in f
    assert ("Delphine Cormier", "appearsIn", "Clone Club") in f
    assert not {x for x in f if "Recap" in x[2]}


def test_a_feature_whose_standfirst_opens_with_the_person():
    f = facts(
        "The Outsider Who Made Network Comedy Weird Again\n\n"
        "Nadia Kahn spent a decade in writers' rooms before she got to run one.\n\n"
        "By Priya Venkataraman\n\n"
        "On the afternoon I meet Nadia Kahn at her office, she is sketching a horror comedy. "
        "Kahn got her first job as a staff writer on Pepper Jane, the Disney animated series created by "
        "Sue Rose.\n\nIn 2015 ABC launched her sitcom Fresh Boat. The couple's three sons were played by "
        "Hudson Yang, as Eddie, and Forrest Wheeler and Ian Chen, as his younger brothers, Emery and Evan. "
        "Kahn says she still loves it."
    )
    # a profile: the first series named is not the article's topic
    assert not {x for x in f if x[1] == "appearsIn" and x[2] == "Pepper Jane"}
    assert ("Hudson Yang", "plays", "Eddie") in f
    assert not {x for x in f if x[0] == "Nadia Kahn" and x[1] == "plays"}


def test_a_dubbed_cast_list_tags_each_voice_with_its_language():
    f = facts(
        "Vesuvio is an Italian crime drama television series created by Lia Conte.\n\n"
        "Cast\n\n"
        " Carlo Ferri – Marco Lanza (Italian); Tom Reed (English)\n"
        ' Anna "Nina" Ferri – Sara Bruni (Italian); Kate Hale (English)\n\n'
        "The Lost Son (Il figlio perduto), a 2020 spin-off film, followed.\n"
    )
    assert ("Marco Lanza", "plays", "Carlo Ferri") in f
    assert ("Tom Reed", "plays", "Carlo Ferri") in f
    assert ("Kate Hale", "plays", "Anna Ferri") in f or ("Kate Hale", "plays", 'Anna "Nina" Ferri') in f
    assert ("Carlo Ferri", "appearsIn", "Vesuvio") in f
    # a language in brackets is no role, and a title with its original title is no actor
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Italian", "English", "Il figlio perduto")}


def test_an_obituary_headline_and_the_roles_of_a_career():
    f = facts(
        "Ray Dunne obituary\n\n"
        "American actor who played the spy Max Kolb in The Agency and the con man Lou Reese in the BBC's Grift\n\n"
        "Ray Dunne, who has died aged 83, was 71 when he joined Grift. "
        "Bill Tarr created Grift for the production company Kudos, and the crew was led by Ian Holt as Mick Stone. "
        "A year later he was Lee, the haunted gunman, in John Sturges's The Seven Guns, alongside Yul Marr as Chris Adler.\n\n"
        "Fame arrived with The Agency, created by Norm Fell, which began on NBC in 1964. "
        "Dunne was Max Kolb, the unflappable top agent, and Dave Cull was his Russian partner, Ilya Kurin.\n"
    )
    assert ("Grift", "creator", "Bill Tarr") in f
    assert ("Mick Stone", "appearsIn", "Grift") in f
    assert ("Ray Dunne", "plays", "Lee") in f
    assert ("Lee", "appearsIn", "The Seven Guns") in f
    assert ("Chris Adler", "appearsIn", "The Seven Guns") in f  # not the first-named series
    assert ("Ray Dunne", "plays", "Max Kolb") in f
    assert ("Dave Cull", "plays", "Ilya Kurin") in f
    assert ("Dave Cull", "plays", "Max Kolb") not in f


def test_an_interviews_answers_are_about_the_work_its_question_names():
    f = facts(
        '"I Shoot the Pilot": Jo Verne on Grift and Other Shows\n\n'
        "Jo Verne has directed the pilot of Netflix's Grift and the finale of HBO's Divorcees.\n\n"
        "Your first feature, First Light, Last Call, came out in 1997. What do you remember?\n\n"
        "That I had no idea what I was doing. It was a tiny film, with Ann Ribi as Joey and Ed Wall as Sid.\n\n"
        "What about Divorcees?\n\n"
        "Mae Dunn created it and played Hana Horn. Adam Dray was Adam Sack, Hana's boyfriend.\n\n"
        "And Grift?\n\n"
        "Will Fort created it and starred as Phil Mill, who thinks he is the last man alive.\n"
    )
    assert ("Joey", "appearsIn", "First Light, Last Call") in f
    assert ("Mae Dunn", "plays", "Hana Horn") in f
    assert ("Hana Horn", "appearsIn", "Divorcees") in f
    assert ("Adam Dray", "plays", "Adam Sack") in f
    assert ("Adam Sack", "appearsIn", "Divorcees") in f
    assert ("Phil Mill", "appearsIn", "Grift") in f


def test_roles_in_a_profile_that_names_other_works():
    f = facts(
        "The Outsider\n\n"
        "Nia Khan spent a decade writing for other people's shows before she made her own. "
        "In 2015 ABC launched her pilot as Fresh Start, the first sitcom to center on an Asian-American family. "
        "Set in suburban Orlando, the show starred Randall Park as Louis Wong, a steakhouse owner, "
        "and Connie Wu as his practical wife, Jessie Wong. "
        "Paul Reis has kept busy; he currently plays Martin, the boyfriend of Sandy Kane's daughter, in Chuck "
        'Lorre\'s Netflix comedy "The Kane Method," opposite Mike Douglas as Sandy and Sara Baker as his daughter, Mindy.\n'
    )
    assert ("Randall Park", "plays", "Louis Wong") in f
    assert ("Louis Wong", "appearsIn", "Fresh Start") in f
    assert ("Jessie Wong", "spouseOf", "Louis Wong") in f or ("Louis Wong", "spouseOf", "Jessie Wong") in f
    assert not {x for x in f if x[1] == "spouseOf" and "Nia Khan" in x}
    assert ("Paul Reis", "plays", "Martin") in f
    assert ("Martin", "appearsIn", "The Kane Method") in f
    assert ("Mindy", "appearsIn", "The Kane Method") in f
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Chuck", "Chuck Lorre", "Netflix")}


def test_a_cast_list_in_brackets_with_descriptions_names_the_actor_first():
    f = facts(
        LEAD + "New to the cast this season are Tim Bale (Brad), Heidi Jones (Darlene), a wedding planner, "
        "and Kay Albus (Shannon), Tricia's daughter. The late Mike Hale, who played Sam and Tricia's father, "
        "Ed Miller, in the first season, is honored. Kim Lewis has boarded the revival as Kenya, Mabel's roommate. "
        "Mor Ris and Ri Moor have also boarded the cast, as state trooper Witt Farr and deputy Indira Olm, respectively.\n"
    )
    assert ("Heidi Jones", "plays", "Darlene") in f
    assert ("Mike Hale", "plays", "Ed Miller") in f
    assert ("Kim Lewis", "plays", "Kenya") in f
    assert ("Mor Ris", "plays", "Witt Farr") in f
    assert ("Ri Moor", "plays", "Indira Olm") in f
    assert not {
        x for x in f if x[1] == "plays" and x[2] in ("Heidi Jones", "Sam", "Witt Farr") and x[0] != "Mor Ris"
    }


def test_an_awards_roundup_reads_its_lists_and_a_paragraph_per_series():
    f = facts(
        "Golden Globes: 'Harbor Lights' Leads TV Nominations\n\n"
        "ABC's drama Harbor Lights led the field with four nominations on Thursday.\n\n"
        "Best Television Series – Drama\nHarbor Lights (ABC)\nThe Gray Coast (Showtime)\n\n"
        "Best Actor – Limited Series or Television Film\nTom Hale — Harbor Lights (ABC)\n"
        "Ray Voss — Rio Bravo Nights (History)\nMark Lyle — Tudor Ends (PBS)\n\n"
        'Lead actor, drama series: Bruno Wall, "The Gray Coast" (Dave Adler), Showtime.\n'
        'Directing, drama series: Greg Holt, "Harbor Lights" (pilot), ABC.\n\n'
        "Harbor Lights, created by Jon Reed, tells a new story each season. Hale plays the coach, Dan Sully.\n\n"
        "Tudor Ends, Peter Strand's adaptation of the novels, first aired on BBC Two in 2015. "
        "Lyle plays Thomas Crane, opposite Claire Fay as Anne Bolton. Pete Kos directed all six episodes.\n\n"
        '"The Gray Coast," created by Susan Hart, follows four sisters. Bea Arden plays Dora Zed, a teacher.\n\n'
        "Among the first-time nominees, Rachel Bloomer is recognized for playing Becca Bunce on Lost Coast, "
        "which she created with Aline Brush, and Aziz Ansar for Dev Shaw on Master of Some, which he co-created "
        "with Alan Yung.\n"
    )
    assert ("Harbor Lights", "originalNetwork", "ABC") in f
    assert ("The Gray Coast", "originalNetwork", "Showtime") in f
    assert ("Rio Bravo Nights", "originalNetwork", "History") in f
    assert not {x for x in f if "History" in (x[0], x[2]) and x[1] in ("plays", "appearsIn")}
    assert ("Bruno Wall", "plays", "Dave Adler") in f
    assert ("Dave Adler", "appearsIn", "The Gray Coast") in f
    assert ("Greg Holt", "directed", "Harbor Lights episode 1") in f
    assert ("Thomas Crane", "appearsIn", "Tudor Ends") in f
    assert ("Pete Kos", "directed", "Tudor Ends episode 6") in f
    assert ("Dora Zed", "appearsIn", "The Gray Coast") in f
    assert not {x for x in f if x[1] == "appearsIn" and x[2].startswith("Best")}
    assert ("Rachel Bloomer", "plays", "Becca Bunce") in f
    assert ("Lost Coast", "creator", "Rachel Bloomer") in f
    assert ("Master of Some", "creator", "Aziz Ansar") in f
    assert ("Master of Some", "creator", "Alan Yung") in f
    assert not {
        x
        for x in f
        if x[1] == "creator"
        and (x[0], x[2]) in {("Lost Coast", "Aziz Ansar"), ("Master of Some", "Rachel Bloomer")}
    }


def test_titles_joined_by_and_the_and_slashed_company_names():
    f = facts(
        "The Brave and the Bold is an American soap opera created by Will Bell that premiered on CBS. "
        "The series is produced by Witt/Thomas/Harris Productions. Jon Cook plays Eric Forr.\n"
    )
    assert ("Eric Forr", "appearsIn", "The Brave and the Bold") in f
    assert ("The Brave and the Bold", "productionCompany", "Witt/Thomas/Harris Productions") in f


def test_a_family_page_names_each_members_recasts():
    f = facts(
        "The Marlow Wiki\n\nMarlow family\n\n"
        "The Marlow family is the central family of Harbour Lane, the CBS soap opera created by Will Bell.\n\n"
        "Ernest Marlow\nErnest, the founder of Marlow Creations, has been played by John Cook since the first episode.\n\n"
        "Roderick Marlow\nRoderick, the eldest son, was originally played by Ron Mott (1987–2012) and later by "
        "Thor Kaysen (2013–present).\n\n"
        "Tobias Marlow\nRoderick's younger brother has been played by three actors: Clay Norcott (1987–1989), "
        "Jeff Trent (1989–1996) and Win Harmer (1996–2016).\n\n"
        "Fenella Marlow\nTobias's younger sister was originated by Colleen Dyer in 1990; Lesli Kane took over the part in 2004.\n\n"
        "Rupert Marlow\nErnest's son grew up on screen, played by child actors before Justin Tork took over the role "
        "in 2001. He was later played by Kyle Lowe (2007–2008) and Jacob Yule (2008–2014).\n"
    )
    for actor, char in [
        ("John Cook", "Ernest Marlow"),
        ("Ron Mott", "Roderick Marlow"),
        ("Thor Kaysen", "Roderick Marlow"),
        ("Clay Norcott", "Tobias Marlow"),
        ("Win Harmer", "Tobias Marlow"),
        ("Colleen Dyer", "Fenella Marlow"),
        ("Lesli Kane", "Fenella Marlow"),
        ("Justin Tork", "Rupert Marlow"),
        ("Jacob Yule", "Rupert Marlow"),
    ]:
        assert (actor, "plays", char) in f, (actor, char)
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Ernest", "Roderick")}


def test_a_directors_biography_is_about_no_series():
    f = facts(
        "Evan Lynne\n\nEvan Lynne (born 1971) is a Welsh television and film director. He is best known for "
        "his work on the revived Time Ship and the Netflix series Heartline.\n\n"
        "For Torchlight, Lynne directed all five episodes of Children of Dusk, the programme's third series. "
        "Written by Davies, John Fey and James Moran, it starred John Barro as Jack Harker.\n"
    )
    assert ("Evan Lynne", "directed", "Children of Dusk episode 5") in f
    assert ("John Barro", "plays", "Jack Harker") in f
    assert not {x for x in f if "Evan Lynne episode" in x[2] or (x[0] == "Evan Lynne" and x[1] != "directed")}
    assert not {x for x in f if "John Fey" in (x[0], x[2]) and x[1] != "writer"}


def test_a_cast_line_with_a_role_called_like_a_network_is_no_network():
    f = facts(
        "Ted Lass is an American sports comedy series on Apple TV+.\n\n"
        "Cast\n\nJason Sudeikis (Max)\nHannah Waddingham (Rebecca)\n\nNominees\n\nRay Donovan (Showtime)\n"
    )
    assert ("Ray Donovan", "originalNetwork", "Showtime") in f
    assert not {x for x in f if x[1] == "originalNetwork" and x[2] == "Max"}


def test_any_known_broadcaster_possessive_is_not_part_of_the_title():
    f = facts(
        "Mara Quill joins the cast of Lantern Bay.\n\n"
        "Quill played Toby Verne on Freeform's Pretty Small Liars. Her other credits include Adult Swim's "
        "Dirk and Merle and Cartoon Network's Star Rovers: The Clone Years.\n"
    )
    assert ("Toby Verne", "appearsIn", "Pretty Small Liars") in f
    assert ("Pretty Small Liars", "originalNetwork", "Freeform") in f
    assert ("Dirk and Merle", "originalNetwork", "Adult Swim") in f
    assert ("Star Rovers: The Clone Years", "originalNetwork", "Cartoon Network") in f
    assert not {x for x in f if x[0] in ("Dirk", "Star Rovers")}


def test_a_role_held_for_some_seasons_on_a_series():
    f = facts(
        "Oda Penn cast in new drama.\n\n"
        "Penn is best known for playing the pathologist Cara Solt for 11 seasons on Fox's Marrow. "
        "Ivo Dane starred as Jay Pitt on The Match, which ran on The CW before moving to BET.\n"
    )
    assert ("Cara Solt", "appearsIn", "Marrow") in f
    assert ("Jay Pitt", "appearsIn", "The Match") in f


def test_a_guardian_style_review_headline_names_the_series():
    f = facts(
        "Hourglass review – Jo Whitt is devastating in a prison drama\n\n"
        "The second series of Hourglass moves to a women's jail. Jo Whitt plays Orla Reardon, a "
        "mother of three. Later, the drama The Long Night is mentioned once.\n"
    )
    assert ("Orla Reardon", "appearsIn", "Hourglass") in f
    assert not {x for x in f if x[2] == "The Long Night"}


def test_a_credit_list_is_no_title_and_an_owners_company_is_the_company():
    f = facts(
        "Moss Road is an American drama series.\n\n"
        "The series is produced by Smythe's Westgate Studios in association with Universal Television. "
        "It recalls the gentler original, Hollow Pines, created by Joe Ruby and Kent Spear, which premiered "
        "on CBS in 1969.\n"
    )
    assert ("Moss Road", "productionCompany", "Westgate Studios") in f
    assert not {x for x in f if "Smythe" in x[2] or x[0] == "Kent Spear"}


def test_a_wiki_paragraph_says_who_plays_its_character_with_a_pronoun():
    f = facts(
        "Tale Upon a Time/Characters\n\n"
        "This page lists the characters of Tale Upon a Time, the ABC fantasy drama created by Ed Kit.\n\n"
        "The Charming family\n\n"
        "Snow Bright is the daughter of King Leo. She is portrayed by Ginny Goodwyn; as a child, by Bailey Madsen.\n\n"
        "Dave Nolen, known as Prince Charm, is Snow Bright's husband. His brother, Jim, was sold as a baby. "
        "Both Dave and Jim are portrayed by Josh Dalles.\n\n"
        "Corra is portrayed by Barb Hersh; as a young woman, by Rosa McGowen.\n"
    )
    for actor, char in [
        ("Ginny Goodwyn", "Snow Bright"),
        ("Bailey Madsen", "Snow Bright"),
        ("Josh Dalles", "Dave Nolen"),
        ("Barb Hersh", "Corra"),
        ("Rosa McGowen", "Corra"),
    ]:
        assert (actor, "plays", char) in f, (actor, char)
    assert ("Snow Bright", "appearsIn", "Tale Upon a Time") in f
    assert not {x for x in f if x[2] == "Upon a Time"}


def test_ranks_and_offices_are_not_part_of_a_characters_name():
    f = facts(
        "The Envoy is an American political thriller series on Netflix.\n\n"
        "Returning cast includes Rory Kinnar (Prime Minister Nicol Trowbury). Shareen Clanton plays "
        "Detective Senior Constable Ashley Hughes.\n"
    )
    assert ("Rory Kinnar", "plays", "Nicol Trowbury") in f
    assert ("Shareen Clanton", "plays", "Ashley Hughes") in f


def test_a_lead_director_with_a_hyphenated_korean_name_and_a_counted_miniseries():
    f = facts(
        "The World of the Wed (Korean: 부부의 세계) is a 2020 South Korean television series directed by "
        "Mo Wan-ill and written by Joo Hyon. It aired on JTBC for 16 episodes.\n",
        "The Shout is a British crime drama television miniseries written by Jackie Perks and directed by "
        "Glen Ivins. The four-part drama aired on BBC One.\n",
    )
    assert ("Mo Wan-ill", "directed", "The World of the Wed episode 16") in f
    assert ("Glen Ivins", "directed", "The Shout episode 4") in f
    assert not {x for x in f if x[0] == "Mo" or (x[2] == "The Shout" and x[1] == "directed")}


def test_story_and_teleplay_labels_in_an_episode_table_are_not_writers():
    f = facts(
        "List of The PQs episodes\n\n"
        "The PQs is an American animated sitcom. It aired on Fox.\n\n"
        "No. overall  No. in season  Title  Directed by  Written by  Original air date\n"
        '7  7  "Ready to Rumba"  Mark Gustaf  Story by: Larry Wilmer; Teleplay by: Eunice Boone  February 16, 1999\n'
    )
    assert ("The PQs episode 7", "writer", "Larry Wilmer") in f
    assert ("The PQs episode 7", "writer", "Eunice Boone") in f
    assert not {x for x in f if x[2] in ("Teleplay", "Story")}


def test_a_roundup_paragraph_about_a_credited_series_and_a_list_ending_in_a_new_clause():
    f = facts(
        "Baftas 2012: The Faded takes drama series prize\n\n"
        "The Faded, created and written by Jack Thorn, ran for six episodes in 2011. It starred Iain Decks as "
        "Paul Robbs.\n\n"
        "Scav Reign, created by Joe Benn, premiered on Max. It was produced by Titmice and Green Street "
        "Pictures, and Max has since passed on a second season. Set in Edo-period Japan, it follows Mizu.\n"
    )
    assert ("Paul Robbs", "appearsIn", "The Faded") in f
    assert ("Scav Reign", "productionCompany", "Green Street Pictures") in f
    assert ("Scav Reign", "productionCompany", "Max") not in f
    assert not {x for x in f if x[1] == "setting" and x[2] == "Edo-period Japan"}


def test_a_title_with_a_decade_and_a_role_whose_work_ends_the_sentence():
    f = facts(
        "'That '80s Show': Netflix Sets Cast For 'That '60s Show' Sequel\n\n"
        "Netflix has rounded out the cast of That '80s Show, its sequel to Fox's That '60s Show. "
        "Callie Haver will play Leia Forma. Rupp is fondly remembered as Alice Knite, the teacher who marries "
        "Phoebe's half-brother, Frank Buffet Jr. (Giovanni Ribs), on NBC's Pals.\n"
    )
    assert ("Leia Forma", "appearsIn", "That '80s Show") in f
    assert ("Alice Knite", "appearsIn", "Pals") in f
    assert ("Frank Buffet Jr.", "appearsIn", "Pals") in f
    assert ("Alice Knite", "appearsIn", "That '80s Show") not in f


def test_a_profiles_series_named_by_who_developed_or_created_it_for_a_network():
    f = facts(
        "The Writer Who Taught Television to Talk\n\n"
        "Kevin Willis made teen-agers sound like English majors. Willis grew up in North Carolina.\n\n"
        "With Julie Pleck, he developed The Vampire Ledgers for the CW, where it premiered in September 2009. "
        "Nina Dobrow played Elena Gilbey, a grieving teen-ager.\n\n"
        "The Followers, which Willis created for Fox in 2013, was darker still: Kevin Bacoon played Ryan Hardie.\n"
    )
    assert ("Elena Gilbey", "appearsIn", "The Vampire Ledgers") in f
    assert ("Ryan Hardie", "appearsIn", "The Followers") in f


def test_a_directors_credit_in_brackets_is_no_role():
    f = facts(
        "The Parasol Academy is an American superhero series on Netflix.\n\n"
        "Sylvan Whyte (Stomp the Yard), a veteran of the series since its first season, will direct episode 3.\n"
    )
    assert not {x for x in f if x[1] in ("plays", "appearsIn") and "Sylvan Whyte" in (x[0], x[2])}


def test_an_obituarys_mr_surname_is_its_subject_not_a_relative():
    f = facts(
        "Lou Andersen, Comedian Who Starred in 'Baskit,' Dies at 68\n\n"
        "Lou Andersen, a comedian, died on Friday. He was born in St. Paul, Minn., the 10th of 11 children of "
        "Louis William Andersen, a trumpet player. Lou Andersen was 68.\n\n"
        "Mr. Andersen played Christine Baskit, the doting mother of twins, on the FX comedy Baskit.\n"
    )
    assert ("Lou Andersen", "plays", "Christine Baskit") in f
    assert ("Louis William Andersen", "plays", "Christine Baskit") not in f


def test_a_profiles_films_with_their_directors():
    f = facts(
        "The Screenwriter\n\n"
        "Kev Willis made teen-agers sound like English majors. Willis grew up in North Carolina.\n\n"
        "The screenplay he had sold was Shriek, which Wes Cravin directed in 1996. Willis followed it with "
        "I Saw What You Did Last Summer, directed by Jim Gillis, with Jen Hewett as Julie Jameson, and with "
        "Shriek 2, which Wes Cravin also directed. Teaching Mrs. Tangle, which he wrote and directed in 1999, starred "
        "Helen Mirrin as Eve Tangle. In 2022 he co-wrote Sickly, a pandemic-era slasher directed by John Hyam.\n"
    )
    assert ("Jim Gillis", "directed", "I Saw What You Did Last Summer") in f
    assert ("Kev Willis", "directed", "Teaching Mrs. Tangle") in f
    assert ("John Hyam", "directed", "Sickly") in f
    assert ("Julie Jameson", "appearsIn", "I Saw What You Did Last Summer") in f


def test_a_wikipedia_title_line_over_its_lead_is_the_topic():
    f = facts(
        "Las chicas del teléfono\n\n"
        "Las chicas del teléfono (English: Phone Girls) is a Spanish period drama television series created by "
        "Ramona Campos for Netflix. It stars Blanca Suárez as Lidia Aguilar.\n\n"
        "The series was filmed in Madrid, while interiors were shot at Bambi's studios in Tres Cantos.\n"
    )
    assert ("Lidia Aguilar", "appearsIn", "Las chicas del teléfono") in f
    assert ("Las chicas del teléfono", "filmingLocation", "Madrid") in f
    assert not {x for x in f if x[1] == "filmingLocation" and "Bambi" in x[2]}


def test_a_counted_serial_directed_by_and_a_paragraph_about_a_made_by_series():
    f = facts(
        "Paul Abbot (born 1960) is a British screenwriter. Abbot grew up in Burnley.\n\n"
        "In 2003 came State of Affairs, a six-part conspiracy thriller directed by David Yeats, starring John "
        "Sims as the journalist Cal McCaffery.\n",
        "Emmys 1980: 'Lou Grunt' wins big\n\n"
        '"Edward & Mrs. Simpsons," made by Thames Television for Britain\'s ITV, stars Edward Foxe as King '
        "Edward VIII. Waris Husain directed all seven episodes.\n",
    )
    assert ("David Yeats", "directed", "State of Affairs episode 6") in f
    assert ("Waris Husain", "directed", "Edward & Mrs. Simpsons episode 7") in f


def test_it_stars_a_as_x_in_a_lead_and_a_described_role_is_no_name():
    f = facts(
        "Cable Lasses\n\n"
        "Cable Lasses (Spanish: Las chicas) is a Spanish period drama television series created by Ramona Campos "
        "for Netflix. It stars Blanca Suaro as Lidia Aguila.\n\n"
        "Under the Banner is an American true crime drama miniseries. It stars Andrew Garfeld as a devout "
        "Mormon detective.\n"
    )
    assert ("Lidia Aguila", "appearsIn", "Cable Lasses") in f
    assert not {x for x in f if "Mormon" in x[2]}


def test_films_as_a_director_and_a_whole_season_directed():
    f = facts(
        "Penni Marsh, Who Directed 'Bigly,' Dies at 75\n\n"
        "Penni Marsh, an actress and director, died on Monday. Penni Marsh was 75.\n\n"
        'Her later films as a director included "Renaissance Guy" (1994) and "The Preacher\'s Aunt" (1996).\n',
        "Cable Lasses\n\nCable Lasses is a Spanish period drama television series created by Ramona Campos for "
        "Netflix. Each of its first four seasons had eight episodes.\n\n"
        "Roberto Bazan directed the entire fourth season.\n",
    )
    assert ("Penni Marsh", "directed", "Renaissance Guy") in f
    assert ("Penni Marsh", "directed", "The Preacher's Aunt") in f
    assert ("Roberto Bazan", "directed", "Cable Lasses episode 25") in f
    assert ("Roberto Bazan", "directed", "Cable Lasses episode 32") in f


def test_a_headline_title_followed_by_its_verb_and_an_mp_rank():
    f = facts(
        "The Dread Renewed for Season 2 at AMC: Infamia Gets August Premiere Date\n\n"
        "The Dread is coming back to AMC. Season 2, subtitled Infamia, stars Derek Mio as Chester Nakamura. "
        "Infamia follows a community. Season 2 has ten episodes.\n",
        "Paula Abbot (born 1960) is a British screenwriter. Abbot grew up in Burnley.\n\n"
        "In 2003 came State of Affairs, a six-part thriller, starring Dave Morrisey as the MP Stephen Collis.\n",
    )
    assert ("Chester Nakamura", "appearsIn", "The Dread") in f
    assert ("Dave Morrisey", "plays", "Stephen Collis") in f
    assert not {x for x in f if x[2] == "Season"}


def test_a_quoted_letter_is_no_work():
    f = facts(
        "Penni Marsh, Laverna of 'Laverna & Shirl,' Dies at 75\n\n"
        "Penni Marsh, an actress and director, died on Monday. Penni Marsh was 75.\n\n"
        'Laverna wore a cursive "L" on every sweater. Phil Fostar played Laverna\'s father, Frank DeFazzo.\n'
    )
    assert not {x for x in f if x[2] == "L"}


def test_a_quoted_dated_title_keeps_its_article():
    f = facts(
        'Penny Marshal, Director of "Bigly," Dies at 75\n\n'
        "Penny Marshal, an actress and director, died on Monday at her home in Los Angeles. She was 75.\n\n"
        'She followed it with "A Team of Their Own" (1992), with Robin Williams as Jimmy Dugg.\n'
    )
    assert ("Jimmy Dugg", "appearsIn", "A Team of Their Own") in f


def test_a_character_after_a_plural_possessive_role_noun_comes_first_in_brackets():
    f = facts(
        "Laverna & Shirl is an American sitcom that aired on ABC.\n\n"
        "Phil Fostar played Laverna's father, Frank DeFazzo, who later married the girls' landlady, "
        "Edna Babbish (Betty Garrette).\n"
    )
    assert ("Betty Garrette", "plays", "Edna Babbish") in f
    assert ("Edna Babbish", "plays", "Betty Garrette") not in f


def test_bracket_pairs_story_verbs_list_items_and_a_one_word_actor_in_a_recap():
    f = facts(
        LEAD + "He later marries Lorna Kerr (Jane Krall). The story follows Landry Clark (Jess Plemm) "
        "and Tim Rigg (Tay Kitch)."
    )
    assert {("Jane Krall", "plays", "Lorna Kerr"), ("Tay Kitch", "plays", "Tim Rigg")} <= f
    assert ("Tim Rigg", "plays", "Tay Kitch") not in f
    recap = facts(
        "Glow recap: the finale\n\n"
        "Glow is an HBO drama series. Ruth watches the play with Elliot (Dom Fike) and "
        "Jules Vaughn (Hunter Shaf). Ruth, who relapsed, is clean. Ruth smiles. "
        "Cassie Howard (Sydney Swee) and her sister Lexi Howard (Maude Apat) argue. "
        "And Ruth Benn (Zenda)? She is fine."
    )
    assert ("Zenda", "plays", "Ruth Benn") in recap
    assert ("Ruth Benn", "plays", "Zenda") not in recap


def test_list_pairs_passive_with_a_shared_surname_and_a_possessive_surname():
    f = facts(
        "Fuller Home is a Netflix sitcom. Original stars John Stamm and Lori Lock will also appear, "
        "with Stamm's Uncle Jesse Katz returning with their twin sons, Nicky and Alex, played again by "
        "Blake and Dylan Tuomy, respectively. Bob Sage will reprise Danny Tanner, father of D.J."
    )
    assert {("Blake Tuomy", "plays", "Nicky"), ("Dylan Tuomy", "plays", "Alex")} <= f
    assert ("Nicky", "plays", "Blake Tuomy") not in f
    assert ("Bob Sage", "plays", "Danny Tanner") in f
    assert any(s == "John Stamm" and r == "plays" and "Jesse Katz" in o for s, r, o in f)


def test_a_voice_cast_table_and_a_character_sections_younger_and_recast_actors():
    f = facts(
        "Mob Seven is a Japanese anime television series.\n\n"
        "Cast\n\n"
        "Character  Japanese  English\n"
        'Shigeo "Mob" Kage  Setsuo Ito  Kyle McCarl\n'
        "Arataka Rei  Takahiro Saku  Chris Nios\n\n"
        "Production\n\nThe series was made by a studio."
    )
    assert {("Takahiro Saku", "plays", "Arataka Rei"), ("Chris Nios", "plays", "Arataka Rei")} <= f
    assert ("Arataka Rei", "appearsIn", "Mob Seven") in f
    assert any(s == "Kyle McCarl" and r == "plays" and "Kage" in o for s, r, o in f)
    g = facts(
        "Harwell family\n\n"
        "The Harwell family is the central family of Bewitched Ones, an American drama series.\n\n"
        "Penny Harwell\nPenny Harwell is the matriarch of the family. Penny was portrayed by Jen Rhodes; "
        "her younger self was played by Kara Zed in flashbacks.\n\n"
        "Victor Benn\nVictor Benn is Patty's ex-husband. Victor was played by Tony Denis in the second "
        "season; from the third season onward the role was recast with James Reed.\n\n"
        "Prue Harwell\nPrue Harwell is the eldest sister. Prue was portrayed by Shan Doh; Emma Estra "
        "played her as a child.\n\n"
        "Wyatt Harwell\nWyatt Harwell is the first-born son of Piper. As an adult he was played by Wes "
        "Rams; as a baby, by the twins Jason and Kris Simm.\n\n"
        "Chris Harwell\nChris Harwell is Wyatt's younger brother. Adult Chris was portrayed by Drew Full.\n"
    )
    for actor, char in [
        ("Kara Zed", "Penny Harwell"),
        ("James Reed", "Victor Benn"),
        ("Emma Estra", "Prue Harwell"),
        ("Wes Rams", "Wyatt Harwell"),
        ("Jason Simm", "Wyatt Harwell"),
        ("Kris Simm", "Wyatt Harwell"),
        ("Drew Full", "Chris Harwell"),
    ]:
        assert (actor, "plays", char) in g, (actor, char)
    assert not {o for s, r, o in g if r == "plays" and o in ("As", "Adult Chris")}


def test_titles_that_end_before_season_and_a_renewed_title_before_for():
    f = facts(
        "Ginny & Gail Season 2 Is Coming: Here's Everything We Know\n\n"
        "Ginny & Gail Season 2 premieres in January. Bri Howe plays Gail Miller."
    )
    assert ("Gail Miller", "appearsIn", "Ginny & Gail") in f
    g = facts(
        "Silicon Ridge throws the worst party\n\nBy A. Writer\n\n"
        "Thomas Midd stars as Richard Hend. HBO has already renewed Silicon Ridge for a fourth season."
    )
    assert ("Richard Hend", "appearsIn", "Silicon Ridge") in g
    assert not {o for s, r, o in g if r == "appearsIn" and o == "Silicon"}


INTERVIEW = (
    "Sarah Miller: 'I have always loved stories about stubborn women'\n\n"
    "The director on Night Harbour, Blue Lanes and her new film\n\n"
    "Sarah Miller started out making documentaries. She directed all three episodes of Blue Lanes, "
    "a BBC One drama. She directed the first two episodes of Night Harbour, a BBC Two drama.\n\n"
    "You came to Night Harbour late. What do you remember?\n\n"
    "Everyone was nervous. Then we cast Emma Stone as Jenny Lee, and it all worked.\n\n"
    "And Blue Lanes?\n\n"
    "Greg Kinnear is Bob Hope, the host, and Lesley Manville plays his wife, Dolores.\n\n"
    "What's next?\n\n"
    "On Swallows and Amazons I had Kelly Macdonald as Mrs Walker.\n"
)


def test_an_interview_headline_names_a_person_and_the_questions_name_the_works():
    f = facts(INTERVIEW)
    assert not {x for x in f if x[2] == "Sarah Miller" and x[1] == "appearsIn"}
    assert ("Sarah Miller", "directed", "Blue Lanes episode 3") in f
    assert ("Sarah Miller", "directed", "Night Harbour episode 2") in f
    assert ("Jenny Lee", "appearsIn", "Night Harbour") in f  # the question's work ("Everyone" is no title)
    assert ("Greg Kinnear", "plays", "Bob Hope") in f  # "A is X, ..., and B plays ..." in a profile
    assert ("Dolores", "spouseOf", "Bob Hope") in f  # "his" is the role of the clause before
    assert ("Mrs Walker", "appearsIn", "Swallows and Amazons") in f  # "On <title> I had ..."


def test_a_title_in_quotes_is_kept_whole():
    f = facts(
        'Awards roundup: the winners\n\n"When They See Us," Ava DuVernay\'s four-part drama about five '
        "teenagers, premiered on Netflix on May 31, 2019. DuVernay directed all four episodes.\n\n"
        '"Fosse/Verdon," an eight-episode limited series created by Steven Levenson and Thomas Kail, '
        "premiered on FX on April 9, 2019. Kail directed the first two episodes, and Levenson wrote the finale.\n\n"
        '"Fleabag" was created and written by Phoebe Waller-Bridge. It ran for two series of six episodes '
        "each; Harry Bradbeer directed every episode of the second series.\n\n"
        "Critics praised the third season of Hacks.\n"
    )
    assert ("Ava DuVernay", "directed", "When They See Us episode 4") in f
    assert ("Thomas Kail", "directed", "Fosse/Verdon episode 2") in f
    # the finale of this paragraph's eight-episode series, not of another paragraph's six-episode one
    assert ("Fosse/Verdon episode 8", "writer", "Steven Levenson") in f
    # a paragraph that counts British series, in a roundup that says "season" elsewhere
    assert ("Harry Bradbeer", "directed", "Fleabag episode 12") in f
    assert not {x for x in f if x[0] in ("They See Us", "Fosse") or x[2] in ("They See Us", "Fosse")}


def test_an_interviewers_speaker_label_is_not_part_of_a_title():
    f = facts(
        "Dan Brooks Would Like You to Feel Something\n\nBy Jen Chaney\n\n"
        "Dan Brooks created Night Harbour, a drama for Netflix.\n\n"
        "VULTURE: How did Night Harbour start?\n\nBROOKS: Slowly. Tom Hale plays Jack Stone.\n\n"
        "VULTURE: Undone is a very different animal.\n\nBROOKS: It is. Rosa Salazar plays Alma Diaz.\n\n"
        "VULTURE: What is next?\n\nBROOKS: A film.\n"
    )
    assert ("Jack Stone", "appearsIn", "Night Harbour") in f
    assert ("Alma Diaz", "appearsIn", "Undone") in f
    assert not {x for x in f if "VULTURE" in x[0] or "VULTURE" in x[2]}


def test_an_obituarys_was_cast_as_and_a_quoted_title_with_a_subtitle():
    f = facts(
        "Andre Braugher, Emmy-Winning Star of Homicide, Dies at 61\n\n"
        "Andre Braugher, the actor, died on Monday. He was 61.\n\n"
        'In 1993 he was cast as Detective Frank Pembleton in "Homicide: Life on the Street," the NBC '
        "drama set in Baltimore. Pembleton was partnered with Kyle Secor's Tim Bayliss."
    )
    assert ("Andre Braugher", "plays", "Frank Pembleton") in f or (
        "Andre Braugher",
        "plays",
        "Detective Frank Pembleton",
    ) in f
    assert not {x for x in f if x[2].endswith(",")}  # not 'Homicide: Life on the Street,'


def test_a_fan_wiki_character_page_under_its_title_with_labelled_family_lines():
    f = facts(
        "Ava Marsh\n\nHarbour Lights Wiki\n\nAva Marsh\nActor: Jane Doyle\nStatus: Alive\n"
        "Parents: Henry Marsh (father, deceased); Lady Ruth Cole (mother)\n"
        'Siblings: Tom Marsh (younger brother); Eliza "Lizzie" Marsh (half-sister)\n'
        "Spouse(s): Owen Price (ex-husband)\nChildren: Ben Price, Kit Price\n"
        "Other relatives: Pat Marsh (aunt)\n\n"
        "Ava Marsh is one of the main characters of the BBC drama Harbour Lights, created by Sam Reid.\n\n"
        "Family\n\nAva's sister, Lizzie (Carla Moss), runs the pub."
    )
    assert ("Jane Doyle", "plays", "Ava Marsh") in f
    assert ("Ava Marsh", "appearsIn", "Harbour Lights") in f
    assert ("Henry Marsh", "parentOf", "Ava Marsh") in f
    assert ("Ruth Cole", "parentOf", "Ava Marsh") in f
    assert {("Ava Marsh", "siblingOf", "Tom Marsh"), ("Tom Marsh", "siblingOf", "Eliza Marsh")} <= f
    assert ("Ava Marsh", "spouseOf", "Owen Price") in f
    assert {("Ava Marsh", "parentOf", "Ben Price"), ("Ava Marsh", "parentOf", "Kit Price")} <= f
    # the nickname alone is the nicknamed character; an aunt is no labelled kinship
    assert ("Carla Moss", "plays", "Eliza Marsh") in f
    assert not {x for x in f if "Pat Marsh" in (x[0], x[2])}


def test_a_family_line_with_actors_in_brackets_and_a_played_by_tail():
    f = facts(
        "Harbour Lights Wiki\n\nAva Marsh\nPortrayed by: Jane Doyle\n"
        "Spouse: Owen Price (Mark Lee)\nChildren: Ben Price (Sam Hart)\n\n"
        "Tom Marsh\nPortrayed by: Rob Dean\nSpouse: Nell Marsh (divorced), played by Kate Bird\n\n"
        "Harbour Lights is a British drama series."
    )
    assert ("Mark Lee", "plays", "Owen Price") in f and ("Ava Marsh", "spouseOf", "Owen Price") in f
    assert ("Sam Hart", "plays", "Ben Price") in f and ("Ava Marsh", "parentOf", "Ben Price") in f
    assert ("Tom Marsh", "spouseOf", "Nell Marsh") in f
    assert not {x for x in f if x[1] == "spouseOf" and "Kate Bird" in (x[0], x[2])}


def test_a_reviews_possessive_casting_is_the_subject_of_its_pronouns():
    f = facts(
        "Review: 'Night Kitchen' is a hot mess\n\n"
        'Night Kitchen is an FX comedy series. Tom Hale plays Carmen "Carmy" Bell, a chef.\n\n'
        "The crew Carmy inherits did not ask for him. Eve Moss's Richard \"Richie\" Vale, Carmy's best "
        "friend, is a loudmouth; his ex-wife, Tina (Ann Lowe), keeps him honest. Mia Park, as an old "
        "classmate who runs into Carmy, is given nothing to do. Paul Stone plays Otto Reed, who has lost "
        "his wife, Luann Reed (Jo Dunn)."
    )
    richie, carmy = 'Richard "Richie" Vale', 'Carmen "Carmy" Bell'
    assert ("Eve Moss", "plays", richie) in f
    assert ("Tina", "formerSpouseOf", richie) in f  # "his ex-wife": Richie's, not Carmy's
    assert ("Mia Park", "plays", carmy) not in f  # someone the role meets is not the role
    assert ("Luann Reed", "spouseOf", "Otto Reed") in f or ("Otto Reed", "spouseOf", "Luann Reed") in f


def test_a_fan_wiki_episode_page_credits_and_dates_the_episode_of_its_series():
    f = facts(
        "Chapter Two: The Tide\n\nHarbour Lights Wiki\n\nChapter Two: The Tide\nSeries: Harbour Lights\n"
        "Season: 2\nEpisode: 1\nDirected by: Rob Dean\nWritten by: Sam Reid\nAir date: October 11, 2017\n\n"
        '"Chapter Two: The Tide" is the first episode of the second season of The CW\'s Harbour Lights and '
        "the ninth episode of the series overall.\n\nCast\n\nStarring\nJane Doyle as Ava Marsh\n"
        "Tom Hale as Henry Marsh\n"
    )
    assert ("Rob Dean", "directed", "Harbour Lights episode 9") in f
    assert ("Harbour Lights episode 9", "writer", "Sam Reid") in f
    assert ("Harbour Lights episode 9", "premiereDate", "2017-10-11") in f
    assert ("Ava Marsh", "appearsIn", "Harbour Lights") in f
    # the page title is the episode's, and an infobox label is no franchise
    assert not {x for x in f if "Chapter Two" in x[0] or "Chapter Two" in x[2] or "Series:" in x[2]}


def test_a_guides_capitalised_headings_open_sections_and_give_the_service():
    f = facts(
        "What to Watch This Week: Pirates and a Count\n\nOur picks for the week.\n\n"
        "NIGHT TIDE (Disney+, Wednesdays)\nNight Tide is back. Jane Doyle stars as Ava Marsh, a smuggler.\n\n"
        "THE LONG COUNT (Apple TV+, Friday)\nIn The Long Count, Tom Hale plays Henry Marsh, a banker.\n"
    )
    assert ("Ava Marsh", "appearsIn", "Night Tide") in f
    assert ("Henry Marsh", "appearsIn", "The Long Count") in f
    assert ("Night Tide", "originalNetwork", "Disney+") in f
    assert ("The Long Count", "originalNetwork", "Apple TV+") in f
    assert not {x for x in f if x[2] == "Count"}


def test_a_numbered_best_of_list_entry_is_about_its_title():
    f = facts(
        "The Best TV Shows of 2023\n\nDecember 12, 2023\n\nThese are the two I liked.\n\n"
        "1. Night Tide (Showtime)\nAna Ruiz and Dan Fry co-created and wrote this ten-episode comedy of "
        "manners. Jane Doyle plays Ava Marsh, a smuggler.\n\n"
        "2. Mrs. Hale (Peacock)\nRon Dale developed this eight-part adaptation of Kim Ode's novel. "
        "All eight episodes were directed by Sam Reid. Tom Hale is Henry Marsh, a banker.\n"
    )
    assert {("Night Tide", "creator", "Ana Ruiz"), ("Night Tide", "writer", "Dan Fry")} <= f
    assert ("Night Tide", "numberOfEpisodes", "10") in f
    assert ("Ava Marsh", "appearsIn", "Night Tide") in f
    assert ("Mrs. Hale", "creator", "Ron Dale") in f
    assert ("Mrs. Hale", "numberOfEpisodes", "8") in f
    assert ("Sam Reid", "directed", "Mrs. Hale episode 8") in f
    assert ("Henry Marsh", "appearsIn", "Mrs. Hale") in f and (
        "Henry Marsh",
        "appearsIn",
        "Night Tide",
    ) not in f
    assert ("Night Tide", "originalNetwork", "Showtime") in f


def test_a_panel_transcripts_first_names_and_its_panel_title():
    f = facts(
        'TRANSCRIPT: "Minding the Shop" - Night Tide at the Banff Festival\n\n'
        "Panelists: Ana Ruiz and Dan Fry (co-creators).\n\n"
        "RAMESH: Welcome. Night Tide premiered on CBC in 2016.\n\nFRY: It did.\n\n"
        "RAMESH: Where did it start?\n\nFRY: Ana and I co-created the series."
    )
    assert ("Night Tide", "creator", "Ana Ruiz") in f
    assert not {x for x in f if "Minding" in x[0] or x[2] == "Ana"}


def test_remakes_in_a_list_are_their_own_works():
    f = facts(
        "Night Tide is a Norwegian teen drama series created by Ana Ruiz for NRK. Jane Doyle stars as "
        "Ava Marsh.\n\nRemakes\n\n"
        "* Night Tide France premiered on France.tv on 5 February 2018, with Tom Hale as Henry Marsh.\n"
        "* Tide NL (Netherlands) and Tide España (Spain) followed in 2018.\n"
    )
    assert ("Henry Marsh", "appearsIn", "Night Tide France") in f
    assert ("Henry Marsh", "appearsIn", "Night Tide") not in f
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Netherlands", "Spain")}


def test_a_dash_cast_list_with_descriptions_and_a_couples_children():
    f = facts(
        "Home Fires is an American sitcom that aired on ABC.\n\nCast and characters\n\nOriginal cast\n"
        "Alan Hale – Dr. Jason Reed, a psychiatrist with a home office and a long commute to the city\n"
        "Joan Kerr – Maggie Reed, Jason's wife, a newspaper reporter and later a television news anchor\n"
        "Kirk Dane – Mike Reed, their eldest son, a charming underachiever\n"
        "Tracy Gold – Carol Reed, their daughter, an honor student\n"
    )
    assert ("Alan Hale", "plays", "Jason Reed") in f
    assert ("Kirk Dane", "plays", "Mike Reed") in f and ("Mike Reed", "appearsIn", "Home Fires") in f
    assert ("Maggie Reed", "spouseOf", "Jason Reed") in f or ("Jason Reed", "spouseOf", "Maggie Reed") in f
    assert {("Jason Reed", "parentOf", "Mike Reed"), ("Maggie Reed", "parentOf", "Carol Reed")} <= f


def test_a_press_release_under_a_kicker_and_a_date_line():
    f = facts(
        "FOR IMMEDIATE RELEASE\nNovember 14, 2022\n\n"
        "ABC'S NEW CRIME DRAMA 'WILL TRENCH' TO PREMIERE TUESDAY, JAN. 3\n\n"
        'LOS ANGELES — ABC today announced that "Will Trench," its new drama from Liz Held, will debut '
        "in January. Special Agent Will Trench of the Georgia Bureau of Investigation finds his own way. "
        "Erika Christ stars as Angie Polk, an Atlanta Police Department detective."
    )
    assert ("Angie Polk", "appearsIn", "Will Trench") in f


def test_a_nominees_line_is_no_role_first_cast_line():
    f = facts(
        "Golden Globes: the nominees\n\nBest actress, limited series\n\n"
        "Sarah Hall — Flesh and Bone (Starz)\nKirsten Dunn — Fargo (FX)\n"
    )
    assert not {x for x in f if x[1] == "plays" and x[2] in ("Sarah Hall", "Kirsten Dunn")}


def test_an_awards_story_places_roles_in_the_titles_after_them():
    f = facts(
        "Emmys 2009: the winners\n\nJoan Smart won for playing Rita Newly, the mother of Bell's "
        "amnesiac Sam Newly, on Sam Who?, the ABC comedy created by Cora Ahern. Jim Piven took his "
        "second straight Emmy for playing the agent Ezra Gold in Dan Ellin's Hangers-On, which Mark "
        "Wahl executive produces. Andy Scott took the supporting prize for playing the priest whom Fleabelle "
        "falls for."
    )
    assert ("Rita Newly", "appearsIn", "Sam Who?") in f
    assert ("Sam Who?", "creator", "Cora Ahern") in f
    assert ("Jim Piven", "plays", "Ezra Gold") in f
    assert ("Ezra Gold", "appearsIn", "Hangers-On") in f
    assert ("Hangers-On", "executiveProducer", "Mark Wahl") in f
    assert not {x for x in f if x[0] == "Andy Scott" and x[1] == "plays"}


def test_a_biopic_miniseries_title_role_called_by_surname():
    f = facts(
        '"John Quinton," the five-part miniseries directed in its entirety by Tom Hoop and written by '
        "Kurt Ellis, won nine awards. Paul Giam won for playing Quinton, and Laura Lin for playing his "
        "wife, Louisa Quinton."
    )
    assert ("Paul Giam", "plays", "John Quinton") in f
    assert ("John Quinton", "appearsIn", "John Quinton") in f
    assert ("John Quinton", "writer", "Kurt Ellis") in f
    assert {("Tom Hoop", "directed", f"John Quinton episode {n}") for n in range(1, 6)} <= f
    # ("Sheldon" in Young Sheldon is no surname of the title)
    g = facts("Young Sheldon is an American sitcom. Iain Armit plays Sheldon.")
    assert ("Iain Armit", "plays", "Sheldon") in g


def test_an_encyclopedia_page_about_a_season_or_a_list_names_its_series():
    f = facts(
        "Lakes and Rivers season 2\n\nThe second season of Lakes and Rivers, the American sitcom created "
        "by Greg Dane, aired on NBC in 2010.\n\n- Amy Pohl as Lena Knope\n- Rashid Jon as Ann Perks\n"
    )
    assert ("Lakes and Rivers", "creator", "Greg Dane") in f
    assert ("Lena Knope", "appearsIn", "Lakes and Rivers") in f
    assert not {x for x in f if x[0] in ("Lakes", "Rivers") or x[2] in ("Lakes", "Rivers")}
    g = facts(
        "10 Things You Didn't Know About Marcus in the Middle\n\n1. Linus Boom created the show.\n\n"
        "2. Producers saw hundreds of boys before casting Frankie Mun as Marcus."
    )
    assert ("Marcus", "appearsIn", "Marcus in the Middle") in g


def test_a_lead_with_an_english_title_and_a_year_in_the_title():
    f = facts(
        "Reply 1979\n\nReply 1979 (Korean: 응답하라 1979), also known in English as Answer Me 1979, is a "
        "2017–2018 South Korean television series directed by Shin Won-ho.\n\nCast\n\n"
        "Lee Hye-ri as Sung Deok-sun, the middle child\nPark Bo-gum as Choi Taek, a baduk prodigy\n"
    )
    assert ("Sung Deok-sun", "appearsIn", "Reply 1979") in f
    assert not {x for x in f if x[1] == "plays" and x[2] == "Answer Me"}
    assert ("Shin Won-ho", "directed", "Reply 1979") in f or any(
        x[0] == "Shin Won-ho" and x[2].startswith("Reply 1979 episode") for x in f
    )


def test_a_spin_off_section_has_its_own_cast_list():
    f = facts(
        "Odd Couples (American TV series)\n\nOdd Couples is an American sitcom that aired on ABC.\n\n"
        "Cast\n\nMark Linn – Larry Apple, a photojournalist\nBron Pinch – Balki Bart, Larry's cousin\n\n"
        "Spin-off: Family Ties Again\n\nThe character of Harriet Win was spun off into Family Ties Again, "
        "which premiered on ABC in 1989.\n\nFamily Ties Again cast\n"
        "Reg Vel – Carl Win, a police officer and Harriet's husband\n"
        "Jo Pay – Harriet Win (seasons 1–9); Judy Elder took over the role for the last season\n"
        "Joe and Jules Wright – Richie Craw, Rachel's son (seasons 1–3)\n"
        "Jal White – Steve Urk, the family's neighbor\n\nLegacy\n\nOdd Couples was released on DVD."
    )
    assert ("Larry Apple", "appearsIn", "Odd Couples") in f
    assert ("Carl Win", "appearsIn", "Family Ties Again") in f
    assert ("Steve Urk", "appearsIn", "Family Ties Again") in f
    assert ("Carl Win", "appearsIn", "Odd Couples") not in f
    assert {("Jo Pay", "plays", "Harriet Win"), ("Judy Elder", "plays", "Harriet Win")} <= f
    assert {("Joe Wright", "plays", "Richie Craw"), ("Jules Wright", "plays", "Richie Craw")} <= f


def test_a_film_title_before_as_is_the_roles_work_not_its_actor():
    f = facts(
        "Marcus in the Middle is an American sitcom. Frankie Muni headlined the 2003 film Agent Cody Barnes "
        "as the teenage CIA operative Cody Barnes."
    )
    assert ("Cody Barnes", "appearsIn", "Agent Cody Barnes") in f
    assert not {x for x in f if x[0] == "Agent Cody Barnes"}


def test_an_obituary_goes_on_about_the_show_past_a_paragraph_that_names_none():
    f = facts(
        "Hugo Wills, Who Created 'KRP in Dayton,' Dies at 74\n\nHugo Wills, the writer who created the "
        'sitcom "KRP in Dayton," died on Sunday.\n\n"KRP in Dayton," which he created for MTM '
        "Enterprises, had its premiere on CBS on Sept. 18, 1978. It starred Gary Sand as Andy Travers, "
        "a young program director. Howard Hess played the disc jockey Johnny Carr, who went on the air as "
        '"Dr. Johnny Fever". Loni Anders played the receptionist Jen Marlow.\n\n'
        "The station belonged to Arthur's mother, Lillian Carl.\n\n"
        "The show ran for four seasons, all of them with Mr. Wills as showrunner."
    )
    assert ("Andy Travers", "appearsIn", "KRP in Dayton") in f
    assert ("Jen Marlow", "appearsIn", "KRP in Dayton") in f
    assert not {x for x in f if x[2] == "Dr. Johnny Fever"}


def test_a_recaps_asides_and_plural_possessive_descriptions():
    f = facts(
        "Grantley is a British drama. Tom Britt, of course, plays Will Daven, the vicar who took over "
        "from James Nort's Sid Chambers in series four. Sam Anders played the cousins' boss, Sam Gorp. "
        "Larry's father, Walter Apple, appears in one episode, played by Ray Walst."
    )
    assert ("Tom Britt", "plays", "Will Daven") in f
    assert ("James Nort", "plays", "Will Daven") not in f
    assert ("Sam Anders", "plays", "Sam Gorp") in f
    assert ("Ray Walst", "plays", "Walter Apple") in f


def test_two_actors_as_two_roles_and_a_new_role_on_return():
    f = facts(
        "Odd Couples is a sitcom. Melanie Wil and Rebeca Arth, who had appeared occasionally as the "
        "flight attendants Jennifer Ly and Mary Anne Spen, became regulars. In the third season, Belita "
        "Mor returned in a new role, the neurotic advice columnist Lydia Mark."
    )
    assert {("Melanie Wil", "plays", "Jennifer Ly"), ("Rebeca Arth", "plays", "Mary Anne Spen")} <= f
    assert ("Rebeca Arth", "plays", "Jennifer Ly") not in f
    assert ("Belita Mor", "plays", "Lydia Mark") in f
    g = facts(
        "Little Things is an ABC drama. Lizzy Gree and Chance Hurst will play their children, Sophie "
        "and Danny Dix."
    )
    assert {("Lizzy Gree", "plays", "Sophie Dix"), ("Chance Hurst", "plays", "Danny Dix")} <= g


def test_a_revival_named_first_with_its_returning_actors():
    f = facts(
        "KRP in Dayton is an American sitcom. It starred Gordon Jum as Arthur Carl and Rich Sand as "
        'Les Ness.\n\nA syndicated revival, "The New KRP in Dayton," ran from 1991 to 1993 with Gordon '
        "Jum and Rich Sand reprising their roles."
    )
    assert {
        ("Arthur Carl", "appearsIn", "The New KRP in Dayton"),
        ("Les Ness", "appearsIn", "The New KRP in Dayton"),
    } <= f


def test_an_aside_on_the_actors_career_before_the_verb():
    f = facts(
        "Hive is an Amazon series. Billie Eil, in her first acting role, plays Eva, the leader of a cult."
    )
    assert ("Billie Eil", "plays", "Eva") in f


def test_a_work_named_just_before_its_cast_holds_the_roles():
    f = facts(
        "Night Desk is an American thriller series starring Ann Roe as Kim Vale. Its mood recalls Lee's "
        "Stonefield, with Tom Hart as the jailed Jae Kim, and Ice Garden, the miniseries Lee directed in 2018, "
        "starring Mia Stone as Lena. Its star was in London, with Bob Gray as Carl Dunn."
    )
    assert {("Jae Kim", "appearsIn", "Stonefield"), ("Lena", "appearsIn", "Ice Garden")} <= f
    assert ("Kim Vale", "appearsIn", "Night Desk") in f
    assert not {x for x in f if x[1] == "appearsIn" and x[2] == "London"}


def test_roles_in_an_anthologys_named_episodes_are_roles_in_the_series():
    f = facts(
        "Small Streets is a British anthology series of five films. It began on BBC One on 1 March 2020 with "
        '"Harbour". Ann Roe won for playing Kim Vale in "Harbour", with Tom Hart as Joe Vale. In the third '
        'film, "Red Sky", Mia Stone plays Lena Cole.'
    )
    assert {("Kim Vale", "appearsIn", "Small Streets"), ("Joe Vale", "appearsIn", "Small Streets")} <= f
    assert not {x for x in f if x[1] == "appearsIn" and x[2] in ("Harbour", "Red Sky")}


def test_a_paragraph_opened_by_a_tv_film_is_about_it():
    f = facts(
        "The Vale Family is an American sitcom that aired on ABC from 1969 to 1974.\n\n"
        "The television film A Vale Christmas, written by Ann Roe and directed by Joe Hart, aired on CBS in "
        "1988. Tom Gray played Wally Stone, Marcia's husband."
    )
    assert ("Wally Stone", "appearsIn", "A Vale Christmas") in f
    assert ("Wally Stone", "appearsIn", "The Vale Family") not in f


def test_reprised_roles_in_the_paragraphs_work_and_voicing_their_characters():
    f = facts(
        "The Vale Family is an American sitcom that aired on ABC from 1969 to 1974.\n\n"
        "Cast\n\nRob Reed as Mike Vale, the father.\nAnn Hart as Carol Vale, the mother.\n"
        "Tom Gray as Greg Vale, the eldest son.\n\n"
        "Later works\n\nThe Vale Kids, an animated series made by Filmation, aired on ABC from 1972, with "
        "Gray and Hart voicing their characters.\n\n"
        "The television film A Vale Christmas, written by Ann Roe, aired on CBS in 1988. Reed, Hart and Gray "
        "reprised their roles, while Joe Lane took over as Cindy Vale."
    )
    assert {
        ("Mike Vale", "appearsIn", "A Vale Christmas"),
        ("Greg Vale", "appearsIn", "A Vale Christmas"),
    } <= f
    assert {("Greg Vale", "appearsIn", "The Vale Kids"), ("Carol Vale", "appearsIn", "The Vale Kids")} <= f
    assert ("Mike Vale", "appearsIn", "The Vale Kids") not in f


def test_played_on_screen_and_voiced_as_the_grown_up_self():
    f = facts(
        "Kevin Vale\n\nKevin Vale is the hero of The Long Years, an American comedy-drama created by Ann Roe. "
        "Kevin is played on screen by Tom Gray, while his thoughts are narrated by his grown-up self, voiced "
        "by Dan Stone."
    )
    assert {("Tom Gray", "plays", "Kevin Vale"), ("Dan Stone", "plays", "Kevin Vale")} <= f


def test_a_colon_cast_list_under_a_cast_heading():
    f = facts(
        "The Quick Hour was a BBC Two sketch show.\n\nMain characters and performers\n"
        "- Paul Whitehouse: Ron Manager, Rowley Birkin QC, and Ted, the taciturn Irish estate worker\n"
        "- Charlie Higson: Swiss Toni, the car salesman, and Ralph, the lovelorn young squire\n"
        "- Simon Day: Billy Bleach, Tommy Cockles and Competitive Dad\n"
        '- Arabella Weir: the insecure woman forever asking "Does my bum look big in this?" (never named)\n'
        "- Mark Williams: Jesse, the man in the field; Whitehouse played Ken, the older one\n"
    )
    assert {("Paul Whitehouse", "plays", c) for c in ("Ron Manager", "Rowley Birkin", "Ted")} <= f
    assert {("Charlie Higson", "plays", "Swiss Toni"), ("Charlie Higson", "plays", "Ralph")} <= f
    assert ("Simon Day", "plays", "Competitive Dad") in f and (
        "Billy Bleach",
        "appearsIn",
        "The Quick Hour",
    ) in f
    assert ("Mark Williams", "plays", "Jesse") in f and ("Mark Williams", "plays", "Ken") not in f
    assert not {x for x in f if x[0] == "Arabella Weir" or x[2] == "Arabella Weir"}
    # (no heading: "Name: text" lines are no cast list)
    g = facts(
        "The Quick Hour was a BBC Two sketch show.\n\nPaul Whitehouse: Ron Manager is back.\nSimon Day: Yes.\n"
    )
    assert ("Paul Whitehouse", "plays", "Ron Manager") not in g


def test_a_where_are_they_now_heading_in_title_case_and_a_subtitled_title():
    f = facts(
        "Westfield: The Next Class Cast: Where Are They Now?\n\n"
        "Here's what the students did after the final bell.\n\n"
        "Twenty years ago, Westfield: The Next Class premiered on CTV, on October 14, 2001.\n\n"
        "Aubrey Gray (Jimmy Brooks)\nThen: The basketball captain.\n"
        "Now: You know him as Drake. Gray left the show in 2009.\n\n"
        "Nora Dobson (Mia Jones)\nThen: A teen model raising her daughter, Isabella, on her own.\n"
        "Now: Dobson landed the lead in The CW's Night Diaries.\n"
    )
    assert {("Aubrey Gray", "plays", "Jimmy Brooks"), ("Nora Dobson", "plays", "Mia Jones")} <= f
    assert ("Jimmy Brooks", "appearsIn", "Westfield: The Next Class") in f


def test_a_listings_page_with_one_line_entries():
    f = facts(
        "THE WEEK ON TV\n\nSATURDAY 17 OCTOBER\n\n"
        "8.00pm  The Vicar of Stowe (r)  Gold\n"
        "Richard Curtis's sitcom, first shown on BBC One in 1994. Tonight the verger Alice Tinker (Emma "
        "Chambers) marries Hugo Horton (James Fleet), to the horror of his father, Councillor David Horton "
        "(Gary Waldhorn).\n\n"
        "9.00pm  Film: Four Weddings and a Funeral (1994)  BBC Two\n"
        "Hugh Grant is a star as the serial best man Charles.\n\n"
        "SUNDAY 18 OCTOBER\n\n"
        "9.00pm  Roadkill  BBC One\n"
        "NEW (1/4) Hugh Laurie plays Peter Laurence, a charming minister.\n\n"
        "9.00pm  Taskmaster  Channel 4\n"
        "The show began on the digital channel Dave in 2015 and moved to Channel 4 this year.\n"
    )
    assert {
        ("Alice Tinker", "appearsIn", "The Vicar of Stowe"),
        ("David Horton", "appearsIn", "The Vicar of Stowe"),
    } <= f
    assert ("Charles", "appearsIn", "Four Weddings and a Funeral") in f
    assert ("Peter Laurence", "appearsIn", "Roadkill") in f
    assert ("Roadkill", "originalNetwork", "BBC One") in f
    assert ("The Vicar of Stowe", "originalNetwork", "Gold") not in f  # (a repeat)
    assert ("Taskmaster", "originalNetwork", "Channel 4") not in f  # (it began elsewhere)


def test_a_fan_wiki_episode_page_of_a_series_titled_with_and():
    f = facts(
        "Rollercoaster\nFrom the Gideon and Ferb Wiki\n\n"
        '"Rollercoaster" is the first episode of Gideon and Ferb, the American animated series created by '
        "Dan Povenmire for Disney Channel.\n\n"
        "Episode information\nWritten by: Dan Povenmire, Bobby Gaylor\nDirected by: Zac Moncrief\n\n"
        "Voice cast\n\n"
        "Gideon Flynn – Vincent Martella\n"
        "Linda Flynn-Fletcher – Caroline Rhea; Gideon's mother\n"
        "Perry the Platypus – Dee Bradley Baker\n"
        "Dr. Heinz Doofenshmirtz – Dan Povenmire\n"
        "Stacy Hirano – Kelly Hu\n"
    )
    assert ("Gideon and Ferb", "creator", "Dan Povenmire") in f
    assert ("Zac Moncrief", "directed", "Gideon and Ferb episode 1") in f
    assert ("Gideon and Ferb episode 1", "writer", "Bobby Gaylor") in f
    assert {("Caroline Rhea", "plays", "Linda Flynn-Fletcher"), ("Kelly Hu", "plays", "Stacy Hirano")} <= f
    assert ("Heinz Doofenshmirtz", "appearsIn", "Gideon and Ferb") in f
    assert not {x for x in f if x[0] == "Ferb" or x[2] in ("Ferb", "Gideon")}


def test_later_roles_on_a_networks_series():
    f = facts(
        "Skyward is an American space western created by Joss Whedon for Fox. Gina Torres plays Zoe "
        "Washburne and Summer Glau plays River Tam.\n\n"
        "Torres was Jessica Pearson on USA Network's Suits. Glau became the cyborg Cameron on Fox's "
        "Terminator: The Sarah Connor Chronicles."
    )
    assert {("Gina Torres", "plays", "Jessica Pearson"), ("Jessica Pearson", "appearsIn", "Suits")} <= f
    assert ("Summer Glau", "plays", "Cameron") in f
    assert ("Cameron", "appearsIn", "Terminator: The Sarah Connor Chronicles") in f
    assert ("Jessica Pearson", "appearsIn", "Skyward") not in f


def test_as_the_director_followed_by_a_name_is_a_role_in_the_story():
    f = facts(
        "Encore is an American musical drama created by Theresa Rebeck for NBC. Debra Messing stars as "
        "Julia Houston, with Jack Davenport as the director Derek Wills and Anjelica Huston as the producer "
        "Eileen Rand."
    )
    assert {("Jack Davenport", "plays", "Derek Wills"), ("Anjelica Huston", "plays", "Eileen Rand")} <= f
    g = facts("Encore is an American drama. NBC hired Jack Davenport as the director of the pilot.")
    assert not {x for x in g if x[1] == "plays"}


def test_a_press_release_under_a_masthead_and_a_kicker():
    f = facts(
        "Netflix Media Center\n\nNEWS  |  ITALY  |  MARCH 3, 2021\n\n"
        'Netflix Announces "Deep Harbour" ("Porto Profondo"), Its New Italian Original Series, Premiering April 9\n\n'
        "ROME, March 3, 2021 — Netflix today revealed the trailer for Deep Harbour (Porto Profondo), a new "
        "Italian-language crime drama from Lupo Produzioni, the company behind Salt Road. Deep Harbour follows "
        "two brothers, Marco Berti (Luca Ferri) and Paolo Berti (Dario Conti), who inherit a ferry line.\n\n"
        "Ferri, who was a teenager when he played Pietro in Carlo del Monte's The Quiet Summer, said the role "
        "felt like coming home."
    )
    assert ("Deep Harbour", "originalNetwork", "Netflix") in f
    assert {
        ("Deep Harbour", "productionCompany", "Lupo Produzioni"),
        ("Salt Road", "productionCompany", "Lupo Produzioni"),
    } <= f
    g = facts(
        "Deep Harbour is an Italian crime drama. Deep Harbour follows two brothers, Marco Berti (Luca "
        "Ferri) and Paolo Berti (Dario Conti), who inherit a ferry line. Marco wants to sell it."
    )
    assert {("Marco Berti", "siblingOf", "Paolo Berti"), ("Paolo Berti", "siblingOf", "Marco Berti")} & g
    assert ("Marco Berti", "appearsIn", "Deep Harbour") in f
    assert not {x for x in f if "Porto Profondo" in (x[0], x[2])}
    assert {("Luca Ferri", "plays", "Pietro"), ("Carlo del Monte", "directed", "The Quiet Summer")} <= f


def test_an_archive_entry_with_a_cast_block_and_a_dated_episode_list():
    f = facts(
        "Screen Archive: Television\n\nLow Tide (1987)\n\nMain credits\n"
        "Production Company: BBC Television, in association with Harbour Films\n"
        "Director: Ann Hale\nWriter: Tom Reid\nPhotography: Ray Dunn\nMusic: Sam Cole, Eve Marsh\n\n"
        "Cast\nBen Holt (Frank Lowe)\nAmy Stone (Jess Lowe)\n\nChannel: BBC2\nFirst transmitted: 6/10/1987\n"
        "Episodes: 3 x 50 mins\n\nReview\nLow Tide follows Frank Lowe, a retired pilot, and his daughter Jess. "
        "Lowe is never far from the sea, and Holt plays him with great restraint; Jess calls him Frank.\n\n"
        "Episodes\n1. Ebb (6/10/1987)\n2. Slack Water (13/10/1987)\n3. Flood (20/10/1987)\n"
    )
    assert {("Ben Holt", "plays", "Frank Lowe"), ("Amy Stone", "plays", "Jess Lowe")} <= f
    assert {
        ("Low Tide", "productionCompany", "BBC Television"),
        ("Low Tide", "productionCompany", "Harbour Films"),
    } <= f
    assert {("Low Tide", "cinematographer", "Ray Dunn"), ("Low Tide", "originalNetwork", "BBC2")} <= f
    assert {("Low Tide", "numberOfEpisodes", "3"), ("Low Tide", "premiereDate", "1987-10-06")} <= f
    assert {
        ("Low Tide episode 2", "premiereDate", "1987-10-13"),
        ("Ann Hale", "directed", "Low Tide episode 3"),
    } <= f


def test_a_forum_thread_about_one_episode():
    f = facts(
        "r/HarbourAndHill\nPosted by u/somebody · 2 yr. ago\n\n"
        '[REWATCH] S01E01 "Pilot" – Discussion Thread\n\nEpisode details\n'
        'Series 1, Episode 1 – "Pilot"\nWritten by: Ann Lee & Bo Park\nDirected by: Cy Dunn\n'
        "First aired: 3 May 2001 on ABC\n\n"
        "Recap: Jo Hill (Ann Lee) runs a pub in the town of Bayside. Her daughter, Kate Hill (Bo Park), has left "
        "her husband, Dan Hill (Ed Moss).\n\nu/fan · 40 points\nBo Park and Ann Lee created Harbour and Hill together."
    )
    assert {
        ("Harbour and Hill episode 1", "writer", "Ann Lee"),
        ("Cy Dunn", "directed", "Harbour and Hill episode 1"),
    } <= f
    assert {
        ("Harbour and Hill episode 1", "premiereDate", "2001-05-03"),
        ("Harbour and Hill", "originalNetwork", "ABC"),
    } <= f
    assert ("Kate Hill", "appearsIn", "Harbour and Hill") in f


def test_a_review_of_a_serial_and_its_writers_other_work():
    f = facts(
        "Low Tide is a BBC drama serial starring Ben Holt.\n\n"
        "Tom Reid, who had created the BBC's Night Beat and written The Long Road (1971), Paul Dane's caper "
        "with Roy Kerr as Charlie Moss, had long wanted to write about the sea. Ben Holt brings a dry wit to "
        "Frank; a decade later he would play the CIA man Jack Ward in Dane's Blue Harvest.\n\n"
        "The serial moves from Yorkshire to Bristol and the Scottish Highlands. Location work was done in "
        "Leeds and in Hull."
    )
    assert {("Night Beat", "creator", "Tom Reid"), ("The Long Road", "writer", "Tom Reid")} <= f
    assert {("Paul Dane", "directed", "The Long Road"), ("Charlie Moss", "appearsIn", "The Long Road")} <= f
    assert {("Ben Holt", "plays", "Jack Ward"), ("Jack Ward", "appearsIn", "Blue Harvest")} <= f
    assert ("Paul Dane", "directed", "Blue Harvest") in f
    assert ("Low Tide", "setting", "Bristol") in f and ("Low Tide", "setting", "Yorkshire") not in f
    assert {("Low Tide", "filmingLocation", "Leeds"), ("Low Tide", "filmingLocation", "Hull")} <= f


def test_an_oral_history_with_speaker_labels():
    f = facts(
        '"It felt like grown-up telly": an oral history of Night Desk, 25 years on\n\n'
        "By Ann Reed | 2 March 2015\n\n"
        'Night Desk began on ITV on 4 March 1990 with an episode called "Deadline". It was made by Harbour '
        "Television.\n\n"
        "TOM BAKER-HALL (creator and writer): My brother and I had the idea together.\n\n"
        "JANE KEMP (Lucy Shaw): Lucy was the editor, and she was brilliant.\n\n"
        "RAY DOLAN (director): Ben Ash directed the first two episodes, and then I took over.\n\n"
        'BAKER-HALL: The 30th and final episode, "Last Edition", was directed by Sam Orr and aired on 9 June '
        "1994. Baker-Hall went on to create Split Ends for BBC Two, produced by his wife, Ada Vine.\n\n"
        "KEMP: Everyone still asks about Lucy."
    )
    assert {("Jane Kemp", "plays", "Lucy Shaw"), ("Lucy Shaw", "appearsIn", "Night Desk")} <= f
    assert {
        ("Night Desk", "premiereDate", "1990-03-04"),
        ("Night Desk episode 1", "premiereDate", "1990-03-04"),
    } <= f
    assert {
        ("Ben Ash", "directed", "Night Desk episode 1"),
        ("Ben Ash", "directed", "Night Desk episode 2"),
    } <= f
    assert {
        ("Sam Orr", "directed", "Night Desk episode 30"),
        ("Night Desk episode 30", "premiereDate", "1994-06-09"),
    } <= f
    assert not {x for x in f if x[1] == "spouseOf"}


def test_a_podcast_guides_coded_entries():
    f = facts(
        "SPIN CYCLE: A Laundromat Rewatch Podcast\n\n"
        "About the show\nLaundromat is an American animated sitcom created by Ann Lee for MTV. It ran for two "
        "seasons of 10 episodes each.\n\n"
        'SC 001 – "Rinse" (Laundromat S1E1)\nAired: March 3, 1997 | Written by Ann Lee | Directed by Cy Dunn\n'
        "The one that started it all.\n\n"
        'SC 011 – "Spin" (Laundromat S2E1)\nAired: February 16, 1998 | Written by Bo Park | Directed by Cy Dunn\n'
        "Season two kicks off."
    )
    assert {
        ("Cy Dunn", "directed", "Laundromat episode 1"),
        ("Laundromat episode 1", "writer", "Ann Lee"),
    } <= f
    assert {
        ("Laundromat episode 11", "premiereDate", "1998-02-16"),
        ("Cy Dunn", "directed", "Laundromat episode 11"),
    } <= f


def test_a_review_headline_title_ending_in_a_number():
    f = facts(
        "TELEVISION\n\nBerlin 89 review – a cold war thriller with a killer soundtrack\n\n"
        "By Ann Reed\n\nIn East Berlin, Max Vogel (Jonas Brand), a border guard, is sent west. Berlin 89 is tense. The series was "
        "made by UFA Fiction."
    )
    assert {("Max Vogel", "appearsIn", "Berlin 89"), ("Berlin 89", "productionCompany", "UFA Fiction")} <= f


def test_premiered_with_a_whole_first_season_and_co_producers():
    f = facts(
        "Guild Hall is an American television sitcom created by Rob Lane for Apple TV+.\n\n"
        "Guild Hall, the Apple TV+ workplace comedy, premiered on February 7, 2020, with all nine episodes of "
        "its first season. It's produced by Lionsgate Television and RCG Productions, and Ubisoft Film & "
        "Television co-produces."
    )
    assert {
        ("Guild Hall season 1", "numberOfEpisodes", "9"),
        ("Guild Hall season 1", "premiereDate", "2020-02-07"),
    } <= f
    assert ("Guild Hall episode 9", "premiereDate", "2020-02-07") in f
    assert {
        ("Guild Hall", "productionCompany", "Lionsgate Television"),
        ("Guild Hall", "productionCompany", "Ubisoft Film & Television"),
    } <= f


def test_a_role_played_by_a_newcomer():
    f = facts(
        "Harbour Street is a New Zealand soap opera. Dr Ana Kerr (Jo Hill) is rattled when the new "
        "registrar, Finn Moss, played by newcomer Kieran Lowe, knows too much about her."
    )
    assert ("Kieran Lowe", "plays", "Finn Moss") in f


def test_a_year_for_a_title_owned_by_its_maker():
    f = facts(
        "Ole Brandt's 1864, the eight-part drama about the war, premiered on DR1 on 12 October 2014. "
        "Ole was the showrunner, and he directed all eight episodes himself. "
        "Jens Lund plays Laust Jensen."
    )
    assert {("1864", "premiereDate", "2014-10-12"), ("Laust Jensen", "appearsIn", "1864")} <= f
    assert not {x for x in f if "Brandt's" in x[0] or "Brandt's" in x[2]}


def test_company_names_with_the_and_inc_and_executive_producers_who_are_not_companies():
    f = facts(
        "Harbour Watch is a Canadian drama series. It is produced by Take the Shot Productions Inc. in "
        "association with Bay Pictures, and its executive producers include Ann Fort, Ben Mill and Carl Friend."
    )
    assert {
        ("Harbour Watch", "productionCompany", "Take the Shot Productions Inc."),
        ("Harbour Watch", "productionCompany", "Bay Pictures"),
        ("Harbour Watch", "executiveProducer", "Carl Friend"),
    } <= f
    assert not {
        x for x in f if x[1] == "productionCompany" and x[2] in ("Ann Fort", "Ben Mill", "Carl Friend")
    }


def test_a_roles_next_actor_and_a_screen_credit_that_is_no_role():
    f = facts(
        "Nine Lives is an American sitcom. In the pilot, Nora Hale was played by Kim Beck; Dana Kay took "
        "over the role for the series. Tim Hale was likewise played by Chris Eng in the pilot before Will "
        "Ames was cast. Connie Ness, who plays Beth Hale, was credited as Connie Newt in the first season."
    )
    assert {
        ("Kim Beck", "plays", "Nora Hale"),
        ("Dana Kay", "plays", "Nora Hale"),
        ("Chris Eng", "plays", "Tim Hale"),
        ("Will Ames", "plays", "Tim Hale"),
        ("Connie Ness", "plays", "Beth Hale"),
    } <= f
    assert ("Connie Ness", "plays", "Connie Newt") not in f


def test_co_showrunners_in_a_works_appositive_and_a_title_with_md():
    f = facts(
        "Lisa Dane has been cast as Siaja in North Bay, the CBC comedy from co-creators Ann Kay and Bea "
        "Lord, who also serve as co-showrunners. Jim Roe played Dr. Steven Kiley on ABC's Marcus Welby, M.D."
    )
    assert {("North Bay", "showrunner", "Ann Kay"), ("North Bay", "showrunner", "Bea Lord")} <= f
    assert not {x for x in f if x[1] == "showrunner" and x[2] in ("North Bay", "North")}
    assert ("Steven Kiley", "appearsIn", "Marcus Welby, M.D.") in f


def test_a_named_role_played_in_a_title_of_several_words_is_in_that_work():
    f = facts(
        "Harbour Street is a New Zealand soap opera. Ana Kerr plays Dr Jo Hill.\n\n"
        "Cast news: Ben Mitch played the rugby player Nick Camp in Go Girls before returning to Harbour "
        "Street. Jen Lud played the judge Gloria Horne in The Brokenwood Mysteries."
    )
    assert {
        ("Nick Camp", "appearsIn", "Go Girls"),
        ("Gloria Horne", "appearsIn", "The Brokenwood Mysteries"),
    } <= f
