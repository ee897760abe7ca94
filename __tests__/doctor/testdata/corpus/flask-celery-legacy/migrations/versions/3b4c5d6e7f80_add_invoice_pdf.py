"""add invoice pdf

Revision ID: 3b4c5d6e7f80
Revises: 2a3b4c5d6e7f
Create Date: 2023-05-11 09:12:44.120311

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3b4c5d6e7f80'  # expect: alembic-multiple-heads
down_revision = '2a3b4c5d6e7f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
