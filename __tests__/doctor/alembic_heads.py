"""What Alembic itself says about a history: its heads and revisions, or the error it stops with.

Used by alembic-crosscheck.test.ts for histories that no ini file configures (a versions/ folder beside an env.py,
or [tool.alembic] in pyproject.toml, which this Alembic version does not read): the config is built here with the
same script_location and version_locations, and read through ScriptDirectory.from_config, as the alembic command does.
Takes one JSON argument: [{"key": ..., "script_location": ..., "version_locations": [...] | null}].
Prints {key: {"heads": [...], "revisions": [...]} | {"error": "..."}}.
"""
import json
import sys
import warnings

from alembic.config import Config
from alembic.script import ScriptDirectory

warnings.simplefilter("ignore")
result = {}
for spec in json.loads(sys.argv[1]):
    try:
        config = Config()
        config.set_main_option("script_location", spec["script_location"])
        if spec.get("version_locations"):
            config.set_main_option("version_locations", " ".join(spec["version_locations"]))
        script = ScriptDirectory.from_config(config)
        result[spec["key"]] = {
            "heads": sorted(script.get_heads()),
            "revisions": sorted(rev.revision for rev in script.walk_revisions()),
        }
    except Exception as error:  # the message is what a user would see
        result[spec["key"]] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(result))
