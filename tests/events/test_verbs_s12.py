"""Verb-triggered events on real news (session 12): whether a verb reports an event at all, and of
which type. Warnings of a danger are no threats; help with no one helped, gifts for a hostile purpose
and a person sent somewhere are no aid; laws signed and kin met are no accords or talks; one is
"charged with" a duty as well as a crime; "dismissed X as" disparages; a state's blocking is a blockade
and a blocked discussion a veto; critics' "targeting" is words; a senator "forcing" a witness to admit
is no coercion; and the doer of what one is "alone in" doing.

Sentences from TempEval-3 TimeBank/AQUAINT (`shared/corpora/tempeval3/`), PolNeAR dev texts
(`shared/corpora/polnear/dev/text/`) and the article-extraction pages, file named; actors are given by
hand (`coded` fixture) so each test checks the coder's mechanism, not the actors stage.
"""

from __future__ import annotations

from tests.events.conftest import event_types, triples


def test_a_warning_of_what_a_victory_would_bring_is_no_threat(coded):
    # PolNeAR dev breitbart_2016-09-30_the-latest-trump-urges-supporter.txt
    got = coded("Donald Trump is warning voters that a Hillary Clinton victory would bring her husband's sex "
                "scandal back to the White House.",
                {"Donald Trump": "USAELI", "voters": "USACVL", "Hillary Clinton": "USAELI"})
    assert "THREATEN" not in event_types(got)


def test_a_warning_against_hackers_threatens_no_state(events):
    # PolNeAR dev breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt (whole pipeline)
    got = events("Trump, speaking to a veterans group in Virginia, said he would order a thorough review of "
                 "the nation's computer defenses and warned against potential hackers from China, Russia "
                 "and North Korea.", published="2016-10-03")
    assert not any(t == "THREATEN" for _, _, t in got)


def test_a_warning_about_dangers_is_no_threat(coded):
    # PolNeAR dev nyt_2016-09-19_obama-sees-personal-insult-if-bl.txt
    got = coded("Mr. Obama is also determined to warn his supporters about the dangers of failing to turn "
                "out and essentially ceding the presidency to Mr. Trump.",
                {"Mr. Obama": "USAGOV", "supporters": "USACVL", "Mr. Trump": "USAELI"})
    assert "THREATEN" not in event_types(got)


def test_a_warning_of_strikes_threatens_and_its_doers_are_those_alone_in_it(coded):
    # TimeBank PRI19980205.2000.1890.tml: "alone in warning" is done by the copula's subject
    got = coded("Washington and London are virtually alone in warning Iraq of military strikes if it "
                "doesn't back down on the weapons inspection issue.",
                {"Washington": "USA", "London": "GBR", "Iraq": "IRQ"})
    assert {("USA", "IRQ", "THREATEN", "asserted"), ("GBR", "IRQ", "THREATEN", "asserted")} <= triples(got)


def test_a_warning_of_consequences_stays_a_threat(coded):
    # the menace a threat holds over its addressee (CAMEO 13x)
    got = coded("The United States warned Iran of serious consequences.",
                {"United States": "USA", "Iran": "IRN"})
    assert ("USA", "IRN", "THREATEN", "asserted") in triples(got)


def test_help_to_build_a_museum_aids_no_one_named_in_it(coded):
    # TimeBank APW19980227.0468.tml
    got = coded("The mayor of Moscow has allocated funds to help build a museum in honor of Mikhail "
                "Kalashnikov, the Russian who gave his name to the world's most widely wielded weapon.",
                {"mayor of Moscow": "RUSGOV", "Russian": "RUS"})
    assert "AID" not in event_types(got)


def test_vessels_provided_to_block_trade_aid_no_one(coded):
    # TimeBank AP900815-0044.tml: the purpose clause's object is blocked, not helped
    got = coded("The United States has provided most of the naval vessels so far to block Iraqi trade, with "
                "Britain, West Germany and Australia among the other nations lending support at sea.",
                {"United States": "USA", "Iraqi": "IRQ"})
    assert not any(e.type == "AID" and e.target is not None and e.target.code == "IRQ" for e in got)


def test_material_sent_to_help_defend_a_state_still_aids_it(coded):
    # PLOVER GSR dev AGREE-0010: a purpose of help names the recipient
    got = coded("Norway is willing to send material to help defend Saudi Arabia if it is attacked.",
                {"Norway": "NOR", "Saudi Arabia": "SAU"})
    assert any(e.source.code == "NOR" and e.target is not None and e.target.code == "SAU" for e in got)


