"""Sentence templates for an idea: its title, problem, proposed solution and who benefits.

Fields name what phrasebook.Slots fills in: n (a countable noun of the idea's domain), m (any
noun or compound of the domain), c (a compound), g (a general noun), t (a tool), who (people of
the domain), place, v (an everyday verb), vs (one without a particle, for inverted word order:
"I dag fyller vi i" cannot be written with one verb form), iv (a verb of improvement), when,
dur, num, money, harm, short_harm, month and org ("kommunen" or "regionen"). A digit makes a
second one (n2, who2).
Attributes pick the form: .sg .en .the .pl .the_pl .gen .it, and with an adjective that agrees:
.bad .good (predicative), .bad_sg .bad_en .bad_the .bad_pl and the same with good.
"""

TITLES = (
    "{n.good_sg} för {who.the}",
    "Mindre {short_harm} {place.at}",
    "{iv.inf} {n.the_pl} {place.at}",
    "Hur kan vi {iv.inf} {c.the}?",
    "{t.sg} för {n.pl} {place.at}",
    "Färre {n.pl} och mer tid för {who.the}",
    "{n.good_pl} {place.at}",
    "Låt {who.the} {v.inf} {n.the_pl} själva",
    "{c.the} behöver bli {c.good}",
    "Problem med {n.the_pl} {when}",
    "{n.bad_pl} skapar {harm}",
    "Testa {t.en} för {c.sg}",
    "Samordna {n.the_pl} mellan {place.the} och {place2.the}",
    "Ett enklare sätt att {v.inf} {n.the_pl}",
    "{who.the} tappar tid på {c.the}",
    "{c.good_sg} {place.at}",
    "Bättre koll på {n.the_pl} {when}",
    "{iv.inf} {c.the} med {t.en}",
    "Samma {c.sg} för hela {org}",
    "Slipp {v.inf} {n.the_pl} för hand",
    "Varför {vs.pres} vi fortfarande {n.the_pl} på papper?",
    "{who.the} behöver {n.good_en}",
)

# The first sentence of a problem states it; later ones explain and give consequences.
PROBLEM_OPENINGS = (
    "I dag {vs.pres} {who.the} {n.the_pl} för hand, och det tar {dur} varje gång.",
    "{who.the} {place.at} lägger ungefär {dur} om dagen på att {v.inf} {c.the}.",
    "Det händer ofta att {n.the} saknas {when}, och då får {who.the} {v2.inf} {n2.the_pl} i "
    "stället.",
    "{n.bad_the} gör att {who.the} inte hinner med {m.the}.",
    "Många {who.pl} upplever att {c.the} är {c.bad}.",
    "Informationen om {n.the_pl} finns i dag på {num} olika ställen: {t.the}, {t2.the} och en "
    "pärm.",
    "När {n.the} inte fungerar {vs.pres} {who.the} {n2.the_pl} via telefon i stället.",
    "Varje vecka går det åt {dur} bara till att {v.inf} {n.the_pl}.",
    "Det finns ingen gemensam rutin för hur man ska {v.inf} {n.the_pl} {place.at}.",
    "{n.the} är {n.bad}, vilket gör det svårt för {who.the} att {v.inf} {m.the}.",
    "Fortfarande {vs.pres} vi {n.the_pl} på papper, trots att det finns {t.en} som skulle kunna "
    "göra det.",
    "Ingen har en samlad bild av {c.the_pl}, så {who.the} {v.pres} samma sak flera gånger.",
    "{c.the} {place.at} bygger på {g.bad_pl} som ingen riktigt äger.",
    "{who.the} {place.at} har svårt att {v.inf} {n.the_pl} {when}.",
    "Vi saknar {c.en}, så alla {v.pres} {n.the_pl} på sitt eget sätt.",
)

