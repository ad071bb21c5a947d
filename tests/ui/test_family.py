"""家庭成员: add, validate at the field, edit, remove (asks first); the table model is sound."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import VALID_ID, shot, wait_idle
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.member_dialog import MemberDialog
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.family import FamilyPage


def _fill(dialog: MemberDialog, *, name: str, relation: Relation, id_number: str | None) -> None:
    form = dialog.form
    form.relation.setCurrentIndex(form.relation.findData(relation.value))
    form.name.setText(name)
    if id_number:
        form.id_number.line.setText(id_number)
        form.id_number.edited.emit(id_number)
    form.scheme.setCurrentIndex(form.scheme.findData(Scheme.RESIDENT.value))
    form.region.province.setCurrentIndex(form.region.province.findData("51"))
    form.region.city.setCurrentIndex(form.region.city.findData("510500"))


def _page(qtbot: QtBot, window: MainWindow) -> FamilyPage:
    window.show_page("family")
    wait_idle(qtbot, window)
    page = window.page("family")
    assert isinstance(page, FamilyPage)
    return page


def test_add_member_wrong_check_digit_refused_at_field_then_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    assert page.model.rowCount() == 1  # the profile
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    _fill(dialog, name="王秀英", relation=Relation.PARENT, id_number=VALID_ID[:-1] + "3")
    dialog.save()
    assert dialog.saved is None
    assert "校验位" in dialog.form.errors.text("id_number")
    shot(dialog, "member-dialog-error")
    # fix it: the error goes, birth date and gender come from the ID, and it saves
    _fill(dialog, name="王秀英", relation=Relation.PARENT, id_number=VALID_ID)
    assert dialog.form.birth_date.value() == date(1949, 12, 31)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.form.errors.text("id_number") == ""
    wait_idle(qtbot, window)
    names = [m.name for m in page.model.rows()]
    assert names == ["张伟", "王秀英"]
    saved = page.model.rows()[1]
    assert saved.gender is Gender.FEMALE and saved.birth_date == date(1949, 12, 31)
    shot(window, "family-page")


def test_required_fields_and_contradictions_shown_at_each_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.form.scheme.setCurrentIndex(dialog.form.scheme.findData(Scheme.RESIDENT.value))
    dialog.save()
    errors = dialog.form.errors
    assert errors.text("name")
    assert errors.text("gender")
    assert errors.text("birth_date")
    assert errors.text("region_code")
    assert dialog.saved is None


def test_edit_and_remove_member(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    _fill(dialog, name="张小明", relation=Relation.CHILD, id_number=None)
    dialog.form.gender.setCurrentIndex(dialog.form.gender.findData(Gender.MALE.value))
    dialog.form.birth_date.setValue(date(2012, 9, 1))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    wait_idle(qtbot, window)
    child = dialog.saved
    assert child is not None and child.id is not None

    # edit: through the page's ask() seam, answering like a user would
    def ask(ctx: object, member: Member | None = None, parent: object = None) -> Member | None:
        d = MemberDialog(window.ctx, member, page)
        qtbot.addWidget(d)
        d.form.name.setText("张小明明")
        d.save()
        qtbot.waitUntil(lambda: d.saved is not None)
        return d.saved

    monkeypatch.setattr(MemberDialog, "ask", staticmethod(ask))
    page.select_member(child.id)
    page.edit_selected()
    wait_idle(qtbot, window)
    assert "张小明明" in [m.name for m in page.model.rows()]

    # remove asks first: "no" keeps the member
    asked: list[str] = []

    def say(answer: bool):  # type: ignore[no-untyped-def]
        def _confirm(parent, title, text, *, yes, no):  # type: ignore[no-untyped-def]
            asked.append(text)
            return answer

        return _confirm

    monkeypatch.setattr(confirm_mod, "confirm", say(False))
    page.select_member(child.id)
    page.remove_selected()
    wait_idle(qtbot, window)
    assert len(asked) == 1 and "张小明明" in asked[0]
    assert page.model.rowCount() == 2
    monkeypatch.setattr(confirm_mod, "confirm", say(True))
    page.select_member(child.id)
    page.remove_selected()
    wait_idle(qtbot, window)
    assert [m.name for m in page.model.rows()] == ["张伟"]


def test_profile_row_cannot_be_removed(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    profile = page.model.rows()[0]
    assert profile.id is not None
    page.select_member(profile.id)
    assert page.edit_button.isEnabled()
    assert not page.remove_button.isEnabled()


def test_member_model_passes_modeltester(qtmodeltester, qtbot: QtBot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_field_error_goes_when_the_field_changes(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.form.scheme.setCurrentIndex(dialog.form.scheme.findData(Scheme.RESIDENT.value))
    dialog.save()
    assert dialog.form.errors.text("region_code")
    dialog.form.region.province.setCurrentIndex(dialog.form.region.province.findData("11"))
    assert dialog.form.errors.text("region_code") == ""
    assert dialog.form.region.code() == "110000"  # a 直辖市 is its own 统筹区
    assert dialog.form.errors.text("name")  # untouched fields keep theirs


def test_birth_date_is_typed_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """An empty date field takes what a person types, in the forms people write dates."""
    from PySide6.QtCore import Qt

    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.form.birth_date
    assert field.value() is None and field.edit.text() == ""
    field.edit.setFocus()
    assert field.edit.hasFocus()
    qtbot.keyClicks(field.edit, "19860301")
    assert field.value() == date(1986, 3, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # Tab leaves the field; it shows what it read
    assert not field.edit.hasFocus()
    assert field.edit.text() == "1986-03-01"
    # Ctrl+A selects everything, and typing replaces it
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.edit.selectedText() == "1986-03-01"
    qtbot.keyClicks(field.edit, "1986/3/2")
    assert field.value() == date(1986, 3, 2)
    # a day that doesn't exist is named at the field when saving, and nothing is saved
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1986-02-30")
    _fill(dialog, name="王秀英", relation=Relation.PARENT, id_number=None)
    dialog.form.gender.setCurrentIndex(dialog.form.gender.findData(Gender.FEMALE.value))
    dialog.save()
    assert dialog.saved is None
    assert dialog.form.errors.text("birth_date") == "没有 1986 年 2 月 30 日这一天"
    shot(dialog, "member-dialog-typed-date-error")
    dialog.edits.reset()  # closing at teardown discards on purpose


def test_member_form_asks_before_discarding_typed_input(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.form.name.setFocus()
    qtbot.keyClicks(dialog.form.name, "Li Si")
    asked: list[str] = []

    def keep_typing(parent: object, title: str, text: str, **_k: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(confirm_mod, "confirm", keep_typing)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.form.name.text() == "Li Si"
    dialog.edits.reset()  # closing at teardown discards on purpose


def test_insured_region_is_filled_from_the_id_number_when_not_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.scheme.setCurrentIndex(form.scheme.findData(Scheme.RESIDENT.value))
    assert form.region.code() is None
    form.id_number.line.setText(VALID_ID)  # issued in 北京市朝阳区 (110105)
    form.id_number.edited.emit(VALID_ID)
    assert form.region.code() == "110000"  # 北京 is one 统筹区
    # a region the person chose is never overwritten
    form.region.set_code("510500")
    form.id_number.edited.emit(VALID_ID)
    assert form.region.code() == "510500"


def test_a_relative_is_marked_deceased_with_a_typed_date(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    dialog = MemberDialog(window.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, name="张建国", relation=Relation.PARENT, id_number=None)
    form = dialog.form
    form.gender.setCurrentIndex(form.gender.findData(Gender.MALE.value))
    form.birth_date.setValue(date(1950, 3, 1))
    assert not form.died_on.isVisibleTo(dialog)
    form.deceased.click()
    assert form.died_on.isVisibleTo(dialog)
    dialog.save()  # ticked but no date: asked for at the field
    assert dialog.saved is None and form.errors.text("died_on") == "请填写去世日期"
    qtbot.keyClicks(form.died_on.edit, "20261012")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.saved is not None and dialog.saved.died_on == date(2026, 10, 12)
    wait_idle(qtbot, window)
    row = [m.name for m in page.model.rows()].index("张建国")
    status = page.model.index(row, page.model.columnCount() - 1).data()
    assert status == "已去世（2026-10-12）"
    shot(window, "family-deceased")
