"""Helsingborgs idésluss: ideas from schools and school restaurants."""

from .people import DANIEL, EVA, JONAS, MATS, OLA, SARA
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    EXPLORING,
    IMPLEMENTED,
    IMPLEMENTING,
    MERGED,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "helsingborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="taste-portions",
        sluice=SLUICE,
        title="Smakportioner och mindre tallrikar mot matsvinn i skolrestaurangen",
        problem=(
            "Eleverna tar stora portioner av rätter de inte känner till, smakar och slänger "
            "resten. Tallrikssvinnet är den största delen av vårt matsvinn. Att säga åt dem att "
            "ta mindre hjälper inte."
        ),
        solution=(
            "Låt eleverna ta en smakportion av nya rätter först och erbjud mindre tallrikar. "
            "Sätt upp en skylt: ta hellre två gånger."
        ),
        beneficiaries="Eleverna, skolrestaurangens ekonomi och klimatet.",
        category="Miljö och klimat",
        submitter=OLA,
        coach=DANIEL,
        visibility="public",
        days_ago=370,
        days_in_stage=150,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Ett enkelt och billigt grepp med stöd i forskningen om matsvinn. Vi "
                "utforskar hur effekten kan mätas utan extra arbete för köket.",
            ),
            (
                TESTING,
                "Styrgruppen godkänner ett test i två skolrestauranger under sex veckor. "
                "Vi väger tallrikssvinnet före och under testet.",
            ),
            (
                IMPLEMENTING,
                "Tallrikssvinnet minskade med 30 procent i båda restaurangerna. "
                "Styrgruppen beslutar att alla stadens skolrestauranger inför smakportioner och "
                "mindre tallrikar.",
            ),
            (
                IMPLEMENTED,
                "Alla skolrestauranger i staden har nu smakportioner och mindre "
                "tallrikar, och svinnet följs upp varje månad. Införd.",
            ),
        ),
        notes=(
            Note(COACH, "Vilken rätt hade mest svinn före testet?", after=3),
            Note(
                SUBMITTER,
                "Fiskgratängen, utan tvekan. Nu tar eleverna en smakbit först, och "
                "många kommer tillbaka för mer.",
                after=3,
            ),
        ),
        supporters=(SARA, MATS, EVA, JONAS),
    ),
    IdeaSpec(
        key="substitute-intro",
        sluice=SLUICE,
        title="Gemensam introduktion för vikarier i skolan",
        problem=(
            "Vikarier kommer till våra skolor utan att veta var utrymningsvägarna finns, hur "
            "man tar närvaro eller vilka elever som behöver särskilt stöd. Varje skola har sin "
            "egen pärm som sällan är uppdaterad. Det blir otryggt för både vikarien och "
            "eleverna."
        ),
        solution=(
            "En gemensam digital introduktion för alla vikarier i staden, med en kort del för "
            "varje skola som rektorn håller uppdaterad. Vikarien går igenom den före första "
            "passet."
        ),
        beneficiaries=(
            "Vikarier, elever och lärarna som slipper ta emot vikarien mitt i lektionen."
        ),
        category="Arbetsmiljö",
        submitter=SARA,
        coach=DANIEL,
        days_ago=240,
        days_in_stage=35,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner ett test på fem skolor under en termin. Vi frågar "
                "vikarierna och rektorerna efter varje vecka.",
            ),
            (
                IMPLEMENTING,
                "Vikarierna i testet kände sig betydligt tryggare, och rektorerna "
                "fick färre frågor. Styrgruppen beslutar att den digitala introduktionen blir "
                "obligatorisk för alla vikarier i staden från nästa läsår.",
            ),
        ),
        notes=(
            Note(COACH, "Vad är det viktigaste en vikarie måste veta första timmen?", after=2),
            Note(
                SUBMITTER,
                "Var utrymningsvägarna finns, hur man tar närvaro och vem man "
                "ringer om något händer.",
                after=2,
            ),
        ),
        supporters=(OLA, MATS, EVA),
    ),
    IdeaSpec(
        key="school-nurse-chat",
        sluice=SLUICE,
        title="Chatt med skolsköterskan för elever som inte vill gå dit",
        problem=(
            "Många elever drar sig för att gå till skolsköterskan, eftersom alla i korridoren "
            "ser det. De väntar med frågor om psykisk hälsa och kroppen, eller googlar i "
            "stället. Vi lärare får ibland frågorna och vet inte alltid vad vi ska svara."
        ),
        solution="En anonym chatt med skolsköterskan några timmar i veckan.",
        beneficiaries="Elever i högstadiet.",
        category="Skola och fritid",
        submitter=SARA,
        coach=DANIEL,
        days_ago=200,
        days_in_stage=150,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                CLOSED,
                "Tack Sara för en viktig idé. Vi har gått igenom den med elevhälsans "
                "ledning. En chatt med skolsköterskan kräver säker identifiering och "
                "journalföring, vilket gör anonymitet svår, och UMO och 1177 erbjuder redan chatt "
                "för unga. Vi avslutar därför idén här. Elevhälsan informerar i stället alla "
                "elever om UMO:s chatt och inför drop in-tider hos skolsköterskan på fler skolor, "
                "så att det blir lättare att gå dit.",
            ),
        ),
        notes=(
            Note(COACH, "Har eleverna sagt något om vilka tider som skulle passa?", after=2),
            Note(SUBMITTER, "På kvällen, när de är hemma och har tid att tänka.", after=2),
        ),
        supporters=(OLA,),
    ),
    IdeaSpec(
        key="classroom-air",
        sluice=SLUICE,
        title="Sensorer som visar luftkvaliteten i klassrummen",
        problem=(
            "Efter lunch blir luften i våra klassrum dålig, och eleverna blir trötta och "
            "okoncentrerade. Vi vet inte om ventilationen fungerar som den ska eller om det bara "
            "är för många i rummet. Felanmälningar om ventilationen ger sällan något."
        ),
        solution=(
            "Koldioxidsensorer i klassrummen som visar med färg när det är dags att vädra och "
            "samtidigt ger fastighetsförvaltningen data om ventilationen."
        ),
        beneficiaries="Elever och lärare, och fastighetsförvaltningen.",
        category="Skola och fritid",
        submitter=SARA,
        coach=DANIEL,
        visibility="network",
        days_ago=70,
        days_in_stage=40,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Fastighetsförvaltningen har redan sensorer på två skolor. Vi får låna "
                "deras data – spännande!",
                after=2,
            ),
            Note(SUBMITTER, "Toppen! Kan vi få se vår skola jämfört med deras?", after=2),
            Note(
                COACH,
                "30 sensorer kostar cirka 45 000 kronor. Diskutera delad finansiering "
                "med fastighetsförvaltningen.",
                after=2,
                internal=True,
            ),
        ),
        supporters=(OLA, MATS),
    ),
    IdeaSpec(
        key="lunch-preorder",
        sluice=SLUICE,
        title="Eleverna väljer lunchrätt dagen innan",
        problem=(
            "I vår skolrestaurang lagar vi två rätter varje dag utan att veta hur många som "
            "väljer vilken. Den ena tar slut, den andra blir över och slängs. Vi räknar med att "
            "vi lagar omkring 15 procent för mycket."
        ),
        solution=(
            "Låt eleverna välja rätt dagen innan i skolans app eller på en skärm i matsalen. "
            "Köket lagar efter förhandsvalen, med en liten marginal."
        ),
        beneficiaries="Eleverna, kökspersonalen och miljön.",
        category="Skola och fritid",
        submitter=OLA,
        coach=DANIEL,
        days_ago=15,
        days_in_stage=9,
        steps=(ASSESSMENT,),
        notes=(
            Note(COACH, "Ola, hur många elever äter i er restaurang en vanlig dag?", after=1),
            Note(SUBMITTER, "Runt 650. Mest svinn blir det på fredagar.", after=1),
        ),
        supporters=(SARA, MATS),
    ),
    IdeaSpec(
        key="lunch-app",
        sluice=SLUICE,
        title="Förbeställ skollunchen i appen",
        problem=(
            "Min klass klagar ofta på att rätten de ville ha är slut när de kommer till "
            "matsalen sist av alla. Då äter de bara knäckebröd. Samtidigt ser jag att mycket "
            "mat slängs."
        ),
        solution="En funktion i skolappen där eleverna förbeställer sin lunch.",
        beneficiaries="Eleverna som äter sist.",
        category="Skola och fritid",
        submitter=SARA,
        coach=DANIEL,
        days_ago=10,
        days_in_stage=6,
        steps=(
            ASSESSMENT,
            (
                MERGED,
                "Tack Sara! Ola i skolrestaurangen har lämnat en idé om samma sak: att "
                "eleverna väljer rätt dagen innan. Vi slår ihop idéerna, så att vi bara utreder en "
                "lösning. Din poäng om att de som äter sist också ska få välja är viktig och tas "
                "med.",
            ),
        ),
        merged_into="lunch-preorder",
        supporters=(OLA,),
    ),
    IdeaSpec(
        key="after-school-absence",
        sluice=SLUICE,
        title="Digital frånvaroanmälan även för fritidshemmet",
        problem=(
            "Vårdnadshavare anmäler frånvaro från skolan digitalt, men frånvaro från fritids "
            "måste de fortfarande ringa in eller skriva på en lapp. Många glömmer, och "
            "personalen letar efter barn som redan har gått hem. Det tar tid och skapar oro."
        ),
        solution=(
            "Lägg till fritidshemmet i den digitala frånvaroanmälan, så att personalen ser i "
            "sin lista vilka barn som inte kommer."
        ),
        beneficiaries="Vårdnadshavare, barnen och fritidspersonalen.",
        category="Skola och fritid",
        submitter=SARA,
        days_ago=1,
        supporters=(OLA,),
    ),
)
