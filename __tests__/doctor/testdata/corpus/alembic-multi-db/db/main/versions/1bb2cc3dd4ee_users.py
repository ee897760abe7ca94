revision = "1bb2cc3dd4ee"
down_revision = "0aa1bb2cc3dd"


def upgrade():
    pass
