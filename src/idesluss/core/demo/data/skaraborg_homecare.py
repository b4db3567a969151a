"""Skaraborgs innovationssluss: ideas from home care."""

from .people import (
    AHMED,
    ANNA,
    ASA,
    BIRGITTA,
    ELIN,
    EMMA,
    ERIK,
    FATIMA,
    GORAN,
    HANNA,
    HASSAN,
    HELENA,
    JAN,
    JENNY,
    LARS,
    MARIA,
    MONA,
    PER,
    SOFIA,
)
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    DECIDER,
    EXPLORING,
    IMPLEMENTING,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "skaraborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="digital-keys",
        sluice=SLUICE,
        title="Digitala nycklar i hemtjänsten",
        problem=(
            "Vi hanterar över 300 fysiska nycklar till brukarnas bostäder. Varje morgon hämtas "
            "de ur ett nyckelskåp och varje kväll ska de räknas in. Nycklar glöms i fickor, "
            "tappas och måste kvitteras, och när en nyckel saknas får brukaren vänta medan vi "
            "åker tillbaka. Det känns också otryggt för brukarna att så många nycklar är i "
            "omlopp."
        ),
        solution=(
            "Digitala lås på brukarnas dörrar som öppnas med tjänstetelefonen. Varje öppning "
            "loggas, behörigheten följer schemat och ingen nyckel kan tappas bort."
        ),
        beneficiaries=(
            "Brukarna, som får tryggare hantering och besök i tid; personalen, som slipper "
            "nyckelskåpet; samordnarna."
        ),
        category="Hemtjänst",
        submitter=ANNA,
        coach=MARIA,
        visibility="network",
        days_ago=470,
        days_in_stage=45,
        steps=(
            (
                ASSESSMENT,
                "Tack Anna, vilken genomarbetad beskrivning! Nyckelhanteringen är ett "
                "känt problem i alla fem kommunerna. Vi bedömer idén nästa vecka.",
            ),
            (
                EXPLORING,
                "Bedömningen visar stor nytta och att tekniken finns på marknaden. Vi "
                "utforskar vilka lås som passar, vad informationssäkerhet och dataskydd kräver och "
                "hur brukarna ser på saken.",
            ),
            (
                TESTING,
                "Styrgruppen beviljar ett test i Hemtjänst Norr med 40 brukare under fyra "
                "månader. Låsen hyrs under testtiden. Vi mäter tiden för nyckelhantering, sena "
                "besök och brukarnas upplevelse.",
            ),
            (
                IMPLEMENTING,
                "Testet sparade i snitt 25 minuter per pass i nyckelhantering, och "
                "inget besök blev sent på grund av nycklar. 36 av 40 brukare vill behålla låsen. "
                "Styrgruppen beslutar att införa digitala lås i hela hemtjänsten i Skövde under "
                "det kommande halvåret.",
            ),
            (
                SPREADING,
                "Införandet i Skövde är klart och fungerar. Lidköping och Falköping har "
                "bett att få ta del av kravspecifikation och rutiner. Styrgruppen beslutar att "
                "sprida arbetssättet via slussen, med Anna och Maria som stöd till de andra "
                "kommunerna.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Hej Anna! Hur lång tid tar nyckelhanteringen för er grupp en vanlig "
                "morgon, ungefär?",
                after=1,
            ),
            Note(
                SUBMITTER,
                "Vi är 14 på morgonpasset och det tar 10–15 minuter innan alla har "
                "fått sina nycklar och kvitterat. På kvällen lika länge.",
                after=1,
            ),
            Note(
                COACH,
                "Dataskyddsombudet vill ha en konsekvensbedömning innan testet. Möte "
                "bokat vecka 12.",
                after=2,
                internal=True,
            ),
            Note(
                COACH,
                "Nu är låsen installerade hos 38 av 40 brukare. Två väntar på ny dörr "
                "från hyresvärden.",
                after=3,
            ),
            Note(
                SUBMITTER,
                "Första veckan kändes ovant, men nu vill ingen tillbaka till skåpet!",
                after=3,
            ),
            Note(
                HELENA,
                "Lidköping startar nu upphandlingen av lås, med Skövdes underlag "
                "som grund. Tack för att ni delar!",
                after=5,
            ),
        ),
        supporters=(BIRGITTA, FATIMA, HANNA, HASSAN, JAN, ELIN, MONA, EMMA, LARS),
    ),
    IdeaSpec(
        key="grocery-online",
        sluice=SLUICE,
        title="Beställ brukarnas matvaror på nätet i stället för att handla i butik",
        problem=(
            "Hemtjänsten handlar mat åt ungefär hälften av brukarna. Varje inköp tar 45 "
            "minuter eller mer med bilfärd, kö och kvitton som ska redovisas. Personalen "
            "handlar i olika butiker med olika rutiner för pengar, och det blir ofta fel."
        ),
        solution=(
            "Brukaren och personalen gör inköpslistan tillsammans vid besöket och beställer på "
            "nätet från en butik med hemleverans. Betalningen sker med faktura direkt till "
            "brukaren, så att personalen aldrig hanterar brukarens pengar."
        ),
        beneficiaries=(
            "Brukare som får sina varor, personalen som får mer tid för omsorg och kommunen "
            "som slipper hantera kontanter."
        ),
        category="Hemtjänst",
        submitter=HANNA,
        coach=AHMED,
        visibility="network",
        days_ago=440,
        days_in_stage=30,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test med två butiker som levererar i Lidköpings "
                "tätort. Brukarna väljer själva om de vill vara med. Vi mäter tid per inköp och "
                "antal fel i redovisningen.",
            ),
            (
                IMPLEMENTING,
                "Testet halverade tiden för inköp och felen i redovisningen "
                "försvann. Brukarna är nöjda, särskilt med att själva kunna välja varor. "
                "Arbetssättet införs i hela hemtjänsten i Lidköping.",
            ),
            (
                SPREADING,
                "Mariestad och Skara vill införa samma arbetssätt. Styrgruppen beslutar "
                "att sprida det: Lidköpings rutiner, avtalsmallar och informationsblad delas via "
                "slussen och Ahmed stöttar införandet.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Finns det brukare som inte vill ha hemleverans? Hur gör vi för dem?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Några vill gärna följa med till affären, och det ska de få göra. "
                "Då är det en social aktivitet och inte bara ett ärende.",
                after=2,
            ),
        ),
        supporters=(HASSAN, ANNA, ASA, BIRGITTA),
    ),
    IdeaSpec(
        key="onboarding-buddy",
        sluice=SLUICE,
        title="Fadder för nyanställda i hemtjänsten första månaden",
        problem=(
            "Nyanställda i hemtjänsten går bredvid i två eller tre dagar och sedan kör de "
            "själva. Många säger att de känner sig ensamma med svåra situationer och inte vet "
            "vem de kan fråga. Vi tappar folk under första året, och det kostar både pengar "
            "och kontinuitet för brukarna."
        ),
        solution=(
            "Varje nyanställd får en erfaren kollega som fadder under första månaden: "
            "gemensamma pass första veckan, en avstämning i veckan och ett nummer att ringa. "
            "Faddern får en timme i veckan avsatt och en kort utbildning."
        ),
        beneficiaries=(
            "Nyanställda, brukare som får mer kontinuitet, och enhetscheferna som behöver "
            "rekrytera mindre."
        ),
        category="Arbetsmiljö",
        submitter=HANNA,
        coach=AHMED,
        days_ago=280,
        days_in_stage=40,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Vi testar faddersystemet i två hemtjänstgrupper under ett halvår. "
                "Enhetscheferna avsätter en timme i veckan för faddrarna. Vi följer hur många som "
                "är kvar efter sex månader och vad de nyanställda själva tycker.",
            ),
            (
                IMPLEMENTING,
                "Testet gav ett tydligt resultat: alla tolv nyanställda i "
                "testgrupperna var kvar efter sex månader, mot ungefär hälften tidigare år. "
                "Styrgruppen beslutar att införa fadderskap i hela hemtjänsten i Lidköping från "
                "årsskiftet. HR tar fram faddrarnas utbildning.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Grattis Hanna! Vill du berätta om testet på nästa nätverksträff i Skövde?",
                after=4,
            ),
            Note(SUBMITTER, "Gärna, om jag får ta med en av de nyanställda som var med.", after=4),
        ),
        supporters=(HASSAN, SOFIA, ERIK),
    ),
    IdeaSpec(
        key="medication-robot",
        sluice=SLUICE,
        title="Läkemedelsrobot för brukare med många dostider",
        problem=(
            "Flera av våra brukare i hemtjänsten får besök enbart för att ta sina läkemedel, "
            "upp till fyra gånger om dagen. Besöken är korta men kräver resor, och brukaren "
            "måste vänta in oss. Vissa skulle klara att ta medicinerna själva om de fick en "
            "påminnelse och rätt dos serverad."
        ),
        solution=(
            "Pröva läkemedelsrobotar som delar ut dosen vid rätt tid, påminner med ljud och "
            "larmar hemtjänsten om dosen inte tas."
        ),
        beneficiaries=(
            "Brukare som vill klara sig själva, sjuksköterskor och hemtjänstpersonal. Färre "
            "korta bilresor."
        ),
        category="Äldreomsorg",
        submitter=ASA,
        coach=JENNY,
        visibility="network",
        days_ago=150,
        days_in_stage=35,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test med sex robotar under tre månader i "
                "Mariestad. Förutsättningar: en sjuksköterska bedömer varje brukare för sig, "
                "och vi följer antal besök, missade doser och brukarnas upplevelse. Kostnaden "
                "tas från förvaltningens utvecklingsmedel.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Jag har pratat med två leverantörer. Båda kan låna ut robotar för ett "
                "test, men den ena kräver att vi använder deras app. Vad tycker "
                "sjuksköterskorna?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Sjuksköterskorna vill helst ha en som larmar via vårt vanliga "
                "trygghetslarm, inte ännu en app.",
                after=2,
            ),
            Note(
                DECIDER,
                "Följ upp informationssäkerheten innan testet startar: larmet går via "
                "leverantörens server.",
                after=3,
                internal=True,
            ),
            Note(
                COACH,
                "Testet startar måndag vecka 36 hos fyra brukare i Hasslerör och två "
                "i centrum. Tack för ditt tålamod!",
                after=3,
            ),
        ),
        supporters=(ELIN, HANNA, FATIMA, JAN),
    ),
    IdeaSpec(
        key="fixed-contacts",
        sluice=SLUICE,
        title="Fasta kontaktpersoner även på helgerna",
        problem=(
            "Brukarna har en kontaktperson på vardagarna, men på helgerna kommer ofta personal "
            "de aldrig har träffat. Särskilt de med demenssjukdom blir oroliga, och vissa "
            "vägrar släppa in okända. Det blir stressigt för både brukaren och den som står i "
            "dörren."
        ),
        solution="Schemalägg så att varje brukare har två fasta personer som turas om på helgerna.",
        beneficiaries="Brukare med demenssjukdom och deras anhöriga.",
        category="Hemtjänst",
        submitter=ANNA,
        coach=MARIA,
        visibility="network",
        days_ago=300,
        steps=(
            ASSESSMENT,
            (
                CLOSED,
                "Vi har tittat noga på idén tillsammans med enhetscheferna. Med dagens "
                "helgbemanning, där många arbetar var tredje helg, går det inte att garantera två "
                "fasta personer per brukare utan att bryta mot arbetstidsavtalet. Därför avslutar "
                "vi idén i slussen. Problemet är verkligt: enhetscheferna tar med det i arbetet "
                "med nästa schemaperiod, och vi prövar att visa en bild på den som kommer i "
                "brukarens trygghetstelefon. Tack Anna – ditt förslag har satt fart på det "
                "arbetet.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Anna, hur stor del av dina brukare tror du berörs av oron på helgerna?",
                after=1,
            ),
            Note(
                SUBMITTER, "Ungefär var fjärde. Det är nästan alltid de med demensdiagnos.", after=1
            ),
            Note(
                PER,
                "Schemaläggningen styrs av avtal. Stäm av med HR innan vi beslutar.",
                after=1,
                internal=True,
            ),
        ),
        supporters=(BIRGITTA, FATIMA),
    ),
    IdeaSpec(
        key="run-list",
        sluice=SLUICE,
        title="Digital körlista i stället för papperslappar",
        problem=(
            "Varje morgon skrivs körlistan för hemtjänsten ut på papper. När någon blir sjuk "
            "eller ett besök ändras under dagen ringer samordnaren runt och vi skriver om för "
            "hand. Lappar försvinner, och det har hänt att ett insulinbesök blev för sent "
            "eftersom ändringen inte nådde rätt person."
        ),
        solution=(
            "Visa körlistan i tjänstetelefonen, med ändringar som syns direkt och en kvittens "
            "när besöket är gjort. Verksamhetssystemet har kanske redan en mobil del som vi inte "
            "använder?"
        ),
        beneficiaries=(
            "Brukarna, som får sina besök i tid, och personalen och samordnarna i hemtjänsten."
        ),
        category="Hemtjänst",
        submitter=ANNA,
        coach=MARIA,
        visibility="network",
        days_ago=25,
        days_in_stage=20,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Har kollat med systemförvaltaren: mobildelen ingår i vårt avtal men "
                "har aldrig satts upp. Kan bli en snabb vinst.",
                after=1,
                internal=True,
            ),
            Note(
                COACH,
                "Hej Anna! Hur många ändringar blir det en vanlig dag i ert område? Det "
                "hjälper oss att räkna på nyttan.",
                after=1,
            ),
            Note(
                SUBMITTER,
                "En vanlig dag 10–15 ändringar, på måndagar fler. Samordnaren "
                "lägger nog en timme om dagen på att ringa runt.",
                after=1,
            ),
        ),
        supporters=(BIRGITTA, FATIMA, HANNA, HASSAN),
    ),
    IdeaSpec(
        key="shoe-covers",
        sluice=SLUICE,
        title="Skoskydd som går att ta på stående",
        problem=(
            "I hemtjänsten tar vi på och av skoskydd tiotals gånger per pass. Att böja sig ner "
            "och trä på skyddet sittande på en pall i hallen sliter på rygg och knän, och många "
            "brukare har ingen pall. Flera kollegor har ont i ryggen."
        ),
        solution=(
            "Skoskydd i en dispenser som man kliver i, eller tvättbara överdrag med resår som "
            "går att dra på stående. Pröva några varianter."
        ),
        beneficiaries=("Personalen i hemtjänsten, och brukarna som slipper smuts i hemmet."),
        category="Arbetsmiljö",
        submitter=HANNA,
        coach=AHMED,
        visibility="network",
        days_ago=60,
        days_in_stage=30,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Fyra modeller är beställda. Kan din grupp prova dem en vecka var och sätta betyg?",
                after=2,
            ),
            Note(SUBMITTER, "Vi börjar på måndag!", after=2),
        ),
        supporters=(HASSAN, ANNA, BIRGITTA),
    ),
    IdeaSpec(
        key="alarm-coverage",
        sluice=SLUICE,
        title="Personlarm som fungerar i källare och trapphus",
        problem=(
            "Vi i hemtjänsten har personlarm, men de fungerar inte i källare, trapphus och "
            "vissa hus på landsbygden där täckningen är dålig. Förra månaden blev en kollega "
            "hotad i ett källarförråd och larmet gick inte fram. Många känner sig otrygga på "
            "kvällspassen."
        ),
        solution=(
            "Ta reda på var larmen inte fungerar och pröva larm som använder flera nät. Till "
            "dess: gå två och två till adresser där larmet inte når fram."
        ),
        beneficiaries="Personal i hemtjänsten, särskilt på kvällar och nätter.",
        category="Arbetsmiljö",
        submitter=ASA,
        coach=JENNY,
        visibility="private",
        days_ago=21,
        days_in_stage=15,
        answered_after_days=0.3,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Tack för att du tar upp det här, Åsa. Jag har informerat din chef och "
                "skyddsombudet, och vi tar idén vidare skyndsamt.",
                after=1,
            ),
            Note(
                SUBMITTER,
                "Tack. Kollegorna har börjat skriva upp adresser där larmet inte går fram.",
                after=1,
            ),
            Note(
                GORAN,
                "Händelsen ska också anmälas som tillbud. Se till att det är gjort.",
                after=1,
                internal=True,
            ),
        ),
    ),
    IdeaSpec(
        key="delegation-reminder",
        sluice=SLUICE,
        title="Påminnelse innan läkemedelsdelegeringen går ut",
        problem=(
            "Den som ger läkemedel i hemtjänsten behöver en delegering från sjuksköterskan som "
            "förnyas varje år. Vi upptäcker ofta för sent att någons delegering har gått ut, och "
            "då får personen inte ge läkemedel förrän den är förnyad. Det blir stress och extra "
            "körningar för kollegorna."
        ),
        solution=(
            "En automatisk påminnelse till medarbetaren, chefen och sjuksköterskan en månad "
            "innan delegeringen går ut."
        ),
        beneficiaries="Personalen, sjuksköterskorna och brukarna.",
        category="Hemtjänst",
        submitter=HANNA,
        visibility="network",
        days_ago=13,
        supporters=(HASSAN, ANNA),
    ),
)
