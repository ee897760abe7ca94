"""20240402_create_attribution_models_table"""
from alembic import op

revision = "20240402_create_attribution_models_table"
down_revision = "20240318_widen_version"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
