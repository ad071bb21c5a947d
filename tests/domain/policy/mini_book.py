"""A tiny valid policy book, for tests that break it on purpose."""

from __future__ import annotations

MINI_PARAMETERS = """\
[[parameter]]
key = "resident.contribution.individual_min"
label = "居民医保个人缴费标准（最低）"
unit = "元/年"
type = "decimal"
category = "居民医保缴费"
description = "个人缴费。"
benefit_year = true

[[parameter]]
key = "retirement.required_years"
label = "退休缴费年限"
unit = ""
type = "table"
category = "退休缴费年限"
description = "年限。"
fields = [
    { name = "male_months", type = "integer", label = "男性", unit = "个月" },
    { name = "female_months", type = "integer", label = "女性", unit = "个月" },
    { name = "includes_deemed", type = "boolean", label = "含视同", optional = true },
]

[[parameter]]
key = "family.scope"
label = "共济范围"
unit = ""
type = "text_list"
category = "家庭共济"
description = "范围。"
choices = ["配偶", "父母", "子女"]
"""

MINI_SOURCES = """\
[[source]]
id = "src-a"
title = "来源 A"
confidence = "official"
checked_on = 2026-11-22

[[source]]
id = "src-b"
title = "来源 B"
confidence = "secondary"
checked_on = 2026-11-22
"""

MINI_NATIONAL = """\
[region]
key = "national"
name = "全国"

[[resident.contribution.individual_min]]
effective_from = 2024-01-01
value = "400"
source = "src-a"

[[family.scope]]
effective_from = 2021-04-22
value = ["配偶", "父母"]
source = "src-a"
"""

MINI_CITY = """\
[region]
key = "city-510500"
name = "泸州市"

[[retirement.required_years]]
effective_from = 2000-01-01
value = { male_months = 360, female_months = 300, includes_deemed = true }
source = "src-b"
"""
