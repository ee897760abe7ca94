revision = "a1a1a1a1a1a1"
down_revision = "a0a0a0a0a0a0"


def upgrade():
    pass
