"""The ten UI catalogues are complete, not fuzzy, and compiled."""
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGUES = [to_locale(code) for code, _name in settings.LANGUAGES]


def test_every_language_has_a_catalogue():
    assert sorted(p.name for p in LOCALE_DIR.iterdir() if p.is_dir()) == sorted(CATALOGUES)


@pytest.mark.parametrize("locale_name", CATALOGUES)
def test_catalogue_is_complete(locale_name):
    po = polib.pofile(str(LOCALE_DIR / locale_name / "LC_MESSAGES" / "django.po"))
    assert "INTEGER" not in po.metadata.get("Plural-Forms", "INTEGER")
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    for entry in po.translated_entries():
        for placeholder in ("%(", "%s", "%d"):
            source = entry.msgid.count(placeholder)
            targets = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
            assert all(t.count(placeholder) == source for t in targets), entry.msgid


@pytest.mark.parametrize("locale_name", CATALOGUES)
def test_compiled_catalogue_matches_its_source(locale_name):
    folder = LOCALE_DIR / locale_name / "LC_MESSAGES"
    mo = polib.mofile(str(folder / "django.mo"))
    po = polib.pofile(str(folder / "django.po"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    source = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in po.translated_entries()}
    assert compiled == source, "run: python manage.py compilemessages"
