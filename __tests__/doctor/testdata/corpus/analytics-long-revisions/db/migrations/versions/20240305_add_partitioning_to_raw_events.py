"""20240305_add_partitioning_to_raw_events"""
from alembic import op

revision = "20240305_add_partitioning_to_raw_events"  # expect: alembic-revision-length
down_revision = "20240301_create_raw_events_table"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
