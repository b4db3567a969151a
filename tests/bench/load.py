"""The load generator of the benchmark harness: a small HTTP/1.1 client on asyncio streams.

It runs in its own process, started by run.py once per endpoint, so that the client neither
shares an interpreter with the server nor with Django:

    python tests/bench/load.py PLAN.json   →   prints one JSON object on standard output

PLAN is a JSON object:

    base         "http://127.0.0.1:PORT"
    concurrency  connections kept busy at once (each a coroutine with its own keep-alive
                 connection; a server that answers "Connection: close" gets a new one per request)
    duration     seconds of measured load (the bound; the run also ends at max_requests)
    warmup       requests sent and thrown away before the measured ones
    max_requests optional upper bound on measured requests
    method       "GET" or "POST"
    path         the request target, or
    requests     a list of {"path", "body"} used once each, in order (a POST that must not be
                 repeated, e.g. moving an idea); the run ends when they are used up
    cycle        a list of paths taken in turn (GET), to compare them under the same conditions;
                 the answer then also has the server times per path in "server_ms_by_path"
    body         form body for POST (str), the same for every request
    headers      extra request headers (Cookie, Authorization, Content-Type …)
    expect       accepted status codes, e.g. [200] or [302]
    reject_location  a redirect whose Location starts with this is an error (the log-in page)
    keep_locations   true: return the Location of every accepted answer (new ideas' URLs)
    timeout      seconds before one request counts as an error (default 30)

The answer has, per measured request, the client wall time and the server's own time (the
`Server-Timing: app;dur=` header of idesluss.core.middleware) in milliseconds, the status
counts, the first few errors, the measured wall-clock window and this process's CPU time.

No dependency beyond the standard library: httpx or aiohttp would spend more CPU per request
than the server on a two-core machine, and the client's CPU is taken from the server's.
"""

import asyncio
import contextlib
import json
import re
import sys
import time
from urllib.parse import urlsplit

SERVER_TIMING = re.compile(rb"app;dur=([0-9.]+)")


class Response:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def cookies(self) -> dict[str, str]:
        """name → value of every Set-Cookie (attributes dropped)."""
        found = {}
        for key, value in self.headers:
            if key == "set-cookie":
                pair = value.split(";", 1)[0]
                name, _, cookie = pair.partition("=")
                found[name.strip()] = cookie.strip().strip('"')
        return found

    @property
    def server_ms(self) -> float | None:
        value = self.header("server-timing")
        if value is None:
            return None
        match = SERVER_TIMING.search(value.encode())
        return float(match.group(1)) if match else None

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class ConnectionLost(Exception):
    """The server closed a reused keep-alive connection before answering."""


