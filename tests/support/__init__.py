"""Test support: real services on loopback (PostgreSQL, Redis, moto's S3, a Celery
worker), checks for the Debian packages they come from, and the pytest plugin that
starts them before Django reads its settings (`-p tests.support.plugin`)."""
