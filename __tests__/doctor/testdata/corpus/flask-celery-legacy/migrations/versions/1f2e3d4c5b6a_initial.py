"""initial

Revision ID: 1f2e3d4c5b6a
Revises: 
Create Date: 2023-05-11 09:12:44.120311

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1f2e3d4c5b6a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
