"""Attachments are checked by what they contain, not by what they are called."""

from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# extension -> the content type the file's own bytes must show
ALLOWED = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "txt": "text/plain",
    "csv": "text/csv",
}
MAX_FILES = 10


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def check_upload(upload) -> str:
    """Return the verified content type of an uploaded file, or raise ValidationError."""
    name = PurePath(upload.name or "").name
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in ALLOWED:
        raise ValidationError(
            _("%(name)s: files of this type cannot be attached. Allowed: %(allowed)s.")
            % {"name": name, "allowed": ", ".join(sorted(ALLOWED))}
        )
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("%(name)s is %(size)s; a file may be at most %(limit)s.")
            % {
                "name": name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.MAX_UPLOAD_BYTES),
            }
        )
    if upload.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name})
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    expected = ALLOWED[extension]
    if expected.startswith("text/"):
        ok = filetype.guess(head) is None and _looks_like_text(head)
    else:
        guessed = filetype.guess(head)
        ok = guessed is not None and guessed.mime == expected
    if not ok:
        raise ValidationError(
            _("%(name)s does not contain what its name says (a .%(ext)s file).")
            % {"name": name, "ext": extension}
        )
    return expected
