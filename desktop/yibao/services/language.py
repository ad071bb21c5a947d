"""The language the app runs in, for services that give texts from data (the policy book).

Qt translates the interface's own strings; texts that are data — parameter labels, source
titles — are chosen by services. The UI sets the language once at start, before the first use
of the book (:func:`yibao.ui.i18n.install_translators` does), and the app restarts to change
it. The setting is :mod:`yibao.domain.i18n`'s (which imports nothing heavy), so setting the
language costs first paint nothing.
"""

from __future__ import annotations

# one setting for the whole app: the domain's (which formats dates and quantities by it too)
from yibao.domain.i18n import CHINESE as CHINESE
from yibao.domain.i18n import ENGLISH as ENGLISH
from yibao.domain.i18n import is_english as is_english
from yibao.domain.i18n import language as language
from yibao.domain.i18n import set_language as set_language
