"""Words of care, school and welfare: äldreomsorg, skola, socialtjänst, vård, måltider."""

from .fields import MUNICIPALITY, REGION, Domain, words
from .grammar import groups, nouns, places

ELDERCARE = Domain(
    "eldercare",
    ("Äldreomsorg", "Vård och omsorg", "Omsorg om äldre"),
    nouns(
        """
        en hemtjänst hemtjänsten hemtjänster hemtjänsterna; ett larm larmet larm larmen
        ett trygghetslarm trygghetslarmet trygghetslarm trygghetslarmen
        en nyckel nyckeln nycklar nycklarna; en rollator rollatorn rollatorer rollatorerna
        ett hjälpmedel hjälpmedlet hjälpmedel hjälpmedlen
        en måltid måltiden måltider måltiderna
        en dusch duschen duschar duscharna; ett besök besöket besök besöken
        en insats insatsen insatser insatserna; en körlista körlistan körlistor körlistorna
        en genomförandeplan genomförandeplanen genomförandeplaner genomförandeplanerna
        en fallolycka fallolyckan fallolyckor fallolyckorna
        en promenad promenaden promenader promenaderna
        ett läkemedel läkemedlet läkemedel läkemedlen; en dosett dosetten dosetter dosetterna
        en personlyft personlyften personlyftar personlyftarna
        ett nattbesök nattbesöket nattbesök nattbesöken
        ett äldreboende äldreboendet äldreboenden äldreboendena
        en matlåda matlådan matlådor matlådorna
        en hemtjänstgrupp hemtjänstgruppen hemtjänstgrupper hemtjänstgrupperna
        en demensvård demensvården - -; en ensamhet ensamheten - -
        en nattillsyn nattillsynen - -
        en tillsyn tillsynen - -; en avlösning avlösningen avlösningar avlösningarna
        """
    ),
    words(
        "hemtjänst omsorgs demens larm nyckel "
        "brukar besöks läkemedels hjälpmedels trygghets nattpatrulls"
    ),
    groups(
        """
        undersköterskorna/undersköterskor; vårdbiträdena/vårdbiträden; brukarna/brukare
        de äldre/äldre; de anhöriga/anhöriga; sjuksköterskorna/sjuksköterskor
        enhetscheferna/enhetschefer; arbetsterapeuterna/arbetsterapeuter
        biståndshandläggarna/biståndshandläggare; nattpersonalen/nattpersonal
        """
    ),
    places(
        """
        på äldreboendet; i hemtjänsten; på korttidsboendet; på dagverksamheten
        i nattpatrullen; på träffpunkten; i hemsjukvården; hemma hos brukarna
        """
    ),
)

SCHOOL = Domain(
    "school",
    ("Skola och förskola", "Utbildning", "Förskola och skola"),
    nouns(
        """
        en elev eleven elever eleverna; en förskola förskolan förskolor förskolorna
        en skolgård skolgården skolgårdar skolgårdarna
        ett klassrum klassrummet klassrum klassrummen
        en läxa läxan läxor läxorna; ett schema schemat scheman schemana
        en lektion lektionen lektioner lektionerna; en rast rasten raster rasterna
        ett läromedel läromedlet läromedel läromedlen
        en lärplatta lärplattan lärplattor lärplattorna
        ett utvecklingssamtal utvecklingssamtalet utvecklingssamtal utvecklingssamtalen
        en frånvaroanmälan frånvaroanmälan frånvaroanmälningar frånvaroanmälningarna
        en skolskjuts skolskjutsen skolskjutsar skolskjutsarna
        en inskolning inskolningen inskolningar inskolningarna
        en vikarie vikarien vikarier vikarierna; ett betyg betyget betyg betygen
        en matsal matsalen matsalar matsalarna; en utflykt utflykten utflykter utflykterna
        ett prov provet prov proven; en mentor mentorn mentorer mentorerna
        en klass klassen klasser klasserna; en avdelning avdelningen avdelningar avdelningarna
        en studiero studieron - -; en frånvaro frånvaron - -; en läxhjälp läxhjälpen - -
        """
    ),
    words("skol förskole elev klass lärar fritids rast läx frånvaro mentors vårdnadshavar"),
    groups(
        """
        eleverna/elever; lärarna/lärare; pedagogerna/pedagoger; vårdnadshavarna/vårdnadshavare
        barnen/barn; rektorerna/rektorer; elevassistenterna/elevassistenter
        skolsköterskorna/skolsköterskor; förskollärarna/förskollärare
        """
    ),
    places(
        """
        på skolan; i förskolan; på fritids; i klassrummet; på skolgården; i matsalen
        i skolbiblioteket; på lågstadiet; i förskoleklassen; på gymnasiet
        """
    ),
)

