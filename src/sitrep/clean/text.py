"""Plain-text articles: find the header (title, subtitle, date line, byline, caption) and the body.

Dumps of news pages put the headline on the first line, an optional standfirst after it, then a line
with the date and agency or author, sometimes an image caption, then the story, then page furniture.
A dump of a whole page puts menus and link lists first: the story is then the densest run of prose
(`region.story_span`) and its headline is scored among the short lines just above it.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from sitrep.clean.boilerplate import boilerplate_kind, story_mask
from sitrep.clean.dates import (
    FoundDate,
    date_after_words,
    day_first_reading,
    find_date,
    month_day,
    relative_date,
    relative_to,
    url_date,
    with_year_of,
)
from sitrep.clean.extracted import Extracted, same_text, text_key
from sitrep.clean.header import (
    MAX_META_WORDS,
    HeaderFacts,
    agency_byline,
    author_note,
    bare_byline_facts,
    bare_label,
    copyright_owner,
    credited_reporter,
    dateline_agency,
    dateline_length,
    embedded_post,
    is_known_name,
    is_person_name,
    is_place,
    is_role,
    is_section,
    label_line,
    masthead_line,
    opening_reprint_source,
    organisation_name,
    outlet_with_home,
    parse_header_line,
    reprint_source,
    run_in_credit,
    source_credit,
    source_label,
    unfinished_ends,
    wire_agency,
)
from sitrep.clean.outlet import (
    address_outlet,
    followed_outlet,
    fuller_name,
    generic_credit,
    initials,
    mail_outlet,
    masthead_name,
    names_platform,
    outlet_name,
    parent_company,
    site_name,
    sole_outlet,
    squeezed,
    staff_credit,
    title_site,
    without_buttons,
)
from sitrep.clean.region import date_only, lower_case_list, story_close, story_span, tag_list
from sitrep.records import RawDocument

HEADER_LINES = 6
"""How many lines from the top may hold the title, subtitle and date line."""
TITLE_MAX_WORDS = 30
SUBTITLE_MAX_WORDS = 45
CAPTION_MAX_WORDS = 30
DEEP_STORY = 8
"""A story whose dense run starts further down than this sits under page menus: look for its headline."""
HEADER_TOP_LINES = 3
"""A date line or byline further down than this, above a story near the top, says menus come first."""
HEADER_WINDOW = 14
"""How many lines above the story's dense run may hold the headline, standfirst, byline and caption."""
FURNITURE_WINDOW = 40
"""How far above a story the headline may sit when share bars and credits come between."""
HEADLINE_MIN_WORDS = 3
TEASER_RUN = 3
TEASER_MIN_WORDS = 5
"""Three headline-like blocks of five words or more in a row inside a story are links to other stories."""
HEADLINE_FULL_WORDS = 15
TEASER_SIGN_LINES = 2
"""A teaser prints its author and date right under it (a caption credit over an author box is none)."""
TEASER_LABEL_LINES = 2
"""Lines (section labels) a list of dated teasers prints between one teaser and the next."""
CARD_GAP = 1
"""Label lines a story card may print between the two copies of its headline ("Business")."""
REPEAT_WINDOW = 3
REPEAT_MIN_WORDS = 4
"""A shorter line printed twice is a menu's section name ("Astronomy & Space"), not a headline."""
BYLINE_WINDOW = 4
STANDFIRST_MIN_WORDS = 8
STANDFIRST_RATIO = 1.5
"""A standfirst runs at least this many times the words of the headline above it."""
TITLE_CASE_SHARE = 0.6
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+\S")
DATE_ABOVE_TITLE = 3
"""Lines above a headline deep in a page that may hold its date line."""
REPEAT_WEIGHT, BYLINE_WEIGHT, STANDFIRST_WEIGHT, CONTAINER_COST = 3.0, 2.0, 1.5, 3.0
"""How much a repeated line, a byline, date line or standfirst under it, and a line holding another
candidate count for a headline."""
_BYLINE = re.compile(r"^((posted|written|words|story|curated) )?by\b", re.I)
_STANDFIRST_END = re.compile(r"[.!?…][\"”’']?\s*$")
_TRAIL_SEPARATOR = re.compile(r"[»›>|/\\-]\s*$")
"""A breadcrumb ("Home » Column »") ends with the separator of the next, missing, item."""
_TRAIL_PARTS = re.compile(r"\s+[|–—»›-]\s+")
TRAIL_PART_WORDS = 3
TRAIL_MIN_PARTS = 3
"""Three short names in a row are a breadcrumb wherever they stand; two may be a headline ("Brexit -
live")."""
_BRACKETED = re.compile(r"^[(\[].*[)\]]$")
"""A line wrapped in brackets is a credit or a note, not a headline."""
LEDE_MIN_WORDS = 6
_GLUED_CREDIT = re.compile(r"(?<=[.!?\"”’])\s+\((?:additional )?(?:reporting|writing|compiled|edited|editing)"
                           r"(?: (?:in|from) [A-Z][\w .'’-]{1,40}?)? by\b[^()]{3,200}\)\s*$", re.I)
"""A wire story's credits printed at the end of its last paragraph ("... region. (Reporting by Jane Doe)",
"... the report. (Reporting in Kyiv by Jane Doe; Writing by John Roe)")."""
_CONTINUE_LINK = re.compile(
    r"(?<=[.!?\"”’])\s*\[(?:continue reading|read more|read the rest)[^\[\]]{0,20}\]\s*$", re.I)
"""A link to the rest of a story an excerpting page glues to its last paragraph ("[Continue reading…]")."""
HEADING_MAX_WORDS = 3
"""A related-links line this short ("Related", "Read more") heads or closes a link, it says nothing."""
LIST_MIN_LINES, LIST_MAX_LINES, LIST_ITEM_MAX_WORDS = 2, 12, 50
"""The block a list heading prints under it: a few lines, each a headline with its summary at most."""
LABEL_BLOCK_LINES = 4
CREDIT_MAX_WORDS = 8
_CREDIT_NAMES = re.compile(r"^[A-Z][\w.'’&-]*(?:(?: |\s?/\s?)(?:[A-Z0-9][\w.'’&-]*|of|the|via|and|for))*$")
NOTE_PARAGRAPHS = 3
"""How many closing paragraphs may hold a note on the author ("Jeff Foust (jeff@...) is the editor ...")."""
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


@dataclass(slots=True)
class Line:
    """One non-blank line, and whether a blank line (or the start) comes before it."""

    text: str
    opens_block: bool


def extract_text(raw: RawDocument) -> Extracted:
    """Title, subtitle, date, publisher, author and body paragraphs of a plain-text article."""
    lines = joined_labels(_dates_apart(_without_site_clock(split_lines(_without_tags(raw.content)))))
    out = Extracted(title=raw.title, url=raw.url)
    while lines and (address := _PRINTED_URL.match(lines[0].text)):  # the page's address over its headline
        out.url = out.url or address.group("url")
        lines = lines[1:]
        if lines:
            lines[0] = Line(lines[0].text, True)
    one_a_line = _one_paragraph_a_line(lines)
    if one_a_line:  # a line going on with the sentence of the line above stays in its block
        lines = [Line(line.text, index == 0 or not _continues(lines[index - 1].text, line.text))
                 for index, line in enumerate(lines)]
    facts = HeaderFacts()
    texts = [line.text for line in lines]
    story_start, story_end = story_span(texts)
    first = _header_top(lines, story_start)  # menus and link lists above the headline are skipped
    masthead = _past_masthead(lines, first)  # "UrduPoint.com", "Share:" over the headline
    top = _consume_header_lines(lines, masthead, facts)  # a date line or byline printed above the headline
    if top > masthead:  # "Saturday, November 23, 2024" / "21 Jumada Al-Awwal 1446" / the headline
        top = _consume_header_lines(lines, _past_masthead(lines, top), facts)
    if top == first and _kicker_over_header(lines, first):  # "World News" / "November 19, 2019 / 6:04 PM"
        top = _consume_header_lines(lines, first + 1, facts)
    if 0 < first == story_start:  # no headline above a story deep in a page: its first line is story
        start = top
    else:
        start = _title_and_subtitle(lines, top, out, one_a_line=one_a_line)
        if out.title is None and start == top and _headline_under_date_line(lines, masthead, top, facts):
            out.title, start = lines[top].text, top + 1  # "Last Updated: Friday, 3 March 2006" / headline
        if first > 0 and out.title is None:
            start = _chosen_headline(lines, first, story_start, out)
    title_site_name = _split_title(out, texts, raw.title is None)  # "Headline | TheHill"
    body_start = _header_facts(lines, start, out, facts)
    facts.publisher = facts.publisher or out.publisher  # the outlet a bare byline names
    if first > 0 or story_start > DEEP_STORY:  # teasers over a story deep in a page may take the top
        body_start = max(body_start, _story_opening(lines, body_start, story_start))
        dated = _dated_headline(lines, first, story_start)
        _scattered_header_facts(lines[first if dated else max(0, first - DATE_ABOVE_TITLE):first], facts)
        _scattered_header_facts(lines[start:body_start], facts, over_story=True)
    elif facts.author is None and _furniture_then_byline(lines, body_start, story_start):
        body_start = max(body_start, _story_opening(lines, body_start, story_start))
        _scattered_header_facts(lines[start:body_start], facts, over_story=True)
    if facts.author and facts.publisher is None and _cited_reporter(facts.author, texts[story_start:]):
        facts.author, facts.publisher = None, facts.author  # "By Trend:" over "..., he told Trend."
    if facts.publisher is None:
        facts.publisher = _labelled_reporter(lines[:max(body_start, story_start)], texts[story_start:])
    if facts.publisher and staff_credit(facts.publisher):  # "By Staff Reports": the staff, not the outlet
        facts.author, facts.publisher = facts.author or facts.publisher, None
    elif facts.publisher and facts.author is None and outlet_name(facts.publisher) != without_buttons(
            facts.publisher):
        facts.author = facts.publisher  # "By HNN Staff": the outlet's staff wrote it
    close = story_close(texts, body_start, story_end)
    body = lines[body_start:close]
    for index in range(min(BYLINE_WINDOW, len(body) - 1)):  # "From Jane Doe" over "SEOUL, Nov 28 (AP) --"
        if name := _from_byline(body[index].text, body[index + 1].text):
            facts.author, body = facts.author or name, body[:index] + body[index + 1:]
            break
    body = _drop_caption(body, out.title, after_date_line=body_start > start or (top > 0 and start == top))
    while body and (same_text(body[0].text, out.title) or same_text(body[0].text, out.subtitle)):
        body = body[1:]
    if len(body) > 1 and (source := opening_reprint_source(body[0].text)):  # "From La Frontera Times:"
        facts.publisher, body = facts.publisher or source, body[1:]
    if facts.publisher is None:  # a reprint's note over the story: "From Dawn.com (September 27, 2010):"
        facts.publisher = next((found for line in body[:BYLINE_WINDOW]
                                if (found := reprint_source(line.text))), None)
    captions = _credited_captions(body)  # a photo's caption over the dateline is no opening of the story
    opening = [line.text for line, caption in zip(body[:2 * BYLINE_WINDOW], captions, strict=False)
               if boilerplate_kind(line.text) is None and not caption][:2]  # its first two lines of story
    if opening and (credit := run_in_credit(opening[0])) is not None:  # "(Associated Press) JANE DOE ..."
        facts.author = facts.author or credit.author
        facts.published = facts.published or credit.published
    if opening and facts.publisher is None:  # under a reading time or a caption credit, or a lead paragraph
        facts.publisher = next((agency for text in opening if (agency := dateline_agency(text))), None)
    out.url = out.url or _printed_url(texts)
    if facts.publisher is None:
        facts.publisher = (wire_agency(texts[close]) if close < len(texts) else None) or _footer_publisher(
            texts, story_start, facts.author or out.author, title_site_name, out.url)  # "Reuters" at the end
    if facts.publisher is None and (note := _print_note(texts[story_start:])):
        facts.publisher = note[0]  # "Published in Dawn, November 11th, 2024"
    date_top = first if first > 0 and _dated_headline(lines, first, story_start) else 0
    header_lines = lines[max(0, first - DATE_ABOVE_TITLE):max(body_start, story_start)]
    out.published = (facts.published or url_date(out.url)
                     or _first_published(texts[story_start:])  # "First Published: Mar 02 2015" at the foot
                     or facts.updated  # "Updated Nov 13" on /2019/11/8/
                     or _date_before_title(texts[:HEADER_LINES], out.title)
                     or _nearby_date(lines, max(story_start, body_start), date_top)
                     or _dated_dateline(body[:2])  # "Key West - Monday May 8, 2023: A patrol boat ..."
                     or _yearless_date(lines[start:body_start] + body[:1], lines, story_start)
                     or _relative_header_date(header_lines, raw.fetched)
                     or _lone_footer_date(texts, story_end)
                     or (note[1] if (note := _print_note(texts[story_start:])) else None))
    if out.published:  # "09/12/2022" on a page printing "20/11/2019" is 9 December
        out.published = day_first_reading(out.published, texts, out.url)
    if facts.author is None:  # a wire story's credit line: "(Reporting by Jane Doe; Editing by John Roe)"
        facts.author = next((name for text in texts[story_start:] if (name := credited_reporter(text))), None)
    out.publisher = None
    if facts.publisher and not generic_credit(facts.publisher):  # "TEHRAN (Dispatches) --"
        spelled = _spelled_out(outlet_name(facts.publisher), texts, facts.author)
        out.publisher = _usual_spelling(spelled, texts)  # "REUTERS" as "(Reuters)" on the same page
    out.author = facts.author or out.author
    mask = story_mask([line.text for line in body])
    if first > 0:  # a page's photo galleries and teasers print date lines and bylines inside the story
        mask = [keep and parse_header_line(line.text) is None for line, keep in zip(body, mask, strict=True)]
    mask = [keep and not teaser and not card and not twice for keep, teaser, card, twice
            in zip(mask, _teaser_runs(body), _story_cards(body), _printed_twice(body), strict=True)]
    furniture = zip(_listed_blocks(body), _linked_teasers(body), captions,
                    _label_blocks(body), strict=True)  # lists, teasers over "Read more", captions, topics
    mask = [keep and not any(kinds) and not embedded_post(line.text)  # "— Jane Doe (@jd) May 4, 2023"
            and not _caption_with_credit(line.text)  # "... in Kuala Lumpur. — Picture by Jane Doe"
            and not tag_list(line.text)  # "drone attacks Pakistan ... RiyadhPakistan High Commission ..."
            for line, keep, kinds in zip(body, mask, furniture, strict=True)]
    mask = [keep and not (index < BYLINE_WINDOW and _dateline_furniture(line.text, out.publisher))
            for index, (line, keep) in enumerate(zip(body, mask, strict=True))]
    out.paragraphs = _paragraphs([line for line, keep in zip(body, mask, strict=True)
                                  if keep and not _PRINTED_URL.match(line.text)  # "URL: https://..."
                                  and not _PRINT_NOTE.match(line.text.strip())])  # "Published in Dawn, ..."
    out.paragraphs = [p for i, p in enumerate(out.paragraphs)
                      if i < len(out.paragraphs) - NOTE_PARAGRAPHS or not author_note(p, out.author)]
    out.paragraphs = [p for p, following in zip(out.paragraphs, [*out.paragraphs[1:], ""], strict=False)
                      if not _teaser_of(p, following)]  # "Patna, July 12 Police on ... were trying ..."
    out.paragraphs = [_CONTINUE_LINK.sub("", p) for p in out.paragraphs]  # "... threat. [Continue reading…]"
    if out.paragraphs and (credit := _GLUED_CREDIT.search(out.paragraphs[-1])):
        out.paragraphs[-1] = out.paragraphs[-1][: credit.start()]  # "... the region. (Reporting by Jane Doe)"
        out.author = out.author or credited_reporter(credit.group(0).strip())
    if out.paragraphs and (byline := _glued_byline(out.paragraphs[-1])):
        out.paragraphs[-1] = out.paragraphs[-1][: byline.start()]  # "... to the presidency. By Jane Doe"
        out.author = out.author or byline.group("name")
    if out.paragraphs and (agency := _glued_agency(out.paragraphs[-1])):
        out.paragraphs[-1] = out.paragraphs[-1][: agency.start()]  # "... she added. — Bernama"
        if boilerplate_kind(f"({_glued_name(agency)})") is None and not generic_credit(_glued_name(agency)):
            out.publisher = out.publisher or _glued_name(agency)
    if out.title is None and out.paragraphs and (glued := _headline_over_lost_dateline(out.paragraphs[0])):
        out.title, out.paragraphs[0] = glued  # "... Curfew in Portville, Ore.) -- The governor announced"
    if len(out.paragraphs) > 1 and source_credit(out.paragraphs[-1]):
        out.paragraphs.pop()  # "(With inputs from PTI)", read as the publisher by `_footer_publisher`
    return out


