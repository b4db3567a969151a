"""The DCAT-AP-SE catalogue of the open data, for Sweden's data portal to harvest.

One small RDF graph, built here and written as JSON-LD or as RDF/XML (the syntax the portal
harvests). Every node the portal keeps apart – catalogue, datasets, distributions, publisher,
contact – has an absolute http(s) identifier under SITE_URL: the portal allows no blank nodes
for them. The mandatory properties of DCAT-AP-SE are checked in tests/opendata/test_dcat.py.
"""

import io
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.xmlutils import SimplerXMLGenerator

NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# Spelled exactly so (http, trailing slash): the portal compares licences by their URI.
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
EU = "http://publications.europa.eu/resource/authority/"
SWEDISH = f"{EU}language/SWE"
ENGLISH = f"{EU}language/ENG"
GOVERNMENT = f"{EU}data-theme/GOVE"
PUBLIC_ACCESS = f"{EU}access-right/PUBLIC"
SWEDEN = f"{EU}country/SWE"
IANA = "https://www.iana.org/assignments/media-types/"


@dataclass(frozen=True)
class Resource:
    """A reference to a node by its URI."""

    uri: str


@dataclass(frozen=True)
class Text:
    """A literal: text in a language, or a value of an XML Schema datatype (xsd:date, …)."""

    value: str
    language: str = ""
    datatype: str = ""


@dataclass
class Node:
    uri: str
    types: list[str]
    properties: list[tuple[str, Resource | Text]] = field(default_factory=list)

    def add(self, predicate: str, *values: Resource | Text) -> "Node":
        self.properties += [(predicate, value) for value in values]
        return self


def _both(swedish: str, english: str) -> tuple[Text, Text]:
    return Text(swedish, "sv"), Text(english, "en")


def site(path: str) -> str:
    """An absolute address on this site: identifiers must not depend on how it was reached."""
    return settings.SITE_URL + path


# The metadata carries Swedish and English side by side, each literal tagged with its language,
# as DCAT-AP-SE asks: not UI text, so not in the catalogues of gettext.
DATASETS = [
    (
        "innovationer",
        "innovations",
        _both(
            "Införda innovationer från idéslussar", "Innovations implemented through idea sluices"
        ),
        _both(
            "Idéer som en idésluss har publicerat och som är införda eller spridda, med "
            "organisation, sluss, datum och resultat (ny produkt, tjänst, företag, patent, "
            "licens, arbetssätt, upphandling, besparing). Inga personuppgifter.",
            "Ideas that an idea sluice has made public and that are implemented or spread, with "
            "organisation, sluice, dates and outcomes (new product, service, company, patent, "
            "licence, work method, procurement, saving). No personal data.",
        ),
        ("innovation", "idésluss", "innovationssluss", "offentlig sektor"),
    ),
    (
        "statistik",
        "statistics",
        _both(
            "Idéer och resultat per organisation och år",
            "Ideas and outcomes per organisation and year",
        ),
        _both(
            "För varje kommun, region och kommunalförbund och kalenderår: inkomna idéer, hur "
            "många av dem som är införda eller spridda, och resultaten det året per slag. "
            "Alla idéer räknas, också de som inte är publicerade; siffrorna namnger ingen.",
            "For each municipality, region and municipal federation and calendar year: ideas "
            "received, how many of them are implemented or spread, and that year's outcomes by "
            "kind. Every idea counts, also those not published; the figures name no one.",
        ),
        ("innovation", "idésluss", "statistik", "kommun", "region"),
    ),
]


