"""Bounded fuzz test: hostile CSV/XLSX files through read → validate → commit, and the month,
money and ID parsers. Any exception other than the importer's own error fails it.

(``bench/import_fuzz.py`` runs thousands of such files and times each one.)
"""

from __future__ import annotations

import contextlib
import random
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.hostile_inputs import hostile_csv, hostile_xlsx
from yibao.domain.contributions import HistoryQuery, Month, MonthError
from yibao.domain.idcard import check_id_number, mask_id_number
from yibao.domain.importers import ImportFileError, amount_fen
from yibao.domain.money import AmountError, parse_yuan
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.services import history, household
from yibao.services.database import Database

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _member(db: Database) -> int:
    found = household.get_profile(db)
    if found is None:
        found = household.save_profile(
            db,
            Member(
                name="张伟",
                relation=Relation.SELF,
                gender=Gender.MALE,
                birth_date=date(1985, 1, 1),
                scheme=Scheme.EMPLOYEE_ACTIVE,
                region_code="510500",
            ),
            today=date(2025, 6, 15),
        )
    assert found.id is not None
    return found.id


def _through_the_importer(db: Database, path: Path, data: bytes, replace: bool) -> None:
    path.write_bytes(data)
    member_id = _member(db)
    try:
        table = history.read_import_file(path)
        preview = history.preview_import(db, member_id, table, path.name)
        history.commit_import(db, preview, replace_duplicates=replace, skip_bad_rows=True)
    except ImportFileError:
        pass
    history.query_view(db, HistoryQuery())  # the page still opens


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), replace=st.booleans())
def test_hostile_csv(db: Database, tmp_path: Path, seed: int, replace: bool) -> None:
    _through_the_importer(db, tmp_path / "x.csv", hostile_csv(random.Random(seed)), replace)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), replace=st.booleans())
def test_hostile_xlsx(db: Database, tmp_path: Path, seed: int, replace: bool) -> None:
    _through_the_importer(db, tmp_path / "x.xlsx", hostile_xlsx(random.Random(seed)), replace)


CELLS = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.decimals(),
    st.datetimes(min_value=datetime(1, 1, 2)),
    st.dates(),
)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_month_and_amount_parsers_raise_only_their_own_errors(cell: object) -> None:
    with contextlib.suppress(MonthError):
        Month.parse(cell)
    with contextlib.suppress(AmountError):
        amount_fen(cell)
    if isinstance(cell, str):
        for negative in (False, True):
            with contextlib.suppress(AmountError):
                parse_yuan(cell, allow_negative=negative)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"[0-9xX \-]{15,20}", fullmatch=True))
def test_id_parser_never_raises(text: str) -> None:
    result = check_id_number(text, today=date(2025, 6, 15))
    assert result.ok == (result.info is not None)
    masked = mask_id_number(text)
    assert len(masked) - masked.count("*") <= 10  # never more than the first 6 and last 4
