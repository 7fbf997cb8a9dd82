"""Map a function over a stream in worker processes, in order, holding only a few items in memory."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

Item = TypeVar("Item")
Output = TypeVar("Output")

#: Items queued per worker. Two keep every worker busy while the main process writes the results;
#: more would only hold more of a corpus in memory (``Pool.imap`` would read the whole input ahead).
#: A process pool from :mod:`concurrent.futures`, not :mod:`multiprocessing.pool`: if a worker dies (say,
#: killed for memory) the run fails with ``BrokenProcessPool`` instead of waiting forever.
ITEMS_PER_WORKER = 2


def ordered_map(
    function: Callable[[Item], Output],
    items: Iterable[Item],
    jobs: int,
    initializer: Callable[..., None],
    initargs: tuple[object, ...] = (),
    weigh: Callable[[Item], int] = lambda item: 0,
    budget: int | None = None,
) -> Generator[Output, None, None]:
    """``map(function, items)`` over ``jobs`` processes, results in input order.

    ``initializer(*initargs)`` runs once per worker (load the pipeline there, once); with ``jobs <= 1``
    it runs in this process and no pool is started. At most ``jobs * ITEMS_PER_WORKER`` items are in
    flight, and (given ``budget``) items that ``weigh`` at most ``budget`` together, beyond the oldest
    one, so memory stays bounded whatever the size of ``items`` or of any one item.

    >>> list(ordered_map(abs, [-2, 1, -3], jobs=1, initializer=lambda: None))
    [2, 1, 3]
    """
    if jobs <= 1:
        initializer(*initargs)
        yield from map(function, items)
        return
    # imported here: a run of one job starts no pool, and the import costs it some 30 ms of start-up
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, _context(), initializer, initargs)
    try:
        pending: deque[tuple[Future[Output], int]] = deque()
        held = 0
        for item in items:
            weight = weigh(item)
            while pending and (
                len(pending) >= jobs * ITEMS_PER_WORKER or (budget is not None and held + weight > budget)
            ):
                future, done = pending.popleft()
                held -= done
                yield future.result()
            pending.append((pool.submit(function, item), weight))
            held += weight
        while pending:
            yield pending.popleft()[0].result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork starts workers in milliseconds and they inherit the loaded pipeline; spawn where there is none.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
