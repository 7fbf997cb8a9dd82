"""The exit codes of every ``translit`` command, in one place (documented in the README).

As linters do (ruff, black --check): 0 when there is nothing to say, 1 when the answer a script asks for
is "no", 2 when the input or the command line is wrong. When several apply, the most serious wins:
internal error, then bad input, then 1.
"""

#: Done: ``clean`` cleaned (changed or not), ``detect``/``clean --check`` found nothing, ``eval`` scored.
OK = 0
#: ``detect`` found something, ``clean --check`` would change something, ``glossary lookup`` knows no such
#: name (as ``grep`` finds no match): the check did not pass, and nothing went wrong.
CHECK_FAILED = 1
#: Bad usage, a bad input file or line, a bad glossary or config file: one line on stderr says which.
BAD_INPUT = 2
#: A bug in translit (sysexits.h EX_SOFTWARE): reported for the input that met it; the others still ran.
INTERNAL = 70
#: Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).
INTERRUPTED = 130
#: The reader of stdout went away (``translit ... | head``): 128 + SIGPIPE, what a shell reports for
#: ``cat`` or ``git log`` killed by SIGPIPE, so ``set -o pipefail`` still sees that not all was read.
BROKEN_PIPE = 141


def worst(*codes: int) -> int:
    """The code to exit with when several apply: internal error, then bad input, then found.

    >>> worst(OK, CHECK_FAILED, BAD_INPUT)
    2
    >>> worst(CHECK_FAILED, INTERNAL, BAD_INPUT)
    70
    """
    for code in (INTERNAL, BAD_INPUT, CHECK_FAILED):
        if code in codes:
            return code
    return OK
