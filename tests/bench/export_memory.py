"""Peak memory of exporting every idea as CSV and as XLSX, as `idesluss export` does.

    DATABASE_URL=… .venv/bin/python tests/bench/export_memory.py [--what ideas] [--formats csv xlsx]

Uses the ideas in the database (load them first with `idesluss benchdata --scale national`, or
`region` where a million will not load in time). Each format runs in a fresh process, so that
one export's memory does not hide in the other's peak. A process reports:

- its resident memory (RSS) once Django is set up and the export code has run on a few rows,
- its peak RSS over the whole export (getrusage's ru_maxrss), and the RSS sampled twice a
  second, so that a slow climb shows even where the peak looks small,
- the rows written, the seconds, and the size of the file.

Results go to stdout as JSON, one line per format, and with --out to a file.
"""

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * PAGE / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


class Sampler(threading.Thread):
    """RSS twice a second, with how many rows were written by then."""

    def __init__(self, counter: list[int]):
        super().__init__(daemon=True)
        self.counter, self.samples, self.done = counter, [], threading.Event()

    def run(self):
        started = time.monotonic()
        while not self.done.wait(0.5):
            self.samples.append((round(time.monotonic() - started, 1), self.counter[0], rss_mb()))


def child(what: str, format: str) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "idesluss.settings")
    import django

    django.setup()
    from django.utils import translation

    from idesluss.ideas.models import Idea
    from idesluss.insights import exports

    translation.activate("sv")
    total = Idea.objects.count()
    # Warm up: the code paths, the translations and XlsxWriter run once on a few rows.
    with tempfile.TemporaryFile() as handle:
        header, rows = exports.export_rows(None, what, exports.Filters())
        exports.write(handle, what, "xlsx", header, itertools.islice(rows, 50))
        header, rows = exports.export_rows(None, what, exports.Filters())
        exports.write(handle, what, "csv", header, itertools.islice(rows, 50))
    baseline = rss_mb()
    counter = [0]
    header, rows = exports.export_rows(None, what, exports.Filters())

    def counted(rows):
        for row in rows:
            counter[0] += 1
            yield row

    sampler = Sampler(counter)
    sampler.start()
    started = time.monotonic()
    with tempfile.NamedTemporaryFile(suffix=f".{format}", dir=os.environ.get("TMPDIR")) as out:
        exports.write(out, what, format, header, counted(rows))
        out.flush()
        size = os.path.getsize(out.name)
    seconds = time.monotonic() - started
    sampler.done.set()
    sampler.join()
    samples = sampler.samples
    return {
        "format": format,
        "what": what,
        "ideas_in_database": total,
        "rows": counter[0],
        "seconds": round(seconds, 1),
        "rows_per_second": round(counter[0] / seconds) if seconds else None,
        "file_mb": round(size / 2**20, 1),
        "baseline_rss_mb": round(baseline, 1),
        "peak_rss_mb": round(peak_mb(), 1),
        "growth_mb": round(peak_mb() - baseline, 1),
        "rss_at_quarters_mb": [
            round(samples[min(len(samples) - 1, len(samples) * q // 4)][2], 1) for q in range(1, 5)
        ]
        if samples
        else [],
        "database": os.environ.get("DATABASE_URL", "sqlite (default)").split("@")[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--what", choices=["ideas", "decisions", "outcomes"], default="ideas")
    parser.add_argument("--formats", nargs="+", choices=["csv", "xlsx"], default=["csv", "xlsx"])
    parser.add_argument("--out", type=Path, help="also write the results (JSON) here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.what, args.child)))
        return
    results = []
    for format in args.formats:
        command = [sys.executable, __file__, "--what", args.what, "--child", format]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"{format}: {done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(result), flush=True)
        results.append(result)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
