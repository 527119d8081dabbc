"""A service's refusal shown to the person: as page messages, or on the
form's fields. Every app's views answer refusals the same way."""
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def refused(request, error: Exception) -> None:
    """A ValidationError's translated texts, or a PermissionDenied's reason, as error messages."""
    for text in getattr(error, "messages", None) or [str(error) or _("You may not do that.")]:
        messages.error(request, text)


def errors_onto(form, error: ValidationError) -> None:
    """A service's ValidationError onto the form: keyed errors on their fields where the form has them."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
