"""Errors that reach the user as one line, never as a traceback."""


class KgError(Exception):
    """A user-facing error: the CLI prints `str(err)` and exits with `exit_code`."""

    exit_code = 1


class InputError(KgError):
    """Bad input: a missing path, an empty, binary or undecodable file."""


class Unreadable(InputError):
    """A file whose content is not a document we can read (empty, binary, undecodable, a
    corrupt PDF, DOCX or web page): a build skips it and lists it, unless `--strict`."""
