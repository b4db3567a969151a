"""Helsingborgs idésluss: ideas from libraries, housing and the city's streets."""

from .people import AMIRA, CAMILLA, DANIEL, EVA, JONAS, MALIN, MATS, NILS, OLA, PETER, SARA
from .spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTING,
    SPREAD,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "helsingborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="book-bags",
        sluice=SLUICE,
        title="Bokpåse till alla barn vid BVC-besöket",
        problem=(
            "Barn som inte får höra sagor och läsa tillsammans med vuxna har sämre "
            "förutsättningar när de börjar skolan. Familjer som inte besöker biblioteket når vi "
            "aldrig, och det är ofta de som skulle ha störst nytta av det. Alla familjer går "
            "däremot till barnavårdscentralen."
        ),
        solution=(
            "Varje barn får en bokpåse med en bilderbok och information om biblioteket på flera "
            "språk vid BVC-besöket vid sex månader, i samarbete med regionen."
        ),
        beneficiaries=("Små barn och deras familjer, särskilt de som sällan besöker biblioteket."),
        category="Kultur och bibliotek",
        submitter=PETER,
        coach=CAMILLA,
        visibility="public",
        days_ago=540,
        days_in_stage=90,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test på två barnavårdscentraler under ett "
                "halvår. Vi räknar hur många familjer som skaffar lånekort och besöker biblioteket "
                "efteråt.",
            ),
            (
                IMPLEMENTING,
                "Var femte familj som fick en bokpåse skaffade lånekort inom tre "
                "månader, mot en av tjugo tidigare. Styrgruppen beslutar att alla "
                "barnavårdscentraler i staden delar ut bokpåsar.",
            ),
            (
                SPREADING,
                "Bokpåsarna delas nu ut på alla barnavårdscentraler i Helsingborg. "
                "Regionen vill sprida arbetssättet till fler kommuner i Skåne. Styrgruppen "
                "beslutar att dela material, avtal och erfarenheter öppet.",
            ),
            (
                SPREAD,
                "Tre grannkommuner delar nu ut bokpåsar enligt samma modell, och "
                "materialet finns öppet för alla bibliotek. Idén är spridd.",
            ),
        ),
        notes=(
            Note(COACH, "Vilka språk behöver informationen finnas på?", after=2),
            Note(
                SUBMITTER,
                "Arabiska, somaliska, dari, tigrinja, polska och engelska räcker "
                "långt, enligt BVC.",
                after=2,
            ),
            Note(
                MALIN,
                "Vi lyfter bokpåsen som exempel i stadens årsredovisning. Tack Peter!",
                after=6,
            ),
        ),
        supporters=(MATS, EVA, SARA, OLA, AMIRA, NILS),
    ),
    IdeaSpec(
        key="stairwell-screens",
        sluice=SLUICE,
        title="Digitala informationsskärmar i trapphusen",
        problem=(
            "Information om avbrott i vatten och värme, renoveringar och trygghetsvandringar "
            "sätts upp på papperslappar i trapphusen. Lapparna rivs ner, är bara på svenska och "
            "kommer ofta upp för sent. Många hyresgäster missar viktig information."
        ),
        solution=(
            "Digitala skärmar i trapphusen som visar aktuell information på flera språk, "
            "styrda centralt."
        ),
        beneficiaries=("Hyresgäster, särskilt de som inte läser svenska, och bostadsförvaltarna."),
        category="Digitalisering",
        submitter=JONAS,
        coach=CAMILLA,
        days_ago=310,
        days_in_stage=180,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                HANDED_OVER,
                "Trapphusen ägs av det kommunala bostadsbolaget Helsingborgshem, som "
                "redan planerar digitala skärmar i delar av sitt bestånd. Vi överlämnar idén dit "
                "tillsammans med slussens underlag om flerspråkig information, och Helsingborgshem "
                "återkommer till Jonas om en pilot i hans stadsdel.",
            ),
        ),
        supporters=(MATS, EVA),
    ),
    IdeaSpec(
        key="artificial-turf",
        sluice=SLUICE,
        title="Konstgräs på fler bollplaner i stadsdelarna",
        problem=(
            "Gräsplanerna i flera stadsdelar är leriga från oktober till april och kan inte "
            "användas. Barnen spelar på asfalt eller inte alls. Föreningarna får inte tider på "
            "de få konstgräsplanerna."
        ),
        solution="Byt gräset mot konstgräs på minst fyra bollplaner i stadsdelarna.",
        beneficiaries="Barn och unga i stadsdelarna och föreningarna.",
        category="Stadsmiljö",
        submitter=JONAS,
        coach=CAMILLA,
        days_ago=280,
        steps=(
            ASSESSMENT,
            (
                CLOSED,
                "Tack Jonas. Bristen på spelbara ytor på vintern är ett känt problem, men "
                "staden har beslutat att inte anlägga nya konstgräsplaner med gummigranulat, "
                "eftersom de sprider mikroplast. Alternativen utreds nu av skol- och "
                "fritidsförvaltningen, och beslut om nya planer fattas i den utredningen och inte "
                "i slussen. Därför avslutar vi idén här. Din beskrivning av stadsdelarnas behov "
                "har gått till utredaren, som gärna vill prata med dig.",
            ),
        ),
        notes=(
            Note(COACH, "Vilka stadsdelar tänker du främst på?", after=1),
            Note(
                SUBMITTER, "Drottninghög, Dalhem och Planteringen, där det bor många barn.", after=1
            ),
        ),
        supporters=(SARA, OLA),
    ),
    IdeaSpec(
        key="homework-help",
        sluice=SLUICE,
        title="Läxhjälp på biblioteket med gymnasieelever som läxhjälpare",
        problem=(
            "Biblioteket fylls varje eftermiddag av elever som gör läxor, men många behöver "
            "hjälp i matematik och fysik som vi bibliotekarier inte kan ge. Elever som inte har "
            "någon hemma som kan hjälpa halkar efter. Samtidigt söker många gymnasieelever "
            "extrajobb."
        ),
        solution=(
            "Gymnasieelever anställs som läxhjälpare två eftermiddagar i veckan på "
            "stadsbiblioteket och två filialer, handledda av en lärare."
        ),
        beneficiaries="Elever i årskurs 4–9, läxhjälparna och biblioteket.",
        category="Kultur och bibliotek",
        submitter=PETER,
        coach=CAMILLA,
        days_ago=260,
        days_in_stage=70,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test under en termin på stadsbiblioteket och "
                "en filial. Skol- och fritidsförvaltningen står för läxhjälparnas löner under "
                "testet. Vi följer antalet besök och vad eleverna tycker.",
            ),
            (
                IMPLEMENTING,
                "Läxhjälpen hade i snitt 45 besök per eftermiddag, och eleverna ger "
                "den höga betyg. Styrgruppen beslutar att införa läxhjälpen på alla bibliotek i "
                "staden från nästa termin, finansierad gemensamt av kulturförvaltningen och skol- "
                "och fritidsförvaltningen.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Daniel på skol- och fritidsförvaltningen har kontakt med "
                "gymnasieskolorna. Jag kopplar ihop er.",
                after=2,
            ),
            Note(SUBMITTER, "Tack! Vi har redan tre elever som är intresserade.", after=2),
            Note(
                DANIEL,
                "Läraren som ska handleda är klar. Rekryteringen av läxhjälpare startar vecka 34.",
                after=3,
            ),
        ),
        supporters=(MATS, SARA, OLA),
    ),
    IdeaSpec(
        key="books-with-homecare",
        sluice=SLUICE,
        title="Böcker med hemtjänsten till den som inte kan ta sig till biblioteket",
        problem=(
            "Många äldre som har hemtjänst kan inte längre ta sig till biblioteket och vet inte "
            "att Boken kommer finns. De som känner till tjänsten tycker att ansökan är "
            "krånglig. Samtidigt besöker hemtjänsten dem flera gånger i veckan."
        ),
        solution=(
            "Hemtjänstpersonalen frågar vid ett besök om brukaren vill ha böcker och tar med en "
            "påse från biblioteket när det passar. Biblioteket packar efter önskemål."
        ),
        beneficiaries="Äldre med hemtjänst, anhöriga och biblioteket.",
        category="Kultur och bibliotek",
        submitter=PETER,
        coach=CAMILLA,
        days_ago=65,
        days_in_stage=35,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Enhetschefen i Hemtjänst Centrum är positiv men orolig för tiden. Kan "
                "biblioteket lämna påsarna på hemtjänstens kontor?",
                after=2,
            ),
            Note(SUBMITTER, "Ja, bokbussen kan leverera en gång i veckan.", after=2),
        ),
        supporters=(AMIRA, EVA, MATS, NILS),
    ),
    IdeaSpec(
        key="playground-access",
        sluice=SLUICE,
        title="Inventera lekplatsernas tillgänglighet tillsammans med föräldrar",
        problem=(
            "Vi vet inte hur tillgängliga stadens lekplatser är för barn och föräldrar med "
            "funktionsnedsättning. Information på webben saknas, och familjer åker till en "
            "lekplats bara för att upptäcka att de inte kommer in. Vi hör också att vi "
            "prioriterar fel när vi rustar upp."
        ),
        solution=(
            "Inventera lekplatserna tillsammans med föräldrar och intresseorganisationer och "
            "publicera resultatet på kartan, med bilder."
        ),
        beneficiaries=(
            "Barn och föräldrar med funktionsnedsättning, och stadsbyggnadsförvaltningen som "
            "planerar upprustningen."
        ),
        category="Stadsmiljö",
        submitter=JONAS,
        coach=CAMILLA,
        visibility="public",
        days_ago=12,
        days_in_stage=8,
        steps=(ASSESSMENT,),
        supporters=(EVA,),
    ),
    IdeaSpec(
        key="senior-tech-help",
        sluice=SLUICE,
        title="Teknikhjälp för seniorer på biblioteket varje vecka",
        problem=(
            "Varje dag kommer äldre till biblioteket och ber om hjälp med BankID, 1177 eller "
            "att betala räkningar i mobilen. Vi hjälper gärna, men det blir korta stunder vid "
            "disken med kö bakom. Många behöver mer tid och att få göra det själva i lugn och "
            "ro."
        ),
        solution=(
            "En fast teknikträff varje vecka där seniorer får hjälp med sina egna mobiler och "
            "surfplattor, av bibliotekarier och volontärer från gymnasiet."
        ),
        beneficiaries="Äldre som vill klara sig digitalt, och personalen vid disken.",
        category="Kultur och bibliotek",
        submitter=PETER,
        coach=CAMILLA,
        days_ago=3,
        answered_after_days=1,
        notes=(
            Note(
                COACH,
                "Hej Peter! Vet du om någon förening redan gör något liknande i stan? "
                "Då kan vi samarbeta i stället för att börja från noll.",
            ),
        ),
        supporters=(MATS, EVA),
    ),
    IdeaSpec(
        key="beach-wheelchairs",
        sluice=SLUICE,
        title="Strandrullstolar vid fler badplatser",
        problem=(
            "Det finns en strandrullstol vid en av stadens badplatser, men den är ofta utlånad "
            "och många vet inte att den finns. Personer med rörelsenedsättning kommer inte ner "
            "till vattnet på de andra stränderna. Vi får frågor om det varje sommar."
        ),
        solution=(
            "Strandrullstolar och tillgänglighetsmattor ner till vattnet på minst tre "
            "badplatser till, med bokning på webben och information på skyltarna."
        ),
        beneficiaries="Personer med rörelsenedsättning, äldre och deras familjer.",
        category="Stadsmiljö",
        submitter=JONAS,
        visibility="public",
        days_ago=10,
        supporters=(EVA, MATS),
    ),
)
