"""The endpoints: what each key drives, as whom, and how its requests are built; driving them
all against gunicorn (reads, page 1 and the deep page in turn, then the writes) and nginx."""

import re
from urllib.parse import urlencode

from common import log
from drive import drive, figures, summary
from procfs import CpuMeter, wait_until_quiet
from servers import Gunicorn, Nginx
from sessions import LOGIN_PAGE

# An endpoint is driven again when other processes took more than this share of the CPU.
OTHER_WORK_LIMIT = 0.1


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
            "key": "search",
            "label": "Search, by relevance",
            "as": "submitter",
            "path": f"/sok/?{urlencode({'q': SEARCH_WORDS})}",
        },
        {
            "key": "dashboard_sluice",
            "label": "Sluice dashboard, a year",
            "as": "coach",
            "path": f"/insikter/sluss/{data['sluice_slug']}/?{urlencode(DASHBOARD_PERIOD)}",
        },
        {
            "key": "dashboard_network",
            "label": "Network dashboard, a year",
            "as": "analyst",
            "path": f"/insikter/natverk/?{urlencode(DASHBOARD_PERIOD)}",
        },
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
        # Open data: no session and no token (an empty header set, not the submitter's).
        {
            "key": "open_innovations",
            "label": "Open data: innovations",
            "as": "anonymous",
            "path": "/api/open/v1/innovations",
            "headers": {},
        },
        {
            "key": "open_statistics",
            "label": "Open data: statistics",
            "as": "anonymous",
            "path": "/api/open/v1/statistics",
            "headers": {},
        },
    ]


# The dashboards over the last full year of benchdata's calendar (it ends on 1 January 2026).
DASHBOARD_PERIOD = {"from": "2025-01-01", "to": "2025-12-31"}

# Two words as people search: a compound in one form, a word in another (benchdata's vocabulary).
SEARCH_WORDS = "hemtjänsten schema"

# A draft of a new idea, as the submit form sends it while someone types.
SIMILAR_DRAFT = {
    "title": "Digitala scheman i hemtjänsten",
    "problem": "Personalen i hemtjänsten får sina scheman på papper och ändringar under dagen "
    "når dem sent. Brukarna får vänta när någon är sjuk och ingen vet vem som tar besöket.",
    "solution": "Ett gemensamt digitalt schema i mobilen som uppdateras direkt.",
}


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
        user = spec["as"] if spec["as"] in sessions else "submitter"
        headers = spec["headers"] if "headers" in spec else sessions[user].header()
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

    if not args.only or "similar" in args.only:
        # A read, though a POST: the submit form sends the draft as it is typed.
        spec = {"key": "similar", "label": "Similar ideas (POST, as one types)", "as": "submitter"}
        spec["path"] = "/sok/liknande/"
        session = sessions["submitter"]
        plan = dict(
            base,
            method="POST",
            path=spec["path"],
            body=urlencode(dict(SIMILAR_DRAFT, csrfmiddlewaretoken=session.csrf)),
            headers=dict(session.header(), **{"Content-Type": "application/x-www-form-urlencoded"}),
            expect=[200],
        )
        measure(spec, plan)
        results["similar"]["read"] = True

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


def measure_nginx(args, page: bytes) -> dict:
    """The detail page as a static file from nginx, driven from two load processes: the cost of
    sending the bytes, to compare the application's throughput with."""
    nginx = Nginx(page, workers=args.workers)
    try:
        log(f"nginx: GET /idea.html ({len(page)} bytes)")
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
        result = figures(raw, None)
        result["version"] = nginx.version.removeprefix("nginx version: ")
        # Each load process is one Python thread: at ≥ 90 % CPU the client is the limit.
        busy = raw["client_cpu_s"] / (raw["window_s"] * 2) if raw["window_s"] else 0
        result["client_bound"] = busy >= 0.9
        log(f"  {result['rps']} req/s (client CPU {busy:.0%})")
    finally:
        nginx.stop()
    return result
