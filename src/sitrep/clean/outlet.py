"""Find the outlet a whole-page dump names as itself ("Follow The Verge online:", "About CNBC").

A page's rights notice often names the parent company ("© 2019 Vox Media, LLC"), while its menus,
follow prompts and newsletter boxes name the outlet. The vocabulary is in `data/outlet.yaml`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sitrep.clean.dates import url_host
from sitrep.clean.header import is_organisation, is_section

_NAME = r"(?P<name>[A-Z0-9][\w.'’&+-]*(?: (?:[A-Z0-9][\w.'’&+-]*|of|the|and|&)){0,4}?)"
MAX_LINE_WORDS = 25
"""A longer line is prose that may name other outlets, not a prompt of the page's own."""
STORY_LINE_MAX_WORDS = 80
"""The longest paragraph read for the story's own self-references ("... respond to The Hill's request")."""


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    patterns: tuple[re.Pattern[str], ...]
    any_pattern: re.Pattern[str]
    """All the patterns as one alternation: most lines match none, and are read once."""
    story_patterns: tuple[re.Pattern[str], ...]
    story_any: re.Pattern[str]
    not_names: frozenset[str]
    pointing_words: frozenset[str]
    """Words opening a name that points at the page itself ("This Section", "Our Partners"): no outlet."""
    staff_suffix: re.Pattern[str]
    staff_only: re.Pattern[str]
    platform_hosts: frozenset[str]
    parent_words: frozenset[str]
    sole_outlets: dict[str, str]
    """A company's squeezed name -> the one outlet it publishes."""
    mail_hosts: frozenset[str]
    blog_hosts: frozenset[str]
    parent_names: tuple[str, ...]
    """Squeezed names of groups owning several outlets, whose own names hold no parent word ("Gannett")."""
    aggregator_suffix: re.Pattern[str]
    generic_credits: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    data = yaml.safe_load(resources.files("sitrep.clean").joinpath("data/outlet.yaml").read_text("utf-8"))
    patterns = [p.replace("{name}", _NAME) for p in data["self_references"]]
    story = [p.replace("{name}", _NAME) for p in data["story_self_references"]]
    staff = "|".join(re.escape(w) for w in sorted(data["staff_words"], key=len, reverse=True))
    return _Vocabulary(
        tuple(re.compile(p) for p in patterns),
        re.compile("|".join(f"(?:{p})" for p in patterns).replace("(?P<name>", "(?:")),
        tuple(re.compile(p) for p in story),
        re.compile("|".join(f"(?:{p})" for p in story).replace("(?P<name>", "(?:")),
        frozenset(n.lower() for n in data["not_names"]),
        frozenset(w.lower() for w in data["pointing_words"]),
        re.compile(rf"\s+(?:{staff})$", re.I),
        re.compile(rf"^(?:the )?(?:{staff})$", re.I),
        frozenset(h.lower() for h in data["platform_hosts"]),
        frozenset(w.lower() for w in data["parent_words"]),
        {squeezed(owner): outlet for owner, outlet in data["sole_outlets"].items()},
        frozenset(h.lower() for h in data["mail_hosts"]),
        frozenset(h.lower() for h in data["blog_hosts"]),
        tuple(squeezed(name) for name in data["parent_companies"]),
        re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in data["aggregator_buttons"]) + r")$", re.I),
        frozenset(w.lower() for w in data["generic_credits"]),
    )


def self_reference(line: str) -> str | None:
    """The outlet a line of page furniture names as the page's own ("Follow The Verge online:")."""
    line = line.strip()
    vocabulary = _vocabulary()
    words = len(line.split())
    if words <= STORY_LINE_MAX_WORDS and vocabulary.story_any.search(line):
        patterns = vocabulary.story_patterns
    elif words <= MAX_LINE_WORDS and vocabulary.any_pattern.search(line):
        patterns = vocabulary.patterns
    else:
        return None
    for pattern in patterns:
        match = pattern.search(line)
        if match is not None:
            name = outlet_name(match.group("name").strip(" .,:"))
            if not name or name.lower() in vocabulary.not_names or (
                    name.split()[0].lower() in vocabulary.pointing_words):  # "More From This Section"
                return None
            story = patterns is vocabulary.story_patterns  # a note on the author may name a sister site
            return None if story and _mails_elsewhere(line, name) else name
    return None


