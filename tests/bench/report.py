"""The budgets, judged on a run's figures, and this run's section of docs/benchmarks.md,
regenerated from the result file between its markers."""

import re

from common import ROOT, log

DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
SECTION = re.compile(r"<!-- bench:run ([a-z]+-[a-z]+) -->")
SECTION_ORDER = [
    f"{db}-{scale}"
    for db in ("postgresql", "sqlite")
    for scale in ("national", "region", "small", "demo")
]

READ_BUDGET_MS = 100
WRITE_BUDGET_MS = 150
SIMILAR_BUDGET_MS = 50  # suggestions while someone types
NETWORK_DASHBOARD_BUDGET_MS = 200  # every sluice's ideas counted live
DETAIL_RPS_BUDGET = 200
RSS_BUDGET_MB = 250
# "Page 200 as fast as page 1": its median server time within 20 % (+2 ms for noise) of page 1's.
DEEP_PAGE_FACTOR, DEEP_PAGE_SLACK_MS = 1.2, 2.0


def judge(results: dict, memory: dict) -> None:
    for key, result in results.items():
        checks = []
        p95 = result["server_ms"]["p95"]
        if key == "nginx":
            continue
        limit = WRITE_BUDGET_MS if result["method"] == "POST" else READ_BUDGET_MS
        if key == "similar":
            limit = SIMILAR_BUDGET_MS
        if key == "dashboard_network":
            limit = NETWORK_DASHBOARD_BUDGET_MS
        checks.append(
            {"budget": f"server p95 ≤ {limit} ms", "met": p95 is not None and p95 <= limit}
        )
        if key == "detail":
            rps = result["rps"] or 0
            checks.append(
                {"budget": f"≥ {DETAIL_RPS_BUDGET} req/s", "met": rps >= DETAIL_RPS_BUDGET}
            )
        if key == "list_deep" and "list_p1" in results:
            # Judged on the run that takes both pages in turn, when there is one.
            paired = result.get("paired_server_ms")
            first = (paired["page_1"] if paired else results["list_p1"]["server_ms"])["p50"] or 0
            deep = (paired["deep"] if paired else result["server_ms"])["p50"] or 0
            limit_ms = first * DEEP_PAGE_FACTOR + DEEP_PAGE_SLACK_MS
            checks.append(
                {
                    "budget": f"as fast as page 1 (p50 {deep:.1f} ≤ 1.2 × {first:.1f} + 2 ms)",
                    "met": deep <= limit_ms,
                }
            )
        if result["errors"]:
            checks.append({"budget": "no errors", "met": False})
        result["budgets"] = checks
    peak = max((w.get("VmHWM", 0) for w in memory["workers"]), default=0)
    memory["budget"] = {"budget": f"worker RSS ≤ {RSS_BUDGET_MB} MB", "met": peak <= RSS_BUDGET_MB}


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def render_section(result: dict) -> str:
    m, s = result["machine"], result["server"]
    key = f"{result['database']}-{result['scale']}"
    database = "PostgreSQL" if result["database"] == "postgresql" else "SQLite"
    workers = f"{s['workers']} {s['worker_class']} workers"
    if s["worker_class"] == "gthread":
        workers += f" × {s['threads']} threads"
    cpu_heading = (
        "CPU ms/req: worker + PostgreSQL"
        if result["database"] == "postgresql"
        else "CPU ms/req: worker (SQLite inside)"
    )
    lines = [
        f"<!-- bench:run {key} -->",
        f"### {database}, {result['scale']} scale",
        "",
        f"Run {result['date']} on {m['nproc']} × {m['cpu']}, {m['memory_gib']} GiB "
        f"(Linux {m['kernel']}, Python {m['python']}, {result['database_version']}). "
        f"{result['data']['ideas_in_database']:,} ideas in the database, "
        f"{result['data']['ideas_in_list']:,} in the listed sluice and stage. "
        f"gunicorn: {workers}, DATABASE_CONN_MAX_AGE={s['conn_max_age']}"
        f"{', database options ' + s['database_options'] if s.get('database_options') else ''}. "
        f"Load: {result['load']['concurrency']} concurrent connections, "
        f"{result['load']['warmup']} warm-up requests, then {result['load']['duration']} s "
        f"per endpoint. Result file: `{result['file']}`.",
        "",
        "| Endpoint | As | Requests | Errors | req/s | Client p50 / p95 / p99 ms "
        f"| Server p50 / p95 / p99 ms | SQL queries | {cpu_heading} | Budgets |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for r in result["endpoints"].values():
        c, sv = r["client_ms"], r["server_ms"]
        budgets = "; ".join(
            f"{b['budget']}: {'met' if b['met'] else '**missed**'}" for b in r.get("budgets", [])
        )
        cpu = fmt(r.get("app_cpu_ms_per_request"))
        if r.get("db_cpu_ms_per_request") is not None:
            cpu += f" + {fmt(r['db_cpu_ms_per_request'])}"
        lines.append(
            f"| {r['label']} | {r['as']} | {r['requests']} | {r['errors']} | {fmt(r['rps'])} "
            f"| {fmt(c['p50'])} / {fmt(c['p95'])} / {fmt(c['p99'])} "
            f"| {fmt(sv['p50'])} / {fmt(sv['p95'])} / {fmt(sv['p99'])} "
            f"| {fmt(r.get('queries'))} | {cpu} | {budgets or '–'} |"
        )
    other = max((r.get("other_cpu_share") or 0 for r in result["endpoints"].values()), default=0)
    if other > 0.1:
        lines += [
            "",
            f"Other work on the machine took up to {other:.0%} of its CPU while an endpoint was "
            "driven: these figures are lower than a quiet machine's.",
        ]
    memory = result["memory"]
    peaks = ", ".join(fmt(w.get("VmHWM")) for w in memory["workers"])
    lines += [
        "",
        f"Worker peak RSS (VmHWM): {peaks} MB — {memory['budget']['budget']}: "
        f"{'met' if memory['budget']['met'] else '**missed**'}."
        + (
            f" {memory['replaced_workers']} worker(s) died and were replaced during the run."
            if memory.get("replaced_workers")
            else ""
        ),
    ]
    nginx = result.get("nginx")
    if nginx:
        detail = result["endpoints"].get("detail", {})
        lines.append(
            f"nginx ({nginx['version']}) serving the rendered detail page as a file: "
            f"{fmt(nginx['rps'])} req/s (p95 {fmt(nginx['client_ms']['p95'])} ms at the client"
            f"{', bound by the Python client' if nginx.get('client_bound') else ''}); "
            f"the detail page reaches {fmt(detail.get('rps'))} req/s, "
            f"{fmt((result.get('detail_to_nginx') or 0) * 100, 2)} % of nginx's."
        )
    lines.append("")
    return "\n".join(lines)


def update_docs(result: dict) -> None:
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else f"{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    block, tail = rest.split(END, 1)
    sections = {}
    matches = list(SECTION.finditer(block))
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(block)
        sections[match.group(1)] = block[match.start() : stop].strip("\n") + "\n"
    key = f"{result['database']}-{result['scale']}"
    sections[key] = render_section(result)
    order = [k for k in SECTION_ORDER if k in sections]
    order += [k for k in sections if k not in order]
    body = "\n".join(sections[k] for k in order)
    DOCS.write_text(f"{head}{BEGIN}\n{body}{END}{tail}", encoding="utf-8")
    log(f"updated {DOCS.relative_to(ROOT)}")
