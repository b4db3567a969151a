"""Words of the town and the town hall: gator, kultur, klimat, IT, arbetsmiljö, samhällsbyggnad."""

from .fields import MUNICIPALITY, REGION, Domain, words
from .grammar import groups, nouns, places

STREETS = Domain(
    "streets",
    ("Gata, park och trafik", "Trafik och gator", "Park och natur"),
    nouns(
        """
        en gångväg gångvägen gångvägar gångvägarna
        en cykelbana cykelbanan cykelbanor cykelbanorna
        en busshållplats busshållplatsen busshållplatser busshållplatserna
        en parkering parkeringen parkeringar parkeringarna
        en lekplats lekplatsen lekplatser lekplatserna
        en papperskorg papperskorgen papperskorgar papperskorgarna
        en gatlykta gatlyktan gatlyktor gatlyktorna
        ett övergångsställe övergångsstället övergångsställen övergångsställena
        en bänk bänken bänkar bänkarna; ett träd trädet träd träden
        en felanmälan felanmälan felanmälningar felanmälningarna
        en grönyta grönytan grönytor grönytorna
        en park parken parker parkerna; en trottoar trottoaren trottoarer trottoarerna
        en plogbil plogbilen plogbilar plogbilarna
        ett farthinder farthindret farthinder farthindren
        en skylt skylten skyltar skyltarna; ett vägarbete vägarbetet vägarbeten vägarbetena
        en brunn brunnen brunnar brunnarna
        en snöröjning snöröjningen snöröjningar snöröjningarna
        en halkbekämpning halkbekämpningen - -; en gatubelysning gatubelysningen - -
        en nedskräpning nedskräpningen - -; ett klotter klottret - -; en sandning sandningen - -
        """
    ),
    words("gatu park snöröjnings trafik cykel belysnings vinter lekplats parkerings felanmälnings"),
    groups(
        """
        invånarna/invånare; cyklisterna/cyklister; fotgängarna/fotgängare
        parkarbetarna/parkarbetare; plogbilsförarna/plogbilsförare; de boende/boende
        barnfamiljerna/barnfamiljer; trafikplanerarna/trafikplanerare
        entreprenörerna/entreprenörer
        """
    ),
    places(
        """
        i centrum; längs cykelbanorna; i bostadsområdena; på torget; vid busshållplatserna
        i parkerna; på gatuenheten; vid skolorna; i villaområdena
        """
    ),
)

CULTURE = Domain(
    "culture",
    ("Kultur och fritid", "Fritid och idrott", "Bibliotek och kultur"),
    nouns(
        """
        ett bibliotek biblioteket bibliotek biblioteken
        ett lånekort lånekortet lånekort lånekorten
        en bok boken böcker böckerna; en bokbuss bokbussen bokbussar bokbussarna
        en fritidsgård fritidsgården fritidsgårdar fritidsgårdarna
        en idrottshall idrottshallen idrottshallar idrottshallarna
        en simhall simhallen simhallar simhallarna
        en förening föreningen föreningar föreningarna
        ett evenemang evenemanget evenemang evenemangen
        en utställning utställningen utställningar utställningarna
        en bokning bokningen bokningar bokningarna
        en kurs kursen kurser kurserna; en konsert konserten konserter konserterna
        ett lovprogram lovprogrammet lovprogram lovprogrammen
        en läsecirkel läsecirkeln läsecirklar läsecirklarna
        en ljudbok ljudboken ljudböcker ljudböckerna
        en aktivitet aktiviteten aktiviteter aktiviteterna
        en öppettid öppettiden öppettider öppettiderna; en spontanidrott spontanidrotten - -
        en läslust läslusten - -
        """
    ),
    words("biblioteks fritids idrotts kultur förenings lov läs musik evenemangs"),
    groups(
        """
        låntagarna/låntagare; ungdomarna/ungdomar; besökarna/besökare
        bibliotekarierna/bibliotekarier; fritidsledarna/fritidsledare; föreningarna/föreningar
        pensionärerna/pensionärer; barnfamiljerna/barnfamiljer
        kulturskolelärarna/kulturskolelärare
        """
    ),
    places(
        """
        på biblioteket; på fritidsgården; i idrottshallen; i simhallen; i kulturhuset
        på museet; i kulturskolan; på konsthallen
        """
    ),
)

CLIMATE = Domain(
    "climate",
    ("Miljö och klimat", "Hållbarhet", "Klimat och energi"),
    nouns(
        """
        en solcell solcellen solceller solcellerna; en elbil elbilen elbilar elbilarna
        en tjänstecykel tjänstecykeln tjänstecyklar tjänstecyklarna; en resa resan resor resorna
        ett kärl kärlet kärl kärlen
        en miljöstation miljöstationen miljöstationer miljöstationerna
        en lampa lampan lampor lamporna
        en engångsartikel engångsartikeln engångsartiklar engångsartiklarna
        ett inköp inköpet inköp inköpen; en transport transporten transporter transporterna
        en fastighet fastigheten fastigheter fastigheterna
        en laddstolpe laddstolpen laddstolpar laddstolparna
        en möbel möbeln möbler möblerna; en energi energin - -; ett avfall avfallet - -
        en återvinning återvinningen - -; en källsortering källsorteringen - -
        en uppvärmning uppvärmningen - -; en elförbrukning elförbrukningen - -
        """
    ),
    words("energi avfalls klimat återvinnings miljö el rese sorterings möbel"),
    groups(
        """
        medarbetarna/medarbetare; fastighetsskötarna/fastighetsskötare; inköparna/inköpare
        miljöstrategerna/miljöstrateger; invånarna/invånare; chaufförerna/chaufförer
        """
    ),
    places(
        """
        i kommunhuset; i lokalerna; på återvinningscentralen; i bilpoolen; på förrådet
        i fastigheterna
        """
    ),
    kinds=(MUNICIPALITY, REGION),
)

