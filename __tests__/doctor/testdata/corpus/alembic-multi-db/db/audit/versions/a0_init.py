revision = "a0a0a0a0a0a0"
down_revision = None


def upgrade():
    pass
