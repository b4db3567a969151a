"""How well "similar ideas" finds the twin of a new idea: `make bench-similar`.

    .venv/bin/python tests/bench/similar.py                 # SQLite in var/bench/similar.sqlite3
    scripts/with-postgres.sh .venv/bin/python tests/bench/similar.py

Loads `idesluss benchdata --scale medium` (10,000 ideas) as padding, adds the stored ideas and
the hard negatives of the Swedish evaluation set (tests/search/eval_set.toml) as ideas, then
asks for the ideas most similar to each pair's new submission and notes where the stored twin
ranks. It prints recall@1, recall@5 and the mean reciprocal rank of search.queries.similar_ideas
and of a plain trigram baseline: PostgreSQL pg_trgm's similarity() (what Decidim uses for
similar proposals) of the submission and each idea's text, computed here in Python so that both
databases give the same figure. The result goes to var/bench/similar-<database>.json and to
docs/benchmarks.md between `<!-- similar:begin -->` and `<!-- similar:end -->`.
"""

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "search"))
DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- similar:begin -->", "<!-- similar:end -->"
SCALE = "medium"


def _setup(database_url: str | None, fresh: bool) -> None:
    if not database_url:
        path = ROOT / "var" / "bench" / "similar.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "idesluss.settings")
    import django

    django.setup()


def _load_corpus(evaluation) -> dict[str, int]:
    """The benchdata padding (once) and the set's ideas; returns eval id → idea id."""
    from django.core.management import call_command
    from django.db import transaction

    from idesluss.core.benchdata import is_loaded
    from idesluss.ideas.models import Idea, Visibility
    from idesluss.organisations.models import Sluice
    from idesluss.search.services import index_idea

    call_command("migrate", verbosity=0)
    if not is_loaded(SCALE, 1):
        call_command("benchdata", scale=SCALE, seed=1, no_progress=True, verbosity=0)
    sluice = Sluice.objects.order_by("pk").first()
    template = Idea.objects.filter(sluice=sluice).order_by("pk").first()
    ids = {}
    with transaction.atomic():
        entries = [(p.id, p.stored) for p in evaluation.pairs]
        entries += [(n.id, n.text) for n in evaluation.negatives]
        # An earlier run's copies would be twins too.
        Idea.objects.filter(problem__in=[text.problem for _, text in entries]).delete()
        for key, text in entries:
            idea = Idea.objects.create(
                sluice=sluice,
                stage=template.stage,
                organisation=template.organisation,
                submitter=template.submitter,
                visibility=Visibility.NETWORK,
                title=text.title or text.problem[:80],
                problem=text.problem,
                solution=text.solution,
            )
            index_idea(idea)
            ids[key] = idea.pk
        # Spread over the padding's dates: saved last, the set's ideas would be the newest,
        # and candidates taken newest first (or ranked equal) would favour them.
        dates = sorted(
            Idea.objects.exclude(pk__in=ids.values()).values_list("created_at", flat=True)
        )
        placed = Idea.objects.in_bulk(ids.values())
        for n, pk in enumerate(sorted(ids.values())):
            placed[pk].created_at = dates[(n * 7919) % len(dates)]
        Idea.objects.bulk_update(placed.values(), ["created_at"])
    return ids


def trigram_ranking(query: str, corpus: list[tuple[int, frozenset]], limit: int) -> list[int]:
    from idesluss.search.analysis import trigram_similarity, trigrams

    wanted = trigrams(query)
    scored = [(trigram_similarity(wanted, grams), pk) for pk, grams in corpus]
    return [pk for score, pk in sorted(scored, reverse=True)[:limit] if score > 0]


