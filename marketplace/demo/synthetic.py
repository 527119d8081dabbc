"""Synthetic works for benchmarks: `seed_demo --works 100000`.

Titles are drawn from word lists in several scripts (unsegmented Thai, Lao,
Khmer, Burmese and Chinese among them), so search is measured on the text it
really meets. Rows go in with bulk_create, in batches, without signals: run
`manage.py search_reindex` afterwards."""
import random

from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from catalog.kinds import SUBTYPES_BY_KIND, Exclusivity, RightType
from catalog.models import RightsOffer, Work
from marketplace.models import Organization

WORDS = {
    "en": "mountain river silk dragon lotus moon garden journey festival village embroidery tiger rice "
          "lantern ocean forest paper clay silver weaving song dream island harvest kite temple".split(),
    "zh_hans": "山 海 龙 莲 月 丝 绸 刺绣 蜡染 陶瓷 剪纸 银饰 故事 传说 江 湖 花 鸟 风 云 梦 城 村 茶".split(),
    "th": "ภูเขา แม่น้ำ ผ้าไหม มังกร ดอกบัว พระจันทร์ สวน การเดินทาง เทศกาล หมู่บ้าน ผ้าปัก ม้ง ช้าง ข้าว "
          "โคม ทะเล ป่า กระดาษ เงิน ทอผ้า".split(),
    "vi": "núi sông lụa rồng sen trăng vườn hành trình lễ hội làng thêu hổ lúa đèn biển rừng giấy bạc "
          "dệt cổ tích".split(),
    "km": "ភ្នំ ទន្លេ សូត្រ នាគ ផ្កាឈូក ព្រះច័ន្ទ សួន ដំណើរ ពិធីបុណ្យ ភូមិ ប្រាក់ ត្បាញ".split(),
    "my": "တောင် မြစ် ပိုး နဂါး ကြာ လ ဥယျာဉ် ခရီး ပွဲတော် ရွာ ယက်ကန်း ငွေ".split(),
    "lo": "ພູ ແມ່ນ້ຳ ໄໝ ນາກ ດອກບົວ ເດືອນ ສວນ ການເດີນທາງ ບຸນ ບ້ານ ແສ່ວ ເງິນ".split(),
}
JOINER = {"en": " ", "vi": " "}  # the other scripts run words together
OFFER_LINES = [
    (RightType.TRANSLATION, "World excluding CN, TW", "th, vi, id, ms, en"),
    (RightType.TRANSLATION, "ASEAN", "th, lo, km, my"),
    (RightType.EBOOK, "World", "en"),
    (RightType.FILM_TV_ADAPTATION, "World", "en, zh-Hans"),
    (RightType.MERCHANDISE, "ASEAN, CN", "en"),
    (RightType.DESIGN_LICENSING, "World excluding CN", "en, zh-Hans"),
    (RightType.BROADCAST, "Greater China", "zh-Hant"),
]


def title(rng: random.Random, lang: str) -> str:
    return JOINER.get(lang, "").join(rng.sample(WORDS[lang], rng.randint(2, 4))).capitalize()


def add_synthetic_works(count: int, *, seed: int = 20261123, batch: int = 2000) -> int:
    rng = random.Random(seed)
    holders = list(Organization.objects.values_list("pk", flat=True))
    kinds = [(kind, sorted(subtypes)) for kind, subtypes in SUBTYPES_BY_KIND.items()]
    start = Work.objects.filter(slug__startswith="synthetic-").count()
    now = timezone.now()
    with tqdm(total=count, desc="synthetic works", unit="work") as progress:
        for offset in range(0, count, batch):
            size = min(batch, count - offset)
            works = [_work(rng, start + offset + i, holders, kinds, now) for i in range(size)]
            with transaction.atomic():
                created = Work.objects.bulk_create(works)
                RightsOffer.objects.bulk_create(
                    _offer(rng, work, order) for work in created for order in range(rng.randint(1, 2)))
            progress.update(size)
    return count


def _work(rng, n, holders, kinds, now) -> Work:
    kind, subtypes = rng.choice(kinds)
    extra = rng.choice(["th", "km", "my", "lo", "vi"])
    published = now - timezone.timedelta(minutes=n)
    return Work(
        slug=f"synthetic-{n}", kind=kind, subtype=rng.choice(subtypes),
        title_en=title(rng, "en"), title_zh_hans=title(rng, "zh_hans"), **{f"title_{extra}": title(rng, extra)},
        synopsis_en=" ".join(rng.sample(WORDS["en"], 12)), original_title=title(rng, "zh_hans"),
        original_language="zh-Hans", year=rng.randint(1990, 2025), rights_holder_id=rng.choice(holders),
        source_community="Synthetic community" if kind == "folk_art" else "",
        live=True, has_unpublished_changes=False, first_published_at=published, last_published_at=published,
    )


def _offer(rng, work, order) -> RightsOffer:
    right_type, territories, languages = rng.choice(OFFER_LINES)
    return RightsOffer(work=work, sort_order=order, right_type=right_type, territories=territories,
                       languages=languages, term_years=rng.randint(3, 10),
                       exclusivity=rng.choice([Exclusivity.EXCLUSIVE, Exclusivity.NON_EXCLUSIVE]))
