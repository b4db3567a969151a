"""The demo's sluices, units and people. The municipalities are real; the people are invented."""

from dataclasses import dataclass

# kommunkod of the municipalities that run the demo sluices
SKOVDE, LIDKOPING, MARIESTAD, FALKOPING, SKARA = "1496", "1494", "1493", "1499", "1495"
HELSINGBORG = "1283"

# {kommunkod: {förvaltning: (enheter under it, ...)}}
UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    SKOVDE: {
        "Vård- och omsorgsförvaltningen": ("Hemtjänst Norr", "Hemtjänst Söder"),
        "Barn- och utbildningsförvaltningen": (),
        "Samhällsbyggnadsförvaltningen": (),
        "Kommunledningsförvaltningen": (),
    },
    LIDKOPING: {
        "Vård- och omsorgsförvaltningen": ("Hemtjänsten Lidköping",),
        "Barn- och utbildningsförvaltningen": ("Måltidsservice",),
        "Samhällsbyggnadsförvaltningen": ("Gatuenheten",),
    },
    MARIESTAD: {
        "Vård- och omsorgsförvaltningen": (),
        "Kultur- och fritidsförvaltningen": ("Stadsbiblioteket",),
        "Tekniska förvaltningen": (),
    },
    FALKOPING: {
        "Socialförvaltningen": ("Korttidsboendet",),
        "Barn- och utbildningsförvaltningen": (),
        "Tekniska förvaltningen": (),
    },
    SKARA: {
        "Barn- och utbildningsförvaltningen": ("Förskolan Solrosen",),
        "Socialförvaltningen": (),
        "Kultur- och fritidsförvaltningen": (),
    },
    HELSINGBORG: {
        "Vård- och omsorgsförvaltningen": ("Hemtjänst Centrum",),
        "Skol- och fritidsförvaltningen": (),
        "Stadsbyggnadsförvaltningen": (),
        "Kulturförvaltningen": ("Stadsbiblioteket",),
        "Stadsledningsförvaltningen": (),
    },
}


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    organisation: str  # kommunkod
    unit: str = ""
    # Further memberships, as (kommunkod, unit): some people work for two municipalities.
    also: tuple[tuple[str, str], ...] = ()
    organisation_admin: bool = False


# Skaraborg: Skövde
ANNA = "anna.lind@skovde.se"
JOHAN = "johan.berg@skovde.se"
FATIMA = "fatima.hassan@skovde.se"
LARS = "lars.nyberg@skovde.se"
KARIN = "karin.sjoberg@skovde.se"
MARIA = "maria.ek@skovde.se"
PER = "per.holm@skovde.se"
TOVE = "tove.martinsson@skovde.se"
BIRGITTA = "birgitta.strom@skovde.se"
# Lidköping
ERIK = "erik.johansson@lidkoping.se"
SOFIA = "sofia.karlsson@lidkoping.se"
HANNA = "hanna.lindgren@lidkoping.se"
AHMED = "ahmed.ali@lidkoping.se"
HELENA = "helena.strand@lidkoping.se"
HASSAN = "hassan.omar@lidkoping.se"
# Mariestad
INGRID = "ingrid.olsson@mariestad.se"
MIKAEL = "mikael.lund@mariestad.se"
ASA = "asa.nordin@mariestad.se"
GORAN = "goran.wikstrom@mariestad.se"
ELIN = "elin.gustafsson@mariestad.se"
# Falköping
EMMA = "emma.nilsson@falkoping.se"
DAVID = "david.persson@falkoping.se"
ULRIKA = "ulrika.bergman@falkoping.se"
JAN = "jan.axelsson@falkoping.se"
# Skara
LINNEA = "linnea.jakobsson@skara.se"
OSKAR = "oskar.wallin@skara.se"
JENNY = "jenny.forsberg@skara.se"
MONA = "mona.karlberg@skara.se"
# Helsingborg
NILS = "nils.ostberg@helsingborg.se"
AMIRA = "amira.yousef@helsingborg.se"
SARA = "sara.abdi@helsingborg.se"
JONAS = "jonas.friberg@helsingborg.se"
PETER = "peter.lindqvist@helsingborg.se"
OLA = "ola.nystrom@helsingborg.se"
CAMILLA = "camilla.rosen@helsingborg.se"
DANIEL = "daniel.mattsson@helsingborg.se"
HENRIK = "henrik.dahlberg@helsingborg.se"
MALIN = "malin.ahlgren@helsingborg.se"
ROBERT = "robert.sandell@helsingborg.se"
EVA = "eva.holmberg@helsingborg.se"
MATS = "mats.bergqvist@helsingborg.se"

