"""20240312_create_sessions_rollup_view"""
from alembic import op

revision = "20240312_create_sessions_rollup_view"
down_revision = "20240305_add_partitioning_to_raw_events"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
