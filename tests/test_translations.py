"""The ten UI catalogues are complete, not fuzzy, and compiled."""
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGUES = [to_locale(code) for code, _name in settings.LANGUAGES]


# django-allauth ships catalogues for th, id and zh_Hans; ours cover the rest.
ALLAUTH_DIR = Path(settings.BASE_DIR) / "marketplace" / "translations" / "allauth"
ALLAUTH_OURS = ["vi", "ms", "my", "lo", "fil", "km"]


def test_every_language_has_a_catalogue():
    assert sorted(p.name for p in LOCALE_DIR.iterdir() if p.is_dir()) == sorted(CATALOGUES)
    assert sorted(p.name for p in ALLAUTH_DIR.iterdir() if p.is_dir()) == sorted(ALLAUTH_OURS)


@pytest.mark.parametrize("locale_name", ALLAUTH_OURS)
def test_our_allauth_catalogue_is_complete_and_covers_allauths_strings(locale_name):
    import allauth

    source = polib.pofile(str(Path(allauth.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    ours = polib.pofile(str(ALLAUTH_DIR / locale_name / "LC_MESSAGES" / "django.po"))
    wanted = {(e.msgctxt, e.msgid) for e in source if e.msgid and not e.obsolete}
    translated = {(e.msgctxt, e.msgid) for e in ours.translated_entries() if "fuzzy" not in e.flags}
    assert wanted - translated == set()
    for entry in ours.translated_entries():
        targets = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for placeholder in ("%(", "%s", "%d", "{"):
            assert all(t.count(placeholder) == entry.msgid.count(placeholder) for t in targets), entry.msgid
    mo = polib.mofile(str(ALLAUTH_DIR / locale_name / "LC_MESSAGES" / "django.mo"))
    assert len(mo) >= len(wanted)


@pytest.mark.parametrize("language", ["zh-hans", "vi", "th", "ms", "id", "my", "lo", "fil", "km"])
def test_allauths_pages_speak_every_language(language):
    from django.utils.translation import gettext, override

    with override(language):
        assert gettext("Forgot your password?") != "Forgot your password?"


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


def test_djangos_own_messages_we_translate_are_still_djangos():
    import django

    from marketplace.django_messages import MESSAGES

    root = Path(django.__file__).parent
    known = {entry.msgid for path in ("conf/locale", "contrib/auth/locale")
             for entry in polib.pofile(str(root / path / "en/LC_MESSAGES/django.po"))}
    assert set(MESSAGES) - known == set()


@pytest.mark.parametrize("language", ["th", "km", "my", "lo", "fil"])
def test_a_too_long_value_is_explained_in_the_readers_language(language):
    from django import forms
    from django.utils.translation import override

    class Form(forms.Form):
        q = forms.CharField(max_length=5)
        r = forms.CharField(min_length=3)

    with override(language):  # the messages are lazy: read them in the language
        errors = Form({"q": "abcdefgh", "r": "ab"}).errors
        too_long, too_short = errors["q"][0], errors["r"][0]
    assert "5" in too_long and "8" in too_long and "3" in too_short
    assert not too_long.startswith("Ensure this value") and not too_short.startswith("Ensure this value")


def test_the_catalogues_hold_every_string_the_code_marks(tmp_path):
    """makemessages run over a copy of the tracked sources must find nothing new:
    a string marked for translation but never extracted would show in English."""
    import shutil
    import subprocess
    import sys

    root = Path(settings.BASE_DIR)
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    for name in tracked.splitlines():
        if name.endswith((".py", ".html", ".txt")) or name == "locale/th/LC_MESSAGES/django.po":
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target)
    subprocess.run([sys.executable, "manage.py", "makemessages", "-l", "th", "--ignore=tests", "--ignore=*/tests",
                    "--ignore=var/*", "--no-location"], cwd=tmp_path, capture_output=True, check=True)
    po = polib.pofile(str(tmp_path / "locale/th/LC_MESSAGES/django.po"))
    assert [e.msgid for e in po.untranslated_entries() + po.fuzzy_entries()] == []
