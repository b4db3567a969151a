"""The benchmark harness: `make bench`. Not part of `make test` (pytest collects test_*.py only).

    .venv/bin/python tests/bench/run.py --scale region            # DATABASE_URL from the caller
    scripts/with-postgres.sh .venv/bin/python tests/bench/run.py --scale national
    .venv/bin/python tests/bench/run.py --scale small --duration 5 # quick, SQLite

What one run does, start to end (it always stops by itself):

1. Loads the data into the database: `idesluss migrate`, then `idesluss benchdata --scale S
   --seed N` (or `idesluss demo` for `--scale demo`). PostgreSQL when DATABASE_URL names it
   (scripts/with-postgres.sh gives a fresh cluster), else SQLite in var/bench/<scale>.sqlite3,
   made anew. `--no-load` takes the database as it is.
2. Reads the data set's log-ins and ids from a JSON file (`--data`, default
   var/benchdata-<scale>.json; tests/bench/demo.json for the demo). Its keys:

       coach_email      a coach (a big inbox) of the sluice
       submitter_email  a submitter who may submit to the sluice
       password         both users' password
       sluice_id        the sluice of the idea list, the API list and the submissions
       stage_id         the stage of the idea list (pick one with 200+ pages of ideas)
       idea_id          an idea the submitter can see (the detail pages)

   Where a key is missing, the nested summary `idesluss benchdata` writes is read instead
   (coach.email, submitter.email, sluice.id, stage.id, submitter.idea_id). Ids still missing
   are picked from the database (the coach's sluice that the submitter may submit to with the
   most ideas, its stage with the most ideas, the idea there with the most decisions).
3. Starts gunicorn as in production (`idesluss serve` runs gunicorn the same way): DEBUG off,
   two workers, on a free loopback port, its logs in var/bench/.
4. Logs both users in through the real log-in form (POST /konto/login/ with the CSRF token) and
   gets an API token for the submitter with `idesluss token EMAIL`.
5. Finds the idea list's page 200 by following the "next" link of the pagination 199 times
   (rel="next" if the page has one, else the "next page" link of the pagination).
6. Drives each endpoint from a separate process (tests/bench/load.py) at a fixed concurrency:
   warm-up requests first, then a fixed duration. Reads first, then the writes: the submitted
   ideas are the ones the decision POSTs move, each once, from the sluice's first stage to the
   next one the coach may choose, so that every POST is a valid move. Page 1 and page 200 are
   also driven in turn in one run, which judges "page 200 as fast as page 1". Before each
   endpoint the harness waits for other work on the machine to end, and drives it again when
   other work took more than 10 % of the CPU meanwhile.
7. Reads the gunicorn workers' peak resident memory (VmHWM in /proc/<pid>/status), stops
   gunicorn, and counts SQL queries per request in this process with Django's test Client and
   CaptureQueriesContext against the same database.
8. Serves the detail page, as rendered for the submitter, as a static file from nginx (installed
   with apt-get when missing; run in the foreground with its own configuration on a loopback
   port) and compares the detail page's throughput with nginx's on that file.
9. Writes var/bench/result-<database>-<scale>-<date>.json and regenerates this run's section of
   docs/benchmarks.md (between `<!-- bench:begin -->` and `<!-- bench:end -->`).
"""

