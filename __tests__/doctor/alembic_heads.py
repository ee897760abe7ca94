"""For each versions folder given as an argument, what Alembic itself says: its heads, or the error it stops with.

Used by alembic-crosscheck.test.ts to check the doctor's reading of revision files against the real tool.
Prints one JSON object: {folder: {"heads": [...]} | {"error": "..."}}.
"""
import json
import os
import sys

from alembic.script import ScriptDirectory

result = {}
for folder in sys.argv[1:]:
    try:
        script = ScriptDirectory(os.path.dirname(folder), version_locations=[folder])
        result[folder] = {"heads": sorted(script.get_heads())}
    except Exception as error:  # the message is what a user would see
        result[folder] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(result))
