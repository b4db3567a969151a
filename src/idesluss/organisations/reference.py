"""Sweden's municipalities and regions, from Statistics Sweden's code list (data/*.csv)."""

import csv
from dataclasses import dataclass
from pathlib import Path

REFERENCE_CSV = Path(__file__).parent / "data" / "sweden_municipalities_regions.csv"


@dataclass(frozen=True)
class ReferenceOrganisation:
    kind: str
    code: str
    name: str
    county_code: str
    county_name: str


def read_reference() -> list[ReferenceOrganisation]:
    """Every municipality and region, with the county each belongs to."""
    with REFERENCE_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    counties = {row["code"]: row["county_name"] for row in rows if row["kind"] == "region"}
    return [
        ReferenceOrganisation(
            kind=row["kind"],
            code=row["code"],
            name=row["name"],
            county_code=row["county_code"] or row["code"][:2],
            county_name=row["county_name"] or counties[row["code"][:2]],
        )
        for row in rows
    ]
