"""The database and the data set: the environment the server and `idesluss` commands run in,
loading the data, the log-ins and ids from the data file, and the ids it leaves out."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import HERE, ROOT, log
from procfs import parent_of


def idesluss(env: dict, *args: str, capture: bool = False, timeout: float = 7200) -> str:
    command = [sys.executable, "-m", "idesluss.cli", *args]
    result = subprocess.run(
        command, env=env, cwd=ROOT, check=True, timeout=timeout, text=True, capture_output=capture
    )
    return result.stdout if capture else ""


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
        "analyst_email": ("analyst", "email"),
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
    from idesluss.organisations.models import Sluice, SluiceRole, Stage
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
    data["sluice_slug"] = Sluice.objects.get(pk=sluice_id).slug
    if not data.get("analyst_email"):
        # The network dashboard is for analysts (insights.rules): any analyst will do.
        analyst = SluiceRole.objects.filter(role=SluiceRole.Role.ANALYST).order_by("pk").first()
        if analyst is None:
            sys.exit("No analyst in the data set: the network dashboard needs one.")
        data["analyst_email"] = analyst.user.email
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
