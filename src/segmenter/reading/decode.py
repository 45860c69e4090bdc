"""Decoding: a text file's bytes -> its text, and how its encoding was found (a byte order
mark, UTF-8, the one asked for, or a guess), or the refusal of a file that is no text."""

from __future__ import annotations

import codecs

import attrs
import regex

from ..errors import BinaryFileError, TextDecodeError

__all__ = ["Decoded", "check_text", "decode_bytes", "paired_surrogates", "stream_codec"]

# Byte order marks, the four-byte ones first (UTF-32 LE opens as UTF-16 LE does).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = "cp1252"  # Windows' Western European code page, a superset of Latin-1's letters
_SAMPLE = 64 * 1024  # bytes a guess reads: the start, and around the first non-ASCII byte
# The first byte outside ASCII. Bound: one class, searched once.
_NON_ASCII = regex.compile(rb"[\x80-\xff]")
# Control characters no text holds (C0 but tab, line ends, form feed, escape; DEL).
# Bound: one class.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A text file holds fewer control characters than this share (and may hold a few: a
# stray bell or escape sequence), where bytes that are no text hold one in eight.
_MAX_CONTROL_SHARE, _MIN_CONTROLS = 0.05, 16
_CONTROL_SAMPLE = 1 << 20  # characters of the text that share is measured on


@attrs.frozen
class Decoded:
    """A file's text, the encoding it was read in, and whether that was a guess."""

    text: str
    encoding: str
    guessed: bool = False

    @property
    def warning(self) -> str | None:
        """What to tell the user when the encoding was guessed."""
        if not self.guessed:
            return None
        return (f"the encoding was guessed as {self.encoding} (no byte order mark, not "
                "UTF-8); pass encoding= (--encoding) to read it otherwise")


# A UTF-16 surrogate code point: half of a character, never a character of its own.
# Bound: one character class, no repetition.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def paired_surrogates(text: str) -> str:
    """``text`` with each high and low surrogate a reader left side by side (RTF's
    ``\\u-10179?\\u-8704?``) made the one character they encode, and a lone one U+FFFD:
    what a reader gives can always be written as UTF-8.

    >>> paired_surrogates("smile \\ud83d\\ude00, half \\ud83d.")
    'smile \U0001f600, half \ufffd.'
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of a file's ``data``: in ``encoding`` when given, else by its byte order
    mark (UTF-8, UTF-16, UTF-32), else as UTF-8, else in the encoding its bytes suggest
    (``Decoded.guessed``). A byte order mark is never part of the text.

    >>> decode_bytes("Café".encode("utf-16")).text, decode_bytes(b"caf\\xe9 au lait").guessed
    ('Café', True)

    Raises :class:`TextDecodeError` when the bytes are not in the ``encoding`` asked for
    (or it names none Python knows), :class:`BinaryFileError` when no text encoding fits
    (NUL bytes, control characters: an image, an archive, a program).
    """
    if encoding is not None:
        text = _strict(data, _known(encoding)).removeprefix("\ufeff")
        return Decoded(check_text(text), encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(check_text(_strict(data, codec)), codec.removesuffix("-sig"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _guessed(data)
    return Decoded(check_text(text), "utf-8")


def stream_codec(head: bytes, encoding: str | None) -> str | None:
    """The codec a text file whose first bytes are ``head`` can be read in as it comes,
    as :func:`decode_bytes` would read it whole: ``encoding`` when given, else the one
    its byte order mark names; ``None`` when that takes the whole file (UTF-8 to check,
    an encoding to guess, NUL bytes)."""
    if encoding is not None:
        return _known(encoding)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    return None


def _known(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise TextDecodeError(f"unknown encoding {encoding!r}") from None


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise TextDecodeError(f"the file is not {codec}: byte {data[e.start]:#04x} at offset "
                              f"{e.start} cannot be read ({e.reason})") from None


def check_text(text: str) -> str:
    """``text`` (a file's, or its start), unless control characters show it is no text
    at all: then :class:`BinaryFileError`."""
    sample = text[:_CONTROL_SAMPLE]
    found = len(_CONTROL.findall(sample))
    if found > _MIN_CONTROLS and found > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryFileError("not a text file: it holds NUL bytes or other control "
                              "characters no text has")
    return text


def _guessed(data: bytes) -> Decoded:
    """``data`` (not UTF-8, no byte order mark) in the encoding its bytes suggest."""
    if b"\x00" in data[:_SAMPLE]:
        wide = _wide(data)
        if wide is None:
            raise BinaryFileError("not a text file: it holds NUL bytes")
        return Decoded(check_text(_strict(data, wide)), wide, guessed=True)
    import charset_normalizer  # a core dependency, imported only when a guess is needed

    first = _NON_ASCII.search(data)
    at = first.start() if first else 0
    sample = data[:_SAMPLE] + b"\n" + data[max(_SAMPLE, at - _SAMPLE // 4) : at + _SAMPLE]
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None:
        raise BinaryFileError("not a text file: no text encoding fits its bytes")
    codec = codecs.lookup(best.encoding).name
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if codec == "ascii" or any(_WESTERN in m.could_be_from_charset for m in tied):
        # the commonest 8-bit encoding, where it fits as well as the best guess (short
        # texts leave the guess between code pages that differ in a few letters)
        codec = _WESTERN
    try:
        return Decoded(check_text(data.decode(codec)), codec, guessed=True)
    except UnicodeDecodeError:
        return Decoded(check_text(data.decode("latin-1")), "latin-1", guessed=True)


def _wide(data: bytes) -> str | None:
    """The UTF-16 ``data`` is in when it has no byte order mark: NUL bytes at every
    other place, as ASCII letters leave them (odd places: little-endian); None when
    its NUL bytes stand otherwise."""
    head = data[:_SAMPLE]
    evens, odds = head[0::2], head[1::2]
    even, odd = evens.count(0) > len(evens) // 2, odds.count(0) > len(odds) // 2
    if even == odd or len(data) % 2:
        return None
    return "utf-16-le" if odd else "utf-16-be"
