"""Settings for every environment, read from environment variables.

Defaults give the embedded set-up: SQLite and media under var/, Celery tasks
run eagerly, email to the console. docker-compose.yml sets the full stack.
"""
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF

from marketplace import languages
from marketplace.settings.secret import development_secret_key
from marketplace.settings.storages import local_storages, s3_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost", "testserver"]),
    VAR_DIR=(str, str(BASE_DIR / "var")),
    CELERY_BROKER_URL=(str, ""),
    SITE_URL=(str, "http://127.0.0.1:8000"),
)
VAR_DIR = Path(env("VAR_DIR"))

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY", default=None) or development_secret_key(VAR_DIR)
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
WAGTAILADMIN_BASE_URL = env("SITE_URL")

INSTALLED_APPS = [
    # modeltranslation patches admin and models: it must come before them.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "marketplace",
    "catalog",
    "cms",
    "deals",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "djmoney",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_celery_beat",
    "allauth",
    "allauth.account",
    "allauth.mfa",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "marketplace.api_errors.ApiErrorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "marketplace.locale_middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
]

# --- Security -----------------------------------------------------------------
# Secure by default whenever DEBUG is off (`manage.py check --deploy` is clean);
# a stack served over plain http on localhost turns these off in its environment.
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
if env.bool("USE_X_FORWARDED_PROTO", default=False):  # behind a proxy that terminates TLS
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow their own frame

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "marketplace.acting.context",
                "deals.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default: a transaction takes the write lock when it begins, so a check and the write
    # it allows (no two grants on one cell) cannot interleave with another's. Wait for it, don't fail.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Per process by default; CACHE_URL=redis://… shares it (menus, zone URLs,
# Wagtail's site paths) between web processes so an edit shows at once.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # editors' usernames in the Wagtail admin
    "allauth.account.auth_backends.AuthenticationBackend",
]

