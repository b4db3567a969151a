"""The shape of one demo idea's story: who submitted it, who answered, and every step since."""

from dataclasses import dataclass

# Stage keys, independent of the stage names (which follow the site's language).
RECEIVED, ASSESSMENT, EXPLORING, TESTING = "received", "assessment", "exploring", "testing"
IMPLEMENTING, SPREADING = "implementing", "spreading"
IMPLEMENTED, SPREAD, CLOSED, MERGED, HANDED_OVER = (
    "implemented",
    "spread",
    "closed",
    "merged",
    "handed_over",
)

# Where an idea may go from each stage in the demo's stories.
NEXT_STAGES: dict[str, frozenset[str]] = {
    RECEIVED: frozenset({ASSESSMENT}),
    ASSESSMENT: frozenset({EXPLORING, CLOSED, MERGED, HANDED_OVER}),
    EXPLORING: frozenset({TESTING, CLOSED, MERGED, HANDED_OVER}),
    TESTING: frozenset({IMPLEMENTING, CLOSED, HANDED_OVER}),
    IMPLEMENTING: frozenset({IMPLEMENTED, SPREADING, HANDED_OVER}),
    SPREADING: frozenset({SPREAD}),
}

# Note authors besides an e-mail address.
COACH, SUBMITTER, DECIDER = "coach", "submitter", "decider"


@dataclass(frozen=True)
class Note:
    """A comment on the idea, written after `after` decisions (0: after the coach took it)."""

    author: str  # COACH, SUBMITTER, DECIDER or an e-mail address
    body: str
    after: int = 0
    internal: bool = False


@dataclass(frozen=True)
class IdeaSpec:
    key: str
    sluice: str  # slug
    title: str
    problem: str
    submitter: str
    category: str
    days_ago: int
    solution: str = ""
    beneficiaries: str = ""
    visibility: str = "organisation"
    coach: str = ""  # empty: nobody has answered yet
    # Each step is a stage key, or (stage key, rationale). Steps without a rationale take a
    # routine one from phrases.py; gates and outcomes always have their own.
    steps: tuple[str | tuple[str, str], ...] = ()
    notes: tuple[Note, ...] = ()
    supporters: tuple[str, ...] = ()
    merged_into: str = ""  # key of the idea a MERGED step points to
    answered_after_days: float | None = None  # None: within a few days
    days_in_stage: int | None = None  # since the last decision; None: derived
