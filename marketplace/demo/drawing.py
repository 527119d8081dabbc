"""Covers and pattern sheets drawn with Pillow, so the demo needs no downloads.

Each picture is seeded by the work's slug: the same demo always gets the same
art. Titles are drawn only when a Noto font for their script is installed; on
a machine without the fonts the covers simply carry no text.
"""
import hashlib
import io
import math
import random
from functools import lru_cache
from pathlib import Path

import icu
from PIL import Image, ImageDraw, ImageFont

COVER_SIZE = (600, 800)
PATTERN_SIZE = (800, 800)

_OPENTYPE = Path("/usr/share/fonts/opentype/noto")
_TRUETYPE = Path("/usr/share/fonts/truetype/noto")
# Face 2 of the CJK collection is Simplified Chinese.
FONTS = {
    "cjk": [(_OPENTYPE / "NotoSansCJK-Bold.ttc", 2), (_OPENTYPE / "NotoSansCJK-Regular.ttc", 2)],
    "thai": [(_TRUETYPE / "NotoSansThai-Bold.ttf", 0), (_TRUETYPE / "NotoSansThai-Regular.ttf", 0)],
    "lao": [(_TRUETYPE / "NotoSansLao-Bold.ttf", 0), (_TRUETYPE / "NotoSansLao-Regular.ttf", 0)],
    "khmer": [(_TRUETYPE / "NotoSansKhmer-Bold.ttf", 0), (_TRUETYPE / "NotoSansKhmer-Regular.ttf", 0)],
    "myanmar": [(_TRUETYPE / "NotoSansMyanmar-Bold.ttf", 0), (_TRUETYPE / "NotoSansMyanmar-Regular.ttf", 0)],
    "latin": [(_TRUETYPE / "NotoSans-Bold.ttf", 0), (_TRUETYPE / "NotoSans-Regular.ttf", 0)],
}
_SCRIPT_RANGES = [
    ("cjk", 0x3000, 0x9FFF), ("thai", 0x0E00, 0x0E7F), ("lao", 0x0E80, 0x0EFF),
    ("khmer", 0x1780, 0x17FF), ("myanmar", 0x1000, 0x109F),
]
# Stacked vowels and subscript consonants need taller lines than Latin or Han.
_LINE_HEIGHT = {"thai": 1.6, "lao": 1.6, "khmer": 1.75, "myanmar": 1.8}

INDIGO, CREAM, INK = (28, 44, 92), (246, 240, 226), (33, 33, 38)


# --- public ----------------------------------------------------------------

def cover_png(kind: str, subtype: str, seed: str, titles: list[str]) -> bytes:
    """A 600×800 cover: a motif for the kind, then the titles (original first)."""
    rng = random.Random(seed)
    image = Image.new("RGB", COVER_SIZE, CREAM)
    painter = {"book": _book, "comic": _comic, "film_tv": _film, "folk_art": _folk}[kind]
    box, panel, ink = painter(image, rng, subtype)
    draw = ImageDraw.Draw(image)
    if panel:
        draw.rectangle(box, fill=panel)
    _draw_titles(draw, box, [t for t in titles if t], ink)
    return _png(image)


def pattern_png(subtype: str, seed: str, size=PATTERN_SIZE) -> bytes:
    """A pattern sheet. Some motifs draw alike from different seeds, so each
    sheet also carries its own workshop mark: a row of stitches spelling the
    seed's hash. No two listings share an original, as real ones would not,
    and a sha256 then points at one listing."""
    image = pattern(subtype, random.Random(seed), size)
    _maker_mark(image, seed)
    return _png(image)


def _maker_mark(image: Image.Image, seed: str) -> None:
    bits = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:4], "big")
    draw = ImageDraw.Draw(image)
    x, y = image.width - 12 - 32 * 6, image.height - 14
    draw.rectangle((x - 6, y - 6, image.width - 6, image.height - 4), fill=(250, 244, 230))
    for i in range(32):
        if bits >> i & 1:
            draw.rectangle((x + 6 * i, y - 3, x + 6 * i + 3, y + 3), fill=(90, 40, 30))


