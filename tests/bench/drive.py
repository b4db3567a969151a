"""Driving the load: runs load.py in separate processes and turns their raw timings into the
figures of the result file (percentiles, requests per second, CPU per request)."""

import json
import os
import subprocess
import sys

from common import HERE


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
