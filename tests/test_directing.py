"""Who directed what: episode lists, whole seasons, tables, and a director's films.

Sentences written for the tests, in the shapes the held-out articles showed; each test also
checks what must *not* be read from a look-alike sentence.
"""

from __future__ import annotations

from helpers import facts

LEAD = "Nightwatch is an American television series created by Ana Ruiz for Netflix. "


def directed(f: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in f if r == "directed"}


def test_ordinal_lists_with_and_without_the_noun():
    f = facts(
        LEAD + "Greg Hale directed the second, third and tenth episodes, Clara Kim directed the fourth, "
        "fifth and ninth, and Gita Rao directed the eighth."
    )
    assert directed(f) == {
        ("Greg Hale", "Nightwatch episode 2"),
        ("Greg Hale", "Nightwatch episode 3"),
        ("Greg Hale", "Nightwatch episode 10"),
        ("Clara Kim", "Nightwatch episode 4"),
        ("Clara Kim", "Nightwatch episode 5"),
        ("Clara Kim", "Nightwatch episode 9"),
        ("Gita Rao", "Nightwatch episode 8"),
    }


def test_respectively_pairs_directors_with_episodes_in_order():
    f = facts(
        LEAD + "Anna Park, Steph Green, David Sem and Frank Toye directed the fourth, fifth, seventh "
        "and ninth episodes, respectively."
    )
    assert directed(f) == {
        ("Anna Park", "Nightwatch episode 4"),
        ("Steph Green", "Nightwatch episode 5"),
        ("David Sem", "Nightwatch episode 7"),
        ("Frank Toye", "Nightwatch episode 9"),
    }
    # as many names as episodes, or nothing
    g = facts(LEAD + "Anna Park and Frank Toye directed the fourth, fifth and ninth episodes, respectively.")
    assert not directed(g)


def test_all_episodes_of_a_season_with_adjectives_and_the_new_season():
    f = facts(
        "'Nightwatch' Season 2 Sets Its Director\n\n"
        "Netflix said Monday that Andrea Moss will direct all three episodes of the new season, taking over "
        "from Jean Vale, who directed all four episodes of the Emmy-winning first season."
    )
    assert directed(f) == {("Andrea Moss", f"Nightwatch episode {n}") for n in (5, 6, 7)} | {
        ("Jean Vale", f"Nightwatch episode {n}") for n in (1, 2, 3, 4)
    }


def test_chose_to_direct_a_season_named_before():
    f = facts(
        LEAD + "The two-episode first season had several directors. "
        "For the second season Ruiz chose to direct all three episodes herself."
    )
    assert {("Ana Ruiz", f"Nightwatch episode {n}") for n in (3, 4, 5)} <= directed(f)


def test_pronoun_after_a_leading_phrase_and_a_comma_list_of_episodes():
    f = facts(
        LEAD + "The first season ran eight episodes. Tom Vale directed the pilot. "
        'In the second season he directed the premiere, the seventh episode, "Lonely Souls", and more.'
    )
    assert {("Tom Vale", "Nightwatch episode 9"), ("Tom Vale", "Nightwatch episode 15")} <= directed(f)


def test_an_episode_table_with_pipes_and_two_number_columns():
    f = facts(
        "Nightwatch (season 2)\n\n"
        "The second season of the American television series Nightwatch premiered on Netflix. "
        "The first season consisted of ten episodes.\n\n"
        "No. overall | No. in season | Title | Directed by | Written by | Original air date\n"
        '11 | 1 | "Waiting" | Mia Uppen | Noah Hall | October 12, 2015\n'
        '12 | 2 | "Did You Do This? No, You Did It!" | Keith Gold | Noah Hall & Steve Black | October 19, 2015\n'
    )
    assert directed(f) == {("Mia Uppen", "Nightwatch episode 11"), ("Keith Gold", "Nightwatch episode 12")}
    assert ("Nightwatch episode 12", "writer", "Steve Black") in f


def test_a_season_table_without_an_overall_column_counts_from_the_season_start():
    f = facts(
        "Nightwatch (season 2)\n\n"
        "The second season of the American television series Nightwatch premiered on Netflix. "
        "The first season consisted of ten episodes.\n\n"
        "No.\tTitle\tDirected by\tWritten by\n"
        '1\t"Waiting"\tMia Uppen\tNoah Hall\n'
    )
    assert directed(f) == {("Mia Uppen", "Nightwatch episode 11")}


def test_a_directors_films_in_lists_possessives_and_credits():
    f = facts(
        LEAD + "Tom Vale, whose feature credits include Compliance and The Hunt, will direct the first "
        "episode. Vale also directed Lost Highway, The Straight Story and Inland Empire. "
        "Mia Uppen made her name as Thomasin in Robert Eggers's The Witch. "
        "Her first role was in Edward Zwick's Civil War drama Glory (1989)."
    )
    for film in ("Compliance", "The Hunt", "Lost Highway", "The Straight Story", "Inland Empire"):
        assert ("Tom Vale", film) in directed(f)
    assert ("Robert Eggers", "The Witch") in directed(f)
    assert ("Edward Zwick", "Glory") in directed(f)
    assert not {x for x in f if x[1] == "plays" and x[0] in ("Robert Eggers", "Edward Zwick")}


def test_look_alikes_are_not_directing_credits():
    f = facts(
        LEAD + "The actress, whose credits include Tenet and The Night Manager, joins the cast. "
        "Dana Fox, whose television credits include The Wire, will direct the second episode. "
        "Alexander Holt's Perry Wright is the season's villain. "
        "Ruiz directed Holt."
    )
    films = {o for _, o in directed(f)}
    assert not films & {"Tenet", "The Night Manager", "The Wire", "Perry Wright", "Holt"}


