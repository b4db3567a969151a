"""The förvaltningar and enheter of a synthetic municipality or region, each in a domain."""

from dataclasses import dataclass

from .domains import MUNICIPALITY

DIRECTIONS = ("Norr", "Söder", "Öster", "Väster", "Centrum")
PLACES = (
    "Solbacken", "Ekhagen", "Lindgården", "Björkängen", "Tallbacken", "Rosengården",
    "Kastanjen", "Lärkan", "Sjöängen", "Åsen", "Berga", "Kvarnbacken", "Granbo", "Ängsbacka",
    "Furulund", "Höjden", "Strandvägen", "Backa",
)  # fmt: skip
FLOWERS = ("Solrosen", "Blåklockan", "Vitsippan", "Prästkragen", "Maskrosen", "Linnean", "Vallmon")

# (förvaltning, its domain, (enhet pattern, its domain), ...): {dir}, {place} and {flower} are
# filled with names not yet used in that förvaltning.
MUNICIPAL_DEPARTMENTS = (
    (
        "Vård- och omsorgsförvaltningen",
        "eldercare",
        (
            ("Hemtjänst {dir}", "eldercare"),
            ("Äldreboendet {place}", "eldercare"),
            ("Hemtjänst {dir}", "eldercare"),
            ("Nattpatrullen", "eldercare"),
            ("Korttidsboendet {place}", "eldercare"),
            ("Hemsjukvården", "eldercare"),
        ),
    ),
    (
        "Barn- och utbildningsförvaltningen",
        "school",
        (
            ("Förskolan {flower}", "school"),
            ("{place}skolan", "school"),
            ("Måltidsservice", "meals"),
            ("Förskolan {flower}", "school"),
            ("Fritidshemmet {flower}", "school"),
            ("Gymnasieskolan", "school"),
        ),
    ),
    (
        "Tekniska förvaltningen",
        "streets",
        (
            ("Gatuenheten", "streets"),
            ("Parkenheten", "streets"),
            ("Fastighetsenheten", "planning"),
            ("Trafikenheten", "streets"),
            ("Fordonsenheten", "climate"),
        ),
    ),
    (
        "Kultur- och fritidsförvaltningen",
        "culture",
        (
            ("Biblioteket", "culture"),
            ("Fritidsgården {place}", "culture"),
            ("Kulturskolan", "culture"),
            ("Simhallen", "culture"),
        ),
    ),
    (
        "Socialförvaltningen",
        "social",
        (
            ("Försörjningsstöd", "social"),
            ("Barn och familj", "social"),
            ("Gruppbostaden {place}", "social"),
            ("Daglig verksamhet {place}", "social"),
            ("Mottagningsenheten", "social"),
        ),
    ),
    (
        "Samhällsbyggnadsförvaltningen",
        "planning",
        (
            ("Bygglovsenheten", "planning"),
            ("Planenheten", "planning"),
            ("Miljöenheten", "climate"),
            ("Mät- och kartenheten", "planning"),
        ),
    ),
    (
        "Kommunledningsförvaltningen",
        "digital",
        (
            ("IT-avdelningen", "digital"),
            ("HR-avdelningen", "workplace"),
            ("Kontaktcenter", "digital"),
            ("Ekonomiavdelningen", "digital"),
            ("Löneenheten", "workplace"),
        ),
    ),
)

REGIONAL_DEPARTMENTS = (
    (
        "Primärvården",
        "health",
        (
            ("Vårdcentralen {place}", "health"),
            ("Vårdcentralen {place}", "health"),
            ("Rehabenheten", "health"),
            ("Vårdcentralen {place}", "health"),
        ),
    ),
    (
        "Sjukhusförvaltningen",
        "health",
        (
            ("Akutmottagningen", "health"),
            ("Medicinkliniken", "health"),
            ("Ortopedkliniken", "health"),
            ("Barn- och ungdomskliniken", "health"),
            ("Operationsavdelningen", "health"),
            ("Sjukhusköket", "meals"),
        ),
    ),
    ("Folktandvården", "health", (("Folktandvården {place}", "health"),) * 3),
    (
        "Regionservice",
        "digital",
        (
            ("Regional IT", "digital"),
            ("Fordon och transporter", "climate"),
            ("Måltidsenheten", "meals"),
        ),
    ),
    ("Regionens personalavdelning", "workplace", (("Bemanningscentrum", "workplace"),)),
)


@dataclass(frozen=True)
class UnitPlan:
    name: str
    parent: int | None  # index of the förvaltning among the organisation's units
    domain: str


def plan_units(kind: str, weight: float, rng) -> tuple[UnitPlan, ...]:
    """Every förvaltning of the kind, with more enheter the larger the organisation."""
    departments = MUNICIPAL_DEPARTMENTS if kind == MUNICIPALITY else REGIONAL_DEPARTMENTS
    units: list[UnitPlan] = []
    for name, domain, patterns in departments:
        parent = len(units)
        units.append(UnitPlan(name, None, domain))
        count = min(len(patterns), 1 + int(weight / 40) + rng.randint(0, 2))
        fillers = {
            "dir": list(DIRECTIONS),
            "place": rng.sample(PLACES, len(PLACES)),
            "flower": rng.sample(FLOWERS, len(FLOWERS)),
        }
        seen = set()
        for pattern, unit_domain in patterns[:count]:
            unit_name = pattern.format(
                **{key: values[0] for key, values in fillers.items() if values}
            )
            for key, values in fillers.items():
                if "{" + key + "}" in pattern and values:
                    values.pop(0)
            if unit_name not in seen:
                seen.add(unit_name)
                units.append(UnitPlan(unit_name, parent, unit_domain))
    return tuple(units)