DIGITAL = Domain(
    "digital",
    ("Digitalisering", "Digitala tjänster", "IT och digitalisering"),
    nouns(
        """
        en e-tjänst e-tjänsten e-tjänster e-tjänsterna; en faktura fakturan fakturor fakturorna
        ett lösenord lösenordet lösenord lösenorden
        en inloggning inloggningen inloggningar inloggningarna
        en behörighet behörigheten behörigheter behörigheterna
        ett verksamhetssystem verksamhetssystemet verksamhetssystem verksamhetssystemen
        en skrivare skrivaren skrivare skrivarna; ett intranät intranätet intranät intranäten
        ett mejl mejlet mejl mejlen; en underskrift underskriften underskrifter underskrifterna
        en kalender kalendern kalendrar kalendrarna; en dator datorn datorer datorerna
        en mobiltelefon mobiltelefonen mobiltelefoner mobiltelefonerna
        en supportfråga supportfrågan supportfrågor supportfrågorna
        en signering signeringen signeringar signeringarna
        en digitalisering digitaliseringen - -; en automatisering automatiseringen - -
        """
    ),
    words("it- mejl inloggnings faktura ärende diarie behörighets support löne signerings"),
    groups(
        """
        medarbetarna/medarbetare; handläggarna/handläggare; administratörerna/administratörer
        supportteknikerna/supporttekniker; cheferna/chefer; invånarna/invånare
        registratorerna/registratorer; ekonomerna/ekonomer
        """
    ),
    places(
        """
        i verksamhetssystemet; på intranätet; i kontaktcenter; på webbplatsen
        i ärendesystemet; på ekonomiavdelningen; i kansliet
        """
    ),
    kinds=(MUNICIPALITY, REGION),
)

WORKPLACE = Domain(
    "workplace",
    ("Arbetsmiljö", "Kompetens och arbetsmiljö", "Medarbetare"),
    nouns(
        """
        en introduktion introduktionen introduktioner introduktionerna
        ett pass passet pass passen
        en utbildning utbildningen utbildningar utbildningarna
        en arbetsplatsträff arbetsplatsträffen arbetsplatsträffar arbetsplatsträffarna
        ett medarbetarsamtal medarbetarsamtalet medarbetarsamtal medarbetarsamtalen
        en rekrytering rekryteringen rekryteringar rekryteringarna
        ett omklädningsrum omklädningsrummet omklädningsrum omklädningsrummen
        ett personalrum personalrummet personalrum personalrummen
        en handledning handledningen handledningar handledningarna
        ett tillbud tillbudet tillbud tillbuden
        en skyddsrond skyddsronden skyddsronder skyddsronderna
        en sjukanmälan sjukanmälan sjukanmälningar sjukanmälningarna
        ett arbetspass arbetspasset arbetspass arbetspassen
        en bemanning bemanningen - -; en sjukfrånvaro sjukfrånvaron - -
        en kompetensutveckling kompetensutvecklingen - -
        en arbetsbelastning arbetsbelastningen - -
        """
    ),
    words(
        "personal bemannings schemaläggnings introduktions "
        "kompetens arbetsmiljö rekryterings friskvårds"
    ),
    groups(
        """
        medarbetarna/medarbetare; cheferna/chefer; de nyanställda/nyanställda
        vikarierna/vikarier
        skyddsombuden/skyddsombud; personalstrategerna/personalstrateger; arbetslagen/arbetslag
        """
    ),
    places("på arbetsplatsen; i personalgruppen; på enheten; i arbetslaget; i personalrummet"),
    kinds=(MUNICIPALITY, REGION),
)

PLANNING = Domain(
    "planning",
    ("Samhällsbyggnad", "Bygga och bo", "Fastigheter och lokaler"),
    nouns(
        """
        ett bygglov bygglovet bygglov bygglovena
        en detaljplan detaljplanen detaljplaner detaljplanerna
        en karta kartan kartor kartorna; en ritning ritningen ritningar ritningarna
        en lokal lokalen lokaler lokalerna; ett samråd samrådet samråd samråden
        en handläggningstid handläggningstiden handläggningstider handläggningstiderna
        en bostad bostaden bostäder bostäderna; en tomt tomten tomter tomterna
        en vattenläcka vattenläckan vattenläckor vattenläckorna
        ett yttrande yttrandet yttranden yttrandena
        en besiktning besiktningen besiktningar besiktningarna
        en fastighet fastigheten fastigheter fastigheterna
        ett underhåll underhållet - -; en städning städningen - -
        en felanmälan felanmälan felanmälningar felanmälningarna
        """
    ),
    ("bygglovs", "plan", "fastighets", "lokal", "kart", "besiktnings", "underhålls", "va-"),
    groups(
        """
        de sökande/sökande; handläggarna/handläggare; byggnadsinspektörerna/byggnadsinspektörer
        fastighetsägarna/fastighetsägare; arkitekterna/arkitekter; hyresgästerna/hyresgäster
        lokalvårdarna/lokalvårdare
        """
    ),
    places(
        """
        på bygglovsenheten; i planprocessen; i lokalerna; på fastighetsavdelningen
        i kundtjänst; på kartenheten
        """
    ),
)