_EMAIL = re.compile(r"\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,6})\b", re.I)


def _mails_elsewhere(line: str, name: str) -> bool:
    """Whether a line naming an outlet gives an e-mail address at another outlet's domain: "Trevor Daugherty
    is the Senior Editor of 9to5Toys. ... Contact him direct at trevor@9to5mac.com." on a 9to5Mac page
    names the writer's sister site, while the address is the printing outlet's."""
    mine = squeezed(name)
    return any(label and mine not in label and label not in mine for label in mail_labels([line]))


def mail_labels(lines: Iterable[str]) -> Counter[str]:
    """The site labels of the e-mail addresses lines print ("stats@catchitkansas.com" -> "catchitkansas"),
    mail providers' aside ("gmail"): staff and contact addresses are at the outlet's own domain."""
    hosts = _vocabulary().mail_hosts
    return Counter(label for line in lines if "@" in line for match in _EMAIL.finditer(line)
                   if (label := site_label(match.group(1))) and label not in hosts)


def mail_outlet(lines: list[str]) -> str | None:
    """The outlet the e-mail addresses a page prints belong to, as the page spells it elsewhere ("9to5Mac"
    in "9to5Mac.com (@9to5mac)" for trevor@9to5mac.com), else as its host name ("catchitkansas.com");
    None when the page prints no address at an outlet's domain."""
    labels = mail_labels(lines)
    return printed_host_name(labels.most_common(1)[0][0], lines) if labels else None


_FOLLOW_US = re.compile(r"^(?:follow|find|join|like|connect with) us\b[^@]{0,40}@(\w{2,30})\b", re.I)


def followed_outlet(lines: list[str]) -> str | None:
    """The outlet whose handle a page's follow prompt gives ("Follow us on Twitter @AnadoluAgency"), as the
    page spells it elsewhere ("Anadolu Agency"); None when it spells it nowhere (a handle alone may be a
    campaign's or a desk's, "@igndeals")."""
    for line in lines:
        if len(line.split()) <= MAX_LINE_WORDS and (match := _FOLLOW_US.match(line.strip())):
            name = printed_host_name(match.group(1).lower(), lines)
            if name and "." not in name:
                return name
    return None


def address_outlet(url: str | None, lines: list[str]) -> str | None:
    """The outlet a story's own address names ("http://www.vulture.com/2013/08/..." -> "Vulture" where the
    page prints it so, else "vulture.com"); None for no address or a platform's ("t.co", "youtube.com")."""
    host = url_host(url)
    if host is None:
        return None
    labels = host.lower().split(".")
    label = site_label(host)
    vocabulary = _vocabulary()
    if label in vocabulary.blog_hosts and labels.index(label) > 0:  # "tribeofgeek.weebly.com"
        label = labels[labels.index(label) - 1]
    if not label or label in vocabulary.platform_hosts or label in ("www", "m"):
        return None
    domain = ".".join(labels[len(labels) - 1 - labels[::-1].index(label):])  # "usatoday30.usatoday.com"
    return printed_host_name(label, lines) or domain


def printed_host_name(label: str, lines: list[str]) -> str | None:
    """How a page spells the site a host label names: its letters with capitals, words apart or run
    together ("9to5Mac" for 9to5mac, "The Hill" for thehill, "Boston Herald" for bostonherald, "BBC" for
    bbc), else the host as printed ("catchitkansas.com"); None when the page prints neither."""
    letters = r"\s?".join(re.escape(c) for c in label)
    word = re.compile(rf"(?<![\w@.-])({letters})(\.(?:[a-z]{{2,6}}\.?)+)?(?![\w@-])", re.I)
    spellings = [(match.group(1), match.group(0).rstrip(".")) for line in lines
                 if label[:3] in line.lower() for match in word.finditer(line)]
    printed = (next((name for name, _ in spellings if not name.islower() and not name.isupper()), None)
               or next((name for name, _ in spellings if name.isupper()), None))  # "Vulture", else "BBC"
    return printed or next((host for _, host in spellings if host.lower() != label), None)


