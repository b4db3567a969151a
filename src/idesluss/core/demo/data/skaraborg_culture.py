"""Skaraborgs innovationssluss: ideas from libraries, culture and leisure."""

from .people import (
    ASA,
    ELIN,
    EMMA,
    FATIMA,
    INGRID,
    JAN,
    JENNY,
    LINNEA,
    MARIA,
    MIKAEL,
    MONA,
    OSKAR,
    ULRIKA,
)
from .spec import (
    ASSESSMENT,
    COACH,
    DECIDER,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTED,
    IMPLEMENTING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "skaraborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="leisure-bank",
        sluice=SLUICE,
        title="Fritidsbank där barn och vuxna lånar friluftsutrustning gratis",
        problem=(
            "Skidor, skridskor, tält och flytvästar kostar mycket, och barn växer ur dem "
            "snabbt. Familjer som inte har råd står utanför när skolan har friluftsdag eller "
            "kompisarna åker skridskor. Samtidigt står mängder av utrustning oanvänd i förråd."
        ),
        solution=(
            "En fritidsbank, som i många andra kommuner, där utrustning skänks och lånas ut "
            "gratis i två veckor. Den kan drivas tillsammans med en förening och "
            "arbetsmarknadsenheten."
        ),
        beneficiaries=(
            "Barn och familjer med små marginaler, skolor och föreningar. Miljön, när saker "
            "används mer."
        ),
        category="Fritid och kultur",
        submitter=OSKAR,
        coach=JENNY,
        visibility="public",
        days_ago=480,
        days_in_stage=150,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Fritidsbanken är ett etablerat koncept i många kommuner. Vi utforskar "
                "lokal, samarbetspartner och hur den kan bemannas.",
            ),
            (
                TESTING,
                "Styrgruppen godkänner att fritidsbanken öppnar på prov i ett halvår i "
                "lokalen vid idrottshallen, bemannad genom arbetsmarknadsenheten. Vi följer "
                "antalet lån och besökare.",
            ),
            (
                IMPLEMENTING,
                "Över 1 400 lån under första halvåret, och skolorna lånar till "
                "friluftsdagarna. Styrgruppen beslutar att fritidsbanken blir permanent.",
            ),
            (
                IMPLEMENTED,
                "Fritidsbanken har nu fasta öppettider och egen budget och drivs "
                "tillsammans med en lokal förening. Idén är införd.",
            ),
        ),
        notes=(
            Note(
                COACH, "Har du pratat med någon förening som kan tänka sig att vara med?", after=1
            ),
            Note(
                SUBMITTER,
                "Friluftsfrämjandet är intresserade, och arbetsmarknadsenheten kan bemanna.",
                after=1,
            ),
        ),
        supporters=(MONA, LINNEA, JAN, ULRIKA, EMMA),
    ),
    IdeaSpec(
        key="meroppet-lyrestad",
        sluice=SLUICE,
        title="Meröppet bibliotek i Lyrestad",
        problem=(
            "Filialen i Lyrestad har bara öppet två eftermiddagar i veckan. De som arbetar "
            "eller går i skolan hinner inte dit, och utlåningen minskar för varje år. Det finns "
            "en risk att filialen läggs ner."
        ),
        solution=(
            "Meröppet: låntagare som har skrivit avtal kan gå in med lånekort och kod även när "
            "personal inte är på plats, till exempel 7–21 alla dagar, med självbetjäning för "
            "lån och återlämning."
        ),
        beneficiaries="Boende i Lyrestad med omnejd, särskilt barnfamiljer och pendlare.",
        category="Fritid och kultur",
        submitter=INGRID,
        coach=JENNY,
        visibility="network",
        days_ago=390,
        days_in_stage=200,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                HANDED_OVER,
                "Meröppet är ett beprövat arbetssätt som inte behöver testas i "
                "slussen. Vi överlämnar idén till kultur- och fritidsförvaltningen, som tar in "
                "meröppet i Lyrestad i verksamhetsplanen och budgeten för nästa år, med Ingrid som "
                "projektledare. Slussens underlag om kostnader och andra kommuners erfarenheter "
                "följer med.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Jag har pratat med två kommuner som har meröppet på mindre orter. "
                "Båda säger att larm och kameror var den största kostnaden.",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Lokalen i Lyrestad har redan larm, så vi kanske klarar oss billigare.",
                after=2,
            ),
        ),
        supporters=(ELIN, MIKAEL),
    ),
    IdeaSpec(
        key="library-lockers",
        sluice=SLUICE,
        title="Uthämtningsskåp för reserverade böcker",
        problem=(
            "Många låntagare hinner inte till biblioteket under öppettiderna för att hämta sina "
            "reservationer. Böckerna står på hyllan i en vecka och går sedan tillbaka, och "
            "nästa person i kön får vänta. På lördagar är det lång kö bara för att hämta."
        ),
        solution=(
            "Skåp utanför biblioteket där reserverade böcker kan hämtas dygnet runt med "
            "lånekortet och en kod i sms."
        ),
        beneficiaries="Låntagare som arbetar dagtid, barnfamiljer, och personalen vid disken.",
        category="Fritid och kultur",
        submitter=INGRID,
        coach=MARIA,
        days_ago=330,
        days_in_stage=60,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner ett test med ett hyrt skåp vid stadsbiblioteket i "
                "sex månader. Vi följer hur många reservationer som hämtas i skåpet och hur många "
                "som går tillbaka ohämtade.",
            ),
            (
                IMPLEMENTING,
                "Under testet hämtades 38 procent av reservationerna i skåpet, och "
                "andelen ohämtade halverades. Skåpet köps in och blir permanent. Nästa steg är att "
                "se om fler filialer ska få skåp.",
            ),
        ),
        notes=(
            Note(COACH, "Hur har låntagarna tagit emot skåpet?", after=3),
            Note(
                SUBMITTER,
                "Över förväntan. Många säger att de lånar mer nu när de slipper passa tider.",
                after=3,
            ),
        ),
        supporters=(ELIN, MIKAEL, ASA),
    ),
    IdeaSpec(
        key="leisure-card",
        sluice=SLUICE,
        title="Prova-på-kort för barn som inte är med i någon förening",
        problem=(
            "Många barn i Skara, särskilt i familjer med små marginaler eller som är nya i "
            "Sverige, deltar inte i någon fritidsaktivitet. Föreningarna vill ha fler "
            "medlemmar men når inte de här familjerna. Avgifter och utrustning är ofta det som "
            "stoppar."
        ),
        solution=(
            "Ett prova-på-kort där barnet får testa tre aktiviteter gratis under en termin. "
            "Föreningarna får en liten ersättning per barn från kommunen."
        ),
        beneficiaries="Barn och unga, deras familjer och föreningslivet.",
        category="Fritid och kultur",
        submitter=OSKAR,
        coach=JENNY,
        visibility="network",
        days_ago=360,
        days_in_stage=75,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test under en termin med tio föreningar och ett "
                "tak på 150 barn. Kostnaden delas mellan kultur- och fritidsförvaltningen och "
                "socialförvaltningen.",
            ),
            (
                IMPLEMENTING,
                "92 barn provade minst en aktivitet och 31 av dem gick med i "
                "föreningen efteråt. Föreningarna vill fortsätta. Styrgruppen beslutar att "
                "prova-på-kortet blir en del av det ordinarie föreningsstödet i Skara.",
            ),
        ),
        notes=(
            Note(COACH, "Oskar, hur når vi familjerna som behöver kortet mest?", after=2),
            Note(
                SUBMITTER,
                "Genom skolorna och öppna förskolan. Klassläraren delar ut kortet, "
                "så att ingen behöver ansöka.",
                after=2,
            ),
            Note(
                DECIDER,
                "Bra uppföljning. Ta med siffrorna till kommunstyrelsen i budgetarbetet.",
                after=4,
                internal=True,
            ),
        ),
        supporters=(MONA, LINNEA, JAN),
    ),
    IdeaSpec(
        key="talking-books",
        sluice=SLUICE,
        title="Lånebara läsplattor med talböcker för äldre",
        problem=(
            "Många äldre som lånat böcker hos oss i hela sitt liv slutar komma när synen blir "
            "sämre. Talböcker finns, men att ladda ner dem i en app är för krångligt för de "
            "flesta. De blir av med något som betytt mycket för dem."
        ),
        solution=(
            "Läsplattor med en enkel spelare där talböckerna redan är nedladdade, som lånas ut "
            "som en vanlig bok. Bibliotekarien byter böcker vid besöken med Boken kommer."
        ),
        beneficiaries="Äldre med nedsatt syn, både hemmaboende och på äldreboenden.",
        category="Fritid och kultur",
        submitter=INGRID,
        coach=JENNY,
        visibility="network",
        days_ago=180,
        days_in_stage=40,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Ett test med tjugo plattor under en termin, tillsammans med Boken kommer "
                "och två äldreboenden. Styrgruppen godkänner inköpet. Vi följer antalet lån och "
                "låntagarnas omdöme.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Hur gör vi med upphovsrätten – får vi lägga talböcker på egna plattor?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Ja, för låntagare med läsnedsättning är det tillåtet. Jag har "
                "stämt av med Myndigheten för tillgängliga medier.",
                after=2,
            ),
        ),
        supporters=(ELIN, ASA, FATIMA),
    ),
    IdeaSpec(
        key="homework-chat",
        sluice=SLUICE,
        title="Läxhjälp i bibliotekets chatt på kvällarna",
        problem=(
            "Många elever kommer till biblioteket efter skolan för att få hjälp med läxorna, "
            "men de som bor på landsbygden har inte den möjligheten. Bussen går tidigt och "
            "föräldrarna kan inte alltid hjälpa till. Vi ser en skillnad mellan elever som har "
            "någon att fråga och de som inte har det."
        ),
        solution=(
            "En chatt på bibliotekets webbplats två kvällar i veckan där bibliotekarier och "
            "volontärer från gymnasiet hjälper till med läxor."
        ),
        beneficiaries="Elever i årskurs 4–9, särskilt på landsbygden, och deras föräldrar.",
        category="Fritid och kultur",
        submitter=INGRID,
        coach=MARIA,
        days_ago=40,
        days_in_stage=30,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Stäm av med skolförvaltningen – de har en egen läxhjälp på gång.",
                after=1,
                internal=True,
            ),
        ),
        supporters=(ELIN, MIKAEL),
    ),
    IdeaSpec(
        key="room-booking",
        sluice=SLUICE,
        title="En gemensam kalender för att boka kommunens lokaler",
        problem=(
            "Föreningar som vill boka en gymnastiksal, ett mötesrum eller en samlingssal måste "
            "ringa olika personer beroende på vilken förvaltning som äger lokalen. Vi får samma "
            "frågor flera gånger i veckan, och det händer att lokaler dubbelbokas. Samtidigt "
            "står många lokaler tomma på kvällarna."
        ),
        solution=(
            "En bokningskalender på webben där alla kommunens bokningsbara lokaler syns, med "
            "lediga tider och möjlighet att boka direkt."
        ),
        category="Fritid och kultur",
        submitter=OSKAR,
        visibility="network",
        days_ago=1,
    ),
)
