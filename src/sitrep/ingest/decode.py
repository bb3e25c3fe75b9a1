"""Bytes to text: byte-order marks, declared charsets, detection, and refusal of binary data."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

from sitrep.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: they share a prefix
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Western single-byte encodings are indistinguishable on short English text; among equally good
# guesses the most common one on the web wins.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "cp1257", "cp775"}
BINARY = "binary file, not text"
MIN_DETECTION_BYTES = 64
"""Fewer non-ASCII bytes than this in lines pasted into a UTF-8 file are read as cp1252, not detected."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and a one-line note when decoding had to repair something (mixed encodings)."""

    text: str
    note: str | None = None


def decode_bytes(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """Text of `data`; raises InputError for binary or undecodable bytes.

    `declared` is a charset a container announced (HTTP header); an HTML `<meta charset>` is also honoured.
    """
    return decode_text(data, origin, declared=declared).text


def decode_text(data: bytes, origin: str, *, declared: str | None = None) -> Decoded:
    """Like `decode_bytes`, with a note when lines in another encoding were pasted into a UTF-8 file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_checked(_strict(data, encoding), origin))
    if b"\x00" in data:
        raise InputError(_binary(data), origin)
    text = _strict(data, "utf-8")
    if text is None:
        for charset in (declared, _meta_charset(data)):
            if charset and (text := _strict(data, charset)) is not None:
                break
    if text is None and (mixed := _mixed_utf8(data)) is not None:
        return Decoded(_checked(mixed.text, origin), mixed.note)
    if text is None:
        text = _detected(data)
    if text is None:
        raise InputError(_binary(data), origin)
    return _repaired(_checked(text, origin))


# ftfy's encoding repairs only: quotes, widths, ligatures, line breaks, HTML entities and stray C1
# control characters (no mojibake around them) stay as printed.
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False, fix_c1_controls=False,
    normalization=None, explain=False)


def _repaired(text: str) -> Decoded:
    """Text with UTF-8 that was once read as cp1252 or Latin-1 put back ("Tehranâ€™s" -> "Tehran’s",
    "FranÃ\x83Â§ois" -> "François"), with a note. ftfy decides line by line, by its own badness measure,
    whether a run is mojibake or real Latin text ("Não há café"), so correct text stays as it is."""
    fixed = ftfy.fix_text(text, _ENCODING_ONLY)
    if fixed == text:
        return Decoded(text)
    lines = sum(a != b for a, b in zip(text.splitlines(), fixed.splitlines(), strict=False))
    return Decoded(fixed, f"UTF-8 read as cp1252 or Latin-1 before: put back on {lines} line(s)")


_PACKED: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip archive: unpack it first"), (b"PK\x05\x06", "an empty zip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive: unpack it first"),
    (b"\xfd7zXZ\x00", "an xz-compressed file: decompress it first"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file: decompress it first"),
    (b"\x1f\x8b", "gzip-compressed: name it .gz"), (b"BZh", "bzip2-compressed: name it .bz2"),
    (b"%PDF-", "a PDF document: save its text first"),
)
_TAR_MAGIC = (257, b"ustar")


def _binary(data: bytes) -> str:
    """The refusal of binary bytes, naming the archive or document format its first bytes announce, since
    the user can unpack it ("binary file, not text (a zip archive: unpack it first)")."""
    kind = next((what for magic, what in _PACKED if data.startswith(magic)), None)
    offset, magic = _TAR_MAGIC
    if kind is None and data[offset:offset + len(magic)] == magic:
        kind = "a tar archive: unpack it first"
    return f"{BINARY} ({kind})" if kind else BINARY


def _mixed_utf8(data: bytes) -> Decoded | None:
    """A UTF-8 file with some lines in a single-byte encoding (text pasted from another file).

    Only when some line holds valid non-ASCII UTF-8: each line that is not UTF-8 is then read in the
    encoding detected for all such lines together, instead of reading the whole file as mojibake.
    """
    lines = data.splitlines(keepends=True)
    foreign = [i for i, line in enumerate(lines) if _strict(line, "utf-8") is None]
    skip = set(foreign)
    if not any(not line.isascii() for i, line in enumerate(lines) if i not in skip):
        return None
    sample = b"".join(lines[i] for i in foreign)
    encoding = _detected_encoding(sample)
    if _strict(sample, "cp1252") is not None and (
        encoding in _WESTERN or sum(b > 0x7F for b in sample) < MIN_DETECTION_BYTES
    ):
        encoding = "cp1252"  # a few accented letters or curly quotes are too little to tell encodings apart
    if encoding is None:
        return None
    out = [line.decode(encoding, "replace") if i in skip else line.decode("utf-8")
           for i, line in enumerate(lines)]
    where = f"line {foreign[0] + 1}" + (f" and {len(foreign) - 1} more" if len(foreign) > 1 else "")
    return Decoded("".join(out), f"mixed encodings: {where} not UTF-8, read as {encoding}")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _detected(data: bytes) -> str | None:
    encoding = _detected_encoding(data)
    return None if encoding is None else _strict(data, encoding)


def _detected_encoding(data: bytes) -> str | None:
    """The most likely encoding of `data`; cp1252 wins a tie with the other Western encodings."""
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    ties = {r.encoding for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)}
    if ties & _WESTERN and _strict(data, "cp1252") is not None:
        return "cp1252"
    return best.encoding


def _checked(text: str, origin: str) -> str:
    if len(_CONTROL.findall(text[:100_000])) > max(8, len(text[:100_000]) // 100):
        raise InputError(BINARY, origin)
    return text
