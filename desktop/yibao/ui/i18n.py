"""Translators and fonts: Chinese first, English ready.

The source language of every string is 简体中文. For ``zh_CN`` only Qt's own ``qtbase_zh_CN``
is loaded (so QWizard reads 下一步/上一步/完成 and QDialogButtonBox 确定/取消); for ``en`` our
``yibao_en.qm`` is loaded and Qt stays English.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from datetime import date

from yibao.domain.i18n import Items, Message, is_english, list_text, set_language, set_translator
from yibao.resources import resource_path

log = logging.getLogger(__name__)

#: CJK families in order of preference (DESIGN §5); without one Qt may pick the JP variant.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)

_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str, *, qt_now: bool = True) -> None:
    """Load the translators for ``language``, and give services the language for the texts
    they take from data (:mod:`yibao.domain.i18n`).

    For Chinese, our strings need none and Qt's own (for standard buttons and dialogs) can wait
    until after the first paint: pass ``qt_now=False`` and call :func:`install_qt_chinese`
    later.
    """
    remove_translators(app)
    set_language(language)
    set_translator(_translate)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "yibao_en.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("English translation file missing")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if qt_now:
        install_qt_chinese(app)


def install_qt_chinese(app: QCoreApplication) -> None:
    """Qt's own Chinese strings (QWizard 下一步/上一步/完成, QDialogButtonBox 确定/取消)."""
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_zh_CN", qt_dir) or qt.load(
        "qtbase_zh_CN", str(resource_path("translations"))
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("qtbase_zh_CN.qm not found in %s", qt_dir)
    # what Qt's catalogue leaves in English (the file dialog's "Look in:", "Folder")
    extra = QTranslator(app)
    if extra.load(str(resource_path("translations", "qt_extra_zh_CN.qm"))):
        app.installTranslator(extra)
        _installed.append(extra)


def pick_cjk_family() -> str | None:
    available = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in available:
            return family
    return None


def apply_font(app: QApplication, point_size: int) -> None:
    font = QFont(app.font())
    family = pick_cjk_family()
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSize(point_size)
    app.setFont(font)


def dtr(text: str, params: Mapping[str, object] | None = None) -> str:
    """Translate a domain/services message template, then fill in its parameters.

    A parameter that is itself a marked text (a label such as ``职工医保（在职）`` that the
    domain put in as the Chinese) is translated too; one that is a
    :class:`~yibao.domain.i18n.Message` is translated with its own parameters."""
    translated = _translate(text)
    if not params:
        return translated
    return translated.format(**{name: _part(value) for name, value in params.items()})


def dtr_value(value: object) -> str:
    """A message param on its own (a :class:`~yibao.domain.i18n.Message`, a tuple of parts,
    a marked label, or plain text), in the chosen language."""
    return str(_part(value))


def _part(value: object) -> object:
    """A param that is itself a message (:class:`~yibao.domain.i18n.Message`) translated with
    its own params; a tuple of parts as sentences one after another."""
    if isinstance(value, Message):
        return dtr(value.template, value.params)
    if isinstance(value, Items):
        return list_text(str(_part(part)) for part in value.parts)
    if isinstance(value, tuple):
        return join_sentences(*(str(_part(part)) for part in value))
    if isinstance(value, str) and value:
        return _translate(value)
    return value


def _translate(text: str) -> str:
    translated = QCoreApplication.translate("domain", text)
    if translated == text:
        translated = QCoreApplication.translate("services", text)
    if translated == text and is_english():
        # a text value of the policy book (长期有效，直至参保人申请变更或取消, 省内跨统筹区)
        # put into a message: the data stays Chinese, the reader gets the book's English
        translated = _book_words().get(text, text)
    return translated


@functools.cache
def _book_words() -> Mapping[str, str]:
    """The English of the policy book's text values and choices (``resources/policy/en``),
    keyed by the Chinese data; a word two parameters translate differently is left out."""
    from yibao.services.policy import english_catalogue

    catalogue = english_catalogue()
    seen: dict[str, set[str]] = {}
    for text in catalogue.parameters.values():
        choices = [text.choices, *(f.choices for f in text.fields.values())]
        for words in choices:
            for chinese, english in words.items():
                seen.setdefault(chinese, set()).add(english)
    words = {chinese: next(iter(e)) for chinese, e in seen.items() if len(e) == 1}
    words.update(catalogue.values)
    return words


def join_sentences(*parts: str) -> str:
    """Sentences one after another: Chinese runs them together, English needs a space after
    the full stop ("…announces. If you…")."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out and out[-1] in ".!?:;)" and part[0].isascii() and not part[0].isspace():
            out += " "
        out += part
    return out


def days_left_text(due: date, today: date) -> str:
    """还有 3 天 / 今天到期 / 已过期 2 天: one wording for the overview, tray, cases and PDF."""
    left = (due - today).days
    if left > 0:
        return QCoreApplication.translate("Reminders", "还有 {n} 天").format(n=left)
    if left == 0:
        return QCoreApplication.translate("Reminders", "今天到期")
    return QCoreApplication.translate("Reminders", "已过期 {n} 天").format(n=-left)
