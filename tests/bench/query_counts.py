"""SQL queries per request, counted in the driver's own process with Django's test Client and
CaptureQueriesContext; with --explain each endpoint's slowest SELECTs and their plans, with
--profile a cProfile of an endpoint."""

import time

from common import log
from endpoints import IDEA_URL, SIMILAR_DRAFT, decision_form, submit_form


def in_process(args, data: dict, results: dict, token: str, database: str) -> None:
    """SQL queries per request; with --explain the slowest ones, with --profile a profile."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    users = get_user_model().objects
    clients = {}
    for role in ("coach", "submitter", "analyst"):
        client = Client()
        client.force_login(users.get(email__iexact=data[f"{role}_email"]))
        clients[role] = client
    clients["anonymous"] = Client()
    api = Client(headers={"Authorization": f"Bearer {token}"})
    explained: list[str] = []

    def count(client, method: str, path: str, form: dict | None = None) -> tuple[list, int, str]:
        if method == "GET":
            client.get(path)  # a first request fills the per-process caches, as in a worker
        with CaptureQueriesContext(connection) as queries:
            response = client.post(path, form) if method == "POST" else client.get(path)
        return list(queries.captured_queries), response.status_code, response.get("Location", "")

    def record(key: str, queries: list, ok: bool):
        results[key]["queries"] = len(queries) if ok else None
        if args.explain and ok:
            results[key]["slowest_queries"] = explain(key, queries, database, explained)

    for key, result in results.items():
        if key in ("submit", "decide"):
            continue
        if key == "similar":
            count(clients["submitter"], "POST", result["path"], SIMILAR_DRAFT)  # fills caches
            queries, status, _ = count(clients["submitter"], "POST", result["path"], SIMILAR_DRAFT)
            record(key, queries, status == 200)
            continue
        client = api if result["as"].endswith("(token)") else clients[result["as"]]
        queries, status, _ = count(client, "GET", result["path"])
        record(key, queries, status == 200)
        if key in args.profile:
            profile(args, key, client, result["path"])
    if "submit" in results or "decide" in results:
        # The load has just submitted hundreds of ideas as this person: a limit high enough to
        # let one more through, still checked (its query counted) as in production.
        with override_settings(IDEAS_PER_HOUR=1_000_000):
            queries, status, location = count(
                clients["submitter"], "POST", "/ideer/ny/", submit_form(data)
            )
        if "submit" in results:
            record("submit", queries, status == 302)
        match = IDEA_URL.search(location)
        if "decide" in results and match:
            path = f"/ideer/{match.group(1)}/beslut/"
            queries, status, _ = count(clients["coach"], "POST", path, decision_form(data))
            record("decide", queries, status == 302)
    if explained:
        path = args.out / f"explain-{database}-{args.scale}-{args.stamp}.txt"
        path.write_text("\n".join(explained), encoding="utf-8")
        log(f"query plans in {path}")


def explain(key: str, queries: list, database: str, out: list[str]) -> list[dict]:
    """Runs each SELECT of the request again, timed, with its plan; the three slowest."""
    from django.db import connection

    timed = []
    for query in queries:
        sql = query["sql"]
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        with connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(sql)
            cursor.fetchall()
            elapsed = (time.perf_counter() - started) * 1000
            if database == "postgresql":
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            else:
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = "\n".join(" ".join(str(c) for c in row) for row in cursor.fetchall())
        timed.append((elapsed, sql, plan))
    timed.sort(key=lambda item: -item[0])
    out.append(f"==== {key}: {len(queries)} queries, {len(timed)} SELECTs, slowest first\n")
    for elapsed, sql, plan in timed:
        out.append(f"-- {elapsed:.2f} ms\n{sql}\n{plan}\n")
    return [{"ms": round(e, 2), "sql": q[:300]} for e, q, _ in timed[:3]]


def profile(args, key: str, client, path: str, requests: int = 200) -> None:
    """cProfile of `requests` GETs in this process (the standard library's profiler)."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(requests):
        client.get(path)
    profiler.disable()
    elapsed = (time.perf_counter() - started) * 1000 / requests
    text = io.StringIO()
    text.write(f"{key}: GET {path}, {requests} requests, {elapsed:.1f} ms each under cProfile\n")
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(30)
    out = args.out / f"profile-{key}-{args.stamp}.txt"
    out.write_text(text.getvalue(), encoding="utf-8")
    log(f"profile of {key} in {out}")
