"""Attribution: who claims what, on real news sentences (each case says where it is from).

Mentions are built by hand (as in the coder's tests) so these tests do not depend on the actors stage.
"""

from __future__ import annotations

import re

import pytest

from sitrep.events.attribution import JOURNALIST, Attributor, Claim, is_reporting_verb
from sitrep.nlp import parse_documents
from sitrep.records import Actor, Document, Mention

USA = Actor(code="USAGOV", name="United States", sector="GOV", country="USA")
USA_STATE = Actor(code="USA", name="United States", country="USA")


def people_mentions(parsed, names: dict[str, tuple[Actor, str | None]]) -> list[Mention]:
    """A mention for each whole-word occurrence of each name; the tuple gives (actor, person)."""
    out = []
    for section, doc in parsed.sections.items():
        for name, (actor, person) in names.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
                kind = "person" if person else "name"
                out.append(Mention(m.start(), m.end(), name, actor, section=section, person=person,
                                   kind=kind))
    return sorted(out, key=lambda m: (m.section, m.start))


@pytest.fixture(scope="module")
def attribute(pipeline):
    """attribute(text, names=None, title=None) -> (Attributor, ParsedDocument)."""

    def run(text: str, names=None, title: str | None = None):
        doc = Document(id="t", text=text, title=title, published="2022-12-09")
        parsed = next(parse_documents([doc], pipeline.nlp))
        return Attributor(parsed, people_mentions(parsed, names or {})), parsed

    return run


def token(parsed, word: str, section: str = "text", nth: int = 0) -> int:
    """Index of the nth token whose text is `word`."""
    hits = [t.i for t in parsed.sections[section] if t.text == word]
    return hits[nth]


# Seed article (Anadolu Agency, 2022-12-09), paragraphs 4, 6, 7 and 9.
SEED = (
    '"Russia is offering Iran an unprecedented level of military and technical support that is transforming '
    'their relationship into a full-fledged defense partnership," National Security Council spokesman John '
    "Kirby told reporters during a virtual briefing.\n\n"
    '"These fighter planes would significantly strengthen Iran\'s Air Force relative to its regional '
    'neighbors," said Kirby.\n\n'
    'Russia also plans to provide the Islamic Republic "with advanced military components," Kirby said, '
    "adding that the Kremlin may already be supplying Iran with helicopters and air defense systems.\n\n"
    '"We have also seen reports that Moscow and Tehran are considering the establishment of a joint '
    'production line for lethal drones in Russia," he said. "We urge Iran to reverse course, not to take '
    'these steps."'
)
SEED_NAMES = {"John Kirby": (USA, "John Kirby"), "Kirby": (USA, "John Kirby"), "he": (USA, "John Kirby")}


def test_reporting_verbs_are_vocabulary(pipeline):
    doc = pipeline.nlp("Kirby said Russia attacked Ukraine, according to officials.")  # built from the seed
    said, attacked, according = doc[1], doc[3], doc[6]
    assert is_reporting_verb(said)
    assert is_reporting_verb(according)
    assert not is_reporting_verb(attacked)


def test_quote_with_trailing_speaker_and_inverted_cue(attribute):
    att, parsed = attribute(SEED, SEED_NAMES)
    offering = token(parsed, "offering")
    assert att.claim_for("text", offering) == Claim(USA, "John Kirby", token(parsed, "told"))
    planes = token(parsed, "planes")  # '"...," said Kirby.'
    assert att.claim_for("text", planes).speaker == "John Kirby"
    assert att.claim_for("text", planes).cue_i == token(parsed, "said")


def test_adding_clause_is_the_same_speakers_claim(attribute):
    att, parsed = attribute(SEED, SEED_NAMES)
    plans, supplying = token(parsed, "plans"), token(parsed, "supplying")
    assert att.claim_for("text", plans).speaker == "John Kirby"
    nested = att.claim_for("text", supplying)
    assert (nested.actor, nested.speaker) == (USA, "John Kirby")
    assert nested.cue_i == token(parsed, "adding")


def test_quote_continues_into_the_next_sentence(attribute):
    att, parsed = attribute(SEED, SEED_NAMES)
    urge = token(parsed, "urge")
    seen = token(parsed, "seen")
    assert att.claim_for("text", urge) == att.claim_for("text", seen)
    assert att.claim_for("text", urge).speaker == "John Kirby"
    we = token(parsed, "We", nth=1)  # "We urge Iran": first person inside the quote
    assert att.speaker_actor_for("text", we) == USA


