/**
 * Soak test (issue 6): the bundled action against the local Neon server with random 423/429/500/503 answers on a
 * fifth of the API requests and added latency. Each cycle is what a two-job workflow does:
 *   job A main (create, migrate) -> job B main (connect, same migrate: skipped) -> a step of job B uses the URL
 *   -> job B post (keeps the branch) -> job A post (deletes it)
 * Every step must succeed, no branch but the default may be left, and neither the branch password nor the API key
 * may appear in any byte the action wrote (the harness's secret scan).
 *
 * SOAK_CYCLES sets the count (default 5 for CI); `npm run soak` runs 100.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { type Job, type StepResult, createJob, expectNoSecret } from '../harness/runner.js'
import { useLocalNeon } from '../harness/neon.js'
import { listAllBranches } from './neon-api.js'

const CYCLES = Math.max(1, Number(process.env.SOAK_CYCLES ?? 5) || 5)
const FAULTS = { random: { rate: 0.2, statuses: [423, 429, 500, 503] } }
const LATENCY = { ms: 50 }
const MIGRATE =
  'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -c "CREATE TABLE IF NOT EXISTS soak_marker (id int PRIMARY KEY)" ' +
  '-c "INSERT INTO soak_marker VALUES (1) ON CONFLICT DO NOTHING"'
const REPOSITORY = 'octo-org/soak'
const run = promisify(execFile)

const neon = useLocalNeon()
const stats = { cycles: 0, steps: 0, retryLines: 0, cycleMs: [] as number[] }

beforeAll(async () => {
  await neon.faults(FAULTS)
  await neon.latency(LATENCY)
}, 60_000)

afterAll(async () => {
  const requests = (await neon.requests().catch(() => [])) as Array<{ status?: number; fault?: unknown; injected?: unknown }>
  const faulted = requests.filter((r) => r.fault !== undefined || r.injected !== undefined).length
  const sorted = [...stats.cycleMs].sort((a, b) => a - b)
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
  process.stdout.write(
    `soak: ${stats.cycles}/${CYCLES} cycles passed, ${stats.steps} action steps, ${requests.length} API requests ` +
      `(${faulted} with an injected fault), ${stats.retryLines} retry log lines; cycle ms p50 ${pct(50)} p95 ${pct(95)} max ${pct(100)}\n`,
  )
})

function explain(step: StepResult): string {
  return `${step.entry} exit ${step.exitCode}${step.timedOut ? ' (timed out)' : ''}\n${step.log}`
}

function expectSuccess(step: StepResult): void {
  if (step.exitCode !== 0) throw new Error(`step failed: ${explain(step)}`)
}

describe(`soak: ${CYCLES} create -> connect -> migrate -> post cycles under faults`, () => {
  const cycles = Array.from({ length: CYCLES }, (_, i) => i + 1)
  const runBase = 7_000_000_000 + Math.floor(Math.random() * 1_000_000_000)

  it.each(cycles)(
    'cycle %i',
    async (cycle) => {
      const started = process.hrtime.bigint()
      const shared = { runId: String(runBase + cycle), repository: REPOSITORY, env: neon.psqlEnv() }
      const jobs: Job[] = []
      try {
        const jobA = await createJob(shared)
        jobs.push(jobA)
        const jobB = await createJob({ ...shared, sha: jobA.options.sha })
        jobs.push(jobB)
        const inputs = { ...neon.inputs(), migrate: MIGRATE }

        const create = await jobA.runMain({ inputs })
        expectSuccess(create)
        expect(create.outputs.created).toBe('true')
        expect(create.outputs.migrate_outcome).toBe('migrated')
        const branchName = create.outputs.branch_name
        const password = create.env.PGPASSWORD
        expect(branchName).toBeTruthy()
        expect(password).toBeTruthy()

        const connect = await jobB.runMain({ inputs: { ...inputs, mode: 'connect' } })
        expectSuccess(connect)
        expect(connect.outputs.branch_name).toBe(branchName)
        expect(connect.outputs.migrate_outcome).toBe('skipped')

        // a later step of job B uses what the action exported
        const { stdout } = await run('psql', ['-XAtc', 'SELECT count(*) FROM soak_marker'], { env: jobB.stepEnv() })
        expect(stdout.trim()).toBe('1')
        const { stdout: viaUrl } = await run('psql', [jobB.stepEnv().DATABASE_URL, '-XAtc', 'SELECT 1'], { env: jobB.stepEnv() })
        expect(viaUrl.trim()).toBe('1')

        const postB = await jobB.runPost(connect)
        expectSuccess(postB)
        const postA = await jobA.runPost(create)
        expectSuccess(postA)

        const steps = [create, connect, postB, postA]
        expectNoSecret(steps, password)
        expectNoSecret(steps, neon.apiKey)
        const left = (await listAllBranches(neon)).filter((b) => b.name === branchName)
        expect(left).toEqual([])

        stats.steps += steps.length
        stats.retryLines += steps.flatMap((s) => s.log.split('\n')).filter((l) => /retry|retrying|attempt/i.test(l)).length
        stats.cycleMs.push(Number((process.hrtime.bigint() - started) / 1_000_000n))
        stats.cycles++
      } finally {
        for (const job of jobs) await job.cleanup()
      }
    },
    300_000,
  )

  it('leaves no branch but the default', async () => {
    const branches = await listAllBranches(neon)
    expect(branches.filter((b) => !b.default).map((b) => b.name)).toEqual([])
    expect(branches.filter((b) => b.default)).toHaveLength(1)
  }, 120_000)
})
