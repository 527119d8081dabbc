import factory
from django.utils import timezone

from catalog.kinds import Exclusivity, Kind, RightType, Subtype
from catalog.models import Creator, RightsOffer, Subject, Work, WorkCredit
from marketplace.tests.factories import OrganizationFactory


class SubjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subject
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"subject-{n}")
    name_en = factory.Sequence(lambda n: f"Subject {n}")


class CreatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Creator

    name_en = factory.Sequence(lambda n: f"Xia Da {n}")
    name_original = factory.Sequence(lambda n: f"夏达{n}")
    country = "CN"


class WorkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Work

    kind = Kind.COMIC
    subtype = Subtype.MANHUA
    slug = factory.Sequence(lambda n: f"work-{n}")
    title_en = factory.Sequence(lambda n: f"Battle of Mountains and Seas {n}")
    title_zh_hans = factory.Sequence(lambda n: f"山海逆战{n}")
    synopsis_en = "Heroes of the Classic of Mountains and Seas return."
    synopsis_zh_hans = "山海经中的英雄归来。"
    original_title = "山海逆战"
    original_language = "zh-Hans"
    year = 2021
    rights_holder = factory.SubFactory(OrganizationFactory)
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)


class RightsOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RightsOffer

    work = factory.SubFactory(WorkFactory)
    right_type = RightType.TRANSLATION
    territories = "World excluding CN, TW"
    languages = "th, vi"
    exclusivity = Exclusivity.EXCLUSIVE
    term_years = 7
    asking_terms_en = "Advance from USD 3,000; royalty 7% of list price"


class WorkCreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkCredit

    work = factory.SubFactory(WorkFactory)
    creator = factory.SubFactory(CreatorFactory)
    role = WorkCredit.Role.AUTHOR


def listing_workflow():
    """Listings reviewed by the Moderators group, as the demo sets them up.
    Made afresh: another module's flush may have taken Wagtail's default workflow."""
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

    moderators, _created = Group.objects.get_or_create(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Editors approve listings")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Listings")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.update_or_create(content_type=ContentType.objects.get_for_model(Work),
                                                 defaults={"workflow": workflow})
    return workflow