SUPERUSER = "admin@idesluss.se"

PEOPLE: tuple[Person, ...] = (
    Person(ANNA, "Anna Lind", SKOVDE, "Hemtjänst Norr"),
    Person(JOHAN, "Johan Berg", SKOVDE, "Barn- och utbildningsförvaltningen"),
    Person(FATIMA, "Fatima Hassan", SKOVDE, "Vård- och omsorgsförvaltningen"),
    Person(LARS, "Lars Nyberg", SKOVDE, "Samhällsbyggnadsförvaltningen"),
    Person(KARIN, "Karin Sjöberg", SKOVDE, "Kommunledningsförvaltningen", organisation_admin=True),
    Person(MARIA, "Maria Ek", SKOVDE, "Kommunledningsförvaltningen"),
    Person(PER, "Per Holm", SKOVDE, "Vård- och omsorgsförvaltningen"),
    Person(TOVE, "Tove Martinsson", SKOVDE, "Kommunledningsförvaltningen"),
    Person(BIRGITTA, "Birgitta Ström", SKOVDE, "Hemtjänst Norr"),
    Person(ERIK, "Erik Johansson", LIDKOPING, "Gatuenheten"),
    Person(SOFIA, "Sofia Karlsson", LIDKOPING, "Måltidsservice"),
    Person(HANNA, "Hanna Lindgren", LIDKOPING, "Hemtjänsten Lidköping"),
    Person(AHMED, "Ahmed Ali", LIDKOPING, "Samhällsbyggnadsförvaltningen"),
    Person(HELENA, "Helena Strand", LIDKOPING, "Vård- och omsorgsförvaltningen"),
    Person(HASSAN, "Hassan Omar", LIDKOPING, "Hemtjänsten Lidköping"),
    Person(INGRID, "Ingrid Olsson", MARIESTAD, "Stadsbiblioteket"),
    Person(MIKAEL, "Mikael Lund", MARIESTAD, "Tekniska förvaltningen"),
    Person(ASA, "Åsa Nordin", MARIESTAD, "Vård- och omsorgsförvaltningen"),
    Person(GORAN, "Göran Wikström", MARIESTAD, "Tekniska förvaltningen"),
    Person(ELIN, "Elin Gustafsson", MARIESTAD, "Stadsbiblioteket"),
    Person(EMMA, "Emma Nilsson", FALKOPING, "Korttidsboendet"),
    Person(DAVID, "David Persson", FALKOPING, "Tekniska förvaltningen"),
    Person(
        ULRIKA,
        "Ulrika Bergman",
        FALKOPING,
        "Socialförvaltningen",
        also=((SKARA, "Socialförvaltningen"),),
    ),
    Person(JAN, "Jan Axelsson", FALKOPING, "Korttidsboendet"),
    Person(LINNEA, "Linnea Jakobsson", SKARA, "Förskolan Solrosen"),
    Person(OSKAR, "Oskar Wallin", SKARA, "Kultur- och fritidsförvaltningen"),
    Person(JENNY, "Jenny Forsberg", SKARA, "Barn- och utbildningsförvaltningen"),
    Person(MONA, "Mona Karlberg", SKARA, "Förskolan Solrosen"),
    Person(NILS, "Nils Östberg", HELSINGBORG, "Vård- och omsorgsförvaltningen"),
    Person(AMIRA, "Amira Yousef", HELSINGBORG, "Hemtjänst Centrum"),
    Person(SARA, "Sara Abdi", HELSINGBORG, "Skol- och fritidsförvaltningen"),
    Person(JONAS, "Jonas Friberg", HELSINGBORG, "Stadsbyggnadsförvaltningen"),
    Person(PETER, "Peter Lindqvist", HELSINGBORG, "Stadsbiblioteket"),
    Person(OLA, "Ola Nyström", HELSINGBORG, "Skol- och fritidsförvaltningen"),
    Person(CAMILLA, "Camilla Rosén", HELSINGBORG, "Stadsledningsförvaltningen"),
    Person(DANIEL, "Daniel Mattsson", HELSINGBORG, "Skol- och fritidsförvaltningen"),
    Person(HENRIK, "Henrik Dahlberg", HELSINGBORG, "Vård- och omsorgsförvaltningen"),
    Person(
        MALIN, "Malin Ahlgren", HELSINGBORG, "Stadsledningsförvaltningen", organisation_admin=True
    ),
    Person(ROBERT, "Robert Sandell", HELSINGBORG, "Stadsledningsförvaltningen"),
    Person(EVA, "Eva Holmberg", HELSINGBORG, "Hemtjänst Centrum"),
    Person(MATS, "Mats Bergqvist", HELSINGBORG, "Kulturförvaltningen"),
)


