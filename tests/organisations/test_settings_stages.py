import pytest

from idesluss.audit.models import AuditEvent
from idesluss.organisations.models import Stage

from .helpers import section, settings_url, stage_names

pytestmark = pytest.mark.django_db

DEFAULT_ORDER = [
    "Inkommen",
    "Bedömning",
    "Utforska",
    "Testa",
    "Införa",
    "Sprida",
    "Införd",
    "Spridd",
    "Avslutad",
    "Sammanslagen",
    "Överlämnad",
]


def _page(client, world):
    return client.get(settings_url(world)).text


def test_the_stages_are_listed_in_order_with_kind_gate_and_days(world, admin):
    stages = section(_page(admin, world), "stages")
    assert stage_names(stages) == DEFAULT_ORDER
    assert "Pågående" in stages and "Sammanslagen" in stages
    assert "Beslutsfattare krävs" in stages
    assert "<td>90</td>" in stages  # Testa may take 90 days
    assert "Flytta upp" in stages and "Flytta ned" in stages and "Redigera" in stages


def test_a_new_stage_in_progress_goes_before_the_outcome_states(world, admin):
    response = admin.post(
        settings_url(world, "sluices:stage-add"),
        {
            "new-stage-name": "Pilotdrift",
            "new-stage-kind": "active",
            "new-stage-is_gate": "on",
            "new-stage-response_days": "60",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == settings_url(world) + "#stages"
    stage = world.sluice.stages.get(name="Pilotdrift")
    assert (stage.kind, stage.is_gate, stage.response_days) == (Stage.Kind.ACTIVE, True, 60)
    assert AuditEvent.objects.filter(action="stage.create", target_id=str(stage.pk)).exists()
    page = _page(admin, world)
    assert "Steget ”Pilotdrift” har lagts till." in page
    assert stage_names(page) == DEFAULT_ORDER[:6] + ["Pilotdrift"] + DEFAULT_ORDER[6:]


def test_a_new_outcome_state_goes_last(world, admin):
    admin.post(
        settings_url(world, "sluices:stage-add"),
        {"new-stage-name": "Upphandlad", "new-stage-kind": "handed_over"},
    )
    assert stage_names(_page(admin, world)) == DEFAULT_ORDER + ["Upphandlad"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"new-stage-name": ""}, "Ge steget ett namn."),
        ({"new-stage-response_days": "-1"}, "Ange ett helt antal dagar från 1 till 3650."),
        ({"new-stage-kind": "påhittad"}, "Välj ett giltigt alternativ."),
    ],
)
def test_it_refuses_a_bad_new_stage_and_keeps_what_was_typed(world, admin, fields, message):
    data = {
        "new-stage-name": "Pilotdrift",
        "new-stage-kind": "active",
        "new-stage-response_days": "45",
    }
    data.update(fields)
    response = admin.post(settings_url(world, "sluices:stage-add"), data)
    assert response.status_code == 400
    stages = section(response.text, "stages")
    assert message in stages
    for value in data.values():
        if value and value != "påhittad":
            assert f'value="{value}"' in stages
    assert world.sluice.stages.count() == 11
    assert not AuditEvent.objects.filter(action="stage.create").exists()


def test_the_edit_page_shows_the_stage_in_swedish(world, admin):
    stage = world.sluice.stages.get(name="Testa")
    response = admin.get(settings_url(world, "sluices:stage-edit", stage.pk))
    assert response.status_code == 200
    assert "Redigera steget ”Testa”" in response.text
    assert 'value="Testa"' in response.text and 'value="90"' in response.text
    assert "Endast en beslutsfattare får flytta en idé till det här steget" in response.text


