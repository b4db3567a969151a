"""Skaraborgs innovationssluss: ideas about procurement, digital services and the workplace."""

from .people import (
    AHMED,
    ANNA,
    ASA,
    DAVID,
    ELIN,
    EMMA,
    ERIK,
    FATIMA,
    HANNA,
    HASSAN,
    INGRID,
    JAN,
    JENNY,
    JOHAN,
    KARIN,
    LARS,
    LINNEA,
    MARIA,
    MIKAEL,
    MONA,
    OSKAR,
    PER,
    SOFIA,
)
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTED,
    IMPLEMENTING,
    SPREAD,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "skaraborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="e-signature",
        sluice=SLUICE,
        title="E-underskrift av avtal och delegationsbeslut",
        problem=(
            "Avtal och beslut skrivs ut, skickas med internpost eller vanlig post för "
            "underskrift och skannas sedan in igen. Ett enkelt avtal kan ta tre veckor att få "
            "påskrivet när någon är på semester. Papperen försvinner ibland på vägen."
        ),
        solution=(
            "Inför e-underskrift med BankID för avtal och beslut, kopplat till diariet så att "
            "underskrivna handlingar registreras automatiskt."
        ),
        beneficiaries=(
            "Alla som skriver avtal eller fattar beslut, och de företag och föreningar vi "
            "skriver avtal med."
        ),
        category="Digitalisering",
        submitter=KARIN,
        coach=MARIA,
        visibility="network",
        days_ago=500,
        days_in_stage=90,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner ett test på kommunledningsförvaltningen under tre "
                "månader. Arkivarien är med och ser till att handlingarna bevaras rätt.",
            ),
            (
                IMPLEMENTING,
                "Tiden för att få avtal påskrivna gick från i snitt 16 dagar till 2. "
                "Arkivfrågorna är lösta. E-underskrift införs i hela Skövde kommun.",
            ),
            (
                SPREADING,
                "Lidköping, Mariestad, Falköping och Skara vill också ha "
                "e-underskrift. Styrgruppen beslutar att sprida lösningen genom ett gemensamt "
                "avrop och en delad rutin.",
            ),
            (
                SPREAD,
                "Alla fem kommunerna använder nu e-underskrift för avtal och beslut. Idén "
                "är spridd.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Arkivarien kräver arkivbeständigt format (PDF/A) och att valideringen "
                "sparas med handlingen.",
                after=2,
                internal=True,
            ),
            Note(
                SUBMITTER,
                "Två kommuner utanför slussen har frågat efter vår rutin. Får jag dela den?",
                after=4,
            ),
            Note(COACH, "Absolut, dela gärna! Det är så vi vill att det ska fungera.", after=4),
        ),
        supporters=(LARS, ANNA, ERIK, INGRID, EMMA, OSKAR, DAVID),
    ),
    IdeaSpec(
        key="food-procurement",
        sluice=SLUICE,
        title="Dela upp livsmedelsupphandlingen så att lokala producenter kan lämna anbud",
        problem=(
            "Vår livsmedelsupphandling är så stor att bara de största grossisterna kan lämna "
            "anbud. Lokala producenter av mjölk, potatis och kött i Skaraborg kan inte vara "
            "med, trots att de finns några kilometer från våra kök. Vi kör maten långt och vet "
            "mindre om hur den är producerad."
        ),
        solution=(
            "Dela upp upphandlingen i mindre delar per varugrupp och område, och ställ krav på "
            "leveranser som lokala producenter kan klara."
        ),
        beneficiaries=("Eleverna och de äldre som äter maten, lokala företag och klimatet."),
        category="Inköp och upphandling",
        submitter=SOFIA,
        coach=AHMED,
        visibility="network",
        days_ago=340,
        days_in_stage=120,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                HANDED_OVER,
                "Idén passar inte att testa i slussen, eftersom den gäller hur "
                "upphandlingen görs. Vi överlämnar den till den gemensamma "
                "upphandlingsfunktionen, som tar med uppdelning i mindre delar och en dialog med "
                "lokala producenter när nästa livsmedelsupphandling förbereds. Sofia bjuds in "
                "till referensgruppen.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Vi har ordnat ett möte med tre lokala producenter. Vad vill du att vi frågar dem?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Hur stora volymer de klarar, och om de kan leverera två gånger i "
                "veckan till centralköket.",
                after=2,
            ),
        ),
        supporters=(HANNA, ERIK, HASSAN, JOHAN, JAN),
    ),
    IdeaSpec(
        key="furniture-reuse",
        sluice=SLUICE,
        title="Internt återbruk av kontorsmöbler mellan förvaltningar",
        problem=(
            "När en förvaltning flyttar eller gör om sina kontor slängs ofta fullt fungerande "
            "möbler, samtidigt som en annan förvaltning köper nytt. Ingen vet vad som finns. "
            "Förra året köpte kommunen kontorsmöbler för flera miljoner kronor."
        ),
        solution=(
            "En intern återbrukssida där möbler läggs upp med bild, och ett förråd där "
            "fastighetsavdelningen mellanlagrar. Nya möbler köps bara om inget passande finns."
        ),
        beneficiaries="Alla förvaltningar, kommunens ekonomi och klimatet.",
        category="Inköp och upphandling",
        submitter=MIKAEL,
        coach=MARIA,
        days_ago=280,
        days_in_stage=60,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner ett halvårstest med ett förråd i tekniska "
                "förvaltningens lokaler och en enkel återbrukssida på intranätet.",
            ),
            (
                IMPLEMENTING,
                "På ett halvår har 340 möbler fått nytt hem, och kommunen har "
                "undvikit inköp för omkring 800 000 kronor. Styrgruppen beslutar att återbruket "
                "blir permanent och att inköpsriktlinjen ändras.",
            ),
            (
                IMPLEMENTED,
                "Återbrukssidan och förrådet ingår nu i fastighetsavdelningens "
                "ordinarie uppdrag, och inköpsriktlinjen säger: återbruk först. Införd.",
            ),
        ),
        notes=(
            Note(COACH, "Vem kan sköta transporterna mellan förvaltningarna?", after=2),
            Note(
                SUBMITTER,
                "Arbetsmarknadsenheten har en flyttgrupp som gärna tar uppdraget.",
                after=2,
            ),
        ),
        supporters=(ELIN, ASA, INGRID),
    ),
    IdeaSpec(
        key="ai-minutes",
        sluice=SLUICE,
        title="AI-stöd som skriver protokoll från arbetsplatsträffar",
        problem=(
            "Att skriva protokoll från arbetsplatsträffar tar en timme eller mer varje gång, "
            "och ofta blir det gjort sent. De som missat mötet får vänta på informationen. Det "
            "är tid som skulle kunna läggas på verksamheten."
        ),
        solution=(
            "Spela in mötet och låt en AI-tjänst skriva ett förslag till protokoll som "
            "sekreteraren går igenom."
        ),
        beneficiaries="Chefer och sekreterare, och medarbetare som inte var på mötet.",
        category="Digitalisering",
        submitter=OSKAR,
        coach=JENNY,
        days_ago=210,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                CLOSED,
                "Styrgruppen har bedömt idén tillsammans med informationssäkerhets"
                "samordnaren. Att spela in möten och skicka ljudet till en molntjänst kräver en "
                "rättslig grund, samtycke från alla deltagare och avtal som vi inte har i dag. "
                "Kommunerna i Skaraborg tar fram gemensamma riktlinjer för AI under året. Vi "
                "avslutar idén nu och tar upp den igen när riktlinjerna finns. Tack Oskar – idén "
                "har varit ett bra exempel i det arbetet.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Sparas anteckningarna från arbetsplatsträffarna i något system i dag?",
                after=2,
            ),
            Note(SUBMITTER, "Nej, i ett Worddokument på den gemensamma ytan.", after=2),
        ),
        supporters=(MONA, LINNEA),
    ),
    IdeaSpec(
        key="city-app",
        sluice=SLUICE,
        title="En egen app för alla kommunens e-tjänster",
        problem=(
            "Invånarna hittar inte kommunens e-tjänster på webbplatsen. De ringer i stället och "
            "frågar hur man gör en felanmälan eller söker bygglov. Många säger att de hellre "
            "använder en app."
        ),
        solution=(
            "En app för Lidköpings kommun där alla e-tjänster finns samlade, med notiser om "
            "ärendets status."
        ),
        beneficiaries="Invånare och kontaktcenter.",
        category="Digitalisering",
        submitter=ERIK,
        coach=AHMED,
        days_ago=190,
        steps=(
            ASSESSMENT,
            (
                CLOSED,
                "Tack Erik. Vi håller med om problemet, men en egen app skulle kosta "
                "mycket att utveckla och förvalta, och andra kommuners erfarenhet är att få "
                "invånare laddar ner kommunala appar. Vi avslutar därför idén i slussen. Din poäng "
                "om att e-tjänsterna är svåra att hitta går vidare till webbredaktionen, som gör "
                "om startsidan under året och ser till att e-tjänsterna fungerar bra i mobilen.",
            ),
        ),
        notes=(
            Note(COACH, "Vilka e-tjänster frågar invånarna mest om, tror du?", after=1),
            Note(SUBMITTER, "Felanmälan, bygglov och hämtning av grovavfall.", after=1),
        ),
        supporters=(SOFIA,),
    ),
    IdeaSpec(
        key="recovery-room",
        sluice=SLUICE,
        title="Ett rum för återhämtning på stora arbetsplatser",
        problem=(
            "På vårt boende arbetar över 60 personer, men det finns ingen plats att vara ifred "
            "en stund. Personalrummet är alltid fullt och högljutt. Efter svåra situationer, "
            "som ett dödsfall, har man ingenstans att gå."
        ),
        solution=(
            "Gör om ett förråd till ett litet återhämtningsrum med fåtölj, dämpat ljus och "
            "ljudisolering, som vem som helst får använda en kvart."
        ),
        beneficiaries="Personalen på boendet.",
        category="Arbetsmiljö",
        submitter=FATIMA,
        coach=MARIA,
        visibility="private",
        days_ago=90,
        days_in_stage=60,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Fastighetsavdelningen har tittat på förrådet vid avdelning 3. Det går "
                "att ljudisolera för en rimlig kostnad.",
                after=2,
            ),
            Note(
                PER,
                "Positivt. Kan finansieras med arbetsmiljömedlen om skyddsombudet är med.",
                after=2,
                internal=True,
            ),
        ),
    ),
)
