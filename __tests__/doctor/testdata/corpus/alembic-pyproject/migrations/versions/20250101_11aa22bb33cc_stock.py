revision = "11aa22bb33cc"
down_revision = None