def test_gapped_directors_count_in_the_season_of_the_first_clause():
    f = facts(
        "Harbour is an American television series. The first season ran for ten episodes.\n\n"
        "Jeremy Shaw directed the fourth and the last, Helen Vance the fifth and sixth, "
        "and Lucy Tam the seventh, eighth and ninth."
    )
    assert directed(f) >= {
        ("Helen Vance", "Harbour episode 5"),
        ("Helen Vance", "Harbour episode 6"),
        ("Lucy Tam", "Harbour episode 7"),
        ("Lucy Tam", "Harbour episode 9"),
    }
    # without a directing clause before it, "Name the fifth" is not a credit
    assert not directed(facts("Harbour is an American television series. Helen Vance the fifth and sixth."))


def test_the_rest_of_a_season_goes_to_the_other_director():
    f = facts(
        "Harbour is an American television series. The series ran for two seasons of six episodes each.\n\n"
        "For the second season Ana Ruiz directed the opening two episodes, with Neasa Hart handling the rest."
    )
    assert directed(f) == {
        ("Ana Ruiz", "Harbour episode 7"),
        ("Ana Ruiz", "Harbour episode 8"),
        ("Neasa Hart", "Harbour episode 9"),
        ("Neasa Hart", "Harbour episode 10"),
        ("Neasa Hart", "Harbour episode 11"),
        ("Neasa Hart", "Harbour episode 12"),
    }
    # "the remaining four" must match what is left of the season
    g = facts(
        "Harbour is an American television series. The series ran for two seasons of six episodes each.\n\n"
        "Ana Ruiz directed the first two episodes of the second season and Neasa Hart the remaining five."
    )
    assert not {d for d in directed(g) if d[0] == "Neasa Hart"}


def test_british_series_count_as_seasons():
    f = facts(
        "Moorside is a British crime drama television series. It ran for two series of six episodes each.\n\n"
        "Euan Lyle directed the first three episodes of the first series. "
        "In the second series Tim Fell directed the fourth episode."
    )
    assert ("Tim Fell", "Moorside episode 10") in directed(f)
    assert ("Euan Lyle", "Moorside episode 3") in directed(f)


def test_anthology_seasons_by_title():
    f = facts(
        "Killers is an American anthology television series. The first season, Killers: The Dahmer Story, "
        "premiered in 2022 and ran for ten episodes. The second, Killers: The Menendez Story, followed in 2024.\n\n"
        "For the Menendez season, Carl Frank directed the fifth episode. "
        "Max Wink directed all eight episodes of the Gein season."
    )
    assert directed(f) == {("Carl Frank", "Killers episode 15")}  # the Gein season is never numbered


def test_a_possessive_descriptor_before_the_director():
    f = facts(LEAD + "The seventh episode was directed by Ruiz's longtime collaborator Nina Lopez.")
    assert directed(f) == {("Nina Lopez", "Nightwatch episode 7")}


def test_every_episode_of_a_season_and_the_whole_of_one():
    f = facts(
        "Harbour is an American television series. The first season has six episodes. "
        "The second season has eight episodes.\n\n"
        "Ana Ruiz directed every episode of the first season, and Tim Fell directed the whole of the second."
    )
    assert {d for d in directed(f) if d[0] == "Ana Ruiz"} == {
        ("Ana Ruiz", f"Harbour episode {n}") for n in range(1, 7)
    }
    assert {d for d in directed(f) if d[0] == "Tim Fell"} == {
        ("Tim Fell", f"Harbour episode {n}") for n in range(7, 15)
    }
    # a season whose length is never stated gives no episodes
    g = facts(LEAD + "Ana Ruiz directed every episode of the third season.")
    assert not directed(g)


def test_relative_clauses_pronouns_and_the_last_three_without_the_noun():
    f = facts(
        LEAD + "The first season has ten episodes.\n\n"
        "The season will be directed by Otto Bell, who takes episodes six and seven, and Hugo Vance, "
        "who will direct the final three. Ruiz wrote the pilot, and she directed the first two episodes herself. "
        "Lena Ortiz, who directed the fourth episode, will also direct the fifth."
    )
    assert directed(f) >= {
        ("Otto Bell", "Nightwatch episode 6"),
        ("Otto Bell", "Nightwatch episode 7"),
        ("Hugo Vance", "Nightwatch episode 8"),
        ("Hugo Vance", "Nightwatch episode 10"),
        ("Ana Ruiz", "Nightwatch episode 1"),
        ("Ana Ruiz", "Nightwatch episode 2"),
        ("Lena Ortiz", "Nightwatch episode 5"),
    }
    # a film named in an apposition is not the director: "the director of ..., who directed the pilot"
    g = facts(
        LEAD
        + "It began with Niels Oplev, the director of the film The Girl with the Dragon Tattoo, who directed the pilot."
    )
    assert ("Niels Oplev", "Nightwatch episode 1") in directed(g)
    assert not {d for d in directed(g) if "Tattoo" in d[0]}


def test_a_directors_film_in_a_roles_tail():
    f = facts(
        "Lanterns is a French mystery series.\n\nTom Reyes is best known for playing Driss Bassari in "
        "Olivier Nakache and Eric Toledano's The Intouchables."
    )
    assert ("Olivier Nakache", "directed", "The Intouchables") in f
    assert ("Eric Toledano", "directed", "The Intouchables") in f
    assert ("Driss Bassari", "appearsIn", "The Intouchables") in f


