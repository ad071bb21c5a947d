"""Are the answers usable: both places real pooling regions and different, the dates of care
that already happened given, in order and not in the future."""

from __future__ import annotations

from datetime import date

from yibao.domain.kernel import FieldProblem
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.model import OffsiteAnswers
from yibao.domain.offsite.places import pooling_code
from yibao.domain.regions import region_book

#: the earliest start of care the wizard accepts
EARLIEST = date(2015, 1, 1)


def validate_answers(answers: OffsiteAnswers, today: date) -> tuple[FieldProblem, ...]:
    """The problems with *answers*, field by field (``()`` when they are usable)."""
    return (*_places(answers), *_start(answers, today), *_discharge(answers, today))


def _places(answers: OffsiteAnswers) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    insured = pooling_code(answers.insured_region)
    dest = pooling_code(answers.dest_region)
    if insured is None:
        problems.append(
            FieldProblem.of("insured_region", m.MSG_REGION_UNKNOWN, code=answers.insured_region)
        )
    if dest is None:
        problems.append(
            FieldProblem.of("dest_region", m.MSG_REGION_UNKNOWN, code=answers.dest_region)
        )
    if insured is not None and insured == dest:
        name = region_book().full_name(insured)
        problems.append(FieldProblem.of("dest_region", m.MSG_SAME_REGION, name=name))
    return problems


def _start(answers: OffsiteAnswers, today: date) -> list[FieldProblem]:
    treated, start = answers.already_treated, answers.start
    if start is None:
        return [FieldProblem.of("start", m.MSG_START_MISSING)] if treated else []
    problems: list[FieldProblem] = []
    if treated and start > today:
        problems.append(
            FieldProblem.of("start", m.MSG_START_FUTURE_TREATED, today=today.isoformat())
        )
    if start < EARLIEST:
        problems.append(
            FieldProblem.of("start", m.MSG_START_TOO_OLD, earliest=EARLIEST.isoformat())
        )
    return problems


def _discharge(answers: OffsiteAnswers, today: date) -> list[FieldProblem]:
    if not (answers.already_treated and answers.paid_in_full):
        return []
    discharge, start = answers.discharge, answers.start
    if discharge is None:
        return [FieldProblem.of("discharge", m.MSG_DISCHARGE_MISSING)]
    problems: list[FieldProblem] = []
    if start is not None and discharge < start:
        problems.append(
            FieldProblem.of("discharge", m.MSG_DISCHARGE_BEFORE, start=start.isoformat())
        )
    if discharge > today:
        problems.append(
            FieldProblem.of("discharge", m.MSG_DISCHARGE_FUTURE, today=today.isoformat())
        )
    return problems
