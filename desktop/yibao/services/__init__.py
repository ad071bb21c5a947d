"""Use cases behind the UI: one database session per user action, plain values out, no Qt.

Three kinds of failure reach the UI (DESIGN §5): :class:`~yibao.services.errors.InvalidInput`
(the user's: show at the field), :class:`~yibao.services.errors.EnvironmentProblem` (disk
full, locked or damaged file: explain, nothing saved was lost), anything else (ours: crash
dialog with the log path).
"""
