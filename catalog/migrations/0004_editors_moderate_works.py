"""Platform editors moderate, publish and correct listings in the Wagtail
admin; moderators approve them. Without these permissions Wagtail refuses
the workflow's approve step at publishing."""
from django.db import migrations

from marketplace.group_permissions import grant

WORKS = ["add_work", "change_work", "view_work", "publish_work", "lock_work", "unlock_work"]
CATALOGUE = ["add_creator", "change_creator", "view_creator", "add_subject", "change_subject", "view_subject"]


def forwards(apps, schema_editor):
    grant(apps, "catalog", {"Editors": [*WORKS, "delete_work", *CATALOGUE], "Moderators": [*WORKS, *CATALOGUE]})


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0003_rightsoffer_instant_price"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
