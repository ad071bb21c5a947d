"""The fields of a household member, shared by the first-run wizard and the member dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from yibao.domain.idcard import check_id_number, mask_id_number
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.ui.i18n import dtr
from yibao.ui.widgets.date_field import DateField
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker


class IdNumberEdit(QWidget):
    """An ID number field that shows a saved number masked until the user asks to change it."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("id_number")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setObjectName("id_number_edit")
        self.line.setAccessibleName(self.tr("身份证号"))
        self.line.setPlaceholderText(self.tr("18 位，可不填"))
        self.line.setMaxLength(24)
        self.change = QToolButton(self)
        self.change.setObjectName("id_number_change")
        self.change.setText(self.tr("修改"))
        self.change.hide()
        layout.addWidget(self.line, 1)
        layout.addWidget(self.change)
        self._saved: str | None = None
        self.change.clicked.connect(self._unlock)
        self.line.textEdited.connect(self.edited.emit)
        self.setFocusProxy(self.line)

    def set_number(self, number: str | None) -> None:
        self._saved = number or None
        if self._saved:
            self.line.setText(mask_id_number(self._saved))
            self.line.setReadOnly(True)
            self.change.show()
        else:
            self.line.clear()
            self.line.setReadOnly(False)
            self.change.hide()

    def _unlock(self) -> None:
        self._saved = None
        self.line.clear()
        self.line.setReadOnly(False)
        self.change.hide()
        self.line.setFocus()

    def number(self) -> str | None:
        if self._saved is not None:
            return self._saved
        text = self.line.text().strip()
        return text or None


