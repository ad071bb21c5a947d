"""The language the app runs in, for services that give texts from data (the policy book).

Qt translates the interface's own strings; texts that are data — parameter labels, source
titles — are chosen by services. The UI sets the language once at start, before the first use
of the book (:func:`yibao.ui.i18n.install_translators` does), and the app restarts to change
it. This module imports nothing, so setting the language costs first paint nothing.
"""

from __future__ import annotations

#: the languages the app offers (``Preferences.language``)
CHINESE = "zh_CN"
ENGLISH = "en"

_language = CHINESE


def set_language(language: str) -> None:
    """Use *language* (``"zh_CN"`` or ``"en"``; anything else means Chinese)."""
    global _language
    _language = ENGLISH if language == ENGLISH else CHINESE


def language() -> str:
    return _language


def is_english() -> bool:
    return _language == ENGLISH
