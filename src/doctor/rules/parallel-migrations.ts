import { describeDatabase, type Migration } from '../databases.js'
import type { Rule } from './rule.js'

export const parallelMigrations: Rule = {
  id: 'parallel-migrations',
  severity: 'error',
  summary: 'Two or more jobs run migrations against the same database at the same time (no needs: between them).',
  check({ workflows }, report) {
    for (const { workflow, databases, needs } of workflows) {
      const commands = databases.migrations.filter((migration) => !migration.once)
      for (const migration of commands) {
        const rivals = databases.migrations.filter(
          (other) =>
            other !== migration && other.key === migration.key && needs.unordered(other.job.id, migration.job.id),
        )
        const copies = migration.job.parallelCopies
        const matrix = typeof copies === 'number' && copies > 1 && !migration.key.includes('matrix.')
        if (rivals.length === 0 && !matrix) continue
        report(
          workflow.file,
          migration.line,
          `Job ${migration.job.id} runs ${migration.tool} on ${describeDatabase(migration.key)} ` +
            `${describeRivals(rivals, matrix ? copies : 1)}; ` +
            'concurrent migrations fail ("tuple concurrently updated", duplicate objects) or leave a half-migrated schema.',
          "Give the command to this action's migrate: input (it runs once per branch and commit, however many jobs ask), " +
            'or run it in one job that the others list in needs:.',
        )
      }
    }
  },
}

function describeRivals(rivals: Migration[], copies: number | 'unknown'): string {
  const parts: string[] = []
  if (copies !== 1) parts.push(`in ${copies} matrix copies at once`)
  const jobs = [...new Set(rivals.map((rival) => rival.job.id))]
  if (jobs.length > 0)
    parts.push(`while job${jobs.length > 1 ? 's' : ''} ${jobs.join(', ')} may migrate it at the same time`)
  return parts.join(' and ')
}
