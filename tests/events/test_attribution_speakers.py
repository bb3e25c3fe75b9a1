"""Who speaks: reporting cues that are themselves the event, bodies and their spokespeople, described
speakers (advisers, members of a body) and the phrase that names a body speaking for itself.

Texts are excerpts of PolNeAR train articles (`shared/corpora/polnear/train/text/`, file named in each
test); the actors stage (`find_mentions`) gives the mentions, as in the pipeline.
"""

from __future__ import annotations

from sitrep.actors import find_mentions
from sitrep.events.attribution import Attributor
from sitrep.nlp import parse_documents
from sitrep.records import Document


def _attributor(pipeline, text: str, published: str = "2016-03-30"):
    parsed = next(parse_documents([Document(id="t", text=text, published=published)], pipeline.nlp))
    mentions = find_mentions(parsed)
    return Attributor(parsed, mentions), parsed.sections["text"], mentions


def _claim(att: Attributor, doc, word: str, nth: int = 0):
    i = [t.i for t in doc if t.text == word][nth]
    return att.claim_for("text", i)


def test_a_reporting_cue_is_its_own_speakers_claim(pipeline):
    """wash-post_2016-03-30_as-clinton-sanders-answer-union-: what Clinton "recalled" is hers, not the
    journalist's (before, an event anchored on the cue itself got no attribution)."""
    att, doc, _ = _attributor(pipeline, "Hillary Clinton spoke to the union. Clinton recalled her opposition "
                                        "to George W. Bush administration efforts to privatize federal jobs.")
    claim = _claim(att, doc, "recalled")
    assert claim.speaker == "Hillary Clinton" and claim.actor is not None


def test_joint_speakers_of_a_cue_are_left_to_each_actor(pipeline):
    """wash-post_2016-04-28_with-woman-s-card-trump-escalate: "Both Cruz and Fiorina criticized Trump"
    is two acts; the cue names no single speaker, so the coder gives each source its own claim."""
    att, doc, _ = _attributor(pipeline, "GOP rival Ted Cruz announced that he was choosing Carly Fiorina as "
                                        "his running mate. Both Cruz and Fiorina criticized Trump and his "
                                        "rhetoric.")
    assert _claim(att, doc, "criticized").cue_i is None


def test_a_quoted_lawyer_is_not_the_voice_of_the_court(pipeline):
    """wash-post_2016-04-15_democrats-to-sue-ariz-on-poll-ac: only a person titled as a body's
    spokesperson speaks for it; "The court said" is the court's, not the campaign lawyer's."""
    text = ('"While it is April before a major election, the fact is that courts know how to expedite cases '
            'such as this," said Marc E. Elias, the elections lawyer for Clinton\'s presidential campaign.\n'
            "The court said Congress must come up with a new formula based on current data.")
    att, doc, _ = _attributor(pipeline, text, published="2016-04-15")
    assert _claim(att, doc, "formula").speaker != "Marc E. Elias"


def test_people_of_a_group_are_not_a_bodys_spokeswoman(pipeline):
    """wash-post_2016-03-18_rabbis-vow-to-boycott-trump-spee: Hope Hicks speaks for the Trump campaign;
    "Republican Jewish leaders, who had hoped ..." speak for themselves."""
    text = ('Trump campaign spokeswoman Hope Hicks said in a statement that Trump "has a long history of '
            'being a strong supporter of Israel."\n'
            "Trump's rise has caused particular consternation among Republican Jewish leaders, who had hoped "
            "that lingering discomfort with President Obama's policies on Israel might lead to GOP gains in "
            "November.")
    att, doc, _ = _attributor(pipeline, text, published="2016-03-18")
    claim = _claim(att, doc, "discomfort")
    assert claim.speaker is not None and "Hicks" not in claim.speaker


