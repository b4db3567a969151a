from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import push_url

from idesluss.core.forms import apply_errors
from idesluss.core.htmx import changed_from_page
from idesluss.core.ids import parse_id
from idesluss.core.pagination import CURSOR_PARAMETER, keyset_page
from idesluss.organisations.models import Organisation, Stage
from idesluss.organisations.queries import sluices_open_to, sluices_seen_by, staff_sluice_ids
from idesluss.outcomes.queries import results_for
from idesluss.search.queries import similar_to_idea

from . import queries, rules, services
from .forms import CommentForm, DecisionForm, IdeaForm
from .models import Attachment

PAGE_SIZE = 25


@login_required
def submit(request):
    """Lämna en idé."""
    if not sluices_open_to(request.user).exists():
        return render(request, "ideas/no_sluice.html", status=403)
    form = IdeaForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            idea = services.submit_idea(
                request.user,
                sluice=data["sluice"],
                title=data["title"],
                problem=data["problem"],
                solution=data["solution"],
                beneficiaries=data["beneficiaries"],
                category=data["category"],
                visibility=data["visibility"],
                organisation=data["organisation"],
                files=data["attachments"],
            )
        except ValidationError as error:
            apply_errors(form, error)
            if isinstance(error, services.TooManyIdeas):
                return render(request, "ideas/submit.html", {"form": form}, status=429)
        else:
            return redirect("ideas:receipt", pk=idea.pk)
    status = 400 if form.is_bound else 200
    return render(request, "ideas/submit.html", {"form": form}, status=status)