class MemberForm(QWidget):
    """Fields of a :class:`Member`. ``with_relation=False`` for the user's own profile."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        with_relation: bool = True,
        sections: tuple[str, ...] = ("person", "insurance"),
    ) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self._member: Member | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        self.form = form

        self.relation = QComboBox(self)
        self.relation.setObjectName("relation")
        for rel in Relation:
            if rel is not Relation.SELF:
                self.relation.addItem(dtr(rel.label), rel.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("与身份证一致"))
        self.id_number = IdNumberEdit(self)
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        self.gender.addItem(self.tr("请选择"), None)
        for g in Gender:
            self.gender.addItem(dtr(g.label), g.value)
        today = date.today()
        self.birth_date = DateField(
            self,
            "birth_date",
            self.tr("出生日期"),
            calendar_start=today.replace(year=today.year - 40, day=1),
            inline_errors=False,
        )
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("scheme")
        for s in Scheme:
            self.scheme.addItem(dtr(s.label), s.value)
        self.region = RegionPicker(self)
        self.enrolled = QCheckBox(self.tr("目前在参保，能正常享受医保待遇"), self)
        self.enrolled.setObjectName("enrolled")
        self.enrolled.setToolTip(
            self.tr(
                "职工医保：单位或本人在按月缴费，退休人员不用再缴费也算；"
                "居民医保：今年的居民医保费已经交了（明年的费在征缴期另交）。"
            )
        )
        self.enrolled.setChecked(True)
        # 已去世: the heir's case (bindings end, deadlines stop, the history stays)
        self.deceased = QCheckBox(self.tr("已去世"), self)
        self.deceased.setObjectName("deceased")
        self.died_on = DateField(
            self,
            "died_on",
            self.tr("去世日期"),
            maximum=date.today(),
            placeholder=self.tr("去世日期，例如 2026-10-03"),
            inline_errors=False,
        )
        self.died_on.setVisible(False)
        self.deceased.toggled.connect(self.died_on.setVisible)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("备注"))
        self.notes.setFixedHeight(56)

        if with_relation:
            self.errors.add_row(form, self.tr("与我的关系 *"), "relation", self.relation)
        else:
            self.relation.hide()
        if "person" in sections:
            self.errors.add_row(form, self.tr("姓名 *"), "name", self.name)
            self.errors.add_row(form, self.tr("身份证号"), "id_number", self.id_number)
            self.errors.add_row(form, self.tr("性别 *"), "gender", self.gender)
            self.errors.add_row(form, self.tr("出生日期 *"), "birth_date", self.birth_date)
        else:
            person: tuple[QWidget, ...] = (self.name, self.id_number, self.gender, self.birth_date)
            for w in person:
                w.hide()
        if "insurance" in sections:
            self.errors.add_row(form, self.tr("参保类型 *"), "scheme", self.scheme)
            self.errors.add_row(form, self.tr("参保地 *"), "region_code", self.region)
            self.errors.add_row(form, self.tr("参保状态"), "enrolled", self.enrolled)
        else:
            insurance: tuple[QWidget, ...] = (self.scheme, self.region, self.enrolled)
            for w in insurance:
                w.hide()
        if with_relation:
            self.errors.add_row(form, self.tr("去世"), "died_on", self._death_row())
            self.errors.add_row(form, self.tr("备注"), "notes", self.notes)
        else:
            self.deceased.hide()
            self.died_on.hide()
            self.notes.hide()

        self.id_number.edited.connect(self._fill_from_id)
        clear = self.errors.clear_field
        self.name.textEdited.connect(lambda _t: clear("name"))
        self.id_number.edited.connect(lambda _t: clear("id_number"))
        self.gender.currentIndexChanged.connect(lambda _i: clear("gender"))
        self.birth_date.valueChanged.connect(lambda _d: clear("birth_date"))
        self.scheme.currentIndexChanged.connect(lambda _i: clear("scheme"))
        self.region.changed.connect(lambda: clear("region_code"))
        self.relation.currentIndexChanged.connect(lambda _i: clear("relation"))
        self.scheme.currentIndexChanged.connect(self._scheme_changed)

    def _death_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.deceased)
        layout.addWidget(self.died_on, 1)
        row.setAccessibleName(self.tr("已去世"))
        return row

    # -- behaviour ----------------------------------------------------------------------
    def _fill_from_id(self, text: str) -> None:
        check = check_id_number(text)
        if check.info is None:
            return
        self.birth_date.setValue(check.info.birth_date)
        self.gender.setCurrentIndex(self.gender.findData(check.info.gender.value))
        if self.region.code() is None and self.scheme_value() is not Scheme.NONE:
            # where the number was issued: usually, not always, where one is insured
            self.region.set_code(check.info.county_code)

    def _scheme_changed(self) -> None:
        insured = self.scheme_value() is not Scheme.NONE
        self.enrolled.setEnabled(insured)
        if not insured:
            self.enrolled.setChecked(False)

    # -- values -------------------------------------------------------------------------
    def set_member(self, member: Member) -> None:
        self._member = member
        idx = self.relation.findData(member.relation)
        if idx >= 0:
            self.relation.setCurrentIndex(idx)
        self.name.setText(member.name)
        self.id_number.set_number(member.id_number)
        self.gender.setCurrentIndex(max(self.gender.findData(member.gender), 0))
        self.birth_date.setValue(member.birth_date)
        self.scheme.setCurrentIndex(max(self.scheme.findData(member.scheme), 0))
        self.region.set_code(member.region_code)
        self.enrolled.setChecked(member.enrolled)
        self.deceased.setChecked(member.died_on is not None)
        self.died_on.setValue(member.died_on)
        self.notes.setPlainText(member.notes)

    def birth(self) -> date | None:
        return self.birth_date.value()

    def gender_value(self) -> Gender | None:
        data = self.gender.currentData()
        return Gender(data) if data else None

    def scheme_value(self) -> Scheme:
        return Scheme(self.scheme.currentData())

    def relation_value(self) -> Relation:
        return Relation(self.relation.currentData())

    def member(self, *, relation: Relation | None = None) -> Member:
        member = Member(
            name=self.name.text().strip(),
            relation=relation or self.relation_value(),
            gender=self.gender_value() or Gender.FEMALE,
            birth_date=self.birth(),
            scheme=self.scheme_value(),
            region_code=self.region.code(),
            id_number=self.id_number.number(),
            enrolled=self.enrolled.isChecked(),
            notes=self.notes.toPlainText().strip(),
            died_on=self.died_on.value() if self.deceased.isChecked() else None,
        )
        if self._member is not None:
            member = replace(member, id=self._member.id)
        return member

    def gender_chosen(self) -> bool:
        return self.gender_value() is not None


PERSON_FIELDS = ("name", "id_number", "gender", "birth_date")
INSURANCE_FIELDS = ("scheme", "region_code", "enrolled")


def form_errors(
    form: MemberForm, *, today: date, relation: Relation | None = None
) -> list[tuple[str, str]]:
    """Every problem with the form's values, as (field, message) pairs.

    Required choices the :class:`Member` type cannot express (gender not chosen, no insured
    region) are checked here; everything else is the service's validation.
    """
    from yibao.services.household import validate_member

    member = form.member(relation=relation)
    problems: list[tuple[str, str]] = []
    typed_birth = form.birth_date.problem()
    if typed_birth is not None:
        problems.append(("birth_date", typed_birth))
    if form.deceased.isChecked():
        typed_death = form.died_on.problem()
        if typed_death is not None:
            problems.append(("died_on", typed_death))
        elif form.died_on.value() is None:
            problems.append(("died_on", QCoreApplication.translate("MemberForm", "请填写去世日期")))
    has_id = bool(member.id_number) and check_id_number(member.id_number or "").ok
    if not form.gender_chosen() and not has_id:
        problems.append(("gender", QCoreApplication.translate("MemberForm", "请选择性别")))
    if member.scheme is not Scheme.NONE and member.region_code is None:
        problems.append(
            ("region_code", QCoreApplication.translate("MemberForm", "请选择参保地（省份和城市）"))
        )
    problems.extend(
        (e.field, e.message)
        for e in validate_member(member, today=today)
        if not (typed_birth is not None and e.field == "birth_date")
    )
    return problems
