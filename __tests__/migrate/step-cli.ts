// One "job" for the process-level tests: runs runMigrateStep with the options in $MIGRATE_STEP_OPTIONS (JSON) and
// writes the result to $MIGRATE_STEP_RESULT. Bundled by jobs.ts so six of them start quickly.
import { writeFileSync } from 'node:fs'
import { runMigrateStep, type MigrateStepOptions } from '../../src/migrate/index.js'

const options = JSON.parse(process.env.MIGRATE_STEP_OPTIONS ?? '') as MigrateStepOptions
const result = await runMigrateStep(options)
writeFileSync(process.env.MIGRATE_STEP_RESULT ?? '', JSON.stringify({ ...result, finishedAt: Date.now() }))
