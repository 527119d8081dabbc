"""Grant model permissions to Wagtail's Editors and Moderators groups from a
data migration. Django creates permissions after migrating, so a fresh
database has none yet: create them first."""
from django.contrib.auth.management import create_permissions


def grant(apps, app_label: str, codenames_by_group: dict[str, list[str]]) -> None:
    config = apps.get_app_config(app_label)
    previous = getattr(config, "models_module", None)
    config.models_module = previous or True  # historical app configs have none; create_permissions skips those
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = previous
    Group, Permission = apps.get_model("auth", "Group"), apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for codename in {c for codenames in codenames_by_group.values() for c in codenames}:
        # Wagtail adds publish/lock/unlock to its mixins' models at run time, not to the migration state.
        action, _sep, model = codename.partition("_")
        content_type = ContentType.objects.get(app_label=app_label, model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename,
                                         defaults={"name": f"Can {action} {model}"})
    for name, codenames in codenames_by_group.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
