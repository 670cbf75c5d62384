"""User-facing errors: the CLI prints their message on one line and exits non-zero."""

from __future__ import annotations


class KGError(Exception):
    """An error caused by the user's input or environment, not a bug.

    ``exit_code`` is what the CLI exits with (1 by default, 2 for bad queries).
    """

    exit_code = 1


class StoreNotFound(KGError):
    pass


class QuerySyntaxError(KGError):
    exit_code = 2


class InputError(KGError):
    pass
