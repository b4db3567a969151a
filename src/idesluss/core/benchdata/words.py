"""Words every domain shares: verbs, adjectives, tools, heads of compounds, times and names."""

from .grammar import adjectives, groups, nouns, phrases, verbs

# Heads that domain words are compounded with: hemtjänst|planering, bygglovs|ärende.
HEADS = nouns(
    """
    en planering planeringen planeringar planeringarna; en rutin rutinen rutiner rutinerna
    ett schema schemat scheman schemana; ett system systemet system systemen
    en lista listan listor listorna; ett möte mötet möten mötena
    en kostnad kostnaden kostnader kostnaderna
    en samordning samordningen samordningar samordningarna
    ett ärende ärendet ärenden ärendena; en process processen processer processerna
    ett flöde flödet flöden flödena; en överlämning överlämningen överlämningar överlämningarna
    en beställning beställningen beställningar beställningarna
    en uppföljning uppföljningen uppföljningar uppföljningarna
    en information informationen - -; en dokumentation dokumentationen - -
    ett stöd stödet stöd stöden; en grupp gruppen grupper grupperna
    en kö kön köer köerna; ett material materialet material materialen
    en tid tiden tider tiderna; en statistik statistiken - -
    """
)

# What an idea is often about, whatever the domain.
GENERAL = nouns(
    """
    ett arbetssätt arbetssättet arbetssätt arbetssätten; ett underlag underlaget underlag underlagen
    en pärm pärmen pärmar pärmarna; en lapp lappen lappar lapparna
    ett formulär formuläret formulär formulären; en telefon telefonen telefoner telefonerna
    en checklista checklistan checklistor checklistorna; en rapport rapporten rapporter rapporterna
    en blankett blanketten blanketter blanketterna; en plan planen planer planerna
    en fråga frågan frågor frågorna; ett ansvar ansvaret - -
    en prioritering prioriteringen prioriteringar prioriteringarna
    en kontaktväg kontaktvägen kontaktvägar kontaktvägarna
    """
)

# What a solution is often built with.
TOOLS = nouns(
    """
    en app appen appar apparna; en surfplatta surfplattan surfplattor surfplattorna
    en tavla tavlan tavlor tavlorna; en qr-kod qr-koden qr-koder qr-koderna
    en sensor sensorn sensorer sensorerna; en e-tjänst e-tjänsten e-tjänster e-tjänsterna
    en chattbot chattboten chattbotar chattbotarna; ett kalkylark kalkylarket kalkylark kalkylarken
    en mall mallen mallar mallarna
    ett sms-utskick sms-utskicket sms-utskick sms-utskicken
    en karttjänst karttjänsten karttjänster karttjänsterna
    ett bokningssystem bokningssystemet bokningssystem bokningssystemen
    en streckkod streckkoden streckkoder streckkoderna; en skärm skärmen skärmar skärmarna
    ett larmsystem larmsystemet larmsystem larmsystemen; en lathund lathunden lathundar lathundarna
    en robot roboten robotar robotarna; en webbkarta webbkartan webbkartor webbkartorna
    """
)

# Everyday work, as an idea describes it: "I dag {registrerar} vi …"
WORK_VERBS = verbs(
    """
    hantera|hanterar|hanterade|hanterat; planera|planerar|planerade|planerat
    boka|bokar|bokade|bokat; dokumentera|dokumenterar|dokumenterade|dokumenterat
    beställa|beställer|beställde|beställt; samordna|samordnar|samordnade|samordnat
    registrera|registrerar|registrerade|registrerat
    kontrollera|kontrollerar|kontrollerade|kontrollerat
    rapportera|rapporterar|rapporterade|rapporterat; använda|använder|använde|använt
    dela|delar|delade|delat; skicka|skickar|skickade|skickat; läsa|läser|läste|läst
    sortera|sorterar|sorterade|sorterat; flytta|flyttar|flyttade|flyttat; mäta|mäter|mätte|mätt
    följa upp|följer upp|följde upp|följt upp; leta efter|letar efter|letade efter|letat efter
    vänta på|väntar på|väntade på|väntat på; fylla i|fyller i|fyllde i|fyllt i
    skriva ut|skriver ut|skrev ut|skrivit ut; hämta|hämtar|hämtade|hämtat
    lämna ut|lämnar ut|lämnade ut|lämnat ut; ringa om|ringer om|ringde om|ringt om
    föra över|för över|förde över|fört över; granska|granskar|granskade|granskat
    godkänna|godkänner|godkände|godkänt; räkna|räknar|räknade|räknat; packa|packar|packade|packat
    köpa in|köper in|köpte in|köpt in; städa|städar|städade|städat; laga|lagar|lagade|lagat
    förbereda|förbereder|förberedde|förberett; stämma av|stämmer av|stämde av|stämt av
    fördela|fördelar|fördelade|fördelat; prioritera|prioriterar|prioriterade|prioriterat
    uppdatera|uppdaterar|uppdaterade|uppdaterat; söka efter|söker efter|sökte efter|sökt efter
    sammanställa|sammanställer|sammanställde|sammanställt; ta emot|tar emot|tog emot|tagit emot
    bekräfta|bekräftar|bekräftade|bekräftat; justera|justerar|justerade|justerat
    skriva om|skriver om|skrev om|skrivit om; kopiera|kopierar|kopierade|kopierat
    """
)

