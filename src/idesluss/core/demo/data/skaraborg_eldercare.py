"""Skaraborgs innovationssluss: ideas from elder care."""

from .people import (
    AHMED,
    ANNA,
    ASA,
    BIRGITTA,
    ELIN,
    EMMA,
    FATIMA,
    HANNA,
    HASSAN,
    JAN,
    JENNY,
    MARIA,
    MONA,
    PER,
    SOFIA,
    ULRIKA,
)
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    DECIDER,
    EXPLORING,
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
        key="strokegreppet",
        sluice=SLUICE,
        title="Pröva Strokegreppet på rollatorerna på korttidsboendet",
        problem=(
            "Många av våra patienter efter stroke har svårt att hålla kvar handen på "
            "rollatorns handtag med den svaga sidan. Handen glider av, de tappar balansen och "
            "vågar inte gå själva. Träningen går långsamt och de blir beroende av personal vid "
            "varje förflyttning."
        ),
        solution=(
            "Sjukgymnaster i Norrköping har tagit fram Strokegreppet, ett handtag som är format "
            "så att handen ligger kvar i ett stabilt grepp. Vi vill prova det på några "
            "rollatorer på korttidsboendet och se om patienterna kommer igång snabbare."
        ),
        beneficiaries=(
            "Personer som rehabiliteras efter stroke, fysioterapeuter och arbetsterapeuter, "
            "och personalen som hjälper till vid förflyttningar."
        ),
        category="Äldreomsorg",
        submitter=EMMA,
        coach=JENNY,
        visibility="public",
        days_ago=520,
        days_in_stage=70,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Här finns redan en beprövad produkt, så vi hoppar över "
                "idéutvecklingen och utforskar hur den passar våra rollatorer och vad den "
                "kostar.",
            ),
            (
                TESTING,
                "Styrgruppen godkänner inköp av tio handtag för ett test på "
                "korttidsboendet under tre månader. Fysioterapeuterna följer gånghastighet och hur "
                "självständigt patienterna går.",
            ),
            (
                IMPLEMENTING,
                "Patienterna i testet gick självständigt i snitt en vecka tidigare "
                "än jämförbara patienter före testet. Styrgruppen beslutar att Strokegreppet ska "
                "finnas på alla rollatorer som används i rehabilitering efter stroke i "
                "Falköping.",
            ),
            (
                SPREADING,
                "Införandet i Falköping är klart. Resultatet är så tydligt att "
                "styrgruppen vill sprida det till de andra kommunerna i slussen. Emma håller en "
                "kort utbildning för fysioterapeuterna i Skövde, Lidköping, Mariestad och Skara.",
            ),
            (
                SPREAD,
                "Nu används Strokegreppet i rehabiliteringen i alla fem kommunerna. Idén "
                "är spridd. Ett fint exempel på att en god idé inte behöver vara ny – den behöver "
                "bara hitta fram.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Emma, vet du om någon i regionen redan använder handtaget? Då kan vi "
                "få deras erfarenheter.",
                after=1,
            ),
            Note(
                SUBMITTER,
                "Rehabiliteringen på sjukhuset i Skövde har provat det. Jag har "
                "pratat med en fysioterapeut där som gärna berättar.",
                after=1,
            ),
            Note(
                COACH,
                "Pris cirka 600 kronor per handtag. Ryms i Falköpings budget för hjälpmedel.",
                after=2,
                internal=True,
            ),
            Note(
                PER,
                "Fysioterapeuterna i Skövde är mycket nöjda med handtagen. Tack Emma "
                "för utbildningen!",
                after=5,
            ),
        ),
        supporters=(JAN, ULRIKA, FATIMA, ASA, HANNA, BIRGITTA, MONA),
    ),
    IdeaSpec(
        key="pedal-machine",
        sluice=SLUICE,
        title="Trampmaskin där personal och äldre trampar tillsammans",
        problem=(
            "Många av våra boende rör sig för lite, och promenaderna blir inte av när "
            "personalen har ont om tid. Benstyrkan försämras snabbt och risken att falla ökar. "
            "Samtidigt saknar vi stunder där personal och boende bara pratar med varandra."
        ),
        solution=(
            "En trampmaskin där vårdgivare och vårdtagare sitter mittemot varandra och trampar "
            "samtidigt som de samtalar. Den finns redan som produkt (Actilegs trampmaskin) och "
            "togs fram av vårdanställda via innovationsslussen i Stockholms län. Vi vill pröva "
            "den på ett av våra boenden."
        ),
        beneficiaries=(
            "De boende, som får både träning och sällskap; personalen; fysioterapeuterna."
        ),
        category="Äldreomsorg",
        submitter=FATIMA,
        coach=MARIA,
        visibility="network",
        days_ago=430,
        days_in_stage=90,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen godkänner att vi hyr två trampmaskiner i tre månader för ett "
                "test på två avdelningar. Fysioterapeuten gör ett enkelt benstyrketest före och "
                "efter.",
            ),
            (
                IMPLEMENTING,
                "Resultatet är över förväntan: 18 boende har trampat regelbundet och "
                "12 av dem klarar uppresningstestet bättre än före. Personalen beskriver "
                "trampstunderna som dagens bästa samtal. Vi köper in maskiner till alla "
                "avdelningar på boendet.",
            ),
            (
                IMPLEMENTED,
                "Trampmaskinerna används nu dagligen på alla fem avdelningar och "
                "ingår i den vardagliga rehabiliteringen. Idén är införd. Fatima, tack för att du "
                "inte gav upp när leveransen drog ut på tiden!",
            ),
        ),
        notes=(
            Note(COACH, "Hej Fatima! Har du själv provat maskinen, eller läst om den?", after=1),
            Note(
                SUBMITTER,
                "Jag fick prova den på en mässa. Det var roligare än jag trodde – "
                "man glömmer att man tränar.",
                after=1,
            ),
            Note(
                DECIDER,
                "Hyran ryms i avdelningens budget för aktivering, inga extra medel behövs.",
                after=2,
                internal=True,
            ),
            Note(
                COACH, "Leveransen av de nya maskinerna är försenad till vecka 40, tyvärr.", after=3
            ),
            Note(
                SUBMITTER,
                "Vi fortsätter med de hyrda så länge, de boende frågar efter dem varje dag.",
                after=3,
            ),
        ),
        supporters=(ANNA, BIRGITTA, EMMA, JAN, HANNA, ASA),
    ),
    IdeaSpec(
        key="bed-sensor",
        sluice=SLUICE,
        title="Sängsensor i stället för nattlig tillsyn med ficklampa",
        problem=(
            "På natten går vi in till de boende på korttidsboendet var tredje timme för att se "
            "att allt är lugnt. Många vaknar av att dörren öppnas och lampan tänds, och har "
            "sedan svårt att somna om. Samtidigt missar vi den som går upp mellan rundorna och "
            "faller."
        ),
        solution=(
            "En sensor under madrassen som larmar när någon lämnar sängen eller inte har rört "
            "sig på länge. Tillsynen görs när den behövs, och bara hos dem som vill."
        ),
        beneficiaries="Boende som får sova ostört, nattpersonalen, och färre fallolyckor.",
        category="Äldreomsorg",
        submitter=EMMA,
        coach=JENNY,
        visibility="network",
        days_ago=260,
        days_in_stage=60,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Idén hänger ihop med kommunernas arbete med digital tillsyn. Vi "
                "utforskar vilka sensorer som finns och vad boende och anhöriga tycker.",
            ),
            (
                TESTING,
                "Styrgruppen beslutar om ett test på korttidsboendet i Falköping under "
                "fyra månader, med samtycke från varje boende. Vi mäter fall, uppvaknanden och "
                "nattpersonalens tid. Dataskyddsombudet har godkänt upplägget.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Jag har ordnat ett studiebesök hos en kommun som använt sensorer i två "
                "år. Vill du följa med?",
                after=2,
            ),
            Note(SUBMITTER, "Ja gärna! Jag tar med en kollega från nattpatrullen.", after=2),
            Note(
                COACH,
                "Leverantören lånar ut tio sensorer utan kostnad under testet. Avtalet "
                "är hos juristen.",
                after=3,
                internal=True,
            ),
        ),
        supporters=(JAN, ULRIKA, ASA, BIRGITTA),
    ),
    IdeaSpec(
        key="dinner-music",
        sluice=SLUICE,
        title="Lugn middag med dämpad belysning och musik på demensavdelningen",
        problem=(
            "Middagen på vår demensavdelning är dagens oroligaste stund. Tv:n står på, "
            "personalen springer och flera boende äter dåligt eller lämnar bordet. De dagar "
            "middagen varit rörig ser vi mer oro på kvällen."
        ),
        solution=(
            "Stäng av tv:n, dämpa belysningen, duka med tygservetter och spela lugn musik som de "
            "boende känner igen. Personalen sätter sig och äter tillsammans med de boende."
        ),
        beneficiaries="De boende, som äter bättre och blir lugnare; personalen; anhöriga på besök.",
        category="Äldreomsorg",
        submitter=ASA,
        coach=JENNY,
        days_ago=380,
        days_in_stage=120,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Ett enkelt test som inte kostar annat än personalens engagemang. "
                "Styrgruppen godkänner att avdelningen testar i sex veckor och för anteckningar om "
                "måltider och oro.",
            ),
            (
                IMPLEMENTING,
                "Efter sex veckor äter de boende mer, och oron på kvällen har "
                "minskat enligt personalens anteckningar. Styrgruppen beslutar att alla "
                "demensavdelningar i Mariestad inför måltidsrutinen.",
            ),
            (
                IMPLEMENTED,
                "Måltidsrutinen finns nu på alla demensavdelningar och ingår i "
                "introduktionen för nyanställda. Införd.",
            ),
        ),
        notes=(
            Note(COACH, "Vilken musik brukar de boende tycka om? Har ni frågat anhöriga?", after=2),
            Note(
                SUBMITTER,
                "Vi har gjort en spellista med Evert Taube, Alice Babs och lite "
                "dansband. Anhöriga har fått önska.",
                after=2,
            ),
        ),
        supporters=(ELIN,),
    ),
    IdeaSpec(
        key="relatives-cafe",
        sluice=SLUICE,
        title="Digitalt anhörigcafé för anhöriga som bor långt bort",
        problem=(
            "Många anhöriga till våra boende bor i andra delar av landet och kan sällan komma "
            "på anhörigträffarna. De ringer ofta med frågor som de andra anhöriga redan fått "
            "svar på, och känner sig utanför."
        ),
        solution=(
            "Ett anhörigcafé på video en kväll i månaden, med personal från boendet och "
            "anhörigkonsulenten."
        ),
        beneficiaries="Anhöriga som bor långt bort.",
        category="Äldreomsorg",
        submitter=ASA,
        coach=JENNY,
        days_ago=250,
        steps=(
            ASSESSMENT,
            (
                CLOSED,
                "Tack Åsa för en omtänksam idé. När vi bedömde den visade det sig att "
                "anhörigstödet i Mariestad redan har startat digitala träffar, öppna för alla "
                "anhöriga i kommunen. Vi avslutar därför idén här och har i stället sett till att "
                "träffarna finns med i välkomstmaterialet på alla boenden. Hör av dig om "
                "träffarna inte möter behovet – då tar vi upp tråden igen.",
            ),
        ),
        supporters=(ELIN,),
    ),
    IdeaSpec(
        key="meal-orders",
        sluice=SLUICE,
        title="Digital matbeställning från äldreboendenas avdelningar",
        problem=(
            "Avdelningarna på äldreboendena beställer mat från tillagningsköket på "
            "papperslistor som lämnas i kylbilen. Ändringar efter klockan nio kommer ofta inte "
            "fram, och vi lagar för mycket av vissa rätter och för lite av specialkoster. Både "
            "svinnet och missnöjet går att undvika."
        ),
        solution=(
            "Ett enkelt beställningsformulär på surfplattan som redan finns på varje avdelning, "
            "med specialkoster förvalda per boende och en tidsgräns som alla ser."
        ),
        beneficiaries="De boende som får rätt kost, personalen på avdelningarna och köket.",
        category="Äldreomsorg",
        submitter=SOFIA,
        coach=AHMED,
        days_ago=45,
        days_in_stage=12,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Vi har bokat ett möte med kostchefen och två avdelningar nästa vecka. "
                "Kan du ta med en vecka av beställningslistorna?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Absolut, jag tar med listorna från de två senaste veckorna. Där "
                "syns ändringarna tydligt.",
                after=2,
            ),
        ),
        supporters=(HANNA, HASSAN),
    ),
    IdeaSpec(
        key="residents-wifi",
        sluice=SLUICE,
        title="Wifi för de boende på alla äldreboenden",
        problem=(
            "På korttidsboendet finns wifi bara för personalen. Många boende har mobil eller "
            "surfplatta från anhöriga men kan inte videosamtala, för mobildatan räcker inte och "
            "täckningen är dålig inomhus. Den som är här några veckor efter en sjukhusvistelse "
            "blir ännu mer isolerad."
        ),
        solution=(
            "Ett öppet gästnät för boende och besökare på alla boenden, med enkel inloggning "
            "utan lösenord på papperslappar."
        ),
        beneficiaries=(
            "Boende och deras anhöriga. Personalen slipper låna ut sina egna telefoner."
        ),
        category="Digitalisering",
        submitter=EMMA,
        coach=JENNY,
        visibility="network",
        days_ago=16,
        days_in_stage=11,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Tack Emma! Jag har frågat IT om gästnätet i stadshuset kan byggas ut "
                "till boendena – det vore det billigaste.",
                after=1,
            ),
        ),
        supporters=(JAN, ASA),
    ),
    IdeaSpec(
        key="weighted-blankets",
        sluice=SLUICE,
        title="Tyngdtäcken för oroliga boende nattetid",
        problem=(
            "På vårt demensboende är flera boende oroliga på natten och går upp många gånger. "
            "Nattpersonalen hinner inte sitta hos alla, och några får lugnande läkemedel som vi "
            "helst vill undvika. Tyngdtäcken kan ge bättre sömn, men vi har inga att låna och "
            "vet inte vem som får förskriva dem."
        ),
        solution=(
            "Köp in fem tyngdtäcken av olika vikt som avdelningen kan prova under en period "
            "tillsammans med arbetsterapeuten. Följ upp sömn och uppvaknanden före och efter."
        ),
        beneficiaries="Boende med demenssjukdom och oro, deras anhöriga och nattpersonalen.",
        category="Äldreomsorg",
        submitter=FATIMA,
        coach=MARIA,
        visibility="network",
        days_ago=4,
        notes=(
            Note(
                COACH,
                "Hej Fatima! Vet du om arbetsterapeuterna redan förskriver tyngdtäcken "
                "till dem som bor hemma? Då kan vi kanske låna deras rutin.",
                after=0,
            ),
            Note(
                SUBMITTER,
                "Jag frågade arbetsterapeuten hos oss. De förskriver till "
                "hemmaboende men inte på särskilt boende – där ska verksamheten själv stå för "
                "täckena. Så det är en kostnadsfråga.",
                after=0,
            ),
        ),
        supporters=(ANNA, BIRGITTA, JAN),
    ),
)
