"""Swedish first: every catalogue is fully translated and its compiled .mo matches the .po."""

import ast
import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "idesluss"
CATALOGUES = sorted(SRC.glob("*/locale/sv/LC_MESSAGES/django.po"))


def _entries(po_path: Path):
    """Yield (msgid, msgid_plural, [msgstr...], flags) of a .po file, header excluded."""
    entry: dict = {"flags": "", "msgstr": {}}
    field = None

    def finish():
        if "msgid" in entry and entry["msgid"]:
            yield entry["msgid"], entry.get("msgid_plural"), entry["msgstr"], entry["flags"]

    for raw in po_path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            yield from finish()
            entry, field = {"flags": "", "msgstr": {}}, None
        elif line.startswith("#,"):
            entry["flags"] += line
        elif line.startswith("#"):
            continue
        else:
            keyword, _, rest = line.partition(" ")
            if line.startswith('"'):
                value = ast.literal_eval(line)
                if isinstance(field, int):
                    entry["msgstr"][field] += value
                else:
                    entry[field] += value
            elif keyword.startswith("msgstr"):
                field = int(keyword[7:-1]) if "[" in keyword else 0
                entry["msgstr"][field] = ast.literal_eval(rest)
            else:
                field = keyword
                entry[field] = ast.literal_eval(rest)


def test_every_app_with_ui_text_has_a_swedish_catalogue():
    apps = {path.parents[3].name for path in CATALOGUES}
    assert {"core", "ideas", "organisations", "accounts", "notifications"} <= apps


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parents[3].name)
def test_the_catalogue_is_translated_and_compiled(po_path):
    with po_path.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, plural, msgstr, flags in _entries(po_path):
        assert "fuzzy" not in flags, f"fuzzy entry in {po_path}: {msgid!r}"
        assert all(msgstr.values()), f"untranslated in {po_path}: {msgid!r}"
        if plural:
            assert compiled.ngettext(msgid, plural, 1) == msgstr[0], f"recompile {po_path}"
            assert compiled.ngettext(msgid, plural, 5) == msgstr[1], f"recompile {po_path}"
        else:
            assert compiled.gettext(msgid) == msgstr[0], f"recompile {po_path}: {msgid!r}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parents[3].name)
def test_every_text_in_the_code_is_in_the_catalogue(po_path, tmp_path):
    """A text marked for translation that nobody extracted would show in English: extract the
    app's texts afresh (as `make messages` does, into a copy) and compare."""
    app = po_path.parents[3]
    copy = tmp_path / app.name
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static"))
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "sv", "--no-location", "-v", "0"],
        cwd=copy,
        check=True,
        env=os.environ | {"DJANGO_SETTINGS_MODULE": "idesluss.settings"},
    )
    fresh = {msgid for msgid, *_ in _entries(copy / "locale/sv/LC_MESSAGES/django.po")}
    kept = {msgid for msgid, *_ in _entries(po_path)}
    missing = sorted(fresh - kept)
    assert not missing, f"run `make messages` and translate, in {app.name}: {missing[:5]}"
