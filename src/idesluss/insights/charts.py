"""Charts as geometry for server-rendered SVG (templates insights/_chart_*.html): no JavaScript,
the same drawing on the page and in the PDF report.

Sizes are in the SVG's own units: a chart is 300 wide and scales to its box (at most 26rem),
so 12-unit text reads as 11–17 px from a 320-pixel phone to a desktop column. The colours repeat
site.css's variables as presentation attributes, for the PDF; on the page site.css's classes
(.chart-bar and the like) win over them.
"""

import math
from dataclasses import dataclass, field
from datetime import date

from django.utils.formats import date_format

WIDTH = 300
FONT = 12
BRAND = "#153e6b"  # --brand
OK = "#1c6b35"  # --ok
INK = "#1d1d1f"  # --ink
MUTED = "#4a4f57"  # --muted
LINE = "#c9ced6"  # --line


def nice_step(value: float) -> int:
    """A whole step between axis ticks: 1, 2 or 5 times a power of ten, at least `value`."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 5, 10):
        if value <= factor * power:
            return int(factor * power)
    return int(10 * power)


@dataclass
class Column:
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str = ""  # under the axis; empty where labels would crowd
    sublabel: str = ""  # a second line: the year at January and at the first column
    value_y: float = 0
    show_value: bool = True
    center: float = 0


@dataclass
class ColumnChart:
    """Vertical bars over time (ideas per month), with a y axis of round numbers."""

    columns: list[Column]
    ticks: list[dict]
    width: int = WIDTH
    height: int = 0
    plot_left: float = 0
    plot_right: float = 0
    baseline: float = 0
    tick_x: float = 0
    label_y: float = 0
    sublabel_y: float = 0
    font: int = FONT
    colours: dict = field(
        default_factory=lambda: {"bar": BRAND, "ink": INK, "muted": MUTED, "line": LINE}
    )


def _text_width(text: str) -> float:
    """About how wide a label is in FONT-unit text (DejaVu Sans: 0.62 em a character)."""
    return len(text) * FONT * 0.62


def columns(series: list[tuple[str, str, int]], width: int = WIDTH) -> ColumnChart:
    """series: (label under the column, the year it belongs to or "", value) in order. Labels and
    values are left out where they would touch their neighbours (the table has them all)."""
    left, right, top, bottom = 34, 6, 14, 40
    height = 210
    plot_width = width - left - right
    plot_height = height - top - bottom
    step = nice_step(max((v for _, _, v in series), default=0) / 4)
    steps = max(1, math.ceil(max((v for _, _, v in series), default=0) / step))
    peak = step * steps
    slot = plot_width / max(len(series), 1)
    widest_label = max((_text_width(label) for label, _, _ in series), default=0)
    every = max(1, math.ceil((widest_label + 6) / slot))
    widest_value = max((_text_width(f"{value:,}") for _, _, value in series), default=0)
    crowded = widest_value + 2 > slot
    found, last_sublabel = [], ""
    for index, (label, sublabel, value) in enumerate(series):
        bar_height = plot_height * value / peak
        y = top + plot_height - bar_height
        labelled = index % every == 0
        # The year goes under the first labelled column of each year only.
        shown_sublabel = sublabel if labelled and sublabel != last_sublabel else ""
        last_sublabel = shown_sublabel or last_sublabel
        found.append(
            Column(
                x=round(left + slot * index + slot * 0.15, 2),
                y=round(y, 2),
                width=round(slot * 0.7, 2),
                height=round(bar_height, 2),
                value=value,
                label=label if labelled else "",
                sublabel=shown_sublabel,
                value_y=round(y - 4, 2),
                show_value=not crowded,
                center=round(left + slot * index + slot / 2, 2),
            )
        )
    ticks = [
        {"value": step * index, "y": round(top + plot_height - plot_height * index / steps, 2)}
        for index in range(steps + 1)
    ]
    return ColumnChart(
        columns=found,
        ticks=ticks,
        height=height,
        plot_left=left,
        plot_right=width - right,
        width=width,
        baseline=top + plot_height,
        tick_x=left - 6,
        label_y=top + plot_height + FONT + 4,
        sublabel_y=top + plot_height + 2 * FONT + 8,
    )


def month_series(per_month: list[tuple[date, int]]) -> list[tuple[str, str, int]]:
    """Months as columns; over three years, years instead (a column a month would be a line)."""
    if len(per_month) > 36:
        years: dict[int, int] = {}
        for month, count in per_month:
            years[month.year] = years.get(month.year, 0) + count
        return [(str(year), "", count) for year, count in years.items()]
    return [(date_format(month, "b"), str(month.year), count) for month, count in per_month]


@dataclass
class Bar:
    label: str
    note: str  # beside the label: the conversion from the step before
    value: int
    y: float
    width: float
    label_y: float
    value_x: float
    value_inside: bool
    success: bool
    value_y: float = 0


@dataclass
class BarChart:
    """Horizontal bars, a label above each (the funnel): names of any length fit at 320 px."""

    bars: list[Bar]
    width: int = WIDTH
    height: int = 0
    bar_height: int = 14
    font: int = FONT
    colours: dict = field(
        default_factory=lambda: {"bar": BRAND, "success": OK, "ink": INK, "muted": MUTED}
    )


def bars(rows: list[tuple[str, str, int, bool]], width: int = WIDTH) -> BarChart:
    """rows: (label, note, value, whether it is a successful outcome) in order."""
    left, right, row_height, bar_height = 0, 4, 38, 14
    plot_width = width - left - right
    peak = max((value for _, _, value, _ in rows), default=0) or 1
    found = []
    for index, (label, note, value, success) in enumerate(rows):
        top = 4 + index * row_height
        length = max(plot_width * value / peak, 1 if value else 0)
        inside = length > 48
        found.append(
            Bar(
                label=label,
                note=note,
                value=value,
                label_y=top + FONT,
                y=top + FONT + 5,
                width=round(length, 2),
                value_x=round(left + length - 6 if inside else left + length + 6, 2),
                value_inside=inside,
                success=success,
                value_y=top + FONT + 5 + bar_height / 2,
            )
        )
    return BarChart(
        bars=found, width=width, height=4 + len(rows) * row_height, bar_height=bar_height
    )
