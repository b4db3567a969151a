"""Writes to ideas. Each is one transaction, checks permission, audits and notifies."""

import math
from datetime import timedelta
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from idesluss.audit.services import record
from idesluss.insights.totals import count_answer, count_decision, count_idea
from idesluss.notifications.services import message, notify
from idesluss.organisations.models import Stage
from idesluss.organisations.queries import organisation_ids_of
from idesluss.search.services import index_idea

from . import rules
from .models import (
    COMMENT_MAX_LENGTH,
    PROBLEM_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TOO_LONG,
    Attachment,
    Comment,
    Decision,
    Idea,
    Support,
    Visibility,
)
from .queries import audience_of_answers, coaches_of
from .uploads import check_upload


class StaleStageError(ValidationError):
    """Someone else moved the idea first: the move was made from a stage it has left."""


class TooManyIdeas(ValidationError):
    """The person has submitted settings.IDEAS_PER_HOUR ideas within the last hour."""


def _check_pace(actor) -> None:
    """At most IDEAS_PER_HOUR ideas an hour from one person (DESIGN: rate limits on
    submissions), so that a script or a stuck button cannot flood a sluice's inbox. Counted from
    the ideas themselves, so every web worker and the API see the same count; 0: no limit."""
    limit = settings.IDEAS_PER_HOUR
    if not limit:
        return
    since = timezone.now() - timedelta(hours=1)
    recent = list(
        Idea.objects.filter(submitter=actor, created_at__gte=since)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    if len(recent) >= limit:
        error = TooManyIdeas(
            _(
                "You have submitted %(limit)s ideas in the last hour, the most one person may. "
                "Your text is kept here: send it again in a while."
            )
            % {"limit": limit}
        )
        # When the oldest of them leaves the hour, one more may come.
        error.retry_after = max(1, math.ceil((recent[-1] - since).total_seconds()))
        raise error


def _check_lengths(**fields):
    """The pages' forms check lengths too; this keeps every other caller (the API) honest."""
    errors = {
        name: TOO_LONG % {"limit_value": limit, "show_value": len(value)}
        for name, (value, limit) in fields.items()
        if len(value) > limit
    }
    if errors:
        raise ValidationError(errors)


def _mark_responded(idea, actor):
    if idea.first_response_at is None and rules.is_staff(actor, idea):
        idea.first_response_at = timezone.now()
        return ["first_response_at"]
    return []


@transaction.atomic
def submit_idea(
    actor,
    *,
    sluice,
    title: str,
    problem: str,
    solution: str = "",
    beneficiaries: str = "",
    category=None,
    visibility: str = Visibility.ORGANISATION,
    organisation=None,
    unit=None,
    files=(),
) -> Idea:
    """Record a new idea in the sluice's first stage, tell the submitter and the coaches."""
    member_orgs = organisation_ids_of(actor)
    sluice_orgs = set(sluice.members.values_list("pk", flat=True))
    allowed = member_orgs & sluice_orgs
    if not allowed:
        raise PermissionDenied
    _check_pace(actor)
    if organisation is None:
        organisation_id = min(allowed)
    elif organisation.pk in allowed:
        organisation_id = organisation.pk
    else:
        raise ValidationError({"organisation": _("You are not a member of that organisation.")})
    if category is not None and category.sluice_id != sluice.pk:
        raise ValidationError({"category": _("The category does not belong to this sluice.")})
    problem = problem.strip()
    if not problem:
        raise ValidationError({"problem": _("Describe the need or problem.")})
    title = title.strip() or _default_title(problem)
    _check_lengths(
        title=(title, 200),
        problem=(problem, PROBLEM_MAX_LENGTH),
        solution=(solution, TEXT_MAX_LENGTH),
        beneficiaries=(beneficiaries, TEXT_MAX_LENGTH),
    )
    content_types = [check_upload(upload) for upload in files]
    first_stage = sluice.stages.filter(kind=Stage.Kind.ACTIVE).order_by("position", "id").first()
    idea = Idea.objects.create(
        sluice=sluice,
        title=title,
        problem=problem,
        solution=solution.strip(),
        beneficiaries=beneficiaries.strip(),
        category=category,
        visibility=visibility,
        organisation_id=organisation_id,
        unit=unit,
        submitter=actor,
        stage=first_stage,
    )
    for upload, content_type in zip(files, content_types, strict=True):
        _attach(actor, idea, upload, content_type)
    index_idea(idea)
    count_idea(idea)
    record(actor, "idea.submit", idea, sluice=sluice.pk, title=idea.title)
    url = idea.get_absolute_url()
    notify(
        [actor],
        idea=idea,
        url=url,
        subject=message(_("Thank you for your idea: %(title)s"), title=idea.title),
        body=message(
            _(
                "Your idea has reached %(sluice)s. A coach will answer within %(days)s days. "
                "You can follow it under My ideas."
            ),
            sluice=sluice.name,
            days=sluice.first_response_days,
        ),
    )
    notify(
        [c for c in coaches_of(sluice) if c.pk != actor.pk],
        idea=idea,
        url=url,
        subject=message(_("New idea in the inbox: %(title)s"), title=idea.title),
        body=message(_("%(sluice)s has received a new idea."), sluice=sluice.name),
    )
    return idea


def _default_title(problem: str) -> str:
    """Without a title, an idea is named by the first words of its problem."""
    return Truncator(problem.strip().splitlines()[0]).chars(80)


def _attach(actor, idea, upload, content_type) -> Attachment:
    name = PurePath(upload.name).name[:255]
    attachment = Attachment(
        idea=idea,
        original_name=name,
        content_type=content_type,
        size=upload.size,
        uploaded_by=actor,
    )
    attachment.file.save(name, upload, save=False)
    attachment.save()
    record(actor, "attachment.add", attachment, idea=idea.pk, name=name)
    return attachment


@transaction.atomic
def take_idea(actor, idea: Idea) -> Idea:
    """The coach takes the idea: it becomes theirs to answer and move along."""
    idea = Idea.objects.select_for_update().select_related("stage", "sluice").get(pk=idea.pk)
    if not rules.can_take(actor, idea):
        raise PermissionDenied
    idea.coach = actor
    changed = ["coach", "updated_at", *_mark_responded(idea, actor)]
    idea.save(update_fields=changed)
    if "first_response_at" in changed:
        count_answer(idea)
    record(actor, "idea.take", idea)
    notify(
        [idea.submitter],
        idea=idea,
        url=idea.get_absolute_url(),
        subject=message(_("%(coach)s is now the coach of your idea"), coach=actor),
        body=message(
            _("%(coach)s will help your idea “%(title)s” along."), coach=actor, title=idea.title
        ),
    )
    return idea


@transaction.atomic
def add_comment(actor, idea: Idea, *, body: str, internal: bool = False) -> Comment:
    """Add an internal note (staff) or a visible comment, and tell the other side."""
    if not rules.can_comment(actor, idea, internal=internal):
        raise PermissionDenied
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a comment.")})
    _check_lengths(body=(body, COMMENT_MAX_LENGTH))
    comment = Comment.objects.create(idea=idea, author=actor, body=body, internal=internal)
    record(actor, "comment.add", comment, idea=idea.pk, internal=internal)
    if not internal:
        changed = _mark_responded(idea, actor)
        if changed:
            Idea.objects.filter(pk=idea.pk).update(first_response_at=idea.first_response_at)
            count_answer(idea)
        if rules.is_staff(actor, idea):
            recipients = audience_of_answers(idea)
        else:
            recipients = [idea.coach] if idea.coach else coaches_of(idea.sluice)
        notify(
            [r for r in recipients if r and r.pk != actor.pk],
            idea=idea,
            url=idea.get_absolute_url(),
            subject=message(_("New comment on “%(title)s”"), title=idea.title),
            body=message(_("%(author)s wrote: %(body)s"), author=actor, body=body[:2000]),
        )
    return comment


@transaction.atomic
def decide(
    actor,
    idea: Idea,
    *,
    to_stage: Stage,
    rationale: str,
    from_stage: Stage | None = None,
    merged_into: Idea | None = None,
) -> Decision:
    """Move the idea to `to_stage` with a written rationale the submitter will read.

    `from_stage` is the stage the decider saw; if the idea has left it meanwhile (two coaches
    at once), nothing changes and StaleStageError says where the idea went.
    """
    idea = (
        Idea.objects.select_for_update()
        .select_related("stage", "sluice", "submitter")
        .get(pk=idea.pk)
    )
    # Permission first, so that someone who may not decide learns nothing about later moves.
    if not rules.can_decide(actor, idea):
        raise PermissionDenied
    if from_stage is not None and idea.stage_id != from_stage.pk:
        raise StaleStageError(
            _(
                "Someone else has already moved this idea from %(old)s to %(new)s. "
                "Your rationale is kept below; read the latest decision before you decide again."
            )
            % {"old": from_stage.name, "new": idea.stage.name}
        )
    if to_stage.sluice_id != idea.sluice_id:
        raise ValidationError({"to_stage": _("The stage does not belong to the idea's sluice.")})
    if not rules.can_decide(actor, idea, to_stage):
        raise PermissionDenied
    if to_stage.pk == idea.stage_id:
        raise ValidationError({"to_stage": _("The idea is already in that stage.")})
    rationale = rationale.strip()
    if not rationale:
        raise ValidationError({"rationale": _("Write the rationale: the submitter will read it.")})
    _check_lengths(rationale=(rationale, TEXT_MAX_LENGTH))
    if to_stage.kind == Stage.Kind.MERGED:
        if merged_into is None:
            raise ValidationError({"merged_into": _("Choose the idea this one is merged into.")})
        if merged_into.pk == idea.pk:
            raise ValidationError({"merged_into": _("An idea cannot be merged into itself.")})
    else:
        merged_into = None
    decision = Decision.objects.create(
        idea=idea,
        from_stage=idea.stage,
        to_stage=to_stage,
        decided_by=actor,
        rationale=rationale,
        merged_into=merged_into,
    )
    idea.stage, idea.stage_entered_at, idea.merged_into = to_stage, decision.created_at, merged_into
    changed = ["stage", "stage_entered_at", "merged_into", "updated_at"]
    answered_before = idea.first_response_at
    idea.save(update_fields=changed + _mark_responded(idea, actor))
    count_decision(idea, decision, answered_before=answered_before)
    record(
        actor,
        "idea.decide",
        decision,
        idea=idea.pk,
        from_stage=decision.from_stage_id,
        to_stage=to_stage.pk,
        merged_into=merged_into.pk if merged_into else None,
    )
    recipients = audience_of_answers(idea)
    notify(
        [r for r in recipients if r.pk != actor.pk],
        idea=idea,
        url=idea.get_absolute_url(),
        subject=message(
            _("Your idea “%(title)s” is now in: %(stage)s"), title=idea.title, stage=to_stage.name
        ),
        body=message(_("%(who)s decided: %(rationale)s"), who=actor, rationale=rationale),
    )
    if merged_into is not None and merged_into.submitter_id not in {actor.pk, idea.submitter_id}:
        # Told about their own idea: the merged one may be hidden from them.
        notify(
            [merged_into.submitter],
            idea=merged_into,
            url=merged_into.get_absolute_url(),
            subject=message(
                _("A similar idea was merged into yours: %(title)s"), title=merged_into.title
            ),
            body=message(
                _(
                    "%(who)s merged a similar idea into “%(title)s”. Its supports and comments "
                    "may now be with yours."
                ),
                who=actor,
                title=merged_into.title,
            ),
        )
    return decision


@transaction.atomic
def merge(actor, idea: Idea, *, into: Idea, rationale: str = "") -> Decision:
    """Merge a duplicate into the idea it repeats: a Sammanslagen decision links the two (both
    submitters are told), and the duplicate's supports and comments move over."""
    if not rules.can_decide(actor, idea):  # before anything is said about the other idea
        raise PermissionDenied
    if into.sluice_id != idea.sluice_id:
        raise ValidationError({"into": _("Only ideas of the same sluice can be merged.")})
    stage = rules.merge_stage(idea.sluice.stages.order_by("position", "id"))
    if stage is None:
        raise ValidationError({"into": _("The sluice has no stage for merged ideas.")})
    if into.stage.kind == Stage.Kind.MERGED:
        raise ValidationError(
            {"into": _("That idea is merged itself: merge into the one it went to.")}
        )
    rationale = rationale.strip() or _("The same idea as “%(title)s”, which goes on.") % {
        "title": into.title
    }
    decision = decide(
        actor, idea, to_stage=stage, rationale=rationale, from_stage=idea.stage, merged_into=into
    )
    supporters = Support.objects.filter(idea=into).values("user_id")
    moved = Support.objects.filter(idea=idea).exclude(user_id__in=supporters).update(idea=into)
    Support.objects.filter(idea=idea).delete()  # those who support both count once
    comments = Comment.objects.filter(idea=idea).update(idea=into)
    record(actor, "idea.merge", idea, into=into.pk, supports=moved, comments=comments)
    return decision


@transaction.atomic
def toggle_support(actor, idea: Idea) -> bool:
    """Support the idea, or withdraw one's support. Returns whether the user now supports it."""
    if not rules.can_support(actor, idea):
        raise PermissionDenied
    existing = idea.supports.filter(user=actor)
    if existing.exists():
        existing.delete()
        record(actor, "idea.unsupport", idea)
        return False
    idea.supports.create(user=actor)
    record(actor, "idea.support", idea)
    return True
