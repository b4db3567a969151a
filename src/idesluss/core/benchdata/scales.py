"""How big each data set is, and the fixed calendar it is dated in."""

from dataclasses import dataclass
from datetime import UTC, datetime

# Every data set ends on the same day, so the same seed gives the same dates whenever it runs;
# ideas are spread over the five years before it.
END = datetime(2026, 1, 1, tzinfo=UTC)
YEARS = 5
SPAN_SECONDS = YEARS * 365 * 86400
START = datetime.fromtimestamp(END.timestamp() - SPAN_SECONDS, UTC)


@dataclass(frozen=True)
class Scale:
    name: str
    sluices: int
    users: int
    ideas: int
    codes: tuple[str, ...] = ()  # municipalities (kommunkod), or
    county: str = ""  # a county: its municipalities and region, or neither: all of Sweden
    description: str = ""


SCALES = {
    scale.name: scale
    for scale in (
        Scale(
            "small",
            sluices=2,
            users=200,
            ideas=2_000,
            # Skövde and Lidköping run one sluice together, Helsingborg its own.
            codes=("1496", "1494", "1283"),
            description="3 municipalities, 2 sluices, 200 users, 2,000 ideas (for tests)",
        ),
        Scale(
            "medium",
            sluices=2,
            users=1_000,
            ideas=10_000,
            codes=("1496", "1494", "1283"),
            description=(
                "the small scale's 3 municipalities with 1,000 users and 10,000 ideas "
                "(the corpus of the similar-ideas evaluation)"
            ),
        ),
        Scale(
            "region",
            sluices=5,
            users=10_000,
            ideas=100_000,
            county="14",
            description=(
                "Västra Götaland: 49 municipalities and the region, 5 sluices, 10,000 users, "
                "100,000 ideas"
            ),
        ),
        Scale(
            "national",
            sluices=30,
            users=100_000,
            ideas=1_000_000,
            description=(
                "all 290 municipalities and 21 regions, 30 sluices, 100,000 users, 1,000,000 ideas"
            ),
        ),
    )
}