SOCIAL = Domain(
    "social",
    ("Socialtjänst", "Funktionsstöd", "Individ och familj"),
    nouns(
        """
        en ansökan ansökan ansökningar ansökningarna; ett beslut beslutet beslut besluten
        en utredning utredningen utredningar utredningarna
        en gruppbostad gruppbostaden gruppbostäder gruppbostäderna
        en orosanmälan orosanmälan orosanmälningar orosanmälningarna
        en placering placeringen placeringar placeringarna
        ett hembesök hembesöket hembesök hembesöken
        en handläggning handläggningen handläggningar handläggningarna
        ett stödsamtal stödsamtalet stödsamtal stödsamtalen
        ett familjehem familjehemmet familjehem familjehemmen
        en dagverksamhet dagverksamheten dagverksamheter dagverksamheterna
        ett bistånd biståndet bistånd bistånden; ett boendestöd boendestödet - -
        en assistans assistansen - -
        en kontaktperson kontaktpersonen kontaktpersoner kontaktpersonerna
        en vårdplan vårdplanen vårdplaner vårdplanerna
        ett återbesök återbesöket återbesök återbesöken
        """
    ),
    words(
        "bistånds handläggnings familje boendestöds "
        "missbruks socialtjänst assistans utrednings funktionsstöds"
    ),
    groups(
        """
        handläggarna/handläggare; socialsekreterarna/socialsekreterare; klienterna/klienter
        de sökande/sökande; boendestödjarna/boendestödjare; assistenterna/assistenter
        familjerna/familjer; brukarna/brukare; gode männen/gode män
        """
    ),
    places(
        """
        på socialkontoret; i gruppbostaden; i den dagliga verksamheten; i mottagningen
        på familjecentralen; på boendet; i receptionen
        """
    ),
)

HEALTH = Domain(
    "health",
    ("Hälso- och sjukvård", "Vård", "Patientsäkerhet"),
    nouns(
        """
        en vårdcentral vårdcentralen vårdcentraler vårdcentralerna
        en patient patienten patienter patienterna
        en remiss remissen remisser remisserna; en journal journalen journaler journalerna
        ett provsvar provsvaret provsvar provsvaren
        en operation operationen operationer operationerna
        en vårdplats vårdplatsen vårdplatser vårdplatserna
        en utskrivning utskrivningen utskrivningar utskrivningarna
        en mottagning mottagningen mottagningar mottagningarna
        en kallelse kallelsen kallelser kallelserna
        ett återbesök återbesöket återbesök återbesöken
        en ambulans ambulansen ambulanser ambulanserna
        en väntetid väntetiden väntetider väntetiderna
        en provtagning provtagningen provtagningar provtagningarna
        ett recept receptet recept recepten; ett läkarbesök läkarbesöket läkarbesök läkarbesöken
        en röntgenbild röntgenbilden röntgenbilder röntgenbilderna
        ett videosamtal videosamtalet videosamtal videosamtalen; en egenvård egenvården - -
        en sårvård sårvården - -; en tandvård tandvården - -
        en vårdplan vårdplanen vårdplaner vårdplanerna
        """
    ),
    words(
        "vård patient akut journal läkemedels provtagnings mottagnings operations remiss ambulans"
    ),
    groups(
        """
        patienterna/patienter; läkarna/läkare; sjuksköterskorna/sjuksköterskor
        undersköterskorna/undersköterskor; sekreterarna/sekreterare
        fysioterapeuterna/fysioterapeuter
        de närstående/närstående; ambulanspersonalen/ambulanspersonal
        tandhygienisterna/tandhygienister
        """
    ),
    places(
        """
        på vårdcentralen; på akutmottagningen; på avdelningen; på mottagningen
        i primärvården; på sjukhuset; i ambulansen; på operationsavdelningen
        """
    ),
    kinds=(REGION,),
)

MEALS = Domain(
    "meals",
    ("Måltider", "Mat och måltider", "Kost"),
    nouns(
        """
        ett kök köket kök köken; en meny menyn menyer menyerna
        en portion portionen portioner portionerna
        en råvara råvaran råvaror råvarorna; ett livsmedel livsmedlet livsmedel livsmedlen
        ett kylrum kylrummet kylrum kylrummen; en matsedel matsedeln matsedlar matsedlarna
        en leverans leveransen leveranser leveranserna
        en tallrik tallriken tallrikar tallrikarna
        en lunch lunchen luncher luncherna; ett mellanmål mellanmålet mellanmål mellanmålen
        en våg vågen vågar vågarna
        en matbeställning matbeställningen matbeställningar matbeställningarna
        ett matsvinn matsvinnet - -; en specialkost specialkosten - -
        ett tallrikssvinn tallrikssvinnet - -
        """
    ),
    ("mat", "måltids", "kost", "köks", "meny", "livsmedels", "svinn", "lunch"),
    groups(
        """
        kockarna/kockar; måltidsbiträdena/måltidsbiträden; kostekonomerna/kostekonomer
        matgästerna/matgäster; eleverna/elever; de äldre/äldre; patienterna/patienter
        """
    ),
    places(
        """
        i köket; i skolmatsalen; i tillagningsköket; i mottagningsköket; i matsalen
        i centralköket
        """
    ),
    kinds=(MUNICIPALITY, REGION),
)