# What an idea proposes to do about it: "Låt oss {förenkla} …"
BETTER_VERBS = verbs(
    """
    förenkla|förenklar|förenklade|förenklat; digitalisera|digitaliserar|digitaliserade|digitaliserat
    automatisera|automatiserar|automatiserade|automatiserat; samla|samlar|samlade|samlat
    märka upp|märker upp|märkte upp|märkt upp
    standardisera|standardiserar|standardiserade|standardiserat
    effektivisera|effektiviserar|effektiviserade|effektiviserat
    synliggöra|synliggör|synliggjorde|synliggjort; ersätta|ersätter|ersatte|ersatt
    schemalägga|schemalägger|schemalade|schemalagt
    koppla ihop|kopplar ihop|kopplade ihop|kopplat ihop
    återanvända|återanvänder|återanvände|återanvänt; dela upp|delar upp|delade upp|delat upp
    förnya|förnyar|förnyade|förnyat; förbättra|förbättrar|förbättrade|förbättrat
    anpassa|anpassar|anpassade|anpassat; samordna|samordnar|samordnade|samordnat
    tydliggöra|tydliggör|tydliggjorde|tydliggjort
    centralisera|centraliserar|centraliserade|centraliserat
    förenhetliga|förenhetligar|förenhetligade|förenhetligat
    """
)

BAD = adjectives(
    """
    krånglig krångligt krångliga; föråldrad föråldrat föråldrade; manuell manuellt manuella
    otydlig otydligt otydliga; tungrodd tungrott tungrodda; dyr dyrt dyra
    tidskrävande tidskrävande tidskrävande; onödig onödigt onödiga; svår svårt svåra
    osäker osäkert osäkra; trång trångt trånga; gammal gammalt gamla
    opraktisk opraktiskt opraktiska; splittrad splittrat splittrade; långsam långsamt långsamma
    bristfällig bristfälligt bristfälliga; ineffektiv ineffektivt ineffektiva
    pappersbaserad pappersbaserat pappersbaserade; oöverskådlig oöverskådligt oöverskådliga
    sårbar sårbart sårbara; rörig rörigt röriga; omständlig omständligt omständliga
    """
)

GOOD = adjectives(
    """
    enkel enkelt enkla; digital digitalt digitala; gemensam gemensamt gemensamma
    tydlig tydligt tydliga; trygg tryggt trygga; flexibel flexibelt flexibla; smart smart smarta
    snabb snabbt snabba; mobil mobilt mobila; hållbar hållbart hållbara
    samordnad samordnat samordnade; automatisk automatiskt automatiska
    kostnadseffektiv kostnadseffektivt kostnadseffektiva
    användarvänlig användarvänligt användarvänliga
    lättillgänglig lättillgängligt lättillgängliga; ny nytt nya; smidig smidigt smidiga
    bättre bättre bättre; enklare enklare enklare; säkrare säkrare säkrare
    tryggare tryggare tryggare
    överskådlig överskådligt överskådliga; robust robust robusta; självklar självklart självklara
    """
)

HARMS = phrases(
    """
    dubbelarbete; onödig stress; långa väntetider; höga kostnader; missförstånd; förseningar
    irriterade invånare; risk för fel; sämre kvalitet; fler sjukskrivningar; onödiga resor
    mer pappersarbete; tappad information; frustration i arbetsgruppen; övertid; långa köer
    stora mängder svinn; oklara ansvarsfrågor; onödiga samtal; dubbla inmatningar
    """
)