def test_films_named_by_their_director_in_clauses_and_appositions():
    f = facts(
        LEAD + "Mohamed Dar, known for his film Clash (2016), directs the pilot. "
        "Justin Bell and Aaron Moore, the directors of the independent films The Endless and Synchronic, "
        "direct the rest. The pilot was shot by the filmmaker Juan Campos, whose film The Secret in Their "
        "Eyes won an Oscar. Ann Lowe, who won an Oscar for scoring David Fincher's The Social Network, "
        "wrote the music. It is spun off from Matt Reeves's 2022 film The Batman. "
        "Hanks met Spielberg on Saving Private Ryan (1998), which Spielberg directed. "
        "In Ordinary People, Robert Redford's directorial debut, he played a father. "
        "Jeremy Lovell is new. Lovell wrote and directed the horror film In Fear, which premiered at Sundance."
    )
    assert directed(f) >= {
        ("Mohamed Dar", "Clash"),
        ("Justin Bell", "The Endless"),
        ("Aaron Moore", "Synchronic"),
        ("Juan Campos", "The Secret in Their Eyes"),
        ("David Fincher", "The Social Network"),
        ("Matt Reeves", "The Batman"),
        ("Spielberg", "Saving Private Ryan"),
        ("Robert Redford", "Ordinary People"),
        ("Jeremy Lovell", "In Fear"),
    }
    # a country after the title is not part of it; an actor's co-star is not a director
    g = facts(
        LEAD + "Mohamed Dar, known for his film Clash in Egypt, directs the pilot. "
        "He starred opposite Claire Foy's Elizabeth and Matt Smith's Philip."
    )
    assert ("Mohamed Dar", "Clash") in directed(g)
    assert not {d for d in directed(g) if d[0] == "Matt Smith"}


def test_every_one_of_its_episodes_and_season_lengths_in_a_relative_clause():
    f = facts(
        "Lowlight is a German thriller series.\n\nKarl Brandt has directed every one of its 26 episodes.",
        "Fogbound is a British crime drama series. Its third series premieres in January.\n\n"
        "Like the first two series, each of which ran to three feature-length episodes, the new run has three. "
        "Jo Lane will direct the opening episode of the third series.",
    )
    assert {e for p, e in directed(f) if p == "Karl Brandt"} == {
        f"Lowlight episode {n}" for n in range(1, 27)
    }
    assert ("Jo Lane", "Fogbound episode 7") in directed(f)


def test_season_lengths_after_a_dated_clause_or_for_each_season_and_a_pipe_table():
    f = facts(
        "'Nightwatch' Season 2 Sets Directors\n\n"
        "Netflix has set the directors of the second season of Nightwatch, Ana Ruiz's mystery series. "
        "The first season, which premiered on January 26, 2023, ran ten episodes. "
        "Iain Moore, who directed three episodes of the first season, returns for the fifth and sixth.",
        "Harbor Lights is an American western television series created by Tom Hale for HBO. "
        "Each season consisted of twelve episodes, and Mark Tinkle directed the second-season premiere.",
        "Seinfield (season 2)\n\nThe second season of the sitcom Seinfield aired on NBC in 1991; its "
        "five-episode first season aired in 1990. Tom Cheron, a veteran of multi-camera comedy, directed "
        "the season.\n\nEpisodes\n\nNo. overall | No. in season | Title | Directed by | Written by | "
        'Original air date\n6 | 1 | "The Ex" | Tom Cheron | Larry Dade | January 23, 1991\n'
        '7 | 2 | "The Pony" | Tom Cheron | Larry Dade | January 30, 1991\n',
    )
    assert directed(f) >= {
        ("Iain Moore", "Nightwatch episode 15"),
        ("Iain Moore", "Nightwatch episode 16"),
        ("Mark Tinkle", "Harbor Lights episode 13"),
        ("Tom Cheron", "Seinfield episode 6"),
        ("Tom Cheron", "Seinfield episode 7"),
    }
    assert not any(o in ("Nightwatch episode 5", "Nightwatch episode 6") for _, o in directed(f))
    assert not any(s == "Tom Cheron" for s, r, _ in f if r not in ("directed", "writer"))


def test_films_named_with_their_directors_in_profiles():
    f = facts(
        "Michael Garron, Star of 'The Detective', Dies at 82\n\n"
        "Michael Garron, the Irish-born actor, has died. He was 82.\n\n"
        "He played Philip Marl in The Singing Sleuth, the BBC serial written by Dennis Pott and directed by "
        "Jon Amell. He played the clockmaker John Harris in Longitudes (2000), written and directed by "
        "Charles Sturr. In Tom Hopper's The Queen's Speech he played Lionel Logue. In Ron Howe's Apollo 13 "
        "he played the astronaut Fred Hays. He took over in Alfonso Cuaron's Harry Potter and the Prisoner "
        "of Azkaban (2004). He worked most memorably in Christopher Gest's mockumentary Best in Show. "
        "Her credits include Christopher Nolen's Tenet and the BBC One and AMC miniseries The Night Porter.",
    )
    assert directed(f) >= {
        ("Jon Amell", "The Singing Sleuth"),
        ("Charles Sturr", "Longitudes"),
        ("Tom Hopper", "The Queen's Speech"),
        ("Ron Howe", "Apollo 13"),
        ("Alfonso Cuaron", "Harry Potter and the Prisoner of Azkaban"),
        ("Christopher Gest", "Best in Show"),
        ("Christopher Nolen", "Tenet"),
    }
    assert not any(o in ("Apollo", "Harry Potter") or o.startswith("Tenet and") for _, o in directed(f))


