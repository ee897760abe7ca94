revision = "22bb33cc44dd"  # expect: alembic-multiple-heads
down_revision = "11aa22bb33cc"