_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li)\b[^<>]{0,200}>", re.I)
_INLINE_TAG = re.compile(r"</?(?:span|font|strong|em|b|i|u|a|sup|sub)\b[^<>]{0,200}>", re.I)
_QUOTE_DEBRIS = re.compile(r"(?m)^[ \t]*(?:''|\"\")(?:[ \t]+|$)")


def _without_tags(content: str) -> str:
    """The text with the HTML tags a page's plain text kept from its source taken off (a content system
    printing its editor's markup: "<span style=...>Union Information ... exists.</span><br />"): a break or a
    paragraph's tag ends the line, an inline tag goes, and so do the stray quotes an escaped attribute left
    alone on a line. Plain text with no tag is returned as it is."""
    if "</" not in content and "<br" not in content.lower():
        return content
    content = _INLINE_TAG.sub("", _BREAK_TAG.sub("\n", content))
    return _QUOTE_DEBRIS.sub("", content)


_BARE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][\w.'’ -]{1,30}?)?, "
                            r"(?:[A-Z][a-z]{2,8}\.? ?\d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
                            r"(?:,? (?:19|20)\d\d)?\.?(?:\s*[-–—])?$")
"""A wire dateline printed on a line of its own over the story ("BAKU, Azerbaijan, Sept.1", a place in
capitals and the day, at times with the dash before the story: "VIETNAM, March 16 -"): no headline."""


def _dateline_furniture(text: str, publisher: str | None) -> bool:
    """A line over the story that only holds its dateline (`_BARE_DATELINE`) or the agency's label under it
    ("Trend:", read as the publisher by `_labelled_reporter`)."""
    return bool(_BARE_DATELINE.match(text)) or (publisher is not None and text.strip() == f"{publisher}:")


_LOST_DATELINE = re.compile(r"^(?P<headline>[^()]{15,200}?)\)\s*(?:--|[—–])\s*(?P<lead>[A-Z\"“].{40,})$")
"""A headline run into the story's first line where the page lost the dateline's opening bracket ("Governor
Declares Curfew in Portville, Ore.) -- The governor announced on Saturday ..."): a closing bracket with none
opened before it, then the wire's dash."""


def _headline_over_lost_dateline(paragraph: str) -> tuple[str, str] | None:
    """The headline and the lead of a first paragraph that glues them over a lost dateline
    (`_LOST_DATELINE`), when the part before the bracket reads as a headline in title case."""
    match = _LOST_DATELINE.match(paragraph)
    if match is None or not _title_case(match.group("headline")):
        return None
    return match.group("headline").strip(), match.group("lead")


_GLUED_AGENCY = re.compile(r"(?<=[.!?\"”’])\s+(?:[—–-]{1,2}\s*(?P<agency>[A-Z][\w&.' -]{1,30}?)"
                           r"|\(\s*(?P<bracketed>[A-Z][\w&.' -]{1,30}?)\s*\))\s*$")
"""An agency's credit a page glues to the story's last paragraph ("... she added. — Bernama", "... Bama
Ndong. (ANI)")."""


def _glued_agency(paragraph: str) -> re.Match[str] | None:
    """The agency's credit closing a paragraph (`_GLUED_AGENCY`), when the name is an organisation's."""
    match = _GLUED_AGENCY.search(paragraph)
    return match if match and organisation_name(_glued_name(match)) else None


_CUT_SHORT = re.compile(r"\s*(?:\.\.\.|…)\s*$")
TEASER_PREFIX_CHARS = 40


def _teaser_of(paragraph: str, following: str) -> bool:
    """Whether a paragraph is the story's summary cut short ("... who were trying ...") over the paragraph it
    repeats the opening of: the page's teaser, printed once more in full."""
    cut = _CUT_SHORT.search(paragraph)
    if cut is None or cut.start() < TEASER_PREFIX_CHARS:
        return False
    return following.startswith(paragraph[:cut.start()])


def _glued_name(match: re.Match[str]) -> str:
    """The agency's name a `_GLUED_AGENCY` match holds, after a dash or in brackets."""
    return match.group("agency") or match.group("bracketed")


_REPORTER_CITES = (r"\btold {name}\b", r"\baccording to {name}\b", r"\b{name}['’]s correspondent\b",
                   r"\b{name},? (?:reports|reported|informs|has learned|learned|learnt)\b")
"""How a story cites the outlet that reports it ("..., the spokesperson told Trend.", "Trend reports")."""


def _labelled_reporter(header: list[Line], texts: list[str]) -> str | None:
    """The agency a header line names alone before a colon ("BAKU, Azerbaijan, Sept.1" / "Trend:"), when the
    story cites it as reporting it."""
    return next((name for line in header if (name := line.text.strip().rstrip(":")) != line.text.strip()
                 and _cited_reporter(name, texts)), None)


def _cited_reporter(name: str, texts: list[str]) -> bool:
    """Whether a one-word name a byline gives ("By Trend:") is the agency the story cites as reporting it: a
    person is credited by a full name, an outlet by its one."""
    if " " in name or not name[:1].isupper():
        return False
    cites = re.compile("|".join(cite.format(name=re.escape(name)) for cite in _REPORTER_CITES))
    return any(cites.search(text) for text in texts)


def _teaser_runs(lines: list[Line]) -> list[bool]:
    """Whether each line is in a run of TEASER_RUN or more headlines, each a block of its own: the links to
    other stories a page prints inside or under a story without a heading ("Related")."""
    teaser = [False] * len(lines)
    run_start = 0
    for index in range(len(lines) + 1):
        if index < len(lines) and _teaser_like(lines[index]):
            continue
        if index - run_start >= TEASER_RUN:
            teaser[run_start:index] = [True] * (index - run_start)
        run_start = index + 1
    return teaser


def _block_after(lines: list[Line], index: int) -> range:
    """The lines of the block that starts right after `index` (empty when the next line goes on a block)."""
    start = index + 1
    if start >= len(lines) or not lines[start].opens_block:
        return range(start, start)
    end = start + 1
    while end < len(lines) and not lines[end].opens_block:
        end += 1
    return range(start, end)


def _listed_blocks(lines: list[Line]) -> list[bool]:
    """Whether each line is in the block a list heading ("Most Read", "Related", "More From X") prints
    under it: headlines with their summaries run on, one a line ("Tuesday's impeachment hearings were a
    disaster for Republicans Even their own witnesses said damaging stuff.", a Vox page)."""
    listed = [False] * len(lines)
    for index, line in enumerate(lines):
        rule = boilerplate_kind(line.text)
        if rule is None or not (rule.ends_list or (rule.name == "related_links"
                                                   and len(line.text.split()) <= HEADING_MAX_WORDS)):
            continue
        block = _block_after(lines, index)
        if LIST_MIN_LINES <= len(block) <= LIST_MAX_LINES and all(
                len(lines[i].text.split()) <= LIST_ITEM_MAX_WORDS for i in block):
            listed[block.start:block.stop] = [True] * len(block)
    return listed


def _label_blocks(lines: list[Line]) -> list[bool]:
    """Whether each line is in a block of LABEL_BLOCK_LINES or more short labels, the block a whole one
    between blank lines: the topics or sections a page lists under a story ("Opinion" / "Beltway
    Confidential" / "Royals" / "Jeffrey Epstein" / "Sexual Assault" / "Media", a Washington Examiner page)."""
    labels = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and not lines[end].opens_block:
            end += 1
        if lines[start].opens_block and end - start >= LABEL_BLOCK_LINES and all(
                _card_label(lines[i]) for i in range(start, end)):
            labels[start:end] = [True] * (end - start)
        start = end
    return labels