def pattern(subtype: str, rng: random.Random, size) -> Image.Image:
    tile = _MOTIFS.get(subtype, _stitched_diamonds)(rng)
    image = Image.new("RGB", size)
    for x in range(0, size[0], tile.width):
        for y in range(0, size[1], tile.height):
            image.paste(tile, (x, y))
    return image


# --- the four kinds ----------------------------------------------------------
# Each painter draws its motif and returns (title box, panel colour, ink colour).

def _book(image, rng, subtype):
    draw = ImageDraw.Draw(image)
    paper, accent, deep = rng.choice([
        ((244, 236, 220), (176, 58, 46), (46, 64, 87)),
        ((235, 242, 232), (62, 125, 92), (30, 58, 60)),
        ((248, 232, 214), (214, 122, 48), (88, 46, 38)),
        ((230, 236, 246), (64, 96, 170), (34, 40, 72)),
    ])
    draw.rectangle((0, 0, 600, 800), fill=paper)
    draw.rectangle((0, 0, 34, 800), fill=deep)  # the spine
    # A landscape vignette: sun or moon over layered hills.
    sky = (70, 60, 560, 470)
    draw.rectangle(sky, fill=accent)
    cx, cy, r = rng.randint(170, 460), rng.randint(130, 230), rng.randint(45, 80)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=paper)
    for layer in range(3):
        base = 330 + layer * 45
        points = [(70, 470), (70, base)]
        for x in range(70, 561, 35):
            points.append((x, base - rng.randint(0, 70 - layer * 15)))
        points += [(560, base), (560, 470)]
        draw.polygon(points, fill=_mix(deep, accent, 0.25 + layer * 0.3))
    draw.rectangle(sky, outline=deep, width=4)
    return (60, 510, 570, 770), None, deep


def _comic(image, rng, subtype):
    draw = ImageDraw.Draw(image)
    colours = [(255, 206, 0), (238, 66, 102), (0, 175, 185), (125, 90, 220), (255, 132, 40), (80, 190, 90)]
    rng.shuffle(colours)
    draw.rectangle((0, 0, 600, 800), fill=(255, 255, 255))
    fills = iter(colours)
    for top, bottom in ((20, 200), (210, 400), (410, 560)):
        split = rng.randint(190, 410)
        for left, right in ((20, split), (split + 10, 580)):
            image.paste(_panel_art((right - left, bottom - top), next(fills), rng), (left, top))
            draw.rectangle((left, top, right, bottom), outline=INK, width=6)
    return (20, 580, 580, 780), colours[0], INK


