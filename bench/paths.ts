// The three paths issue 15 names, each timed from the step's start until the user's first query succeeds, for the
// action and for what users run today:
//   new branch:  ours (mode create, new name) | the official action (new name) | hand-written neonctl | bare POST
//   same name:   ours, a second job of the run (mode create) | ours, the run's attempt 2 (mode create)
//                | ours, mode connect (by name, and by branch_id) | the official action run again with that name
// One call runs every path once. The order of ours and the official's alternates between iterations, and each
// measured step starts when the project is quiet (no operation in flight, no background work).
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { defaultBranchName } from '../src/branch-name.js'
import type { NeonForTest } from '../support/local-neon-for-test.js'
import { createJob, repoRoot, type Job, type StepOptions, type StepResult } from '../support/runner-emulator.js'
import { officialActionDir } from './baselines/build-official.js'
import type { Measurement, Samples } from './samples.js'
import type { ServerProbes } from './server-probes.js'
import { fromWrapper } from './step-report.js'

export const PATH = {
  oursNew: 'new branch: ours (mode create)',
  officialNew: 'new branch: official action',
  handNew: 'new branch: hand-written neonctl step',
  bareNew: 'new branch: one bare POST from node',
  oursSecondJob: 'same name, second job of the run: ours (mode create)',
  oursRerun: 'same name, rerun (attempt 2): ours (mode create)',
  oursConnect: 'same name: ours (mode connect)',
  oursConnectById: 'same branch: ours (mode connect, branch_id)',
  officialAgain: 'same name: official action run again',
  postDelete: 'post: ours deletes the branch it created',
  emptyStep: 'baseline: empty node step',
  computeProbe: 'local server: compute start probed from outside',
} as const

/** What a user's next `run:` step does first. psql connects through the URL and waits, as a test suite would. */
export const FIRST_QUERY = `psql "$DATABASE_URL" --no-psqlrc --no-align --tuples-only --quiet --command 'select 1'`

const wrapper = join(repoRoot, 'bench/step-wrapper.mjs')
/** Our entries run through bench/step-wrapper.mjs, which reports the neonctl runs (worker threads) they start. */
export const viaWrapper = (entry: 'main' | 'post'): Pick<StepOptions, 'script' | 'env'> => ({
  script: wrapper,
  env: { BENCH_ENTRY: join(repoRoot, 'dist', entry, 'index.js') },
})

export interface PathContext {
  neon: NeonForTest
  probes: ServerProbes
  samples: Samples
  /** the bundled rendition of the official action (bench/baselines/build-official.ts) */
  officialScript: string
  /** the hand-written neonctl step and the bare POST too */
  otherBaselines: boolean
}

interface Timed {
  step: StepResult
  wallMs: number
  firstQueryMs: number
  toFirstQueryMs: number
}

/** Runs the step, then the first query in the same job: the URL from GITHUB_ENV, or from `urlEnv` (its outputs). */
async function toFirstQuery(
  job: Job,
  run: () => Promise<StepResult>,
  urlEnv: (step: StepResult) => Record<string, string> = () => ({}),
): Promise<Timed> {
  const started = performance.now()
  const step = await run()
  const wallMs = performance.now() - started
  if (step.exitCode !== 0) throw new Error(`${step.entry} failed (exit ${step.exitCode}):\n${step.log}`)
  const query = await job.runShell(FIRST_QUERY, { env: urlEnv(step), timeoutMs: 60_000 })
  const toFirstQueryMs = performance.now() - started
  if (query.exitCode !== 0 || query.stdout.trim() !== '1')
    throw new Error(`the first query after ${step.entry} failed (exit ${query.exitCode}):\n${query.log}`)
  return { step, wallMs, firstQueryMs: toFirstQueryMs - wallMs, toFirstQueryMs }
}

const fromOutputs = (step: StepResult) => ({ DATABASE_URL: step.outputs.db_url })

/** A push event as GitHub writes it: the official action turns parts of it into branch annotations. */
function pushEvent(sha: string): Record<string, unknown> {
  const repository = { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } }
  return {
    ref: 'refs/heads/main',
    after: sha,
    head_commit: { id: sha, message: 'Add the orders table\n\nWith an index on customer_id.' },
    repository,
    sender: { login: 'octocat' },
  }
}

let runCounter = 0
/** A numeric run id, so the action derives its default branch name (ci/<repo>/run-<id>) as on GitHub. */
const nextRunId = () => String(8_000_000_000 + (Date.now() % 1_000_000_000) * 10 + (runCounter++ % 10))

const withTimes = (t: Timed, m: Omit<Measurement, 'wallMs'> = {}): Measurement => ({
  ...m,
  wallMs: t.wallMs,
  firstQueryMs: t.firstQueryMs,
  toFirstQueryMs: t.toFirstQueryMs,
})

