"""add item tags

Revision ID: c5f3e4a6b7d8
Revises: b4e2d3f5a6c7
Create Date: 2025-03-013 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c5f3e4a6b7d8'
down_revision: Union[str, Sequence[str], None] = 'b4e2d3f5a6c7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