# Short mass nouns for titles: "Mindre dubbelarbete på äldreboendet".
HARMS_SHORT = phrases(
    "dubbelarbete; stress; väntetid; pappersarbete; spilltid; svinn; krångel; övertid; letande"
)

TIMES = phrases(
    """
    varje morgon; på kvällarna; under helgerna; vid varje skiftbyte; under semesterperioden
    i början av varje månad; när det är personalbrist; vid varje nytt ärende; flera gånger om dagen
    under vintern; på fredagseftermiddagarna; vid terminsstart; när någon är sjuk
    efter varje besök; vid månadsskiftet; under sommaren; vid storhelger; på natten
    """
)

DURATIONS = phrases(
    "tio minuter; en kvart; tjugo minuter; en halvtimme; en timme; två timmar; en halv dag"
)

COUNTS = phrases("två; tre; fyra; fem; sex; åtta; tio; tolv; femton; tjugo; trettio")

MONEY = phrases(
    "15 000 kronor; 20 000 kronor; 40 000 kronor; 75 000 kronor; 120 000 kronor"
    "; en halv miljon kronor"
)

MONTHS = phrases(
    "januari; februari; mars; april; maj; juni; augusti; september; oktober; november; december"
)

# Who a comment or rationale may name when the domain has nobody better.
COLLEAGUES = groups(
    """
    kollegorna/kollegor; cheferna/chefer; medarbetarna/medarbetare; nyanställda/nyanställda
    vikarierna/vikarier; verksamhetsutvecklarna/verksamhetsutvecklare
    """
)

FIRST_NAMES = phrases(
    """
    Anna; Eva; Maria; Karin; Sara; Lena; Emma; Kerstin; Ingrid; Marie; Malin; Jenny; Hanna
    Linda; Elin; Sofia; Annika; Johanna; Ida; Helena; Susanne; Camilla; Julia; Frida; Amanda
    Ebba; Moa; Alva; Maja; Elsa; Astrid; Wilma; Agnes; Lisa; Therese; Petra; Ulrika; Åsa
    Fatima; Amina; Leila; Yasmin; Nour; Mira; Aisha; Zeynep; Dragana; Ewa; Ana; Mei
    Erik; Lars; Karl; Anders; Johan; Per; Mikael; Peter; Jan; Fredrik; Daniel; Magnus
    Andreas; Mats; Stefan; Jonas; Niklas; Martin; Oskar; Henrik; Mattias; Björn; Emil
    Gustav; Viktor; Axel; Hugo; Elias; Ludvig; Filip; Anton; Olle; Göran; Tomas; Håkan
    Mohammed; Ali; Ahmed; Omar; Hassan; Yusuf; Ibrahim; Mehmet; Dragan; Piotr; Juan; Minh
    """
)

LAST_NAMES = phrases(
    """
    Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson
    Gustafsson; Pettersson; Jonsson; Jansson; Hansson; Bengtsson; Jönsson; Lindberg; Jakobsson
    Magnusson; Olofsson; Lindström; Lindqvist; Lindgren; Berg; Axelsson; Bergström; Lundberg
    Lind; Lundgren; Lundqvist; Mattsson; Berglund; Fredriksson; Sandberg; Henriksson; Forsberg
    Sjöberg; Wallin; Ali; Engström; Mohammed; Eklund; Danielsson; Lundin; Håkansson; Björk
    Bergman; Gunnarsson; Holm; Wikström; Samuelsson; Isaksson; Fransson; Bergqvist; Nyström
    Holmberg; Arvidsson; Löfgren; Söderberg; Nyberg; Blomqvist; Claesson; Nordström; Mårtensson
    Lundström; Ahmed; Viklund; Björklund; Eliasson; Pålsson; Hassan; Berggren; Sandström
    Lund; Nordin; Ström; Åberg; Hermansson; Ekström; Holmgren; Sundberg; Hedlund; Dahlberg
    Hellström; Sjögren; Abrahamsson; Falk; Öberg; Andreasson; Kaya; Yilmaz; Nguyen; Kovačević
    Novak; Nowak; Rodriguez; Khalil; Ibrahim; Omar; Hussein; Jovanović; Popović; Demir
    """
)
