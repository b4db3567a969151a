"""Ideas with chosen words, and what a search or a similar-ideas request found among them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from idesluss.ideas.models import Visibility
from idesluss.search import queries

from ..factories import IdeaFactory

# What people paste or type into a search box that a full-text engine might read as syntax.
SYNTAX = ['"', "*", "NEAR", "'", "-", ":", "AND", "OR", "NOT", "(", ")", "^", "\\", "%", "_"]
OTHER_INPUT = ["", "   ", "🚀🎉", "دار المسنين", "养老院", "a" * 10_000, "äldreboende " * 833]
# The word äldreboende dressed in syntax: the idea must still be found.
WRAPPED = [
    '"äldreboende',
    'äldreboende"',
    '"äldreboende"',
    "äldreboende*",
    "äldreboende'",
    "'äldreboende'",
    "-äldreboende",
    "äldreboende:",
    ":äldreboende",
    "(äldreboende)",
    "äldreboende^",
    "äldreboende 🚀",
]
# Operators are words like any other, which the idea does not hold: nothing is found.
OPERATORS = [
    "NEAR(äldreboende skövde)",
    "title:äldreboende",
    "äldreboende AND skövde",
    "äldreboende OR",
    "äldreboende NOT skövde",
    "äldreboende'; DROP TABLE search_document; --",
]

# A new idea's text that says what winter_ideas()' "twin" says, in other words.
PARAPHRASE = (
    "Snöröjning av cykelvägar tidigt. De som cyklar till arbetet kommer inte fram när det har "
    "snöat, för gatorna plogas först och cykelvägarna sist."
)


def idea(world, title, problem="", *, organisation=None, visibility=Visibility.NETWORK, **fields):
    """An idea of the joint sluice that says only what the test gives it (indexed, as every
    idea the factory makes is). Network-wide by default: everyone in the sluice may see it."""
    return IdeaFactory(
        sluice=fields.pop("sluice", world.sluice),
        organisation=organisation or world.skovde,
        title=title,
        problem=problem,
        visibility=visibility,
        **fields,
    )


def found(user, text, **options) -> list[str]:
    """The titles a search for `text` finds, in the order shown."""
    return [hit.idea.title for hit in queries.search(user, text, **options).hits]


def similar(user, text, **options) -> list[str]:
    """The titles of the ideas most like `text`, best first."""
    return [item.idea.title for item in queries.similar_ideas(user, text, **options)]


def count_queries(call) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code == 200, response.status_code
    return len(captured)


def winter_ideas(world) -> dict:
    """Ideas on one topic: the twin of PARAPHRASE and its near neighbours."""
    return {
        "twin": idea(
            world,
            "Ploga cykelbanorna före sju på morgonen",
            "Cyklister som pendlar till jobbet fastnar i snön eftersom cykelbanorna röjs "
            "efter bilvägarna.",
        ),
        "sand": idea(
            world, "Sanda gångbanorna när det är halt", "Äldre halkar på trottoarerna vid torget."
        ),
        "light": idea(
            world, "Bättre belysning längs cykelbanan", "Cykelbanan vid sjön är mörk på kvällarna."
        ),
        "preschool": idea(
            world,
            "Snöröjning vid förskolan",
            "Föräldrar kommer inte fram med barnvagnar när det har snöat.",
            organisation=world.lidkoping,
        ),
    }


# Ideas on other topics, so that a test's few ideas on one topic are a realistic share of all.
OTHER_TOPICS = [
    ("Brandvarnare i alla lägenheter", "Många hyresgäster saknar fungerande brandvarnare."),
    ("Läxhjälp på biblioteket", "Elever behöver en lugn plats att göra läxor efter skolan."),
    ("Solceller på sporthallen", "Taket på sporthallen står tomt och elräkningen är hög."),
    ("Digital bokning av lokaler", "Föreningar ringer och mejlar för att boka gympasalen."),
    ("Tolk via video på vårdcentralen", "Det tar lång tid att få en tolk på plats."),
    ("Fler papperskorgar i parken", "Skräp blåser runt efter helgerna."),
    ("Sms-påminnelse om tandvård", "Barn missar sina tider hos tandläkaren."),
    ("Utegym vid sjön", "Invånare vill träna utomhus gratis."),
    ("Laddstolpar för tjänstebilar", "Elbilarna står utan laddning på morgonen."),
    ("Ensamhet bland äldre", "Många pensionärer träffar ingen på flera dagar."),
    ("Schema i appen för personalen", "Turlistan ändras ofta och sprids på papper."),
    ("Källsortering i skolan", "Eleverna vet inte var batterier ska slängas."),
    ("Tystare ventilation i klassrummen", "Fläktarna låter så att eleverna inte hör läraren."),
    ("Lånekort i mobilen", "Besökare glömmer sina bibliotekskort hemma."),
    ("Introduktion för nyanställda", "Nya medarbetare vet inte vem de ska fråga."),
    ("Klotter under bron", "Väggarna under bron klottras ner varje vecka."),
    ("Väntetid för bygglov", "Handläggningen tar flera månader."),
    ("Hållplats närmare vårdcentralen", "Patienter med rullator har långt att gå."),
    ("Kortare kö till simhallen", "Familjer står länge i kassan på helgerna."),
    ("Trygghetsvandring i centrum", "Kvinnor undviker vissa gator på kvällen."),
]


def other_topics(world) -> list:
    return [idea(world, title, problem) for title, problem in OTHER_TOPICS]
