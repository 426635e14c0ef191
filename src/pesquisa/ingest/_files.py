"""Open only regular files, within the size limit, and name paths printably.

A folder someone else made can hold a FIFO named ``a.txt`` (reading it waits forever), a
``.txt`` symlink to ``/dev/zero`` (reading it fills memory), a socket, a symlink loop or a
file name in Latin-1 bytes (issue 16). Every reader opens its file through
``open_regular``: the file's type is checked before a byte is read, the open itself never
blocks (``O_NONBLOCK``), and the type is checked again on the open descriptor, so a path
swapped between the two checks is still caught.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from pesquisa.limits import Limits


class Unreadable(Exception):
    """Raised inside ingest for input that cannot be read; readers turn it into an IngestFailure."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def os_problem(err: OSError) -> str:
    """The OS's reason for a failed read, in lower case ("permission denied")."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    return (err.strerror or str(err)).lower()


def file_type_problem(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (a FIFO, a device, a socket...); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a regular file: not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file: not read"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file: not read"
    return "not a regular file: not read"


def regular_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a regular file (following symlinks); None when it can. Never raises."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        if err.errno == errno.ENOENT and os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return os_problem(err)
    return file_type_problem(mode)


def too_large(size: int, limits: Limits) -> str:
    """The problem line for a file over the byte limit."""
    return (f"file of {size:,} bytes exceeds the limit of {limits.max_file_bytes:,} bytes "
            f"({limits.env_name('max_file_bytes')})")


def open_regular(path: Path, limits: Limits) -> BinaryIO:
    """``path`` opened for binary reading, when it is a regular file within the size limit.

    Symlinks are followed only to regular files; loops, FIFOs, devices and sockets raise
    ``Unreadable`` with the reason, and so does a file over ``limits.max_file_bytes``.
    """
    problem = regular_file_problem(path)
    if problem:
        raise Unreadable(problem)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise Unreadable(os_problem(err)) from None
    try:
        info = os.fstat(fd)
        problem = file_type_problem(info.st_mode)
        if problem is None and info.st_size > limits.max_file_bytes:
            problem = too_large(info.st_size, limits)
        if problem:
            raise Unreadable(problem)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The bytes of a regular file within the size limit; raises ``Unreadable`` with the reason."""
    with open_regular(path, limits) as stream:
        try:
            data = stream.read(limits.max_file_bytes + 1)
        except OSError as err:
            raise Unreadable(os_problem(err)) from None
    if len(data) > limits.max_file_bytes:  # the file grew while it was read
        raise Unreadable(too_large(len(data), limits))
    return data


def printable_path(text: str) -> str:
    """``text`` with bytes that are not UTF-8 (a Latin-1 file name) shown as ``\\xe9`` escapes.

    Python keeps such bytes as lone surrogates, which can be neither printed nor stored.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file-name byte produced
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
