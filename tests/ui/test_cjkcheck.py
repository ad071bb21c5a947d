"""The check for Chinese left on an English screen (issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from yibao.ui.cjkcheck import find_chinese, stray_chinese


def test_bracketed_and_quoted_terms_are_kept_on_purpose() -> None:
    assert stray_chinese("Family mutual aid (家庭共济)") == ""
    assert stray_chinese("See 《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》") == ""
    assert stray_chinese("Open “医保钱包” in the app（国家医保服务平台）") == ""
    assert stray_chinese("<b>Note</b> (注意)") == ""


def test_chinese_outside_brackets_is_reported() -> None:
    assert stray_chinese("待遇等待期") == "待遇等待期"
    assert stray_chinese("Waiting period: 3 个月") == "个月"
    assert stray_chinese("<p>居民医保 (resident)</p>") == "居民医保"


def test_user_data_is_allowed() -> None:
    assert stray_chinese("李娜 pays for 李建国", ["李娜", "李建国"]) == ""
    assert stray_chinese("成都市 resident", ["成都市"]) == ""


def test_a_screen_is_searched_widget_by_widget(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Members"))
    chinese = QLabel()
    chinese.setText("成员")
    chinese.setObjectName("membersTitle")
    layout.addWidget(chinese)
    hidden = QPushButton()
    hidden.setText("隐藏")
    layout.addWidget(hidden)
    hidden.hide()
    root.show()
    found = find_chinese(root)
    assert [(f.widget.split("/")[-1], f.chinese) for f in found] == [("membersTitle", "成员")]
