"""The one place where exceptions become API responses, so that endpoints stay thin.

Every error body has a `detail`: a sentence for 401, 403, 404 and 409; a list of
`{type, loc, msg}` for bad input (400 unreadable body, 422 invalid content), where `loc` is
`["body", field, …]`, `["query", name]` or `["path", name]`. Messages are in the caller's
language (Swedish unless the `django_language` cookie says otherwise).
"""

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaValidationError
from ninja.parser import Parser

from idesluss.ideas.services import StaleStageError, TooManyIdeas


class UnreadableBody(ValueError):
    """The request body is not JSON."""


class JsonParser(Parser):
    """Ninja's parser, but an unreadable body is told apart from other failures."""

    def parse_body(self, request):
        try:
            return super().parse_body(request)
        except ValueError as error:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise UnreadableBody(str(error)) from error


def _schema_message(error: dict) -> str:
    """A sentence for one of pydantic's error types, in the caller's language. Where Django's
    forms say the same thing, the same words (and Django's translations) are used."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind == "string_too_long":
        return _("Write at most %(limit)s characters.") % {"limit": ctx.get("max_length")}
    if kind == "string_too_short":
        return _("Write at least %(limit)s characters.") % {"limit": ctx.get("min_length")}
    if kind == "too_short":
        return _("Give at least %(limit)s values.") % {"limit": ctx.get("min_length")}
    if kind == "too_long":
        return _("Give at most %(limit)s values.") % {"limit": ctx.get("max_length")}
    if kind == "string_type":
        return _("Enter a text.")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _("Enter a whole number.")
    if kind == "greater_than_equal":
        return _("Ensure this value is greater than or equal to %(limit_value)s.") % {
            "limit_value": ctx.get("ge")
        }
    if kind == "less_than_equal":
        return _("Ensure this value is less than or equal to %(limit_value)s.") % {
            "limit_value": ctx.get("le")
        }
    if kind in ("bool_type", "bool_parsing"):
        return _("Enter true or false.")
    if kind in ("enum", "literal_error"):
        return _("Choose one of %(choices)s.") % {"choices": ctx.get("expected")}
    if kind == "list_type":
        return _("Enter a list of values.")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _("Send a JSON object.")
    if kind == "null_character":
        return _("Null characters are not allowed.")
    if kind == "organisation_code":
        return _("Enter a municipality code (4 digits) or a region code (2 digits).")
    return error.get("msg", "")


def _body_location(loc) -> list:
    """["body", "payload", "problem"] → ["body", "problem"]: the parameter name is ours, not
    the caller's; every endpoint takes one JSON object as its body."""
    loc = list(loc)
    if len(loc) >= 2 and loc[0] == "body":
        return ["body", *loc[2:]]
    return loc


def _field_errors(error: ValidationError) -> list[dict]:
    """A service's ValidationError as the same list of errors that bad JSON content gives."""
    found = []
    if hasattr(error, "error_dict"):
        groups = error.error_dict.items()
    else:
        groups = [(NON_FIELD_ERRORS, error.error_list)]
    for field, errors in groups:
        loc = ["body"] if field == NON_FIELD_ERRORS else ["body", field]
        for each in errors:  # one message each, with its code
            found.append(
                {"type": each.code or "invalid", "loc": loc, "msg": " ".join(each.messages)}
            )
    return found


def install(api: NinjaAPI) -> None:
    """Map every exception the services raise to its response, once for the whole API."""

    @api.exception_handler(SchemaValidationError)
    def invalid_content(request, exc):
        errors = [
            {**error, "loc": _body_location(error["loc"]), "msg": _schema_message(error)}
            for error in exc.errors
        ]
        return api.create_response(request, {"detail": errors}, status=422)

    @api.exception_handler(ValidationError)
    def refused_by_service(request, exc):
        return api.create_response(request, {"detail": _field_errors(exc)}, status=422)

    @api.exception_handler(TooManyIdeas)
    def too_many(request, exc):
        response = api.create_response(request, {"detail": " ".join(exc.messages)}, status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(StaleStageError)
    def moved_meanwhile(request, exc):
        return api.create_response(request, {"detail": " ".join(exc.messages)}, status=409)

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        detail = _("You do not have permission to do that.")
        return api.create_response(request, {"detail": detail}, status=403)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        # The same answer whether the thing is missing or outside the caller's audience.
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(AuthenticationError)
    def unauthorised(request, exc):
        detail = _("Log in, or send a personal API token: Authorization: Bearer <token>.")
        response = api.create_response(request, {"detail": detail}, status=401)
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        if isinstance(exc.__cause__, UnreadableBody):
            error = {"type": "json_invalid", "loc": ["body"], "msg": _("Enter a valid JSON.")}
            return api.create_response(request, {"detail": [error]}, status=400)
        return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
