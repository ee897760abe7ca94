revision = "a2a2a2a2a2a2"
down_revision = "a1a1a1a1a1aa"  # expect: alembic-missing-down-revision


def upgrade():
    pass