def test_gapped_directors_after_and_and_in_a_passive():
    f = facts(
        LEAD + "The first season has ten episodes. Tom Vince directed the first four episodes. "
        "Paul McGan directed the fifth, Dave Nutt the sixth and Dave Leland the seventh. The eighth "
        "episode was directed by Greg Arak and the ninth and tenth by Jen Lynn and Paris Barc, respectively.",
        "Harbor Lights is a British drama series. The first series has six episodes. Tom Vince directed "
        "the first four episodes and John Strick the last two.",
    )
    assert directed(f) >= {
        ("John Strick", "Harbor Lights episode 5"),
        ("John Strick", "Harbor Lights episode 6"),
        ("Dave Nutt", "Nightwatch episode 6"),
        ("Dave Leland", "Nightwatch episode 7"),
        ("Jen Lynn", "Nightwatch episode 9"),
        ("Paris Barc", "Nightwatch episode 10"),
    }
    assert ("Jen Lynn", "Nightwatch episode 10") not in directed(f)


def test_a_finale_credited_after_the_first_directors_name_is_not_his():
    f = facts(
        "Titan Fall is a Japanese anime television series. It ran for 89 episodes. The first episode, "
        '"To You, in 2000 Years: The Fall of the Wall, Part 1", was directed by Tetsuro Araki, and the series '
        'finale, "The Final Chapters Special 2", by Yuichiro Hayashi.'
    )
    assert ("Tetsuro Araki", "directed", "Titan Fall episode 1") in f
    assert ("Yuichiro Hayashi", "directed", "Titan Fall episode 89") in f
    assert ("Tetsuro Araki", "directed", "Titan Fall episode 89") not in f


def test_a_roundup_in_sections_reads_each_section_as_about_its_heading():
    f = facts(
        "Global Screen Awards 2024: 'Vintage' Wins Best Drama\n\n"
        "The ceremony honored programs from 21 countries.\n\n"
        "Vintage (France/Japan) — Drama Series\n"
        "Created by Lea Marchal, who wrote all six episodes, and directed by Oded Ruskin, Vintage is loosely "
        "based on the Japanese manga Kami no Shizuku. Fleur Geffrier plays Camille Leger, a wine critic's "
        "daughter. The six-episode series premiered on Apple TV+ in April 2023.\n\n"
        "Harbour Watch (United Kingdom) — Actor\n"
        "Written by Sarah Phelps and directed by Saul Dibb, the four-part true-crime drama tells how the churchwarden Ben Field "
        "(Eanna Hardwicke) deceived a village. Produced by Wild Mercury Productions, it premiered on BBC One "
        "on 3 July 2023.\n"
    )
    assert ("Vintage", "creator", "Lea Marchal") in f
    assert ("Camille Leger", "appearsIn", "Vintage") in f
    assert ("Ben Field", "appearsIn", "Harbour Watch") in f
    assert ("Ben Field", "appearsIn", "Vintage") not in f
    assert ("Harbour Watch", "writer", "Sarah Phelps") in f
    assert ("Vintage", "premiereDate", "2023-04") in f
    assert ("Harbour Watch", "premiereDate", "2023-07-03") in f
    assert ("Harbour Watch", "numberOfEpisodes", "4") in f
    assert {("Saul Dibb", "directed", f"Harbour Watch episode {n}") for n in range(1, 5)} <= f
    assert {("Oded Ruskin", "directed", f"Vintage episode {n}") for n in range(1, 7)} <= f
    # a heading line states nothing: no "France/Japan" role, no "United Kingdom" actor
    assert not {x for x in f if x[1] == "plays" and ("United Kingdom" in x or "France/Japan" in x)}


def test_part_of_an_article_is_not_a_section_about_a_work():
    f = facts(
        "Harbour Watch is a British drama series created by Sarah Phelps.\n\n"
        "Cast\n"
        "Eanna Hardwicke plays Ben Field.\n\n"
        "Production\n"
        "Saul Dibb directed the series.\n"
    )
    assert ("Ben Field", "appearsIn", "Harbour Watch") in f


def test_all_the_episodes_of_the_season_the_sentence_before_names():
    f = facts(
        "Good Signs series two review\n\n"
        "When Good Signs arrived in 2019, it had a source. The first series, six episodes adapted from a "
        "novel, was a romp. Gaiman wrote all six episodes himself, and Douglas Mackinnon directed every one "
        "of them. For series two, Gaiman has no novel to lean on. Mackinnon is back to direct all six new "
        "episodes, which land on Prime Video today."
    )
    assert ("Good Signs episode 1", "writer", "Gaiman") in f
    assert ("Douglas Mackinnon", "directed", "Good Signs episode 1") in f
    assert ("Douglas Mackinnon", "directed", "Good Signs episode 12") in f
    assert not {x for x in f if x[0] == "Good Signs episode 7" and x[1] == "writer"}


def test_a_pilot_or_a_series_which_someone_directed():
    f = facts(
        "Far North is an American comedy-drama series created by Joshua Brand and John Falsey. Brand "
        "and Falsey had previously created the NBC hospital drama Ward Nine. They wrote the pilot of "
        "Far North, which Brand directed, and CBS ordered the series."
    )
    assert ("Joshua Brand", "directed", "Far North episode 1") in f
    assert {("Far North episode 1", "writer", p) for p in ("Joshua Brand", "John Falsey")} <= f
    # "They" are the two people who open the sentence before, not the drama it names
    assert not {x for x in f if x[1] == "writer" and x[2] == "Ward Nine"}
    g = facts(
        "Steven Hale is an American filmmaker. Ed Solomon also wrote Full Turn, a six-episode crime "
        "drama for Max, produced by Hale's company Extension 765, which Hale directed in its entirety."
    )
    assert {("Steven Hale", "directed", f"Full Turn episode {n}") for n in range(1, 7)} <= g
    # the count said in passing: "who wrote all eight episodes"
    h = facts(
        "Created by Quoc Dang Tran, who wrote all eight episodes, and directed by Oded Ruskin, Vintage "
        "is loosely based on a Japanese manga. Vintage premiered on Apple TV+ in April 2023."
    )
    assert {("Oded Ruskin", "directed", f"Vintage episode {n}") for n in range(1, 9)} <= h
    assert ("Oded Ruskin", "directed", "Vintage") not in h
    # "a drama, which X directed": no series to give it to
    k = facts("Maya Lind is a British director. She joined a drama, which Ben Cole directed, in 2019.")
    assert not directed(k)