@dataclass(frozen=True)
class SluiceSpec:
    slug: str
    name: str
    description: str
    members: tuple[str, ...]  # kommunkod
    first_response_days: int
    categories: tuple[str, ...]
    coaches: tuple[str, ...]
    # The first decision maker decides at the gates of ideas from organisations that have
    # none of their own.
    decision_makers: tuple[str, ...]
    admins: tuple[str, ...]
    analysts: tuple[str, ...]


SKARABORG = SluiceSpec(
    slug="skaraborg",
    name="Skaraborgs innovationssluss",
    description=(
        "Kommunernas gemensamma väg från idé till införd lösning. Medarbetare och chefer i "
        "Skövde, Lidköping, Mariestad, Falköping och Skara lämnar idéer och problem här. "
        "Idécoacherna svarar, hjälper till att utforska och testa, och styrgruppen beslutar "
        "vid varje grind. Det som fungerar i en kommun sprider vi till de andra."
    ),
    members=(SKOVDE, LIDKOPING, MARIESTAD, FALKOPING, SKARA),
    first_response_days=5,
    categories=(
        "Äldreomsorg",
        "Hemtjänst",
        "Skola och förskola",
        "Fritid och kultur",
        "Miljö och klimat",
        "Samhällsbyggnad",
        "Digitalisering",
        "Inköp och upphandling",
        "Arbetsmiljö",
    ),
    coaches=(MARIA, AHMED, JENNY),
    decision_makers=(HELENA, PER, GORAN),
    admins=(TOVE,),
    analysts=(ULRIKA,),
)

HELSINGBORG_SLUICE = SluiceSpec(
    slug="helsingborg",
    name="Helsingborgs idésluss",
    description=(
        "Helsingborgs stads idésluss tar emot idéer och problem från alla medarbetare i "
        "stadens förvaltningar. Du får svar inom en vecka, en idécoach som hjälper dig vidare "
        "och ett motiverat beslut vid varje steg – också när svaret är nej."
    ),
    members=(HELSINGBORG,),
    first_response_days=7,
    categories=(
        "Vård och omsorg",
        "Skola och fritid",
        "Stadsmiljö",
        "Kultur och bibliotek",
        "Miljö och klimat",
        "Digitalisering",
        "Arbetsmiljö",
    ),
    coaches=(CAMILLA, DANIEL),
    decision_makers=(HENRIK,),
    admins=(MALIN,),
    analysts=(ROBERT,),
)

SLUICES: tuple[SluiceSpec, ...] = (SKARABORG, HELSINGBORG_SLUICE)

# The log-ins printed after loading: (role, e-mail).
LOGINS: tuple[tuple[str, str], ...] = (
    ("Submitter (Skaraborg)", ANNA),
    ("Idea coach (Skaraborg)", MARIA),
    ("Decision maker (Skaraborg)", HELENA),
    ("Sluice administrator (Skaraborg)", TOVE),
    ("Analyst (Skaraborg)", ULRIKA),
    ("Idea coach (Helsingborg)", CAMILLA),
    ("Super-user", SUPERUSER),
)
