"""Plans who is where: organisations, their units, the sluices, the people and their roles.

Pure: nothing here touches the database. Organisations are real (Statistics Sweden's code
list, as the data migration loads it); their sizes are approximate, the people invented.
"""

import itertools
import math
from dataclasses import dataclass, field

from django.utils.text import slugify

from idesluss.organisations.reference import read_reference

from . import words
from .domains import DOMAINS, MUNICIPALITY, REGION
from .randomness import stream
from .scales import Scale
from .units import UnitPlan, plan_units

# Inhabitants in thousands of the larger municipalities (2024, rounded): they get more
# people and ideas. The others get a size drawn once per kommunkod.
POPULATION = {
    "0180": 988, "1480": 604, "1280": 362, "0380": 245, "0580": 167, "1880": 159, "1980": 158,
    "1283": 152, "0581": 146, "0680": 145, "2480": 133, "1281": 130, "0127": 116, "1490": 115,
    "0182": 109, "0484": 107, "1380": 105, "2180": 103, "0181": 102, "2281": 100, "0780": 97,
    "1780": 96, "0136": 96, "0126": 96, "1290": 87, "0184": 86, "1384": 86, "0123": 85,
    "2580": 80, "0163": 76, "2482": 75, "0160": 74, "0880": 72, "1481": 70, "1082": 67,
    "1383": 67, "2380": 65, "0188": 64, "0980": 61, "2080": 60, "1488": 60, "0480": 58,
    "1485": 58, "1496": 57, "2284": 56, "0183": 55, "2081": 52, "0191": 52, "1482": 48,
    "0114": 48, "0186": 48, "0381": 47, "1282": 47, "1382": 47, "0120": 47, "1263": 46,
    "1441": 44, "0583": 44, "1489": 42, "1494": 40, "1402": 40, "1487": 40, "1401": 39,
}  # fmt: skip
# A region employs about as many people as a third of its county's municipalities together.
REGION_SHARE = 0.3
MIN_USERS_PER_ORGANISATION = 5
IDEAS_PER_COACH = 2_500
# A region that runs its own sluice and joins a municipal one sends most ideas to its own.
OWN_SLUICE_SHARE = 0.8
# How unevenly people submit: weight 1 / rank**SUBMITTER_SKEW within their organisation.
SUBMITTER_SKEW = 0.35
PASSWORD = "idesluss-bench"


@dataclass
class OrganisationPlan:
    index: int
    kind: str
    code: str
    name: str
    county_code: str
    county_name: str
    weight: float
    units: tuple[UnitPlan, ...] = ()
    users: list[int] = field(default_factory=list)  # people whose home it is
    sluices: list[int] = field(default_factory=list)  # sluices it is a member of

    @property
    def org_word(self) -> str:
        return "regionen" if self.kind == REGION else "kommunen"


@dataclass
class SluicePlan:
    index: int
    name: str
    slug: str
    members: list[int]
    first_response_days: int
    categories: list[tuple[str, str]] = field(default_factory=list)  # (name, domain key or "")
    coaches: list[int] = field(default_factory=list)
    decision_makers: list[int] = field(default_factory=list)
    admins: list[int] = field(default_factory=list)
    analysts: list[int] = field(default_factory=list)
    users: list[int] = field(default_factory=list)  # everyone in the member organisations
    share: float = 0.0  # of all ideas, expected
    description: str = ""


@dataclass(frozen=True)
class UserPlan:
    number: int
    name: str
    email: str
    organisation: int
    unit: int | None  # index among the organisation's units
    also: int | None  # a second organisation
    is_admin: bool


@dataclass
class World:
    scale: Scale
    seed: int
    organisations: list[OrganisationPlan]
    sluices: list[SluicePlan]
    users: list[UserPlan]

    @property
    def slug_prefix(self) -> str:
        return f"bench-{self.scale.name}-{self.seed}-"


