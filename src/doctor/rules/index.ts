import {
  alembicLocationNotFound,
  alembicMissingDownRevision,
  alembicMultipleHeads,
  alembicRevisionLength,
  alembicStrayFile,
} from './alembic.js'
import { cleanupUnderDependants } from './cleanup-under-dependants.js'
import { forkPrNoFallback } from './fork-pr-no-fallback.js'
import { parallelMigrations } from './parallel-migrations.js'
import type { Rule } from './rule.js'
import { secretInOutput } from './secret-in-output.js'
import { secretOverridesService } from './secret-overrides-service.js'
import { unbufferedPython } from './unbuffered-python.js'
import { unknownInput } from './unknown-input.js'
import { unknownOutput } from './unknown-output.js'
import { useBeforeMigrate } from './use-before-migrate.js'
import { workflowParseError } from './workflow-parse-error.js'

export const RULES: readonly Rule[] = [
  workflowParseError,
  unknownOutput,
  unknownInput,
  secretInOutput,
  parallelMigrations,
  useBeforeMigrate,
  cleanupUnderDependants,
  alembicRevisionLength,
  alembicMultipleHeads,
  alembicMissingDownRevision,
  alembicStrayFile,
  alembicLocationNotFound,
  unbufferedPython,
  secretOverridesService,
  forkPrNoFallback,
]

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)
