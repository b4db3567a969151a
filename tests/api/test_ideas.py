"""GET and POST /api/v1/ideas, GET /api/v1/ideas/{id}."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from idesluss.audit.models import AuditEvent
from idesluss.ideas import services
from idesluss.ideas.models import Idea, Support, Visibility
from idesluss.organisations.models import Category, Membership, Stage

from ..factories import CommentFactory, IdeaFactory, SluiceFactory, member_of

pytestmark = pytest.mark.django_db


def _ids(response):
    return [item["id"] for item in response.json()["items"]]


# --- GET /ideas ---------------------------------------------------------------------------


def test_the_list_shows_what_a_colleague_may_see(world, api):
    response = api(world.colleague).get("/ideas")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    [row] = body["items"]
    assert row["id"] == world.idea.pk
    assert row["title"] == "Digital tavla för lediga hjälpmedel"
    assert row["sluice"] == {
        "id": world.sluice.pk,
        "slug": "skaraborg",
        "name": "Skaraborgs innovationssluss",
    }
    assert row["organisation"]["code"] == "1496"
    assert row["organisation"]["kind"] == "municipality"
    assert row["stage"]["id"] == world.idea.stage_id
    assert row["visibility"] == "organisation"


def test_an_outsider_sees_nothing_of_another_organisation(world, api):
    response = api(world.outsider).get("/ideas")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "count_is_capped": False, "next": None, "items": []}


def test_anonymous_callers_see_public_ideas_only(world, api):
    public = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=Visibility.PUBLIC,
    )
    response = api(None).get("/ideas")
    assert response.status_code == 200
    assert _ids(response) == [public.pk]
    assert response.json()["items"][0]["submitter"] is None


def test_the_submitters_name_is_for_staff_and_the_submitter(world, api):
    def submitter_seen_by(user):
        return api(user).get("/ideas").json()["items"][0]["submitter"]

    assert submitter_seen_by(world.coach) == "Sara Idégivare"
    assert submitter_seen_by(world.submitter) == "Sara Idégivare"
    assert submitter_seen_by(world.colleague) is None


def test_it_filters_by_sluice_stage_and_organisation(world, api, stages):
    from_lidkoping = IdeaFactory(
        sluice=world.sluice,
        organisation=world.lidkoping,
        stage=stages[1],
        visibility=Visibility.NETWORK,
    )
    elsewhere = IdeaFactory(visibility=Visibility.PUBLIC)
    coach = api(world.coach)
    assert set(_ids(coach.get("/ideas"))) == {world.idea.pk, from_lidkoping.pk, elsewhere.pk}
    assert set(_ids(coach.get("/ideas", sluice=world.sluice.pk))) == {
        world.idea.pk,
        from_lidkoping.pk,
    }
    assert _ids(coach.get("/ideas", stage=stages[1].pk)) == [from_lidkoping.pk]
    assert _ids(coach.get("/ideas", organisation=world.lidkoping.pk)) == [from_lidkoping.pk]
    assert _ids(coach.get("/ideas", organisation_code="1494")) == [from_lidkoping.pk]
    assert _ids(coach.get("/ideas", organisation_code="1496")) == [world.idea.pk]


def test_a_filter_that_is_not_a_number_is_refused(world, api):
    response = api(world.coach).get("/ideas", sluice="skaraborg")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "sluice"]


def test_it_pages_by_cursor_with_the_total_and_a_link_to_the_next_page(world, api):
    IdeaFactory.create_batch(4, sluice=world.sluice, organisation=world.skovde)
    newest_first = list(Idea.objects.order_by("-created_at", "-id").values_list("pk", flat=True))
    first = api(world.coach).get("/ideas", sluice=world.sluice.pk, limit=2).json()
    assert first["count"] == 5 and first["count_is_capped"] is False
    assert [item["id"] for item in first["items"]] == newest_first[:2]
    assert first["next"].startswith("http://testserver/api/v1/ideas?")
    assert "limit=2" in first["next"] and f"sluice={world.sluice.pk}" in first["next"]
    caller = api(world.coach)
    second = caller.client.get(first["next"].removeprefix("http://testserver"))
    assert [item["id"] for item in second.json()["items"]] == newest_first[2:4]
    cursor = second.json()["next"].split("cursor=")[1]
    last = api(world.coach).get("/ideas", limit=2, cursor=cursor).json()
    assert [item["id"] for item in last["items"]] == newest_first[4:]
    assert last["next"] is None


def test_a_malformed_cursor_starts_from_the_beginning(world, api):
    response = api(world.coach).get("/ideas", cursor="inte-en-markör")
    assert response.status_code == 200 and response.json()["items"]


def test_a_page_larger_than_the_maximum_is_refused(world, api):
    response = api(world.coach).get("/ideas", limit=10_000)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "limit"]


def _queries_for_list(world, api, user, total):
    category = Category.objects.get_or_create(sluice=world.sluice, name="Välfärdsteknik")[0]
    for _ in range(total - Idea.objects.count()):
        idea = IdeaFactory(
            sluice=world.sluice, organisation=world.skovde, category=category, coach=world.coach
        )
        Support.objects.create(idea=idea, user=world.colleague)
    caller = api(user)
    with CaptureQueriesContext(connection) as queries:
        response = caller.get("/ideas", limit=50)
    assert response.status_code == 200
    assert response.json()["count"] == total
    return len(queries)


@pytest.mark.parametrize("persona", ["coach", "colleague"])
def test_the_number_of_queries_does_not_grow_with_the_list(world, api, persona):
    user = getattr(world, persona)
    few = _queries_for_list(world, api, user, 3)
    many = _queries_for_list(world, api, user, 30)
    assert few == many


# --- POST /ideas --------------------------------------------------------------------------


def test_it_submits_a_problem_alone(world, api, stages):
    problem = "Brukarna får vänta på hjälpmedel.\nIbland i veckor."
    response = api(world.submitter).post("/ideas", {"sluice": world.sluice.pk, "problem": problem})
    assert response.status_code == 201
    body = response.json()
    idea = Idea.objects.get(pk=body["id"])
    assert body["title"] == idea.title == "Brukarna får vänta på hjälpmedel."
    assert body["problem"] == problem
    assert body["stage"]["id"] == stages[0].pk
    assert body["organisation"]["code"] == "1496"
    assert body["submitter"] == "Sara Idégivare"
    assert body["visibility"] == "organisation"
    assert body["decisions"] == [] and body["comments"] == []
    assert idea.submitter == world.submitter
    assert AuditEvent.objects.filter(action="idea.submit", target_id=str(idea.pk)).exists()


def test_it_submits_with_every_field(world, api):
    category = Category.objects.create(sluice=world.sluice, name="Välfärdsteknik")
    response = api(world.submitter).post(
        "/ideas",
        {
            "sluice": world.sluice.pk,
            "title": "Hjälpmedelstavla",
            "problem": "Vi letar efter lediga hjälpmedel.",
            "solution": "En digital tavla.",
            "beneficiaries": "Brukare och personal",
            "category": category.pk,
            "visibility": "network",
            "organisation": world.skovde.pk,
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["title"] == "Hjälpmedelstavla"
    assert body["solution"] == "En digital tavla."
    assert body["beneficiaries"] == "Brukare och personal"
    assert body["category"] == {"id": category.pk, "name": "Välfärdsteknik"}
    assert body["visibility"] == "network"


def test_an_empty_problem_is_refused_with_the_field_named(world, api):
    response = api(world.submitter).post(
        "/ideas", {"sluice": world.sluice.pk, "problem": "   ", "title": "Kvar"}
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "problem"]
    assert error["msg"]
    assert not Idea.objects.filter(title="Kvar").exists()


def test_a_missing_problem_is_refused(world, api):
    response = api(world.submitter).post("/ideas", {"sluice": world.sluice.pk})
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {"type": "missing", "loc": ["body", "problem"], "msg": "Detta fält måste fyllas i."}
    ]


def test_fifty_thousand_characters_are_refused(world, api):
    response = api(world.submitter).post(
        "/ideas", {"sluice": world.sluice.pk, "problem": "a" * 50_000}
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["type"] == "string_too_long"
    assert error["loc"] == ["body", "problem"]
    assert "20000" in error["msg"]
    assert Idea.objects.count() == 1


def test_a_null_character_is_refused_not_a_database_error(world, api):
    response = api(world.submitter).post(
        "/ideas", {"sluice": world.sluice.pk, "problem": "noll\x00tecken"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "null_character"


def test_malformed_json_is_a_bad_request_not_a_server_error(world, api):
    response = api(world.submitter).post("/ideas", raw='{"sluice": 1,, "problem"')
    assert response.status_code == 400
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_a_body_that_is_not_an_object_is_refused(world, api):
    response = api(world.submitter).post("/ideas", raw='["a problem"]')
    assert response.status_code == 422


def test_wrong_types_are_refused_field_by_field(world, api):
    response = api(world.submitter).post(
        "/ideas",
        {
            "sluice": "skaraborg",
            "problem": ["a", "list"],
            "visibility": "everyone",
        },
    )
    assert response.status_code == 422
    locations = {tuple(error["loc"]) for error in response.json()["detail"]}
    assert locations == {("body", "sluice"), ("body", "problem"), ("body", "visibility")}


def test_an_unknown_sluice_is_refused(world, api):
    response = api(world.submitter).post("/ideas", {"sluice": 987_654, "problem": "Ett problem"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "sluice"]


def test_a_category_of_another_sluice_is_refused(world, api):
    other = Category.objects.create(sluice=SluiceFactory(), name="Annat")
    response = api(world.submitter).post(
        "/ideas",
        {
            "sluice": world.sluice.pk,
            "problem": "Ett problem",
            "category": other.pk,
        },
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "category"]


def test_an_organisation_the_submitter_does_not_belong_to_is_refused(world, api):
    response = api(world.submitter).post(
        "/ideas",
        {
            "sluice": world.sluice.pk,
            "problem": "Ett problem",
            "organisation": world.lidkoping.pk,
        },
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "organisation"]


def test_an_outsider_cannot_submit_to_a_sluice_of_other_organisations(world, api):
    response = api(world.outsider).post(
        "/ideas", {"sluice": world.sluice.pk, "problem": "Ett problem"}
    )
    assert response.status_code == 403
    assert Idea.objects.count() == 1


def test_anonymous_callers_cannot_submit(world, api):
    response = api(None).post("/ideas", {"sluice": world.sluice.pk, "problem": "Ett problem"})
    assert response.status_code == 401
    assert Idea.objects.count() == 1


# --- GET /ideas/{id} ----------------------------------------------------------------------


def test_it_shows_the_idea_with_its_decisions_in_order(world, api, stages):
    services.decide(world.coach, world.idea, to_stage=stages[1], rationale="Vi bedömer den.")
    services.decide(
        world.decision_maker, world.idea, to_stage=stages[3], rationale="Testa på två boenden."
    )
    CommentFactory(idea=world.idea, author=world.coach, body="Hur ofta händer det?")
    response = api(world.submitter).get(f"/ideas/{world.idea.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["stage"] == {"id": stages[3].pk, "name": stages[3].name, "kind": "active"}
    assert [
        (d["from_stage"]["id"], d["to_stage"]["id"], d["decided_by"], d["rationale"])
        for d in body["decisions"]
    ] == [
        (stages[0].pk, stages[1].pk, "Kim Coach", "Vi bedömer den."),
        (stages[1].pk, stages[3].pk, "Dan Beslutsfattare", "Testa på två boenden."),
    ]
    assert all(d["created_at"] for d in body["decisions"])
    assert [(c["author"], c["body"]) for c in body["comments"]] == [
        ("Kim Coach", "Hur ofta händer det?")
    ]
    assert body["problem"] == world.idea.problem
    assert body["first_response_at"] is not None


def test_internal_notes_are_shown_to_staff_only(world, api):
    CommentFactory(idea=world.idea, author=world.coach, body="Synlig", internal=False)
    CommentFactory(idea=world.idea, author=world.coach, body="Intern", internal=True)

    def bodies(user):
        return [c["body"] for c in api(user).get(f"/ideas/{world.idea.pk}").json()["comments"]]

    assert bodies(world.coach) == ["Synlig", "Intern"]
    assert bodies(world.decision_maker) == ["Synlig", "Intern"]
    assert bodies(world.submitter) == ["Synlig"]
    assert bodies(world.colleague) == ["Synlig"]


def test_the_submitters_name_is_hidden_from_colleagues_also_on_comments(world, api):
    CommentFactory(idea=world.idea, author=world.submitter, body="Jag kan förklara.")
    seen = api(world.colleague).get(f"/ideas/{world.idea.pk}").json()
    assert seen["submitter"] is None
    assert seen["comments"][0]["author"] is None
    assert seen["comments"][0]["by_submitter"] is True
    own = api(world.submitter).get(f"/ideas/{world.idea.pk}").json()
    assert own["submitter"] == own["comments"][0]["author"] == "Sara Idégivare"


def test_an_outsider_gets_the_same_404_as_for_a_missing_idea(world, api):
    outside = api(world.outsider).get(f"/ideas/{world.idea.pk}")
    missing = api(world.coach).get("/ideas/987654")
    assert outside.status_code == missing.status_code == 404
    assert outside.json() == missing.json()


def test_anonymous_callers_read_a_public_idea_without_the_submitters_name(world, api):
    assert api(None).get(f"/ideas/{world.idea.pk}").status_code == 404
    Idea.objects.filter(pk=world.idea.pk).update(visibility=Visibility.PUBLIC)
    response = api(None).get(f"/ideas/{world.idea.pk}")
    assert response.status_code == 200
    assert response.json()["submitter"] is None


def test_an_id_out_of_range_is_refused_not_a_database_error(world, api):
    response = api(world.coach).get("/ideas/99999999999999999999")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "idea_id"]


def test_a_merged_idea_names_the_idea_it_went_into(world, api, stages):
    target = IdeaFactory(sluice=world.sluice, organisation=world.skovde)
    merged = next(s for s in stages if s.kind == Stage.Kind.MERGED)
    services.decide(
        world.coach, world.idea, to_stage=merged, rationale="Samma behov.", merged_into=target
    )
    body = api(world.coach).get(f"/ideas/{world.idea.pk}").json()
    assert body["merged_into"] == target.pk
    assert body["decisions"][0]["merged_into"] == target.pk


def test_a_member_of_both_organisations_may_submit_for_either(world, api):
    both = member_of(world.skovde, name="Bo Båda")
    Membership.objects.create(user=both, organisation=world.lidkoping)
    response = api(both).post(
        "/ideas",
        {"sluice": world.sluice.pk, "problem": "Ett problem", "organisation": world.lidkoping.pk},
    )
    assert response.status_code == 201
    assert response.json()["organisation"]["code"] == "1494"


def _queries_for_detail(world, api, user, history):
    for number in range(history - world.idea.comments.count()):
        CommentFactory(
            idea=world.idea,
            author=world.coach,
            body=f"Kommentar {number}",
            internal=number % 2 == 0,
        )
    caller = api(user)
    with CaptureQueriesContext(connection) as queries:
        response = caller.get(f"/ideas/{world.idea.pk}")
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["coach", "submitter"])
def test_the_number_of_queries_of_an_idea_does_not_grow_with_its_history(world, api, persona):
    user = getattr(world, persona)
    assert _queries_for_detail(world, api, user, 2) == _queries_for_detail(world, api, user, 20)
