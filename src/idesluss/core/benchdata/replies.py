"""What the sluice writes back: rationales for each kind of decision, and comments by author.

The fields are those of templates.py. Rationales are keyed by the stage the idea moves to;
"back" is a step from testing back to exploring.
"""

RATIONALES = {
    "assessment": (
        "Tack för idén! Vi tar upp den på nästa bedömningsmöte och återkommer inom {num} veckor.",
        "Tack! Problemet med {n.the_pl} känner vi igen från flera verksamheter. Nu bedömer vi "
        "nytta och insats.",
        "Vilken tydlig beskrivning av behovet. Idén går vidare till bedömning, och jag hör av mig "
        "om vi behöver veta mer.",
        "Tack för att du tog dig tid. Vi bedömer idén utifrån slussens kriterier, särskilt nyttan "
        "för {who.the}.",
        "Jag har tagit idén och lagt den till bedömning. Skriv gärna en kommentar om du kommer på "
        "fler exempel.",
        "Bra fångat! Innan vi bedömer idén kollar jag om någon annan i nätverket redan har provat "
        "{t.en} för {c.the_pl}.",
        "Tack! Det här är precis den sortens vardagsproblem slussen finns till för. Vi bedömer "
        "idén under {month}.",
    ),
    "exploring": (
        "Bedömningsgruppen ser en tydlig nytta för {who.the}. Nästa steg är att utforska behovet "
        "tillsammans med dig.",
        "Idén bedöms ha stor nytta och går att pröva i liten skala. Vi utforskar hur en lösning "
        "för {c.the_pl} kan se ut.",
        "Vi har inte hittat någon färdig lösning i nätverket, vilket gör idén extra intressant. "
        "Vi gör en kort behovsanalys.",
        "Högt på nytta, medel på genomförbarhet. Vi utforskar vilka alternativ som finns innan vi "
        "föreslår ett test.",
        "Flera verksamheter har samma problem med {n.the_pl}, så vi tar idén vidare. Jag bokar en "
        "workshop {place.at}.",
        "Idén går vidare. Under utforskningen vill vi förstå hur ofta problemet uppstår och vad "
        "det kostar i dag.",
    ),
    "testing": (
        "Styrgruppen beslutar att testa idén {place.at} under {num} veckor. Coachen tar fram en "
        "testplan med mått.",
        "Utforskningen visar att {t.en} kan lösa problemet. Vi testar i liten skala med {num} "
        "medarbetare.",
        "Beslut: test av {c.sg} {place.at}. Vi mäter tidsåtgång före och efter, och {who.the} får "
        "tycka till.",
        "Vi har tagit fram en prototyp tillsammans med {who.the}. Nu testar vi den skarpt {when}.",
        "Styrgruppen avsätter {num} timmar i veckan för ett test. Vi följer upp efter {month}.",
    ),
    "back": (
        "Testet visade att vi behöver tänka om kring {c.the}. Vi går tillbaka och utforskar andra "
        "alternativ.",
        "Lösningen fungerade inte {when}. Vi utforskar vidare innan vi testar igen.",
    ),
    "implementing": (
        "Testet föll väl ut: {who.the} sparade i snitt {dur} per dag. Styrgruppen beslutar att "
        "införa arbetssättet.",
        "Utvärderingen visar färre fel och mindre {short_harm}. Vi inför {c.sg} i hela "
        "verksamheten.",
        "Beslut om införande. Förvaltningen tar över ansvaret för {c.the} och budgeterar för "
        "driften.",
        "{who.the} vill inte gå tillbaka till det gamla arbetssättet. Vi inför det stegvis under "
        "{month}.",
    ),
    "spreading": (
        "Arbetssättet fungerar och flera enheter har visat intresse. Vi sprider det till fler "
        "förvaltningar.",
        "Andra kommuner i nätverket vill pröva {c.sg}. Vi tar fram en lathund och sprider idén "
        "vidare.",
    ),
    "implemented": (
        "Arbetssättet är nu infört i ordinarie verksamhet och ingår i rutinerna {place.at}.",
        "Införandet är klart. {t.the} används dagligen och {who.the} har fått utbildning.",
        "Idén är genomförd. Uppföljningen visar mindre {short_harm} och nöjdare {who.pl}.",
    ),
    "spread": (
        "Idén har spridits till {num} andra enheter och flera kommuner i nätverket.",
        "Arbetssättet används nu i hela {org} och har tagits upp av grannkommunerna.",
    ),
    "closed": (
        "Tack för idén. Vi avslutar den eftersom en liknande lösning redan införs i hela {org}.",
        "Vi har bedömt idén och ser tyvärr inte att nyttan står i proportion till kostnaden just "
        "nu.",
        "Testet visade inte den effekt vi hoppades på, så vi avslutar idén. Erfarenheterna "
        "dokumenteras.",
        "Frågan om {n.the_pl} ligger utanför det slussen kan påverka. Vi har skickat den vidare "
        "till ansvarig chef.",
        "Det saknas i dag resurser att driva idén vidare. Vi avslutar den men sparar underlaget.",
        "Idén krockar med ett pågående arbete med {c.the}. Vi avslutar den och lägger in dina "
        "synpunkter där.",
        "Vi har försökt nå dig utan att lyckas, och utan mer underlag kan vi inte gå vidare. Hör "
        "gärna av dig igen.",
        "Regelverket tillåter tyvärr inte lösningen som den är beskriven, så vi avslutar idén.",
    ),
    "merged": (
        "Idén liknar en tidigare idé om {n.the_pl}. Vi slår ihop dem så att arbetet samlas på ett "
        "ställe.",
        "Samma behov har kommit in {place.at}. Vi för ihop idéerna och du följer arbetet i den "
        "andra idén.",
    ),
    "handed_over": (
        "Idén lämnas över till linjeverksamheten, som tar ansvar för införandet.",
        "Vi lämnar över idén till upphandlingsenheten eftersom {t.en} behöver köpas in.",
        "Ett företag har en liknande produkt; vi lämnar över kontakten till näringslivsenheten.",
        "Frågan om {c.the} hör till förvaltningens ordinarie utvecklingsarbete, så vi lämnar över "
        "den dit.",
    ),
}

