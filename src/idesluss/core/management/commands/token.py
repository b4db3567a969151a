from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from idesluss.accounts.services import issue_token


class Command(BaseCommand):
    help = "Print a new personal API token for the user with this e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--name", default="command line")

    def handle(self, *args, email, name, **options):
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user has the e-mail address {email}.")
        _token, raw = issue_token(user, name)
        self.stdout.write(raw)
