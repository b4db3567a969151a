"""The DCAT-AP-SE catalogue: parsed as RDF, every mandatory property of DCAT-AP-SE present and
well-formed, in both syntaxes, and harvestable (absolute URIs, no blank nodes, CC0 by its URI).

Mandatory in DCAT-AP-SE (docs.dataportal.se/dcat): Catalog – title, description, publisher,
dataset, licence (CC0 on the catalogue, in Sweden); Dataset – title, description, publisher;
Distribution – accessURL, format; Agent – name; Contact (vcard) – formatted name and e-mail.
"""

from datetime import date

import pytest
from django.test import Client
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from .conftest import OPEN

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

# Plain namespaces: rdflib's closed ones warn when pytest looks into the module.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
MANDATORY = {
    DCAT["Catalog"]: [
        DCTERMS["title"],
        DCTERMS["description"],
        DCTERMS["publisher"],
        DCAT["dataset"],
    ],
    DCAT["Dataset"]: [DCTERMS["title"], DCTERMS["description"], DCTERMS["publisher"]],
    DCAT["Distribution"]: [DCAT["accessURL"], DCTERMS["format"]],
    FOAF["Agent"]: [FOAF["name"]],
    VCARD["Organization"]: [VCARD["fn"], VCARD["hasEmail"]],
}
LITERAL_IN_SWEDISH = [DCTERMS["title"], DCTERMS["description"], FOAF["name"]]
LINKS = [
    DCTERMS["publisher"],
    DCAT["dataset"],
    DCAT["distribution"],
    DCAT["accessURL"],
    DCTERMS["license"],
]


@pytest.fixture
def configured(settings):
    settings.SITE_URL = "https://idesluss.skaraborg.se"
    settings.OPEN_DATA_PUBLISHER_NAME = "Skaraborgs kommunalförbund"
    settings.OPEN_DATA_PUBLISHER_URL = "http://id.kb.se/organisations/SE2220001669"
    settings.OPEN_DATA_CONTACT_EMAIL = "oppnadata@skaraborg.se"


def _graph(path: str, syntax: str) -> Graph:
    response = Client().get(f"{OPEN}/{path}")
    assert response.status_code == 200
    return Graph().parse(data=response.content, format=syntax)


@pytest.fixture
def graphs(db, configured):
    return {"rdf": _graph("dcat.rdf", "xml"), "jsonld": _graph("dcat.jsonld", "json-ld")}


