"""The `idesluss` command for operators: one entry point around Django's management commands."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "idesluss.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    aliases = {"worker": "db_worker"}
    if args and args[0] in aliases:
        args[0] = aliases[args[0]]
    execute_from_command_line(["idesluss", *args])


if __name__ == "__main__":
    main()
