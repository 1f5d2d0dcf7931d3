"""A small, fast QR code encoder for the printed checklist: byte mode, error correction level M,
mask 0, versions 1-40 (ISO/IEC 18004). No Qt, no third-party code.

Why not segno here: segno is a fine general encoder, but pure Python and general, ~1.5 ms a code
plus ~40 ms to import (it pulls in urllib and email); a 150-item printout spent a quarter of its
time there. This encoder does the same work with C-speed steps: the Reed-Solomon remainder as a
big-integer shift-and-xor with precomputed multiples, and the module placement (zig-zag, function
patterns, format and version bits, mask) as one precomputed permutation per version applied with
operator.itemgetter, so a code costs well under 0.1 ms. tests/core/test_qr.py checks every version
module for module against segno (same level, same mask).

The mask is fixed (0) rather than chosen by the standard's penalty score: scoring all eight masks
is most of an encoder's time, and any mask scans (the zbarimg test decodes every printed code).
"""

from __future__ import annotations

import functools
import operator

# Level M, index = version (ISO/IEC 18004 table 9)
_ECC_PER_BLOCK = (0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28,
                  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28)
_BLOCKS = (0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26,
           28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49)
_FORMAT_M = 0  # level M's two format bits
_MASK = 0


def _raw_modules(version: int) -> int:
    """Modules left for data and error correction once the function patterns are placed."""
    result = (16 * version + 128) * version + 64
    if version >= 2:
        align = version // 7 + 2
        result -= (25 * align - 10) * align - 55
        if version >= 7:
            result -= 36
    return result


def _data_codewords(version: int) -> int:
    return _raw_modules(version) // 8 - _ECC_PER_BLOCK[version] * _BLOCKS[version]


def _capacity_bytes(version: int) -> int:
    """How many bytes of text fit (byte mode: 4 mode bits and an 8- or 16-bit length first)."""
    return (_data_codewords(version) * 8 - 4 - (8 if version < 10 else 16)) // 8


# -- Reed-Solomon over GF(256), polynomial 0x11d ------------------------------------------------

_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]
del _x, _i


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@functools.cache
def _rs_multiples(degree: int) -> tuple[int, ...]:
    """For each byte f: f times the generator polynomial (without its leading 1), as one integer
    of `degree` bytes, highest coefficient first."""
    divisor = [0] * (degree - 1) + [1]  # coefficients, highest power first, leading 1 left out
    root = 1
    for _ in range(degree):
        for j in range(degree):
            divisor[j] = _mul(divisor[j], root)
            if j + 1 < degree:
                divisor[j] ^= divisor[j + 1]
        root = _mul(root, 2)
    return tuple(int.from_bytes(bytes(_mul(f, c) for c in divisor), "big") for f in range(256))


def _rs_remainder(data: bytes, degree: int) -> bytes:
    multiples = _rs_multiples(degree)
    shift = 8 * (degree - 1)
    mask = (1 << (8 * degree)) - 1
    rem = 0
    for byte in data:
        rem = ((rem << 8) & mask) ^ multiples[(rem >> shift) ^ byte]
    return rem.to_bytes(degree, "big")


# -- the module grid ----------------------------------------------------------------------------


