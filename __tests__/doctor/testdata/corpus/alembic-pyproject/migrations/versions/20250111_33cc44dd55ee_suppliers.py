revision = "33cc44dd55ee"
down_revision = "11aa22bb33cc"
