import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Idea

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200


def _post(world, user=None, **fields):
    data = {
        "sluice": world.sluice.pk,
        "title": "",
        "problem": "Brukarna får vänta på hjälpmedel.",
        "solution": "",
        "beneficiaries": "",
        "category": "",
        "visibility": "organisation",
        "organisation": "",
    }
    data.update(fields)
    client = world.client_for(user or world.submitter)
    return client.post(reverse("ideas:submit"), data)


def test_the_form_is_in_swedish(world):
    response = world.client_for(world.submitter).get(reverse("ideas:submit"))
    assert response.status_code == 200
    assert "Lämna en idé" in response.text
    assert "Vad är behovet eller problemet?" in response.text


def test_it_submits_a_problem_alone_and_gives_a_receipt(world):
    response = _post(world)
    idea = Idea.objects.latest("pk")
    assert response.status_code == 302
    assert response["Location"] == reverse("ideas:receipt", args=[idea.pk])
    assert idea.title == "Brukarna får vänta på hjälpmedel."
    assert idea.stage.name == "Inkommen"
    assert idea.organisation == world.skovde
    receipt = world.client_for(world.submitter).get(response["Location"])
    assert "Tack för din idé" in receipt.text
    mine = world.client_for(world.submitter).get(reverse("ideas:mine"))
    assert idea.title in mine.text and "Inkommen" in mine.text
    assert AuditEvent.objects.filter(action="idea.submit", target_id=str(idea.pk)).exists()


def test_an_empty_problem_is_refused_in_swedish_and_the_form_kept(world):
    response = _post(world, problem="   ", solution="Ett rullande schema", title="Min titel")
    assert response.status_code == 400
    assert "Beskriv behovet eller problemet." in response.text
    assert "Ett rullande schema" in response.text and "Min titel" in response.text
    assert not Idea.objects.filter(title="Min titel").exists()


def test_fifty_thousand_characters_are_refused_and_kept(world):
    response = _post(world, problem="a" * 50_000, solution="Behåll mig")
    assert response.status_code == 400
    assert "Texten är för lång: högst 20000 tecken (den har 50000)." in response.text
    assert "Behåll mig" in response.text


def test_an_attachment_is_stored_and_served_to_the_audience_only(world):
    upload = SimpleUploadedFile("skiss.png", PNG, content_type="image/png")
    response = _post(world, attachments=[upload])
    assert response.status_code == 302
    idea = Idea.objects.latest("pk")
    attachment = idea.attachments.get()
    url = reverse("ideas:attachment", args=[idea.pk, attachment.pk])
    assert world.client_for(world.colleague).get(url).status_code == 200
    assert world.client_for(world.outsider).get(url).status_code == 404


def test_an_executable_named_pdf_is_refused(world):
    upload = SimpleUploadedFile("rapport.pdf", ELF, content_type="application/pdf")
    response = _post(world, attachments=[upload], title="Behålls")
    assert response.status_code == 400
    assert "rapport.pdf innehåller inte det som namnet säger" in response.text
    assert "Behålls" in response.text
    assert not Idea.objects.filter(title="Behålls").exists()


def test_a_file_over_ten_megabytes_is_refused(world):
    big = SimpleUploadedFile("stor.pdf", b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024 + 1))
    response = _post(world, attachments=[big])
    assert response.status_code == 400
    assert "stor.pdf är 10,0\xa0MB; en fil får vara högst 10,0\xa0MB." in response.text


def test_a_malformed_post_gives_a_message_not_a_500(world):
    response = _post(world, sluice="inte-ett-nummer", visibility="alla")
    assert response.status_code == 400
    assert "Välj ett giltigt alternativ" in response.text


def test_an_outsider_cannot_submit_to_the_sluice(world):
    response = _post(world, user=world.outsider)
    assert response.status_code == 403


def test_visibility_choices_use_the_projects_swedish_words(world):
    page = world.client_for(world.submitter).get(reverse("ideas:submit")).text
    assert "Offentlig" in page and "Publik" not in page
