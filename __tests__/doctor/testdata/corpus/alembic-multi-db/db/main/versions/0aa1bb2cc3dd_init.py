revision = "0aa1bb2cc3dd"
down_revision = None


def upgrade():
    pass
