"""A one-line progress report on stderr, without a dependency for it."""

import time

from django.core.management.base import OutputWrapper


class Progress:
    """Redraws one line on a terminal; elsewhere (a log file) prints a line every tenth."""

    def __init__(self, stream, total: int, label: str = "ideas"):
        self.stream, self.total, self.label = stream, total, label
        self.done = self.rows = 0
        self.started = self._drawn = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self._next_tenth = 1

    def advance(self, done: int, rows: int) -> None:
        self.done += done
        self.rows += rows
        now = time.monotonic()
        if self.tty and (now - self._drawn >= 0.5 or self.done >= self.total):
            self._drawn = now
            self._write("\r" + self._line(now))
        elif not self.tty and self.done * 10 >= self._next_tenth * self.total:
            self._next_tenth = self.done * 10 // self.total + 1
            self._write(self._line(now) + "\n")

    def close(self) -> None:
        if self.tty:
            self._write("\n")

    def _write(self, text: str) -> None:
        if isinstance(self.stream, OutputWrapper):
            self.stream.write(text, ending="")  # it would end each write with a newline
        else:
            self.stream.write(text)
        self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        share = self.done / self.total if self.total else 1.0
        left = elapsed / share - elapsed if share else 0.0
        return (
            f"{self.done:>10,}/{self.total:,} {self.label} {share:4.0%}  "
            f"{self.rows:,} rows, {self.rows / elapsed:,.0f} rows/s, "
            f"{_clock(elapsed)} elapsed, {_clock(left)} left"
        )


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}:{seconds:02d}"
