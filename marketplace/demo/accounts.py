"""Demo people: an owner, a manager and a member for every demo organisation,
and one platform editor, all with one documented password.

The password is set only where settings.DEMO_LOGINS allows it (the embedded
default that bin/run starts); anywhere else the accounts are created with
unusable passwords, and a real person would reset theirs."""
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from marketplace.models import Membership, Organization, OrganizationPaper, Profile
from marketplace.services import organization_paper_add, organization_request_verification

DEMO_PASSWORD = "rightsbridge-demo"
EDITOR_EMAIL = "editor@rightsbridge.example"
LANGUAGE_BY_COUNTRY = {"CN": "zh-hans", "VN": "vi", "TH": "th", "MY": "ms", "ID": "id", "MM": "my", "LA": "lo",
                       "PH": "fil", "KH": "km"}


def demo_email(role: str, organization: Organization) -> str:
    return f"{role}@{organization.slug}.example"


def create_demo_accounts(organizations) -> int:
    # One hash for everyone: hashing the same password fifty times costs seconds.
    password = make_password(DEMO_PASSWORD if settings.DEMO_LOGINS else None)
    count = 0
    for organization in organizations:
        language = LANGUAGE_BY_COUNTRY.get(str(organization.country), "en")
        for role in Membership.Role.values:
            user = _person(demo_email(role, organization), password, language)
            Membership.objects.create(user=user, organization=organization, role=role)
            count += 1
    editor = _person(EDITOR_EMAIL, password, "en", is_staff=True)
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return count + 1


def ask_for_verification(organizations) -> None:
    """Unverified demo organisations have sent their papers, so the editor's
    verification queue has something in it."""
    for organization in organizations:
        if organization.is_verified:
            continue
        owner = organization.memberships.get(role=Membership.Role.OWNER).user
        paper = ContentFile(DEMO_PAPER, name=f"{organization.slug}-registration.pdf")
        organization_paper_add(user=owner, organization=organization, kind=OrganizationPaper.Kind.REGISTRATION,
                               upload=paper)
        organization_request_verification(user=owner, organization=organization)


# A one-page PDF that says what it is.
DEMO_PAPER = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
              b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font"
              b"<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length 62>>stream\nBT /F1 18 Tf 72 770 Td (Demo registration "
              b"certificate) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
              b"trailer<</Root 1 0 R>>\n%%EOF\n")


def _person(email: str, password: str, language: str, **flags):
    user = get_user_model().objects.create(username=email, email=email, password=password, **flags)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(user=user, language=language)
    return user
