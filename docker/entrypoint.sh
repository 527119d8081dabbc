#!/bin/sh
# Entrypoint of the Django image. Before gunicorn starts, apply migrations
# and collect static files; every other command (celery worker, beat,
# manage.py ...) runs as given.
set -eu

if [ "${1:-}" = "gunicorn" ]; then
    python manage.py migrate --noinput
    python manage.py collectstatic --noinput
fi

exec "$@"