def test_quote_over_two_paragraphs_keeps_its_speaker(attribute):
    # PolNeAR train, breitbart_2016-01-19_long-time-leaders-of-conservativ: an open quote runs on
    text = (
        "\u201cThe number one thing you must have to win in this November election is for the party to be "
        "united. They\u2019ve not been united since George H.W. Bush\u2019s election in 1988.\n\n"
        "\u201cThe one element Republicans have not had since then is someone who really takes the hide off "
        "of the Democrats. In 2016, Cruz is going to peel away those lies,\u201d Viguerie says."
    )
    att, parsed = attribute(text)
    first, later = token(parsed, "must"), token(parsed, "peel")
    assert att.claim_for("text", first).speaker == "Viguerie"
    assert att.claim_for("text", first) == att.claim_for("text", later)


def test_according_to_attributes_the_clause(attribute):
    # AQUAINT, APW19980818 (tempeval3 corpus)
    text = ("The suspect -- Khalfan Khamis Mohamed -- was scheduled to appear before a U.S. magistrate judge "
            "in Manhattan at midday, according to a statement today by U.S. Attorney Mary Jo White.")
    att, parsed = attribute(text)
    claim = att.claim_for("text", token(parsed, "scheduled"))
    assert claim.cue_i == token(parsed, "according")
    assert claim.speaker == "Mary Jo White"  # the person named in the source phrase


def test_described_speaker_after_the_content(attribute):
    # AQUAINT APW19980807.0261 (tempeval3 corpus README sample)
    text = ("Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals "
            "Friday, killing dozens of people, witnesses said.")
    att, parsed = attribute(text)
    claim = att.claim_for("text", token(parsed, "exploded"))
    assert claim.speaker == "witnesses" and claim.actor is None
    assert claim.cue_i == token(parsed, "said")


def test_headline_says_body(attribute):
    # Seed title: "..., says US"
    title = "Russia giving Iran 'unprecedented' military aid, overhauling ties, says US"
    att, parsed = attribute("The White House said on Friday.", {"US": (USA_STATE, None)}, title=title)
    claim = att.claim_for("title", token(parsed, "giving", section="title"))
    assert claim.actor == USA_STATE
    assert claim.cue_i == token(parsed, "says", section="title")


def test_headline_colon_names_the_speaker(attribute):
    # PolNeAR train title: "Graham: Trump's 'Incredibly Hateful Rhetoric' Destroying GOP's Chance ..."
    title = ("Graham: Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Destroying GOP\u2019s Chance "
             "to Win Presidency.")
    att, parsed = attribute("Body.", title=title)
    assert att.claim_for("title", token(parsed, "Destroying", section="title")).speaker == "Graham"


def test_body_speaker_becomes_its_spokesperson(attribute):
    # Seed paragraphs 1-2: "the White House said", then its spokesman John Kirby is named
    text = ("Russia is providing Iran with military assistance, the White House said on Friday.\n\n"
            '"Russia is offering Iran support," National Security Council spokesman John Kirby '
            "told reporters.")
    # seed, last paragraph: a joint statement, not Kirby's
    text += ("\n\nThe US and its allies have previously said Iran's provision of military drones runs "
             "afoul of UN Security Council resolutions.")
    names = {"the White House": (USA, None), "John Kirby": (USA, "John Kirby"), "US": (USA, None)}
    att, parsed = attribute(text, names)
    claim = att.claim_for("text", token(parsed, "providing"))
    assert claim == Claim(USA, "John Kirby", token(parsed, "said"))
    joint = att.claim_for("text", token(parsed, "runs"))
    assert joint.actor == USA and joint.speaker == "The US"


def test_journalists_own_voice(attribute):
    # Seed, last paragraph but one: a journalist's sentence with no reporting cue
    text = ("Also, the flow of military equipment is not new. The US and its allies have previously said "
            "Iran's provision of military drones runs afoul of UN Security Council resolutions.")
    att, parsed = attribute(text, {"US": (USA_STATE, None)})
    assert att.claim_for("text", token(parsed, "flow")) == JOURNALIST
    assert att.claim_for("text", token(parsed, "said")) == JOURNALIST  # the cue itself is not content
    assert att.claim_for("text", token(parsed, "runs")).actor == USA_STATE


def test_scare_quote_and_first_person_belief_make_no_speaker(attribute):
    # PolNeAR train breitbart_2015-12-04_bellwether-county-says-trump-sho (a clause of its quote; the
    # article has "Jared Potts echoed:" before it): "I think" inside a quote stays the speaker's claim
    text = "\u201cI think that might be what the country needs,\u201d 17-year-old Jared Potts said."
    att, parsed = attribute(text)
    claim = att.claim_for("text", token(parsed, "needs"))
    assert claim.speaker == "Jared Potts"
    # PolNeAR train breitbart_2016-03-15_the-latest-sanders-declares-revo: a quoted slogan in the
    # journalist's voice
    att2, parsed2 = attribute("Kasich\u2019s speech was interrupted by a protester wearing clothes with "
                              "Trump\u2019s campaign logo \u2014 \u201cMake America Great Again.\u201d")
    assert att2.claim_for("text", token(parsed2, "interrupted")) == JOURNALIST


