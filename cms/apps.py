from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "CMS"

    def ready(self):
        from .site_cache import connect_signals

        connect_signals()
