"""Nested attributions, on real sentences from PolNeAR's train split (`shared/corpora/polnear/train/text/`,
file named in each case): a cue inside another cue's content is part of that attribution (PolNeAR never
marks an attribution inside another's content), while `claim_for` keeps the innermost speaker.
"""

from __future__ import annotations


def index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def source_text(doc, found) -> str | None:
    return None if found.source_start is None else doc.text[found.source_start : found.source_end]


def test_belief_reported_by_a_spokesman_is_one_attribution(claims):
    # breitbart_2015-12-16_newspaper-defense-secretary-used.txt (PolNeAR: Peter Cook told ... only)
    att, doc = claims("Carter’s press secretary, Peter Cook, told the Times that Carter believes his use "
                      "of personal email for work-related business was a mistake.")
    told, mistake = index(doc, "told"), index(doc, "mistake")
    assert att.cues("text") == [told]  # "believes" sits inside what Cook told
    assert index(doc, "believes") in att.content_of("text", told)
    assert mistake in att.content_of("text", told)
    assert source_text(doc, att.attribution_of("text", told)) == "Carter’s press secretary"
    assert source_text(doc, att.attribution_for("text", mistake)) == "Carter"  # innermost claim kept


def test_stance_inside_a_said_clause_is_not_a_second_attribution(claims):
    # breitbart_2016-01-05_the-latest-cruz-to-give-away-eng.txt (PolNeAR: Rubio says ...)
    att, doc = claims("Rubio says he opposes gun violence but that the president’s plans won’t help "
                      "prevent it.")
    says = index(doc, "says")
    assert [doc[i].text for i in att.cues("text")] == ["says"]
    assert index(doc, "violence") in att.content_of("text", says)
    assert source_text(doc, att.attribution_of("text", says)) == "Rubio"


def test_source_of_a_cue_is_its_own_even_when_its_content_opens_inside_another(claims):
    # breitbart_2016-08-24_report-half-clinton-s-state-meet.txt (PolNeAR: The AP reported that ...)
    att, doc = claims("The AP reported that, according to an analysis of her personal calendar and "
                      "contact information, 85 of the 154 meetings Clinton had with individuals who were "
                      "not U.S. government officials were with donors.")
    reported = index(doc, "reported")
    assert reported in att.cues("text")
    assert source_text(doc, att.attribution_of("text", reported)) == "The AP"


def test_refused_is_a_stance_cue(claims):
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt ("refused to" reads as "declined to")
    att, doc = claims("He refused to be the government’s pawn and participate in its transparent public "
                      "deception.")
    refused = index(doc, "refused")
    assert refused in att.cues("text")
    assert index(doc, "pawn") in att.content_of("text", refused)
    assert source_text(doc, att.attribution_of("text", refused)) == "He"


def test_speaker_the_parser_hung_as_an_apposition_still_speaks(claims):
    # breitbart_2016-06-05_elizabeth-warren-donald-trump-is.txt (PolNeAR: Sen. Elizabeth Warren said ...);
    # the name is parsed as an apposition of "convention", not as the subject of "said"
    att, doc = claims("Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth "
                      "Warren (D-MA) said presumptive Republican presidential nominee Donald Trump was a "
                      "“proven failure” in business.")
    said = index(doc, "said")
    assert said in att.cues("text")
    assert index(doc, "failure") in att.content_of("text", said)
    assert "Warren" in source_text(doc, att.attribution_of("text", said))