def test_pronoun_speaker_without_actor_stage_falls_back_to_last_named_speaker(attribute):
    # Seed paragraphs 2-3 with no mentions at all (the actors stage not run)
    text = ('"Russia is offering Iran support," National Security Council spokesman John Kirby told '
            'reporters.\n\n"This partnership poses a threat not just to Ukraine," he added.')
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "poses")).speaker == "John Kirby"


def test_out_of_range_and_missing_sections_are_journalist(attribute):
    att, _ = attribute("Kirby said Russia is arming Iran.")
    assert att.claim_for("subtitle", 0) == JOURNALIST
    assert att.claim_for("text", 999) == JOURNALIST


def test_bridging_sentence_between_paraphrases_of_one_speaker(attribute):
    # AQUAINT APW20000124.0182 (tempeval3 corpus): the middle sentence is the FBI's information too
    text = ("The FBI says Kopp has used 29 aliases. He was the 456th person to be placed on the FBI's most "
            "wanted list, which began in 1950. Since then, 427 fugitives have been taken into custody or "
            "located, 133 of them as a result of citizen assistance, the FBI said.")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "placed")).speaker == "the FBI"
    assert att.claim_for("text", token(parsed, "placed")) == att.claim_for("text", token(parsed, "taken"))


def test_lead_in_before_a_direct_quote_is_the_writers(attribute):
    # PolNeAR train huff-post_2016-02-02_don-t-let-the-media-and-marco-ru
    text = ("The spin is already happening. \u201cThis is the moment they told us would never happen,\u201d "
            "Rubio said Monday night. \u201cThey told me we had no chance.\u201d His campaign manager, Alex "
            "Conant, struck a similar tune. \u201cThis is a big night for us,\u201d Conant said. "
            "\u201cIt\u2019s probably a three-person race leaving here.\u201d")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "spin")) == JOURNALIST
    assert att.claim_for("text", token(parsed, "struck")) == JOURNALIST
    assert att.claim_for("text", token(parsed, "chance")).speaker == "Rubio"
    assert att.claim_for("text", token(parsed, "race")).speaker == "Conant"


def test_partial_quote_in_a_writers_sentence(attribute):
    # seed paragraphs 3-4: a cue-less sentence quoting a clause continues the last quoted speaker
    text = ('"We have shared this information with partners in the Middle East," he added.\n\n'
            "The new relationship has included Russia training Iranian pilots on its SU-35 fighter jets "
            'since this spring, which "indicates that Iran may begin receiving aircraft within the next '
            'year."')
    att, parsed = attribute(text, SEED_NAMES)
    assert att.claim_for("text", token(parsed, "training")).speaker == "John Kirby"
    # PolNeAR train breitbart_2016-07-21_trump-fever-infects-convention-f: the quote is the named
    # person's, not the previous speaker's
    text = ("\u201cWe\u2019re alive, unlike the robots you\u2019re going to see next week\u201d at the "
            "Democratic convention, he said.\n\nWhen Trump finally wrapped up \u2014 \u201cI will fight "
            "for you, and I will win for you!\u201d \u2014 the balloons cascaded down on the crowd.")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "cascaded")) == JOURNALIST


# --- PolNeAR cases (corpora/polnear/train unless said otherwise) -------------------------------------


def test_dateline_is_not_the_speaker(attribute):
    # breitbart_2016-07-19_former-ag-mukasey-at-rnc-clinton: the parser hangs the dateline on the subject
    text = ("CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at the "
            "Republican National Convention that Hillary Clinton’s use of a private email server should "
            "disqualify her from becoming president.")
    att, parsed = attribute(text)
    claim = att.claim_for("text", token(parsed, "disqualify"))
    assert claim.cue_i == token(parsed, "told")
    assert "Mukasey" in claim.speaker and "CLEVELAND" not in claim.speaker


def test_adding_inside_a_reported_clause_is_the_reporters(attribute):
    # PolNeAR train (Breitbart, 2016): "adding" hangs on the that-clause whose subject is Romney
    text = ("To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was "
            "maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come "
            "into this country.”")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "lost")).speaker == "Trump"


