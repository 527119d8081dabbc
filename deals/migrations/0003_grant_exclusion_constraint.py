"""On PostgreSQL the database itself refuses overlapping grants, so that no
interleaving of concurrent activations can sell the same cell twice.

Two grants conflict on the same work, right, country and language when
their periods share a day and either is exclusive. The last column turns
"either is exclusive" into an overlap: an exclusive grant covers every
number, a non-exclusive one only its own id, so two non-exclusive grants
never meet. Released and overridden grants are left out. btree_gist gives
GiST the plain equality operators."""
from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE deals_grant ADD CONSTRAINT grant_cells_do_not_conflict EXCLUDE USING gist (
    work_id WITH =, right_type WITH =, country WITH =, language WITH =,
    daterange(starts_on, ends_on, '[]') WITH &&,
    (CASE WHEN exclusive THEN int8range(NULL, NULL) ELSE int8range(id, id, '[]') END) WITH &&
) WHERE (released_at IS NULL AND NOT overridden);
"""
DROP = "ALTER TABLE deals_grant DROP CONSTRAINT IF EXISTS grant_cells_do_not_conflict;"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("deals", "0002_contracts_and_grants")]
    operations = [migrations.RunPython(forwards, backwards)]