/** One iteration: every path once, in jobs of one workflow run. */
class PathRun {
  private readonly runId = nextRunId()
  private readonly sha = randomBytes(20).toString('hex')
  private readonly jobs: Job[] = []
  /** our jobs that reused or connected, for their posts */
  private readonly oursMains: { job: Job; main: StepResult }[] = []
  private readonly names = {
    ours: defaultBranchName({ repository: 'octo-org/octo-repo', runId: this.runId })!,
    official: `ci/bench-official-${this.runId}`,
    hand: `ci/bench-hand-${this.runId}`,
    bare: `ci/bench-bare-${this.runId}`,
    probe: `ci/bench-probe-${this.runId}`,
  }
  /** no branch_name: the default one, the same for every job and attempt of the run */
  private readonly ourInputs: Record<string, string>

  constructor(
    private readonly ctx: PathContext,
    private readonly latency: number,
  ) {
    this.ourInputs = ctx.neon.inputs()
  }

  private record(scenario: string, m: Measurement): Measurement {
    return this.ctx.samples.record(scenario, this.latency, m)
  }

  async job(options: { attempt?: string; official?: boolean } = {}): Promise<Job> {
    const created = await createJob({
      runId: this.runId,
      runAttempt: options.attempt ?? '1',
      sha: this.sha,
      eventPayload: pushEvent(this.sha),
      env: this.ctx.neon.env(),
      actionDir: options.official ? officialActionDir : undefined,
    })
    this.jobs.push(created)
    return created
  }

  /** Our step through the wrapper, timed to the first query; its neonctl processes and API requests recorded. */
  async ours(scenario: string, job: Job, inputs: Record<string, string>, branchId?: string) {
    const computeStateBefore = await this.ctx.probes.readyToMeasure(branchId)
    const timed = await toFirstQuery(job, () => job.runMain({ inputs, ...viaWrapper('main') }))
    const { wallMs: _, ...fromStep } = fromWrapper(timed.step, timed.wallMs)
    const m = this.record(
      scenario,
      withTimes(timed, { ...fromStep, apiRequests: await this.ctx.probes.apiRequests(), computeStateBefore }),
    )
    return { step: timed.step, m }
  }

  /** The official action's rendition; its users take the URL from its db_url output. */
  async official(scenario: string, branchId?: string) {
    const job = await this.job({ official: true })
    const computeStateBefore = await this.ctx.probes.readyToMeasure(branchId)
    const inputs = { ...this.ctx.neon.inputs(), branch_name: this.names.official }
    const timed = await toFirstQuery(job, () => job.runMain({ inputs, script: this.ctx.officialScript }), fromOutputs)
    const m = this.record(
      scenario,
      withTimes(timed, { neonctlProcesses: 0, apiRequests: await this.ctx.probes.apiRequests(), computeStateBefore }),
    )
    return { step: timed.step, m }
  }

  async run(flip: boolean): Promise<void> {
    const { probes } = this.ctx
    const creator = await this.job()
    // 1. new branch
    let oursNew!: Awaited<ReturnType<PathRun['ours']>>
    let officialNew!: Awaited<ReturnType<PathRun['official']>>
    await inOrder(flip, [
      async () => (oursNew = await this.ours(PATH.oursNew, creator, this.ourInputs)),
      async () => (officialNew = await this.official(PATH.officialNew)),
    ])
    if (oursNew.step.outputs.created !== 'true') throw new Error('ours did not create a new branch')
    if (officialNew.step.outputs.created !== 'true') throw new Error('the official action did not create a branch')
    const ourBranch = oursNew.step.outputs.branch_id
    oursNew.m.computeStartMs = await probes.computeStartMs(ourBranch)
    officialNew.m.computeStartMs = await probes.computeStartMs(officialNew.step.outputs.branch_id)

    // 2. the same name again: a second job of the run, the run's attempt 2, mode connect; the official again
    await inOrder(flip, [
      () => this.reuse(PATH.oursSecondJob, '1', this.ourInputs, ourBranch),
      async () => {
        const { step } = await this.official(PATH.officialAgain, officialNew.step.outputs.branch_id)
        if (step.outputs.created !== 'false') throw new Error('the official action did not reuse its branch')
      },
    ])
    await this.reuse(PATH.oursRerun, '2', this.ourInputs, ourBranch)
    await this.reuse(PATH.oursConnect, '1', { ...this.ourInputs, mode: 'connect' }, ourBranch)
    await this.reuse(PATH.oursConnectById, '1', { ...this.ourInputs, mode: 'connect', branch_id: ourBranch }, ourBranch)

    // 3. the other baselines
    if (this.ctx.otherBaselines) {
      await this.handWritten()
      await this.barePost()
    }
    await this.emptyStep()

    // 4. posts: the jobs that reused or connected keep the branch; the creator's post deletes it (measured)
    for (const { job, main } of this.oursMains) {
      const post = await job.runPost(main, viaWrapper('post'))
      if (post.exitCode !== 0) throw new Error(`post failed:\n${post.log}`)
    }
    await probes.readyToMeasure()
    const started = performance.now()
    const post = await creator.runPost(oursNew.step, viaWrapper('post'))
    const postMs = performance.now() - started
    if (post.exitCode !== 0) throw new Error(`post failed:\n${post.log}`)
    this.record(PATH.postDelete, { ...fromWrapper(post, postMs), apiRequests: await probes.apiRequests() })

    // 5. the server's compute start, from the outside
    const probe = await probes.probeComputeStart(this.names.probe)
    this.record(PATH.computeProbe, {
      wallMs: probe.postMs + probe.answerToConnectMs,
      answerToConnectMs: probe.answerToConnectMs,
      computeStartMs: await probes.computeStartMs(probe.branchId),
    })
  }