def _panel_art(size, fill, rng):
    """One comic panel, drawn on its own canvas so nothing spills into the next."""
    panel = Image.new("RGB", size, fill)
    draw = ImageDraw.Draw(panel)
    ink = _mix(fill, (0, 0, 0), 0.35)
    width, height = size
    cx, cy = rng.randrange(width), rng.randrange(height)
    choice = rng.randrange(3)
    if choice == 0:  # speed lines
        for angle in range(0, 360, 12):
            a = math.radians(angle)
            draw.line((cx, cy, cx + 600 * math.cos(a), cy + 600 * math.sin(a)), fill=ink, width=2)
    elif choice == 1:  # halftone dots
        for x in range(8, width, 16):
            for y in range(8, height, 16):
                r = 2 + 5 * x / width
                draw.ellipse((x - r, y - r, x + r, y + r), fill=ink)
    else:  # a burst
        r = min(width, height) // 3
        points = [(cx + (r if i % 2 else r // 2) * math.cos(i * math.pi / 8),
                   cy + (r if i % 2 else r // 2) * math.sin(i * math.pi / 8)) for i in range(16)]
        draw.polygon(points, fill=(255, 255, 255), outline=INK)
    return panel


def _film(image, rng, subtype):
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 600, 800), fill=(20, 20, 26))
    for x0 in (0, 548):
        draw.rectangle((x0, 0, x0 + 52, 800), fill=(44, 44, 52))
        for y in range(14, 800, 44):
            draw.rounded_rectangle((x0 + 14, y, x0 + 38, y + 22), radius=4, fill=(20, 20, 26))
    skies = [(255, 170, 80), (120, 170, 230), (240, 110, 90), (90, 200, 180), (200, 160, 240)]
    for top in (30, 205, 380):
        frame = (74, top, 526, top + 160)
        sky = rng.choice(skies)
        draw.rectangle(frame, fill=sky)
        sun = rng.randint(120, 480)
        draw.ellipse((sun - 30, top + 30, sun + 30, top + 90), fill=(255, 236, 170))
        horizon = top + rng.randint(95, 125)
        draw.polygon([(74, top + 160), (74, horizon), (200, horizon - rng.randint(10, 40)),
                      (330, horizon + 5), (526, horizon - rng.randint(0, 30)), (526, top + 160)],
                     fill=_mix(sky, (0, 0, 0), 0.55))
    return (74, 565, 526, 780), None, (250, 214, 120)


def _folk(image, rng, subtype):
    image.paste(pattern(subtype, rng, COVER_SIZE))
    return (40, 560, 560, 770), CREAM, INK


# --- pattern tiles -------------------------------------------------------------

def _stitched_diamonds(rng):
    """Cross-stitch diamonds, as in Miao, Hmong and Qiang needlework."""
    ground = rng.choice([(24, 22, 30), INDIGO, (110, 18, 30)])
    threads = rng.sample([(214, 40, 50), (240, 120, 150), (60, 150, 80), (245, 190, 40), (240, 120, 40),
                          (250, 245, 235), (80, 130, 210)], 4)
    cell, cells = 8, 20
    tile = Image.new("RGB", (cell * cells, cell * cells), ground)
    draw = ImageDraw.Draw(tile)
    for i in range(cells):
        for j in range(cells):
            d = abs(i - cells // 2) + abs(j - cells // 2)
            if d % 2 or d == cells // 2:
                continue
            colour = threads[(d // 2) % 4]
            x, y = i * cell, j * cell
            draw.line((x + 1, y + 1, x + cell - 2, y + cell - 2), fill=colour, width=2)
            draw.line((x + cell - 2, y + 1, x + 1, y + cell - 2), fill=colour, width=2)
    return tile


def _drum_circles(rng):
    """Bronze-drum suns and wax crackle on indigo, as in Miao and Malay batik."""
    size = 200
    ground = rng.choice([INDIGO, (40, 60, 110), (92, 48, 30)])
    wax = (236, 238, 240) if ground != (92, 48, 30) else (240, 210, 150)
    tile = Image.new("RGB", (size, size), ground)
    draw = ImageDraw.Draw(tile)
    crackle = _mix(ground, wax, 0.35)
    for _ in range(14):
        x, y = rng.randrange(size), rng.randrange(size)
        draw.line((x, y, x + rng.randint(-40, 40), y + rng.randint(-40, 40)), fill=crackle, width=1)
    c = size // 2
    for r in (86, 70):
        draw.ellipse((c - r, c - r, c + r, c + r), outline=wax, width=4)
    for k in range(24):
        a = 2 * math.pi * k / 24
        x, y = c + 78 * math.cos(a), c + 78 * math.sin(a)
        draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=wax)
    star = [(c + (48 if i % 2 == 0 else 18) * math.cos(i * math.pi / 12),
             c + (48 if i % 2 == 0 else 18) * math.sin(i * math.pi / 12)) for i in range(24)]
    draw.polygon(star, fill=wax)
    for corner in ((0, 0), (size, 0), (0, size), (size, size)):
        draw.ellipse((corner[0] - 22, corner[1] - 22, corner[0] + 22, corner[1] + 22), outline=wax, width=3)
    return tile


def _lotus_scroll(rng):
    """Cobalt lotus scrolls on white, as in blue-and-white porcelain."""
    size = 200
    cobalt, wash = (28, 58, 140), (120, 150, 205)
    tile = Image.new("RGB", (size, size), (245, 246, 240))
    draw = ImageDraw.Draw(tile)
    for box, start in (((-100, 0, 100, 200), 270), ((100, 0, 300, 200), 90)):
        draw.arc(box, start, start + 180, fill=cobalt, width=4)
    c = size // 2
    for k in range(8):
        a = 2 * math.pi * k / 8
        x, y = c + 32 * math.cos(a), c + 32 * math.sin(a)
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=wash, outline=cobalt, width=3)
    draw.ellipse((c - 16, c - 16, c + 16, c + 16), fill=cobalt)
    for x, y in ((30, 40), (170, 160), (40, 170), (165, 35)):
        draw.ellipse((x - 10, y - 5, x + 10, y + 5), fill=cobalt)
    return tile


def _medallions(rng):
    """Round, cheerful figures on terracotta, as in Huishan clay."""
    size = 160
    tile = Image.new("RGB", (size, size), rng.choice([(190, 92, 58), (226, 196, 150)]))
    draw = ImageDraw.Draw(tile)
    c = size // 2
    draw.ellipse((c - 62, c - 62, c + 62, c + 62), fill=(46, 130, 80))
    draw.ellipse((c - 50, c - 50, c + 50, c + 50), fill=(250, 236, 220))
    for dx in (-22, 22):
        draw.ellipse((c + dx - 10, c + 6, c + dx + 10, c + 20), fill=(232, 84, 84))
        draw.ellipse((c + dx - 4, c - 16, c + dx + 4, c - 8), fill=INK)
    draw.arc((c - 14, c + 4, c + 14, c + 26), 20, 160, fill=(200, 40, 40), width=3)
    draw.ellipse((c - 8, c - 62, c + 8, c - 46), fill=(30, 30, 30))
    return tile


def _cut_lattice(rng):
    """Red paper cut into stars and a lattice, as in Dai and Han paper cuts."""
    size = 160
    red, paper = rng.choice([(200, 28, 40), (214, 60, 30)]), (250, 238, 214)
    tile = Image.new("RGB", (size, size), paper)
    draw = ImageDraw.Draw(tile)
    c = size // 2
    draw.polygon([(c, 0), (size, c), (c, size), (0, c)], outline=red, width=10)
    petals = [(c + (56 if i % 2 == 0 else 22) * math.cos(i * math.pi / 8),
               c + (56 if i % 2 == 0 else 22) * math.sin(i * math.pi / 8)) for i in range(16)]
    draw.polygon(petals, fill=red)
    draw.ellipse((c - 12, c - 12, c + 12, c + 12), fill=paper)
    for corner in ((0, 0), (size, 0), (0, size), (size, size)):
        draw.ellipse((corner[0] - 18, corner[1] - 18, corner[0] + 18, corner[1] + 18), fill=red)
    return tile


def _repousse(rng):
    """Chased silver rosettes on a dark ground, as in Khmer and Miao silverwork."""
    size = 180
    silver, light, shade = (196, 200, 208), (238, 240, 244), (120, 124, 136)
    tile = Image.new("RGB", (size, size), rng.choice([(40, 44, 52), (58, 40, 36)]))
    draw = ImageDraw.Draw(tile)
    c = size // 2
    for k in range(12):  # flame petals (kbach)
        a = 2 * math.pi * k / 12
        tip = (c + 80 * math.cos(a), c + 80 * math.sin(a))
        left = (c + 40 * math.cos(a - 0.25), c + 40 * math.sin(a - 0.25))
        right = (c + 40 * math.cos(a + 0.25), c + 40 * math.sin(a + 0.25))
        draw.polygon([left, tip, right], fill=shade, outline=silver)
    draw.ellipse((c - 44, c - 44, c + 44, c + 44), fill=silver)
    for k in range(16):
        a = 2 * math.pi * k / 16
        x, y = c + 34 * math.cos(a), c + 34 * math.sin(a)
        draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=light)
    draw.ellipse((c - 18, c - 18, c + 18, c + 18), fill=light, outline=shade, width=3)
    return tile


def _ikat_bands(rng):
    """Bands of zigzags and diamonds, as in sinh, acheik, ikat and t'nalak weaving."""
    width = 160
    yarns = rng.sample([(150, 24, 40), INDIGO, (212, 160, 40), (24, 24, 28), (240, 232, 214),
                        (40, 110, 80), (190, 90, 40), (110, 60, 120)], 5)
    bands = [rng.randint(14, 40) for _ in range(6)]
    tile = Image.new("RGB", (width, sum(bands)), yarns[0])
    draw = ImageDraw.Draw(tile)
    y = 0
    for n, height in enumerate(bands):
        ground, thread = yarns[n % 5], yarns[(n + 2) % 5]
        draw.rectangle((0, y, width, y + height), fill=ground)
        if n % 3 == 1:  # a zigzag (the naga's back, the acheik wave)
            step = 20
            points = [(x, y + (2 if (x // step) % 2 else height - 3)) for x in range(0, width + 1, step)]
            draw.line(points, fill=thread, width=4)
        elif n % 3 == 2:  # a row of diamonds
            for x in range(0, width, 32):
                mid = y + height // 2
                draw.polygon([(x + 16, y + 2), (x + 30, mid), (x + 16, y + height - 2), (x + 2, mid)], fill=thread)
        y += height
    return tile


_MOTIFS = {
    "embroidery": _stitched_diamonds,
    "batik": _drum_circles,
    "ceramics": _lotus_scroll,
    "clay_figure": _medallions,
    "paper_cut": _cut_lattice,
    "silverwork": _repousse,
    "weaving": _ikat_bands,
}


# --- titles ------------------------------------------------------------------

def _draw_titles(draw, box, titles, ink):
    left, top, right, bottom = box
    width, y = right - left - 40, top + 18
    for n, text in enumerate(titles[:2]):
        script = _script(text)
        lines, font = _fit(text, script, 50 if n == 0 else 26, width, max_lines=3 if n == 0 else 2)
        if font is None:
            continue
        step = int(font.size * _LINE_HEIGHT.get(script, 1.3))
        for line in lines:
            if y + step > bottom:
                return
            draw.text((left + 20, y), line, font=font, fill=ink)
            y += step
        y += 10


def _fit(text, script, size, width, max_lines):
    """The largest size (down to 60%) at which the text wraps into max_lines."""
    for points in range(size, int(size * 0.6) - 1, -4):
        font = _font(script, points)
        if font is None:
            return [], None
        lines = _wrap(text, font, width)
        if len(lines) <= max_lines:
            return lines, font
    return lines[:max_lines], font


def _wrap(text, font, width):
    """Greedy wrapping at ICU line breaks, which knows where Thai, Lao, Khmer,
    Burmese and Chinese may break although they put no spaces between words."""
    lines, current = [], ""
    for segment in _line_break_segments(text):
        if current and font.getlength(current + segment) > width:
            lines.append(current.rstrip())
            current = segment
        else:
            current += segment
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _line_break_segments(text):
    utext = icu.UnicodeString(text)
    breaker = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
    breaker.setText(utext)
    start = breaker.first()
    for end in breaker:
        yield str(utext[start:end])
        start = end


def _script(text):
    for char in text:
        code = ord(char)
        for name, low, high in _SCRIPT_RANGES:
            if low <= code <= high:
                return name
    return "latin"


@lru_cache(maxsize=64)
def _font(script, size):
    for path, index in FONTS[script]:
        if path.exists():
            return ImageFont.truetype(str(path), size, index=index)
    return None


# --- helpers ------------------------------------------------------------------

def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _png(image):
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
