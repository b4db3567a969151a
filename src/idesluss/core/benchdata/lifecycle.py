"""Lives through each idea's life: submitted, answered, moved from stage to stage, commented
on and supported, up to the data set's end date.

Pure: it yields rows in the plan's own numbering (idea n, user n, stage position, category
index), which the loader turns into database ids. Times are whole seconds after scales.START.
Old ideas have mostly reached an end (closed, merged, handed over, now and then implemented);
recent ones are still early, because their next decision would fall after the end date.
"""

import bisect
import itertools
import math
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from idesluss.organisations.services import DEFAULT_STAGES

from .domains import BY_KEY, DOMAINS
from .phrasebook import Phrasebook
from .randomness import stream
from .scales import SPAN_SECONDS, START
from .world import OWN_SLUICE_SHARE, SUBMITTER_SKEW, SluicePlan, World

DAY, HOUR = 86_400, 3_600

# Stage positions of organisations.services.DEFAULT_STAGES; the loader checks their kinds.
STAGE_KEYS = (
    "received", "assessment", "exploring", "testing", "implementing", "spreading",
    "implemented", "spread", "closed", "merged", "handed_over",
)  # fmt: skip
RECEIVED, ASSESSMENT, EXPLORING, TESTING, IMPLEMENTING, SPREADING = range(6)
IMPLEMENTED, SPREAD, CLOSED, MERGED, HANDED_OVER = range(6, 11)
# Moves into these need a decision maker; coaches make the others.
GATES = frozenset(position for position, stage in enumerate(DEFAULT_STAGES) if stage[2])

# Where an idea goes next from each stage in progress, and how likely.
NEXT = {
    ASSESSMENT: ((EXPLORING, 0.66), (CLOSED, 0.22), (MERGED, 0.07), (HANDED_OVER, 0.05)),
    EXPLORING: ((TESTING, 0.55), (CLOSED, 0.33), (HANDED_OVER, 0.08), (MERGED, 0.04)),
    TESTING: ((IMPLEMENTING, 0.50), (CLOSED, 0.30), (HANDED_OVER, 0.08), (EXPLORING, 0.12)),
    IMPLEMENTING: ((IMPLEMENTED, 0.72), (SPREADING, 0.20), (HANDED_OVER, 0.08)),
    SPREADING: ((SPREAD, 1.0),),
}
# Days an idea typically stays in a stage (median of a log-normal), and how widely it varies.
DWELL = {
    ASSESSMENT: (14, 0.8),
    EXPLORING: (45, 0.7),
    TESTING: (110, 0.6),
    IMPLEMENTING: (150, 0.6),
    SPREADING: (200, 0.5),
}
NEVER_ANSWERED = 0.05  # ideas nobody ever responds to: the sluices' known failing
# Ideas that get stuck in a stage for good: nobody decides again (overdue in the reports).
STALLS = {ASSESSMENT: 0.08, EXPLORING: 0.05, TESTING: 0.04, IMPLEMENTING: 0.03, SPREADING: 0.03}
TAKEN_BY_COACH = 0.93  # the others are moved on by a coach who does not take them
VISIBILITY = (("organisation", 0.50), ("network", 0.33), ("public", 0.12), ("private", 0.05))
SUPPORTS_BY_VISIBILITY = {"organisation": 1.3, "network": 1.9, "public": 2.3, "private": 0.0}


class IdeaRow(NamedTuple):
    number: int
    sluice: int
    title: str
    problem: str
    solution: str
    beneficiaries: str
    category: int | None  # index in the sluice's categories
    organisation: int
    unit: int | None  # index in the organisation's units
    submitter: int
    coach: int | None
    visibility: str
    stage: int  # position
    stage_entered_at: int
    merged_into: int | None
    first_response_at: int | None
    created_at: int
    updated_at: int


class DecisionRow(NamedTuple):
    idea: int
    from_stage: int
    to_stage: int
    decided_by: int
    rationale: str
    merged_into: int | None
    created_at: int


class CommentRow(NamedTuple):
    idea: int
    author: int
    body: str
    internal: bool
    created_at: int


class SupportRow(NamedTuple):
    idea: int
    user: int
    created_at: int


@dataclass
class Batch:
    ideas: list[IdeaRow] = field(default_factory=list)
    team: list[tuple[int, int]] = field(default_factory=list)  # (idea, user)
    decisions: list[DecisionRow] = field(default_factory=list)
    comments: list[CommentRow] = field(default_factory=list)
    supports: list[SupportRow] = field(default_factory=list)

    def __len__(self) -> int:
        return sum(map(len, (self.ideas, self.team, self.decisions, self.comments, self.supports)))


