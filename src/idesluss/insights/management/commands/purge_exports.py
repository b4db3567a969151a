from django.core.management.base import BaseCommand

from idesluss.insights import export_tasks


class Command(BaseCommand):
    help = (
        "Remove the background exports past their retention period (7 days), with their files, "
        "and files in the exports folder that no export names. The worker removes each export "
        "at its expiry by itself; run this daily (cron, systemd timer) as a safety net."
    )

    def handle(self, *args, **options):
        jobs = export_tasks.purge_expired()
        files = export_tasks.sweep_stray_files()
        self.stdout.write(f"Removed {jobs} expired exports and {files} stray files.")
