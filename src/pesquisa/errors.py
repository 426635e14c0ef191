"""Errors pesquisa raises on purpose.

    PesquisaError
    ├── InputError      a document or file cannot be read, decoded or parsed (skip it, report it)
    ├── StoreError      the database cannot be opened, migrated or written
    ├── NotFoundError   an id or name asked for does not exist
    ├── ConfigError     a setting or option is wrong
    └── RefusedError    a well-formed request refused on its merits (a self-merge, a merge across types)

Messages are one line and name the thing at fault first (file, id, option).
"""

from __future__ import annotations


class PesquisaError(Exception):
    """Base of every error pesquisa raises on purpose."""

    def __init__(self, message: str, *, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.errors = errors or {}


class InputError(PesquisaError):
    """A document or file that cannot be read, decoded or parsed."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}", errors={"path": path, "problem": problem})
        self.path = path
        self.problem = problem


class StoreError(PesquisaError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(PesquisaError):
    """An id or name that does not exist in the store."""


class ConfigError(PesquisaError):
    """A setting or option that is wrong."""


class RefusedError(PesquisaError):
    """A well-formed request refused on its merits: merging an entity with itself or across types, undoing twice."""
