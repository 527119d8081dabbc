"""What people type in the workspace, with translated errors."""
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from marketplace.models import Membership, Organization, OrganizationPaper


class OrganizationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200,
                           help_text=_("In your own language; you can add other languages later."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Organization.Kind.choices)
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    registration_number = forms.CharField(label=_("Registration number"), max_length=100, required=False)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4}))


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class PaperForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=OrganizationPaper.Kind.choices)
    file = forms.FileField(label=_("File"), help_text=_("A PDF or a photo of the document."))