def _linked_teasers(lines: list[Line]) -> list[bool]:
    """Whether each line is a headline printed over its own "Read more" link, the two a block of their
    own inside a story ("Neil Young's Plan to Vote Against Trump Suffers Setback ..." / "Read more")."""
    linked = [False] * len(lines)
    for index in range(len(lines) - 1):
        line, link = lines[index], lines[index + 1]
        rule = boilerplate_kind(link.text)
        if (line.opens_block and not link.opens_block and rule is not None and rule.name == "related_links"
                and len(link.text.split()) <= HEADING_MAX_WORDS
                and (index + 2 == len(lines) or lines[index + 2].opens_block)
                and TEASER_MIN_WORDS <= len(line.text.split()) <= TITLE_MAX_WORDS):
            linked[index] = True
    return linked


def _credited_captions(lines: list[Line]) -> list[bool]:
    """Whether each line is a photo's caption: a sentence whose block holds only it and the credit under it
    ("Heavy air pollution in Delhi is shaving years off the lives of millions in Delhi." / "Biplov
    Bhuyan/Hindustan Times/Getty Images"; "... as a country develops ..." / "Ecological Economics"). A
    credit in brackets says so itself: the caption over it may end without a stop ("Kevin Mayer, the Disney
    executive who is overseeing the Disney+ streaming service" / "(Walt Disney Co.)", Los Angeles Times). A
    credit the photo-credit rule knows closing its block takes the unended short line over it along, in the
    block or not (a photo's alt text over its credit)."""
    caption = [False] * len(lines)
    for index in range(len(lines) - 1):
        line, credit = lines[index], lines[index + 1]
        alone = index + 2 == len(lines) or lines[index + 2].opens_block
        bracketed = bool(_BRACKETED.match(credit.text.strip()))
        if (line.opens_block and not credit.opens_block and alone
                and len(line.text.split()) <= CAPTION_MAX_WORDS * 2
                and (_SENTENCE_END.search(line.text) or bracketed)
                and (_credit_like(credit.text) or (bracketed and _credit_like(credit.text.strip()[1:-1])))):
            caption[index] = caption[index + 1] = True
        elif (not credit.opens_block and alone and _photo_furniture(credit.text) == "photo_credits"
              and len(line.text.split()) <= CAPTION_MAX_WORDS and not _SENTENCE_END.search(line.text)):
            caption[index] = True  # "Russian presidential spokesman Jane Doe" / "© John Roe/TASS"
    return caption


_CAPTION_CREDIT = re.compile(r"(?:\s*[—–-]{1,3}\s*|\s+\([\w ]{0,20}?)(?:photo|picture|pic|image)s?"
                             r"\s*(?:by\b|:|courtesy\b)\s*[^.!?()]{1,60}\)?\s*$", re.I)
"""A photo's credit closing a caption's line, after a dash or in brackets ("... in Kuala Lumpur. — Picture by
Jane Doe", "... the rally---picture:Desk", "... on Sunday. (Express Photo by Jane Doe)")."""


CAPTION_CREDIT_CHARS = 120
"""The credit closes the line: only its end is searched."""


_AGENCY_PHOTO_CREDIT = re.compile(r"(?<=[.!?])\s+[A-Z]{2,6}(?:/[A-Z]{2,6})*\s+Photos?(?:\s*/\s*|\s+)"
                                  r"[A-Z][^.!?()]{1,40}$")
"""An agency's photo credit closing a caption after its last sentence: "... in the capital yesterday. VNA/VNS
Photo Jane Doe", "... on Monday. AP Photo/John Roe"."""


def _caption_with_credit(text: str) -> bool:
    """Whether a line is a photo's caption closed by its credit (`_CAPTION_CREDIT`): no headline, no story."""
    tail = text[-CAPTION_CREDIT_CHARS:]
    return bool(_CAPTION_CREDIT.search(tail) or _AGENCY_PHOTO_CREDIT.search(tail))


def _credit_like(text: str) -> bool:
    """A photo credit: the credit rule's lines, or a few capitalised words with no sentence end ("NASA
    Worldview", "Sonu Mehta/Hindustan Times/Getty Images")."""
    rule = boilerplate_kind(text)
    if rule is not None and rule.name == "photo_credits":
        return True
    return len(text.split()) <= CREDIT_MAX_WORDS and bool(_CREDIT_NAMES.match(text))


def _printed_twice(lines: list[Line]) -> list[bool]:
    """Whether each line is printed again within a few lines: a photo gallery's caption (the slide and
    its thumbnail), never a paragraph of the story. (A table's short header row may be printed twice.)
    When a photo's credit stands between the two, the first is the photo's caption and the second the
    story's sentence it quotes ("The Doobie Brothers will unite ..." / "Photo by Jason Kempin/Getty
    Images" / "The Doobie Brothers will unite ...", Rolling Stone). A line opening with a wire's dateline is
    the story's lead, which a page may print twice (its summary, then the story: "ISLAMABAD, Pakistan - The
    military claimed ..." twice, The Inquirer): no caption opens with a dateline, one copy is kept."""
    twice = [False] * len(lines)
    keys = [text_key(line.text) for line in lines]  # `same_text` of two lines, each line keyed once
    for index, line in enumerate(lines):
        if len(line.text.split()) < STANDFIRST_MIN_WORDS:
            continue
        for other in range(index + 1, min(len(lines), index + REPEAT_WINDOW + 1)):
            if lines[other].text and keys[other] == keys[index]:
                twice[index] = True
                twice[other] = twice[other] or not (dateline_length(line.text) is not None or any(
                    _photo_furniture(lines[j].text) == "photo_credits" for j in range(index + 1, other)))
    return twice


def _story_cards(lines: list[Line]) -> list[bool]:
    """Whether each line is in a card linking to another story inside the body: a headline printed twice
    (image link and text link), a section label before or between, the summary lines run on under it.

    "Business" / "Tribune Publishing renames itself Tronc ..." / "Business" / the same headline / "The
    owner of the Los Angeles Times has a new name ..." (a Los Angeles Times column)."""
    card = [False] * len(lines)
    for index, line in enumerate(lines):
        if (card[index] or not TEASER_MIN_WORDS <= len(line.text.split()) <= TITLE_MAX_WORDS
                or _SENTENCE_END.search(line.text) or _title_case(line.text)):  # a table's header row
            continue
        twin = next((j for j in range(index + 1, min(len(lines), index + CARD_GAP + 2))
                     if same_text(lines[j].text, line.text)), None)
        if twin is None or not all(_card_label(lines[j]) for j in range(index + 1, twin)):
            continue
        first = index - 1 if index > 0 and _card_label(lines[index - 1]) else index
        last = twin + 1
        while last < len(lines) and not lines[last].opens_block:
            last += 1  # the summary printed on under the headline, in the same block
        card[first:last] = [True] * (last - first)
    return card


def _card_label(line: Line) -> bool:
    return len(line.text.split()) < HEADLINE_MIN_WORDS and not _SENTENCE_END.search(line.text)


def _teaser_like(line: Line) -> bool:
    words = len(line.text.split())
    initial = next((c for c in line.text if c.isalnum()), "")  # "'Naive and trusting' Grace Millane ..."
    return (line.opens_block and TEASER_MIN_WORDS <= words <= TITLE_MAX_WORDS
            and not _SENTENCE_END.search(line.text) and initial.isupper())


def _header_top(lines: list[Line], story_start: int) -> int:
    """Where the header starts: the top of the text, or the headline found above a story deep in a page."""
    shallow = story_start <= DEEP_STORY
    if shallow and not any(_byline_or_date(line.text) for line in lines[HEADER_TOP_LINES:story_start]):
        return 0  # the text opens with its header (title, standfirst, date line) as the seed does
    if (teasers := _dated_teasers_above(lines, story_start)) is not None:
        return _header_top(lines, teasers)  # "More stories like this one" between headline and story
    candidates = [i for i in _lines_above(lines, story_start) if _headline_like(lines[i].text)
                  and not (i > 0 and (_credits_author(lines[i - 1].text)  # "About <author>" under a byline
                                      or _topic_label(lines[i - 1].text)  # "Filed under:" / a topic
                                      or _CAPTION_LABEL.match(lines[i - 1].text)))  # "Image caption," / ...
                  and not _bare_byline_over_date(lines, i)  # "Jane Doe in Washington" / "Fri 9 Dec 2022"
                  and organisation_name(lines[i].text) is None  # "Press Trust of India Beijing" over its date
                  and not (i > 0 and _name_over_outlet(lines, i - 1))]  # "Jane Doe" / "The Associated Press"
    if not candidates:
        return 0 if shallow else story_start
    best = max(candidates, key=lambda i: (_headline_score(lines, i, story_start), i))
    above = best - 1
    if (above in candidates and _signed(lines, above, story_start) == (True, True)
            and len(lines[above].text.split()) < len(lines[best].text.split())
            and not _repeated(lines, best, story_start)):  # a kicker over the headline a share bar repeats
        best = above  # the best line is the (longer) standfirst printed under the headline
    elif (_signed(lines, best, story_start) != (True, True)
          and (above := _headline_above(lines, best)) is not None and above in candidates):
        best = above
    if shallow and not _signed(lines, best, story_start)[0]:
        return 0  # a few short lines above a headline with no byline or date under it: keep the top
    return best


_CAPTION_LABEL = re.compile(r"^(?:(?:image|photo|picture|media|video)\s+)?caption\s*[,:]?$", re.I)
"""The label a page prints over a photo's caption ("Image caption," / "Russia has been using Iranian-made
drones in Ukraine", BBC): the line under it is no headline."""


def _dated_teasers_above(lines: list[Line], story_start: int) -> int | None:
    """Where a list of dated teasers printed right above a story starts (each a headline over a line
    holding only its date, a section label between), or None when there is no such list."""
    index, found, first = story_start - 1, 0, None
    while index >= 1:
        if date_only(lines[index].text) and _headline_like(lines[index - 1].text):
            found, first = found + 1, index - 1
            index -= 2
        elif (first is not None and first - index <= TEASER_LABEL_LINES
              and _card_label_text(lines[index].text)):
            index -= 1
        else:
            break
    return first if found >= TEASER_RUN else None


def _card_label_text(text: str) -> bool:
    return len(text.split()) < HEADLINE_MIN_WORDS or text.isupper()  # "AUTO NEWS", "CAR REVIEWS"


def _topic_label(text: str) -> bool:
    """A label of the topics printed under it ("Filed under:" / "Analyzing Snap Counts", "Tags:")."""
    rule = boilerplate_kind(text)
    return text.endswith(":") and rule is not None and rule.name == "story_end"


def _headline_above(lines: list[Line], index: int) -> int | None:
    """The shorter headline a long unended standfirst is printed under, a label ("Editorial") between."""
    words = len(lines[index].text.split())
    above = index - 1
    if above > 0 and len(lines[above].text.split()) < HEADLINE_MIN_WORDS:
        above -= 1
    if (above < 0 or words < STANDFIRST_MIN_WORDS or not lines[above].opens_block
            or len(lines[above].text.split()) < TEASER_MIN_WORDS  # a kicker ("Middle East crisis")
            or _title_case(lines[index].text) or STANDFIRST_RATIO * len(lines[above].text.split()) > words
            or _INNER_SENTENCE_END.search(lines[above].text)):  # "Titan in false colour, 2004. (NASA...)"
        return None
    return above


def _title_case(text: str, share: float = TITLE_CASE_SHARE) -> bool:
    """Most longer words capitalised: a headline ("Just Revealed Some Tantalising Features"). All of them
    (`share` 1) for a headline ending with a full stop, which a caption naming people also does."""
    words = _CONTENT_WORD.findall(text)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= HEADLINE_MIN_WORDS and capitalised >= share * len(words)


def _lines_above(lines: list[Line], story_start: int) -> list[int]:
    """The HEADER_WINDOW lines above a story, not counting furniture (share bars print a dozen lines)."""
    found: list[int] = []
    index = story_start - 1
    while index >= 0 and len(found) < HEADER_WINDOW and story_start - index <= FURNITURE_WINDOW:
        if boilerplate_kind(lines[index].text) is None:
            found.append(index)
        index -= 1
    return found[::-1]


def _chosen_headline(lines: list[Line], index: int, story_start: int, out: Extracted) -> int:
    """Take the headline found deep in a page even where no blank line sets it apart; return the next line."""
    out.title = lines[index].text
    if _signed(lines, index, story_start)[1]:
        out.subtitle = lines[index + 1].text
        return index + 2
    return index + 1


