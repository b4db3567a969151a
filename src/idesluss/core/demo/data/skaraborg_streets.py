"""Skaraborgs innovationssluss: ideas about streets, snow, recycling and climate."""

from .people import (
    AHMED,
    ANNA,
    ASA,
    BIRGITTA,
    DAVID,
    ELIN,
    EMMA,
    ERIK,
    GORAN,
    HASSAN,
    INGRID,
    JAN,
    JENNY,
    JOHAN,
    KARIN,
    LARS,
    MARIA,
    MIKAEL,
    MONA,
    SOFIA,
    TOVE,
    ULRIKA,
)
from .spec import (
    ASSESSMENT,
    COACH,
    DECIDER,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTING,
    MERGED,
    SUBMITTER,
    TESTING,
    IdeaSpec,
    Note,
)

SLUICE = "skaraborg"

IDEAS: tuple[IdeaSpec, ...] = (
    IdeaSpec(
        key="reuse-mall",
        sluice=SLUICE,
        title="Återbruksgalleria vid återvinningscentralen, inspirerad av ReTuna i Eskilstuna",
        problem=(
            "På återvinningscentralen i Falköping slänger besökarna varje dag möbler, cyklar, "
            "leksaker och husgeråd som fungerar. Vi som arbetar där ser hur mycket som skulle "
            "kunna användas igen, men det finns ingenstans att lämna det. Samtidigt efterfrågar "
            "många invånare begagnat till låga priser."
        ),
        solution=(
            "En återbruksgalleria vid återvinningscentralen, inspirerad av ReTuna i Eskilstuna "
            "– världens första återbruksgalleria, där allt som säljs är återbrukat, reparerat "
            "eller hållbart producerat. Besökarna lämnar saker i en depå innan de slänger, och "
            "butiker och verkstäder i gallerian tar hand om dem."
        ),
        beneficiaries=("Invånare, miljön, och personer som behöver arbetsträning i verkstäderna."),
        category="Miljö och klimat",
        submitter=DAVID,
        coach=JENNY,
        visibility="public",
        days_ago=410,
        days_in_stage=180,
        steps=(
            (
                ASSESSMENT,
                "Tack David! Idén är stor men problemet är tydligt, och ReTuna visar "
                "att det går. Vi bedömer den tillsammans med tekniska förvaltningen.",
            ),
            (
                EXPLORING,
                "Bedömningen är positiv. Vi utforskar hur mycket som går att ta "
                "tillvara, vilka lokaler som finns och hur arbetsmarknadsenheten kan vara med.",
            ),
            (
                TESTING,
                "Styrgruppen beviljar ett test: en återbruksdepå och en pop-up-butik "
                "fyra lördagar i rad. Vi väger det som tas tillvara och frågar besökarna.",
            ),
            (
                HANDED_OVER,
                "Testet visade att det finns både saker och köpare: 6,5 ton togs "
                "tillvara på fyra lördagar och butiken sålde slut varje gång. En permanent "
                "galleria är dock en investering som ligger utanför slussens uppdrag. Idén "
                "överlämnas till avfallsverksamheten och arbetsmarknadsenheten, som tar fram en "
                "förstudie och ett investeringsunderlag till kommunstyrelsen. David är med i "
                "förstudiegruppen.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Vill du följa med på studiebesök till ReTuna? Eskilstuna tar emot "
                "grupper från andra kommuner.",
                after=2,
            ),
            Note(
                SUBMITTER, "Gärna! Kan vi ta med någon från arbetsmarknadsenheten också?", after=2
            ),
            Note(
                COACH, "Första lördagen: 1,8 ton tillvarataget och kö när butiken öppnade!", after=3
            ),
            Note(
                DECIDER,
                "Räkna på personalkostnaden för en permanent lösning innan nästa beslut.",
                after=3,
                internal=True,
            ),
        ),
        supporters=(JAN, ULRIKA, EMMA, LARS, ELIN, MIKAEL, SOFIA, MONA, BIRGITTA),
    ),
    IdeaSpec(
        key="snow-map",
        sluice=SLUICE,
        title="Visa på kartan var snöröjningen har varit",
        problem=(
            "När det snöar ringer hundratals invånare till kontaktcenter för att fråga när "
            "deras gata plogas. Handläggarna vet inte heller, eftersom informationen bara finns "
            "hos entreprenörerna. Samtalen tar tid från allt annat och irritationen växer."
        ),
        solution=(
            "Plogbilarna har redan GPS. Visa på en karta på kommunens webbplats vilka gator som "
            "är plogade och när, och vilken prioritet varje gata har."
        ),
        beneficiaries=(
            "Invånare, kontaktcenter, och hemtjänsten och färdtjänsten som planerar sina rutter."
        ),
        category="Samhällsbyggnad",
        submitter=LARS,
        coach=MARIA,
        visibility="public",
        days_ago=300,
        days_in_stage=100,
        steps=(
            ASSESSMENT,
            (
                EXPLORING,
                "Idén bedöms ha stor nytta, och kontaktcenter bekräftar problemet: upp "
                "till 400 samtal per snödygn. Vi utforskar vad entreprenörernas GPS-system kan "
                "leverera.",
            ),
            (
                TESTING,
                "Styrgruppen beviljar ett test under den kommande vintern i två av Skövdes "
                "plogområden. Kartan publiceras som betaversion. Vi räknar samtalen till "
                "kontaktcenter och frågar användarna vad de tycker.",
            ),
            (
                IMPLEMENTING,
                "Under testet minskade samtalen från de två områdena med drygt "
                "hälften, och kartan hade 12 000 besök under det största snöovädret. Styrgruppen "
                "beslutar att införa kartan för hela Skövde inför nästa vinter. Krav på GPS-data "
                "skrivs in i nästa upphandling av snöröjning.",
            ),
        ),
        notes=(
            Note(
                COACH,
                "Lars, kan du fråga entreprenören om de kan dela data i realtid, eller "
                "bara i efterhand?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "I realtid med fem minuters fördröjning, om vi står för kopplingen.",
                after=2,
            ),
            Note(
                COACH,
                "Mikael Lunds idé från Mariestad om sms till hemtjänsten slås ihop med den här.",
                after=3,
                internal=True,
            ),
            Note(
                TOVE,
                "Den här vill vi visa på nätverksträffen – flera kommuner i slussen har "
                "frågat efter kartan.",
                after=4,
            ),
        ),
        supporters=(ANNA, BIRGITTA, KARIN, MIKAEL, ERIK, HASSAN, ELIN),
    ),
    IdeaSpec(
        key="snow-sms",
        sluice=SLUICE,
        title="Sms till hemtjänsten när deras gator är plogade",
        problem=(
            "Hemtjänstens bilar kör fast på oplogade gator i villaområdena morgonen efter "
            "snöfall. Personalen vet inte vilka gator som är klara, så de chansar eller går "
            "långa sträckor. Besöken blir sena."
        ),
        solution="Skicka sms till hemtjänstens samordnare när plogbilen är klar med ett område.",
        beneficiaries="Hemtjänsten och brukarna.",
        category="Samhällsbyggnad",
        submitter=MIKAEL,
        coach=JENNY,
        visibility="network",
        days_ago=120,
        days_in_stage=105,
        steps=(
            ASSESSMENT,
            (
                MERGED,
                "Tack Mikael! Skövde inför just nu en karta som visar var snöröjningen har "
                "varit, byggd på plogbilarnas GPS. Din idé om avisering till hemtjänsten passar "
                "som nästa steg i det arbetet, så vi slår ihop idéerna. Kartan och aviseringen "
                "byggs så att alla kommuner i slussen kan vara med, och Mariestad är redan "
                "tillfrågad.",
            ),
        ),
        merged_into="snow-map",
        supporters=(ASA,),
    ),
    IdeaSpec(
        key="grit-reuse",
        sluice=SLUICE,
        title="Sopa upp och återanvänd halkgruset",
        problem=(
            "Varje vinter sprider vi hundratals ton halkgrus på gator och cykelbanor i "
            "Mariestad. På våren sopas det upp och körs till deponi, och nytt grus köps in till "
            "nästa vinter. Det kostar pengar och transporter och tar naturresurser i onödan."
        ),
        solution=(
            "Tvätta och sikta det upptagna gruset så att det kan användas igen. Flera kommuner "
            "gör redan så."
        ),
        beneficiaries="Skattebetalarna och miljön.",
        category="Miljö och klimat",
        submitter=MIKAEL,
        coach=MARIA,
        visibility="network",
        days_ago=230,
        days_in_stage=80,
        steps=(
            ASSESSMENT,
            EXPLORING,
            (
                TESTING,
                "Styrgruppen beviljar ett test: vid nästa vårsopning tvättas gruset från centrala "
                "Mariestad av en entreprenör och läggs ut igen vintern därpå. Vi följer kostnad "
                "per ton och gruskvalitet jämfört med nytt grus.",
            ),
        ),
        notes=(
            Note(COACH, "Har du underlag på hur mycket grus som sopas upp?", after=2),
            Note(SUBMITTER, "Cirka 900 ton förra våren enligt vågsedlarna.", after=2),
            Note(
                GORAN,
                "Följ upp att tvättvattnet tas om hand enligt miljötillståndet.",
                after=3,
                internal=True,
            ),
        ),
        supporters=(ELIN, DAVID, LARS),
    ),
    IdeaSpec(
        key="snow-volunteers",
        sluice=SLUICE,
        title="Snöskottning hos äldre genom idrottsföreningar",
        problem=(
            "Äldre som bor i villa har svårt att skotta snö själva, och plogvallen vid infarten "
            "blir ofta kvar i dagar. Hemtjänsten och färdtjänsten kommer inte fram, och de "
            "äldre blir instängda. Kommunens fixartjänst hinner inte med när det snöar mycket."
        ),
        solution=(
            "Samarbeta med idrottsföreningar som skottar hos äldre mot ett bidrag till "
            "föreningen, samordnat av kommunen."
        ),
        beneficiaries="Äldre som bor kvar hemma, hemtjänsten och föreningarnas ungdomar.",
        category="Samhällsbyggnad",
        submitter=MIKAEL,
        coach=JENNY,
        visibility="network",
        days_ago=100,
        days_in_stage=70,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Två fotbollsföreningar är intresserade. Frågan är försäkringen – vem "
                "ansvarar om någon halkar?",
                after=2,
            ),
            Note(
                SUBMITTER,
                "Jag har frågat kommunens försäkringshandläggare. Föreningarnas "
                "egen försäkring räcker om uppdraget är skriftligt.",
                after=2,
            ),
        ),
        supporters=(ELIN, ASA, INGRID),
    ),
    IdeaSpec(
        key="rain-gardens",
        sluice=SLUICE,
        title="Regnbäddar på skolgårdarna som skydd mot skyfall",
        problem=(
            "Vid kraftiga regn blir flera skolgårdar i Skövde översvämmade, och dagvattnet "
            "belastar ledningsnätet. Asfalten gör att vattnet inte har någonstans att ta vägen. "
            "Skolgårdarna är dessutom grå och ger lite skugga på sommaren."
        ),
        solution=(
            "Byt ut delar av asfalten mot regnbäddar och gröna ytor där vattnet kan tas upp. Gör "
            "det tillsammans med eleverna, som en del av undervisningen om klimat och vatten."
        ),
        beneficiaries=(
            "Eleverna, som får grönare skolgårdar, fastighetsägaren och VA-verksamheten."
        ),
        category="Miljö och klimat",
        submitter=LARS,
        coach=MARIA,
        visibility="network",
        days_ago=75,
        days_in_stage=45,
        steps=(ASSESSMENT, EXPLORING),
        notes=(
            Note(
                COACH,
                "Johan Berg har en idé om att låta eleverna rita om en skolgård. Ni "
                "borde prata med varandra!",
                after=2,
            ),
            Note(SUBMITTER, "Bra tips, vi har redan bokat en fika.", after=2),
        ),
        supporters=(JOHAN, KARIN, DAVID),
    ),
    IdeaSpec(
        key="pothole-photos",
        sluice=SLUICE,
        title="Foto på potthålet direkt i felanmälan",
        problem=(
            "När invånare felanmäler potthål vet vi sällan hur stort hålet är eller exakt var "
            "det ligger. En arbetsledare får åka ut och titta innan vi kan prioritera. Under "
            "tjällossningen kommer hundratals anmälningar på några veckor."
        ),
        solution=(
            "Låt invånaren bifoga en bild med position från mobilen i felanmälan, så kan "
            "arbetsledaren prioritera från skrivbordet."
        ),
        beneficiaries="Invånare, cyklister och gatuenheten.",
        category="Samhällsbyggnad",
        submitter=ERIK,
        coach=AHMED,
        visibility="network",
        days_ago=18,
        days_in_stage=10,
        steps=(ASSESSMENT,),
        notes=(
            Note(
                COACH,
                "Samma behov finns i Mariestad. Kolla om e-tjänsteplattformen klarar "
                "bilder med position.",
                after=1,
                internal=True,
            ),
        ),
        supporters=(HASSAN, SOFIA, MIKAEL),
    ),
    IdeaSpec(
        key="streetlight-map",
        sluice=SLUICE,
        title="Felanmälan av trasig gatubelysning direkt på en karta",
        problem=(
            "Invånare ringer eller mejlar om trasiga gatlampor men beskriver sällan exakt "
            "vilken lampa det gäller. Vi på gatuenheten åker ut och letar, ibland flera gånger. "
            "Samma lampa anmäls ofta av flera personer utan att vi ser att det är samma fel."
        ),
        solution=(
            "En karta på webben där alla lampor syns med nummer. Invånaren klickar på lampan, "
            "och den som anmäler efter ser att felet redan är anmält."
        ),
        beneficiaries="Invånare som rör sig ute när det är mörkt, och gatuenhetens personal.",
        category="Samhällsbyggnad",
        submitter=ERIK,
        coach=AHMED,
        visibility="network",
        days_ago=6,
        answered_after_days=2,
        notes=(
            Note(
                COACH,
                "Hej Erik! Finns lamporna redan som punkter i kommunens kartsystem? Då "
                "är mycket av jobbet gjort.",
            ),
            Note(
                SUBMITTER,
                "Ja, alla lampor mättes in när vi bytte till LED. Men kartan används bara internt.",
            ),
        ),
        supporters=(HASSAN, SOFIA),
    ),
    IdeaSpec(
        key="ev-charging",
        sluice=SLUICE,
        title="Laddplatser för hemtjänstens elbilar",
        problem=(
            "Hemtjänsten i Skövde har fått tio nya elbilar, men vid lokalen finns bara två "
            "laddplatser. Bilarna laddas i tur och ordning, och det händer att någon får ta en "
            "halvladdad bil ut på kvällsrundan. Personalen flyttar bilar mitt i passet för att "
            "komma åt laddaren."
        ),
        solution=(
            "Bygg ut med laddplatser för alla bilarna, med lastbalansering så att elnätet "
            "räcker, och ett enkelt schema för vem som laddar när."
        ),
        beneficiaries="Hemtjänstens personal och brukarna på kvällsrundan.",
        category="Samhällsbyggnad",
        submitter=LARS,
        visibility="network",
        days_ago=19,
        supporters=(ANNA, BIRGITTA),
    ),
)
