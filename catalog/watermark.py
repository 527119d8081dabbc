"""Watermarked previews: what the public sees of a pattern or sample image,
while the original stays in the private store."""
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

PREVIEW_LONG_EDGE = 1200
MARK = "RightsBridge · preview"
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]


def watermarked_preview(original) -> bytes:
    box = (PREVIEW_LONG_EDGE, PREVIEW_LONG_EDGE)
    with Image.open(original) as image:
        # Decode small: a JPEG at 1/2 to 1/8 scale (draft), other formats reduced
        # by a whole factor before resampling, so a 40-megapixel pattern never
        # exists in memory at full size more than once, nor in RGBA.
        image.draft("RGB", box)
        image.thumbnail(box, reducing_gap=2.0)
        image = ImageOps.exif_transpose(image).convert("RGB")
    # Tile the mark over a square as wide as the diagonal, turn it, and crop it
    # back to the image, so the mark reaches every corner and no crop escapes it.
    side = int((image.width ** 2 + image.height ** 2) ** 0.5) + 1
    overlay = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = _font(max(14, image.width // 18))
    left, top, right, bottom = draw.textbbox((0, 0), MARK, font=font)
    step_x, step_y = (right - left) + image.width // 8, (bottom - top) * 4
    for row, y in enumerate(range(0, side, step_y)):
        for x in range(-(row % 2) * step_x // 2, side, step_x):
            draw.text((x, y), MARK, font=font, fill=(255, 255, 255, 110), stroke_width=1,
                      stroke_fill=(0, 0, 0, 70))
    overlay = overlay.rotate(25, resample=Image.BICUBIC)
    offset_x, offset_y = (side - image.width) // 2, (side - image.height) // 2
    overlay = overlay.crop((offset_x, offset_y, offset_x + image.width, offset_y + image.height))
    marked = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    out = BytesIO()
    marked.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


@lru_cache(maxsize=32)
def _font(size: int):
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)