  /** Ours on the branch that exists: a later job (attempt 1 or 2), mode create or connect. */
  private async reuse(scenario: string, attempt: string, inputs: Record<string, string>, branchId: string) {
    const job = await this.job({ attempt })
    const { step } = await this.ours(scenario, job, inputs, branchId)
    if (inputs.mode !== 'connect' && step.outputs.created !== 'false')
      throw new Error(`${scenario}: the branch was not reused`)
    this.oursMains.push({ job, main: step })
  }

  private async handWritten(): Promise<void> {
    const { neon, probes } = this.ctx
    const job = await this.job()
    await probes.readyToMeasure()
    const timed = await toFirstQuery(job, () =>
      job.runShell(`sh ${join(repoRoot, 'bench/baselines/handwritten-step.sh')}`, {
        env: {
          INPUT_PROJECT_ID: neon.projectId,
          INPUT_BRANCH_NAME: this.names.hand,
          NEON_API_KEY: neon.apiKey,
          NEON_API_HOST: neon.apiHost,
          NEONCTL: join(repoRoot, 'node_modules/.bin/neonctl'),
        },
      }),
    )
    // two neonctl processes: the script runs `branches create`, then `connection-string`
    const m = this.record(
      PATH.handNew,
      withTimes(timed, { neonctlProcesses: 2, apiRequests: await probes.apiRequests() }),
    )
    const branchId = await probes.branchIdByName(this.names.hand)
    if (branchId) m.computeStartMs = await probes.computeStartMs(branchId)
  }

  private async barePost(): Promise<void> {
    const { neon, probes } = this.ctx
    const job = await this.job({ official: true })
    await probes.readyToMeasure()
    const script = join(repoRoot, 'bench/baselines/bare-post.mjs')
    const inputs = { ...neon.inputs(), branch_name: this.names.bare }
    const timed = await toFirstQuery(job, () => job.runMain({ inputs, script }), fromOutputs)
    const m = this.record(
      PATH.bareNew,
      withTimes(timed, { neonctlProcesses: 0, apiRequests: await probes.apiRequests() }),
    )
    m.computeStartMs = await probes.computeStartMs(timed.step.outputs.branch_id)
  }

  /** node's start and the emulator's work around a step: the floor of any JavaScript action. */
  private async emptyStep(): Promise<void> {
    const job = await this.job()
    await this.ctx.probes.readyToMeasure()
    const started = performance.now()
    const step = await job.runMain({
      script: wrapper,
      env: { BENCH_ENTRY: join(repoRoot, 'bench/baselines/empty-step.mjs') },
    })
    const { neonctlProcesses: _, ...m } = fromWrapper(step, performance.now() - started)
    this.record(PATH.emptyStep, m)
  }

  /** Deletes every branch this iteration made (ours too, in case its post did not run), ends the jobs. */
  async cleanup(): Promise<void> {
    for (const name of Object.values(this.names)) await this.ctx.probes.deleteBranchNamed(name)
    await Promise.all(this.jobs.map((j) => j.cleanup()))
  }
}

/** Runs the measurements one after the other, in reverse order when `flip`. */
async function inOrder(flip: boolean, measurements: (() => Promise<unknown>)[]): Promise<void> {
  for (const measure of flip ? [...measurements].reverse() : measurements) await measure()
}

export async function runPaths(ctx: PathContext, latency: number, iteration: number): Promise<void> {
  const run = new PathRun(ctx, latency)
  try {
    // alternate who goes first, so a drift in the machine's load hits ours and the official's alike
    await run.run(iteration % 2 === 1)
  } finally {
    await run.cleanup()
  }
}
