"""The machine and its processes, read from /proc: CPU time and peak memory of the server's
processes, the machine's own CPU use (to wait for other work to end), and what the machine is."""

import contextlib
import os
import platform
import time

from common import log


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