def test_it_renames_a_stage_and_changes_its_gate_and_days(world, admin):
    stage = world.sluice.stages.get(name="Utforska")
    response = admin.post(
        settings_url(world, "sluices:stage-edit", stage.pk),
        {"stage-name": "Utforskning", "stage-is_gate": "on", "stage-response_days": ""},
    )
    assert response.status_code == 302
    stage.refresh_from_db()
    assert (stage.name, stage.is_gate, stage.response_days) == ("Utforskning", True, None)
    assert AuditEvent.objects.filter(action="stage.update", target_id=str(stage.pk)).exists()
    page = _page(admin, world)
    assert "Steget ”Utforskning” har sparats." in page
    assert stage_names(page)[2] == "Utforskning"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"stage-name": " "}, "Ge steget ett namn."),
        ({"stage-response_days": "-30"}, "Ange ett helt antal dagar från 1 till 3650."),
    ],
)
def test_it_refuses_a_bad_stage_edit_and_keeps_what_was_typed(world, admin, fields, message):
    stage = world.sluice.stages.get(name="Utforska")
    data = {"stage-name": "Utforskning", "stage-response_days": "40"}
    data.update(fields)
    response = admin.post(settings_url(world, "sluices:stage-edit", stage.pk), data)
    assert response.status_code == 400
    assert message in response.text
    assert "Redigera steget ”Utforska”" in response.text
    for value in data.values():
        if value.strip():
            assert f'value="{value}"' in response.text
    stage.refresh_from_db()
    assert (stage.name, stage.response_days) == ("Utforska", 30)


@pytest.mark.parametrize(("direction", "moved_to"), [("up", 1), ("down", 3)])
def test_moving_a_stage_changes_the_order_shown(world, admin, direction, moved_to):
    stage = world.sluice.stages.get(name="Utforska")
    response = admin.post(
        settings_url(world, "sluices:stage-move", stage.pk), {"direction": direction}
    )
    assert response.status_code == 302
    page = _page(admin, world)
    names = stage_names(page)
    assert names.index("Utforska") == moved_to
    assert sorted(names) == sorted(DEFAULT_ORDER)
    word = "upp" if direction == "up" else "ned"
    assert f"Steget ”Utforska” har flyttats {word}." in page
    assert AuditEvent.objects.filter(action="stage.move", target_id=str(stage.pk)).exists()


def test_it_refuses_a_move_without_a_direction(world, admin):
    stage = world.sluice.stages.get(name="Utforska")
    response = admin.post(
        settings_url(world, "sluices:stage-move", stage.pk), {"direction": "sidledes"}
    )
    assert response.status_code == 400
    assert "Välj om steget ska flyttas upp eller ned." in section(response.text, "stages")
    assert stage_names(response.text) == DEFAULT_ORDER


def test_it_removes_a_stage_without_ideas(world, admin):
    stage = world.sluice.stages.get(name="Sprida")
    response = admin.post(settings_url(world, "sluices:stage-delete", stage.pk))
    assert response.status_code == 302
    assert not Stage.objects.filter(pk=stage.pk).exists()
    assert AuditEvent.objects.filter(action="stage.delete", target_id=str(stage.pk)).exists()
    page = _page(admin, world)
    assert "Steget ”Sprida” har tagits bort." in page
    assert "Sprida" not in stage_names(page)


def test_it_refuses_to_remove_a_stage_that_has_ideas(world, admin):
    stage = world.idea.stage
    assert stage.name == "Inkommen"
    response = admin.post(settings_url(world, "sluices:stage-delete", stage.pk))
    assert response.status_code == 400
    assert "Ändringen gjordes inte. Se ”Steg” nedan." in response.text
    stages = section(response.text, "stages")
    assert "Steget har idéer eller beslut och kan inte tas bort." in stages
    assert stage_names(response.text) == DEFAULT_ORDER
    assert Stage.objects.filter(pk=stage.pk).exists()
    assert not AuditEvent.objects.filter(action="stage.delete").exists()


def test_it_refuses_to_remove_the_last_stage_in_progress(world, admin):
    for stage in world.sluice.stages.filter(kind=Stage.Kind.ACTIVE).exclude(name="Inkommen"):
        stage.delete()
    world.idea.delete()
    last = world.sluice.stages.get(name="Inkommen")
    response = admin.post(settings_url(world, "sluices:stage-delete", last.pk))
    assert response.status_code == 400
    assert "En sluss behöver minst ett pågående steg." in response.text
    assert Stage.objects.filter(pk=last.pk).exists()