@login_required
def receipt(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    if idea.submitter_id != request.user.pk:
        raise Http404
    return render(request, "ideas/receipt.html", {"idea": idea})


@login_required
def my_ideas(request):
    """Mina idéer: what I submitted or work on, with the stage each one is in."""
    page = keyset_page(
        queries.ideas_of(request.user), request.GET.get(CURSOR_PARAMETER), per_page=PAGE_SIZE
    )
    return render(request, "ideas/my_ideas.html", {"page": page})


def idea_list(request):
    """All ideas the visitor may see, filtered by sluice, stage and organisation."""
    ideas = queries.ideas_visible_to(request.user)
    filters = {
        key: request.GET.get(key, "").strip() for key in ("sluice", "stage", "organisation", "q")
    }
    for key in ("sluice", "stage", "organisation"):
        if filters[key] and parse_id(filters[key]) is None:
            filters[key] = ""
    stages = queries.stages_of(filters["sluice"]) if filters["sluice"] else []
    if filters["stage"] and parse_id(filters["stage"]) not in {stage.pk for stage in stages}:
        filters["stage"] = ""  # a stage of the sluice chosen before, or of none
    ideas = queries.filter_ideas(ideas, **filters)
    page = keyset_page(
        queries.with_list_data(ideas),
        request.GET.get(CURSOR_PARAMETER),
        per_page=PAGE_SIZE,
        count=True,
    )
    sluices = list(sluices_seen_by(request.user))
    organisations = list(
        Organisation.objects.filter(sluices__in=sluices).distinct().order_by("name")
    )
    query = request.GET.copy()
    query.pop(CURSOR_PARAMETER, None)
    if not filters["stage"]:
        query.pop("stage", None)
    context = {
        "page": page,
        "filters": filters,
        "sluices": sluices,
        "stages": stages,
        "organisations": organisations,
        "query": query.urlencode(),
        # Another sluice: the answer brings its stages into the form (ideas/_stage_filter.html).
        "new_sluice": changed_from_page(request, "sluice"),
    }
    if not request.htmx:
        return render(request, "ideas/idea_list.html", context)
    response = render(request, "ideas/_idea_table.html", context)
    if context["new_sluice"]:  # the address shows the filters the ideas are for
        push_url(response, f"{request.path}?{query.urlencode()}")
    return response


def _support_context(request, idea) -> dict:
    """What ideas/_support.html needs: the page's support box, alone after a toggle."""
    support_count, supported = queries.support_of(idea, request.user)
    return {
        "idea": idea,
        "support_count": support_count,
        "supported": supported,
        "can_support": rules.can_support(request.user, idea),
    }


def _detail_context(request, idea, **forms):
    user = request.user
    staff = rules.can_see_internal(user, idea)
    stages = queries.stages_of(idea.sluice_id)
    decision_stages = rules.stages_open_to(user, idea, stages)
    context = {
        **_support_context(request, idea),
        "history": queries.history_of(idea, include_internal=staff),
        "attachments": list(idea.attachments.all()),
        "results": results_for(user, idea),
        "can_take": rules.can_take(user, idea),
        "is_staff": staff,
        "can_see_submitter": rules.can_see_submitter(user, idea),
        "stages": stages,
        "can_comment": rules.can_comment(user, idea, internal=False),
        "decision_stages": decision_stages,
        "merged_ideas": list(idea.merged_ideas.all()) if staff else [],
    }
    if context["can_comment"]:
        context["comment_form"] = forms.get("comment_form") or CommentForm(can_write_internal=staff)
    if decision_stages:
        following = [s for s in decision_stages if s.position > idea.stage.position]
        context["decision_form"] = forms.get("decision_form") or DecisionForm(
            stages=decision_stages,
            initial={
                "from_stage": idea.stage_id,
                "to_stage": following[0].pk if following else None,
            },
        )
    return context


def detail(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    return render(request, "ideas/detail.html", _detail_context(request, idea))


@login_required
@require_POST
def take(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    services.take_idea(request.user, idea)
    messages.success(request, _("You are now the coach of this idea."))
    return redirect(idea)


@login_required
@require_POST
def comment(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    staff = rules.can_see_internal(request.user, idea)
    if not rules.can_comment(request.user, idea, internal=False):
        raise PermissionDenied
    form = CommentForm(request.POST, can_write_internal=staff)
    if form.is_valid():
        try:
            services.add_comment(
                request.user,
                idea,
                body=form.cleaned_data["body"],
                internal=form.cleaned_data.get("internal", False),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if request.htmx:
                context = _detail_context(request, idea)
                return render(request, "ideas/_history.html", context)
            messages.success(request, _("Your comment has been saved."))
            return redirect(idea)
    context = _detail_context(request, idea, comment_form=form)
    template = "ideas/_history.html" if request.htmx else "ideas/detail.html"
    return render(request, template, context, status=400)


@login_required
@require_POST
def decide(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    stages = rules.stages_open_to(request.user, idea, queries.stages_of(idea.sluice_id))
    if not stages:
        raise PermissionDenied
    form = DecisionForm(request.POST, stages=stages)
    if form.is_valid():
        data = form.cleaned_data
        to_stage = next(s for s in stages if s.pk == data["to_stage"])
        from_stage = Stage.objects.filter(pk=data["from_stage"], sluice=idea.sluice).first()
        merged_into = None
        if data.get("merged_into"):
            merged_into = (
                queries.ideas_visible_to(request.user).filter(pk=data["merged_into"]).first()
            )
            if merged_into is None:
                form.add_error("merged_into", _("There is no idea with that number."))
        if form.is_valid():
            try:
                services.decide(
                    request.user,
                    idea,
                    to_stage=to_stage,
                    rationale=data["rationale"],
                    from_stage=from_stage,
                    merged_into=merged_into,
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(
                    request, _("The idea has been moved to %(stage)s.") % {"stage": to_stage.name}
                )
                return redirect(idea)
    idea = queries.get_idea_for(request.user, pk)
    context = _detail_context(request, idea, decision_form=form)
    return render(request, "ideas/detail.html", context, status=400)


@login_required
@require_POST
def support(request, pk):
    idea = queries.get_idea_for(request.user, pk)
    services.toggle_support(request.user, idea)
    if request.htmx:
        return render(request, "ideas/_support.html", _support_context(request, idea))
    return redirect(idea)


def attachment(request, pk, attachment_pk):
    idea = queries.get_idea_for(request.user, pk)
    found = get_object_or_404(Attachment, pk=attachment_pk, idea=idea)
    try:
        handle = found.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle, as_attachment=True, filename=found.original_name, content_type=found.content_type
    )


@login_required
def inbox(request):
    """Inkorg: the active ideas of the coach's sluices, oldest first, overdue ones flagged."""
    show = request.GET.get("visa", "all")
    if show not in ("all", "unassigned", "mine"):
        show = "all"
    if not staff_sluice_ids(request.user):
        raise PermissionDenied
    page = keyset_page(
        queries.inbox_for(request.user, show=show),
        request.GET.get(CURSOR_PARAMETER),
        per_page=PAGE_SIZE,
        newest_first=False,
    )
    return render(request, "ideas/inbox.html", {"page": page, "show": show})


@login_required
def similar(request, pk):
    """For the sluice's staff: possible duplicates in the sluice, to merge, and active ideas
    like it in the network's other sluices."""
    idea = queries.get_idea_for(request.user, pk)
    if not rules.can_see_internal(request.user, idea):
        raise Http404
    visible = queries.ideas_visible_to(request.user)
    duplicates, elsewhere = similar_to_idea(
        request.user,
        idea,
        among=[
            visible.filter(sluice_id=idea.sluice_id).exclude(stage__kind=Stage.Kind.MERGED),
            visible.filter(stage__kind=Stage.Kind.ACTIVE).exclude(sluice_id=idea.sluice_id),
        ],
    )
    context = {
        "idea": idea,
        "duplicates": duplicates,
        "elsewhere": elsewhere,
        "can_merge": rules.can_merge(request.user, idea, queries.stages_of(idea.sluice_id)),
    }
    template = "ideas/_similar.html" if request.htmx else "ideas/similar.html"
    return render(request, template, context)


@login_required
@require_POST
def merge(request, pk):
    """Merge this idea into the one the coach chose among its possible duplicates."""
    idea = queries.get_idea_for(request.user, pk)
    into = queries.get_idea_for(request.user, request.POST.get("into"))
    try:
        services.merge(request.user, idea, into=into, rationale=request.POST.get("rationale", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(idea)
    messages.success(request, _("The idea is merged into “%(title)s”.") % {"title": into.title})
    return redirect(into)