def test_films_named_with_their_director_in_a_career():
    f = facts(
        "Paul Ruben was an American actor. A sequel, Big Top Circus, directed by Randal Kleiser, followed "
        "in 1988. He later voiced Lock in The Nightmare Before Christmas, directed by Henry Selick, and "
        "Jokey Smurf in Raja Gosnell's The Smurfs. Jennifer Yuh Nelson, who directed Kung Fu Panda 2, "
        "cast him in 2011."
    )
    assert {
        ("Randal Kleiser", "Big Top Circus"),
        ("Henry Selick", "The Nightmare Before Christmas"),
        ("Raja Gosnell", "The Smurfs"),
        ("Jennifer Yuh Nelson", "Kung Fu Panda 2"),
    } <= directed(f)
    g = facts(
        "Marcia Wall was an American actress. She was cast as Edna Krabappel in a cartoon directed by "
        'David Silverman. She reprised it in "The Simpsons Movie" (2007), directed by Mr. Silverman.'
    )
    assert ("David Silverman", "The Simpsons Movie") in directed(g)
    h = facts(
        "Steven Hale is an American filmmaker. For HBO he directed Mosaic, a murder mystery set in the "
        "ski town of Summit."
    )
    assert ("Steven Hale", "Mosaic") in directed(h)
    # "in <place>, directed by" and "in Season Two, directed by" name no film
    k = facts(
        "Nightwatch is an American television series. The episode was shot in London, directed by Ana "
        "Ruiz. She also appeared in Season Two, directed by Greg Hale."
    )
    assert not {o for _, o in directed(k) if o in ("London", "Season Two")}


def test_an_episode_of_a_quoted_series():
    f = facts(
        'Marcia Wall was an American actress. In 1990 she was cast as Edna Krabappel in "Bart the '
        'Genius," the second episode of the first season of "The Simpsons," which was written by Jon '
        "Vitti and directed by David Silverman."
    )
    assert ("David Silverman", "directed", "The Simpsons episode 2") in f
    assert ("The Simpsons episode 2", "writer", "Jon Vitti") in f


def test_a_roundup_paragraph_that_opens_with_a_series_is_about_it():
    f = facts(
        "The Critics Choice Association announced its nominees on Thursday.\n\n"
        "The Fall of the House of Hale, created by Flanagan, premiered on Netflix on October 12, 2023. "
        "Mike Flanagan directed the first, second, seventh and eighth episodes. Henry Thomas plays "
        "Roderick's eldest son, Frederick Hale.\n\n"
        "Ridge Line, created by Ana Ruiz, premiered on HBO on May 3, 2023. Ruiz directed every episode.\n\n"
        "Kate Siegel was nominated for her work. She directed the first episode.\n"
    )
    assert ("Mike Flanagan", "directed", "The Fall of the House of Hale episode 7") in f
    assert ("Frederick Hale", "appearsIn", "The Fall of the House of Hale") in f
    # a paragraph opened by a person is about no series
    assert not {x for x in f if x[0] == "Kate Siegel" and x[1] == "directed"}


def test_a_press_release_about_a_new_season_counts_its_premiere_there():
    f = facts(
        "HBO PRESS RELEASE\n\n"
        "SOMEWHERE ELSE RETURNS FOR ITS SECOND SEASON SUNDAY, APRIL 23\n\n"
        "NEW YORK — The HBO comedy series Somewhere Else returns for a seven-episode second season on "
        "April 23. The first season, also seven episodes, debuted in January 2022.\n\n"
        "The late Mike Hagerty, who played Ed Miller in the first season, is honored in the season's "
        "opening episode.\n\n"
        'Jay Duplass directs the season premiere, "BM," written by Bos and Thureen.'
    )
    assert ("Jay Duplass", "directed", "Somewhere Else episode 8") in f
    assert ("Jay Duplass", "directed", "Somewhere Else episode 1") not in f


def test_episodes_of_a_revival_count_in_the_revival():
    billed = facts(
        "Mad About Them is an American sitcom that ran on NBC. Hunt will direct the first two episodes of "
        "the revival, which is being billed as the show's eighth season."
    )
    # the eighth season's episodes cannot be numbered without the earlier seasons' lengths
    assert not {x for x in billed if x[1] == "directed" and x[2].startswith("Mad About Them episode")}
    fresh = facts(
        "Crane is an American sitcom. James Burrows will direct the first two episodes of the revival, "
        "which will be taped in Los Angeles."
    )
    assert ("James Burrows", "directed", "Crane episode 2") in fresh


def test_directors_with_their_episodes_in_brackets_count_in_the_season_in_view():
    f = facts(
        "Harbour Season 2 Is Coming\n\n"
        "Harbour is an American drama series. Season 1, which arrived in 2021, also ran 10 episodes. "
        "Season 2 premieres in January.\n\n"
        "The season is directed by Ana Ruiz (episodes 1–3), Tim Fell (episodes 4–6) and Jo Park "
        "(episodes 7 and 8)."
    )
    assert directed(f) >= {("Ana Ruiz", "Harbour episode 11"), ("Ana Ruiz", "Harbour episode 13")}
    assert {d for d in directed(f) if d[0] == "Tim Fell"} == {
        ("Tim Fell", f"Harbour episode {n}") for n in (14, 15, 16)
    }
    assert ("Jo Park", "Harbour episode 18") in directed(f)
    assert ("Ana Ruiz", "Harbour episode 1") not in directed(f)