def _cumulative(weights) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng, items, cumulative):
    return items[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _workday(rng, moment: int) -> int:
    """Moves a moment into office hours on a weekday, as people work."""
    day, second = divmod(moment, DAY)
    weekday = (START.weekday() + day) % 7
    if weekday >= 5:
        day += 7 - weekday
        second = 8 * HOUR + int(rng.random() * 2 * HOUR)
    elif not 7 * HOUR <= second < 17 * HOUR:
        day += 1 if second >= 17 * HOUR else 0
        second = 8 * HOUR + int(rng.random() * 2 * HOUR)
        if (START.weekday() + day) % 7 == 5:
            day += 2
    return day * DAY + second


def _creation_times(rng, count: int) -> Iterator[int]:
    """Spread over the span, growing: three times as many ideas at the end as at the start."""
    for number in range(count):
        share = (number + rng.random()) / count
        # Inverse of the distribution function of a density rising linearly from 1 to 3.
        moment = SPAN_SECONDS * (math.sqrt(1 + 8 * share) - 1) / 2
        day = int(moment // DAY)
        weekday = (START.weekday() + day) % 7
        if weekday >= 5 and rng.random() < 0.8:
            # Fewer ideas at weekends: most move to the Monday (or the Friday, at the very end).
            monday = day + 7 - weekday
            day = monday if monday * DAY < SPAN_SECONDS - DAY else day - (weekday - 4)
        yield day * DAY + 7 * HOUR + int(rng.triangular(0, 11 * HOUR, 2 * HOUR))


class Lives:
    """Generates the ideas of a world in order of creation, in batches."""

    def __init__(self, world: World, seed: int):
        self.world = world
        self.rng = stream(seed, "ideas")
        self.book = Phrasebook(stream(seed, "text"))
        organisations = world.organisations
        self.org_cumulative = _cumulative(o.weight for o in organisations)
        # Who submits most is a matter of chance, not of being first in the list.
        self.submitters = {o.index: self.rng.sample(o.users, len(o.users)) for o in organisations}
        self.submitter_cumulative = {
            o.index: _cumulative(1 / (rank + 1) ** SUBMITTER_SKEW for rank in range(len(o.users)))
            for o in organisations
        }
        self.recent: dict[int, deque] = {s.index: deque(maxlen=200) for s in world.sluices}
        self.sluice_domains = {
            s.index: {key: i for i, (_name, key) in enumerate(s.categories)} for s in world.sluices
        }
        self.visibility_cumulative = _cumulative(weight for _v, weight in VISIBILITY)

    def batches(self, size: int) -> Iterator[Batch]:
        batch = Batch()
        times = _creation_times(self.rng, self.world.scale.ideas)
        for number, created in enumerate(times):
            self._live(number, created, batch)
            if len(batch.ideas) >= size:
                yield batch
                batch = Batch()
        if batch.ideas:
            yield batch

    def _live(self, number: int, created: int, batch: Batch) -> None:
        rng, world = self.rng, self.world
        organisation = _pick(rng, world.organisations, self.org_cumulative)
        if len(organisation.sluices) == 1 or rng.random() < OWN_SLUICE_SHARE:
            sluice = world.sluices[organisation.sluices[0]]
        else:
            sluice = world.sluices[rng.choice(organisation.sluices[1:])]
        submitter = _pick(
            rng, self.submitters[organisation.index], self.submitter_cumulative[organisation.index]
        )
        user = world.users[submitter]
        unit = user.unit if user.organisation == organisation.index else None
        category, domain = self._category(sluice, organisation, unit)
        org_word = organisation.org_word
        book = self.book
        visibility = _pick(rng, VISIBILITY, self.visibility_cumulative)[0]
        title = book.title(domain, org_word)
        problem = book.problem(domain, org_word)
        solution = book.solution(domain, org_word) if rng.random() < 0.7 else ""
        beneficiaries = book.beneficiaries(domain, org_word) if rng.random() < 0.55 else ""

        story = _Story(self, number, sluice, domain, org_word, submitter, created, batch)
        story.live()
        if story.furthest >= EXPLORING and rng.random() < 0.35:
            colleagues = rng.sample(organisation.users, min(4, len(organisation.users)))
            team = [u for u in colleagues if u != submitter][: rng.randint(1, 3)]
            batch.team.extend((number, member) for member in team)
            story.team = team
        story.comment_and_support(visibility, organisation.users)
        batch.ideas.append(
            IdeaRow(
                number,
                sluice.index,
                title,
                problem,
                solution,
                beneficiaries,
                category,
                organisation.index,
                unit,
                submitter,
                story.coach,
                visibility,
                story.stage,
                story.entered,
                story.merged_into,
                story.first_response,
                created,
                story.updated,
            )
        )
        self.recent[sluice.index].append(number)

    def _category(self, sluice: SluicePlan, organisation, unit):
        """The submitter's own field if the sluice has a category for it, else another one."""
        rng = self.rng
        indexes = self.sluice_domains[sluice.index]
        if unit is not None and rng.random() < 0.7:
            key = organisation.units[unit].domain
            if key in indexes:
                return (indexes[key] if rng.random() < 0.95 else None), BY_KEY[key]
        index = rng.randrange(len(sluice.categories))
        key = sluice.categories[index][1]
        domain = BY_KEY[key] if key else rng.choice(DOMAINS)
        return (index if rng.random() < 0.95 else None), domain


class _Story:
    """One idea's decisions and notes, in time order, cut off at the end date."""

    def __init__(self, lives, number, sluice, domain, org_word, submitter, created, batch):
        self.lives, self.rng, self.book = lives, lives.rng, lives.book
        self.number, self.sluice, self.domain, self.org_word = number, sluice, domain, org_word
        self.submitter, self.created, self.batch = submitter, created, batch
        self.stage, self.furthest, self.entered, self.updated = RECEIVED, RECEIVED, created, created
        self.coach = self.first_response = self.merged_into = None
        self.team: list[int] = []
        self.moments: list[int] = []  # when something happened that may draw a comment

    def live(self) -> None:
        rng, sluice = self.rng, self.sluice
        if rng.random() < NEVER_ANSWERED:
            return
        answered = _workday(rng, self.created + int(rng.lognormvariate(math.log(3 * DAY), 1.0)))
        if answered >= SPAN_SECONDS:
            return
        if rng.random() < TAKEN_BY_COACH:
            self.coach = rng.choice(sluice.coaches)
            self.first_response = self.updated = answered
            self.moments.append(answered)
            moment = _workday(rng, answered + int(rng.random() * 2 * DAY))
        else:
            moment = answered
        to, went_back = ASSESSMENT, False
        while moment < SPAN_SECONDS:
            self._decide(to, moment)
            if to not in NEXT or rng.random() < STALLS[to]:
                return
            median, spread = DWELL[to]
            moment = _workday(rng, moment + int(rng.lognormvariate(math.log(median * DAY), spread)))
            to = self._next(to, went_back)
            went_back = went_back or to == EXPLORING and self.stage == TESTING

    def _next(self, stage: int, went_back: bool) -> int:
        roll, total, to = self.rng.random(), 0.0, NEXT[stage][-1][0]
        for candidate, chance in NEXT[stage]:
            total += chance
            if roll < total:
                to = candidate
                break
        if to == EXPLORING and went_back:
            to = CLOSED
        if to == MERGED and not self.lives.recent[self.sluice.index]:
            to = CLOSED
        return to

    def _decide(self, to: int, moment: int) -> None:
        rng, sluice = self.rng, self.sluice
        if to in GATES:
            actor = rng.choice(sluice.decision_makers)
        else:
            actor = self.coach if self.coach is not None else rng.choice(sluice.coaches)
        merged_into = rng.choice(self.lives.recent[sluice.index]) if to == MERGED else None
        rationale = self.book.rationale(
            "back" if to == EXPLORING and self.stage == TESTING else STAGE_KEYS[to],
            self.domain,
            self.org_word,
        )
        self.batch.decisions.append(
            DecisionRow(self.number, self.stage, to, actor, rationale, merged_into, moment)
        )
        if self.first_response is None:
            self.first_response = moment
        self.stage, self.entered, self.updated, self.merged_into = to, moment, moment, merged_into
        if to < IMPLEMENTED:
            self.furthest = max(self.furthest, to)
        self.moments.append(moment)

    def comment_and_support(self, visibility: str, colleagues: list[int]) -> None:
        rng, sluice = self.rng, self.sluice
        if not self.moments and rng.random() < 0.15:
            # Nobody has answered: now and then the submitter asks.
            self._comment("submitter", self.submitter, self.created + 10 * DAY)
        for moment in self.moments:
            if rng.random() < 0.25:
                coach = self.coach if self.coach is not None else rng.choice(sluice.coaches)
                self._comment("coach", coach, moment)
            if rng.random() < 0.15:
                if self.team and rng.random() < 0.3:
                    self._comment("team", rng.choice(self.team), moment)
                else:
                    self._comment("submitter", self.submitter, moment)
            if rng.random() < 0.15:
                if self.coach is not None and rng.random() < 0.6:
                    self._comment("internal", self.coach, moment)
                else:
                    self._comment("internal", rng.choice(sluice.decision_makers), moment)
        self._support(visibility, colleagues)

    def _comment(self, kind: str, author: int, after: int) -> None:
        written = after + HOUR + int(self.rng.random() * 10 * DAY)
        if written < SPAN_SECONDS:
            body = self.book.comment(kind, self.domain, self.org_word)
            self.batch.comments.append(
                CommentRow(self.number, author, body, kind == "internal", written)
            )

    def _support(self, visibility: str, colleagues: list[int]) -> None:
        rng = self.rng
        mean = SUPPORTS_BY_VISIBILITY[visibility]
        if not mean:
            return
        # Most ideas get a few supports; now and then one catches on.
        count = int(rng.expovariate(1 / mean) * (8 if rng.random() < 0.02 else 0.85) + 0.5)
        pool = colleagues if visibility == "organisation" else self.sluice.users
        count = min(count, len(pool) - 1)
        if count <= 0:
            return
        chosen = [u for u in rng.sample(pool, count + 1) if u != self.submitter][:count]
        for user in chosen:
            moment = self.created + int(rng.expovariate(1 / (12 * DAY)))
            self.batch.supports.append(SupportRow(self.number, user, min(moment, SPAN_SECONDS - 1)))