def test_an_adviser_speaks_not_the_person_he_advises(pipeline):
    """wash-post_2016-06-09_party-aims-to-heal-primary-wound: "A Warren adviser ... said" is the
    adviser's claim for Warren's side, not Warren's own words."""
    text = ("Sen. Elizabeth Warren met with Clinton on Friday. A Warren adviser, who spoke on the condition "
            'of anonymity to speak candidly, said of the senator, "She takes the threat of Trump very '
            'seriously."')
    att, doc, _ = _attributor(pipeline, text, published="2016-06-09")
    claim = _claim(att, doc, "threat")
    assert claim.speaker == "A Warren adviser" and claim.actor is not None


def test_members_of_a_body_speak_for_it(pipeline, shared):
    """wash-post_2016-06-02_not-just-another-trump-vendetta (article up to the sentence): "Republican
    members of Congress criticized the president for attacking the decision": the members of Congress
    hold the claim (before, the phrase was cut before "of Congress" and the claim had no actor)."""
    path = shared / "corpora/polnear/train/text/wash-post_2016-06-02_not-just-another-trump-vendetta.txt"
    full = path.read_text(encoding="utf-8")
    text = full[: full.index("\n", full.index("seated just feet away from him"))]
    att, doc, _ = _attributor(pipeline, text, published="2016-06-02")
    claim = _claim(att, doc, "attacking")
    assert claim.actor is not None and claim.actor.country == "USA"
    assert claim.speaker == "Republican members of Congress"


def test_a_body_acting_for_itself_is_named_by_its_phrase(pipeline):
    """wash-post_2016-05-23_the-stark-campaign-contrasts-of-: the speaker of "The Clinton team will
    appeal to her base" is the team, not Clinton; a pronoun names no one."""
    text = "The Clinton team will appeal to her base with many of the same arguments Obama used."
    att, _, mentions = _attributor(pipeline, text, published="2016-05-23")
    clinton = next(m for m in mentions if m.text == "Clinton")
    assert att.speaker_of("text", clinton) == "The Clinton team"
    her = [m for m in mentions if m.kind == "pronoun"]
    assert all(att.speaker_of("text", m) == m.person for m in her)


def _article(shared, name: str, upto: str) -> str:
    """A PolNeAR train article from its start to the end of the paragraph holding `upto`."""
    full = (shared / "corpora/polnear/train/text" / name).read_text(encoding="utf-8")
    end = full.find("\n", full.index(upto))
    return full if end < 0 else full[:end]


def test_an_apposition_names_the_described_speaker(pipeline, shared):
    """west-journal_2015-11-13_ben-carson-just-dropped-a-powerf: "Carson's business manager, Armstrong
    Williams, stated: ..." is Williams speaking, not Carson."""
    text = _article(shared, "west-journal_2015-11-13_ben-carson-just-dropped-a-powerf.txt",
                    "Carson’s business manager, Armstrong Williams, stated")
    att, doc, _ = _attributor(pipeline, text, published="2015-11-13")
    assert _claim(att, doc, "spoke").speaker == "Armstrong Williams"


def test_a_review_of_someones_emails_is_not_theirs(pipeline, shared):
    """west-journal_2015-11-25_busted-emails-reveal-hillary-aid: "a recent review of Hillary Clinton's
    emails seems to show that ...": the review finds it, Clinton does not claim it."""
    text = _article(shared, "west-journal_2015-11-25_busted-emails-reveal-hillary-aid.txt",
                    "But a recent review of Hillary Clinton’s emails")
    att, doc, _ = _attributor(pipeline, text, published="2015-11-25")
    claim = _claim(att, doc, "coordinated")
    assert claim.cue_i is not None and claim.actor is None


def test_described_people_are_the_storys_people(pipeline, shared):
    """nyt_2016-09-06_u-s-presses-for-truce-in-syria-d: "Mrs. Clinton, analysts said, has other
    reasons ...": analysts of a US report are its people (CODEBOOK: "activists said" -> the country)."""
    text = _article(shared, "nyt_2016-09-06_u-s-presses-for-truce-in-syria-d.txt", "analysts said")
    att, doc, _ = _attributor(pipeline, text, published="2016-09-06")
    claim = _claim(att, doc, "reasons")
    assert claim.speaker == "analysts" and claim.actor is not None and claim.actor.country == "USA"
