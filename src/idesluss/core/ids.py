"""Ids from URLs and query strings: plain digits, within what the database can hold."""

MAX_ID = 2**63 - 1  # a BigAutoField's largest value


def parse_id(value) -> int | None:
    """The id `value` names, or None. "²" and "٣" are digits to Python but no id to a database,
    and a number past MAX_ID would make SQLite raise rather than find nothing."""
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None
