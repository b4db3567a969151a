"""Skaraborgs innovationssluss: ideas from schools, preschools and school kitchens."""

from .people import (
    AHMED,
    ANNA,
    ERIK,
    FATIMA,
    HANNA,
    HASSAN,
    JENNY,
    JOHAN,
    LARS,
    LINNEA,
    MARIA,
    MONA,
    OSKAR,
    SOFIA,
)
from .spec import (
    ASSESSMENT,
    COACH,
    EXPLORING,
    IMPLEMENTING,
    MERGED,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "skaraborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="sound-ear",
        sluice=SLUICE,
        title="Ljudöra i förskolans matsal",
        problem=(
            "I vår förskolas matsal är ljudnivån så hög att både barn och pedagoger är trötta "
            "efter lunch. Vi ber barnen prata tystare, men det hjälper bara en stund. Flera "
            "kollegor har fått tinnitus."
        ),
        solution=(
            "Ett ljudöra på väggen som lyser grönt, gult eller rött efter ljudnivån, så att "
            "barnen själva ser när det blir för högt. Kombinera med ljudabsorbenter i taket."
        ),
        beneficiaries="Barnen, pedagogerna och kökspersonalen.",
        category="Arbetsmiljö",
        submitter=LINNEA,
        coach=JENNY,
        visibility="network",
        days_ago=420,
        days_in_stage=50,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Ett billigt och enkelt test. Styrgruppen godkänner att förskolan "
                "Solrosen köper ett ljudöra och mäter ljudnivån under en månad.",
            ),
            (
                IMPLEMENTING,
                "Ljudnivån vid lunch sjönk med i snitt sex decibel och pedagogerna "
                "upplever lunchen som lugnare. Alla förskolor i Skara får ljudöron, och "
                "fastighetsavdelningen ser över ljudabsorbenterna.",
            ),
            (
                SPREADING,
                "Flera förskolor i Lidköping och Falköping har hört talas om "
                "resultatet. Styrgruppen beslutar att sprida erfarenheterna, inköpsrådet och "
                "mätmetoden via slussen.",
            ),
        ),
        notes=(
            Note(COACH, "Hur har barnen tagit emot ljudörat?", after=3),
            Note(SUBMITTER, "De älskar det! De säger till varandra när det blir gult.", after=3),
        ),
        supporters=(MONA, OSKAR, SOFIA, HASSAN),
    ),
    IdeaSpec(
        key="school-food-waste",
        sluice=SLUICE,
        title="Mät matsvinnet i skolmatsalen varje dag och visa eleverna",
        problem=(
            "I våra skolrestauranger slänger vi varje dag mat som det gått åt mycket arbete till "
            "att laga. Vi vet inte hur mycket, vilka rätter det gäller eller om svinnet kommer "
            "från köket eller från tallrikarna. Utan siffror är det svårt att förändra något, "
            "och eleverna ser aldrig resultatet."
        ),
        solution=(
            "Väg kökssvinn, serveringssvinn och tallrikssvinn varje dag på tre skolor och visa "
            "tallrikssvinnet på en skärm i matsalen, räknat i portioner. Låt klasserna tävla om "
            "att minska det."
        ),
        beneficiaries=(
            "Eleverna, miljön och skolans budget. Måltidspersonalen får ett verktyg för att "
            "planera bättre."
        ),
        category="Miljö och klimat",
        submitter=SOFIA,
        coach=AHMED,
        visibility="network",
        days_ago=200,
        days_in_stage=50,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Bedömningsgruppen ser stor nytta för både klimatet och ekonomin, och "
                "idén passar kommunernas mål om minskat matsvinn. Vi utforskar vilka vågar och "
                "verktyg som finns och hur eleverna kan göras delaktiga.",
            ),
            (
                TESTING,
                "Styrgruppen beviljar ett test på tre skolor i Lidköping under en "
                "termin. Vågar och skärmar lånas från leverantören. Vi mäter svinnet per "
                "ätande elev före, under och efter testet.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Sofia, vet du ungefär hur mycket som slängs i dag? En uppskattning räcker.",
                after=1,
            ),
            Note(
                SUBMITTER,
                "På min skola ungefär 20 kilo om dagen, mest från tallrikarna. Det "
                "är över hundra portioner i veckan.",
                after=1,
            ),
            Note(
                COACH,
                "Skövdes idé om att eleverna väger sina rester slås ihop med den här. "
                "Jag informerar Johan.",
                after=2,
                internal=True,
            ),
            Note(
                COACH,
                "Första mätveckan är klar: 48 gram tallrikssvinn per elev och dag. Nu "
                "börjar skärmen visa resultatet.",
                after=3,
            ),
            Note(SUBMITTER, "Eleverna i femman har redan frågat om det blir något pris!", after=3),
        ),
        supporters=(JOHAN, HANNA, ERIK, LINNEA, MONA, HASSAN),
    ),
    IdeaSpec(
        key="plate-waste",
        sluice=SLUICE,
        title="Låt eleverna väga sina egna matrester",
        problem=(
            "Eleverna på vår skola slänger mycket mat, ofta för att de tar för mycket första "
            "gången. De vet inte själva hur mycket det blir. Vi pratar om matsvinn i "
            "NO-undervisningen, men det känns långt ifrån det som händer i matsalen."
        ),
        solution=(
            "En våg vid diskinlämningen där varje klass väger sina rester under en vecka. "
            "Resultatet används i matematik- och NO-undervisningen."
        ),
        beneficiaries="Eleverna, som lär sig något konkret, och skolrestaurangen.",
        category="Skola och förskola",
        submitter=JOHAN,
        coach=MARIA,
        visibility="network",
        days_ago=170,
        days_in_stage=140,
        steps=(
            ASSESSMENT,
            (
                MERGED,
                "Din idé ligger mycket nära Sofias idé från Lidköping om att mäta "
                "matsvinnet i skolmatsalen, som redan är på väg mot ett test. Vi slår ihop idéerna "
                "så att vi gör ett gemensamt test, med din vinkel i planen: eleverna väger själva "
                "och resultatet används i undervisningen. Du är välkommen i arbetsgruppen.",
            ),
        ),
        merged_into="school-food-waste",
        notes=(
            Note(
                SUBMITTER,
                "Bra, då hör jag av mig till Sofia. Min klass ställer gärna upp när "
                "testet kommer till Skövde.",
                after=2,
            ),
        ),
        supporters=(LARS, FATIMA),
    ),
    IdeaSpec(
        key="parent-meeting-support",
        sluice=SLUICE,
        title="Bildstöd och översättning vid utvecklingssamtal med vårdnadshavare",
        problem=(
            "Vi har många vårdnadshavare som inte talar svenska, och tolk finns inte alltid på "
            "plats. Samtalen blir korta, och vi är osäkra på om vårdnadshavarna förstått det "
            "viktigaste. Det är också svårt att fråga om barnets vardag hemma."
        ),
        solution=(
            "Ett färdigt samtalsstöd med bilder och korta fraser på de vanligaste språken, som "
            "pedagogen och vårdnadshavaren använder tillsammans på en surfplatta. Tolk används "
            "fortfarande vid viktiga samtal."
        ),
        beneficiaries="Vårdnadshavare som inte talar svenska, barnen och pedagogerna.",
        category="Skola och förskola",
        submitter=LINNEA,
        coach=JENNY,
        days_ago=55,
        days_in_stage=25,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Jag har hittat två samtalsstöd som andra kommuner använder. Kan du och "
                "en kollega titta på dem före nästa vecka?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Vi har tittat. Det ena har bra bilder men saknar tigrinja och "
                "dari, som vi behöver mest.",
                after=2,
            ),
        ),
        supporters=(MONA, OSKAR),
    ),
    IdeaSpec(
        key="schoolyard",
        sluice=SLUICE,
        title="Låt eleverna vara med och rita om skolgården",
        problem=(
            "Vår skolgård ska rustas upp nästa år, men eleverna har inte fått säga något om den. "
            "I dag står många elever vid väggen på rasterna eftersom det bara finns en "
            "fotbollsplan och två gungor. De som inte spelar fotboll har ingenting att göra."
        ),
        solution=(
            "Låt varje klass göra förslag på en del av skolgården på bildlektionerna och rösta "
            "om förslagen innan den nya gården upphandlas."
        ),
        beneficiaries="Eleverna, särskilt de som inte spelar fotboll, och rastvakterna.",
        category="Skola och förskola",
        submitter=JOHAN,
        coach=MARIA,
        days_ago=30,
        days_in_stage=22,
        steps=(ASSESSMENT,),
        notes=(
            Note(COACH, "När ska skolgården upphandlas? Då vet vi hur bråttom det är.", after=1),
            Note(
                SUBMITTER,
                "Enligt rektorn i början av nästa år, så vi har en termin på oss.",
                after=1,
            ),
        ),
        supporters=(LARS, ANNA),
    ),
    IdeaSpec(
        key="parent-sms",
        sluice=SLUICE,
        title="Påminnelse via sms inför utvecklingssamtal",
        problem=(
            "Varje termin uteblir flera vårdnadshavare från utvecklingssamtalen, trots att "
            "tiden står i lärplattformen. Vi lärare lägger mycket tid på att boka om och jaga "
            "svar. Många läser inte lärplattformen men läser sms."
        ),
        solution=(
            "Ett automatiskt sms dagen före samtalet med tid, plats och en länk för att boka om."
        ),
        beneficiaries="Vårdnadshavare, elever och lärare.",
        category="Skola och förskola",
        submitter=JOHAN,
        days_ago=9,
        supporters=(LARS,),
    ),
    IdeaSpec(
        key="picture-support",
        sluice=SLUICE,
        title="Samma bildstöd i förskolan och hemma",
        problem=(
            "Flera av barnen i vår förskolegrupp behöver bildstöd för att förstå vad som ska "
            "hända under dagen. Vi gör egna bildscheman med laminerade kort, men hemma används "
            "andra bilder eller inga alls. Barnen blir förvirrade vid övergångar, särskilt på "
            "morgonen och vid hämtning."
        ),
        solution=(
            "Ett gemensamt digitalt bildstöd som förskolan och vårdnadshavarna kan använda, med "
            "samma bilder på surfplattan, på papper och i telefonen."
        ),
        beneficiaries="Barn som behöver tydlighet, deras familjer och pedagogerna.",
        category="Skola och förskola",
        submitter=LINNEA,
        days_ago=2,
        supporters=(MONA,),
    ),
)
