"""Marking user-visible domain text for translation without importing Qt.

The domain speaks Chinese (the source language of the UI). Strings that reach the user are
wrapped in :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects them under a context; the
UI translates them at display time with ``QCoreApplication.translate(context, text)``.
Messages with parameters are formatted *after* translation, so the template is what is marked.
"""

from __future__ import annotations

DOMAIN_CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; the name lets ``lupdate`` find it under *context*."""
    del context
    return text