def test_signing_legislation_is_no_accord(coded):
    # PolNeAR dev nyt_2016-09-25_obama-says-african-american-muse.txt
    got = coded("The museum was championed by President George W. Bush, who signed the legislation "
                "authorizing the building of the museum, and his wife, Laura.",
                {"George W. Bush": "USAELI", "Laura": "USACVL"})
    assert "SUPPORT" not in event_types(got) and "AGREE" not in event_types(got)


def test_meeting_ones_wife_is_no_consultation(typed):
    # PolNeAR dev nyt_2016-10-02_a-curious-plan-to-fight-climate-.txt
    got = typed("He went hiking in South America, where he met his wife, Ana, a native of Venezuela.",
                {"he": ("USACVL", "pronoun"), "a native of Venezuela": ("VENCVL", "title")})
    assert "CONSULT" not in event_types(got)


def test_dismissing_a_state_as_something_disparages_it(coded):
    # PolNeAR dev huff-post_2016-09-10_trump-s-east-european-achilles-h.txt
    got = coded("In July, Gingrich cynically dismissed NATO member Estonia as being in the suburbs of St. "
                "Petersburg.", {"Gingrich": "USAELI", "Estonia": "EST"})
    assert ("USAELI", "EST", "ACCUSE", "asserted") in triples(got)
    assert "REJECT" not in event_types(got)


def test_a_state_blocking_shipping_imposes_a_blockade(coded):
    # TimeBank WSJ900813-0157.tml
    got = coded("Mr. Bush acknowledged that the U.S. and others were trying to block shipping to Iraq.",
                {"Mr. Bush": "USAGOV", "U.S.": "USA", "Iraq": "IRQ"})
    assert ("USA", "IRQ", "COERCE", "asserted") in triples(got)
    assert "PROTEST" not in event_types(got)


def test_a_blocked_discussion_is_no_protest_or_blockade(coded):
    # article-extraction pages (tuning, even): a state blocking talks vetoes them (CAMEO 129)
    got = coded("Britain, which has Europe's most powerful military, long blocked any discussion of "
                "centralizing European military might.", {"Britain": "GBR", "Europe": "EU"})
    assert not event_types(got) & {"PROTEST", "COERCE"}


def test_critics_targeting_a_government_criticise_it(coded):
    # TimeBank PRI19980303.2000.2550.tml
    got = coded("Now critics of the academy are targeting its owner, the Saudi government.",
                {"critics": "SAUOPP", "Saudi government": "SAUGOV"})
    assert ("SAUOPP", "SAUGOV", "ACCUSE", "asserted") in triples(got)
    assert "ASSAULT" not in event_types(got)


def test_charging_inspectors_with_a_duty_accuses_no_one(coded):
    # TimeBank APW19980306.1001.tml
    got = coded("The U.N. Security Council has charged the inspectors with verifying that Iraq has destroyed "
                "its long-range missiles and weapons of mass destruction.",
                {"U.N. Security Council": "UNSC", "inspectors": "UN", "Iraq": "IRQ"})
    assert "ACCUSE" not in event_types(got)


def test_charging_developers_with_fraud_still_accuses(coded):
    # PolNeAR dev nyt_2016-09-12_visa-program-up-for-renewal-amid.txt
    got = coded("More recently, federal prosecutors in April charged two Vermont developers, Ariel Quiros "
                "and William Stenger, with defrauding investors from at least 74 countries.",
                {"federal prosecutors": "USAJUD", "Ariel Quiros": "USABUS"})
    assert ("USAJUD", "USABUS", "ACCUSE", "asserted") in triples(got)


def test_a_senator_forcing_a_witness_to_admit_coerces_no_one(coded):
    # PolNeAR dev huff-post_2016-09-20_elizabeth-warren-hammers-wells-f.txt
    got = coded("The Democratic senator also forced Stumpf, who was under questioning from the Senate "
                "banking committee over his bank's handling of the scam, to admit that no senior executives "
                "have been held accountable for the actions of the low-level bankers.",
                {"Democratic senator": "USALEG", "Stumpf": "USABUS"})
    assert "COERCE" not in event_types(got)


def test_a_person_sent_somewhere_is_no_aid(typed):
    # PolNeAR dev nyt_2016-09-19_old-hands-help-russia-navigate-u.txt ("Ms. Martin" a named person)
    got = typed("The network said it would send Ms. Martin to Crimea for a better understanding.",
                {"it": ("USAJRN", "pronoun"), "Ms. Martin": ("USAJRN", "person"), "Crimea": ("UKR", "name")})
    assert "AID" not in event_types(got)


def test_police_forcing_a_confession_still_coerce(typed):
    # the state's own organs: a forced confession is coercion (CAMEO 17x)
    got = typed("Chinese police forced the Swedish activist to confess on television.",
                {"Chinese police": ("CHNCOP", "title"), "Swedish activist": ("SWECVL", "title")})
    assert ("CHNCOP", "SWECVL", "COERCE", "asserted") in triples(got)


