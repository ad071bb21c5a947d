"""The one error type the importers raise for a file that cannot be read as a whole."""

from __future__ import annotations


class ImportFileError(ValueError):
    """The file as a whole cannot be read; ``template``/``params`` give the Chinese text.

    ``line`` (the table's row number, 1-based) and ``column`` are set when the problem is at
    one place in the file (from the ``line`` / ``column`` parameters).
    """

    def __init__(self, template: str, **params: str) -> None:
        self.template = template
        self.params = dict(params)
        line = self.params.get("line", "")
        self.line: int | None = int(line) if line.isdigit() else None
        self.column: str | None = self.params.get("column")
        super().__init__(template.format(**params))