class Connection:
    """One HTTP/1.1 connection, reopened when the server closes it."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.reused = False

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def request(
        self, method: str, target: str, headers: dict[str, str], body: bytes = b""
    ) -> Response:
        try:
            return await self._request(method, target, headers, body)
        except ConnectionLost:
            # Only a reused connection that gave not one byte back: the server had closed it
            # while idle, so nothing was processed and sending again on a new one is safe.
            await self.close()
            return await self._request(method, target, headers, body)

    async def _request(self, method, target, headers, body) -> Response:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            self.reused = False
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{key}: {value}" for key, value in headers.items()]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        was_reused = self.reused
        try:
            self.writer.write(head + body)
            await self.writer.drain()
            raw = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError) as error:
            partial = getattr(error, "partial", b"")
            if was_reused and not partial:
                raise ConnectionLost from error
            raise
        status_line, *header_lines = raw[:-4].decode("latin-1").split("\r\n")
        version, status = status_line.split(" ", 2)[:2]
        parsed = []
        for line in header_lines:
            key, _, value = line.partition(":")
            parsed.append((key.strip().lower(), value.strip()))
        response = Response(int(status), parsed, b"")
        length = response.header("content-length")
        if method == "HEAD" or response.status in (204, 304):
            data = b""
        elif length is not None:
            data = await self.reader.readexactly(int(length))
        elif (response.header("transfer-encoding") or "").lower() == "chunked":
            data = await self._read_chunked()
        else:
            data = await self.reader.read()
            await self.close()
        response.body = data
        connection = (response.header("connection") or "").lower()
        if connection == "close" or version == "HTTP/1.0":
            await self.close()
        else:
            self.reused = True
        return response

    async def _read_chunked(self) -> bytes:
        parts = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)


def split_base(base: str) -> tuple[str, int]:
    parts = urlsplit(base)
    return parts.hostname or "127.0.0.1", parts.port or 80


async def fetch(
    base: str, method: str, target: str, headers: dict | None = None, body: bytes = b""
) -> Response:
    """One request on a new connection (for the harness's own set-up steps)."""
    connection = Connection(*split_base(base))
    try:
        return await connection.request(method, target, headers or {}, body)
    finally:
        await connection.close()


async def run_plan(plan: dict) -> dict:
    host, port = split_base(plan["base"])
    method = plan.get("method", "GET")
    headers = dict(plan.get("headers", {}))
    expect = set(plan.get("expect", [200]))
    reject = plan.get("reject_location")
    keep_locations = plan.get("keep_locations", False)
    ordered = plan.get("requests")
    fixed = (plan.get("path", "/"), plan.get("body", "").encode())
    queue = iter([(r["path"], r.get("body", "").encode()) for r in ordered]) if ordered else None
    warmup = int(plan.get("warmup", 0))
    timeout = float(plan.get("timeout", 30))
    max_requests = plan.get("max_requests") or 10**9
    client_ms: list[float] = []
    server_ms: list[float] = []
    statuses: dict[str, int] = {}
    errors: list[str] = []
    error_count = 0
    locations: list[str] = []
    state = {"warm_left": warmup, "sent": 0, "end": None, "first": None, "last": None}

    cycle = plan.get("cycle")
    by_path: dict[str, list[float]] = {path: [] for path in cycle or []}
    turn = [0]

    def next_request():
        if cycle:
            turn[0] += 1
            return cycle[turn[0] % len(cycle)], b""
        if queue is None:
            return fixed
        return next(queue, None)

    async def one(connection: Connection, measured: bool) -> bool:
        nonlocal error_count
        request = next_request()
        if request is None:
            return False
        target, body = request
        started = time.perf_counter()
        try:
            response = await asyncio.wait_for(
                connection.request(method, target, headers, body), timeout
            )
        except Exception as error:  # noqa: BLE001 - every failure is counted, none stops the run
            await connection.close()
            if measured:
                error_count += 1
                if len(errors) < 5:
                    errors.append(f"{type(error).__name__}: {error}")
            return True
        finished = time.perf_counter()
        if not measured:
            return True
        state["last"] = finished
        statuses[str(response.status)] = statuses.get(str(response.status), 0) + 1
        location = response.header("location") or ""
        ok = response.status in expect and not (reject and location.startswith(reject))
        if ok:
            client_ms.append((finished - started) * 1000)
            if response.server_ms is not None:
                server_ms.append(response.server_ms)
                if cycle:
                    by_path[target].append(response.server_ms)
            if keep_locations:
                locations.append(location)
        else:
            error_count += 1
            if len(errors) < 5:
                errors.append(f"{response.status} {location} {response.text()[:200]!r}")
        return True

    async def warm(connection: Connection):
        while state["warm_left"] > 0:
            state["warm_left"] -= 1
            if not await one(connection, measured=False):
                return

    async def measure(connection: Connection):
        while time.perf_counter() < state["end"] and state["sent"] < max_requests:
            state["sent"] += 1
            if not await one(connection, measured=True):
                return

    connections = [Connection(host, port) for _ in range(int(plan["concurrency"]))]
    await asyncio.gather(*(warm(c) for c in connections))
    cpu_started = time.process_time()
    state["first"] = time.perf_counter()
    state["end"] = state["first"] + float(plan["duration"])
    await asyncio.gather(*(measure(c) for c in connections))
    client_cpu = time.process_time() - cpu_started
    await asyncio.gather(*(c.close() for c in connections))
    window = (state["last"] - state["first"]) if state["first"] and state["last"] else 0.0
    return {
        "client_ms": client_ms,
        "server_ms": server_ms,
        "statuses": statuses,
        "errors": error_count,
        "error_samples": errors,
        "window_s": window,
        "client_cpu_s": client_cpu,
        "locations": locations,
        "server_ms_by_path": by_path,
    }


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        plan = json.load(handle)
    json.dump(asyncio.run(run_plan(plan)), sys.stdout)


if __name__ == "__main__":
    main()
