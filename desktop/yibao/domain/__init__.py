"""Pure-Python rules of the product: no Qt, no SQLAlchemy (enforced by import-linter)."""
