"""yibao.log never holds an ID number: not in messages, exception text or stacks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from yibao.logs import setup_logging

ID = "11010519491231002X"
MASKED = "110105********002X"


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "yibao.log"
    setup_logging(path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_yibao", False)]:
        root.removeHandler(handler)
        handler.close()


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_sqlalchemy_traceback_parameters_are_masked(log_path: Path) -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE m (name TEXT, id_number TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO m VALUES ('王建国', :n)"), {"n": ID})
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO m VALUES ('王小明', :n)"), {"n": ID})
    except IntegrityError:
        logging.getLogger("yibao.test").exception("saving failed")
    engine.dispose()
    logged = _read(log_path)
    assert "[parameters: ('" + MASKED + "',)]" in logged  # the traceback is there
    assert ID not in logged


def test_exception_message_args_and_stack_are_masked(log_path: Path) -> None:
    log = logging.getLogger("yibao.test")
    try:
        raise ValueError(f"bad id {ID}")
    except ValueError:
        log.error("while checking %s", ID, exc_info=True, stack_info=True)
    log.warning("legacy 15-digit %s and a phone 13800138000", "110105491231002")
    logged = _read(log_path)
    assert ID not in logged and "110105491231002" not in logged
    assert f"while checking {MASKED}" in logged
    assert f"ValueError: bad id {MASKED}" in logged
    assert "Stack (most recent call last)" in logged
    assert "110105*****1002" in logged
    assert "13800138000" in logged  # 11 digits: not an ID number, left alone
