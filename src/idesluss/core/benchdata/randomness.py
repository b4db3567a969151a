"""The random streams a data set is made from: one per purpose, each fixed by the seed."""

import random


class Stream(random.Random):
    """random.Random with a quicker choice(): a scaled random() instead of rejection sampling.

    Its bias is below one in 10**15 for sequences this short, and choice() is called tens of
    millions of times for the national data set.
    """

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def stream(seed: int, purpose: str) -> Stream:
    """A stream for `purpose` ("world", "ideas", ...): the same seed gives the same numbers,
    in any process (string seeds are hashed with SHA-512, not with Python's hash())."""
    return Stream(f"benchdata:{seed}:{purpose}")