def _absolute(node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(("http://", "https://"))


def test_both_syntaxes_say_the_same(graphs):
    assert len(graphs["rdf"]) > 50
    assert isomorphic(graphs["rdf"], graphs["jsonld"])


@pytest.mark.parametrize("syntax", ["rdf", "jsonld"])
def test_every_mandatory_property_is_there_and_well_formed(graphs, syntax):
    graph = graphs[syntax]
    found = {kind: list(graph.subjects(RDF.type, kind)) for kind in MANDATORY}
    assert len(found[DCAT["Catalog"]]) == 1
    assert len(found[DCAT["Dataset"]]) == 2
    assert len(found[DCAT["Distribution"]]) == 4
    assert len(found[FOAF["Agent"]]) == 1 and len(found[VCARD["Organization"]]) == 1
    for kind, subjects in found.items():
        for subject in subjects:
            assert _absolute(subject), f"{kind} {subject}: the portal allows no blank node"
            for predicate in MANDATORY[kind]:
                values = list(graph.objects(subject, predicate))
                assert values, f"{kind} {subject} lacks {predicate}"
                for value in values:
                    assert not isinstance(value, BNode)
                    if isinstance(value, Literal):
                        assert str(value).strip(), f"{subject} {predicate} is empty"
                    if predicate in LINKS:
                        assert _absolute(value), f"{subject} {predicate} {value}"
            for predicate in LITERAL_IN_SWEDISH:
                languages = {v.language for v in graph.objects(subject, predicate)}
                if languages:
                    assert "sv" in languages


@pytest.mark.parametrize("syntax", ["rdf", "jsonld"])
def test_the_catalogue_links_its_datasets_and_they_their_distributions(graphs, syntax):
    graph = graphs[syntax]
    [catalog] = graph.subjects(RDF.type, DCAT["Catalog"])
    assert set(graph.objects(catalog, DCAT["dataset"])) == set(
        graph.subjects(RDF.type, DCAT["Dataset"])
    )
    distributions = {
        d
        for dataset in graph.objects(catalog, DCAT["dataset"])
        for d in graph.objects(dataset, DCAT["distribution"])
    }
    assert distributions == set(graph.subjects(RDF.type, DCAT["Distribution"]))
    publisher = URIRef("http://id.kb.se/organisations/SE2220001669")
    assert set(graph.objects(catalog, DCTERMS["publisher"])) == {publisher}
    assert graph.value(publisher, FOAF["name"]) == Literal("Skaraborgs kommunalförbund", lang="sv")


@pytest.mark.parametrize("syntax", ["rdf", "jsonld"])
def test_the_licence_is_cc0_by_its_exact_uri(graphs, syntax):
    graph = graphs[syntax]
    [catalog] = graph.subjects(RDF.type, DCAT["Catalog"])
    assert list(graph.objects(catalog, DCTERMS["license"])) == [CC0]
    for distribution in graph.subjects(RDF.type, DCAT["Distribution"]):
        assert list(graph.objects(distribution, DCTERMS["license"])) == [CC0]


@pytest.mark.parametrize("syntax", ["rdf", "jsonld"])
def test_dates_are_iso_dates(graphs, syntax):
    graph = graphs[syntax]
    dates = list(graph.objects(None, DCTERMS["modified"]))
    assert len(dates) == 3
    for value in dates:
        assert value.datatype == XSD["date"]
        assert isinstance(value.toPython(), date)


@pytest.mark.parametrize("syntax", ["rdf", "jsonld"])
def test_the_contact_is_an_email_address(graphs, syntax):
    graph = graphs[syntax]
    [contact] = graph.subjects(RDF.type, VCARD["Organization"])
    assert graph.value(contact, VCARD["hasEmail"]) == URIRef("mailto:oppnadata@skaraborg.se")
    for dataset in graph.subjects(RDF.type, DCAT["Dataset"]):
        assert graph.value(dataset, DCAT["contactPoint"]) == contact


def test_distributions_lead_to_the_data(graphs, configured):
    graph = graphs["rdf"]
    urls = {str(u) for u in graph.objects(None, DCAT["accessURL"])}
    assert urls == {
        f"https://idesluss.skaraborg.se{OPEN}/{path}"
        for path in ("innovations", "innovations.csv", "statistics", "statistics.csv")
    }
    client = Client()
    for url in urls:
        response = client.get(url.removeprefix("https://idesluss.skaraborg.se"))
        assert response.status_code == 200, url
    formats = {str(f) for f in graph.objects(None, DCTERMS["format"])}
    assert formats == {"application/json", "text/csv"}


def test_the_defaults_make_a_valid_publisher_and_leave_the_contact_out(db, settings):
    settings.SITE_URL = "https://idesluss.example.se"
    settings.OPEN_DATA_PUBLISHER_URL = ""
    settings.OPEN_DATA_CONTACT_EMAIL = ""
    graph = _graph("dcat.rdf", "xml")
    assert not list(graph.subjects(RDF.type, VCARD["Organization"]))
    assert not list(graph.objects(None, DCAT["contactPoint"]))
    [agent] = graph.subjects(RDF.type, FOAF["Agent"])
    assert str(agent) == "https://idesluss.example.se/oppna-data/#utgivare"
    assert graph.value(agent, FOAF["name"]) == Literal("Idésluss", lang="sv")


def test_the_content_types(db):
    client = Client()
    assert client.get(f"{OPEN}/dcat.rdf")["Content-Type"] == "application/rdf+xml; charset=utf-8"
    assert client.get(f"{OPEN}/dcat.jsonld")["Content-Type"] == "application/ld+json; charset=utf-8"