def plan_world(scale: Scale, seed: int) -> World:
    """The organisations, sluices and people of a data set: the same for the same seed."""
    rng = stream(seed, "world")
    organisations = _organisations(scale)
    for organisation in organisations:
        # The same units whatever the seed, so that data sets share them.
        units_rng = stream(0, f"units:{organisation.kind}:{organisation.code}")
        organisation.units = plan_units(organisation.kind, organisation.weight, units_rng)
    sluices = _sluices(scale, seed, organisations, rng)
    users = _users(scale, seed, organisations, rng)
    total = sum(o.weight for o in organisations)
    for organisation in organisations:
        shares = _sluice_shares(organisation)
        for sluice, share in zip(organisation.sluices, shares, strict=True):
            sluices[sluice].share += share * organisation.weight / total
    for sluice in sluices:
        sluice.users = [u for m in sluice.members for u in organisations[m].users]
        _staff(scale, sluice, rng)
    return World(scale, seed, organisations, sluices, users)


def _sluice_shares(organisation: OrganisationPlan) -> list[float]:
    """Where an organisation's ideas go: a region sends most to its own sluice."""
    others = len(organisation.sluices) - 1
    if not others:
        return [1.0]
    return [OWN_SLUICE_SHARE] + [(1 - OWN_SLUICE_SHARE) / others] * others


def _organisations(scale: Scale) -> list[OrganisationPlan]:
    reference = read_reference()
    weights = {}
    for row in reference:
        if row.kind == MUNICIPALITY:
            # The listed ones are the larger municipalities: the others stay below them.
            size = stream(0, f"size:{row.code}").lognormvariate(math.log(11), 0.5)
            weights[row.code] = POPULATION.get(row.code, min(30.0, max(2.5, size)))
    county_sizes: dict[str, float] = {}
    for row in reference:
        if row.kind == MUNICIPALITY:
            county_sizes[row.county_code] = county_sizes.get(row.county_code, 0) + weights[row.code]
    chosen = [
        row
        for row in reference
        if (scale.codes and row.kind == MUNICIPALITY and row.code in scale.codes)
        or (scale.county and row.county_code == scale.county)
        or not (scale.codes or scale.county)
    ]
    return [
        OrganisationPlan(
            index=index,
            kind=row.kind,
            code=row.code,
            name=row.name,
            county_code=row.county_code,
            county_name=row.county_name,
            weight=(
                weights[row.code]
                if row.kind == MUNICIPALITY
                else REGION_SHARE * county_sizes[row.county_code]
            ),
        )
        for index, row in enumerate(chosen)
    ]


def apportion(total: int, weights: list[float], minimum: int = 0) -> list[int]:
    """Split `total` in proportion to `weights`, each at least `minimum` (largest remainder)."""
    counts = [minimum] * len(weights)
    rest = total - minimum * len(weights)
    if rest < 0:
        raise ValueError(f"Cannot give {len(weights)} parts at least {minimum} of {total}")
    whole = sum(weights)
    quotas = [rest * weight / whole for weight in weights]
    for index, quota in enumerate(quotas):
        counts[index] += int(quota)
    left = total - sum(counts)
    by_remainder = sorted(range(len(weights)), key=lambda i: (int(quotas[i]) - quotas[i], i))
    for index in by_remainder[:left]:
        counts[index] += 1
    return counts


