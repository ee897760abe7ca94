import { describeDatabase, type DatabaseUse } from '../databases.js'
import type { Rule } from './rule.js'

export const useBeforeMigrate: Rule = {
  id: 'use-before-migrate',
  severity: 'error',
  summary: 'A job uses the shared branch without waiting (needs:) for the job that migrates it.',
  check({ workflows }, report) {
    for (const { workflow, databases, needs } of workflows) {
      const reported = new Set<string>()
      for (const use of databases.uses) {
        const migrators = new Set(databases.migrations.filter((m) => m.key === use.key).map((m) => m.job.id))
        if (migrators.size === 0 || migrators.has(use.job.id)) continue
        // The job that creates the branch for a later migrations job is set-up, not a user.
        if (use.kind === 'create' && [...migrators].every((migrator) => needs.runsAfter(migrator, use.job.id))) continue
        const missing = [...migrators].filter(
          (migrator) => !needs.runsAfter(use.job.id, migrator) && needs.canBothRun(use.job.id, migrator),
        )
        const id = `${use.job.id} ${use.key}`
        if (missing.length === 0 || reported.has(id)) continue
        reported.add(id)
        report(workflow.file, use.line, message(use, missing), fix(missing))
      }
    }
  },
}

function message(use: DatabaseUse, missing: string[]): string {
  const jobs = `job${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`
  return (
    `Job ${use.job.id} uses ${describeDatabase(use.key)} but does not need ${jobs}, which migrate${missing.length > 1 ? '' : 's'} it; ` +
    'it can run against a half-migrated or empty schema.'
  )
}

function fix(missing: string[]): string {
  return (
    `Add ${missing.join(', ')} to this job's needs:, or give this step the same migrate: command ` +
    '(the action runs it once and makes the other jobs wait for it).'
  )
}
