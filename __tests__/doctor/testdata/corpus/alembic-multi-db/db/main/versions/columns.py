"""Shared column helpers for the main migrations."""  # expect: alembic-stray-file
import sqlalchemy as sa


def created_at():
    return sa.Column("created_at", sa.DateTime, server_default=sa.func.now())
