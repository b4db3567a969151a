from django.core.management.base import BaseCommand

from idesluss.insights import export_tasks


class Command(BaseCommand):
    help = (
        "Fail the background exports whose worker stopped while making them (still being made "
        "an hour after they started: their owners are told), remove the exports past their "
        "retention period (7 days), with their files, and files in the exports folder that no "
        "export names. The worker removes each export at its expiry by itself; run this daily "
        "(cron, systemd timer) as a safety net."
    )

    def handle(self, *args, **options):
        failed = export_tasks.fail_abandoned()
        jobs = export_tasks.purge_expired()
        files = export_tasks.sweep_stray_files()
        self.stdout.write(
            f"Failed {failed} exports whose worker stopped; "
            f"removed {jobs} expired exports and {files} stray files."
        )
