revision = "etl_0001_create_staging_schema_and_loaders"
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
