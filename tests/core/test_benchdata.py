"""`idesluss benchdata`: synthetic data at scale. The suite loads `small` once and checks it."""

import hashlib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.core.benchdata import PASSWORD, SCALES
from idesluss.core.benchdata.lifecycle import Lives
from idesluss.core.benchdata.world import plan_world
from idesluss.ideas.models import Comment, Decision, Idea, Support, Visibility
from idesluss.ideas.queries import ideas_visible_to, inbox_for
from idesluss.notifications.models import Notification
from idesluss.organisations.models import Membership, Organisation, Sluice, SluiceRole, Stage

pytestmark = pytest.mark.django_db

SEED = 5
# The small scale: Skövde and Lidköping share a sluice, Helsingborg has its own.
SMALL_CODES = {"1496", "1494", "1283"}
END = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Loaded:
    output: str
    progress: str
    summary: dict
    untouched: dict  # counts of what the services would have written, before and after


def _service_traces():
    return {
        model.__name__: model.objects.count() for model in (AuditEvent, Notification, DBTaskResult)
    }


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load `small` once for this module, in a transaction rolled back after its last test."""
    home = tmp_path_factory.mktemp("benchdata")
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=fast, PROJECT_DIR=home),
        transaction.atomic(),
    ):
        before = _service_traces()
        output, progress = io.StringIO(), io.StringIO()
        call_command(
            "benchdata", "--scale", "small", "--seed", str(SEED), stdout=output, stderr=progress
        )
        summary = json.loads((home / "var" / "benchdata-small.json").read_text(encoding="utf-8"))
        yield Loaded(
            output.getvalue(),
            progress.getvalue(),
            summary,
            {"before": before, "after": _service_traces()},
        )
        transaction.set_rollback(True)


def _sluices():
    return Sluice.objects.filter(slug__startswith=f"bench-small-{SEED}-")


def _ideas():
    return Idea.objects.filter(sluice__in=_sluices())


def _users():
    return get_user_model().objects.filter(email__endswith=f".bench-small-{SEED}.example")


def _generated(seed):
    """Every idea of `small` for `seed`, as the generator makes it, without a database."""
    lives = Lives(plan_world(SCALES["small"], seed), seed)
    return [idea for batch in lives.batches(500) for idea in batch.ideas]


def _digest(ideas) -> str:
    text = "\n".join(f"{i.title}|{i.stage}|{i.created_at}|{i.submitter}" for i in ideas)
    return hashlib.sha256(text.encode()).hexdigest()


def test_it_loads_two_sluices_run_by_three_municipalities(loaded):
    sluices = list(_sluices().prefetch_related("members"))
    assert len(sluices) == 2
    members = {m.code for s in sluices for m in s.members.all()}
    assert members == SMALL_CODES
    assert sorted(len(s.members.all()) for s in sluices) == [1, 2]
    origins = Organisation.objects.filter(pk__in=_ideas().values("organisation"))
    assert set(origins.values_list("code", flat=True)) == SMALL_CODES
    assert set(origins.values_list("kind", flat=True)) == {"municipality"}


def test_every_sluice_has_categories_and_staff_in_every_role(loaded):
    for sluice in _sluices():
        assert sluice.categories.count() >= 5
        roles = Counter(sluice.roles.values_list("role", flat=True))
        assert roles[SluiceRole.Role.COACH] >= 2
        assert roles[SluiceRole.Role.DECISION_MAKER] >= 2
        assert roles[SluiceRole.Role.ADMIN] >= 1
        assert roles[SluiceRole.Role.ANALYST] >= 1


def test_it_loads_200_users_each_a_member_of_one_of_the_three(loaded):
    users = _users()
    assert users.count() == 200
    assert not users.filter(memberships=None).exists()
    codes = set(
        Membership.objects.filter(user__in=users).values_list("organisation__code", flat=True)
    )
    assert codes == SMALL_CODES
    assert users.filter(memberships__unit__isnull=False).distinct().count() > 150


def test_it_loads_2000_ideas_with_decisions_comments_and_supports(loaded):
    ideas = _ideas()
    assert ideas.count() == 2_000
    decisions = Decision.objects.filter(idea__in=ideas).count()
    comments = Comment.objects.filter(idea__in=ideas).count()
    supports = Support.objects.filter(idea__in=ideas).count()
    assert 2.2 < decisions / 2_000 < 3.2
    assert 1.5 < comments / 2_000 < 2.5
    assert 1.1 < supports / 2_000 < 2.0
    assert Comment.objects.filter(idea__in=ideas, internal=True).exists()
    assert loaded.summary["counts"]["ideas"] == 2_000


def test_every_stage_of_every_sluice_is_used(loaded):
    for sluice in _sluices():
        stages = set(sluice.stages.values_list("pk", flat=True))
        current = set(sluice.ideas.values_list("stage", flat=True))
        reached = set(
            Decision.objects.filter(idea__sluice=sluice).values_list("to_stage", flat=True)
        )
        assert current | reached == stages
        # Ideas wait in every stage in progress, and have ended in every outcome.
        assert current >= set(
            sluice.stages.filter(kind=Stage.Kind.ACTIVE).values_list("pk", flat=True)
        )


def test_decisions_form_a_consistent_chain_for_every_idea(loaded):
    ideas = {idea.pk: idea for idea in _ideas()}
    first_stage = {s.pk: s.stages.order_by("position").first().pk for s in _sluices()}
    stages = {s.pk: s for s in Stage.objects.filter(sluice__in=_sluices())}
    roles = set(
        SluiceRole.objects.filter(sluice__in=_sluices()).values_list("sluice", "user", "role")
    )
    chains: dict[int, list[Decision]] = {}
    for decision in Decision.objects.filter(idea__in=ideas).order_by("created_at", "id"):
        chains.setdefault(decision.idea_id, []).append(decision)
    for pk, idea in ideas.items():
        chain = chains.get(pk, [])
        if not chain:
            assert idea.stage_id == first_stage[idea.sluice_id]
            assert idea.stage_entered_at == idea.created_at
            continue
        assert chain[0].from_stage_id == first_stage[idea.sluice_id]
        for previous, decision in zip(chain, chain[1:], strict=False):
            assert decision.from_stage_id == previous.to_stage_id
            assert not stages[previous.to_stage_id].is_final
        assert chain[-1].to_stage_id == idea.stage_id
        assert idea.stage_entered_at == chain[-1].created_at
        assert idea.created_at < chain[0].created_at < END
        assert idea.first_response_at is not None
        assert idea.first_response_at <= chain[0].created_at
        assert idea.merged_into_id == chain[-1].merged_into_id
        merged = stages[idea.stage_id].kind == Stage.Kind.MERGED
        assert (idea.merged_into_id is not None) == merged
        if merged:
            target = ideas[idea.merged_into_id]
            assert target.sluice_id == idea.sluice_id
            assert target.created_at < chain[-1].created_at
        for decision in chain:
            needed = "decision_maker" if stages[decision.to_stage_id].is_gate else "coach"
            assert (idea.sluice_id, decision.decided_by_id, needed) in roles


def test_most_ideas_are_early_or_closed_and_few_implemented(loaded):
    by_kind = Counter(_ideas().values_list("stage__kind", flat=True))
    early = _ideas().filter(stage__position__in=[0, 1]).count()
    done = by_kind[Stage.Kind.IMPLEMENTED] + by_kind[Stage.Kind.SPREAD]
    assert early + by_kind[Stage.Kind.CLOSED] > 1_000
    assert by_kind[Stage.Kind.CLOSED] > 2 * done
    assert early > done
    assert 0 < done < 300
    assert by_kind[Stage.Kind.SPREAD] < by_kind[Stage.Kind.IMPLEMENTED]
    assert by_kind[Stage.Kind.MERGED] > 0 and by_kind[Stage.Kind.HANDED_OVER] > 0


def test_visibility_is_mostly_organisation_or_network(loaded):
    shares = Counter(_ideas().values_list("visibility", flat=True))
    assert shares[Visibility.ORGANISATION] > shares[Visibility.NETWORK] > shares[Visibility.PUBLIC]
    assert shares[Visibility.PUBLIC] > shares[Visibility.PRIVATE] > 0


def test_most_ideas_past_the_first_stage_have_a_coach(loaded):
    answered = _ideas().exclude(stage__position=0)
    assert answered.filter(coach__isnull=False).count() > 0.85 * answered.count()
    assert not answered.filter(first_response_at=None).exists()
    assert _ideas().filter(stage__position=0, first_response_at=None).exists()


def test_texts_are_varied_swedish_of_the_right_length(loaded):
    rows = list(_ideas().values_list("title", "problem", "solution"))
    for title, problem, _solution in rows:
        assert 4 <= len(title.split()) <= 10, title
        assert 2 <= len(re.findall(r"[.?!](?:\s|$)", problem)) <= 5, problem
    with_solution = sum(1 for _t, _p, solution in rows if solution)
    assert 0.6 < with_solution / len(rows) < 0.8
    words = Counter(w.lower() for t, p, _s in rows for w in re.findall(r"\w+", t + " " + p))
    assert len(words) > 800
    assert {"hemtjänsten", "snöröjningen", "matsvinn", "biblioteket"} & set(words)
    assert len({title for title, _p, _s in rows}) > 1_900


def test_the_generator_gives_the_same_data_for_the_same_seed(loaded):
    first, again, other = _generated(SEED), _generated(SEED), _generated(SEED + 1)
    assert _digest(first) == _digest(again)
    assert _digest(first) != _digest(other)
    stored = list(_ideas().order_by("id").values_list("title", "stage__position"))
    assert stored == [(idea.title, idea.stage) for idea in first]


def test_a_second_run_is_refused_and_changes_nothing(loaded):
    counts = (_users().count(), _ideas().count(), _sluices().count())
    with pytest.raises(CommandError, match="loaded already"):
        call_command(
            "benchdata",
            "--scale",
            "small",
            "--seed",
            str(SEED),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    assert (_users().count(), _ideas().count(), _sluices().count()) == counts


def test_it_bypasses_the_services(loaded):
    assert loaded.untouched["before"] == loaded.untouched["after"]


def test_it_reports_log_ins_that_work(loaded):
    summary = loaded.summary
    User = get_user_model()
    coach = User.objects.get(email=summary["coach"]["email"])
    submitter = User.objects.get(email=summary["submitter"]["email"])
    outsider = User.objects.get(email=summary["outsider"]["email"])
    assert coach.check_password(PASSWORD) and summary["password"] == PASSWORD
    assert summary["coach"]["email"] in loaded.output and PASSWORD in loaded.output
    assert inbox_for(coach).count() == summary["coach"]["inbox_ideas"] > 100
    assert inbox_for(coach, show="mine").filter(pk=summary["coach"]["idea_id"]).exists()
    assert submitter.submitted_ideas.count() == summary["submitter"]["ideas"] > 20
    assert ideas_visible_to(submitter).filter(pk=summary["submitter"]["idea_id"]).exists()
    assert not ideas_visible_to(outsider).filter(pk=summary["outsider"]["hidden_idea_id"]).exists()
    stage = Stage.objects.get(pk=summary["stage_id"])
    assert stage.sluice_id == summary["sluice_id"] == summary["sluice"]["id"]
    assert stage.ideas.count() == max(s.ideas.count() for s in stage.sluice.stages.all())
    assert submitter.memberships.filter(organisation__sluices=summary["sluice_id"]).exists()
    assert SluiceRole.objects.filter(
        sluice=summary["sluice_id"], user=coach, role=SluiceRole.Role.COACH
    ).exists()
    assert summary["idea_id"] == summary["submitter"]["idea_id"]
    assert summary["coach_email"] == coach.email and summary["submitter_email"] == submitter.email
    assert "2,000/2,000 ideas" in loaded.progress


def test_it_refuses_a_negative_seed():
    with pytest.raises(CommandError, match="seed"):
        call_command("benchdata", "--scale", "small", "--seed", "-1", stdout=io.StringIO())
