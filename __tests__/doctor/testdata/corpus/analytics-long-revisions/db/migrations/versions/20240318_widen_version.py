"""20240318_widen_version"""
from alembic import op

revision = "20240318_widen_version"
down_revision = "20240312_create_sessions_rollup_view"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE alembic_version ALTER COLUMN version_num TYPE VARCHAR(64)")


def downgrade():
    pass
