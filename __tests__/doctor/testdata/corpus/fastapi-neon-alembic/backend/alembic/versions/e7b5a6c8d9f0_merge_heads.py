"""merge heads

Revision ID: e7b5a6c8d9f0
Revises: c5f3e4a6b7d8, d6a4f5b7c8e9
Create Date: 2025-03-011 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e7b5a6c8d9f0'
down_revision: Union[str, Sequence[str], None] = ('c5f3e4a6b7d8', 'd6a4f5b7c8e9')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