def _headline_score(lines: list[Line], index: int, story_start: int) -> float:
    """How much a line above a story looks like its headline rather than a menu item or teaser.

    Pages print the headline twice (a breadcrumb, a share prompt ending with it), put a byline or date
    line under it, and make it longer than section names."""
    text = lines[index].text
    near = range(max(0, index - REPEAT_WINDOW), min(len(lines), index + REPEAT_WINDOW + 1))
    signed, subtitled = _signed(lines, index, story_start)
    standfirst = subtitled or (index + 1 < story_start and _standfirst_like(lines[index + 1].text))
    length = min(len(text.split()), HEADLINE_FULL_WORDS) / HEADLINE_FULL_WORDS
    return (REPEAT_WEIGHT * _repeated(lines, index, story_start) + BYLINE_WEIGHT * signed
            + STANDFIRST_WEIGHT * standfirst + length - CONTAINER_COST * _contains_other(lines, index, near)
            - BYLINE_WEIGHT * (signed and _signed_headline_below(lines, index, story_start)))


def _repeated(lines: list[Line], index: int, story_start: int) -> bool:
    """Whether a page prints a line again as its headline: next to it, in a share bar's prompt, over a
    photo gallery, or as the page's title with the site's name after it ("<headline> – BGR")."""
    text = lines[index].text
    if len(text.split()) < REPEAT_MIN_WORDS:
        return False
    near = range(max(0, index - REPEAT_WINDOW), min(len(lines), index + REPEAT_WINDOW + 1))
    return (any(j != index and (same_text(lines[j].text, text) or _ends_with(lines[j].text, text))
                for j in near)
            or any(_ends_with(lines[j].text, text) or (j - index <= 2 * REPEAT_WINDOW
                                                       and same_text(lines[j].text, text))
                   for j in range(index + 1, story_start))
            or any(_page_title(lines[j].text, text) for j in range(story_start) if j != index))


_SITE_AFTER_TITLE = re.compile(r"^\s+[|–—-]\s+\S.{0,40}$")


def _page_title(line: str, headline: str) -> bool:
    """A page's title printed as a line: the headline with the site's name after a separator."""
    return line.startswith(headline) and bool(_SITE_AFTER_TITLE.match(line[len(headline):]))


def _signed_headline_below(lines: list[Line], index: int, story_start: int) -> bool:
    """Whether another signed headline stands between a signed headline's date line or byline and the
    story: the upper one is a teaser of another story ("Allow Me to ..." / "Adam Clark Estes" /
    "11/13/19 9:00AM" over the story's own headline and byline)."""
    sign = next((j for j in range(index + 1, min(story_start, index + BYLINE_WINDOW + 1))
                 if _byline_or_date(lines[j].text)), None)
    if sign is None:
        return False
    return any(_headline_like(lines[j].text) and bare_byline_facts(lines[j].text) is None
               and _signed(lines, j, min(story_start, j + TEASER_SIGN_LINES + 1))[0]
               for j in range(sign + 1, story_start))


def _standfirst_like(text: str) -> bool:
    """A one-sentence summary under a headline: ends like a sentence, is no byline, date or widget."""
    words = len(text.split())
    return (STANDFIRST_MIN_WORDS <= words <= SUBTITLE_MAX_WORDS and bool(_STANDFIRST_END.search(text))
            and boilerplate_kind(text) is None and not _byline_or_date(text))


def _signed(lines: list[Line], index: int, story_start: int) -> tuple[bool, bool]:
    """Whether a byline or date line follows a headline, and whether a standfirst block lies between.

    Another headline-like line between them is a standfirst only when both stand in blocks of their own
    (a list of teasers prints its items line after line)."""
    subtitled = False
    window = _past_share_bar(lines, index + 1, story_start)[:BYLINE_WINDOW]
    for place, j in enumerate(window):
        if (_byline_or_date(lines[j].text) or _bare_byline_over_date(lines, j)
                or (place == 0 and j > index + 1 and _byline_facts(lines[j].text))):
            return True, subtitled  # a date line or byline; a bare name over a date or under a share bar
        if _headline_like(lines[j].text):
            if subtitled or place > 0 or not (_stands_alone(lines, index) and lines[j].opens_block):
                return False, False
            if j + 1 < story_start and _standfirst_like(lines[j + 1].text):
                return False, False  # the next line has a standfirst of its own: this is a site's tagline
            subtitled = True
    return False, False


def _stands_alone(lines: list[Line], index: int) -> bool:
    """A line opening a block, or printed right under furniture ("Trends :King Charles Coronation..." over
    the headline, News18) or under one word opening the block (a menu's button, "HamberMenu" over The
    Hindu's headline; a kicker): nothing of the story goes on before it."""
    if lines[index].opens_block or index == 0:
        return lines[index].opens_block
    above = lines[index - 1]
    return boilerplate_kind(above.text) is not None or (
        above.opens_block and len(above.text.split()) == 1 and not _SENTENCE_END.search(above.text))


SHARE_BAR_LINES = 12
"""How many share buttons a page prints between a headline and its byline ("197 Shares" / "Buffer" / ...)."""


def _past_share_bar(lines: list[Line], start: int, end: int) -> list[int]:
    """The indices from `start` to `end`, less a share bar's buttons printed right at `start`: a byline
    printed under them is still under the headline ("How to Adopt ..." / "197 Shares" / ... / "Pamela
    Wilson")."""
    first = start
    while first < min(end, start + SHARE_BAR_LINES) and _share_button(lines[first].text):
        first += 1
    return list(range(first, end)) if first < end else []


def _share_button(text: str) -> bool:
    rule = boilerplate_kind(text)
    return rule is not None and rule.name == "share_follow"


def _ends_with(line: str, headline: str) -> bool:
    """A longer line ending with the headline: "Share this on Facebook: <headline>", "Home News<headline>"."""
    return len(line) > len(headline) and line.endswith(headline)


def _contains_other(lines: list[Line], index: int, near: range) -> bool:
    return any(j != index and _ends_with(lines[index].text, lines[j].text) and len(lines[j].text.split())
               >= HEADLINE_MIN_WORDS for j in near)


def _byline_or_date(text: str) -> bool:
    return (parse_header_line(text) is not None or bool(_BYLINE.match(text)) or relative_date(text)
            or _opens_with_date(text))


def _opens_with_date(text: str) -> bool:
    """A short line opening with a date: "October 12, 2018/0 Comments/in Jeongdong Promotion /by jdadmin"."""
    found = find_date(text)
    return found is not None and found.start == 0 and len(text.split()) <= MAX_META_WORDS


def _credits_author(text: str) -> bool:
    facts = parse_header_line(text)
    return facts is not None and facts.author is not None


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_GLUED_ITEMS = re.compile(r"[a-z]{4}[A-Z][a-z]")
GLUED_MENU_ITEMS = 3
"""Menu items a scraper printed without spaces between them ("FinancialGovernment SolutionsLegalReuters
News Agency..."): three such joins make a menu, not a headline (a brand's "PlayStation" makes one)."""


def _headline_like(text: str) -> bool:
    words = len(text.split())
    letter = next((c for c in text if c.isalnum()), "")  # "10 things in tech you need to know today"
    return (HEADLINE_MIN_WORDS <= words <= TITLE_MAX_WORDS
            and (not text.endswith(".") or _title_case(text, 1.0))
            and (letter.isupper() or letter.isdigit())
            and (text.lower() == text.upper() or text.upper() != text)  # a kicker in capitals is a label
            and not _BRACKETED.match(text) and not _TRAIL_SEPARATOR.search(text) and not _trail(text)
            and boilerplate_kind(text) is None and not _byline_or_date(text)  # "1 of 5" is a gallery's
            and len(_GLUED_ITEMS.findall(text)) < GLUED_MENU_ITEMS
            and find_date(text) is None)  # "21/06/2014 Tony Carter News": a date line, not a headline


def _trail(text: str, min_parts: int = 2) -> bool:
    """Short names joined by separators: a breadcrumb or section heading ("Blog - Latest News",
    "Home | World"), not a headline."""
    parts = _TRAIL_PARTS.split(text)
    return len(parts) >= min_parts and all(len(part.split()) < TRAIL_PART_WORDS for part in parts)


def _scattered_header_facts(lines: list[Line], facts: HeaderFacts, *, over_story: bool = False) -> None:
    """Merge the date lines and bylines found among author boxes, share bars and captions by a headline.

    With `over_story` the lines end where the story opens: a name printed there in a block of its own, a
    share bar above it, is the byline ("Pamela Wilson" over "Business focus is why ...")."""
    for index, line in enumerate(lines):
        if boilerplate_kind(line.text) is not None:
            continue  # "Share Tweet" by a date line is a share bar, no byline
        found = parse_header_line(line.text)
        if found is None and len(line.text.split()) <= MAX_META_WORDS and (date := find_date(line.text)):
            found = HeaderFacts(published=date.iso)  # a date line with a reading time, a topic, a clock...
        if found is None:
            found = _name_over_outlet(lines, index)  # "Jane Doe" / "The Associated Press"
        if found is None and (_signs_byline(lines, index) or (over_story and _name_over_story(lines, index))):
            found = _byline_facts(line.text)  # "Maren Estrada" over "November 19th, 2019 at 8:40 AM"
            if found is None and (agency := agency_byline(line.text)):
                found = HeaderFacts(publisher=agency)  # "Reuters, Washington," over "Nov 20 2019, 11:06am"
        if found is not None:
            facts.merge(found)


def _byline_facts(text: str) -> HeaderFacts | None:
    """Author and outlet of a byline printed without "By", unless the line names a share bar's platforms
    ("Whatsapp Facebook Pint Baixar" reads as four capitalised names), a job title ("Contributing
    Writer") or a section ("Middle East")."""
    if names_platform(text) or is_role(text) or is_section(text):
        return None
    return bare_byline_facts(text)


def _bare_byline_over_date(lines: list[Line], index: int) -> bool:
    """A byline printed without "By" right over a date line ("Jane Doe in Washington" / "Fri 9 Dec 2022
    17.40 GMT", the Guardian): the author's name, no headline."""
    facts = _byline_facts(lines[index].text)
    return (facts is not None and facts.author is not None and index + 1 < len(lines)
            and _byline_or_date(lines[index + 1].text))


def _furniture_then_byline(lines: list[Line], body_start: int, story_start: int) -> bool:
    """Whether page furniture (a share bar, a photo's credit and caption) stands between a header near the
    top and a byline over the story ("Share" / "IMAGE SOURCE, Reuters" / "Image caption," / ... / "By
    Jane Doe" / "BBC News, Washington", BBC): the byline is the story's, the lines above it no story."""
    between = lines[body_start:story_start]
    bylines = (line.text for line in between if _BYLINE.match(line.text))
    return (any(boilerplate_kind(line.text) is not None for line in between)
            and any(parse_header_line(text) is not None for text in bylines))


def _name_over_story(lines: list[Line], index: int) -> bool:
    """Whether a line is the last before the story's opening, in a block of its own."""
    return index == len(lines) - 1 and lines[index].opens_block


def _signs_byline(lines: list[Line], index: int) -> bool:
    """Whether a date line or a job title ("Contributing Writer") is printed next to a line: a name
    there is the author's, not a menu item's."""
    near = [lines[j].text for j in (index - 1, index + 1) if 0 <= j < len(lines)]
    if index + 2 < len(lines) and len(lines[index + 1].text.split()) == 1:  # "Molly Wood" / "Ideas" / a date
        near.append(lines[index + 2].text)
    return any(find_date(text) is not None or relative_date(text) or is_role(text) for text in near)


_TITLE_PHOTO_CREDIT = re.compile(
    r"\s*[(\[](?:file |representational |representative )?(?:photo|picture|image|pic|video)s?"
    r"(?:\s*(?:[|:/,–—-]|by|courtesy)\s*[^()\[\]]{1,40})?[)\]]$", re.I)
"""A photo's credit a page prints after a caption taken for the headline ("... Bhutto Zardari (Photo | AP)",
"... (File photo)")."""


def _split_title(out: Extracted, texts: list[str], own: bool) -> str | None:
    """Take the site's name off a title the page printed with it ("Headline | TheHill"); return the name.
    A photo's credit closing it goes too (`_TITLE_PHOTO_CREDIT`), and so do the page's labels and byline
    glued to it (`_unlabelled_title`). A title the source gave (`own` False) is left as it is."""
    if not own or not out.title:
        return None
    out.title = _TITLE_PHOTO_CREDIT.sub("", out.title) or out.title
    _unlabelled_title(out, texts)
    split = (_headline_printed_under(out.title, texts) or title_site(out.title, lambda: _printed_names(texts))
             or _site_in_masthead(out.title, texts))
    if split is None:
        return None
    out.title = split[0]
    return split[1]


