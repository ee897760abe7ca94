import { alembicMissingDownRevision, alembicMultipleHeads, alembicRevisionLength, alembicStrayFile } from './alembic.js'
import { cleanupUnderDependants } from './cleanup-under-dependants.js'
import { forkPrNoFallback } from './fork-pr-no-fallback.js'
import { parallelMigrations } from './parallel-migrations.js'
import type { Rule } from './rule.js'
import { secretInOutput } from './secret-in-output.js'
import { secretOverridesService } from './secret-overrides-service.js'
import { unbufferedPython } from './unbuffered-python.js'
import { useBeforeMigrate } from './use-before-migrate.js'
import { workflowParseError } from './workflow-parse-error.js'

export const RULES: readonly Rule[] = [
  workflowParseError,
  secretInOutput,
  parallelMigrations,
  useBeforeMigrate,
  cleanupUnderDependants,
  alembicRevisionLength,
  alembicMultipleHeads,
  alembicMissingDownRevision,
  alembicStrayFile,
  unbufferedPython,
  secretOverridesService,
  forkPrNoFallback,
]

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)
