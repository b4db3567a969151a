"""In Chromium: the menu leads to the exports by keyboard, a large export is made in the
background and the list of one's exports shows it ready without a reload; the open-data link in
the footer. axe-core on every new page."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from idesluss.insights import export_jobs
from idesluss.insights.export_jobs import ExportJob
from idesluss.organisations.models import SluiceRole

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def tab_to(page, target, most: int = 40):
    """Press Tab until `target` has the focus: it must be reachable by keyboard."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} is not reached with Tab")


def test_a_coach_has_a_large_excel_file_made_and_downloads_it(
    world, browsing, assert_accessible, monkeypatch
):
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "xlsx", 0)
    page = browsing.as_user(world.coach)
    page.goto("/")
    menu = page.locator("header nav")
    export_link = menu.get_by_role("link", name="Exportera")
    tab_to(page, export_link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Exportera idéer, beslut och resultat"
    )
    expect(menu.get_by_role("link", name="Exportera")).to_have_attribute("aria-current", "page")

    page.get_by_role("radio", name="Excel (XLSX)").check()
    page.get_by_role("button", name="Ladda ner").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gör exporten i bakgrunden")
    assert_accessible(page, "offer to export in the background")

    make = page.get_by_role("button", name="Gör filen")
    make.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina exporter")
    expect(page.locator(".messages")).to_contain_text("Din export görs nu.")
    jobs = page.locator("#export-jobs")
    expect(jobs).to_contain_text("Väntar")
    expect(menu.get_by_role("link", name="Exportera")).to_have_attribute("aria-current", "true")
    assert_accessible(page, "my exports, one waiting")

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    # The page asks again by itself (htmx) and shows the file ready, without a reload.
    download_link = jobs.get_by_role("link", name="Ladda ner")
    expect(download_link).to_be_visible(timeout=15_000)
    expect(jobs).to_contain_text("Klar")
    assert_accessible(page, "my exports, one ready")

    with page.expect_download() as downloading:
        download_link.click()
    download = downloading.value
    assert download.suggested_filename.startswith("idesluss-ideer-")
    assert download.suggested_filename.endswith(".xlsx")

    # The coach leaves the sluice before fetching it again: the file is withheld, and why is said.
    SluiceRole.objects.filter(user=world.coach).delete()
    [job] = ExportJob.objects.all()
    response = page.goto(f"/insikter/export/filer/{job.pk}/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Exporten kan inte längre hämtas")
    assert_accessible(page, "an export that may no longer be downloaded")
    page.get_by_role("link", name="Mina exporter").click()
    jobs = page.locator("#export-jobs")
    expect(jobs).to_contain_text("Du får inte längre exportera de här idéerna.")
    expect(jobs.get_by_role("link", name="Ladda ner")).to_have_count(0)

    remove = jobs.get_by_role("button", name="Ta bort")
    remove.focus()
    page.keyboard.press("Enter")
    # Nothing left, and no longer one who may export: back to the start page.
    expect(page.locator(".messages")).to_contain_text("Exporten är borttagen.")
    expect(page).to_have_url(f"{browsing.base_url}/")
    assert not ExportJob.objects.exists()


def test_the_footer_leads_anyone_to_the_open_data_by_keyboard(world, browsing, assert_accessible):
    page = browsing.anonymous()
    page.goto("/")
    link = page.locator("footer").get_by_role("link", name="Öppna data")
    tab_to(page, link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Öppna data")
    expect(page.locator("footer").get_by_role("link", name="Öppna data")).to_have_attribute(
        "aria-current", "page"
    )
    assert_accessible(page, "open data page, from the footer")
