from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class IdConverter:
    """A row id in a URL: 1 to 18 digits. Django's <int:> takes any length,
    and an id past PostgreSQL's bigint is a database error (a 500), not a 404."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Marketplace")

    def ready(self):
        register_converter(IdConverter, "id")
