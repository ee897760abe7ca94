"""20240415_add_channel_dimension_to_attribution"""
from alembic import op

revision = "20240415_add_channel_dimension_to_attribution"
down_revision = "20240402_create_attribution_models_table"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
