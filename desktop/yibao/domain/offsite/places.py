"""Where: the 参保地 and 就医地 as pooling regions (统筹区), their names, 跨省 or 省内."""

from __future__ import annotations

from dataclasses import dataclass

from yibao.domain.regions import region_book


def pooling_code(code: str) -> str | None:
    """The pooling region (统筹区) a 6-digit code belongs to (a county → its city)."""
    region = region_book().pooling_region_of(code.strip()) if code else None
    return region.code if region is not None else None


@dataclass(frozen=True, slots=True)
class Places:
    insured: str
    dest: str
    insured_name: str
    dest_name: str

    @property
    def cross_province(self) -> bool:
        """Different provinces (the first two digits of the codes)."""
        return self.insured[:2] != self.dest[:2]

    @classmethod
    def of(cls, insured_region: str, dest_region: str) -> Places:
        """The places of two answered codes (a code that is no region is kept as it is)."""
        insured = pooling_code(insured_region) or insured_region
        dest = pooling_code(dest_region) or dest_region
        return cls(insured, dest, _name(insured), _name(dest))


def _name(code: str) -> str:
    region = region_book().lookup(code)
    return region.name if region is not None else code
