from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from idesluss.core.forms import apply_errors
from idesluss.ideas.queries import get_idea_for

from . import queries, rules, services
from .forms import BenefitForm, MeasurementForm, OutcomeForm


def _back_to_results(idea):
    return redirect(f"{idea.get_absolute_url()}#results")


def _form_page(request, template, context, form):
    return render(
        request, template, {**context, "form": form}, status=400 if form.is_bound else 200
    )


@login_required
def record_outcome(request, pk):
    """Record what an idea produced, with its evidence."""
    idea = get_idea_for(request.user, pk)
    if not rules.can_record_outcome(request.user, idea):
        raise PermissionDenied
    form = OutcomeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_outcome(request.user, idea, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The outcome has been recorded."))
            return _back_to_results(idea)
    return _form_page(request, "outcomes/record.html", {"idea": idea}, form)


def evidence(request, pk, outcome_pk):
    """An outcome's evidence file, to those who may see the idea."""
    idea = get_idea_for(request.user, pk)
    outcome = queries.get_outcome_of(idea, outcome_pk)
    if not outcome.evidence_file:
        raise Http404
    try:
        handle = outcome.evidence_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=outcome.evidence_name,
        content_type=outcome.evidence_content_type,
    )


@login_required
def add_benefit(request, pk):
    """Set up a benefit to follow up at 6 and 12 months."""
    idea = get_idea_for(request.user, pk)
    if not rules.can_follow_up(request.user, idea):
        raise PermissionDenied
    form = BenefitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_benefit(request.user, idea, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("The benefit has been added. Follow-ups fall due at 6 and 12 months.")
            )
            return _back_to_results(idea)
    return _form_page(request, "outcomes/add_benefit.html", {"idea": idea}, form)


@login_required
def record_measurement(request, pk, benefit_pk):
    """Record a measured value of a benefit."""
    idea = get_idea_for(request.user, pk)
    if not rules.can_follow_up(request.user, idea):
        raise PermissionDenied
    benefit = queries.get_benefit_of(idea, benefit_pk)
    form = MeasurementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_measurement(request.user, benefit, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The measurement has been recorded."))
            return _back_to_results(idea)
    context = {"idea": idea, "benefit": benefit}
    return _form_page(request, "outcomes/measure.html", context, form)
