"""Stages counted together: a sluice's stage, or the same kind and name across sluices."""

from dataclasses import dataclass

from idesluss.organisations.models import Stage


@dataclass
class StageGroup:
    """Stages counted as one: a sluice's stage, or same-kind same-name stages across sluices."""

    kind: str
    name: str
    position: int
    stage_ids: tuple[int, ...]
    count: int = 0

    @property
    def is_final(self) -> bool:
        return self.kind != Stage.Kind.ACTIVE


def group_stages(stages) -> list[StageGroup]:
    """Stages grouped by (kind, name), in pipeline order (the lowest position of each group)."""
    grouped: dict[tuple[str, str], StageGroup] = {}
    for stage in stages:
        key = (stage.kind, stage.name)
        group = grouped.get(key)
        if group is None:
            grouped[key] = StageGroup(stage.kind, stage.name, stage.position, (stage.pk,))
        else:
            group.position = min(group.position, stage.position)
            group.stage_ids += (stage.pk,)
    return sorted(grouped.values(), key=lambda g: (g.position, g.kind != Stage.Kind.ACTIVE, g.name))


def groups_with(counts: dict[int, int], stages) -> list[StageGroup]:
    """Per-stage counts merged into stage groups; stages missing from `stages` are fetched."""
    known = list(stages) if stages is not None else []
    missing = set(counts) - {stage.pk for stage in known}
    if missing:
        known += list(Stage.objects.filter(pk__in=missing))
    groups = group_stages(known)
    for group in groups:
        group.count = sum(counts.get(pk, 0) for pk in group.stage_ids)
    return groups
