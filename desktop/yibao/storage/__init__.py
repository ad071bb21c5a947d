"""Persistence: SQLAlchemy 2 models, engine, Alembic migrations, repositories, backups.

Keep this package ``__init__`` empty: start-up imports :mod:`yibao.storage.migrate` (plain
``sqlite3`` only) before the first paint, and must not pay for SQLAlchemy or Alembic here.
"""