# --- Accounts (django-allauth; marketplace/accounts.py) ------------------------
ACCOUNT_ADAPTER = "marketplace.accounts.AccountAdapter"
ACCOUNT_FORMS = {"signup": "marketplace.accounts.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# A duplicate address is said plainly at sign-up (the issue asks for it); the
# throttles on sign-up and log-in bound what an attacker learns from that.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "RightsBridge · "
# Failed log-ins: 10 a minute per address, 5 per 5 minutes per account.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "RightsBridge"
LOGIN_REDIRECT_URL = "/"
# The demo accounts' shared password (marketplace/demo/accounts.py) works only
# where this is on: the embedded default that bin/run starts with DEBUG.
DEMO_LOGINS = env.bool("DEMO_LOGINS", default=DEBUG)
LOGIN_URL = "account_login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
languages.register_missing_languages()
LANGUAGE_CODE = "en"
LANGUAGES = languages.LANGUAGES
# Ours first; then django-allauth's strings for the six languages it ships
# no catalogue for (vi, ms, my, lo, fil, km), translated for the platform.
# (Not under locale/: makemessages -a takes every folder there for a language.)
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "marketplace" / "translations" / "allauth"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(languages.CODES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": languages.FALLBACK}
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = languages.localized_verbose_name
# One slug per page in every language keeps URLs stable: /th/books/ and
# /en/books/ differ only by their prefix, so the switcher is a prefix swap.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", default=str(VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", default=str(VAR_DIR / "media"))
PRIVATE_ROOT = env("PRIVATE_ROOT", default=str(VAR_DIR / "private"))
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES = s3_storages(
        bucket=AWS_STORAGE_BUCKET_NAME,
        documents_bucket=env("AWS_DOCUMENTS_BUCKET_NAME", default="rightsbridge-documents"),
        endpoint_url=env("AWS_S3_ENDPOINT_URL", default=None),
        access_key=env("AWS_ACCESS_KEY_ID", default=None),
        secret_key=env("AWS_SECRET_ACCESS_KEY", default=None),
        region=env("AWS_S3_REGION_NAME", default="us-east-1"),
        custom_domain=env("AWS_S3_CUSTOM_DOMAIN", default=None),
        url_protocol=env("AWS_S3_URL_PROTOCOL", default="https:"),
        document_url_seconds=env.int("DOCUMENT_URL_SECONDS", default=300),
    )
else:
    STORAGES = local_storages(PRIVATE_ROOT)
STORAGES["staticfiles"] = {"BACKEND": env(
    "STATICFILES_STORAGE", default="django.contrib.staticfiles.storage.StaticFilesStorage")}
WHITENOISE_USE_FINDERS = True

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "RightsBridge"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "catalog.forms.CheckedImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "epub"]
WAGTAILDOCS_DOCUMENT_MODEL = "cms.PrivateDocument"  # in the private store: see cms/models/document.py

# --- Celery ----------------------------------------------------------------
# Without a broker the tasks run in-process, so the embedded site needs no server.
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL")
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://localhost/"  # a host, or kombu warns
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# A save must not hang when the broker is down: give up publishing quickly;
# the outbox (marketplace/outbox.py) keeps the message and sends it later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
CELERY_BEAT_SCHEDULE = {
    "flush-outbox": {"task": "marketplace.tasks.outbox_flush", "schedule": 30.0},
    # Offers expire to the hour; reminders go three days ahead. Both are idempotent.
    "expire-offers": {"task": "deals.tasks.offers_expire", "schedule": 15 * 60.0},
    "notification-digest": {"task": "deals.tasks.notifications_digest", "schedule": crontab(hour=7, minute=0)},
    # Contracts end with their term; their grants are freed and their works re-indexed.
    "expire-contracts": {"task": "deals.tasks.contracts_expire", "schedule": crontab(hour=0, minute=5)},
}

# --- Contracts ----------------------------------------------------------------
# The platform's seal on signed contracts: PEM key and certificate paths. Unset
# (the embedded default), a self-signed pair is made on first use in VAR_DIR/seal.
CONTRACT_SEAL_KEY = env("CONTRACT_SEAL_KEY", default="")
CONTRACT_SEAL_CERT = env("CONTRACT_SEAL_CERT", default="")

# --- Health -----------------------------------------------------------------
# /readyz shows each part's state only to staff and to this bearer token.
READYZ_TOKEN = env("READYZ_TOKEN", default="")

# --- Uploads -----------------------------------------------------------------
MEDIA_MAX_UPLOAD_BYTES = env.int("MEDIA_MAX_UPLOAD_BYTES", default=25 * 1024 * 1024)
MEDIA_MAX_IMAGE_PIXELS = env.int("MEDIA_MAX_IMAGE_PIXELS", default=40_000_000)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MEDIA_MAX_IMAGE_PIXELS

# --- Email -----------------------------------------------------------------
# The console by default; EMAIL_URL=smtp+tls://user:password@host:587 sends
# through an SMTP server (django-environ sets EMAIL_HOST, _PORT, _USE_TLS…).
if env("EMAIL_URL", default=""):
    globals().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="RightsBridge <noreply@rightsbridge.test>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# --- Search ---
# The catalogue's search engine by alias, like CACHES (search/registry.py).
# Embedded tantivy index under VAR_DIR by default; Elasticsearch when
# ELASTICSEARCH_URL is set (indices "<INDEX>-works-<timestamp>" behind the alias "<INDEX>-works").
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
SEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URL": ELASTICSEARCH_URL,
        "INDEX": env("ELASTICSEARCH_INDEX_PREFIX", default="rightsbridge"),
    } if ELASTICSEARCH_URL else {
        "BACKEND": "search.backends.embedded",
        "PATH": VAR_DIR / "search-index",
    },
}

# --- Content-Security-Policy (django-csp) ------------------------------------
# No inline script or style on the public site and the workspace. The Wagtail
# admin brings its own inline code and is left out.
_MEDIA_ORIGIN = (f"{env('AWS_S3_URL_PROTOCOL', default='https:')}//{env('AWS_S3_CUSTOM_DOMAIN').split('/')[0]}"
                 if env("AWS_S3_CUSTOM_DOMAIN", default="") else None)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [_MEDIA_ORIGIN])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
