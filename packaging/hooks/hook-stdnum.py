"""Replaces pyinstaller-hooks-contrib's stdnum hook, which collects every ``.dat`` (≈2.5 MB).

The app reads only ``stdnum/cn/loc.dat`` (GB/T 2260 regions); the spec adds it.
"""

datas: list[tuple[str, str]] = []