_TITLE_TAIL = re.compile(r"^\s*(?:[,|:·]|\s[-–—])\s*(?P<tail>.+)$")
_LAST_PIECE = re.compile(r"(?:\s[|–—-]\s)(?P<site>[^|–—]+)$")


def _headline_printed_under(title: str, texts: list[str]) -> tuple[str, str] | None:
    """Headline and site name of a page's title that a line under it prints alone without what follows it
    ("Minister's aide arrested, Latest World News - The Daily Example" over "Minister's aide
    arrested"): the lone line is the headline, the rest the section and the site."""
    for text in texts[1:HEADER_LINES]:
        text = text.strip()
        if (text != title and title.startswith(text) and len(text.split()) >= HEADLINE_MIN_WORDS
                and (tail := _TITLE_TAIL.match(title[len(text):]))):
            site = _LAST_PIECE.search(title[len(text):])
            return text, (site.group("site") if site else tail.group("tail")).strip()
    return None


def _site_in_masthead(title: str, texts: list[str]) -> tuple[str, str] | None:
    """Headline and site name of a title closed by a bar and a longer form of the name a masthead above it
    printed after its own bar ("... Attack | EXAMPLE HERALD English Archive 2005 -2017" under "World News
    Opinion | Example Herald", `_site_bar_over_title`)."""
    if _BAR not in title:
        return None
    headline, tail = title.rsplit(_BAR, 1)
    for text in texts[:HEADER_LINES]:
        if text != title and _BAR in text:
            site = text.rsplit(_BAR, 1)[1].strip()
            if 0 < len(site.split()) <= SITE_NAME_MAX_WORDS and site.casefold() in tail.casefold():
                return headline.strip(), site
    return None


_KICKER = re.compile(r"^(?P<kicker>[^|]{2,40}?)\s+\|\s+(?P<headline>[^|]+)$")
"""A kicker printed before the headline with a bar between ("Parliament proceedings | Opposition parties walk
out of ...", The Hindu): a short label, then the headline."""
KICKER_MAX_WORDS = 3
MENU_PREFIX_WORDS = 5
"""The most words and separators of a menu printed before a repeated headline ("Home / LATEST / ")."""
_TITLE_BYLINE = re.compile(r"^(?P<headline>.+?)\s+[–—-]\s+(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})$")
"""A byline glued to the end of a headline after a dash ("China sentences former minister – Jane Doe")."""
_QUOTES = re.compile(r"[\"“”‘’']\s|[\"“”]")


def _unlabelled_title(out: Extracted, texts: list[str]) -> None:
    """Take off a title what the page glued to it: a breadcrumb or menu word over the headline it repeats
    on the next line ("Home / Latest / X" over "X"), a kicker before a bar, a section's name glued to a
    headline in sentence case ("World U.S. military denies ..."), and a byline after a dash, which goes to
    the author."""
    title = out.title or ""
    if out.subtitle and title != out.subtitle and title.endswith(" " + out.subtitle) and len(
            title[: -len(out.subtitle)].split()) <= MENU_PREFIX_WORDS and _headline_like(out.subtitle):
        out.title, out.subtitle = out.subtitle, None  # "Home Scope X" / "X": the menu over the repeated line
        return
    if (kicker := _KICKER.match(title)) and _kicker_and_headline(*kicker.group("kicker", "headline")):
        out.title = kicker.group("headline")
    elif _glued_section(title, texts):
        out.title = title.split(None, 1)[1]
    if (signed := _TITLE_BYLINE.match(out.title or "")) and _unprinted_byline(signed, texts):
        out.title, out.author = signed.group("headline"), out.author or signed.group("name")


def _kicker_and_headline(kicker: str, headline: str) -> bool:
    """A short label with no sentence's end before a bar, a headline longer than it after."""
    return (len(kicker.split()) <= KICKER_MAX_WORDS and not _SENTENCE_END.search(kicker)
            and _headline_like(headline) and len(headline.split()) > KICKER_MAX_WORDS)


def _glued_section(title: str, texts: list[str]) -> bool:
    """Whether a title opens with a section's name glued to the headline ("World U.S. military denies
    reports ..."): a section's word that is no place's, then a headline in sentence case opening with one
    capitalised word (a name goes on in capitals: "Iran Foreign Minister to visit ..."), the two words no name
    the actor vocabulary knows ("South Dakota") and never printed together in the story (as "World Bank" or
    "Security Council" are, which open headlines)."""
    words = title.split()
    if (len(words) <= HEADLINE_MIN_WORDS or not words[0].isalpha()  # "BREAKING: ..." is a desk's label
            or not is_section(words[0]) or is_place(words[0])
            or not words[1][:1].isupper() or not words[2][:1].islower()  # "Iran Foreign Minister to ..."
            or is_known_name(" ".join(words[:2]))):  # "South Dakota governor defends ..."
        return False
    rest = " ".join(words[1:])
    if _title_case(rest) or not _headline_like(rest):
        return False
    pair = re.compile(r"\b" + re.escape(words[0]) + r"\s+" + re.escape(words[1]), re.I)
    return not any(pair.search(text) for text in texts if text != title)


def _unprinted_byline(signed: re.Match[str], texts: list[str]) -> bool:
    """Whether the name after a title's dash is its writer's: a person's name, not a place's, after a
    headline in sentence case (in title case any capitalised words read as a name) that quotes no one (a
    quote's speaker closes it so: "'We will win' – Jane Doe"), and the story
    never names them, nor prints their last name as a word of its own (a headline's subject or speaker is
    named in the story; its writer is not; "Fishermen's Unions" is no one's name)."""
    name, headline = signed.group("name"), signed.group("headline")
    if (not is_person_name(name) or is_place(name) or len(headline.split()) < HEADLINE_MIN_WORDS
            or _QUOTES.search(headline) or _title_case(headline)):  # "... Before Debate – Refused Outright"
        return False
    surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b", re.I)  # "unions": no surname
    return not any(surname.search(text) for text in texts if signed.group(0) not in text)


def _printed_names(texts: list[str]) -> list[str]:
    """The names a page gives itself in its furniture, masthead and rights notice, and the short lines it
    prints below its first: a title's "- The Verge" is the site's when the page prints "The Verge" alone
    (its logo's text), and a headline's last words ("- The Final Debate") seldom stand alone on a line."""
    named = [name for name in (site_name(texts), masthead_name(texts), _rights_owner(texts)) if name]
    return named + [text for text in texts[1:] if len(text.split()) <= MASTHEAD_WORDS]


def _rights_owner(texts: list[str]) -> str | None:
    """The owner the page's last rights notice names, as the outlet it publishes when it publishes only
    that one ("© 2019 NYP Holdings, Inc." names the New York Post)."""
    return next((sole_outlet(owner) for text in reversed(texts) if (owner := copyright_owner(text))), None)


def _footer_publisher(texts: list[str], story_start: int, author: str | None,
                      titled: str | None = None, url: str | None = None) -> str | None:
    """A closing credit's agency ("(With inputs from PTI)"), else the outlet the page names as its own
    ("Follow The Verge online:", a masthead spelling its host), else the owner in the page's rights
    notice, else the name after its title ("Headline | TheHill"), which a parent company's notice ("©
    2019 News Communications, Inc.") yields to and a site's ("© 2019 AutoIndustriya.com" over "Headline -
    Auto News", a section) does not; else the outlet the story's address names (`url`), the one at whose
    domain the page's e-mail addresses are or the one its follow prompt gives the handle of, before a
    group owning several outlets."""
    credited = next((agency for text in texts[story_start:] if (agency := source_credit(text))), None)
    owner = _rights_owner(texts)
    site = site_name(texts, author) or masthead_name(texts) or (
        titled if not owner or parent_company(owner) else None)
    if credited or not site:  # a group owning several outlets yields to the outlet its e-mails are at
        outlet = owner if owner and not parent_company(owner) else None
        return (credited or outlet or address_outlet(url, texts) or mail_outlet(texts)
                or followed_outlet(texts) or owner)
    return owner if owner and fuller_name(owner, site) else site


_ABBREVIATION = re.compile(r"^[A-Z]{2,5}$")


def _spelled_out(publisher: str, texts: list[str], author: str | None) -> str:
    """A byline's abbreviated outlet ("By HNN Staff") as the page names itself in full ("About Hawaii News
    Now"), when the initials match; other names as they are ("AP" on a page of the Boston Globe)."""
    if not _ABBREVIATION.match(publisher):
        return publisher
    site = site_name(texts, author) or masthead_name(texts)
    return site if site and initials(site) == publisher.lower() else publisher


MASTHEAD_WORDS = 4
"""The most words of a line printing a site's name alone (its logo's text)."""
ACRONYM_MAX = 4
"""The most letters of a name printed in capitals that may be an acronym ("AP", "CNN", "TASS")."""
_SMALL_WORDS = frozenset({"of", "the", "and", "for"})


def _usual_spelling(publisher: str, texts: list[str]) -> str:
    """A wire agency printed in capitals ("REUTERS") as the page spells it elsewhere ("WASHINGTON (Reuters)
    -"), else in its usual capitals ("PRESS TRUST OF INDIA" -> "Press Trust of India"); an outlet printed
    in capitals as the page prints it most often ("WIRED", which Wired's pages print so; "AUTORACING" on a
    page printing "Autoracing"); an acronym ("AP", "CNN") as it is."""
    if not publisher.isupper() or len(squeezed(publisher)) <= ACRONYM_MAX:
        return publisher
    printed = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, publisher.split())) + r"(?!\w)", re.I)
    first = publisher.split()[0].lower()  # most lines do not hold the name: read only those that may
    spellings = Counter(match.group(0) for text in texts if first in text.lower()
                        for match in printed.finditer(text) if match.group(0)[0].isupper())
    capitals = sum(count for spelling, count in spellings.items() if spelling.isupper())
    usual = next((spelling for spelling, _ in spellings.most_common() if not spelling.isupper()), None)
    if wire_agency(publisher) is None:
        return usual if usual and spellings[usual] > capitals else publisher
    if usual:
        return usual
    words = publisher.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))  # "Agence France-Presse"


def _dated_headline(lines: list[Line], first: int, story_start: int) -> bool:
    """Whether a date line follows the headline found deep in a page: the dates above it are then
    teasers', not the story's."""
    below = lines[first + 1:min(story_start, first + BYLINE_WINDOW + 1)]
    return first > 0 and any(relative_date(line.text) or _opens_with_date(line.text) or (
        (facts := parse_header_line(line.text)) is not None and (facts.published or facts.updated))
        for line in below)


TITLE_DATE_CHARS, TITLE_DATE_MIN_WORDS = 30, 4
"""How far before the headline's words a date printed with them may start; how many words the headline needs
to be found again (a short one may be a common phrase)."""


def _date_before_title(texts: list[str], title: str | None) -> str | None:
    """The full date printed right before the page's own headline on a header line, glued or spaced ("...
    in Sochi. 17 Sep 2018In Sochi started ...", a caption, the date and the headline run together): the
    headline's date. A teaser's date stands before another story's headline."""
    if not title or len(title.split()) < TITLE_DATE_MIN_WORDS:
        return None
    for text in texts:
        at = text.find(title)
        before = text[max(0, at - TITLE_DATE_CHARS):at].rstrip(" |·•-–—:") if at > 0 else ""
        if before and (found := find_date(before)) and found.end == len(before):
            return found.iso
    return None


def _nearby_date(lines: list[Line], story_start: int, top: int) -> str | None:
    """The date on the nearest short line above the story, not above `top` (a headline with its own date
    line, whose teasers above print theirs): a date line among a share bar or topic list."""
    for index in range(story_start - 1, max(top - 1, story_start - FURNITURE_WINDOW - 1), -1):
        text = lines[index].text
        if len(text.split()) <= MAX_META_WORDS and (found := find_date(text)):
            return found.iso
    return None


LEAD_DATE_CHARS = 40
_DATED_OPENING = re.compile(r"^[A-Z][\w.'’ -]{1,40}?(?:\s[-–—]\s(?P<date>[^:]{8,40})"
                            r"|,\s(?P<dated>[^:,]{3,20},?\s(?:19|20)\d\d)):\s")
