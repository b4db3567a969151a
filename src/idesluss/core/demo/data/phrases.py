"""Routine rationales a coach writes when an idea moves into assessment or exploring.

Gates and outcomes always carry their own rationale in the idea's story; these are for the
everyday first steps, taken in turn so that neighbouring ideas read differently.
"""

from .spec import ASSESSMENT, EXPLORING

ROUTINE_RATIONALES: dict[str, tuple[str, ...]] = {
    ASSESSMENT: (
        "Tack för att du skickade in idén! Jag har läst den och tar upp den på "
        "bedömningsmötet på torsdag. Du hör av mig senast veckan efter.",
        "Tack! Problemet du beskriver känner vi igen från flera verksamheter. Nu bedömer vi "
        "nyttan, hur mycket arbete det kräver och vilka fler som berörs.",
        "Vilken tydlig beskrivning av behovet. Idén går vidare till bedömning, och jag hör av "
        "mig om vi behöver veta mer.",
        "Tack för idén. Jag har pratat kort med din chef, som gärna ser att vi tittar vidare på "
        "den. Nu gör vi en första bedömning utifrån slussens kriterier.",
        "Bra fångat! Innan vi bedömer idén kollar jag om någon annan kommun i nätverket redan "
        "har provat något liknande – då kan vi lära av dem direkt.",
        "Tack för att du tog dig tid. Idén är nu med i bedömningen; vi tittar särskilt på nytta "
        "för brukarna och om den går att pröva i liten skala.",
        "Jag har tagit idén och lagt den till bedömning. Skriv gärna en kommentar om du kommer "
        "på fler exempel på när problemet uppstår.",
        "Tack! Det här är precis den sortens vardagsproblem slussen finns till för. Vi bedömer "
        "idén tillsammans med verksamheten under de närmaste två veckorna.",
    ),
    EXPLORING: (
        "Bedömningsgruppen ser en tydlig nytta och en rimlig insats. Nästa steg är att utforska "
        "behovet tillsammans med dig och några kollegor.",
        "Idén bedöms ha stor nytta och går att pröva i liten skala. Vi går vidare och utforskar "
        "hur en lösning kan se ut och vad den skulle kosta.",
        "Vi har inte hittat någon färdig lösning i nätverket, vilket gör idén extra intressant. "
        "Vi utforskar den vidare med en kort behovsanalys och intervjuer.",
        "Bedömningen är klar: högt på nytta, medel på genomförbarhet. Vi utforskar nu vilka "
        "alternativ som finns på marknaden innan vi föreslår ett test.",
        "Flera verksamheter har samma problem, så vi tar idén vidare till utforskning. Jag "
        "bokar en workshop med dig och två av dina kollegor.",
        "Idén går vidare. Under utforskningen vill vi förstå hur ofta problemet uppstår och vad "
        "det kostar i dag, så att vi kan mäta effekten av ett test.",
        "Styrgruppens kriterier är uppfyllda för att utforska vidare. Vi tar hjälp av "
        "verksamhetsutvecklaren på förvaltningen för att ta fram underlag.",
    ),
}