import argparse
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The harness's modules beside this file.
from common import ROOT, log  # noqa: E402
from data import (  # noqa: E402
    close_django_connections,
    database_version,
    django_setup,
    idesluss,
    load_data,
    prepare_environment,
    read_data_file,
    resolve,
    settle,
)
from endpoints import measure_nginx, run_endpoints  # noqa: E402
from procfs import machine, memory_mb  # noqa: E402
from query_counts import in_process  # noqa: E402
from report import judge, update_docs  # noqa: E402
from servers import Gunicorn  # noqa: E402
from sessions import Session, find_deep_page  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", default="small", choices=["demo", "small", "region", "national"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", choices=["postgresql", "sqlite"])
    parser.add_argument("--data", type=Path, help="JSON with the log-ins and ids (see above)")
    parser.add_argument("--no-load", action="store_true", help="use the database as it is")
    parser.add_argument("--duration", type=float, default=15, help="seconds per endpoint")
    parser.add_argument("--warmup", type=int, default=40, help="warm-up requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=4, help="per gthread worker")
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="DATABASE_CONN_MAX_AGE of the server"
    )
    parser.add_argument(
        "--database-options",
        default="",
        help="query string added to the server's DATABASE_URL, e.g. "
        "server_side_binding=true&prepare_threshold=5",
    )
    parser.add_argument("--deep-page", type=int, default=200)
    parser.add_argument(
        "--retries",
        type=int,
        default=2,
        help="drive an endpoint again while other work takes >10%% of the CPU",
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=60,
        help="seconds to wait, before each endpoint, for other work to end",
    )
    parser.add_argument("--only", help="comma-separated endpoint keys, e.g. detail,list_deep")
    parser.add_argument("--no-nginx", action="store_true")
    parser.add_argument(
        "--explain", action="store_true", help="time and explain every SELECT of each endpoint"
    )
    parser.add_argument(
        "--profile", default="", help="endpoint keys to profile with cProfile, comma-separated"
    )
    parser.add_argument("--no-docs", action="store_true", help="leave docs/benchmarks.md alone")
    parser.add_argument(
        "--render",
        nargs="+",
        metavar="RESULT",
        help="only regenerate docs/benchmarks.md's sections from these result files",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench")
    args = parser.parse_args(argv)
    args.only = set(args.only.split(",")) if args.only else None
    args.profile = set(args.profile.split(",")) if args.profile else set()
    args.out.mkdir(parents=True, exist_ok=True)
    args.stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    return args


def main(argv=None) -> None:
    # Stopped from outside (timeout, kill): unwind, so that gunicorn and nginx are stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args = parse_args(argv)
    if args.render:
        for path in args.render:
            update_docs(json.loads(Path(path).read_text(encoding="utf-8")))
        return
    env, database = prepare_environment(args)
    log(f"{database}, scale {args.scale}, results in {args.out}")
    loadavg = os.getloadavg()
    if loadavg[0] > 0.5:
        log(f"the machine is not idle (load average {loadavg[0]:.2f}): figures will be lower")
    load_seconds = None if args.no_load else load_data(args, env)
    data = read_data_file(args)
    django_setup()
    if not args.no_load:
        settle(database)
    data = resolve(data)
    version, data["postmaster"] = database_version(database)
    close_django_connections()
    log(
        f"sluice {data['sluice_id']}, stage {data['stage_id']} ({data['ideas_in_list']} ideas), "
        f"idea {data['idea_id']}; decisions move stage {data['decision_from_stage']} → "
        f"{data['decision_to_stage']}"
    )
    token = idesluss(env, "token", data["submitter_email"], "--name", "bench", capture=True)
    token = token.strip().splitlines()[-1]

    server = Gunicorn(args, env)
    try:
        sessions = {}
        for role in ("coach", "submitter", "analyst"):
            sessions[role] = Session(server.base)
            sessions[role].log_in(data[f"{role}_email"], data["password"])
        first = f"/ideer/?sluice={data['sluice_id']}&stage={data['stage_id']}"
        data["deep_wanted"] = args.deep_page
        data["deep_url"], data["deep_page"] = find_deep_page(
            sessions["submitter"], first, args.deep_page
        )
        log(f"page {data['deep_page']} of the list: {data['deep_url']}")
        detail_page = sessions["submitter"].request("GET", f"/ideer/{data['idea_id']}/").body
        started_workers = set(server.workers())
        results = run_endpoints(args, data, server, sessions, token)
        workers = server.workers()
        memory = {
            "workers": [dict(pid=pid, **memory_mb(pid)) for pid in workers],
            "master": memory_mb(server.process.pid),
            # A worker that was killed (timeout, crash) and replaced shows up here.
            "replaced_workers": len(started_workers - set(workers)),
        }
    finally:
        server.stop()

    log("SQL queries per request (Django test Client, CaptureQueriesContext)")
    in_process(args, data, results, token, database)
    close_django_connections()

    nginx_result, ratio = None, None
    if not args.no_nginx:
        nginx_result = measure_nginx(args, detail_page)
        if "detail" in results and nginx_result["rps"]:
            ratio = round(results["detail"]["rps"] / nginx_result["rps"], 4)

    judge(results, memory)
    path = args.out / f"result-{database}-{args.scale}-{args.stamp}.json"
    result = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "scale": args.scale,
        "seed": args.seed,
        "database": database,
        "database_version": version,
        "machine": machine(),
        "server": {
            "workers": args.workers,
            "worker_class": args.worker_class,
            "threads": args.threads,
            "conn_max_age": args.conn_max_age,
            "database_options": args.database_options,
        },
        "load": {
            "concurrency": args.concurrency,
            "duration": args.duration,
            "warmup": args.warmup,
        },
        "data": {
            k: data.get(k)
            for k in (
                "file",
                "coach_email",
                "submitter_email",
                "sluice_id",
                "stage_id",
                "idea_id",
                "ideas_in_database",
                "ideas_in_list",
                "deep_page",
                "deep_url",
            )
        },
        "load_seconds": round(load_seconds, 1) if load_seconds else None,
        "loadavg_at_start": [round(v, 2) for v in loadavg],
        "endpoints": results,
        "memory": memory,
        "nginx": nginx_result,
        "detail_to_nginx": ratio,
        "file": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
    }
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    log(f"wrote {path}")
    if not args.no_docs:
        update_docs(result)
    missed = [
        f"{r['label']}: {b['budget']}"
        for r in results.values()
        for b in r.get("budgets", [])
        if not b["met"]
    ]
    if not memory["budget"]["met"]:
        missed.append(memory["budget"]["budget"])
    for line in missed:
        log(f"budget missed — {line}")


if __name__ == "__main__":
    main()