"""A story opening with its place and full date before a colon: "Key West - Monday May 8, 2023: A patrol
boat crew ..." (a local outlet's dateline); after a comma the date holds its year ("Naya Raipur, November
22, 2012: It took ...")."""


def _dated_dateline(opening: list[Line]) -> str | None:
    """The full date the story's first paragraph opens with after its place (`_DATED_OPENING`) or before its
    wire dateline ("Dec 9, 2022 WASHINGTON (Reuters) - ..."), or that a wire dateline opening one of the
    `opening` paragraphs holds (a lead paragraph may come first: "Brussels, 12 July 2004 (RFE/RL) -- ..."),
    else None."""
    if opening and (lead := find_date(opening[0].text[:LEAD_DATE_CHARS])) and lead.start == 0 and (
            dateline_length(opening[0].text) is not None):
        return lead.iso
    for line in opening:  # "Brussels, 12 July 2004 (RFE/RL) -- ...", under a lead paragraph at most
        if (length := dateline_length(line.text)) and (found := find_date(line.text[:length])):
            return found.iso
    match = _DATED_OPENING.match(opening[0].text) if opening else None
    date = match.group("date") or match.group("dated") if match else None
    if date is None or (found := find_date(date)) is None:
        return None
    before = date[:found.start].strip(" ,")  # a weekday at most: "Thursday March 16, 2023"
    return found.iso if not before or before.isalpha() else None


def _yearless_date(header: list[Line], lines: list[Line], story_start: int) -> str | None:
    """A header's date printed without a year ("Updated Dec 9", "Dec 29 (Reuters) - ..."), given the year
    of the full date printed nearest the story; None when the page prints no full date."""
    found = None
    for line in header:
        opening = line.text.split(" (", 1)[0] if dateline_agency(line.text) else line.text
        for text in (opening, opening.split(", ", 1)[-1]):  # "WASHINGTON, Dec 9 (Reuters) -"
            if len(text.split()) <= MAX_META_WORDS and (found := month_day(text)):
                break
        if found:
            break
    if found is None:
        return None
    order = sorted(range(len(lines)), key=lambda i: abs(i - story_start))
    anchor = next((date.iso for i in order if (date := _page_date(lines[i].text, i < story_start))), None)
    return with_year_of(found, anchor) if anchor else None


def _page_date(text: str, above_story: bool) -> FoundDate | None:
    """A full date the page prints as its own: on a line over the story, or on a date line anywhere
    ("Published: May 3, 2019" under it). A date in a story's sentence is the day of what it tells ("On May
    2, 2016, two patrols were ambushed"), not the year of a year-less dateline; neither is a
    copyright's year."""
    found = find_date(text)
    if found is None or above_story:
        return found
    facts = parse_header_line(text)
    return found if facts is not None and (facts.published or facts.updated) else None


_PRINTED_URL = re.compile(
    r"^(?:(?:url|source|link|permalink|original(?: url)?)\s*:\s*)?(?P<url>https?://\S+)$", re.I)
URL_LINES = 3
"""How many lines at the top or bottom of a dump may print the story's own address."""


def _printed_url(texts: list[str]) -> str | None:
    """The story's address printed alone on a line at the top or bottom of a dump ("URL: https://...")."""
    for text in texts[:HEADER_LINES] + texts[-URL_LINES:]:
        if match := _PRINTED_URL.match(text):
            return match.group("url")
    return None


FOOTER_DATE_LINES = 3
"""How far under the story a post's date line may be printed (a blog's footer: tags, date, "Posted By")."""


_FIRST_PUBLISHED = re.compile(r"^(?:first|originally) published(?: on)?\s*:?\s*\S", re.I)


def _first_published(texts: list[str]) -> str | None:
    """The date a line labelled as the story's first publication gives ("First Published: Mar 02 2015 |
    8:15 AM IST" under a story whose header prints only "Last Updated : Feb 11 2018", the day the page was
    last touched): a story's own day, over the later one of its update."""
    for text in texts:
        if _FIRST_PUBLISHED.match(text.strip()) and (facts := parse_header_line(text)) and facts.published:
            return facts.published
    return None


def _lone_footer_date(texts: list[str], story_end: int) -> str | None:
    """The date of the page's only date line, printed just under the story ("... the court said." / "Tags:
    ," / "March 2, 2006 10:14 AM" / "Posted By:"): a blog prints its post's date in the footer.
    A page printing more date lines lists other posts with theirs: None."""
    dated = [index for index, text in enumerate(texts) if date_only(text)]
    if len(dated) != 1 or not 0 <= dated[0] - story_end <= FOOTER_DATE_LINES:
        return None
    found = find_date(texts[dated[0]])
    return found.iso if found else None


_PRINT_NOTE = re.compile(
    r"^(?i:(?:an? (?:edited |shorter |longer )?version of )?this (?:article|story|report) was )?"
    r"(?i:(?:first|originally) )?"
    r"(?i:published in )(?:the print edition of )?"
    r"(?P<outlet>(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})"
    r"(?:,| on) (?P<date>[^.]{6,30})\.?$")
"""A note under the story that names the outlet and day it was printed in: "Published in Dawn, November 11th,
2024", "A shorter version of this report was first published in The Example Times on Apr 4, 2014."."""


def _print_note(texts: list[str]) -> tuple[str, str] | None:
    """(outlet, ISO date) of the story's print note (`_PRINT_NOTE`), else None; None too when the page
    prints several: a list of stories, each with its own."""
    notes = {(note.group("outlet"), found.iso) for text in texts
             if (note := _PRINT_NOTE.match(text.strip())) and (found := find_date(note.group("date")))}
    return notes.pop() if len(notes) == 1 else None


def _relative_header_date(lines: list[Line], fetched: str | None) -> str | None:
    """The day the header's relative date line means ("2 hours ago", "Yesterday"), counted back from when
    the page was fetched; None when it was not given (a date is never guessed)."""
    if not fetched:
        return None
    return next((iso for line in lines if (iso := relative_to(line.text, fetched))), None)


def _story_opening(lines: list[Line], body_start: int, story_start: int) -> int:
    """The first story line: the dense run's start, or a sentence just above it (a short lede)."""
    index = story_start
    while index > body_start and _SENTENCE_END.search(lines[index - 1].text) and boilerplate_kind(
            lines[index - 1].text) is None and len(lines[index - 1].text.split()) >= LEDE_MIN_WORDS:
        index -= 1
    return index


def split_lines(content: str) -> list[Line]:
    """The non-blank lines of a text, with spaces normalised and block starts marked."""
    lines: list[Line] = []
    blank_before = True
    for raw_line in content.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text = _SPACES.sub(" ", raw_line).strip()
        if not text:
            blank_before = True
            continue
        if lines and blank_before and _cut_mid_sentence(lines[-1].text, text):
            lines[-1] = Line(f"{lines[-1].text} {text}", lines[-1].opens_block)  # "Police on" / "Thursday"
        else:
            lines.append(Line(text, blank_before))
        blank_before = False
    return lines


def _dates_apart(lines: list[Line]) -> list[Line]:
    """The lines with a date printed after a headline on the same line set on a line of its own, under it
    (`date_after_words`: "Board settles lawsuitsWed, 03/14/2007 - 9:15pm", "Governor weighs the bills on
    his desk - Mon, 10 Apr 2017 PST"), so the headline is read as the title and the date as its date
    line. A line of a title's length only: a story's sentence does not close with a date."""
    apart: list[Line] = []
    for line in lines:
        at = date_after_words(line.text) if len(line.text.split()) <= TITLE_MAX_WORDS else None
        at = at if at is not None else _date_line_over_dateline(line.text)
        if at is None:
            apart.append(line)
            continue
        apart.append(Line(line.text[:at].rstrip(" -–—|"), line.opens_block))
        apart.append(Line(line.text[at:], False))
    return apart


_LABELLED_DATE = re.compile(r"^(?:updated|published|posted|last updated)\s*:?\s*", re.I)
_CLOCK_AFTER_DATE = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?",
                               re.I)


def _date_line_over_dateline(text: str) -> int | None:
    """Where the story starts on a labelled date line glued to the lead's dateline ("Updated: 2011-05-03
    10:42 HANOI -- The prime minister ..."), a page printing its date and story on one line: the
    date is the page's date line, the rest the story's lead; None for any other line."""
    if (label := _LABELLED_DATE.match(text)) is None or (found := find_date(text)) is None:
        return None
    if text[label.end():found.start].strip():
        return None
    end = found.end + (clock.end() if (clock := _CLOCK_AFTER_DATE.match(text[found.end:])) else 0)
    rest = text[end:].lstrip(" ,.")
    if not rest[:1].isupper() or dateline_length(rest) is None:
        return None
    return len(text) - len(rest)


CUT_LINE_MIN_WORDS = 4
"""A line cut mid-sentence has a few words before its cut ("U.S. Capitol Police on"); a shorter one ending
with such a word is a label ("Posted by", "Published on")."""


def _cut_mid_sentence(text: str, following: str) -> bool:
    """Whether a line stops on a word no sentence ends with (`unfinished_ends`): a hard-wrapped text cut it,
    and its sentence goes on on the `following` line after a blank line (lines of one block are joined with
    the story's paragraphs, `_paragraphs`, once the header is read). After a preposition or an
    auxiliary, which a heading or a caption may end with, only a line that cannot open a sentence (a small
    letter) or opens with a time ("Thursday", "March", "10") goes on it."""
    words = text.split()
    if len(words) < CUT_LINE_MIN_WORDS or not following[:1].isalnum():
        return False
    closed, open_ = unfinished_ends()
    if words[-1] in closed:
        return True
    return words[-1] in open_ and (following[:1].islower() or following[:1].isdigit()
                                   or following.split()[0].strip(",.").lower() in _TIME_WORDS)


_TIME_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:]))


_NO_HEADLINE_END = re.compile(r"[^.]\.[\"”’')\]]*\s*$")
"""A full stop closing a line (not an ellipsis "..."): a sentence's end, which headlines seldom print."""


def _one_paragraph_a_line(lines: list[Line]) -> bool:
    """Whether a text with no blank line prints one paragraph a line (an extractor's plain output, a
    corpus's one sentence a line): not hard-wrapped prose, and few short lines, which a whole page's dump
    without blank lines prints in its menus and link lists (a line there tells no block from another)."""
    if any(line.opens_block for line in lines[1:]) or _hard_wrapped(lines):
        return False
    short = sum(len(line.text.split()) <= MENU_ITEM_WORDS for line in lines)
    return short <= SHORT_LINE_SHARE * len(lines)


MENU_ITEM_WORDS = 3
SHORT_LINE_SHARE = 0.4
"""Most lines of a page's dump are menu items and labels of up to MENU_ITEM_WORDS words; an extracted
article's lines are paragraphs, a fifth of them short at most (ECB+ documents)."""
WRAPPED_SHARE = 0.2
"""The share of lines continuing the line above mid-sentence (no sentence end there, a small letter here)
above which a text is hard-wrapped prose, not one paragraph a line."""


def _continues(above: str, below: str) -> bool:
    """Whether a line goes on with the sentence of the line above: a word or a comma ending that one (no stop,
    no bar), a small letter opening a line of a sentence's length here (not a byline's "by Jane Doe")."""
    return ((above[-1:].isalnum() or above.endswith(",")) and below[:1].islower()
            and len(below.split()) >= LEDE_MIN_WORDS
            and not _BYLINE.match(below))


def _wrapped_lede(lines: list[Line], top: int) -> bool:
    """A lead sentence whose first part a hard wrap left on a line of its own ("The visiting president of
    Ruritania" / "and her host held talks on Monday ..."): no headline, and the story's first line."""
    return (len(lines) > top + 1 and not lines[top + 1].opens_block
            and _continues(lines[top].text, lines[top + 1].text))


def _hard_wrapped(lines: list[Line]) -> bool:
    """Whether a text's lines break its sentences (a mail or a fixed-width dump) rather than its paragraphs:
    such a text with no blank line is one block, not one paragraph a line."""
    wrapped = sum(not _SENTENCE_END.search(above.text) and below.text[:1].islower()
                  for above, below in pairwise(lines))
    return wrapped > WRAPPED_SHARE * (len(lines) - 1)


