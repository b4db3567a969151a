"""Words that name the same thing in a municipality's work, one group a line.

Each group's words are indexed and searched as its first word, so "vårdtagare" finds
"brukare" and "socialbidrag" finds "försörjningsstöd" (PostgreSQL calls this a thesaurus
dictionary). Keep a group to words a coach would call the same thing: a group that is too wide
(buss = kollektivtrafik) makes every search find too much. Changing this needs `idesluss
reindex`.
"""

GROUPS = """
brukare, vårdtagare, omsorgstagare, kund, klient, omsorgsmottagare
personal, medarbetare, anställd, kollega, arbetstagare, personalgrupp
arbete, jobb, arbetsplats, jobba, arbeta
äldre, senior, pensionär, äldreperson
chef, ledare, arbetsledare, enhetschef, föreståndare, verksamhetschef
barn, unge, ungar, småbarn
förälder, vårdnadshavare, föräldrar, mamma, pappa
förskola, dagis, förskoleverksamhet
lärare, pedagog, förskollärare
elev, skolbarn, skolelev, gymnasieelev
måltid, lunch, middag, mat, kost, skollunch, maträtt
matsal, skolrestaurang, lunchmatsal
svinn, slöseri, spill, matsvinn
slänga, kasta, släng
fordon, bil, personbil, tjänstebil, leasingbil
cykelbana, cykelväg, cykelled, cykelstråk
trottoar, gångbana, gångväg
snöröjning, plogning, snöplogning, vinterväghållning, snöröja, ploga
halka, halkbekämpning, sandning, saltning
belysning, gatubelysning, gatljus, lyse, armatur
sopor, avfall, skräp, hushållsavfall, soppåse
soptunna, sopkärl, avfallskärl, kärl
återvinning, källsortering, sortering, återvinningsstation
läcka, läckage, vattenläcka
vattenmätare, elmätare
dator, laptop, bärbar, pc, datorer
surfplatta, ipad, läsplatta, platta
mobil, mobiltelefon, smartphone, telefon, mobilen
inloggning, sso, login, logga
lösenord, password
etjänst, e-tjänst, webbtjänst, självservice
blankett, formulär, pappersblankett
ansökan, ansöka, ansökning, söka
försörjningsstöd, socialbidrag, bistånd
socialkontor, socialtjänst, socialförvaltning
handläggare, socialsekreterare, handläggning
träning, motion, träna, gym, utegym, motionera
idrottshall, sporthall, gympasal, gymnastiksal, idrottsplats
bokning, reservation, boka, reservera, bokningssystem
evenemang, arrangemang, event, aktivitet, tillställning
förening, klubb, idrottsförening
nyanländ, invandrare, flykting, migrant, asylsökande
tolk, tolkning, översättning, översätta
tandvård, tandläkare, folktandvård, tandvårdsklinik
vårdcentral, hälsocentral, husläkare
sjuksköterska, sköterska, ssk
undersköterska, usk, vårdbiträde
frånvaro, skolk, ogiltig, närvaro
kurator, skolkurator, elevhälsa
skolskjuts, skolbuss
försening, försenad, förseningar
larm, varning, notis, avisering, påminnelse, sms
schema, arbetsschema, turlista, bemanning, tjänstgöringsschema
ventilation, luftväxling, inomhusluft, luft
koldioxid, co2
uppvärmning, värme, värmesystem
elförbrukning, energiförbrukning, energianvändning, elräkning
solcell, solpanel, solceller, solenergi
kostnad, utgift, pengar, kronor, kr
besparing, spara, sparande
upphandling, inköp, beställning, anskaffning
rekrytering, anställning, nyanställning, rekrytera
introduktion, onboarding, introduktionsprogram, inskolning
sjukfrånvaro, sjukskrivning, sjukskriven
stress, arbetsbelastning, belastning, överbelastning
ensamhet, isolering, ensam
anhörig, närstående, släkting
fall, fallolycka, ramla, falla, fallskada
trygghet, säkerhet, tryggare
väntetid, kö, vänta, handläggningstid
samtal, ringa, telefonsamtal
digital, digitalt, elektronisk, online, webb, internet, nätet
app, applikation, mobilapp
chatt, chat, chattfunktion
brandvarnare, brandlarm, rökdetektor
besökare, turist, gäst
hållplats, busshållplats, busskur
biljett, busskort, färdbevis, periodkort
lekplats, lekpark, lekredskap
grönområde, park, parkmark
klotter, graffiti, skadegörelse, vandalisering
bibliotek, stadsbibliotek, folkbibliotek, filial
lånekort, bibliotekskort
ljudbok, e-bok, eljudbok
tvätt, tvättstuga, tvättmaskin
hemtjänst, hemtjänstgrupp, hemvård
äldreboende, vårdboende, omsorgsboende
lss, funktionsnedsättning, funktionshinder, funktionsvariation
rullstol, rullator, hjälpmedel
""".strip()


def groups() -> list[list[str]]:
    return [[word.strip() for word in line.split(",")] for line in GROUPS.splitlines()]
