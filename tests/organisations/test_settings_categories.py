import pytest

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Idea
from idesluss.organisations.models import Category

from .helpers import section, settings_url

pytestmark = pytest.mark.django_db


def _post(client, world, name, *args, **data):
    return client.post(settings_url(world, name, *args), data)


def test_it_adds_a_category(world, admin):
    response = _post(admin, world, "sluices:category-add", **{"new-category-name": "Skola"})
    assert response.status_code == 302
    assert response["Location"] == settings_url(world) + "#categories"
    category = world.sluice.categories.get()
    assert category.name == "Skola"
    assert AuditEvent.objects.filter(action="category.create", target_id=str(category.pk)).exists()
    page = admin.get(settings_url(world)).text
    assert "Kategorin ”Skola” har lagts till." in page
    assert '<th scope="row">Skola</th>' in section(page, "categories")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Ge kategorin ett namn."),
        ("äldreomsorg", "Slussen har redan en kategori med det namnet."),
        ("x" * 101, "Använd högst 100 tecken (nu 101)."),
    ],
)
def test_it_refuses_a_bad_new_category_and_keeps_what_was_typed(
    world, admin, category, name, message
):
    response = _post(admin, world, "sluices:category-add", **{"new-category-name": name})
    assert response.status_code == 400
    categories = section(response.text, "categories")
    assert message in categories
    if name:
        assert f'value="{name}"' in categories
    assert list(world.sluice.categories.values_list("name", flat=True)) == ["Äldreomsorg"]


def test_it_renames_a_category_and_its_ideas_keep_it(world, admin, category):
    Idea.objects.filter(pk=world.idea.pk).update(category=category)
    response = _post(
        admin,
        world,
        "sluices:category-rename",
        category.pk,
        **{f"category-{category.pk}-name": "Vård och omsorg"},
    )
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.name == "Vård och omsorg"
    assert Idea.objects.get(pk=world.idea.pk).category == category
    assert AuditEvent.objects.filter(action="category.update", target_id=str(category.pk)).exists()
    page = admin.get(settings_url(world)).text
    assert "Kategorin ”Äldreomsorg” heter nu ”Vård och omsorg”." in page


def test_it_refuses_to_rename_a_category_to_a_name_in_use(world, admin, category):
    Category.objects.create(sluice=world.sluice, name="Skola", position=1)
    field = f"category-{category.pk}-name"
    response = _post(admin, world, "sluices:category-rename", category.pk, **{field: "SKOLA"})
    assert response.status_code == 400
    categories = section(response.text, "categories")
    assert "Slussen har redan en kategori med det namnet." in categories
    assert f'name="{field}" value="SKOLA"' in categories
    assert '<th scope="row">Äldreomsorg</th>' in categories
    category.refresh_from_db()
    assert category.name == "Äldreomsorg"


def test_it_refuses_an_empty_category_name(world, admin, category):
    field = f"category-{category.pk}-name"
    response = _post(admin, world, "sluices:category-rename", category.pk, **{field: "  "})
    assert response.status_code == 400
    assert "Ge kategorin ett namn." in section(response.text, "categories")
    category.refresh_from_db()
    assert category.name == "Äldreomsorg"


def test_it_removes_a_category_and_its_ideas_stay(world, admin, category):
    Idea.objects.filter(pk=world.idea.pk).update(category=category)
    response = _post(admin, world, "sluices:category-delete", category.pk)
    assert response.status_code == 302
    assert not Category.objects.filter(pk=category.pk).exists()
    assert Idea.objects.get(pk=world.idea.pk).category is None
    assert AuditEvent.objects.filter(action="category.delete", target_id=str(category.pk)).exists()
    page = admin.get(settings_url(world)).text
    assert "Kategorin ”Äldreomsorg” har tagits bort." in page
    assert "Slussen har inga kategorier än." in page