def _genitive(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


def _county_short(county_name: str) -> str:
    short = county_name.removesuffix(" län")
    return short[:-1] if short.endswith("s") else short


def _sluice_name(members: list[OrganisationPlan], whole_county: bool) -> str:
    largest = sorted(members, key=lambda o: (-o.weight, o.code))
    if len(members) == 1:
        only = members[0]
        kind = "innovationssluss" if only.kind == REGION else "idésluss"
        return f"{_genitive(only.name)} {kind}"
    if whole_county:
        return f"Innovationsslussen {_county_short(members[0].county_name)}"
    if len(members) <= 3:
        names = [o.name for o in largest]
        return "Idéslussen " + ", ".join(names[:-1]) + " och " + names[-1]
    return f"Innovationsslussen {largest[0].name}, {largest[1].name} m.fl."


def _chunks(items: list, count: int) -> list[list]:
    sizes = apportion(len(items), [1.0] * count)
    start, chunks = 0, []
    for size in sizes:
        chunks.append(items[start : start + size])
        start += size
    return [chunk for chunk in chunks if chunk]


def _sluices(scale, seed, organisations, rng) -> list[SluicePlan]:
    """Each county gets sluices in proportion to its organisations. With more than one, the
    region runs its own (and joins the first joint one), the municipalities share the rest."""
    counties: dict[str, list[OrganisationPlan]] = {}
    for organisation in organisations:
        counties.setdefault(organisation.county_code, []).append(organisation)
    seats = apportion(scale.sluices, [len(c) for c in counties.values()], minimum=1)
    groups: list[tuple[list[OrganisationPlan], bool]] = []
    for members, count in zip(counties.values(), seats, strict=True):
        regions = [o for o in members if o.kind == REGION]
        municipalities = [o for o in members if o.kind == MUNICIPALITY]
        if count == 1:
            groups.append((members, bool(regions)))
        elif regions:
            groups.append((regions, False))
            chunks = _chunks(municipalities, count - 1)
            groups.append((regions + chunks[0], False))
            groups.extend((chunk, False) for chunk in chunks[1:])
        else:
            groups.extend((chunk, False) for chunk in _chunks(municipalities, count))
    sluices = []
    for index, (members, whole_county) in enumerate(groups):
        display = [o for o in members if o.kind == MUNICIPALITY] if len(members) > 1 else members
        sluice = SluicePlan(
            index=index,
            name=_sluice_name(display or members, whole_county),
            slug=f"bench-{scale.name}-{seed}-{index + 1:02d}",
            members=[o.index for o in members],
            first_response_days=rng.choice((3, 5, 5, 5, 7, 10)),
        )
        sluice.description = (
            f"{sluice.name} tar emot idéer och problem från medarbetarna i "
            + (members[0].name if len(members) == 1 else f"{len(members)} organisationer")
            + ". Syntetiska testdata för prestandamätning."
        )
        kinds = {o.kind for o in members}
        names = set()
        for domain in DOMAINS:
            if kinds & set(domain.kinds):
                name = rng.choice(domain.categories)
                if name not in names:
                    names.add(name)
                    sluice.categories.append((name, domain.key))
        if rng.random() < 0.5:
            sluice.categories.append(("Övrigt", ""))
        for organisation in members:
            organisation.sluices.append(index)
        sluices.append(sluice)
    return sluices


def _ascii(text: str) -> str:
    return slugify(text.replace("ø", "o")).replace("-", "")


def _users(scale, seed, organisations, rng) -> list[UserPlan]:
    counts = apportion(
        scale.users, [o.weight for o in organisations], minimum=MIN_USERS_PER_ORGANISATION
    )
    users: list[UserPlan] = []
    numbers = itertools.count()
    for organisation, count in zip(organisations, counts, strict=True):
        domain = f"{_ascii(organisation.name)}.bench-{scale.name}-{seed}.example"
        enheter = [i for i, unit in enumerate(organisation.units) if unit.parent is not None]
        departments = [i for i, unit in enumerate(organisation.units) if unit.parent is None]
        admins = 1 + count // 2_000
        for position in range(count):
            number = next(numbers)
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            roll = rng.random()
            unit = (
                rng.choice(enheter)
                if roll < 0.85 and enheter
                else rng.choice(departments)
                if roll < 0.9
                else None
            )
            also = None
            if len(organisations) > 1 and rng.random() < 0.03:
                also = rng.choice([o.index for o in organisations if o is not organisation])
            users.append(
                UserPlan(
                    number=number,
                    name=f"{first} {last}",
                    email=f"{_ascii(first)}.{_ascii(last)}.{number + 1}@{domain}",
                    organisation=organisation.index,
                    unit=unit,
                    also=also,
                    is_admin=position < admins,
                )
            )
            organisation.users.append(number)
    return users


def _staff(scale: Scale, sluice: SluicePlan, rng) -> None:
    """Coaches in proportion to the sluice's ideas; decision makers, admins and analysts."""
    ideas = scale.ideas * sluice.share
    coaches = max(2, min(30, round(ideas / IDEAS_PER_COACH)))
    deciders = max(2, min(12, round(coaches / 2)))
    admins = 1 if ideas < 10_000 else 2
    analysts = 1 if ideas < 10_000 else rng.randint(2, 3)
    chosen = rng.sample(sluice.users, coaches + deciders + admins + analysts)
    sluice.coaches = chosen[:coaches]
    sluice.decision_makers = chosen[coaches : coaches + deciders]
    sluice.admins = chosen[coaches + deciders : coaches + deciders + admins]
    sluice.analysts = chosen[coaches + deciders + admins :]
