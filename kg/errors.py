"""Errors that reach the user as one line, never as a traceback."""


class KgError(Exception):
    """A user-facing error: the CLI prints `str(err)` and exits with `exit_code`."""

    exit_code = 1


class InputError(KgError):
    """Bad input: a missing path, an empty, binary or undecodable file."""
