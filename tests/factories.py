"""factory_boy factories for the domain. Personas are assembled in conftest.py."""

import factory
from django.contrib.auth import get_user_model

from idesluss.ideas.models import Comment, Decision, Idea, Visibility
from idesluss.insights.totals import count_idea
from idesluss.organisations.models import Membership, Organisation, Sluice, SluiceRole
from idesluss.organisations.services import install_default_stages
from idesluss.search.services import index_idea

PASSWORD = "idesluss-test-lösenord"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.se")
    name = factory.Faker("name", locale="sv_SE")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = Organisation.Kind.COMPANY
    name = factory.Sequence(lambda n: f"Organisation {n} AB")


def member_of(organisation, **user_fields):
    """A new user who is a member of `organisation`."""
    user = UserFactory(**user_fields)
    Membership.objects.create(user=user, organisation=organisation)
    return user


class SluiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sluice
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Idésluss {n}")
    slug = factory.Sequence(lambda n: f"sluss-{n}")
    first_response_days = 5

    @factory.post_generation
    def members(obj, create, extracted, **kwargs):
        if create:
            obj.members.set(extracted or [OrganisationFactory()])
            install_default_stages(obj)


def grant(user, sluice, role):
    SluiceRole.objects.create(user=user, sluice=sluice, role=role)
    for cached in ("_sluice_roles", "_organisation_ids"):
        if hasattr(user, cached):
            delattr(user, cached)
    return user


def stage(sluice, name):
    return sluice.stages.get(name=name)


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea
        skip_postgeneration_save = True

    sluice = factory.SubFactory(SluiceFactory)
    title = factory.Sequence(lambda n: f"Idé nummer {n}")
    problem = "Personalen lägger mycket tid på att leta efter lediga hjälpmedel."
    organisation = factory.LazyAttribute(lambda o: o.sluice.members.first())
    submitter = factory.LazyAttribute(lambda o: member_of(o.organisation))
    visibility = Visibility.ORGANISATION
    stage = factory.LazyAttribute(lambda o: o.sluice.stages.order_by("position").first())

    @factory.post_generation
    def indexed(idea, create, extracted, **kwargs):
        """Indexed for search, as every idea submitted through the service is."""
        if create:
            index_idea(idea)

    @factory.post_generation
    def counted(idea, create, extracted, **kwargs):
        """Counted in the dashboards' running totals, as every idea submitted is."""
        if create:
            count_idea(idea)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    idea = factory.SubFactory(IdeaFactory)
    author = factory.LazyAttribute(lambda o: o.idea.submitter)
    body = "En kommentar."


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    idea = factory.SubFactory(IdeaFactory)
    from_stage = factory.LazyAttribute(lambda o: o.idea.stage)
    to_stage = factory.LazyAttribute(lambda o: o.idea.sluice.stages.order_by("position")[1])
    rationale = "Vi går vidare."
