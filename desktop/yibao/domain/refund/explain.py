"""Findings as print lines and as the saved case's JSON (``Case.result``)."""

from __future__ import annotations

from yibao.domain.i18n import written
from yibao.domain.kernel import Finding, Level
from yibao.domain.refund.messages import _TAG_OVERRIDE, _TAG_SOURCE

#: the saved JSON keeps the old ``stance`` words next to the level (cases saved before)
_STANCE = {
    Level.OK: "for",
    Level.INFO: "info",
    Level.WARNING: "info",
    Level.WAIT: "wait",
    Level.CHECK: "check",
    Level.BLOCKED: "against",
}


def policy_key(item: Finding) -> str | None:
    """The policy parameter a finding rests on (``None`` when none)."""
    return next((b.key for b in item.basis if b.is_policy or b.is_missing), None)


def reason_line(item: Finding) -> str:
    """``text（依据：title；可信度）`` for print (in the chosen language: it is kept with the
    saved case); plain text when no policy value is behind it."""
    text = written(item.template, item.params)
    if item.overridden:
        return text + written(_TAG_OVERRIDE)
    sources = item.sources
    if not sources:
        return text
    source = sources[0]
    tag = {"title": source.title, "confidence": source.confidence.label}
    return text + written(_TAG_SOURCE, tag)


def shown_in_summary(item: Finding) -> bool:
    """Background without a source is left out of the printed summary."""
    return item.level is not Level.INFO or bool(item.sources) or item.overridden


def finding_json(item: Finding) -> dict[str, object]:
    sources = item.sources
    source = sources[0] if sources else None
    region = next((b.region_name for b in item.basis if b.is_policy), None)
    return {
        "code": item.code,
        "text": item.text,
        "level": item.level.value,
        "stance": _STANCE[item.level],
        "key": policy_key(item),
        "source_id": source.id if source is not None else None,
        "source_title": source.title if source is not None else None,
        "confidence": source.confidence.value if source is not None else None,
        "region": region,
        "overridden": item.overridden,
    }
