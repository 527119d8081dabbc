"""Accounts through django-allauth: sign-up with a preferred language, and
every email allauth sends rendered in the recipient's language and handed to
a Celery task, so a slow mail server never holds up a page.

Sign-up, log-in (throttled), email verification, password reset and change,
and TOTP two-factor authentication are allauth's; this module only adapts."""
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from marketplace.mail import preferred_language, queue_email
from marketplace.models import Profile


class SignupForm(AllauthSignupForm):
    language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES,
                                 help_text=_("Emails and notifications are written in this language."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def save(self, request):
        user = super().save(request)
        Profile.objects.update_or_create(user=user, defaults={"language": self.cleaned_data["language"]})
        return user


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """As allauth does, but rendered in the recipient's language and sent
        by a task through the outbox."""
        user = context.get("user") or get_user_model().objects.filter(email__iexact=email).first()
        context = {"request": self.request, "email": email, "current_site": get_current_site(self.request),
                   **context}
        with override(preferred_language(user)):
            queue_email(self.render_mail(template_prefix, email, context))


class PreferencesForm(forms.ModelForm):
    """What a person may change about how the platform writes to them."""

    class Meta:
        model = Profile
        fields = ["language", "notification_email"]
        widgets = {"notification_email": forms.RadioSelect}
