"""CSV written as it is read: the exports and the open data stream files of any size in pieces
of about 64 kB, so that neither memory nor the number of writes grows with the rows."""

import csv
from collections.abc import Iterable, Iterator

CHUNK = 65_536  # characters gathered before a piece is handed on


class _Line:
    """A file-like object that hands back what csv.writer writes, one line at a time."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(
    header: list[str], rows: Iterable[list], *, delimiter: str = ",", preamble: str = ""
) -> Iterator[bytes]:
    """The CSV file in UTF-8 pieces: `preamble` (a byte-order mark, say), heading, then rows;
    CRLF line ends and double quotes, as RFC 4180 has them."""
    writer = csv.writer(_Line(), delimiter=delimiter)
    pending = [preamble, writer.writerow(header)]
    size = 0
    for row in rows:
        line = writer.writerow(row)
        pending.append(line)
        size += len(line)
        if size >= CHUNK:
            yield "".join(pending).encode()
            pending, size = [], 0
    yield "".join(pending).encode()