def site_name(lines: Iterable[str], author: str | None = None) -> str | None:
    """The outlet a page names most often as itself (case aside; the first spelling seen is kept).

    The story's author is left out: "About Jane Doe" and "More from Jane Doe" name the writer."""
    votes: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    writers = {w.lower() for w in (author or "").split() if len(w) > 2}
    for line in lines:
        if (name := self_reference(line)) is not None and not writers & {w.lower() for w in name.split()}:
            votes[name.lower()] += 1
            spelling.setdefault(name.lower(), name)
    if not votes:
        return None
    for name in list(votes):  # "Subscribe to CNBC PRO" names a product of "About CNBC"'s outlet ...
        base = next((other for other in votes if name.startswith(other + " ")
                     and not is_organisation(name[len(other):])), None)  # ... "Quanta Magazine" none
        if base is not None:
            votes[base] += votes.pop(name)
    best = max(votes.values())
    return next(spelling[key] for key in spelling if votes[key] == best)


_HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,6})\b", re.I)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne"})
_SQUEEZE = re.compile(r"[\W_]+")
_THE = re.compile(r"^the\s+", re.I)
MASTHEAD_MAX_WORDS = 5
MASTHEAD_HOSTS = 2
"""How many of the hosts a page prints most often may be its own."""


def masthead_name(lines: list[str]) -> str | None:
    """The outlet's name printed alone on a line that spells the host the page prints most often in its
    links and addresses ("Barron's" and barrons.com, "The Wall Street Journal" and wsj.com)."""
    vocabulary = _vocabulary()
    hosts: Counter[str] = Counter()
    for line in lines:
        for match in _HOST.finditer(line):
            label = site_label(match.group(1))
            if label and label not in vocabulary.platform_hosts and not label.isdigit():
                hosts[label] += 1
    own = {host for host, _ in hosts.most_common(MASTHEAD_HOSTS)}
    for line in lines:
        name = line.strip()
        if (1 <= len(name.split()) <= MASTHEAD_MAX_WORDS and name[:1].isupper()
                and (squeezed(name) in own or initials(name) in own)):
            return name
    return None


_TITLE_SEPARATOR = re.compile(r"\s*\|\s+|\s+\|\s*|\s+(?:[-–—]|::|»)\s+")
"""A bar, which no headline's words use, may be glued to one side ("... orders probe| Oneindia News"); a dash
parts a site only with spaces around it."""
_HOST_NAME = re.compile(r"^[\w-]+(?:\.[a-z]{2,6})+$", re.I)
_GLUED_NAME = re.compile(r"^(?=\S*[a-z])\S*(?:[A-Z]\S*[A-Z]|[a-z0-9][A-Z])\S*$")
"""One token with small letters and two capitals, or a capital after a small letter or digit: "TheHill",
"ZDNet", "9to5Mac"; not "US" (a speaker closing a headline, "... — US")."""
SITE_MAX_WORDS = 5
MIN_SHARED = 4
"""The fewest letters of a site's name that may open a longer name printed on the page."""
SECTION_MAX_WORDS = 3
TITLE_MIN_WORDS = 3


def title_site(title: str, known: Callable[[], Iterable[str]] = tuple) -> tuple[str, str] | None:
    """The headline and the site's name of a page title a scraper saved as the first line ("South Dakota
    governor doubles down on meth campaign | TheHill", "Headline - BBC News"), or None when the title names
    no site. The site closes the title after a separator, a section may stand between ("X | Opinion |
    Site"). After a dash, which headlines use too ("... Are Here — And They're Not Great"), the name must
    look like an outlet's: an organisation's word, a host name, capitals inside one token, or a name the
    page prints elsewhere (`known` gives them, asked only when nothing else tells)."""
    parts = _TITLE_SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return None
    site, headline = parts[-1].strip(), parts[0].strip()
    if (len(headline.split()) < TITLE_MIN_WORDS or not 1 <= len(site.split()) <= SITE_MAX_WORDS
            or any(len(part.split()) > SECTION_MAX_WORDS for part in parts[1:-1]) or not _site_like(site)):
        return None
    pipe = title.rstrip()[: -len(site)].rstrip().endswith("|")
    several = len(site.split()) > 1  # a lone word of a section ("| Editorial", "- World") is no outlet
    if (((several or not is_section(site)) and is_organisation(site)) or (several and pipe)
            or _HOST_NAME.match(site) or _GLUED_NAME.match(site)):
        return headline, site
    mine = squeezed(site)
    printed = any(mine == (other := squeezed(name)) or (len(mine) >= MIN_SHARED and other.startswith(mine))
                  for name in known() if name)  # "Al Jazeera" and "© 2019 Al Jazeera Media Network"
    return (headline, site) if printed else None


