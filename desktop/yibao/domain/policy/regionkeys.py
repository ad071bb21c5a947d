"""Which policy files apply to a GB/T 2260 region code, most specific first."""

from __future__ import annotations

import re

from yibao.domain.i18n import QT_TRANSLATE_NOOP

NATIONAL = "national"

#: 直辖市: the whole municipality is one 统筹区, its city file is ``city-<pp>0000``
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})

_REGION_KEY = re.compile(r"^(national|province-\d{2}|city-\d{6})$")


def is_region_key(text: str) -> bool:
    return bool(_REGION_KEY.match(text))


def region_keys_for(region_code: str | None) -> list[str]:
    """Policy file keys for a region code, most specific first.

    ``"510521"`` → ``["city-510500", "province-51", "national"]``;
    直辖市 ``"110105"`` → ``["city-110000", "province-11", "national"]``;
    省直辖县级 (``xx90xx``) ``"429004"`` → ``["city-429004", "province-42", "national"]``;
    a province code ``"420000"`` or ``"42"`` → ``["province-42", "national"]``;
    ``None`` or ``"national"`` → ``["national"]``. Raises ``ValueError`` for anything else.
    """
    if region_code is None or region_code == NATIONAL:
        return [NATIONAL]
    code = region_code.strip()
    if not code.isascii() or not code.isdigit() or len(code) not in (2, 6):
        raise ValueError(f"not a GB/T 2260 region code: {region_code!r}")
    province = code[:2]
    if len(code) == 2 or (code[2:] == "0000" and province not in MUNICIPALITIES):
        return [f"province-{province}", NATIONAL]
    if province in MUNICIPALITIES:
        city = f"{province}0000"
    elif code[2:4] == "90":
        city = code  # 省直辖县级行政单位 are their own 统筹区
    else:
        city = f"{code[:4]}00"
    return [f"city-{city}", f"province-{province}", NATIONAL]


#: the name of the national rules (``national.toml``'s ``name``), marked so the UI
#: translates it where it shows a region name (``dtr``)
NATIONAL_NAME = QT_TRANSLATE_NOOP("domain", "全国")


def fallback_region_name(region_key: str) -> str:
    """A display name for a region that has no policy file (used for overrides there)."""
    if region_key == NATIONAL:
        return NATIONAL_NAME
    from yibao.domain.regions import region_book

    code = region_code_of_key(region_key)
    region = region_book().lookup(code) if code is not None else None
    return region.name if region is not None else region_key


def region_code_of_key(region_key: str) -> str | None:
    """``city-510500`` → ``510500``; ``province-51`` → ``510000``; ``national`` → None."""
    kind, _, code = region_key.partition("-")
    if kind == "city":
        return code
    if kind == "province":
        return code.ljust(6, "0")
    return None