def test_exchanging_one_rule_for_another_is_no_exchange_between_states(coded):
    # TimeBank/AQUAINT APW19990312.0251.tml
    got = coded("Poland, Hungary and the Czech Republic today became full-fledged members of NATO, less "
                "than a decade after exchanging communist rule for democracy and shedding their Cold War "
                "military ties to the Soviet Union.",
                {"Poland": "POL", "Hungary": "HUN", "Czech Republic": "CZE", "NATO": "NATO"})
    assert "COOPERATE" not in event_types(got)


def test_trading_goods_for_goods_with_a_partner_still_trades(coded):
    got = coded("Iran traded oil for weapons with Russia.", {"Iran": "IRN", "Russia": "RUS"})
    assert ("IRN", "RUS", "COOPERATE", "asserted") in triples(got)


def test_meeting_standards_is_no_meeting(coded):
    # TimeBank/AQUAINT NYT19990312.0271.tml: conjoined states "meet" a thing, not each other
    got = coded("Romania and Slovenia, which had tried hard to meet the standards, were turned away, at "
                "least for the time being.", {"Romania": "ROU", "Slovenia": "SVN"})
    assert "CONSULT" not in event_types(got)


def test_a_struggle_that_will_not_end_ends_no_relations(coded):
    # TimeBank/AQUAINT (Elian Gonzalez, 2000): a happening that ends is no one's act of ending (CAMEO 16)
    got = coded("Raul Castro said our struggle will not end with the return of Elian.",
                {"Raul Castro": "CUBELI", "Elian": "CUBCVL"})
    assert "SANCTION" not in event_types(got)


def test_personnel_who_surrender_still_retreat(coded):
    # ECB+ topic 20 (tuning): people surrendering act themselves (a verb of the subject's own retreat)
    got = coded("Twenty-three Somali personnel surrendered to the Indian Navy on boarding.",
                {"Somali": "SOM", "Indian Navy": "INDMIL"})
    assert any(e.type == "RETREAT" and e.source.code == "SOM" for e in got)


def test_a_legal_basis_given_hands_over_no_oil(coded):
    # TimeBank WSJ900813-0157.tml: the goods inside a phrase on what is given are not given
    got = coded('Secretary of State James Baker said the Kuwaiti request gives the U.S. and other countries '
                '"a legal basis for stopping the export of oil and that sort of thing."',
                {"James Baker": "USAGOV", "Kuwaiti": "KWT", "U.S.": "USA"})
    assert "AID" not in event_types(got)


def test_an_extension_granted_is_no_aid(coded):
    # PolNeAR dev nyt_2016-10-02_a-curious-plan-to-fight-climate-.txt ("mine" inside a phrase on it)
    got = coded("In August, several environmental groups granted Mr. Clarke an extension on a court order to "
                "treat polluted runoff from a former Patriot mine.",
                {"environmental groups": "USANGO", "Mr. Clarke": "USABUS"})
    assert "AID" not in event_types(got)


def test_a_shipment_of_arms_delivered_is_aid(coded):
    got = coded("Iran delivered a shipment of arms to the Houthis.", {"Iran": "IRN", "Houthis": "YEMREB"})
    assert ("IRN", "YEMREB", "AID", "asserted") in triples(got)


def test_warning_a_state_against_its_behaviour_threatens_it(coded):
    # PolNeAR train (Ash Carter, 2016): an addressee told not to do something is threatened (CAMEO 13x)
    got = coded("He also warned China against provocative behavior in the South China Sea.",
                {"He": "USAGOV", "China": "CHN"})
    assert ("USAGOV", "CHN", "THREATEN", "asserted") in triples(got)


def test_the_one_aggressive_in_pushing_pushes(coded):
    # PolNeAR train (Bob Graham and the 28 pages, 2016): the doer of what a predicate adjective is "in"
    got = coded("Bob Graham, who helped author the original congressional report, has been especially "
                "aggressive in pushing the Obama administration to release the 28 pages.",
                {"Bob Graham": "USAELI", "Obama administration": "USAGOV"})
    assert ("USAELI", "USAGOV", "REQUEST", "asserted") in triples(got)


def test_helping_build_an_alliance_force_aids_the_alliance(coded):
    # PolNeAR train: the owner of what is built is helped
    got = coded("Germany is helping to build a NATO rapid response force in Eastern Europe.",
                {"Germany": "DEU", "NATO": "NATO"})
    assert ("DEU", "NATO", "AID", "asserted") in triples(got)
