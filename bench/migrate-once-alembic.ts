// Migrate-once with real alembic, at the step level: one job alone, then six at once, each batch on a fresh
// database, one node process per job calling runMigrateStep (as __tests__/migrate/exactly-once.test.ts runs them).
// Reports how long the migrating job took and how long after it the last waiting job was done: the lock's cost.
// `npx tsx bench/migrate-once-alembic.ts [--rounds 3] [--jobs 6]`. Not a test: nothing here asserts on time.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PYTHON, fixtures, prepareJobs, repoRoot, type JobRun } from '../__tests__/migrate/jobs.js'
import { startTestPostgres } from '../__tests__/migrate/postgres.js'

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, jobs: { type: 'string', default: '6' } },
})
const rounds = Math.max(1, Number(values.rounds))
const parallel = Math.max(2, Number(values.jobs))

const [server, jobs] = await Promise.all([startTestPostgres(), prepareJobs()])
let databases = 0

/** `count` jobs at once on a fresh database: the migrating job's time, and how long after it the last one ended. */
async function batch(count: number): Promise<{ holderMs: number; lastAfterHolderMs: number }> {
  const url = await server.createDatabase(`bench${++databases}`)
  const runs: JobRun[] = await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        jobs.start(
          {
            command: `${PYTHON} -m alembic upgrade head`,
            directUrl: url,
            env: { DATABASE_URL: url, DATABASE_URL_UNPOOLED: url },
            cwd: path.join(fixtures, 'alembic'),
            workspace: repoRoot,
            timeoutMs: 90_000,
            key: 'a'.repeat(40),
            jobLabel: `job-${i + 1}`,
            runAttempt: '1/1',
          },
          { FIXTURES: fixtures },
        ).done,
    ),
  )
  const holders = runs.filter((r) => r.result?.outcome === 'migrated')
  if (holders.length !== 1) throw new Error(`expected one job to migrate, got ${holders.length}`)
  const holder = holders[0].result
  const lastFinish = Math.max(...runs.map((r) => r.result.finishedAt))
  return { holderMs: holder.durationMs, lastAfterHolderMs: lastFinish - holder.finishedAt }
}

try {
  for (let round = 1; round <= rounds; round++) {
    const one = await batch(1)
    const many = await batch(parallel)
    console.log(
      `round ${round}: alembic upgrade head: one job ${one.holderMs} ms; ${parallel} jobs at once: the migrating ` +
        `job ${many.holderMs} ms, the last waiter done ${many.lastAfterHolderMs} ms after it`,
    )
  }
} finally {
  await Promise.all([server.stop(), jobs.cleanup()])
}
