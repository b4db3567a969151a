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
import asyncio
import contextlib
import datetime as dt
import html
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402 - the load generator beside this file

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
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
DETAIL_RPS_BUDGET = 200
RSS_BUDGET_MB = 250
# "Page 200 as fast as page 1": its median server time within 20 % (+2 ms for noise) of page 1's.
DEEP_PAGE_FACTOR, DEEP_PAGE_SLACK_MS = 1.2, 2.0

LOGIN_PAGE = "/konto/login/"
# An endpoint is driven again when other processes took more than this share of the CPU.
OTHER_WORK_LIMIT = 0.1


# ---------------------------------------------------------------------------------------------
# Small helpers


STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[bench {time.monotonic() - STARTED:6.1f} s] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return round(ordered[rank - 1], 2)


def summary(values: list[float]) -> dict:
    return {
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": round(max(values), 2) if values else None,
    }


def idesluss(env: dict, *args: str, capture: bool = False, timeout: float = 7200) -> str:
    command = [sys.executable, "-m", "idesluss.cli", *args]
    result = subprocess.run(
        command, env=env, cwd=ROOT, check=True, timeout=timeout, text=True, capture_output=capture
    )
    return result.stdout if capture else ""


def machine() -> dict:
    cpu = "unknown"
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_kb = 0
    with contextlib.suppress(OSError), open("/proc/meminfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                memory_kb = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "kernel": platform.release(),
        "python": platform.python_version(),
    }


# ---------------------------------------------------------------------------------------------
# /proc: CPU and memory of processes


TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu_seconds(pid: int, children: bool = False) -> float:
    """User + system CPU of a process (plus its reaped children's, e.g. postgres' backends)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="utf-8") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def memory_mb(pid: int) -> dict:
    values = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="utf-8") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = round(int(rest.split()[0]) / 1024, 1)
    return values


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs since boot."""
    with open("/proc/stat", encoding="utf-8") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def wait_until_quiet(limit: float, longest: float) -> float:
    """Waits (at most `longest` seconds) until other work takes under `limit` of the CPU for a
    second: the machine may be shared. Returns the share seen last."""
    deadline = time.monotonic() + longest
    while True:
        before = machine_cpu()
        time.sleep(1)
        after = machine_cpu()
        total = after[1] - before[1]
        share = (after[0] - before[0]) / total if total else 0.0
        if share < limit or time.monotonic() >= deadline:
            return share
        log(f"  waiting: other work takes {share:.0%} of the CPU")
        time.sleep(4)


class CpuMeter:
    """CPU spent by the gunicorn workers and by PostgreSQL while one endpoint is driven."""

    def __init__(self, worker_pids: list[int], postmaster: int | None):
        self.worker_pids = worker_pids
        self.postmaster = postmaster

    def snapshot(self) -> dict:
        postgres = 0.0
        if self.postmaster:
            # The postmaster, its live children, and (cutime) the backends that have ended.
            postgres = proc_cpu_seconds(self.postmaster, children=True)
            postgres += sum(proc_cpu_seconds(pid) for pid in children_of(self.postmaster))
        return {
            "app": sum(proc_cpu_seconds(pid) for pid in self.worker_pids),
            "db": postgres,
            "machine": machine_cpu(),
        }

    @staticmethod
    def difference(before: dict, after: dict) -> dict:
        busy = after["machine"][0] - before["machine"][0]
        total = after["machine"][1] - before["machine"][1]
        return {
            "app_s": after["app"] - before["app"],
            "db_s": after["db"] - before["db"],
            "busy_s": busy / TICK,
            "total_s": total / TICK,
        }


# ---------------------------------------------------------------------------------------------
# The database and the data set