PROBLEM_MORE = (
    "Problemet blir störst {when}, när {who.the} har som mest att göra.",
    "Vi har försökt lösa det med {t.en}, men det räcker inte.",
    "Det leder till {harm} och {harm2} för {who.the}.",
    "Samma problem finns {place2.at} och på flera andra ställen i {org}.",
    "{who.the} har påpekat problemet flera gånger, senast på en arbetsplatsträff.",
    "Risken är att {who2.the} inte får den hjälp de behöver {when}.",
    "Vi har räknat på det, och det handlar om minst {num} {n.pl} i veckan.",
    "Det är särskilt tydligt {when}.",
    "{who.the} efterfrågar {n.good_pl}, men i dag finns inget sådant.",
    "Det är lätt att {n.the_pl} blir liggande, och ingen märker det förrän {who2.the} hör av sig.",
    "Följden blir {harm} och att {who.the} tappar förtroendet för {m.the}.",
    "Det tar ofta {dur} att få tag på rätt person när något händer med {n.the}.",
    "Både {who.the} och {who2.the} tycker att {c.the} har blivit sämre de senaste åren.",
    "{n.the_pl} {place.at} används nästan aldrig, men {n2.the_pl} räcker inte till.",
    "Varje gång {n.the} ändras måste {who.the} {v.inf} {n2.the_pl} på nytt.",
    "En kollega {place2.at} har samma problem och har slutat anmäla det.",
    "Det blir många onödiga resor mellan {place.the} och {place2.the}.",
    "{m.the} fungerar bra på vardagar men inte {when}.",
    "För den som är ny är det svårt att förstå hur {c.the} fungerar.",
    "{g.the} är {g.bad} och behöver ses över.",
    "Vi {v.past} {n.the_pl} på ett annat sätt förut, och det fungerade bättre.",
    "I värsta fall leder det till {harm}.",
    "Det kostar {org} pengar varje månad, även om ingen har räknat exakt hur mycket.",
    "{who2.the} märker det genom {harm}.",
)

SOLUTION_SENTENCES = (
    "Vi föreslår {g.good_en} som gör det möjligt för {who.the} att {v.inf} {n.the_pl} direkt i "
    "mobilen.",
    "Låt {who.the} {iv.inf} {c.the_pl} med hjälp av {t.en}.",
    "Ett första steg kan vara att testa {t.en} {place.at} under {num} veckor.",
    "Om vi {iv.pres} {n.the_pl} skulle {who.the} spara {dur} varje dag.",
    "{t.the} kan kopplas till {c.the} så att informationen bara behöver fyllas i en gång.",
    "Vi kan {iv.inf} {c.the} och samla allt på ett ställe.",
    "Gör {n.the} {n.good} genom att {iv.inf} {n2.the_pl} och ta bort onödiga steg.",
    "Andra kommuner har infört {n.good_pl} med goda resultat, så vi behöver inte börja från noll.",
    "En gemensam checklista för {who.the} skulle minska {harm}.",
    "Vi kan börja i liten skala {place.at} och sedan sprida arbetssättet till fler enheter.",
    "Med {t.en} kan {who2.the} själva {v.inf} {n.the_pl} utan att ringa.",
    "Det kostar lite men sparar mycket tid för {who.the}.",
    "{who.the} kan turas om att ansvara för {c.the}, så blir det tydligt vem som gör vad.",
    "Märk upp {n.the_pl} med qr-koder så att alla hittar rätt direkt.",
    "Inför {c.en} där {who.the} ser {n.the_pl} i realtid.",
    "Samla {who.the} och {who2.the} en gång i månaden för att {v.inf} {c.the_pl} tillsammans.",
    "Vi kan {iv.inf} {g.the} och låta {t.the} påminna när något behöver göras.",
    "Jag och mina kollegor hjälper gärna till att testa idén.",
    "Om det fungerar {place.at} kan samma lösning användas i hela {org}.",
    "Ersätt {n.bad_the} med {n.good_en} som alla kan använda.",
)

BENEFICIARIES = (
    "{who.the} och {who2.the}.",
    "Främst {who.the} {place.at}, men också {who2.the}.",
    "Alla som arbetar med {c.the_pl}, och i förlängningen {who2.the}.",
    "{who.the}, {who2.the} och {who3.the}.",
    "{who.the}, som slipper {short_harm}.",
    "I första hand {who.the}. Hela {org} sparar tid.",
)
