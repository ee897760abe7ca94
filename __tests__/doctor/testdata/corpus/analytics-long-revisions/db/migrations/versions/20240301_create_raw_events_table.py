"""20240301_create_raw_events_table"""
from alembic import op

revision = "20240301_create_raw_events_table"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
