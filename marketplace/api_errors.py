"""JSON endpoints answer JSON for every error.

Django's own error pages (400 for a malformed or oversized request, 404 for
an unknown address, 405 from the method decorators, 500 for a crash) are
HTML; under /api/ this middleware replaces any error that is not already
JSON with {"error": {"status": …, "message": …}}, the message in the
request's language."""
from django.http import Http404, JsonResponse
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from marketplace.languages import CODES

API_PREFIX = "/api/"
MESSAGES = {
    400: _("The request could not be understood."),
    403: _("You may not do this."),
    404: _("There is nothing at this address."),
    405: _("This method is not allowed here."),
    413: _("The request is too large."),
    500: _("Something went wrong on our side. Please try again later."),
    503: _("The service is briefly unavailable. Please try again in a minute."),
}


class ApiErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (request.path.startswith(API_PREFIX) and response.status_code >= 400
                and not response.get("Content-Type", "").startswith("application/json")):
            return self.as_json(request, response)
        return response

    def as_json(self, request, response) -> JsonResponse:
        status = response.status_code
        message = MESSAGES.get(status) or MESSAGES[500 if status >= 500 else 400]
        with override(_language(request) or get_language()):
            body = {"error": {"status": status, "message": str(message)}}
        json = JsonResponse(body, status=status)
        if response.has_header("Allow"):
            json["Allow"] = response["Allow"]
        return json


def _language(request) -> str | None:
    """?lang= as the API takes it, read without parsing the whole query
    string again (it may be the reason for the error)."""
    for pair in request.META.get("QUERY_STRING", "")[:4096].split("&"):
        key, _sep, value = pair.partition("=")
        if key == "lang" and value in CODES:
            return value
    return None


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a 404 here, not a redirect to a language prefix."""
    raise Http404