def test_the_final_season_numbered_by_the_text_and_a_second_directing_clause():
    f = facts(
        "Cameras are rolling on the fourth and final season of Harbour, an American drama series. "
        "The first three seasons each consisted of 10 episodes.\n\n"
        "Ana Ruiz will direct episodes 1 and 2 of the six-episode final season. Tim Fell (Stomp), a "
        "veteran of the show, will direct episode 3 and will return to helm the series finale, episode 6."
    )
    assert {("Ana Ruiz", "Harbour episode 31"), ("Ana Ruiz", "Harbour episode 32")} <= directed(f)
    assert {("Tim Fell", "Harbour episode 33"), ("Tim Fell", "Harbour episode 36")} <= directed(f)
    assert ("Ana Ruiz", "Harbour episode 1") not in directed(f)
    # a bracketed year is no director's credit: "... as X in Room (2015), directed all six"
    g = facts(
        "Pale is a six-part drama. Ana Ruiz, who directed Jo Park to an award as Ann in Room (2015), "
        "directed all six episodes."
    )
    assert not {d for d in directed(g) if d[0] == "Room"}


def test_a_comma_list_of_credits_and_all_n_episodes_of_a_profiles_series():
    f = facts(
        "Time is a British drama. The first series of Time was three hours long. Jo Park wrote all "
        "three episodes, Ana Ruiz directed them, and Sam Bell and Tom Gray gave career-best "
        "performances as Mark Cobden, a teacher jailed for killing a man while drunk at the wheel, and "
        "Eric McNally, a prison officer."
    )
    assert {("Ana Ruiz", f"Time episode {n}") for n in (1, 2, 3)} <= directed(f)
    assert {("Sam Bell", "plays", "Mark Cobden"), ("Tom Gray", "plays", "Eric McNally")} <= f
    assert ("Tom Gray", "plays", "Mark Cobden") not in f
    g = facts(
        'Sarah Miller keeps a shelf of objects. Several have parts in "Ghosts," the six-episode HBO '
        "series she created, wrote and stars in. Miller directed all six episodes herself."
    )
    assert ("Ghosts", "creator", "Sarah Miller") in g and ("Ghosts", "writer", "Sarah Miller") in g
    assert {("Sarah Miller", f"Ghosts episode {n}") for n in range(1, 7)} <= directed(g)


def test_every_episode_counts_the_paragraphs_own_series_in_a_roundup():
    f = facts(
        "Lark and Pale lead the Bafta nominations\n\n"
        "Lark, written by Jo Park and directed by Ana Ruiz, tells a true story. The four-part "
        "series premiered on Sky Atlantic's true crime strand.\n\n"
        "Pale, Tim Fell's Channel 4 sitcom, premiered in May 2021 and ran for six episodes. "
        "Fell directed every episode."
    )
    assert {("Ana Ruiz", f"Lark episode {n}") for n in range(1, 5)} <= directed(f)
    assert {d for d in directed(f) if d[0] == "Tim Fell"} == {
        ("Tim Fell", f"Pale episode {n}") for n in range(1, 7)
    }


def test_a_roundup_paragraph_counts_its_own_series_and_an_opening_participle_directs_a_serial():
    f = facts(
        "Golden Globes: the winners\n\n"
        '"The Long Road," created by Joel Fields, ran for six seasons and 75 episodes.\n\n'
        '"Night Harbour," created and written by Jed Mercurio, premiered on BBC One on 26 August 2018 and '
        "ran for six episodes; Thomas Vincent directed the first four and John Strickland the last two.\n\n"
        '"Blue Lanes," a three-part drama written by Russell T Davies and directed by Stephen Frears, '
        "premiered on BBC One on 20 May 2018.\n"
    )
    assert ("John Strickland", "directed", "Night Harbour episode 6") in f
    assert not {x for x in f if x[2] == "Night Harbour episode 75"}
    assert ("Stephen Frears", "directed", "Blue Lanes episode 3") in f
    g = facts(
        "Sharp Lines is an American miniseries based on the novel by Gillian Flynn. Created for television "
        "by Marti Noxon, who also served as showrunner, and directed in its entirety by Jean-Marc Vallée, "
        "the eight-episode series premiered on HBO on July 8, 2018."
    )
    assert ("Jean-Marc Vallée", "directed", "Sharp Lines episode 8") in g


def test_two_directors_before_the_verb_and_a_season_length_with_its_own_title():
    f = directed(
        facts(
            LEAD
            + "The first season (Nightwatch) consists of 20 episodes. The second season (Nightwatch II), "
            "of 10 episodes, premiered in 2009. Ben Cole and Ada Lind directed the first two episodes of "
            "the second season. The third season was directed by Kit Moss."
        )
    )
    assert {("Ben Cole", "Nightwatch episode 21"), ("Ada Lind", "Nightwatch episode 22")} <= f
    assert {("Ada Lind", "Nightwatch episode 21"), ("Ben Cole", "Nightwatch episode 22")} <= f


def test_an_episodes_number_in_the_whole_run_and_the_series_finale():
    f = facts(
        "Nightwatch is an American drama series created by Ana Ruiz for HBO. Jack Stone appears in all 39 "
        "episodes of the series, which premiered in 2018 and ran for four seasons. In the season finale, "
        '"Lost Tears", the 20th episode of the series, written by Ruiz and directed by Mark Lee, Jack turns '
        'on his father. Jack dies in the third episode of the fourth season, "The Wedding" (episode 32 '
        'overall), directed by Lee. In the series finale, "Open Eyes," written by Ruiz and directed by '
        "Kit Moss, Jack loses the vote."
    )
    d = directed(f)
    assert {("Mark Lee", "Nightwatch episode 20"), ("Mark Lee", "Nightwatch episode 32")} <= d
    assert ("Kit Moss", "Nightwatch episode 39") in d
    assert not {p for p, _ in d if "," in p}  # not "Kit Moss, Jack"