def _figures(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {
        "recall_at_1": round(sum(1 for r in ranks if r == 1) / n, 3),
        "recall_at_5": round(sum(1 for r in ranks if r is not None and r <= 5) / n, 3),
        "mrr": round(sum(1 / r for r in ranks if r is not None) / n, 3),
    }


def evaluate(evaluation, ids: dict[str, int], limit: int = 10) -> dict:
    from idesluss.accounts.models import User
    from idesluss.ideas.models import Idea
    from idesluss.search.analysis import trigrams
    from idesluss.search.queries import similar_ideas

    reader = User(is_superuser=True, is_active=True)  # sees every idea: visibility is not tested
    corpus = [
        (pk, trigrams("\n".join(part for part in text if part)))
        for pk, *text in Idea.objects.values_list("pk", "title", "problem", "solution")
    ]
    methods = {
        "similar_ideas": lambda q: [s.idea.pk for s in similar_ideas(reader, q, limit=limit)],
        "trigram": lambda q: trigram_ranking(q, corpus, limit),
    }
    result = {"corpus": len(corpus), "pairs": len(evaluation.pairs), "methods": {}}
    for name, method in methods.items():
        ranks, by_kind, seconds, misses = [], {}, [], []
        for pair in evaluation.pairs:
            started = time.perf_counter()
            found = method(pair.query.full)
            seconds.append(time.perf_counter() - started)
            target = ids[pair.id]
            rank = found.index(target) + 1 if target in found else None
            ranks.append(rank)
            for kind in pair.kinds:
                by_kind.setdefault(kind, []).append(rank)
            if rank is None or rank > 5:
                misses.append(pair.id)
        seconds.sort()
        result["methods"][name] = {
            **_figures(ranks),
            "by_kind": {kind: _figures(r) for kind, r in sorted(by_kind.items())},
            "median_ms": round(seconds[len(seconds) // 2] * 1000, 1),
            "missed_at_5": misses,
        }
    return result


SETS = {
    "development": "Development set (`eval_set.toml`, seen while tuning)",
    "held_out": "Held-out set (`holdout_set.toml`, written blind, never tuned on)",
}
LABELS = {"similar_ideas": "Idésluss (`similar_ideas`)", "trigram": "Trigram baseline"}


def _render(result: dict) -> str:
    corpus = result["sets"]["development"]["corpus"]
    lines = [
        BEGIN,
        f"Run {result['date']} on {result['database']} ({result['machine']}), over "
        f"{corpus:,} ideas: benchdata `{SCALE}` plus both sets' stored ideas and hard negatives.",
    ]
    for key, title in SETS.items():
        figures_of = result["sets"][key]
        lines += [
            "",
            f"**{title}**, {figures_of['pairs']} pairs:",
            "",
            "| Method | recall@1 | recall@5 | MRR | median time per query |",
            "|---|---|---|---|---|",
        ]
        for name, figures in figures_of["methods"].items():
            lines.append(
                f"| {LABELS[name]} | {figures['recall_at_1']:.3f} | "
                f"{figures['recall_at_5']:.3f} | {figures['mrr']:.3f} | "
                f"{figures['median_ms']} ms |"
            )
        ours, baseline = figures_of["methods"]["similar_ideas"], figures_of["methods"]["trigram"]
        kinds = " · ".join(
            f"{kind} {f['recall_at_5']:.2f} ({baseline['by_kind'][kind]['recall_at_5']:.2f})"
            for kind, f in ours["by_kind"].items()
        )
        missed = ", ".join(f"`{pair}`" for pair in ours["missed_at_5"]) or "none"
        lines += [
            "",
            f"recall@5 by kind, Idésluss (trigram): {kinds}.",
            "",
            f"Not in Idésluss's top five: {missed}.",
        ]
    lines.append(END)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="SQLite: start from an empty file.")
    parser.add_argument("--no-docs", action="store_true", help="Leave docs/benchmarks.md alone.")
    args = parser.parse_args()
    _setup(os.environ.get("DATABASE_URL"), args.fresh)
    import eval_set
    from django.db import connection

    development = eval_set.load()
    held_out = eval_set.load(eval_set.DEFAULT_PATH.with_name("holdout_set.toml"))
    both = eval_set.EvalSet(
        development.pairs + held_out.pairs, development.negatives + held_out.negatives
    )
    ids = _load_corpus(both)
    result = {
        "sets": {"development": evaluate(development, ids), "held_out": evaluate(held_out, ids)}
    }
    result |= {
        "database": connection.vendor,
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
    }
    out = ROOT / "var" / "bench" / f"similar-{connection.vendor}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for key, figures_of in result["sets"].items():
        for name, figures in figures_of["methods"].items():
            print(
                f"{key:12} {name:14} recall@1 {figures['recall_at_1']:.3f}"
                f"  recall@5 {figures['recall_at_5']:.3f}  MRR {figures['mrr']:.3f}"
                f"  median {figures['median_ms']} ms"
            )
        print(
            f"{key:12} missed at 5:",
            " ".join(figures_of["methods"]["similar_ideas"]["missed_at_5"]),
        )
    if not args.no_docs:
        text = DOCS.read_text(encoding="utf-8")
        if BEGIN in text:
            head, rest = text.split(BEGIN, 1)
            text = head + _render(result) + rest.split(END, 1)[1]
            DOCS.write_text(text, encoding="utf-8")
    print(f"Result: {out}")


if __name__ == "__main__":
    main()
