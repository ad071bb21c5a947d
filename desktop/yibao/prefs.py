"""Display preferences read before first paint: a small JSON file, no database needed."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, NamedTuple

from yibao.paths import restrict_file

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
FONT_SIZES = {"normal": 10, "large": 14}
#: reminders: days before a deadline its notification and calendar alarm come (1–60)
LEAD_DAYS_RANGE = (1, 60)
#: how far ahead the overview lists deadlines, in days
OVERVIEW_DAYS_RANGE = (7, 366)


class Preferences(NamedTuple):  # not a dataclass: read before the first paint (see paths.py)
    language: str = "zh_CN"
    font_size: str = "normal"  # "normal" or "large" (大字模式)
    #: notifications and calendar alarms this many days before a deadline
    reminder_lead_days: int = 7
    #: no desktop notifications (the overview still lists the deadlines)
    reminders_quiet: bool = False
    #: the overview lists the deadlines of the next this many days
    overview_days: int = 90
    #: where the main window was last (x, y, width, height of its normal geometry)
    window: tuple[int, int, int, int] | None = None
    window_maximized: bool = False

    @property
    def point_size(self) -> int:
        return FONT_SIZES.get(self.font_size, FONT_SIZES["normal"])

    def with_(self, **changes: Any) -> Preferences:
        return self._replace(**changes)


def load_preferences(path: Path) -> Preferences:
    """Read preferences; anything unreadable falls back to defaults (and is logged)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences unreadable, using defaults: %s", exc)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    language = raw.get("language")
    font_size = raw.get("font_size")
    defaults = Preferences()
    quiet = raw.get("reminders_quiet")
    return Preferences(
        language=language if language in LANGUAGES else "zh_CN",
        font_size=font_size if font_size in FONT_SIZES else "normal",
        reminder_lead_days=_int_in(
            raw.get("reminder_lead_days"), LEAD_DAYS_RANGE, defaults.reminder_lead_days
        ),
        reminders_quiet=quiet if isinstance(quiet, bool) else defaults.reminders_quiet,
        overview_days=_int_in(
            raw.get("overview_days"), OVERVIEW_DAYS_RANGE, defaults.overview_days
        ),
        window=_window(raw.get("window")),
        window_maximized=raw.get("window_maximized") is True,
    )


#: a remembered window size outside these bounds is not used (a damaged or foreign file)
_WINDOW_SIZE = (200, 20000)
_WINDOW_POSITION = (-20000, 20000)


def _window(value: object) -> tuple[int, int, int, int] | None:
    if not isinstance(value, list) or len(value) != 4:
        return None
    if any(isinstance(v, bool) or not isinstance(v, int) for v in value):
        return None
    x, y, width, height = value
    low, high = _WINDOW_POSITION
    small, big = _WINDOW_SIZE
    if not (low <= x <= high and low <= y <= high and small <= width <= big):
        return None
    if not small <= height <= big:
        return None
    return (x, y, width, height)


def _int_in(value: object, bounds: tuple[int, int], default: int) -> int:
    """*value* if it is a whole number within *bounds*, else *default*."""
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    low, high = bounds
    return value if low <= value <= high else default


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write atomically so a full disk or a crash never leaves a half-written file."""
    import tempfile  # only when saving: keeps start-up light

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".prefs-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(prefs._asdict(), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    restrict_file(path)
