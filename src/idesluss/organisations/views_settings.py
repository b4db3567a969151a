"""The sluice administrator's pages: one overview with a form per section, and a small POST
endpoint per action that redirects back on success and shows the overview again, with the
errors and the typed values, when the input is refused."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from idesluss.core.forms import apply_errors

from . import services
from .forms import (
    CategoryForm,
    MembersForm,
    NewStageForm,
    RoleForm,
    SluiceForm,
    StageForm,
    swedish_sort_key,
)
from .models import Category, Organisation, SluiceRole, Stage
from .queries import get_sluice_to_manage


def manages_sluice(*methods):
    """Log-in required; the view gets the sluice instead of its slug; then the method is checked,
    so that outsiders get the same 404 whatever they send."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, slug, **kwargs):
            sluice = get_sluice_to_manage(request.user, slug)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, sluice, **kwargs)

        return wrapper

    return decorator


def _all_organisations() -> list[Organisation]:
    return list(
        Organisation.objects.only("pk", "kind", "name", "county_code", "county_name").order_by()
    )


def _back(sluice, section: str):
    return redirect(f"{reverse('sluices:settings', args=[sluice.slug])}#{section}")


def _render_overview(request, sluice, *, status=200, organisations=None, **override):
    """The settings page; `override` replaces a section's form (bound, with errors) or adds
    a section's error messages."""
    organisations = organisations if organisations is not None else _all_organisations()
    member_ids = set(sluice.members.values_list("pk", flat=True))
    stages = list(sluice.stages.annotate(idea_count=Count("ideas")).order_by("position", "id"))
    categories = list(
        sluice.categories.annotate(idea_count=Count("ideas")).order_by("position", "name")
    )
    roles = list(sluice.roles.select_related("user").order_by("user__name", "user__email"))
    rename_forms = override.pop("rename_forms", {})
    context = {
        "sluice": sluice,
        "general_form": SluiceForm.for_sluice(sluice),
        "members_form": MembersForm(
            all_organisations=organisations, initial={"organisations": sorted(member_ids)}
        ),
        "members": sorted(
            (o for o in organisations if o.pk in member_ids),
            key=lambda o: swedish_sort_key(o.name),
        ),
        "stages": stages,
        "new_stage_form": NewStageForm(),
        "category_rows": [
            (
                category,
                rename_forms[category.pk]
                if category.pk in rename_forms
                else CategoryForm(
                    prefix=f"category-{category.pk}", initial={"name": category.name}
                ),
            )
            for category in categories
        ],
        "new_category_form": CategoryForm(prefix="new-category"),
        "roles": [
            (value, label, [granted for granted in roles if granted.role == value])
            for value, label in SluiceRole.Role.choices
        ],
        "role_form": RoleForm(),
    }
    context.update(override)
    return render(request, "organisations/settings.html", context, status=status)


def _refused(request, sluice, section: str, **override):
    """The settings page again, status 400, with the refused input and why, in `section`."""
    titles = {
        "general": _("General"),
        "members": _("Member organisations"),
        "stages": _("Stages"),
        "categories": _("Categories"),
        "roles": _("Roles"),
    }
    # The errors sit in their section, far down the page: say so at the top.
    messages.error(
        request,
        _("The change was not made. See “%(section)s” below.") % {"section": titles[section]},
    )
    return _render_overview(request, sluice, status=400, **override)


@manages_sluice("GET", "HEAD")
def overview(request, sluice):
    """Inställningar: everything a sluice administrator sets, section by section."""
    return _render_overview(request, sluice)


@manages_sluice("POST")
def update_general(request, sluice):
    form = SluiceForm.for_sluice(sluice, request.POST)
    if form.is_valid():
        try:
            services.update_sluice(request.user, sluice, **form.cleaned_data)
        except ValidationError as error:
            sluice.refresh_from_db()
            apply_errors(form, error)
        else:
            messages.success(request, _("The general settings have been saved."))
            return _back(sluice, "general")
    return _refused(request, sluice, "general", general_form=form)


@manages_sluice("POST")
def update_members(request, sluice):
    organisations = _all_organisations()
    form = MembersForm(request.POST, all_organisations=organisations)
    if form.is_valid():
        try:
            services.set_members(request.user, sluice, list(form.cleaned_data["organisations"]))
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The member organisations have been saved."))
            return _back(sluice, "members")
    return _refused(request, sluice, "members", organisations=organisations, members_form=form)


@manages_sluice("POST")
def add_stage(request, sluice):
    form = NewStageForm(request.POST)
    if form.is_valid():
        try:
            stage = services.add_stage(request.user, sluice, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, _("The stage “%(name)s” has been added.") % {"name": stage.name}
            )
            return _back(sluice, "stages")
    return _refused(request, sluice, "stages", new_stage_form=form)


