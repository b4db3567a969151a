"""The server processes: gunicorn as in production, and nginx serving the rendered detail page
as a static file; each on a free loopback port, stopped after."""

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import load
from common import ROOT, log
from procfs import children_of


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
        # The submit endpoint sends hundreds of ideas a second as one person: no pace limit.
        server_env = dict(env, DATABASE_CONN_MAX_AGE=str(args.conn_max_age), IDEAS_PER_HOUR="0")
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