def test_the_pilot_and_the_next_episodes():
    f = facts(LEAD + "Peter Well directed the pilot and the next three, and he really found the tone.")
    assert directed(f) == {("Peter Well", f"Nightwatch episode {n}") for n in (1, 2, 3, 4)}


def test_a_pair_of_episodes_a_second_hour_and_a_pilot_with_its_writer_between():
    f = directed(
        facts(
            LEAD + "Paul Lane directs the premiere and the second hour, and Howard Dent directs the third. "
            "Sean Durk, who set the icy look of the show, directed the opening pair of episodes. "
            "The pilot, written by Ruiz, was directed by John Tracy, who went on to direct many more."
        )
    )
    assert {("Paul Lane", "Nightwatch episode 1"), ("Paul Lane", "Nightwatch episode 2")} <= f
    assert ("Howard Dent", "Nightwatch episode 3") in f
    assert {("Sean Durk", "Nightwatch episode 1"), ("Sean Durk", "Nightwatch episode 2")} <= f
    assert ("John Tracy", "Nightwatch episode 1") in f
    assert not {o for p, o in f if p == "Sean Durk"} - {"Nightwatch episode 1", "Nightwatch episode 2"}


def test_an_obituarys_pilot_of_a_networks_quoted_show_and_the_show_of_the_paragraph_before():
    f = facts(
        "Jay Sand, Director Who Set the Rhythm of 'The Moss Family,' Dies at 89\n\n"
        "Jay Sand, the sitcom director, died on Sunday. He was 89.\n\n"
        'In 1979 he directed the pilot of ABC\'s "Benton," with Robert Gale as Benton DuBois.\n\n'
        'NBC\'s "The Moss Family," created by Ed. Weinberg, Mike Lees and Bill Moss and made by the '
        "Carsey-Werner Company, premiered on September 20, 1984. Moss starred as Cliff Moss, and "
        "Phyllis Rash played his wife, Clair Moss; their three children — Sondra, Denise and Theo — "
        "were played by Sabrina Beau, Lisa Bone and Mal Warner.\n\n"
        "Sand directed the pilot and the next ten episodes, then alternated with other directors."
    )
    d = directed(f)
    assert ("Jay Sand", "Benton episode 1") in d
    assert {("Jay Sand", f"The Moss Family episode {n}") for n in range(1, 12)} <= d
    assert not {o for _, o in d if o.startswith("ABC")}
    assert ("The Moss Family", "creator", "Ed. Weinberg") in f
    assert {("Sabrina Beau", "plays", "Sondra"), ("Mal Warner", "plays", "Theo")} <= f
    assert {("Sondra", "appearsIn", "The Moss Family"), ("Cliff Moss", "appearsIn", "The Moss Family")} <= f


def test_a_roundup_sections_bare_directs_is_the_pilots_director():
    f = directed(
        facts(
            "Pilot Casting Roundup\n\nHere are the latest deals.\n\n"
            "NBC — The Village\nLorraine Tous is set to topline The Village, NBC's drama pilot. Minkie Spir "
            "directs.\n\nNBC — New Amsterdam\nFreema Agye has landed a lead role in New Amsterdam, NBC's medical "
            "drama. Kate Denn will direct."
        )
    )
    assert ("Minkie Spir", "The Village episode 1") in f
    assert not {p for p, _ in f if p == "Kate Denn"}  # no pilot in view


def test_a_television_film_directed_and_written_by_and_the_roles_reprised_in_it():
    f = facts(
        "The Wild Frontier is an American western television series that aired on CBS. Rob Conrad starred "
        "as James West and Ross Marten as Artemus Gordon.\n\nA decade later, Conrad and Marten reprised "
        "their roles in The Wild Frontier Revisited, a television film directed by Burt Kenn and written by "
        "Will Bowers. Its success led to a second film, More Wild Frontier, again directed by Kenn."
    )
    assert {
        ("Burt Kenn", "directed", "The Wild Frontier Revisited"),
        ("The Wild Frontier Revisited", "writer", "Will Bowers"),
        ("Burt Kenn", "directed", "More Wild Frontier"),
        ("James West", "appearsIn", "The Wild Frontier Revisited"),
    } <= f
    assert ("Burt Kenn", "directed", "The Wild Frontier") not in f


def test_show_notes_credit_fragments_after_the_episode_they_credit():
    f = facts(
        LEAD + 'Show notes\n\n[02:45] Episode 2, "Beers and Weirs." Directed by Ken Kwap, written by Jeff '
        "Jud & Gabe Sachs; first aired October 2, 1999. Lindsay throws a party.\n\n"
        "[27:20] Directed by Bryan Gord. Nobody wants popcorn balls."
    )
    assert {
        ("Ken Kwap", "directed", "Nightwatch episode 2"),
        ("Nightwatch episode 2", "writer", "Gabe Sachs"),
    } <= f
    assert not {(s, o) for s, r, o in f if s == "Bryan Gord"}  # no episode named before it


