"""What some implemented demo ideas produced, and the benefits their coaches follow up.

Recorded with the outcomes services at story moments after the decisions they build on; then
dated like the rest of the demo (build.py). Reminders of follow-ups that fell due before today
are marked as sent, and build.py takes them out of the queue: in the story they went out on
their day.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from idesluss.ideas.models import Decision
from idesluss.outcomes import services
from idesluss.outcomes.models import FollowUp

from .data import IDEAS
from .data.spec import HANDED_OVER, IMPLEMENTED, IMPLEMENTING, SPREAD, SPREADING
from .timeline import Clock


@dataclass(frozen=True)
class OutcomeSpec:
    idea: str  # key of the demo idea
    after: str  # the stage key of the decision it follows
    days: int  # this many days after that decision
    kind: str
    title: str
    description: str = ""
    evidence_url: str = ""
    evidence_file: tuple[str, str] | None = None  # (file name, text)
    amount: int | None = None
    amount_unit: str = ""


@dataclass(frozen=True)
class BenefitSpec:
    idea: str
    after: str  # implemented some days after the decision into this stage
    days: int
    name: str
    unit: str
    baseline: int
    target: int
    custom_unit: str = ""
    # (days after implementation, value, note); a follow-up left out is the demo's overdue one
    measurements: tuple[tuple[int, int, str], ...] = ()


OUTCOMES = (
    OutcomeSpec(
        "strokegreppet",
        SPREADING,
        0,
        "method",
        "Strokegreppet på alla rollatorer i rehabiliteringen efter stroke",
        "Infört i Falköping; beslut om spridning till alla fem kommunerna i slussen.",
        evidence_file=(
            "uppfoljning-strokegreppet.txt",
            "Uppföljning av testet med Strokegreppet på korttidsboendet i Falköping\n\n"
            "Tio handtag under tre månader. Patienterna i testet gick självständigt i snitt en "
            "vecka tidigare än jämförbara patienter före testet.\n",
        ),
    ),
    OutcomeSpec(
        "e-signature",
        SPREADING,
        21,
        "procurement",
        "Gemensamt avrop av e-underskrift för fem kommuner",
        "Skövde, Lidköping, Mariestad, Falköping och Skara avropar samma tjänst.",
        evidence_url="https://www.skovde.se/",
    ),
    OutcomeSpec(
        "pedal-machine",
        IMPLEMENTED,
        0,
        "method",
        "Trampstunder på boendets alla fem avdelningar",
        evidence_url="https://www.falkoping.se/",
    ),
    OutcomeSpec(
        "furniture-reuse",
        IMPLEMENTING,
        0,
        "saving",
        "Undvikna inköp av kontorsmöbler under testhalvåret",
        "340 möbler fick nytt hem i stället för att ersättas av nya.",
        evidence_file=(
            "aterbruk-kontorsmobler.txt",
            "Sammanställning från fastighetsavdelningen: 340 möbler har flyttats mellan "
            "förvaltningarna. Motsvarande nyinköp hade kostat omkring 800 000 kronor.\n",
        ),
        amount=800_000,
        amount_unit="SEK",
    ),
    OutcomeSpec(
        "food-procurement",
        HANDED_OVER,
        30,
        "procurement",
        "Livsmedelsupphandling i delområden där lokala producenter kan lämna anbud",
        evidence_url="https://www.skovde.se/",
    ),
    OutcomeSpec(
        "taste-portions",
        IMPLEMENTED,
        0,
        "method",
        "Smakportioner och mindre tallrikar i alla skolrestauranger",
        evidence_url="https://helsingborg.se/",
    ),
    OutcomeSpec(
        "book-bags",
        SPREAD,
        0,
        "service",
        "Bokpåse till alla barn vid BVC-besöket",
        evidence_url="https://helsingborg.se/",
    ),
)

BENEFITS = (
    BenefitSpec(
        "strokegreppet",
        IMPLEMENTING,
        14,
        "Dagar tills patienten går självständigt",
        "custom",
        21,
        14,
        custom_unit="dagar",
        measurements=((180, 14, "Medel för patienterna under våren."),),
    ),
    BenefitSpec(
        "e-signature",
        IMPLEMENTING,
        0,
        "Dagar för att få ett avtal påskrivet",
        "custom",
        16,
        3,
        custom_unit="dagar",
    ),
    BenefitSpec(
        "e-signature",
        IMPLEMENTING,
        0,
        "Arbetstid för utskrift, post och skanning per månad",
        "hours",
        60,
        10,
        measurements=((175, 12, "Uppskattat av registratorerna."),),
    ),
    BenefitSpec(
        "pedal-machine",
        IMPLEMENTED,
        0,
        "Boende som klarar uppresningstestet",
        "custom",
        6,
        15,
        custom_unit="boende",
    ),
    BenefitSpec(
        "furniture-reuse",
        IMPLEMENTED,
        0,
        "Undvikna utsläpp från nya möbler",
        "CO2e_kg",
        0,
        12_000,
    ),
    BenefitSpec(
        "taste-portions",
        IMPLEMENTING,
        14,
        "Tallrikssvinn per elev och dag",
        "custom",
        48,
        30,
        custom_unit="gram",
        measurements=((186, 33, "Vägt i alla skolrestauranger under en vecka."),),
    ),
)

SPECS = {spec.key: spec for spec in IDEAS}


def record_results(world, clock: Clock) -> set[int]:
    """Record the demo's outcomes and benefits, each as the idea's coach; return the ids of the
    follow-ups whose reminders went out in the story, so that their queued ones are dropped."""
    benefits = []
    for spec in OUTCOMES:
        moment = _after_decision(world, clock, spec.idea, spec.after, spec.days)
        clock.at(moment)
        upload = None
        if spec.evidence_file:
            name, text = spec.evidence_file
            upload = ContentFile(text.encode("utf-8"), name=name)
        services.record_outcome(
            _coach(world, spec.idea),
            world.ideas[spec.idea],
            kind=spec.kind,
            title=spec.title,
            date=timezone.localdate(moment),
            description=spec.description,
            evidence_url=spec.evidence_url,
            evidence_file=upload,
            amount=Decimal(spec.amount) if spec.amount is not None else None,
            amount_unit=spec.amount_unit,
        )
    for spec in BENEFITS:
        implemented = _after_decision(world, clock, spec.idea, spec.after, spec.days)
        clock.at(implemented)
        coach = _coach(world, spec.idea)
        benefit = services.add_benefit(
            coach,
            world.ideas[spec.idea],
            name=spec.name,
            unit=spec.unit,
            custom_unit=spec.custom_unit,
            baseline=Decimal(spec.baseline),
            target=Decimal(spec.target),
            implemented_on=timezone.localdate(implemented),
        )
        benefits.append(benefit)
        for days, value, note in spec.measurements:
            measured = implemented + timedelta(days=days)
            if measured > clock.now:
                raise ValueError(f"Demo benefit {spec.name!r}: a measurement lies ahead")
            clock.at(measured)
            services.record_measurement(
                coach,
                benefit,
                measured_on=timezone.localdate(measured),
                value=Decimal(value),
                note=note,
            )
    return _settle_past_reminders(clock, FollowUp.objects.filter(benefit__in=benefits))


def _coach(world, key: str):
    return world.users[SPECS[key].coach]


def _after_decision(world, clock: Clock, key: str, stage_key: str, days: int) -> datetime:
    """A working morning `days` after the idea's decision into `stage_key`, in story time."""
    idea = world.ideas[key]
    stage = world.stages[SPECS[key].sluice][stage_key]
    decision = Decision.objects.filter(idea=idea, to_stage=stage).first()
    if decision is None:
        raise ValueError(f"Demo idea {key!r} never entered {stage_key}")
    decided = timezone.localtime(clock.story_time(decision.created_at))
    day = decided.date() + timedelta(days=days)
    moment = timezone.make_aware(datetime.combine(day, time(10, 0)))
    return min(max(moment, decided + timedelta(minutes=30)), clock.now)


def _settle_past_reminders(clock: Clock, follow_ups) -> set[int]:
    """Reminders due before today went out on their day in the story: mark the follow-ups left
    open as reminded then, and return the ids of all that fell due (their reminders are spent)."""
    today: date = timezone.localdate(clock.now)
    past = follow_ups.filter(due_on__lt=today)
    for follow_up in past.filter(measurement__isnull=True):
        follow_up.reminded_at = services.reminder_moment(follow_up.due_on)
        follow_up.save(update_fields=["reminded_at"])
    return set(past.values_list("pk", flat=True))
