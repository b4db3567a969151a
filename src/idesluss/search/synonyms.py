"""The thesaurus: groups of words and phrases that name the same thing (data/thesaurus.txt).

Each group's entries are indexed and searched as its first entry (search.analysis), so that
"vårdtagare" finds "brukare" and "socialbidrag" finds "försörjningsstöd" – what PostgreSQL calls
a thesaurus dictionary, applied in Python so both databases find the same ideas. Changing the
file needs `idesluss reindex`.
"""

from pathlib import Path

PATH = Path(__file__).with_name("data") / "thesaurus.txt"


def groups(path: Path | None = None) -> list[list[str]]:
    """The groups of the file at `path` (PATH, the thesaurus, by default), each a list of its
    entries, first entry first."""
    found = []
    for line in (path or PATH).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            found.append([entry.strip() for entry in line.split(",") if entry.strip()])
    return found
