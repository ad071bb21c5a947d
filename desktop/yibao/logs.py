"""Logging to a file in the user's log dir; ID numbers never reach the log."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path

from yibao.paths import restrict_file

# 18-character resident ID numbers (and 15-digit legacy ones) anywhere in a message.
_ID_PATTERN = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8,11})([\dXx]{1,4})(?![0-9A-Za-z])")


def scrub(text: str) -> str:
    """Mask anything that looks like an ID number: keep the first 6 and the last 4 digits."""

    def _mask(m: re.Match[str]) -> str:
        whole = m.group(0)
        if len(whole) not in (15, 18):
            return whole
        return whole[:6] + "*" * (len(whole) - 10) + whole[-4:]

    return _ID_PATTERN.sub(_mask, text)


class ScrubbingFormatter(logging.Formatter):
    """Formats a record, then masks ID numbers in *all* of it: the message and its
    arguments, the exception text (a SQLAlchemy error's ``[parameters: (…)]``) and the stack.
    """

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if record.exc_text:
            # cached on the record by the base class: never leave it unmasked for another handler
            record.exc_text = scrub(record.exc_text)
        return scrub(text)


LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


MAX_LOG_BYTES = 1_000_000
KEEP_LOGS = 3


def rotate_at_start(log_path: Path) -> None:
    """Keep the log small: at start-up, shift ``yibao.log`` → ``.1`` → … when it is large.

    (Rotation once per start instead of ``logging.handlers``, whose import — sockets, pickle —
    costs first-paint time.)
    """
    try:
        if log_path.stat().st_size < MAX_LOG_BYTES:
            return
    except OSError:
        return
    for i in range(KEEP_LOGS - 1, 0, -1):
        older = log_path.with_name(f"{log_path.name}.{i}")
        if older.exists():
            os.replace(older, log_path.with_name(f"{log_path.name}.{i + 1}"))
    os.replace(log_path, log_path.with_name(f"{log_path.name}.1"))


def setup_logging(log_path: Path, *, level: int = logging.INFO) -> None:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a locked old log must not stop the app
        rotate_at_start(log_path)
    handler = logging.FileHandler(log_path, encoding="utf-8", delay=False)
    handler.setFormatter(ScrubbingFormatter(LOG_FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_yibao", False)]:
        root.removeHandler(old)
        old.close()
    handler._yibao = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    restrict_file(log_path)
