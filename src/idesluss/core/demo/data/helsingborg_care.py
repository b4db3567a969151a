"""Helsingborgs idésluss: ideas from care and home care."""

from .people import AMIRA, CAMILLA, EVA, JONAS, MATS, NILS, PETER, SARA
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    DECIDER,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTED,
    IMPLEMENTING,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "helsingborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="safe-homecoming",
        sluice=SLUICE,
        title="Trygg hemgång: besök samma dag som man kommer hem från sjukhuset",
        problem=(
            "När äldre skrivs ut från sjukhuset kommer de ofta hem på eftermiddagen, och "
            "hemtjänsten hinner inte besöka dem förrän nästa dag. Den första natten hemma är "
            "otrygg, och flera har fått åka tillbaka till akuten. Informationen från sjukhuset "
            "når oss inte alltid i tid."
        ),
        solution=(
            "Ett team för trygg hemgång som besöker alla som skrivs ut samma dag, går igenom "
            "läkemedel och hjälpmedel och kommer tillbaka så ofta som behövs de första dygnen."
        ),
        beneficiaries=("Äldre som kommer hem från sjukhuset, deras anhöriga och akutmottagningen."),
        category="Vård och omsorg",
        submitter=NILS,
        coach=CAMILLA,
        visibility="network",
        days_ago=430,
        days_in_stage=40,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test i ett hemtjänstområde i sex månader, med "
                "ett team på tre personer. Vi följer återinskrivningar inom 30 dagar och "
                "brukarnas upplevelse.",
            ),
            (
                IMPLEMENTING,
                "Återinskrivningarna inom 30 dagar minskade från 18 till 9 procent "
                "i testområdet, och brukarna beskriver första natten som trygg. Styrgruppen "
                "beslutar att införa trygg hemgång i hela hemtjänsten.",
            ),
            (
                SPREADING,
                "Införandet är klart i alla områden i staden. Regionen och två "
                "grannkommuner har frågat efter arbetssättet. Styrgruppen beslutar att sprida "
                "det: Nils och teamet dokumenterar rutinerna och tar emot studiebesök.",
            ),
        ),
        notes=(
            Note(COACH, "Hur många skrivs ut till ditt område en vanlig vecka?", after=1),
            Note(
                SUBMITTER,
                "Fem till åtta personer. Nästan alla kommer hem efter klockan 14.",
                after=1,
            ),
            Note(
                DECIDER,
                "Teamet kan finansieras inom omställningen till nära vård.",
                after=3,
                internal=True,
            ),
            Note(COACH, "Grattis Nils! Höganäs kommer på studiebesök nästa månad.", after=5),
        ),
        supporters=(AMIRA, EVA, MATS, SARA, JONAS),
    ),
    IdeaSpec(
        key="digital-coffee",
        sluice=SLUICE,
        title="Digital fika för äldre som är ensamma",
        problem=(
            "Många brukare i hemtjänsten träffar ingen annan än personalen. Under vintern går "
            "de knappt ut. De som förut gick till träffpunkten orkar inte längre ta sig dit."
        ),
        solution=(
            "En surfplatta med enkel uppkoppling där brukarna kan vara med på en digital fika "
            "två gånger i veckan, ledd av personal från träffpunkten."
        ),
        beneficiaries="Ensamma äldre i hemtjänsten och personalen på träffpunkterna.",
        category="Vård och omsorg",
        submitter=AMIRA,
        coach=CAMILLA,
        days_ago=400,
        days_in_stage=110,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner ett test med tolv surfplattor och två fikagrupper "
                "under tre månader. Vi frågar deltagarna hur de upplever ensamheten före och "
                "efter.",
            ),
            (
                IMPLEMENTING,
                "Tio av tolv deltagare vill fortsätta, och flera har fått nya "
                "kontakter som de ringer även utanför fikat. Styrgruppen beslutar att digital fika "
                "blir en ordinarie del av träffpunkternas verksamhet.",
            ),
            (
                IMPLEMENTED,
                "Digital fika finns nu i fyra grupper och ingår i träffpunkternas "
                "ordinarie program. Införd.",
            ),
        ),
        notes=(
            Note(COACH, "Hur har det gått för dem som aldrig använt en surfplatta?", after=3),
            Note(
                SUBMITTER,
                "Bättre än vi trodde! Plattorna visar bara fikarummet. En dam på "
                "94 är med varje gång.",
                after=3,
            ),
        ),
        supporters=(EVA, NILS, PETER),
    ),
    IdeaSpec(
        key="incontinence-products",
        sluice=SLUICE,
        title="Inkontinensskydd med bättre passform i nästa upphandling",
        problem=(
            "De inkontinensskydd vi har i dag finns i för få storlekar och läcker ofta för "
            "brukare som rör sig mycket eller ligger mest i sängen. Vi byter sängkläder flera "
            "gånger per natt, och brukarna får sår. Det är ovärdigt och tar mycket tid."
        ),
        solution=(
            "Ställ krav på fler storlekar och bättre passform i nästa upphandling, och låt "
            "personal och brukare testa produkterna innan avtalet tecknas."
        ),
        beneficiaries="Brukare med inkontinens, nattpersonalen och tvätteriet.",
        category="Vård och omsorg",
        submitter=NILS,
        coach=CAMILLA,
        days_ago=350,
        days_in_stage=150,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                HANDED_OVER,
                "Inkontinensskydd upphandlas gemensamt med regionen, så ett test i "
                "slussen skulle inte ändra avtalet. Vi överlämnar idén till upphandlingsenheten, "
                "som tar med krav på fler storlekar och användartester i förfrågan inför nästa "
                "avtalsperiod. Nils är utsedd till referensperson för hemtjänsten.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Kan du och kollegorna föra en enkel logg i två veckor över hur ofta "
                "skydden läcker?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Klart! 43 läckage på två veckor hos nio brukare. Loggen finns hos min chef.",
                after=2,
            ),
        ),
        supporters=(AMIRA, EVA),
    ),
    IdeaSpec(
        key="homecare-parking",
        sluice=SLUICE,
        title="Gratis parkering för hemtjänsten i innerstaden",
        problem=(
            "Hemtjänstens bilar får parkeringsböter i innerstaden, trots att vi är på väg till "
            "brukare. Personalen betalar ibland själva för att slippa diskussionen. Vi kör runt "
            "och letar lediga platser i stället för att vara hos brukarna."
        ),
        solution="Låt hemtjänstens bilar parkera gratis på alla platser i innerstaden.",
        category="Vård och omsorg",
        submitter=AMIRA,
        coach=CAMILLA,
        days_ago=300,
        days_in_stage=230,
        steps=(
            ASSESSMENT,
            (
                CLOSED,
                "Tack Amira. Vi har undersökt frågan med parkeringsenheten: hemtjänsten "
                "har redan ett tillstånd som gäller på gatumark, men inte på de privata "
                "parkeringar där de flesta avgifterna kommer ifrån. Staden bestämmer inte över "
                "privata parkeringsbolag, så vi avslutar idén i slussen. Parkeringsenheten har "
                "lovat en kontaktperson som hjälper hemtjänsten att bestrida felaktiga avgifter, "
                "och din chef har fått rutinen. Om fler besök i centrum kan göras till fots eller "
                "med cykel vill vi gärna titta på det – skicka in det som en egen idé!",
            ),
        ),
        notes=(
            Note(
                COACH, "Var får ni flest avgifter, på gatan eller på privata parkeringar?", after=1
            ),
            Note(
                SUBMITTER,
                "Mest vid flerfamiljshusen, på parkeringar som ägs av bostadsbolagen.",
                after=1,
            ),
        ),
        supporters=(EVA, NILS),
    ),
    IdeaSpec(
        key="night-camera",
        sluice=SLUICE,
        title="Digital tillsyn med kamera nattetid för den som vill",
        problem=(
            "Nattpatrullen åker ut till brukare enbart för att titta till dem, ofta flera "
            "gånger per natt. Besöket väcker många, och de som bor långt ut får vänta. Flera "
            "brukare säger själva att de hellre skulle slippa besöken."
        ),
        solution=(
            "Digital tillsyn med en kamera som bara slås på vid tillsynstiden, efter samtycke, "
            "så att personalen kan titta till brukaren på distans."
        ),
        beneficiaries=(
            "Brukare som vill sova ostört, nattpatrullen, och brukare som får mer tid vid de "
            "besök som behövs."
        ),
        category="Vård och omsorg",
        submitter=NILS,
        coach=CAMILLA,
        days_ago=190,
        days_in_stage=50,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test med 25 brukare i två hemtjänstområden "
                "under fyra månader. Varje brukare lämnar skriftligt samtycke och kan avsluta när "
                "som helst. Vi följer antal besök, brukarnas upplevelse och nattpatrullens "
                "körsträcka.",
            ),
        ),
        notes=(
            Note(COACH, "Nils, vad tror du brukarna oroar sig mest för med en kamera?", after=1),
            Note(
                SUBMITTER,
                "Att någon ska titta när de inte vet om det. Det måste synas tydligt "
                "när kameran är på.",
                after=1,
            ),
            Note(
                DECIDER,
                "Konsekvensbedömningen enligt dataskyddsförordningen ska vara klar "
                "innan testet startar.",
                after=2,
                internal=True,
            ),
            Note(COACH, "Nu har 19 brukare tackat ja. Testet startar på måndag.", after=3),
        ),
        supporters=(AMIRA, EVA),
    ),
    IdeaSpec(
        key="e-bikes",
        sluice=SLUICE,
        title="Elcyklar i stället för bil i hemtjänsten i centrum",
        problem=(
            "I centrala Helsingborg tar det längre tid att hitta parkering än att köra till "
            "brukaren. Vi får parkeringsavgifter trots tillstånd och kör runt i kvarteret "
            "mellan besöken. Bilarna kostar mycket och står still i köer."
        ),
        solution=(
            "Elcyklar med låsbar låda och regnkläder för personalen i centrumområdet. Bilarna "
            "används bara för de längre sträckorna."
        ),
        beneficiaries="Personalen, brukarna som får besök i tid, och miljön.",
        category="Miljö och klimat",
        submitter=AMIRA,
        coach=CAMILLA,
        days_ago=160,
        days_in_stage=45,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test med åtta elcyklar under ett halvår i "
                "Hemtjänst Centrum. Vi jämför tiden mellan besöken, kostnaderna och "
                "sjukfrånvaron, och frågar personalen hur det fungerar när det regnar.",
            ),
        ),
        notes=(
            Note(COACH, "Hur många i gruppen kan tänka sig att cykla?", after=2),
            Note(
                SUBMITTER,
                "Vi frågade på arbetsplatsträffen: 14 av 20. Några vill gå en cykelkurs först.",
                after=2,
            ),
            Note(COACH, "Cyklarna är levererade och cykelkursen är bokad till tisdag.", after=3),
        ),
        supporters=(EVA, NILS, JONAS),
    ),
    IdeaSpec(
        key="conversation-friends",
        sluice=SLUICE,
        title="Samtalsvänner från gymnasiet för äldre som är ensamma",
        problem=(
            "Många av de äldre vi träffar säger att ensamheten är det svåraste. Hemtjänstens "
            "besök är korta och handlar om praktiska saker. Anhöriga bor ofta långt bort, och "
            "volontärerna räcker inte till."
        ),
        solution=(
            "Gymnasieelever som läser vård och omsorg blir samtalsvänner till äldre, med ett "
            "besök eller samtal i veckan som en del av utbildningen."
        ),
        beneficiaries=(
            "Ensamma äldre, gymnasieeleverna, och vården och omsorgen som behöver rekrytera."
        ),
        category="Vård och omsorg",
        submitter=NILS,
        coach=CAMILLA,
        days_ago=95,
        days_in_stage=60,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Vård- och omsorgsprogrammet på en av gymnasieskolorna vill vara med. "
                "Vilka brukare tror du skulle uppskatta det mest?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "De som bor ensamma och har få anhöriga. Jag kan fråga ett tiotal på min rutt.",
                after=2,
            ),
            Note(
                DECIDER,
                "Stäm av sekretessen med juristen innan eleverna får veta vilka som har hemtjänst.",
                after=2,
                internal=True,
            ),
        ),
        supporters=(AMIRA, EVA, SARA),
    ),
    IdeaSpec(
        key="single-sign-on",
        sluice=SLUICE,
        title="En inloggning för alla system i hemtjänstens mobiler",
        problem=(
            "I hemtjänstens mobiler loggar vi in i fem olika appar med olika lösenord: "
            "dokumentation, larm, nycklar, schema och läkemedel. Lösenorden byts var tredje "
            "månad och alltid är någon utelåst. Varje inloggning tar tid mitt i ett besök."
        ),
        solution=(
            "En gemensam inloggning med e-legitimation i mobilen, så att man bara loggar in en "
            "gång per pass."
        ),
        beneficiaries="Personalen i hemtjänsten, IT-supporten och brukarna som får mer tid.",
        category="Digitalisering",
        submitter=AMIRA,
        coach=CAMILLA,
        days_ago=20,
        days_in_stage=14,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Jag har bokat en träff med stadens IT-avdelning. Vilka appar krånglar mest?",
                after=1,
            ),
            Note(
                SUBMITTER,
                "Larmappen och dokumentationen – de loggar ut oss efter fem minuter.",
                after=1,
            ),
        ),
        supporters=(EVA, NILS),
    ),
    IdeaSpec(
        key="lifting-films",
        sluice=SLUICE,
        title="Korta filmer om förflyttningsteknik i mobilen",
        problem=(
            "Vi lär oss förflyttningsteknik på en utbildningsdag vartannat år, men när vi står "
            "hemma hos en brukare med en ny lift eller en ovanlig säng minns vi inte hur vi ska "
            "göra. Då lyfter vi fel och får ont. Arbetsterapeuten hinner inte komma ut varje "
            "gång."
        ),
        solution=(
            "Korta filmer, en till två minuter, där arbetsterapeuten visar de vanligaste "
            "förflyttningarna och hjälpmedlen. Filmerna nås via en QR-kod på hjälpmedlet."
        ),
        beneficiaries=(
            "Personalen i hemtjänsten, och brukarna som blir tryggare vid förflyttningar."
        ),
        category="Arbetsmiljö",
        submitter=AMIRA,
        visibility="private",
        days_ago=16,
    ),
)