COMMENTS = {
    "coach": (
        "Tack för idén! Kan du berätta lite mer om hur ofta {n.the} krånglar?",
        "Jag har pratat med enhetschefen {place.at}, som är positiv.",
        "Vi bokar ett möte nästa vecka för att gå igenom idén tillsammans.",
        "Hur löser ni det i dag när {n.the} saknas?",
        "Nu har jag fått svar från {who.the}: de känner igen problemet.",
        "Har du möjlighet att vara med på ett test {when}?",
        "Kort lägesrapport: vi väntar på en offert på {t.en}.",
        "Finns det fler {who.pl} som vill vara med i arbetsgruppen?",
    ),
    "submitter": (
        "Det händer nästan varje dag, särskilt {when}.",
        "Tack för snabbt svar! Jag kan gärna vara med och testa.",
        "Vi har pratat om det i arbetslaget och alla känner igen sig.",
        "Har någon hunnit titta på idén än?",
        "Ett tillägg: samma sak gäller {n2.the_pl}.",
        "Jag bifogar gärna exempel om det hjälper.",
        "Vi provade {t.en} {place.at} förra året, men det föll på {harm}.",
    ),
    "team": (
        "Jag har testat själv {place.at} och det fungerar bra.",
        "Vi behöver tänka på {who.the} som jobbar {when}.",
        "Jag kan ta fram underlag om hur mycket tid vi lägger på {c.the} i dag.",
        "Bra idé, vi har samma problem med {n.the_pl}.",
    ),
    "internal": (
        "Liknar en idé från {place.the} förra året – kolla med coachen där.",
        "Kostnadsuppskattning: ungefär {money} för ett test.",
        "Enhetschefen är positiv men vill vänta till efter {month}.",
        "Ta upp på styrgruppsmötet i {month}.",
        "Obs: idén berör {c.the}, som förvaltningen redan ser över.",
        "Facket bör informeras innan vi testar.",
        "Jag har frågat två andra kommuner i nätverket hur de gör med {n.the_pl}.",
        "Jag vill se en kostnadskalkyl innan vi beslutar.",
    ),
}
