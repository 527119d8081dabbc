import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from marketplace.models import Membership, Organization


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name_en = factory.Sequence(lambda n: f"Lotus Press {n}")
    name_zh_hans = factory.Sequence(lambda n: f"莲花出版社{n}")
    slug = factory.Sequence(lambda n: f"lotus-press-{n}")
    kind = Organization.Kind.PUBLISHER
    country = "CN"
    verified_at = factory.LazyFunction(timezone.now)  # most tests list as a verified holder would


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.test")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Membership.Role.OWNER
