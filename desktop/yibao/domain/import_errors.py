"""Moved to :mod:`yibao.domain.importers.errors`; this path keeps working."""

from yibao.domain.importers.errors import ImportFileError

__all__ = ["ImportFileError"]
