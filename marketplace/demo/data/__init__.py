"""Hand-written demo content: plain data, no Django imports.

Translated texts are dicts keyed by modeltranslation's field suffixes:
zh_hans, en, vi, th, ms, ind (Indonesian), my, lo, fil, km.

ORGANISATIONS (organisations.py): dicts with
    slug, kind (publisher|agency|studio|institution|workshop), country (ISO 3166 alpha-2),
    city, website, verified (bool), name {lang: text}, description {lang: text}
SUBJECTS (organisations.py): dicts with slug, name {lang: text}
WORKS (books.py, comics.py, film_tv.py, folk_art.py): dicts with
    slug, kind (book|comic|film_tv|folk_art), subtype (see catalog.kinds.SUBTYPES_BY_KIND),
    title {lang: text}, synopsis {lang: text}, original_title, original_language (e.g. "zh-Hans"),
    year, isbn (optional, valid ISBN-13), isan (optional), holder (organisation slug),
    agency (organisation slug or None), subjects [subject slugs],
    creators [{"name": {lang: text}, "name_original": str, "country": "CN", "role": "author|illustrator|
        translator|director|screenwriter|producer|artisan"}],
    folk art only: source_community, region, heritage (unesco|national|provincial|community)
    offers [{"right_type": see catalog.kinds.RightType, "territories": "World excluding CN, TW",
             "languages": "th, vi", "exclusivity": "exclusive|non_exclusive", "term_years": 7,
             "asking_terms": {lang: text}}]
SHOWCASES, NEWS, HOME_INTRO, ZONE_INTROS (pages.py): see that module.
"""
from .books import WORKS as BOOKS
from .comics import WORKS as COMICS
from .film_tv import WORKS as FILM_TV
from .folk_art import WORKS as FOLK_ART
from .organisations import ORGANISATIONS, SUBJECTS
from .pages import HOME_INTRO, NEWS, SHOWCASES, ZONE_INTROS

WORKS = BOOKS + COMICS + FILM_TV + FOLK_ART

__all__ = ["ORGANISATIONS", "SUBJECTS", "WORKS", "SHOWCASES", "NEWS", "HOME_INTRO", "ZONE_INTROS"]
