revision = "etl_0002_add_dedup_keys_to_staging_tables"
down_revision = "etl_0001_create_staging_schema_and_loaders"


def upgrade():
    pass


def downgrade():
    pass
