"""When things happened in the demo: a plan of moments per idea, and dating what was written.

The services write everything at the real time of the load. The demo spreads it over the last
eighteen months afterwards, with UPDATE queries, so that lists, response times and overdue
flags look like a sluice that has been running for a while.
"""

import random
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from .data.spec import (
    ASSESSMENT,
    EXPLORING,
    IMPLEMENTING,
    NEXT_STAGES,
    RECEIVED,
    SPREADING,
    TESTING,
    IdeaSpec,
)

# The sluices opened this long ago; the oldest idea is a little younger.
LAUNCH_DAYS_AGO = 560

# How long ideas tend to stay in a stage, relative to one another.
STAGE_WEIGHTS = {
    RECEIVED: 0.3,
    ASSESSMENT: 1.5,
    EXPLORING: 3.0,
    TESTING: 4.0,
    IMPLEMENTING: 4.0,
    SPREADING: 4.0,
}

# Notes after the last decision fall within this many days of it.
LATE_NOTE_WINDOW = timedelta(days=14)
GAP = timedelta(minutes=20)


class Clock:
    """Translates the real moments at which the services write into moments of the story.

    Before each action the loader says when it happens in the story (`at`). Every timestamp the
    services write during the load is a real moment after `started`; the last `at` before it
    tells which story moment it stands for. `redate` rewrites the rows once, at the end.
    """

    def __init__(self):
        self.started = timezone.now()
        # The latest moment of the story: a little before the load itself.
        self.now = self.started - timedelta(minutes=30)
        self._real: list[datetime] = []
        self._story: list[datetime] = []

    def days_ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def at(self, moment: datetime) -> None:
        """What the services write from now on happened at `moment` in the story."""
        self._real.append(timezone.now())
        self._story.append(moment)

    def story_time(self, real: datetime | None) -> datetime | None:
        if real is None or real < self.started:
            return real  # not written by this load, or set to a story moment already
        return self._story[max(bisect_right(self._real, real) - 1, 0)]

    def redate(self, rows, fields: list[str]) -> None:
        """Rewrite `fields` of the rows of a queryset from real to story time."""
        rows = list(rows.only("pk", *fields))
        for row in rows:
            for name in fields:
                setattr(row, name, self.story_time(getattr(row, name)))
        if rows:
            # bulk_update() runs UPDATE queries: Decision.save() refuses changes on purpose.
            type(rows[0]).objects.bulk_update(rows, fields, batch_size=250)


@dataclass
class Story:
    """The moments of one idea's life, aligned with its spec's steps, notes and supporters."""

    submitted: datetime
    answered: datetime | None
    decided: list[datetime]
    noted: list[datetime]
    supported: list[datetime]


def office_hours(moment: datetime, rng: random.Random) -> datetime:
    """The same day at a working hour; Saturday becomes Friday and Sunday Monday."""
    local = timezone.localtime(moment)
    if local.weekday() == 5:
        local -= timedelta(days=1)
    elif local.weekday() == 6:
        local += timedelta(days=1)
    return local.replace(
        hour=rng.randint(8, 15),
        minute=rng.randint(0, 59),
        second=rng.randint(0, 59),
        microsecond=0,
    )


def _after(previous: datetime, moment: datetime, limit: datetime) -> datetime:
    """`moment`, but not before `previous` (plus a little) and not after `limit`."""
    return min(max(moment, previous + GAP), max(limit, previous))


def plan(spec: IdeaSpec, now: datetime) -> Story:
    """Place every event of the idea's story in time, the same way on every run."""
    rng = random.Random(spec.key)
    submitted = min(office_hours(now - timedelta(days=spec.days_ago), rng), now)
    answered, decided = None, []
    if spec.coach:
        delay = spec.answered_after_days
        if delay is None:
            delay = rng.uniform(0.1, 2.5)
        answered = _after(submitted, office_hours(submitted + timedelta(days=delay), rng), now)
        decided = _decision_times(spec, answered, now, rng)
    return Story(
        submitted=submitted,
        answered=answered,
        decided=decided,
        noted=_note_times(spec, answered, decided, now, rng),
        supported=_support_times(spec, submitted, now, rng),
    )


def _stage_keys(spec: IdeaSpec) -> list[str]:
    return [step if isinstance(step, str) else step[0] for step in spec.steps]


def _decision_times(spec, answered, now, rng) -> list[datetime]:
    keys = _stage_keys(spec)
    if not keys:
        return []
    final = keys[-1] not in NEXT_STAGES
    days_in_stage = spec.days_in_stage
    if days_in_stage is None:
        share = rng.uniform(0.1, 0.3) if final else rng.uniform(0.3, 0.6)
        days_in_stage = spec.days_ago * share
    last = max(now - timedelta(days=days_in_stage), answered + GAP * len(keys))
    # Each decision ends the stage the idea was in; longer stages take a larger share.
    weights = [STAGE_WEIGHTS[origin] * rng.uniform(0.7, 1.3) for origin in [RECEIVED, *keys[:-1]]]
    total, cumulative, moments, previous = sum(weights), 0.0, [], answered
    span = last - answered
    for weight in weights:
        cumulative += weight
        moment = answered + span * (cumulative / total)
        if span > timedelta(days=2):
            moment = office_hours(moment, rng)
        previous = _after(previous, moment, now)
        moments.append(previous)
    return moments


def _note_times(spec, answered, decided, now, rng) -> list[datetime]:
    """Notes written after k decisions fall between decision k and the next one."""
    if not spec.notes:
        return []
    boundaries = [answered, *decided]
    by_window: dict[int, list[int]] = {}
    for index, note in enumerate(spec.notes):
        by_window.setdefault(note.after, []).append(index)
    moments: list[datetime] = [now] * len(spec.notes)
    for after, indexes in by_window.items():
        start = boundaries[after]
        if after + 1 < len(boundaries):
            end = boundaries[after + 1]
        else:
            end = min(now, start + LATE_NOTE_WINDOW)
        previous = start
        for position, index in enumerate(indexes):
            moment = start + (end - start) * ((position + 1) / (len(indexes) + 1))
            if end - start > timedelta(days=2):
                moment = min(office_hours(moment, rng), end - GAP)
            previous = _after(previous, moment, end)
            moments[index] = previous
    return moments


def _support_times(spec, submitted, now, rng) -> list[datetime]:
    span = min(now - submitted, timedelta(days=90))
    moments = []
    for _supporter in spec.supporters:
        moment = submitted + span * rng.uniform(0.02, 0.6)
        if span > timedelta(days=2):
            moment = office_hours(moment, rng)
        moments.append(_after(submitted, moment, now))
    return moments