def joined_labels(lines: list[Line]) -> list[Line]:
    """The lines with each header label printed alone ("By", "Author:", "Published:") joined to the value
    on the next line, where the two make a byline or a date line ("By" / "Al Root" -> "By Al Root")."""
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        kind = label_line(line.text) if index + 1 < len(lines) else None
        if kind is None and index + 1 < len(lines):
            kind = _bare_label_over_value(line.text, lines[index + 1].text)
        if kind is not None:
            value = lines[index + 1].text
            text = f"By {value}" if kind == "by" else f"{line.text} {value}"
            facts = parse_header_line(text)
            if facts is not None and (facts.author or facts.publisher if kind == "by"
                                      else facts.published or facts.updated):
                joined.append(Line(text, line.opens_block))
                index += 2
                continue
        joined.append(line)
        index += 1
    return joined


def _bare_label_over_value(label: str, value: str) -> str | None:
    """The kind of a label printed alone without its colon ("Author" / "Jane Doe", "Published" / "3 March
    2021"), when the next line holds only what it labels: a person's name or a date."""
    kind = bare_label(label)
    if kind == "by" and is_person_name(value):
        return kind
    return kind if kind == "date" and date_only(value) else None


def _title_and_subtitle(lines: list[Line], top: int, out: Extracted, *, one_a_line: bool = False) -> int:
    """Fill title and subtitle from the lines at `top`; return the index of the first line after them.

    A text printing one paragraph a line with no blank line anywhere (an extractor's plain output, a
    corpus's one sentence a line) has every line standing alone: there a first line ending in a full stop
    is the story's lead sentence, not a headline (`_NO_HEADLINE_END`)."""
    if out.title:  # the source gave a title: only skip it where the text repeats it
        return top + 1 if len(lines) > top and same_text(lines[top].text, out.title) else top
    if (len(lines) > top + 1 and len(lines[top].text.split()) < HEADLINE_MIN_WORDS
            and lines[top + 1].opens_block and _headline_like(lines[top + 1].text)):
        top += 1  # a section kicker ("Nutrition", "World") above the headline
    meta = _first_header_line(lines, top)
    between = [] if meta is None else _between_headline_and_byline(lines, top, meta)
    credit = _outlet_line(lines[between[1]].text) if len(between) == 2 else None  # "Jane Doe" / "USA TODAY"
    if meta is not None and meta > top and (len(between) <= 1 or credit) and all(
        _short(lines[i].text, SUBTITLE_MAX_WORDS) for i in range(top, meta)
    ):
        out.title = lines[top].text
        if between:
            _standfirst_or_author(lines[between[0]].text, out)
        if credit:
            out.publisher = credit  # the standfirst or the author's bare name, then the outlet's name
        return meta
    if meta is None and len(lines) > top + 1 and _headline_like(lines[top].text) and (
            agency := _outlet_line(lines[top + 1].text)):
        out.title, out.publisher = lines[top].text, agency  # "Iran says ..." / "AFP" / the story
        return top + 2
    if (signed := _signed_block_end(lines, top)) is not None:
        out.title = lines[top].text
        for index in range(top + 1, signed):
            if boilerplate_kind(lines[index].text) is None:
                _standfirst_or_author(lines[index].text, out)
        return signed
    if (not _looks_like_title(lines[top:]) or (one_a_line and _NO_HEADLINE_END.search(lines[top].text))
            or _lede_like(lines[top].text) or _wrapped_lede(lines, top)
            or _caption_with_credit(lines[top].text) or _BARE_DATELINE.match(lines[top].text)):
        return top
    out.title = lines[top].text
    if len(lines) > top + 2 and _looks_like_subtitle(lines, top + 1):
        _standfirst_or_author(lines[top + 1].text, out)
        return top + 2
    return top + 1


LEDE_WORDS, LONG_LEDE_WORDS, ARTICLE_LEDE_WORDS = 12, 20, 15
LEDE_TITLE_CASE_SHARE = 0.9
_LEDE_WORDS = re.compile(r"\b(?:said|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
_ARTICLE_START = re.compile(r"^(?:The|A|An) ")
_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[A-Z]")
"""A sentence's end inside a line, not an initial's ("N.Y. debate", "Mary J. Blige")."""


def _lede_like(text: str) -> bool:
    """The story's first sentence opening the text where no headline was kept (a page dumped from its
    story), not a headline closing with a full stop as some corpora print it ("House panel votes to hold
    Clinton tech aide in contempt."): a line opening with a dateline ("WANA (Apr 4) – Iran's ..."), or
    closing with a stop and reading as a report's first sentence: two sentences, a day or "said"
    ("... on Thursday held a bilateral meeting with ..."), an article opening a long one, or a very long one;
    never a line in title case, nearly every longer word capitalised (title case leaves a preposition such as
    "from" small): a lede naming people and places has most of its longer words capitalised too ("Foreign
    Minister Shah Mehmood Qureshi met with his Chinese counterpart Wang Yi in Beijing today.", "ANKARA,
    November 19. /TASS/. Russian Foreign Minister ...")."""
    if _title_case(text, LEDE_TITLE_CASE_SHARE):  # "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines"
        return False
    if dateline_length(text) is not None or _DATED_OPENING.match(text):  # "Key West - May 8, 2023: ..."
        return True
    words = len(text.split())
    if words < LEDE_WORDS or _NO_HEADLINE_END.search(text) is None:
        return False
    return bool(words >= LONG_LEDE_WORDS or _LEDE_WORDS.search(text) or text[:1].islower() or (
        words >= ARTICLE_LEDE_WORDS and (_ARTICLE_START.match(text) or _TWO_SENTENCES.search(text)
                                         or _PERFECT.search(text))))


_PERFECT = re.compile(r"\b(?:have|has|had) (?:been|[a-z]{3,}ed)\b")
"""A perfect's auxiliaries, which a headline drops ("10 confirmed dead after attack", "Gunmen kill 14") and a
report's first sentence keeps ("At least a dozen people have been reported dead after ...", "Gunmen have
attacked and killed 14 villagers ...")."""


def _not_headline(text: str) -> bool:
    """A line printed over a headline that is none: the site's name or host ("UrduPoint.com", "Aaj English
    TV"), a label or a dateline closed by a colon ("Share:", "FM Spox.:", "New Delhi:"), page furniture."""
    short = len(text.split()) <= MASTHEAD_NAME_WORDS and not _SENTENCE_END.search(text)
    return (boilerplate_kind(text) is not None or is_section(text)
            or (text.rstrip().endswith(":") and len(text.split()) <= COLON_LABEL_WORDS)
            or (short and organisation_name(text) is not None) or bool(_BARE_HOST.match(text.strip()))
            or masthead_line(text)  # "TODAY.AZ / Politics", "News AFP News AFP"
            or bool(_PAGER.match(text.strip())) or bool(_BRACKETED.match(text.strip())) or _symbols(text)
            or _many_scripts(text) or _trail(text, TRAIL_MIN_PARTS)  # "News - Africa - Uganda - Politics"
            or lower_case_list(text) or tag_list(text)  # "icon bookmark-bicon cameraicon ...", a tag cloud
            or outlet_with_home(text) is not None)  # the paper with its town: "The Standard (St. Catharines)"


_PAGER = re.compile(r"^«.*»$|^«.*\|.*\|")
"""Links to the previous and next posts around the blog's home ("« Older headline | Main | Newer headline
»"): no headline of this page. Nor is a line in brackets ("[QODLink]", a content system's placeholder)."""
_WORD = re.compile(r"[^\W\d_]{2,}")
"""Two letters in a row, of any script: a token holding them is a word, not a symbol or a number."""


_SCRIPTS = tuple(re.compile(f"[{letters}]") for letters in (
    "A-Za-z", "\u0400-\u04ff", "\u0590-\u05ff", "\u0600-\u06ff", "\u0900-\u097f", "\u0370-\u03ff",
    "\u3040-\u30ff\u4e00-\u9fff", "\uac00-\ud7af"))
"""Latin, Cyrillic, Hebrew, Arabic, Devanagari, Greek, Chinese and Japanese, Korean letters."""
LANGUAGE_MENU_SCRIPTS = 3


def _many_scripts(text: str) -> bool:
    """A line writing words in three scripts or more: a menu of the site's languages ("عربي Español Русский
    Français 简体中文"), no headline."""
    return sum(bool(script.search(text)) for script in _SCRIPTS) >= LANGUAGE_MENU_SCRIPTS


def _symbols(text: str) -> bool:
    """A line made mostly of symbols and numbers: a widget's controls ("+ ↺ − 16 px", a text-size control;
    "| |"), no headline."""
    tokens = text.split()
    return len(tokens) > 1 and 2 * sum(bool(_WORD.search(token)) for token in tokens) < len(tokens)


MASTHEAD_NAME_WORDS = 3
"""A site's name printed over its headline is short and unpunctuated ("Aaj English TV"); a headline holding an
organisation's word is longer or closes with a stop ("Refoulement Violates International Law.")."""


COLON_LABEL_WORDS = 4
"""A label closed by a colon is short ("FM Spox.:", "New Delhi:"); a longer line may lead into a quote."""


_BARE_HOST = re.compile(r"^[\w-]+(?:\.[a-z]{2,6})+$", re.I)


def _past_masthead(lines: list[Line], index: int) -> int:
    """Where the header starts once the lines over the headline that are none are passed (`_not_headline`),
    at most HEADER_TOP_LINES of them besides furniture (a logo's alt text "mk-logo", "Advertisement", which
    stands for no line of the header), the last line kept."""
    end = min(index + HEADER_TOP_LINES, len(lines) - 1)
    while index < end and (_not_headline(lines[index].text) or _site_bar_over_title(lines, index)) and (
            parse_header_line(lines[index].text) is None):
        if boilerplate_kind(lines[index].text) is not None:
            end = min(end + 1, len(lines) - 1)
        index += 1
    return index


CLOCK_LINE_WORDS = 8
CLOCK_TOP_LINES = 3
_TEMPERATURE = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]$")


def _without_site_clock(lines: list[Line]) -> list[Line]:
    """The lines without the site's weather reading and the date line under it at the top of the page ("12.5
    C" / "dimanche, mai 26, 2024"): the site's clock in its top bar, today's date when the page was fetched,
    not the story's."""
    for index in range(min(len(lines) - 1, CLOCK_TOP_LINES)):
        clock = lines[index + 1].text
        if (_TEMPERATURE.match(lines[index].text.strip()) and len(clock.split()) <= CLOCK_LINE_WORDS
                and find_date(clock) is not None):
            return lines[:index] + lines[index + 2:]
    return lines


def _headline_under_date_line(lines: list[Line], masthead: int, top: int, facts: HeaderFacts) -> bool:
    """A headline printed right under the page's date line with no blank line after it, the caption and
    the story following line by line (an old BBC page: "Last Updated: Friday, 3 March 2006, 11:05 GMT" /
    "Protesters held near parliament" / a caption / the lead): a short line with no sentence's end."""
    return (masthead < top < len(lines) - 1 and bool(facts.published or facts.updated)
            and _headline_like(lines[top].text) and not _lede_like(lines[top].text))


_GLUED_BYLINE = re.compile(r"(?<=[.!?\"”])\s+By (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})$")


def _glued_byline(paragraph: str) -> re.Match[str] | None:
    """The byline a page glued after the last sentence of its text ("... to the presidency. By Jane Doe"),
    a person's name of two or three words; not a place, an outlet or a day ("By Tuesday Night")."""
    match = _GLUED_BYLINE.search(paragraph)
    if match is None:
        return None
    name = match.group("name")
    if is_place(name) or organisation_name(name) is not None or any(map(_calendar_name, name.split())):
        return None
    return match


def _calendar_name(word: str) -> bool:
    """A day's or month's name ("Tuesday", "March"): no part of a person's name in a byline."""
    return word.lower() in _CALENDAR_NAMES


_CALENDAR_NAMES = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name[1:]))
_FROM_NAME = re.compile(r"^From (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,4})$")


def _from_byline(text: str, following: str) -> str | None:
    """The reporter a line names with "From" over the story's wire dateline, as an agency credits its
    correspondent abroad ("From Jane Doe" over "SEOUL, Nov 28 (Bernama) -- ..."), else None; a place or an
    outlet after "From" says where the story came from, not who wrote it."""
    match = _FROM_NAME.match(text.strip())
    if match is None or dateline_length(following) is None:
        return None
    name = match.group("name")
    return None if is_place(name) or organisation_name(name) is not None else name


_BAR = " | "
SITE_NAME_MAX_WORDS = 5


