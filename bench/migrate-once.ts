// Migrate-once: `jobs` jobs of one run asking for the same branch and migration at once; the wall time until the
// last main ends, and the slowest job's migrate step (its lock wait included).
import { randomBytes } from 'node:crypto'
import type { NeonForTest } from '../support/local-neon-for-test.js'
import { createJob } from '../support/runner-emulator.js'
import { viaWrapper } from './paths.js'
import type { Samples } from './samples.js'
import type { ServerProbes } from './server-probes.js'
import { neonctlRuns } from './step-report.js'

export const migrateOnceScenario = (jobs: number) =>
  `migrate-once, ${jobs === 1 ? '1 job alone' : `${jobs} jobs at once`}`

export async function migrateOnce(
  ctx: { neon: NeonForTest; probes: ServerProbes; samples: Samples; migrateMs: number },
  latency: number,
  iteration: number,
  jobs: number,
): Promise<void> {
  // A stand-in migration that takes a known time, so the lock's overhead is what varies.
  const migrate = `node -e "setTimeout(() => {}, ${ctx.migrateMs})"`
  const runId = `bench-migrate-${jobs}-${latency}-${iteration}-${Date.now()}`
  const name = `ci/bench-m${jobs}-${latency}-${iteration}-${Date.now() % 100000}`
  const inputs = { ...ctx.neon.inputs(), branch_name: name, migrate }
  const sha = randomBytes(20).toString('hex') // every job of a run builds the same commit
  const created = await Promise.all(Array.from({ length: jobs }, () => createJob({ runId, sha, env: ctx.neon.env() })))
  try {
    await ctx.probes.readyToMeasure()
    const started = performance.now()
    const mains = await Promise.all(created.map((job) => job.runMain({ inputs, ...viaWrapper('main') })))
    const wallMs = performance.now() - started
    const requests = await ctx.probes.apiRequests()
    const failed = mains.find((m) => m.exitCode !== 0)
    if (failed) throw new Error(`a migrate job failed:\n${failed.log}`)
    const migrated = mains.filter((m) => m.outputs.migrate_outcome === 'migrated').length
    if (migrated !== 1) throw new Error(`expected exactly one job to migrate, got ${migrated}`)
    const runs = mains.flatMap(neonctlRuns)
    // neonctl processes and time per job, averaged over the jobs
    ctx.samples.record(migrateOnceScenario(jobs), latency, {
      wallMs,
      neonctlProcesses: runs.length / jobs,
      neonctlMs: runs.reduce((a, b) => a + b, 0) / jobs,
      migrateStepMs: Math.max(...mains.map((m) => Number(m.outputs.migrate_duration_ms))),
      apiRequests: requests / jobs,
    })
    for (let i = 0; i < jobs; i++) await created[i].runPost(mains[i])
  } finally {
    await Promise.all(created.map((job) => job.cleanup()))
    await ctx.probes.deleteBranchNamed(name) // gone already unless a post failed
  }
}
