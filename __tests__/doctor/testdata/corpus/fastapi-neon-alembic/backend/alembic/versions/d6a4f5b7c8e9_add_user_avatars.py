"""add user avatars

Revision ID: d6a4f5b7c8e9
Revises: b4e2d3f5a6c7
Create Date: 2025-03-016 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd6a4f5b7c8e9'
down_revision: Union[str, Sequence[str], None] = 'b4e2d3f5a6c7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