def prepare_environment(args) -> tuple[dict, str]:
    env = dict(os.environ)
    env.update(
        IDESLUSS_HOME=str(ROOT),
        DJANGO_SETTINGS_MODULE="idesluss.settings",
        DEBUG="false",
        PYTHONUNBUFFERED="1",
    )
    url = env.get("DATABASE_URL", "")
    database = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    if args.database and args.database != database:
        if args.database == "postgresql":
            sys.exit("--database postgresql needs DATABASE_URL (scripts/with-postgres.sh sets it)")
        database = "sqlite"
    if database == "sqlite":
        path = args.out / f"{args.scale}.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{path}"
        if not args.no_load:
            for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                stale.unlink(missing_ok=True)
    os.environ.update(env)
    return env, database


def load_data(args, env) -> float:
    started = time.perf_counter()
    log("migrate")
    idesluss(env, "migrate", "--no-input", "-v", "0")
    if args.scale == "demo":
        log("idesluss demo")
        idesluss(env, "demo")
    else:
        log(f"idesluss benchdata --scale {args.scale} --seed {args.seed}")
        idesluss(env, "benchdata", "--scale", args.scale, "--seed", str(args.seed))
    return time.perf_counter() - started


def read_data_file(args) -> dict:
    path = args.data
    if path is None:
        path = (
            HERE / "demo.json"
            if args.scale == "demo"
            else ROOT / f"var/benchdata-{args.scale}.json"
        )
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    # `idesluss benchdata` may also write its summary nested ({"coach": {"email": …}, …}).
    nested = {
        "coach_email": ("coach", "email"),
        "submitter_email": ("submitter", "email"),
        "sluice_id": ("sluice", "id"),
        "stage_id": ("stage", "id"),
        "idea_id": ("submitter", "idea_id"),
    }
    for key, (outer, inner) in nested.items():
        if not data.get(key) and isinstance(data.get(outer), dict):
            data[key] = data[outer].get(inner)
    missing = [k for k in ("coach_email", "submitter_email", "password") if not data.get(k)]
    if missing:
        sys.exit(f"{path} lacks {', '.join(missing)}")
    data["file"] = str(path)
    return data


def django_setup():
    import logging
    import warnings

    import django

    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    django.setup()
    # This process only counts queries: the request log lines are the server's business.
    logging.getLogger("idesluss.requests").setLevel(logging.WARNING)


def resolve(data: dict) -> dict:
    """Fills in the ids the data file left out, and what the write endpoints need."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from idesluss.ideas import rules
    from idesluss.ideas.models import Idea
    from idesluss.ideas.queries import ideas_visible_to
    from idesluss.organisations.models import SluiceRole, Stage
    from idesluss.organisations.queries import sluice_ids_with_role, sluices_open_to

    users = get_user_model().objects
    coach = users.get(email__iexact=data["coach_email"])
    submitter = users.get(email__iexact=data["submitter_email"])
    if not data.get("sluice_id"):
        coached = sluice_ids_with_role(coach, SluiceRole.Role.COACH) | sluice_ids_with_role(
            coach, SluiceRole.Role.DECISION_MAKER
        )
        sluice = (
            sluices_open_to(submitter)
            .filter(pk__in=coached)
            .annotate(n=Count("ideas"))
            .order_by("-n", "pk")
            .first()
        )
        if sluice is None:
            sys.exit("The coach coaches no sluice the submitter may submit to.")
        data["sluice_id"] = sluice.pk
    sluice_id = int(data["sluice_id"])
    visible = ideas_visible_to(submitter).filter(sluice_id=sluice_id)
    if not data.get("stage_id"):
        top = visible.values("stage").annotate(n=Count("pk")).order_by("-n").first()
        data["stage_id"] = top["stage"]
    if not data.get("idea_id"):
        data["idea_id"] = (
            visible.annotate(n=Count("decisions")).order_by("-n", "pk").values_list("pk", flat=True)
        ).first()
    stages = list(Stage.objects.filter(sluice_id=sluice_id).order_by("position", "id"))
    first = next(s for s in stages if s.kind == Stage.Kind.ACTIVE)
    probe = Idea(sluice_id=sluice_id, stage=first, submitter=submitter)
    following = [
        s for s in rules.stages_open_to(coach, probe, stages) if s.position > first.position
    ]
    data["decision_from_stage"] = first.pk
    data["decision_to_stage"] = following[0].pk if following else None
    data["ideas_in_database"] = Idea.objects.count()
    data["ideas_in_list"] = visible.filter(stage_id=data["stage_id"]).count()
    return data


def database_version(database: str) -> tuple[str, int | None]:
    """The server's version and, for PostgreSQL on this machine, its postmaster's pid."""
    from django.db import connection

    with connection.cursor() as cursor:
        if database == "postgresql":
            cursor.execute("SELECT current_setting('server_version'), pg_backend_pid()")
            version, backend = cursor.fetchone()
            return f"PostgreSQL {version}", parent_of(backend)
        cursor.execute("select sqlite_version()")
        return "SQLite " + cursor.fetchone()[0], None


def settle(database: str) -> None:
    """After a bulk load: what autovacuum would do before long, so that it does not run during
    the measurement; and the SQLite write-ahead log folded into the database file."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        if database == "postgresql":
            cursor.execute("VACUUM (ANALYZE)")
            cursor.execute("CHECKPOINT")
        else:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log(f"settled the database in {time.perf_counter() - started:.1f} s")