def catalogue() -> list[Node]:
    """The catalogue, its two datasets with a JSON and a CSV distribution each, the publisher
    and (when configured) the contact point."""
    page = site(reverse("opendata:index"))
    publisher = Node(settings.OPEN_DATA_PUBLISHER_URL or f"{page}#utgivare", ["foaf:Agent"])
    publisher.add("foaf:name", Text(settings.OPEN_DATA_PUBLISHER_NAME, "sv"))
    contact = None
    if settings.OPEN_DATA_CONTACT_EMAIL:
        contact = Node(f"{page}#kontakt", ["vcard:Organization"])
        contact.add("vcard:fn", Text(settings.OPEN_DATA_PUBLISHER_NAME))
        contact.add("vcard:hasEmail", Resource(f"mailto:{settings.OPEN_DATA_CONTACT_EMAIL}"))
    today = Text(timezone.localdate().isoformat(), datatype="xsd:date")
    api = site("/api/open/v1/")
    datasets, distributions = [], []
    for key, path, title, description, keywords in DATASETS:
        dataset = Node(f"{page}#{key}", ["dcat:Dataset"])
        dataset.add("dcterms:title", *title)
        dataset.add("dcterms:description", *description)
        dataset.add("dcterms:publisher", Resource(publisher.uri))
        if contact is not None:
            dataset.add("dcat:contactPoint", Resource(contact.uri))
        dataset.add("dcat:theme", Resource(GOVERNMENT))
        dataset.add("dcat:keyword", *(Text(word, "sv") for word in keywords))
        dataset.add("dcterms:language", Resource(SWEDISH))
        dataset.add("dcterms:spatial", Resource(SWEDEN))
        dataset.add("dcterms:accessRights", Resource(PUBLIC_ACCESS))
        dataset.add("dcterms:modified", today)
        dataset.add("dcat:landingPage", Resource(page))
        for suffix, media_type, name in (
            ("json", "application/json", "JSON"),
            ("csv", "text/csv", "CSV"),
        ):
            address = api + path + (".csv" if suffix == "csv" else "")
            distribution = Node(f"{page}#{key}-{suffix}", ["dcat:Distribution"])
            distribution.add("dcterms:title", *_both(f"{title[0].value} ({name})", name))
            distribution.add("dcat:accessURL", Resource(address))
            if suffix == "csv":
                distribution.add("dcat:downloadURL", Resource(address))
            distribution.add("dcterms:format", Text(media_type))
            distribution.add("dcat:mediaType", Resource(IANA + media_type))
            distribution.add("dcterms:license", Resource(CC0))
            dataset.add("dcat:distribution", Resource(distribution.uri))
            distributions.append(distribution)
        datasets.append(dataset)
    catalog = Node(f"{page}#katalog", ["dcat:Catalog"])
    catalog.add("dcterms:title", *_both("Idésluss – öppna data", "Idésluss – open data"))
    catalog.add(
        "dcterms:description",
        *_both(
            "Innovationer som kommuner och regioner har infört eller spridit genom sina "
            "idéslussar, och statistik per organisation och år över idéer och resultat.",
            "Innovations that municipalities and regions have implemented or spread through "
            "their idea sluices, and statistics per organisation and year of ideas and outcomes.",
        ),
    )
    catalog.add("dcterms:publisher", Resource(publisher.uri))
    catalog.add("dcterms:license", Resource(CC0))
    catalog.add("dcterms:language", Resource(SWEDISH), Resource(ENGLISH))
    catalog.add("foaf:homepage", Resource(page))
    catalog.add("dcterms:modified", today)
    catalog.add("dcat:dataset", *(Resource(dataset.uri) for dataset in datasets))
    return [catalog, *datasets, *distributions, publisher, *([contact] if contact else [])]


# --- Writing the graph ----------------------------------------------------------------------


def _expand(name: str) -> str:
    prefix, _, local = name.partition(":")
    return NAMESPACES[prefix] + local


def as_jsonld(nodes: list[Node]) -> str:
    """The graph as JSON-LD: compact names under one @context, every node in @graph."""
    graph = []
    for node in nodes:
        item: dict = {
            "@id": node.uri,
            "@type": node.types[0] if len(node.types) == 1 else node.types,
        }
        for predicate, value in node.properties:
            if isinstance(value, Resource):
                written: dict = {"@id": value.uri}
            elif value.language:
                written = {"@value": value.value, "@language": value.language}
            elif value.datatype:
                written = {"@value": value.value, "@type": value.datatype}
            else:
                written = {"@value": value.value}
            item.setdefault(predicate, []).append(written)
        graph.append(
            {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in item.items()}
        )
    context = {prefix: uri for prefix, uri in NAMESPACES.items() if prefix != "rdf"}
    return json.dumps({"@context": context, "@graph": graph}, ensure_ascii=False, indent=2)


def as_rdfxml(nodes: list[Node]) -> str:
    """The graph as RDF/XML, typed nodes with their properties nested one level."""
    out = io.StringIO()
    xml = SimplerXMLGenerator(out, "utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement("rdf:RDF", {f"xmlns:{prefix}": uri for prefix, uri in NAMESPACES.items()})
    for node in nodes:
        xml.startElement(node.types[0], {"rdf:about": node.uri})
        for extra in node.types[1:]:
            xml.addQuickElement("rdf:type", attrs={"rdf:resource": _expand(extra)})
        for predicate, value in node.properties:
            if isinstance(value, Resource):
                xml.addQuickElement(predicate, attrs={"rdf:resource": value.uri})
            elif value.language:
                xml.addQuickElement(predicate, value.value, {"xml:lang": value.language})
            elif value.datatype:
                xml.addQuickElement(
                    predicate, value.value, {"rdf:datatype": _expand(value.datatype)}
                )
            else:
                xml.addQuickElement(predicate, value.value)
        xml.endElement(node.types[0])
    xml.endElement("rdf:RDF")
    xml.endDocument()
    return out.getvalue()
