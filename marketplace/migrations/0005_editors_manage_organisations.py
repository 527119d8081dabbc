"""Platform editors look after organisations in the Wagtail admin (their
profiles and verification)."""
from django.db import migrations

from marketplace.group_permissions import grant


def forwards(apps, schema_editor):
    grant(apps, "marketplace", {"Editors": ["view_organization", "change_organization"],
                                "Moderators": ["view_organization"]})


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0004_profile_notification_email"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
