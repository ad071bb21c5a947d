"""Logging to a file in the user's log dir; ID numbers never reach the log."""

from __future__ import annotations

import logging
import logging.handlers
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


class ScrubIdNumbers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


def setup_logging(log_path: Path, *, level: int = logging.INFO) -> None:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(ScrubIdNumbers())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_yibao", False)]:
        root.removeHandler(old)
        old.close()
    handler._yibao = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    restrict_file(log_path)