def test_the_series_directed_and_an_episode_directed_it_the_sentence_after():
    f = facts(
        "Tern is an animated series. It lasted one season, 13 episodes. Greg Bale directed the series for its "
        'whole run. Rian Jones directed our fifth episode, "Manifest." Shawn and I wrote the '
        'finale, "Hail Mary," together. Adam Ark directed it.'
    )
    assert ("Greg Bale", "Tern") in directed(f)
    assert ("Rian Jones", "Tern episode 5") in directed(f)
    assert ("Adam Ark", "Tern episode 13") in directed(f)
    g = facts("Tern is an animated series. Greg Bale directed the series finale of Lost.")
    assert ("Greg Bale", "Tern") not in directed(g)


def test_a_recap_headline_numbers_its_episode_across_the_earlier_seasons():
    f = facts(
        "Grantley series 5, episode 3 recap: the fight\n\nPosted by Hal Cole\n\n"
        "The episode was written by the show's creator, Daisy Coul, and directed by Rob Eve, who also "
        "handled the first two episodes of this run. Series one to four each ran to six episodes."
    )
    assert {("Rob Eve", f"Grantley episode {n}") for n in (25, 26, 27)} <= directed(f)
    assert ("Grantley episode 27", "writer", "Daisy Coul") in f
    assert ("Grantley", "creator", "Daisy Coul") in f
    assert ("Grantley episode 27", "creator", "Daisy Coul") not in f


def test_a_credit_block_for_all_episodes_and_a_numeric_ordinal_episode():
    f = facts("Erin is a six-episode limited series.\n\nEpisodes directed by: Lucy Forb (all six episodes)\n")
    assert {("Lucy Forb", f"Erin episode {n}") for n in range(1, 7)} <= directed(f)
    g = facts(
        'Marcus in the Middle is a sitcom that ran for 151 episodes. The 151st episode, "Graduation," '
        "written by Lin Boom and directed by Todd Holl, aired on May 14, 2006."
    )
    assert ("Todd Holl", "Marcus in the Middle episode 151") in directed(g)
    assert ("Marcus in the Middle episode 151", "writer", "Lin Boom") in g


def test_a_finales_number_in_the_run_and_a_personal_directing_credit():
    f = facts(
        "Frieren is an anime series. The season finale, the 28th episode, aired on March 22, 2024, and "
        "was directed by Tomoya Kita. Suzu wrote the first four episodes, and Keiichi Saito personally "
        "directed the first episode."
    )
    assert ("Tomoya Kita", "Frieren episode 28") in directed(f)
    assert ("Keiichi Saito", "Frieren episode 1") in directed(f)
    g = facts(
        "Rafters is a drama. The series finale, the 122nd episode, aired on 13 May 2013; it was written "
        "by Lee Bev and directed by Chris Martin."
    )
    assert ("Chris Martin", "Rafters episode 122") in directed(g)
    assert ("Rafters episode 122", "writer", "Lee Bev") in g
    assert ("Rafters", "writer", "Lee Bev") not in g


def test_which_wrote_and_which_directed_after_a_pilot():
    f = facts(
        "KRP is a sitcom. Sylvia Sid played Lillian in the pilot, which Hugo Wills wrote and which "
        "Michael Zinb directed."
    )
    assert ("Michael Zinb", "KRP episode 1") in directed(f)


def test_a_numbered_episode_with_its_credits_in_participles():
    f = facts(
        "Cold Harbour is an American animated sitcom that ran for two seasons and 20 episodes. The 20th and "
        'final episode, "Low Tide", directed by Kay Bloom and written by Pete Moss, aired on June 4, 2021.'
    )
    assert ("Kay Bloom", "Cold Harbour episode 20") in directed(f)
    assert ("Cold Harbour episode 20", "writer", "Pete Moss") in f
    assert ("Cold Harbour episode 20", "premiereDate", "2021-06-04") in f


def test_directed_all_five_without_the_noun():
    f = facts(
        "Ten Streets is a British anthology series. Its five films began on BBC Two on 1 March 2020. "
        "Sara Quinn directed all five, and Joe Hart produced them."
    )
    assert {("Sara Quinn", f"Ten Streets episode {n}") for n in range(1, 6)} <= directed(f)


def test_the_final_episode_in_a_list_is_the_last_one():
    f = facts(
        "Cold Harbour is a Japanese drama series that ran for one season of nine episodes. Kay Bloom directed "
        "the first two episodes and the final episode."
    )
    assert {("Kay Bloom", f"Cold Harbour episode {n}") for n in (1, 2, 9)} <= directed(f)


def test_directed_them_after_a_writing_credit_is_the_subjects():
    f = facts(
        "Night Desk is an American drama series. The seven-episode series was created by Lee Park and Don Hale. "
        "Park co-wrote the first three episodes with Hale and directed them himself."
    )
    assert {("Lee Park", f"Night Desk episode {n}") for n in (1, 2, 3)} <= directed(f)
    assert not {x for x in directed(f) if x[0] == "Don Hale"}


def test_directed_the_first_series_of_equal_series():
    f = facts(
        "Low Road is a British comedy series. It ran for three six-episode series. Tom Gray directed the "
        "first series, and Ann Lee directed the second series."
    )
    assert {("Tom Gray", f"Low Road episode {n}") for n in range(1, 7)} <= directed(f)
    assert {("Ann Lee", f"Low Road episode {n}") for n in range(7, 13)} <= directed(f)
    assert ("Low Road season 3", "numberOfEpisodes", "6") in f


def test_produced_the_series_and_directed_all_its_episodes():
    f = facts(
        "Porridge\n\nPorridge is a British sitcom. Porridge ran for three series of six episodes and two "
        "Christmas specials, twenty episodes in all.\n\nSydney Lotterby produced the series and directed all "
        "twenty episodes, rehearsing each one for a week before recording it in front of an audience."
    )
    assert ("Sydney Lotterby", "directed", "Porridge episode 20") in f