@manages_sluice("GET", "HEAD", "POST")
def edit_stage(request, sluice, pk):
    """A page of its own: three fields do not fit in a row of the stage table."""
    stage = get_object_or_404(Stage, pk=pk, sluice=sluice)
    form = StageForm.for_stage(stage, request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.update_stage(request.user, stage, **form.cleaned_data)
        except ValidationError as error:
            stage.refresh_from_db()
            apply_errors(form, error)
        else:
            messages.success(
                request, _("The stage “%(name)s” has been saved.") % {"name": stage.name}
            )
            return _back(sluice, "stages")
    context = {"sluice": sluice, "stage": stage, "form": form}
    status = 400 if form.is_bound else 200
    return render(request, "organisations/stage_edit.html", context, status=status)


@manages_sluice("POST")
def move_stage(request, sluice, pk):
    stage = get_object_or_404(Stage, pk=pk, sluice=sluice)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if offset is None:
        return _refused(
            request,
            sluice,
            "stages",
            stage_errors=[_("Choose whether to move the stage up or down.")],
        )
    services.move_stage(request.user, stage, offset)
    if offset < 0:
        message = _("The stage “%(name)s” has been moved up.")
    else:
        message = _("The stage “%(name)s” has been moved down.")
    messages.success(request, message % {"name": stage.name})
    return _back(sluice, "stages")


@manages_sluice("POST")
def delete_stage(request, sluice, pk):
    stage = get_object_or_404(Stage, pk=pk, sluice=sluice)
    try:
        services.delete_stage(request.user, stage)
    except ValidationError as error:
        return _refused(request, sluice, "stages", stage_errors=error.messages)
    messages.success(request, _("The stage “%(name)s” has been removed.") % {"name": stage.name})
    return _back(sluice, "stages")


@manages_sluice("POST")
def add_category(request, sluice):
    form = CategoryForm(request.POST, prefix="new-category")
    if form.is_valid():
        try:
            category = services.add_category(request.user, sluice, form.cleaned_data["name"])
        except ValidationError as error:
            apply_errors(form, error, field="name")
        else:
            messages.success(
                request, _("The category “%(name)s” has been added.") % {"name": category.name}
            )
            return _back(sluice, "categories")
    return _refused(request, sluice, "categories", new_category_form=form)


@manages_sluice("POST")
def rename_category(request, sluice, pk):
    category = get_object_or_404(Category, pk=pk, sluice=sluice)
    old_name = category.name
    form = CategoryForm(request.POST, prefix=f"category-{category.pk}")
    if form.is_valid():
        try:
            services.rename_category(request.user, category, form.cleaned_data["name"])
        except ValidationError as error:
            category.name = old_name
            apply_errors(form, error, field="name")
        else:
            messages.success(
                request,
                _("The category “%(old)s” is now called “%(new)s”.")
                % {"old": old_name, "new": category.name},
            )
            return _back(sluice, "categories")
    return _refused(request, sluice, "categories", rename_forms={category.pk: form})


@manages_sluice("POST")
def delete_category(request, sluice, pk):
    category = get_object_or_404(Category, pk=pk, sluice=sluice)
    try:
        services.delete_category(request.user, category)
    except ValidationError as error:
        return _refused(request, sluice, "categories", category_errors=error.messages)
    messages.success(
        request, _("The category “%(name)s” has been removed.") % {"name": category.name}
    )
    return _back(sluice, "categories")


@manages_sluice("POST")
def grant_role(request, sluice):
    form = RoleForm(request.POST)
    if form.is_valid():
        user, role = form.cleaned_data["user"], form.cleaned_data["role"]
        try:
            granted = services.grant_role(request.user, sluice, user, role)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                _("%(person)s is now %(role)s.")
                % {"person": user, "role": granted.get_role_display().lower()},
            )
            return _back(sluice, "roles")
    return _refused(request, sluice, "roles", role_form=form)


@manages_sluice("POST")
def revoke_role(request, sluice, pk):
    granted = get_object_or_404(SluiceRole.objects.select_related("user"), pk=pk, sluice=sluice)
    try:
        services.revoke_role(request.user, granted)
    except ValidationError as error:
        return _refused(request, sluice, "roles", role_errors=error.messages)
    messages.success(
        request,
        _("%(person)s is no longer %(role)s.")
        % {"person": granted.user, "role": granted.get_role_display().lower()},
    )
    gave_up_own_admin = (
        granted.user_id == request.user.pk
        and granted.role == SluiceRole.Role.ADMIN
        and not request.user.is_superuser
    )
    if gave_up_own_admin:
        return redirect("sluices:list")
    return _back(sluice, "roles")
