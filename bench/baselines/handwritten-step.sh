#!/bin/sh
# Baseline for the benchmark: the step teams write by hand (docs/benchmarks.md), with neonctl as npm installs it.
# Inputs as the action gets them (INPUT_*); NEON_API_KEY and NEON_API_HOST set by the caller.
set -eu
neonctl() { "$NEONCTL" --no-analytics --project-id "$INPUT_PROJECT_ID" "$@"; }
neonctl branches create --name "$INPUT_BRANCH_NAME" -o json > /dev/null
url=$(neonctl connection-string "$INPUT_BRANCH_NAME")
echo "::add-mask::$url"
echo "DATABASE_URL=$url" >> "$GITHUB_ENV"
