"""Deadlines as an iCalendar file (RFC 5545), written with the ``icalendar`` package.

One all-day event per deadline, with its stable UID (so importing the file again updates
the events instead of adding copies), the action and consequence as the description, and
two display alarms: at 09:00 *lead_days* before, and at 09:00 on the day. Ticked-off
deadlines are written with ``STATUS:CANCELLED`` and no alarm. ``icalendar`` is imported
only here, when a file is written (never before the first paint).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from yibao import APP_NAME_ZH, __version__
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.reminders import Reminder, fill
from yibao.domain.reminders.lead import clamp_lead_days

PRODID = f"-//Yibao//{APP_NAME_ZH} {__version__}//ZH"
#: the hour of the day alarms go off
ALARM_HOUR = 9
#: SEQUENCE counts minutes since this moment, so a later export always supersedes
_SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

_CAL_NAME = QT_TRANSLATE_NOOP("services", "医保期限")
_ESTIMATED = QT_TRANSLATE_NOOP("services", "（日期按通常月份估算，以当地医保部门公布为准）")
_FOOTER = QT_TRANSLATE_NOOP("services", "由医保个人助手导出。")


def alarm_triggers(lead_days: int) -> tuple[timedelta, ...]:
    """Alarm offsets from the start of the all-day event: 09:00 *lead_days* before, and
    09:00 on the day."""
    lead = clamp_lead_days(lead_days)
    hour = timedelta(hours=ALARM_HOUR)
    return (-timedelta(days=lead) + hour, hour)


def _description(reminder: Reminder) -> str:
    parts = [reminder.action_text]
    if reminder.consequence:
        parts.append(reminder.consequence_text)
    if reminder.estimated:
        parts.append(_ESTIMATED)
    parts.append(_FOOTER)
    return "\n".join(parts)


def calendar_bytes(
    reminders: Sequence[Reminder], lead_days: int, *, now: datetime | None = None
) -> bytes:
    import icalendar

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _CAL_NAME)
    for reminder in reminders:
        event = icalendar.Event()
        event.add("uid", reminder.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", reminder.due)
        event.add("dtend", reminder.due + timedelta(days=1))
        event.add("summary", reminder.title_text)
        event.add("description", _description(reminder))
        event.add("transp", "TRANSPARENT")
        event.add("categories", [_CAL_NAME])
        if reminder.done:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
            for trigger in alarm_triggers(lead_days):
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", fill(reminder.title, reminder.params))
                alarm.add("trigger", trigger)
                event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_calendar(
    path: Path, reminders: Sequence[Reminder], lead_days: int, *, now: datetime | None = None
) -> None:
    """Write the file atomically, readable by the user only."""
    from yibao.paths import write_private_file

    write_private_file(Path(path), calendar_bytes(reminders, lead_days, now=now))