def _site_like(name: str) -> bool:
    """Capitalised words (articles and "of" aside), or a host name: no sentence's end."""
    words = name.split()
    return bool(_HOST_NAME.match(name)) or all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&", "on") for w in words)


def parent_company(owner: str) -> bool:
    """Whether a rights notice's owner is named as a company that owns outlets ("Nexstar Media", "News
    Communication"), rather than as the site itself ("AutoIndustriya.com", "SlashGear")."""
    vocabulary = _vocabulary()
    return (any(word.strip(".,").lower() in vocabulary.parent_words for word in owner.split())
            or squeezed(owner).startswith(vocabulary.parent_names))  # "Gannett Co., Inc."


def sole_outlet(owner: str) -> str:
    """The outlet a rights notice's owner publishes when it publishes only that one ("NYP Holdings" ->
    "New York Post"); any other owner as it is."""
    return _vocabulary().sole_outlets.get(squeezed(owner), owner)


def names_platform(text: str) -> bool:
    """Whether a line names a platform a share bar links to ("Whatsapp Facebook Pint"): no byline."""
    platforms = _vocabulary().platform_hosts
    return any(word.strip(".,:;").lower() in platforms for word in text.split())


def site_label(host: str) -> str:
    """The label that names a site in its host name ("news.bbc.co.uk" -> "bbc", "www.wsj.com" -> "wsj");
    empty when there is none."""
    labels = host.lower().split(".")[:-1]
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else ""


def squeezed(name: str) -> str:
    """A name lower-cased without "the", spaces or punctuation ("The Hill" and "thehill" compare equal)."""
    return _SQUEEZE.sub("", _THE.sub("", name.strip()).lower())


def initials(name: str) -> str:
    """A name's initials ("Associated Press" -> "ap", "The Wall Street Journal" -> "wsj"); empty for a
    one-word name, whose initial names nothing."""
    words = [w for w in re.split(r"[\s-]+", _THE.sub("", name.strip())) if w[:1].isalpha()]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def outlet_name(name: str) -> str:
    """An outlet's name without the staff credit after it ("IGN Staff" -> "IGN") nor an aggregator's link
    buttons ("Xinhua Original Cached" -> "Xinhua")."""
    bare = without_buttons(name)
    return _vocabulary().staff_suffix.sub("", bare) or bare


def without_buttons(name: str) -> str:
    """A source's name without the link buttons an aggregator prints after it ("Xinhua Original Cached")."""
    return _vocabulary().aggregator_suffix.sub("", name.strip()) or name.strip()


def generic_credit(name: str) -> bool:
    """Whether a credit names no one outlet ("Dispatches", "Websites", "Agencies"): no publisher."""
    return name.strip(" ().,:-").lower() in _vocabulary().generic_credits


def staff_credit(name: str) -> bool:
    """Whether a credit names only an outlet's staff ("By Staff Reports") or one of its desks ("News Desk",
    "Web Desk": one section's word with a staff word; "News Nation Bureau" names an outlet): an author's
    credit, no outlet."""
    name = name.strip(" .,:-")
    bare = outlet_name(name)
    return bool(_vocabulary().staff_only.match(name)) or (bare != name and len(bare.split()) == 1
                                                          and is_section(bare))


def fuller_name(owner: str, site: str) -> bool:
    """Whether a rights notice's owner is the site's own name in full ("Washington Examiner" for
    "Examiner"), not its parent company ("Vox Media" for "Vox", "Snopes Media Group" for "Snopes")."""
    mine, theirs = owner.lower().split(), site.lower().split()
    if len(mine) <= len(theirs) or not set(theirs) <= set(mine):
        return False
    return not is_organisation(" ".join(w for w in mine if w not in theirs))