def test_typewriter_quotes_are_quotes(attribute):
    # PolNeAR train (New York Times): '' marks a quote as in many news archives
    text = ("''I would have been all in,'' Mr. Regalado, the Republican mayor of Miami, said in his office "
            "overlooking Biscayne Bay.")
    att, parsed = attribute(text)
    claim = att.claim_for("text", token(parsed, "all"))
    assert claim.cue_i == token(parsed, "said") and "Regalado" in claim.speaker


def test_transcript_line_names_its_speaker(attribute):
    # PolNeAR train (MSNBC transcript quoted by Breitbart): "Name: words" paragraphs
    text = "Lopez said the message was hard to sell.\n\nMatthews: Well, speculation is bad."
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "speculation")).speaker == "Matthews"
    assert att.claim_for("text", token(parsed, "message")).speaker == "Lopez"


def test_fronted_poll_is_a_source_but_not_a_trailing_one(attribute):
    # PolNeAR train (USA Today, 2016-02): "in a CNN national poll" cites the poll
    text = ("In a CNN national poll, Hillary Clinton held a 24-point lead over Barack Obama among black "
            "voters. By Jan. 18, Obama was winning blacks by 28 points in the same poll.")
    att, parsed = attribute(text)
    held = att.claim_for("text", token(parsed, "held"))
    assert held.cue_i == token(parsed, "In") and held.speaker == "a CNN national poll"
    assert att.claim_for("text", token(parsed, "winning")) == JOURNALIST


def test_cue_inheriting_from_a_dropped_cue_does_not_fail(attribute):
    # PolNeAR dev politico_2016-09-22_house-panel-votes-to-hold-clinto: "show up" is no evidence cue of
    # its own inside Lynch's claim; a cue hanging on it once raised KeyError
    text = ("However, Rep. Stephen Lynch (D-Mass.) said the law doesn't require witnesses to show up at a "
            "public hearing to assert their rights against self-incrimination.")
    att, parsed = attribute(text)
    for i in range(len(parsed.sections["text"])):
        att.attribution_for("text", i)
    assert "Lynch" in att.claim_for("text", token(parsed, "require")).speaker


def test_transcript_labels_repeated_in_capitals_name_speakers(attribute):
    # PolNeAR train breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to (a CNN transcript): the labels
    # are not recognised as names, but each labels two turns or more
    text = ("TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
            "FALLIN: Well, I think the whole nation needs to work together.\n\n"
            "TAPPER: And obviously, you’re supporting Donald Trump.\n\n"
            "FALLIN: We all need to work towards unity.\n\n"
            "WATCH: The interview above.")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "healer")).speaker == "TAPPER"
    assert att.claim_for("text", token(parsed, "unity")).speaker == "FALLIN"
    assert att.claim_for("text", token(parsed, "interview")) == JOURNALIST  # a one-off label


def test_quote_signed_after_a_dash(attribute):
    # PolNeAR dev huff-post_2016-09-27_latinos-share-their-most-honest- (readers' quotes, each signed);
    # the tokenizer glues the closing quote to the dash
    text = ("“During the debate Trump said Hispanics live in hell. He is ignorant of our culture and "
            "lives.”― Pamela Padilla")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "ignorant")).speaker == "Pamela Padilla"


def test_passive_agent_is_the_source(attribute):
    # PolNeAR train (Politico, 2016): "was first reported by Politico"
    att, parsed = attribute("The meeting was first reported by Politico.")
    claim = att.claim_for("text", token(parsed, "meeting"))
    assert claim.cue_i == token(parsed, "reported") and claim.speaker == "Politico"


def test_accusation_grounds_are_the_accusers_claim(attribute):
    # PolNeAR train (2016 campaign coverage): "accused X of" is an ACCUSE event and an attribution
    text = ("Sanders accused Clinton of dragging her feet in opposing the Keystone pipeline, and for "
            "advocating fracking.")
    att, parsed = attribute(text)
    assert att.claim_for("text", token(parsed, "dragging")).speaker == "Sanders"
    # the act itself is Sanders's speech act, his claim (CODEBOOK: attributed to the speaking actor)
    assert att.claim_for("text", token(parsed, "accused")).speaker == "Sanders"


def test_speech_act_cue_stays_an_event(pipeline):
    # PolNeAR train (2016, DNC hack coverage): "accuse" became an attribution cue; it still codes ACCUSE
    coded = pipeline.code_text("The United States has not publicly accused Russia of being behind the hack "
                               "of Democratic Party computers.", published="2016-07-26")
    accuse = [e for e in coded.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].source.code.startswith("USA") and accuse[0].target.code.startswith("RUS")
    assert accuse[0].mode == "negated"
