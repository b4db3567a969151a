import os
import subprocess
import sys

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Idésluss with gunicorn; optionally run the task worker beside it."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2")))
        parser.add_argument(
            "--with-worker",
            action="store_true",
            help="Also start `idesluss worker` (e-mail, reminders) in the background.",
        )

    def handle(self, *args, bind, workers, with_worker, **options):
        worker = None
        if with_worker:
            worker = subprocess.Popen([sys.executable, "-m", "idesluss.cli", "worker"])
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "idesluss.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(workers),
            "--access-logfile",
            "-",
        ]
        self.stdout.write(f"Idésluss serves at http://{bind}/")
        try:
            subprocess.run(command, check=False)
        except KeyboardInterrupt:
            pass
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