def _alignment_positions(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    size = version * 4 + 17
    return [6, *reversed([size - 7 - i * step for i in range(count - 1)])]


def _bch_format(mask: int) -> int:
    data = _FORMAT_M << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _bch_version(version: int) -> int:
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


@functools.cache
def _layout(version: int) -> tuple[operator.itemgetter, int, int]:
    """For one version: a getter that picks each module of the grid (row by row) out of
    data bits + [0, 1], the grid's mask as an integer, and the number of data bits."""
    size = version * 4 + 17
    fixed: dict[tuple[int, int], int] = {}  # (x, y) -> 0/1 for function modules

    def put(x: int, y: int, dark: bool) -> None:
        fixed[x, y] = 1 if dark else 0

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders with their separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    put(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    positions = _alignment_positions(version)
    last = len(positions) - 1
    for i, ax in enumerate(positions):
        for j, ay in enumerate(positions):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
    bits = _bch_format(_MASK)
    bit = [(bits >> i) & 1 for i in range(15)]
    for i in range(6):
        put(8, i, bit[i])
    put(8, 7, bit[6])
    put(8, 8, bit[7])
    put(7, 8, bit[8])
    for i in range(9, 15):
        put(14 - i, 8, bit[i])
    for i in range(8):
        put(size - 1 - i, 8, bit[i])
    for i in range(8, 15):
        put(8, size - 15 + i, bit[i])
    put(8, size - 8, True)  # the dark module
    if version >= 7:
        vbits = _bch_version(version)
        for i in range(18):
            b = (vbits >> i) & 1
            a, c = size - 11 + i % 3, i // 3
            put(a, c, b)
            put(c, a, b)

    # data modules in zig-zag order: two columns at a time from the right, skipping the vertical
    # timing column, upwards and downwards in turn
    order: dict[tuple[int, int], int] = {}
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if (x, y) not in fixed:
                    order[x, y] = len(order)
        right -= 2
    n = len(order)  # data bits incl. the 0-7 remainder bits (zero)
    picks, mask = [], 0
    for y in range(size):
        for x in range(size):
            mask <<= 8
            if (x, y) in fixed:
                picks.append(n + fixed[x, y])
            else:
                picks.append(order[x, y])
                if (x + y) % 2 == 0:  # mask 0
                    mask |= 1
    return operator.itemgetter(*picks), mask, n


_BITS = [bytes((b >> (7 - i)) & 1 for i in range(8)) for b in range(256)]


def version_for(length: int) -> int:
    for version in range(1, 41):
        if length <= _capacity_bytes(version):
            return version
    raise ValueError(f"{length} bytes do not fit in a QR code")


def encode(text: str) -> list[bytes]:
    """The QR code of `text` (UTF-8, byte mode, level M, mask 0) as rows of 0/1 bytes, without
    the quiet zone: rows[y][x] == 1 is a dark module."""
    data = text.encode("utf-8")
    version = version_for(len(data))
    capacity = _data_codewords(version)
    count_bits = 8 if version < 10 else 16
    # mode 0100, the length, the bytes; then a 4-bit terminator (shorter if full), zero bits to a
    # whole byte, and the pad bytes 0xEC 0x11 up to the capacity
    value = (0b0100 << count_bits | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    bits = 4 + count_bits + 8 * len(data)
    terminator = min(4, capacity * 8 - bits)
    value <<= terminator
    bits += terminator
    pad = -bits % 8
    value <<= pad
    bits += pad
    codewords = value.to_bytes(bits // 8, "big") + (b"\xec\x11" * capacity)[: capacity - bits // 8]

    # split into blocks (short ones first), add each block's error correction, interleave
    blocks, degree = _BLOCKS[version], _ECC_PER_BLOCK[version]
    raw = _raw_modules(version) // 8
    short = blocks - raw % blocks
    short_len = raw // blocks - degree  # data bytes in a short block
    data_blocks, ecc_blocks, k = [], [], 0
    for i in range(blocks):
        length = short_len + (0 if i < short else 1)
        block = codewords[k:k + length]
        k += length
        data_blocks.append(block)
        ecc_blocks.append(_rs_remainder(block, degree))
    out = bytearray()
    for i in range(short_len + 1):
        for block in data_blocks:
            if i < len(block):
                out.append(block[i])
    for i in range(degree):
        for block in ecc_blocks:
            out.append(block[i])

    getter, mask, n = _layout(version)
    source = b"".join([_BITS[b] for b in out])
    source += bytes(n - len(source)) + b"\x00\x01"
    grid = int.from_bytes(bytes(getter(source)), "big") ^ mask
    size = version * 4 + 17
    flat = grid.to_bytes(size * size, "big")
    return [flat[y * size:(y + 1) * size] for y in range(size)]
