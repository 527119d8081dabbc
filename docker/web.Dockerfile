# The Django image: web (gunicorn), Celery worker and beat all run it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=marketplace.settings \
    VAR_DIR=/app/var

# gettext: compilemessages (Lao and Filipino catalogues ship as .po).
# Pango and the Noto fonts: WeasyPrint writes contracts in every script.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libpango-1.0-0 libpangoft2-1.0-0 \
       fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so code changes do not reinstall them.
COPY requirements/base.txt requirements/base.txt
RUN pip install -r requirements/base.txt

COPY . .

# Compile the translation catalogues. A throw-away key and var dir keep any
# secret out of the image.
RUN SECRET_KEY=build-only VAR_DIR=/tmp/build-var python manage.py compilemessages \
    && rm -rf /tmp/build-var \
    && chmod +x docker/entrypoint.sh \
    && useradd --create-home --uid 1000 app \
    && mkdir -p /app/var \
    && chown app:app /app/var

USER app
EXPOSE 8000

ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["gunicorn", "marketplace.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
