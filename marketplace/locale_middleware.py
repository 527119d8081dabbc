"""Django's LocaleMiddleware, without its guess on a 404 from a real view.

Django redirects any 404 on an address without a language prefix to the
same address with one, on the theory that the prefix is missing. Here every
prefixed address exists (Wagtail's pages catch all), so a sample, a paper or
an API address that answers 404 from its own view was sent to /en/samples/…,
a redirect to nowhere. Only an address no view matched gets the redirect."""
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.translation import get_language


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if getattr(request, "resolver_match", None) is not None:
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