def _site_bar_over_title(lines: list[Line], index: int) -> bool:
    """A menu closed by the site's name ("World News Opinion | Example Herald") over the page's
    title, which closes with the same name ("Three held over ... | EXAMPLE HERALD English Archive"): the
    line naming the site twice over is the masthead, the one after it the title."""
    if index + 1 >= len(lines) or _BAR not in lines[index].text or _BAR not in lines[index + 1].text:
        return False
    site = lines[index].text.rsplit(_BAR, 1)[1].strip().casefold()
    headline, after = lines[index + 1].text.rsplit(_BAR, 1)
    return (0 < len(site.split()) <= SITE_NAME_MAX_WORDS and site in after.casefold()
            and len(headline.split()) >= HEADLINE_MIN_WORDS)


def _kicker_over_header(lines: list[Line], index: int) -> bool:
    """A section's name ("World News", "Politics") printed over a date line or byline that is itself over
    the headline; not an author's bare name ("Jane Doe" over her date line)."""
    if index + 1 >= len(lines):
        return False
    text = lines[index].text
    return (len(text.split()) < HEADLINE_MIN_WORDS and find_date(text) is None
            and bare_byline_facts(text) is None and parse_header_line(lines[index + 1].text) is not None)


SIGNED_BLOCK_LINES = 3


def _signed_block_end(lines: list[Line], top: int) -> int | None:
    """Where the block ends that holds a headline and, on the lines right under it, the author's bare name
    and furniture such as a reading time ("U.S. says ..." / "Jane Doe" / "3 Min Read"), else None."""
    end = next((i for i in range(top + 1, len(lines)) if lines[i].opens_block), len(lines))
    under = range(top + 1, end)
    if not 2 <= len(under) <= SIGNED_BLOCK_LINES or end == len(lines) or not _headline_like(lines[top].text):
        return None
    named = [i for i in under if boilerplate_kind(lines[i].text) is None]
    if len(named) != 1 or _byline_facts(lines[named[0]].text) is None:
        return None
    return end


def _between_headline_and_byline(lines: list[Line], top: int, meta: int) -> list[int]:
    """The lines between a headline and its date line or byline that may be a standfirst or a bare byline:
    not a photo's credit or a gallery's controls ("1 of 5", "AP Photo/John Locher"), nor the caption they
    frame (the line over a credit, under a gallery's counter)."""
    kinds = {i: _photo_furniture(lines[i].text) for i in range(top + 1, meta)}
    return [i for i in range(top + 1, meta)
            if not kinds[i] and kinds.get(i + 1) != "photo_credits" and kinds.get(i - 1) != "galleries"]


def _photo_furniture(text: str) -> str | None:
    """"photo_credits" or "galleries" for a photo's credit or a gallery's control, else None."""
    rule = boilerplate_kind(text)
    return rule.name if rule is not None and rule.name in ("photo_credits", "galleries") else None


def _header_facts(lines: list[Line], start: int, out: Extracted, facts: HeaderFacts) -> int:
    """Merge the date lines and bylines that follow the title into `facts`; return where the body starts."""
    while start < len(lines) and tag_list(lines[start].text):
        start += 1  # the page's tag cloud between headline and date line
    for button in (start, start + 1):  # a widget's button, then the outlet: "Click to follow" / "X"
        if (out.publisher is None and button + 1 < len(lines)
                and boilerplate_kind(lines[button].text) is not None
                and (outlet := _outlet_line(lines[button + 1].text))):
            if button > start and _short(lines[start].text, SUBTITLE_MAX_WORDS):  # a standfirst over them
                _standfirst_or_author(lines[start].text, out)
            out.publisher, start = outlet, button + 2
            break
    meta = _first_header_line(lines, start)
    if meta == start + 2 and out.author is None and (credit := _name_over_outlet(lines, start)):
        out.author, out.publisher = credit.author, credit.publisher  # "Jane Doe" / "USA TODAY" / date line
        start += 2
    if (meta == start + 2 and out.subtitle is None and out.author is None
            and (_bare_byline_over_date(lines, meta - 1)  # standfirst, "Jane Doe in Washington", date line
                 or _outlet_line(lines[meta - 1].text))  # standfirst, "AFP", date line
            and _short(lines[start].text, SUBTITLE_MAX_WORDS)):
        _standfirst_or_author(lines[start].text, out)
        start += 1
    if (meta == start + 2 and out.subtitle is not None and _outlet_line(lines[meta - 1].text)
            and not lines[meta - 1].opens_block and _short(lines[start].text, CAPTION_MAX_WORDS)):
        start += 1  # a photo's caption over "Press Trust of India Beijing" / "Last Updated : Nov 12 2014"
    if meta is None or meta - start > 1:
        return start
    if meta == start + 1:  # one line between title (or standfirst) and date line
        if agency := _outlet_line(lines[start].text):
            facts.merge(HeaderFacts(publisher=agency))  # "Associated Press" over "Published 11:26 pm EST"
        elif out.subtitle is not None and out.author is None and _bare_byline_over_date(lines, start):
            _standfirst_or_author(lines[start].text, out)  # "Jane Doe in Washington" under the standfirst
        elif out.subtitle is not None or not _short(lines[start].text, SUBTITLE_MAX_WORDS):
            return start
        else:
            _standfirst_or_author(lines[start].text, out)
    above, facts.published = facts.published, None  # the date line under the headline is the story's; one
    start = _consume_header_lines(lines, meta, facts)  # above it may be the site's clock ("Tuesday, 02
    facts.published = facts.published or above  # January 2024 12:17 GMT" over a post of 2025-08-12)
    return start


def _name_over_outlet(lines: list[Line], index: int) -> HeaderFacts | None:
    """A byline printed as the author's bare name over a line holding only the outlet's or agency's name
    ("Jane Doe" / "USA TODAY", "Jane Doe" / "Associated Press"), else None. The two end their block or
    stand over a date line: in a menu, more names follow ("Dark Capital" / "Forbes Magazine" / "Investing
    Digest"). A name in capitals is a menu's label ("VISUAL MARKETING" / "GROWING AN ONLINE BUSINESS"): a
    bare byline is printed in its own case."""
    after = index + 2
    if lines[index].text.isupper() or (after < len(lines) and not lines[after].opens_block
                                       and not _byline_or_date(lines[after].text)):
        return None
    facts = _byline_facts(lines[index].text)
    if facts is None or facts.author is None or facts.publisher is not None or index + 1 >= len(lines):
        return None
    outlet = _outlet_line(lines[index + 1].text)
    return HeaderFacts(author=facts.author, publisher=outlet) if outlet else None


def _outlet_line(text: str) -> str | None:
    """The outlet's or agency's name printed alone on a line ("AFP", "The Associated Press"), not a
    section's ("World News") nor a time's ("Today 12:01 AM": "today" is a word of outlets' names)."""
    if (is_section(text) or _CLOCK.search(text) or relative_date(text) or find_date(text)
            or boilerplate_kind(text) is not None):  # "Next Post" is a link, no outlet
        return None
    host = text.strip()  # a host capitalised as a brand ("News18.com"), not an address ("smithsonian.com")
    if host.startswith("(") and host.endswith(")") and "(" not in host[1:]:
        return _outlet_line(host[1:-1])  # the agency credited in brackets under the headline: "(Xinhua)"
    return organisation_name(text) or (host if _BARE_HOST.match(host) and host[0].isupper() else None)


def _standfirst_or_author(text: str, out: Extracted) -> None:
    """A line between headline and date line: the author's bare name ("Debbie White", "Charlie Wood,
    Business Insider", whose outlet is kept as publisher), an agency's or outlet's name alone (a byline
    crediting only the agency: "AFP", "Associated Press") or the standfirst."""
    if boilerplate_kind(text) is not None:
        return  # a photo's "Buy Photo" button between headline and date line
    if (facts := _byline_facts(text)) is not None:
        out.author, out.publisher = facts.author, facts.publisher
    elif agency := _outlet_line(text):
        out.publisher = agency
    else:
        out.subtitle = text


def _consume_header_lines(lines: list[Line], index: int, facts: HeaderFacts) -> int:
    """Merge consecutive date lines and bylines from `index` into `facts`; return the index after them.

    A byline may name its outlet on the next line ("By Jane Doe" / "BBC News"), a date line the agency
    the story comes from ("December 9, 2022" / "AFP")."""
    while index < len(lines):
        found = parse_header_line(lines[index].text)
        if found is None and (facts.author or facts.published or facts.updated) and facts.publisher is None:
            outlet = (_outlet_line(lines[index].text) or outlet_with_home(lines[index].text)
                      or source_label(lines[index].text))  # "By Jane Doe" / "Source: SBS"
            found = HeaderFacts(publisher=outlet) if outlet else None
        if found is None and relative_date(lines[index].text):
            found = HeaderFacts()  # "Last Update 2 hrs ago" under the date line: no date, no story
        if found is None:
            return index
        earliest = min(filter(None, (facts.published, found.published)), default=None)
        facts.merge(found)
        facts.published = earliest  # "Tue 19 Nov 2019" over "First published on Mon 18 Nov 2019": an
        index += 1  # update is printed first, the story was published on the earlier day
    return index


def _first_header_line(lines: list[Line], start: int) -> int | None:
    for index in range(start, min(len(lines), start + HEADER_LINES)):
        if parse_header_line(lines[index].text) is not None:
            return index
    return None


def _looks_like_title(lines: list[Line]) -> bool:
    """A short first line standing alone (a blank line or a one-line subtitle after it), more to follow."""
    if len(lines) < 2 or not _short(lines[0].text, TITLE_MAX_WORDS):
        return False
    if lines[1].opens_block:
        return True
    after = next((i for i in range(1, min(len(lines), HEADER_TOP_LINES + 1))
                  if boilerplate_kind(lines[i].text) is None), None)
    if after != 1 and (after is None or lines[after].opens_block):
        return True  # the headline over furniture in its block ("Cops probe ..." / "ADS", "Select Page")
    # title and subtitle printed on consecutive lines, then a blank line
    return len(lines) > 2 and lines[2].opens_block and _short(lines[1].text, SUBTITLE_MAX_WORDS)


def _looks_like_subtitle(lines: list[Line], index: int) -> bool:
    """A standfirst: a short standalone line that does not end like a sentence of the story."""
    line = lines[index]
    standalone = index + 1 < len(lines) and lines[index + 1].opens_block
    if not standalone or not _short(line.text, SUBTITLE_MAX_WORDS):
        return False
    if not line.opens_block:  # printed right under the title
        return True
    return not _SENTENCE_END.search(line.text) and dateline_agency(line.text) is None


def _drop_caption(body: list[Line], title: str | None, *, after_date_line: bool) -> list[Line]:
    """Drop an image caption right under the header: a credit line, a short echo of the headline, or a
    short unended line printed right over the lead's wire dateline in its block (a photo's caption; a
    story's sentence ends, and a subtitle stands in a block of its own)."""
    if not body:
        return body
    first = body[0].text
    rule = boilerplate_kind(first)
    if rule is not None and rule.name == "photo_credits":
        return body[1:]
    if (title and after_date_line and not body[0].opens_block and len(first.split()) <= CAPTION_MAX_WORDS
            and _echoes(first, title)):
        return body[1:]
    if (title and len(body) > 1 and not body[1].opens_block and len(first.split()) <= CAPTION_MAX_WORDS
            and not _SENTENCE_END.search(first) and dateline_length(first) is None
            and dateline_length(body[1].text) is not None):
        return body[1:]  # "Guards at a river crossing in May" / "KOHAT, Pakistan -- ..."
    return body


def _echoes(line: str, title: str) -> bool:
    """True when most content words of a short line are words of the title."""
    words = {w.lower() for w in _CONTENT_WORD.findall(line)}
    title_words = {w.lower() for w in _CONTENT_WORD.findall(title)}
    return len(words) >= 3 and len(words & title_words) >= 0.6 * len(words)


def _paragraphs(lines: list[Line]) -> list[str]:
    """Body paragraphs: blank-line blocks; in a block, hard-wrapped lines are joined, others kept apart."""
    paragraphs: list[str] = []
    for line in lines:
        wrapped = paragraphs and not line.opens_block and (
            (not _SENTENCE_END.search(paragraphs[-1]) and line.text[:1].islower())
            or _cut_mid_sentence(paragraphs[-1], line.text))  # "... Police on" / "Thursday said ..."
        if wrapped:
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
    return paragraphs


def _short(text: str, max_words: int) -> bool:
    return len(text.split()) <= max_words
