/**
 * Soak test (issue 6): the bundled action against the local Neon server with random 423/429/500/503 answers on a
 * fifth of the API requests and added latency. Each cycle is what a two-job workflow does:
 *   job A main (create, migrate) -> job B main (connect, same migrate: skipped) -> a step of job B uses the URL
 *   -> job B post (keeps the branch) -> job A post (deletes it)
 * Every step must succeed, no branch but the default may be left, and neither the branch password nor the API key
 * may appear in any byte the action wrote (the runner emulator's secret scan).
 *
 * SOAK_CYCLES sets the count (default 5 for CI); `npm run soak` runs 100. SOAK_LOG_DIR=<dir> keeps each cycle's
 * step logs (as a user sees them, masked) for reading the retries by hand.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { type StepResult, createJob, expectNoSecret } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { listAllBranches } from '../neon/local-api.js'

const CYCLES = Math.max(1, Number(process.env.SOAK_CYCLES ?? 5) || 5)
const FAULTS = { random: { rate: 0.2, statuses: [423, 429, 500, 503] } }
const LATENCY = { ms: 50 }
const MIGRATE =
  'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -c "CREATE TABLE IF NOT EXISTS soak_marker (id int PRIMARY KEY)" ' +
  '-c "INSERT INTO soak_marker VALUES (1) ON CONFLICT DO NOTHING"'
const REPOSITORY = 'octo-org/soak'
const run = promisify(execFile)

const neon = useLocalNeon()
const stats = { cycles: 0, steps: 0, retryLines: 0, cycleMs: [] as number[], stepMs: {} as Record<string, number[]> }

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint()
  try {
    return await work()
  } finally {
    ;(stats.stepMs[label] ??= []).push(Number((process.hrtime.bigint() - started) / 1_000_000n))
  }
}

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
  return `p50 ${at(50)} p95 ${at(95)} max ${at(100)}`
}

/** One line a person (or CI) can read: what ran, what was injected, how long it took. */
async function report(): Promise<void> {
  const requests = (await neon.requests()) as Array<{ method: string; path: string; status: number }>
  const api = requests.filter((r) => !r.path.startsWith('/__local'))
  const injected = new Set(FAULTS.random.statuses)
  const faulted = api.filter((r) => injected.has(r.status)).length
  const steps = Object.entries(stats.stepMs)
    .map(([label, ms]) => `${label} ${percentiles(ms)}`)
    .join('; ')
  process.stdout.write(
    `soak: ${stats.cycles}/${CYCLES} cycles passed, ${stats.steps} action steps, ${api.length} API requests, ` +
      `${faulted} answered with an injected 423/429/500/503, ${stats.retryLines} retry log lines; ` +
      `ms per cycle ${percentiles(stats.cycleMs)}; ms per step: ${steps}\n`,
  )
}

beforeAll(async () => {
  await neon.faults(FAULTS)
  await neon.latency(LATENCY)
}, 60_000)

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
      const jobA = await createJob(shared)
      const jobB = await createJob({ ...shared, sha: jobA.options.sha })
      const inputs = { ...neon.inputs(), migrate: MIGRATE }
      const steps: Array<[string, StepResult]> = []
      const failures: unknown[] = []
      let create: StepResult | undefined
      let connect: StepResult | undefined
      try {
        try {
          create = await timed('create', () => jobA.runMain({ inputs }))
          steps.push(['create', create])
          expectSuccess(create)
          expect(create.outputs.created).toBe('true')
          expect(create.outputs.migrate_outcome).toBe('migrated')
          expect(create.outputs.branch_name).toBeTruthy()
          expect(create.env.PGPASSWORD).toBeTruthy()

          connect = await timed('connect', () => jobB.runMain({ inputs: { ...inputs, mode: 'connect' } }))
          steps.push(['connect', connect])
          expectSuccess(connect)
          expect(connect.outputs.branch_name).toBe(create.outputs.branch_name)
          expect(connect.outputs.migrate_outcome).toBe('skipped')

          // a later step of job B uses what the action exported
          const { stdout } = await run('psql', ['-XAtc', 'SELECT count(*) FROM soak_marker'], { env: jobB.stepEnv() })
          expect(stdout.trim()).toBe('1')
          const { stdout: viaUrl } = await run('psql', [jobB.stepEnv().DATABASE_URL, '-XAtc', 'SELECT 1'], {
            env: jobB.stepEnv(),
          })
          expect(viaUrl.trim()).toBe('1')
        } catch (error) {
          failures.push(error)
        }

        // post-if: always(): every main step that ran gets its post, whatever happened above
        if (connect) steps.push(['post (connect job)', await timed('post-connect', () => jobB.runPost(connect))])
        if (create) steps.push(['post (create job)', await timed('post-create', () => jobA.runPost(create))])
        try {
          for (const [, step] of steps.filter(([label]) => label.startsWith('post'))) expectSuccess(step)
          const password = create?.env.PGPASSWORD
          if (password)
            expectNoSecret(
              steps.map(([, s]) => s),
              password,
            )
          expectNoSecret(
            steps.map(([, s]) => s),
            neon.apiKey,
          )
          const branchName = create?.outputs.branch_name
          if (branchName) expect((await listAllBranches(neon)).filter((b) => b.name === branchName)).toEqual([])
        } catch (error) {
          failures.push(error)
        }
      } finally {
        if (process.env.SOAK_LOG_DIR) {
          // the logs as a user sees them (masked), for looking at retries by hand
          const text = steps.map(([label, s]) => `=== ${label} (exit ${s.exitCode})\n${s.log}`).join('\n')
          writeFileSync(path.join(process.env.SOAK_LOG_DIR, `cycle-${cycle}.log`), text)
        }
        await jobA.cleanup()
        await jobB.cleanup()
      }

      stats.steps += steps.length
      stats.retryLines += steps.flatMap(([, s]) => s.log.split('\n')).filter((l) => l.startsWith('Retrying ')).length
      if (failures.length === 1) throw failures[0]
      if (failures.length > 1)
        throw new Error(
          failures.map((f) => (f instanceof Error ? f.message : String(f))).join('\n\n--- and then ---\n'),
        )
      stats.cycleMs.push(Number((process.hrtime.bigint() - started) / 1_000_000n))
      stats.cycles++
    },
    300_000,
  )

  afterAll(report) // inside the describe: runs before the server stops

  it('leaves no branch but the default', async () => {
    const branches = await listAllBranches(neon)
    expect(branches.filter((b) => !b.default).map((b) => b.name)).toEqual([])
    expect(branches.filter((b) => b.default)).toHaveLength(1)
  }, 120_000)
})