def close_django_connections():
    from django.db import connections

    connections.close_all()


# ---------------------------------------------------------------------------------------------
# The server


class Gunicorn:
    def __init__(self, args, env: dict):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = args.out / f"gunicorn-{args.stamp}.log"
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "idesluss.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(args.workers),
            "--worker-class",
            args.worker_class,
            "--access-logfile",
            "-",
        ]
        if args.worker_class == "gthread":
            command += ["--threads", str(args.threads)]
        server_env = dict(env, DATABASE_CONN_MAX_AGE=str(args.conn_max_age))
        if args.database_options:
            # dj-database-url turns the query string into OPTIONS (typed: true, 5).
            url = server_env["DATABASE_URL"]
            server_env["DATABASE_URL"] = url + ("&" if "?" in url else "?") + args.database_options
        self.log_file = open(self.log_path, "w", encoding="utf-8")  # noqa: SIM115
        log(
            f"gunicorn: {' '.join(command[3:])} (conn_max_age={args.conn_max_age}"
            f"{', ' + args.database_options if args.database_options else ''})"
        )
        self.process = subprocess.Popen(
            command, env=server_env, cwd=ROOT, stdout=self.log_file, stderr=subprocess.STDOUT
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped at start; see {self.log_path}")
            with contextlib.suppress(OSError):
                answer = asyncio.run(load.fetch(self.base, "GET", "/health/"))
                if answer.status == 200 and self.workers():
                    return
            time.sleep(0.2)
        self.stop()
        sys.exit(f"gunicorn did not answer within {timeout} s; see {self.log_path}")

    def workers(self) -> list[int]:
        return children_of(self.process.pid)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


class Nginx:
    """nginx in the foreground, serving one directory on a loopback port, stopped after."""

    def __init__(self, page: bytes, workers: int):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(binary).exists():
            install_nginx()
            binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.dir = Path(tempfile.mkdtemp(prefix="idesluss-nginx-"))
        www = self.dir / "www"
        www.mkdir()
        (www / "idea.html").write_bytes(page)
        for path in (self.dir, www):
            path.chmod(0o755)  # the workers run as "nobody" when nginx is started by root
        (www / "idea.html").chmod(0o644)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        temp = "\n".join(
            f"  {kind}_temp_path {self.dir}/{kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        config = self.dir / "nginx.conf"
        config.write_text(
            f"""daemon off;
worker_processes {workers};
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn;
events {{ worker_connections 512; }}
http {{
  access_log off;
{temp}
  default_type text/html;
  charset utf-8;
  server {{
    listen 127.0.0.1:{self.port};
    root {www};
  }}
}}
""",
            encoding="utf-8",
        )
        self.version = subprocess.run(
            [binary, "-v"], capture_output=True, text=True, check=False
        ).stderr.strip()
        self.process = subprocess.Popen(
            [binary, "-e", f"{self.dir}/error.log", "-p", str(self.dir), "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            with contextlib.suppress(OSError):
                if asyncio.run(load.fetch(self.base, "GET", "/idea.html")).status == 200:
                    return
            time.sleep(0.1)
        error = (self.dir / "error.log").read_text(errors="replace")[-2000:]
        self.stop()
        raise RuntimeError(f"nginx did not start: {error}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful shutdown
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def install_nginx():
    if os.geteuid() != 0:
        raise RuntimeError("nginx is missing and installing it needs root: apt-get install nginx")
    log("nginx is missing: apt-get update && apt-get install nginx")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx"],
        check=True,
        env=env,
        timeout=900,
        stdout=subprocess.DEVNULL,
    )
    # Debian's package starts its own service; ours runs apart, so stop that one if it runs.
    subprocess.run(["service", "nginx", "stop"], check=False, capture_output=True)


# ---------------------------------------------------------------------------------------------
# Sessions: the real log-in form, CSRF tokens


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Session:
    def __init__(self, base: str):
        self.base = base
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def header(self) -> dict:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def request(self, method: str, path: str, form: dict | None = None) -> load.Response:
        headers = self.header()
        body = b""
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(form).encode()
        response = asyncio.run(load.fetch(self.base, method, path, headers, body))
        self.cookies.update(response.cookies())
        match = CSRF_INPUT.search(response.text())
        if match:
            self.csrf = match.group(1)
        return response

    def log_in(self, email: str, password: str):
        self.request("GET", LOGIN_PAGE)
        form = {"login": email, "password": password, "csrfmiddlewaretoken": self.csrf}
        response = self.request("POST", LOGIN_PAGE, form)
        if response.status != 302 or "sessionid" not in self.cookies:
            sys.exit(f"Log-in as {email} failed: {response.status} {response.text()[:300]!r}")
        # Django rotates the CSRF token at log-in: fetch a form page for the new one.
        self.request("GET", "/ideer/ny/")


NEXT_REL = re.compile(r"<a\b[^>]*\brel=\"next\"[^>]*>", re.I)
HREF = re.compile(r'href="([^"]*)"')
PAGINATION = re.compile(r'<nav class="pagination".*?</nav>', re.S)
NEXT_TEXT = re.compile(r'<a\b[^>]*href="([^"]*)"[^>]*>\s*(?:Nästa sida|Next page)\s*</a>', re.I)


def next_link(page_html: str) -> str | None:
    tag = NEXT_REL.search(page_html)
    if tag:
        href = HREF.search(tag.group(0))
        return html.unescape(href.group(1)) if href else None
    nav = PAGINATION.search(page_html)
    if nav:
        link = NEXT_TEXT.search(nav.group(0))
        if link:
            return html.unescape(link.group(1))
    return None


def find_deep_page(session: Session, first: str, wanted: int) -> tuple[str, int]:
    """Follows "next" from the first page; returns the URL of page `wanted` (or the last)."""
    url, number = first, 1
    while number < wanted:
        response = session.request("GET", url)
        if response.status != 200:
            sys.exit(f"GET {url}: {response.status}")
        link = next_link(response.text())
        if link is None:
            break
        url = urljoin(url, link)
        number += 1
    return url, number


# ---------------------------------------------------------------------------------------------
# Driving the load


def drive(args, plan: dict, processes: int = 1) -> dict:
    """Runs load.py in `processes` processes at once (the concurrency split between them)."""
    concurrency = plan["concurrency"]
    shares = [concurrency // processes + (i < concurrency % processes) for i in range(processes)]
    running = []
    for index, share in enumerate(shares):
        part = dict(plan, concurrency=share, warmup=plan.get("warmup", 0) // processes)
        if "max_requests" in plan and plan["max_requests"]:
            part["max_requests"] = plan["max_requests"] // processes
        if "requests" in plan:
            part["requests"] = plan["requests"][index::processes]
        path = args.out / f"plan-{os.getpid()}-{index}.json"
        path.write_text(json.dumps(part), encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, str(HERE / "load.py"), str(path)], stdout=subprocess.PIPE, text=True
        )
        running.append((process, path))
    limit = plan["duration"] + plan.get("warmup", 0) * 2 + 120
    outputs = []
    for process, path in running:
        try:
            out, _ = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            process.kill()
            out, _ = process.communicate()
        path.unlink(missing_ok=True)
        if process.returncode != 0:
            raise RuntimeError(f"load.py failed ({process.returncode})")
        outputs.append(json.loads(out))
    merged = {
        "client_ms": [v for o in outputs for v in o["client_ms"]],
        "server_ms": [v for o in outputs for v in o["server_ms"]],
        "statuses": {},
        "errors": sum(o["errors"] for o in outputs),
        "error_samples": [s for o in outputs for s in o["error_samples"]][:5],
        "window_s": max(o["window_s"] for o in outputs),
        "client_cpu_s": sum(o["client_cpu_s"] for o in outputs),
        "locations": [v for o in outputs for v in o["locations"]],
        "server_ms_by_path": {},
    }
    for output in outputs:
        for key, values in output.get("server_ms_by_path", {}).items():
            merged["server_ms_by_path"].setdefault(key, []).extend(values)
    for output in outputs:
        for status, count in output["statuses"].items():
            merged["statuses"][status] = merged["statuses"].get(status, 0) + count
    return merged


def figures(raw: dict, cpu: dict | None) -> dict:
    ok = len(raw["client_ms"])
    window = raw["window_s"]
    result = {
        "requests": ok,
        "errors": raw["errors"],
        "statuses": raw["statuses"],
        "error_samples": raw["error_samples"],
        "window_s": round(window, 2),
        "rps": round(ok / window, 1) if window else None,
        "client_ms": summary(raw["client_ms"]),
        "server_ms": summary(raw["server_ms"]),
        "client_cpu_ms_per_request": round(raw["client_cpu_s"] * 1000 / ok, 2) if ok else None,
    }
    if cpu is not None and ok:
        result["app_cpu_ms_per_request"] = round(cpu["app_s"] * 1000 / ok, 2)
        # SQLite works inside the workers: its CPU is in the app's figure.
        if cpu["db_s"]:
            result["db_cpu_ms_per_request"] = round(cpu["db_s"] * 1000 / ok, 2)
        if cpu["total_s"]:
            ours = cpu["app_s"] + cpu["db_s"] + raw["client_cpu_s"]
            result["machine_busy"] = round(cpu["busy_s"] / cpu["total_s"], 3)
            # CPU that neither the server, the database nor the client spent: other work on the
            # machine (or the kernel's network stack), which makes the figures less trustworthy.
            result["other_cpu_share"] = round(max(0.0, cpu["busy_s"] - ours) / cpu["total_s"], 3)
    return result


def endpoint_plans(data: dict, sessions: dict, token: str, deep_url: str) -> list[dict]:
    sluice, stage, idea = data["sluice_id"], data["stage_id"], data["idea_id"]
    bearer = {"Authorization": f"Bearer {token}"}
    return [
        {"key": "home", "label": "Start page", "as": "coach", "path": "/"},
        {
            "key": "list_p1",
            "label": "Idea list, page 1",
            "as": "submitter",
            "path": f"/ideer/?sluice={sluice}&stage={stage}",
        },
        {
            "key": "list_deep",
            "label": f"Idea list, page {data['deep_page']}"
            + (" (the last)" if data["deep_page"] < data["deep_wanted"] else ""),
            "as": "submitter",
            "path": deep_url,
        },
        {"key": "detail", "label": "Idea detail", "as": "submitter", "path": f"/ideer/{idea}/"},
        {"key": "inbox", "label": "Coach inbox", "as": "coach", "path": "/ideer/inkorg/"},
        {"key": "mine", "label": "Mina idéer", "as": "submitter", "path": "/ideer/mina/"},
        {
            "key": "api_list",
            "label": "API list",
            "as": "submitter (token)",
            "path": f"/api/v1/ideas?sluice={sluice}",
            "headers": bearer,
        },
        {
            "key": "api_detail",
            "label": "API detail",
            "as": "submitter (token)",
            "path": f"/api/v1/ideas/{idea}",
            "headers": bearer,
        },
    ]


def submit_form(data: dict) -> dict:
    return {
        "sluice": data["sluice_id"],
        "organisation": "",
        "title": "",
        "problem": "Mätning: när många lämnar idéer samtidigt ska ingen gå förlorad, "
        "och kvittot ska komma direkt.",
        "solution": "",
        "beneficiaries": "",
        "category": "",
        "visibility": "organisation",
    }


def decision_form(data: dict) -> dict:
    return {
        "from_stage": data["decision_from_stage"],
        "to_stage": data["decision_to_stage"],
        "rationale": "Vi går vidare: idén prövas i nästa steg.",
        "merged_into": "",
    }


IDEA_URL = re.compile(r"/ideer/(\d+)/")


def run_endpoints(args, data, server: Gunicorn, sessions: dict, token: str) -> dict:
    results = {}
    meter = CpuMeter(server.workers(), data.get("postmaster"))
    base = {
        "base": server.base,
        "concurrency": args.concurrency,
        "duration": args.duration,
        "warmup": args.warmup,
        "reject_location": LOGIN_PAGE,
    }

    def measure(spec: dict, plan: dict, repeatable: bool = True) -> list[str]:
        """Drives one endpoint; again (up to --retries times) while other work disturbs it.

        Returns the Location headers of every accepted answer of every attempt."""
        log(f"{spec['label']}: {plan.get('method', 'GET')} {spec['path']} as {spec['as']}")
        best, locations = None, []
        for attempt in range(1 + (args.retries if repeatable else 0)):
            wait_until_quiet(OTHER_WORK_LIMIT, args.quiet_wait)
            before = meter.snapshot()
            raw = drive(args, plan)
            after = meter.snapshot()
            locations += raw["locations"]
            result = figures(raw, CpuMeter.difference(before, after))
            other = result.get("other_cpu_share") or 0
            log(
                f"  {result['requests']} ok, {result['errors']} errors, {result['rps']} req/s, "
                f"server p95 {result['server_ms']['p95']} ms, "
                f"client p95 {result['client_ms']['p95']} ms, other work {other:.0%} of the CPU"
            )
            if best is None or other < (best.get("other_cpu_share") or 0):
                best = result
            best["attempts"] = attempt + 1
            if other <= OTHER_WORK_LIMIT:
                break
        best.update({k: spec[k] for k in ("key", "label", "as", "path")})
        best["method"] = plan.get("method", "GET")
        results[spec["key"]] = best
        return locations

    deep_url = data["deep_url"]
    for spec in endpoint_plans(data, sessions, token, deep_url):
        if args.only and spec["key"] not in args.only:
            continue
        user = "coach" if spec["as"] == "coach" else "submitter"
        headers = spec.get("headers") or sessions[user].header()
        measure(spec, dict(base, path=spec["path"], headers=headers, expect=[200]))

    if "list_p1" in results and "list_deep" in results:
        # Page 1 and the deep page in turn, in one run: the comparison is not disturbed by the
        # machine getting faster or slower between two runs (a virtual machine's neighbours).
        first, deep = results["list_p1"]["path"], results["list_deep"]["path"]
        log(f"Idea list, page 1 and page {data['deep_page']} in turn")
        wait_until_quiet(OTHER_WORK_LIMIT, args.quiet_wait)
        headers = sessions["submitter"].header()
        raw = drive(args, dict(base, cycle=[first, deep], headers=headers, expect=[200]))
        paired = {
            "page_1": summary(raw["server_ms_by_path"].get(first, [])),
            "deep": summary(raw["server_ms_by_path"].get(deep, [])),
            "errors": raw["errors"],
        }
        results["list_deep"]["paired_server_ms"] = paired
        log(f"  server p50: page 1 {paired['page_1']['p50']} ms, deep {paired['deep']['p50']} ms")

    # Writes: every submission is a new idea; each of them is then moved once by the coach.
    submitter, coach = sessions["submitter"], sessions["coach"]
    new_ideas: list[int] = []
    if not args.only or "submit" in args.only or "decide" in args.only:
        spec = {"key": "submit", "label": "Submit idea (POST)", "as": "submitter"}
        spec["path"] = "/ideer/ny/"
        plan = dict(
            base,
            method="POST",
            path=spec["path"],
            body=urlencode(dict(submit_form(data), csrfmiddlewaretoken=submitter.csrf)),
            headers=dict(
                submitter.header(), **{"Content-Type": "application/x-www-form-urlencoded"}
            ),
            expect=[302],
            keep_locations=True,
        )
        locations = measure(spec, plan)
        new_ideas = [int(m.group(1)) for m in map(IDEA_URL.search, locations) if m]
    if (not args.only or "decide" in args.only) and data["decision_to_stage"] is None:
        log("Decision: skipped, the coach may move a new idea to no later stage")
    elif not args.only or "decide" in args.only:
        spec = {"key": "decide", "label": "Decision (POST)", "as": "coach"}
        spec["path"] = "/ideer/<new idea>/beslut/"
        body = urlencode(dict(decision_form(data), csrfmiddlewaretoken=coach.csrf))
        plan = dict(
            base,
            method="POST",
            requests=[{"path": f"/ideer/{pk}/beslut/", "body": body} for pk in new_ideas],
            warmup=min(args.warmup, len(new_ideas) // 5),
            headers=dict(coach.header(), **{"Content-Type": "application/x-www-form-urlencoded"}),
            expect=[302],
        )
        measure(spec, plan, repeatable=False)  # each idea can be moved once only
        results["decide"]["pool"] = len(new_ideas)
    data["new_ideas"] = new_ideas
    return results


# ---------------------------------------------------------------------------------------------
# SQL queries per request, in this process


def in_process(args, data: dict, results: dict, token: str, database: str) -> None:
    """SQL queries per request; with --explain the slowest ones, with --profile a profile."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    users = get_user_model().objects
    clients = {}
    for role in ("coach", "submitter"):
        client = Client()
        client.force_login(users.get(email__iexact=data[f"{role}_email"]))
        clients[role] = client
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
        client = api if result["as"].endswith("(token)") else clients[result["as"]]
        queries, status, _ = count(client, "GET", result["path"])
        record(key, queries, status == 200)
        if key in args.profile:
            profile(args, key, client, result["path"])
    if "submit" in results or "decide" in results:
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


# ---------------------------------------------------------------------------------------------
# Budgets, the result file and docs/benchmarks.md


def judge(results: dict, memory: dict) -> None:
    for key, result in results.items():
        checks = []
        p95 = result["server_ms"]["p95"]
        if key == "nginx":
            continue
        limit = WRITE_BUDGET_MS if result["method"] == "POST" else READ_BUDGET_MS
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


# ---------------------------------------------------------------------------------------------


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
        for role in ("coach", "submitter"):
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
        nginx = Nginx(detail_page, workers=args.workers)
        try:
            log(f"nginx: GET /idea.html ({len(detail_page)} bytes)")
            wait_until_quiet(OTHER_WORK_LIMIT, args.quiet_wait)
            raw = drive(
                args,
                {
                    "base": nginx.base,
                    "path": "/idea.html",
                    "concurrency": args.concurrency,
                    "duration": args.duration,
                    "warmup": args.warmup,
                    "expect": [200],
                },
                processes=2,
            )
            nginx_result = figures(raw, None)
            nginx_result["version"] = nginx.version.removeprefix("nginx version: ")
            # Each load process is one Python thread: at ≥ 90 % CPU the client is the limit.
            busy = raw["client_cpu_s"] / (raw["window_s"] * 2) if raw["window_s"] else 0
            nginx_result["client_bound"] = busy >= 0.9
            log(f"  {nginx_result['rps']} req/s (client CPU {busy:.0%})")
        finally:
            nginx.stop()
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
