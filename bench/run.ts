// End-to-end benchmark of the bundled action (issue 7): `npm run bench [-- --iterations N] [--latency 0,100]`.
// Runs dist/main and dist/post through the runner emulator against the local Neon server and reports, per scenario
// and added API latency, the wall time of the step, neonctl processes started and Neon API requests made, plus a
// breakdown of a create. Prints Markdown tables and writes JSON to bench/results/.
import { execFile } from 'node:child_process'
import { build } from 'esbuild'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startNeonForTest, type NeonForTest } from '../support/local-neon-for-test.js'
import { createJob, repoRoot, type StepOptions, type StepResult } from '../support/runner-emulator.js'
import { summarize, type Summary } from './stats.js'

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5' },
    latency: { type: 'string', default: '0,100' },
    jobs: { type: 'string', default: '6' },
    'migrate-ms': { type: 'string', default: '1000' },
    // what users have today, measured the same way (bench/baselines/); --no-baselines skips them
    baselines: { type: 'boolean', default: true },
  },
  allowNegative: true,
})
const iterations = Math.max(1, Number(values.iterations))
const latencies = values.latency.split(',').map(Number)
const parallelJobs = Math.max(2, Number(values.jobs))
const migrateMs = Number(values['migrate-ms'])
// A stand-in migration that takes a known time, so the lock's overhead is what varies.
const migrateCommand = `node -e "setTimeout(() => {}, ${migrateMs})"`

interface Measurement {
  wallMs: number
  neonctlProcesses?: number
  neonctlMs?: number
  apiRequests?: number
  /** from bench/step-wrapper.mjs: the step process's own clock */
  firstSpawnMs?: number
  neonctlFirstRequestMs?: number
  readinessMs?: number
  processMs?: number
  /** migrate-once scenarios: the slowest job's migrate step (its migrate_duration_ms output: lock wait included) */
  migrateStepMs?: number
}

const samples = new Map<string, Measurement[]>()
function record(scenario: string, latency: number, m: Measurement): void {
  const key = `${scenario}\u0000${latency}`
  samples.set(key, [...(samples.get(key) ?? []), m])
}

/** One `bench <what> <ms> ms` value reported by bench/step-wrapper.mjs. */
function reported(step: StepResult, what: string): number | undefined {
  for (const a of step.annotations) {
    const match = a.level === 'debug' ? new RegExp(`^bench ${what} (\\d+) ms$`).exec(a.message) : null
    if (match) return Number(match[1])
  }
  return undefined
}

/** neonctl runs, as reported by bench/step-wrapper.mjs (`bench neonctl branches 812 ms`). */
function neonctlRuns(step: StepResult): number[] {
  return step.annotations
    .filter((a) => a.level === 'debug')
    .map((a) => /^bench neonctl \S+ (\d+) ms$/.exec(a.message))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
}

// Every step runs through the wrapper, which counts the neonctl processes the action starts.
const wrapper = join(repoRoot, 'bench/step-wrapper.mjs')
const viaWrapper = (entry: 'main' | 'post'): Pick<StepOptions, 'script' | 'env'> => ({
  script: wrapper,
  env: { BENCH_ENTRY: join(repoRoot, 'dist', entry, 'index.js') },
})

const neon: NeonForTest = await startNeonForTest()
const apiRequests = async () =>
  ((await neon.requests()) as { path: string }[]).filter((r) => !r.path.startsWith('/__local')).length
/** Before each measured step: the server's request log emptied, and its background work from earlier steps done. */
const readyToMeasure = async () => {
  const local = `${neon.baseUrl.replace(/\/$/, '')}/__local`
  await fetch(`${local}/idle`)
  await fetch(`${local}/requests`, { method: 'DELETE' })
}

async function timedStep(run: () => Promise<StepResult>): Promise<{ step: StepResult; wallMs: number }> {
  const started = performance.now()
  const step = await run()
  const wallMs = performance.now() - started
  if (step.exitCode !== 0) throw new Error(`${step.entry} failed (exit ${step.exitCode}):\n${step.log}`)
  return { step, wallMs }
}

function measurement(step: StepResult, wallMs: number, requests?: number): Measurement {
  const runs = neonctlRuns(step)
  return {
    wallMs,
    neonctlProcesses: runs.length,
    neonctlMs: runs.reduce((a, b) => a + b, 0),
    apiRequests: requests,
    firstSpawnMs: reported(step, 'first-spawn'),
    neonctlFirstRequestMs: reported(step, 'neonctl-first-request'),
    readinessMs: reported(step, 'readiness'),
    processMs: reported(step, 'process'),
  }
}

async function sequentialScenarios(latency: number, iteration: number): Promise<void> {
  const runId = `bench-${latency}-${iteration}-${Date.now()}`
  const name = `ci/bench-${latency}-${iteration}-${Date.now() % 100000}`
  const inputs = { ...neon.inputs(), branch_name: name }
  const first = await createJob({ runId, env: neon.env() })
  const rerun = await createJob({ runId, env: neon.env() })
  const other = await createJob({ runId, env: neon.env() })
  try {
    await readyToMeasure()
    const create = await timedStep(() => first.runMain({ inputs, ...viaWrapper('main') }))
    record('create (new branch)', latency, measurement(create.step, create.wallMs, await apiRequests()))

    await readyToMeasure()
    const reuse = await timedStep(() => rerun.runMain({ inputs, ...viaWrapper('main') }))
    if (reuse.step.outputs.created !== 'false') throw new Error('the rerun did not reuse the branch')
    record('create on rerun (reuse)', latency, measurement(reuse.step, reuse.wallMs, await apiRequests()))

    await readyToMeasure()
    const connect = await timedStep(() =>
      other.runMain({ inputs: { ...inputs, mode: 'connect' }, ...viaWrapper('main') }),
    )
    record('connect', latency, measurement(connect.step, connect.wallMs, await apiRequests()))

    await timedStep(() => rerun.runPost(reuse.step, viaWrapper('post')))
    await timedStep(() => other.runPost(connect.step, viaWrapper('post')))
    await readyToMeasure()
    const post = await timedStep(() => first.runPost(create.step, viaWrapper('post')))
    record('post delete', latency, measurement(post.step, post.wallMs, await apiRequests()))
  } finally {
    await Promise.all([first.cleanup(), rerun.cleanup(), other.cleanup()])
  }
}

// Baselines: what users run today, as whole processes through the same runner emulator (bench/baselines/).
const baselineDir = join(repoRoot, 'bench/results/.baselines')
const officialSequence = join(baselineDir, 'official-sequence.mjs')

/** The official action ships one bundled file; bundle our rendition of its request sequence the same way. */
async function buildBaselines(): Promise<void> {
  await build({
    entryPoints: [join(repoRoot, 'bench/baselines/official-sequence.ts')],
    outfile: officialSequence,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  })
}

async function deleteBranchNamed(name: string): Promise<void> {
  const headers = { authorization: `Bearer ${neon.apiKey}` }
  const base = `${neon.apiHost}/projects/${neon.projectId}/branches`
  const { branches } = (await (await fetch(`${base}?search=${encodeURIComponent(name)}`, { headers })).json()) as {
    branches: { id: string; name: string }[]
  }
  for (const branch of branches.filter((b) => b.name === name))
    await fetch(`${base}/${branch.id}`, { method: 'DELETE', headers })
}

async function baselineScenarios(latency: number, iteration: number): Promise<void> {
  const runId = `bench-baseline-${latency}-${iteration}-${Date.now()}`
  const job = await createJob({ runId, env: neon.env() })
  const names: string[] = []
  const fresh = (tag: string) => {
    names.push(`ci/bench-${tag}-${latency}-${iteration}-${Date.now() % 100000}`)
    return names[names.length - 1]
  }
  const timed = async (scenario: string, run: () => Promise<StepResult>) => {
    await readyToMeasure()
    const { wallMs } = await timedStep(run)
    record(scenario, latency, { wallMs, apiRequests: await apiRequests() })
  }
  try {
    await readyToMeasure()
    const empty = await timedStep(() =>
      job.runMain({ script: wrapper, env: { BENCH_ENTRY: join(repoRoot, 'bench/baselines/empty-step.mjs') } }),
    )
    record('baseline: empty node step', latency, { wallMs: empty.wallMs, processMs: reported(empty.step, 'process') })
    const official = { ...neon.inputs(), branch_name: fresh('official') }
    await timed('baseline: official action sequence, new branch', () =>
      job.runMain({ inputs: official, script: officialSequence }),
    )
    await timed('baseline: official action sequence, rerun', () =>
      job.runMain({ inputs: official, script: officialSequence }),
    )
    const inputEnv = { INPUT_PROJECT_ID: neon.projectId, INPUT_BRANCH_NAME: fresh('hand') }
    await timed('baseline: hand-written neonctl step', () =>
      job.runShell(`sh ${join(repoRoot, 'bench/baselines/handwritten-step.sh')}`, {
        env: {
          ...inputEnv,
          NEON_API_KEY: neon.apiKey,
          NEON_API_HOST: neon.apiHost,
          NEONCTL: join(repoRoot, 'node_modules/.bin/neonctl'),
        },
      }),
    )
    const bare = { ...neon.inputs(), branch_name: fresh('bare') }
    await timed('baseline: one bare POST from node', () =>
      job.runMain({ inputs: bare, script: join(repoRoot, 'bench/baselines/bare-post.mjs') }),
    )
  } finally {
    for (const name of names) await deleteBranchNamed(name)
    await job.cleanup()
  }
}

/** `jobs` jobs of one run asking for the same branch and migration at once; wall time until the last main ends. */
async function migrateOnce(latency: number, iteration: number, jobs: number): Promise<void> {
  const runId = `bench-migrate-${jobs}-${latency}-${iteration}-${Date.now()}`
  const name = `ci/bench-m${jobs}-${latency}-${iteration}-${Date.now() % 100000}`
  const inputs = { ...neon.inputs(), branch_name: name, migrate: migrateCommand }
  const sha = randomBytes(20).toString('hex') // every job of a run builds the same commit
  const created = await Promise.all(Array.from({ length: jobs }, () => createJob({ runId, sha, env: neon.env() })))
  try {
    await readyToMeasure()
    const started = performance.now()
    const mains = await Promise.all(created.map((job) => job.runMain({ inputs, ...viaWrapper('main') })))
    const wallMs = performance.now() - started
    const requests = await apiRequests()
    const failed = mains.find((m) => m.exitCode !== 0)
    if (failed) throw new Error(`a migrate job failed:\n${failed.log}`)
    const migrated = mains.filter((m) => m.outputs.migrate_outcome === 'migrated').length
    if (migrated !== 1) throw new Error(`expected exactly one job to migrate, got ${migrated}`)
    const runs = mains.flatMap(neonctlRuns)
    // neonctl processes and time per job, averaged over the jobs
    record(`migrate-once, ${jobs === 1 ? '1 job alone' : `${jobs} jobs at once`}`, latency, {
      wallMs,
      neonctlProcesses: runs.length / jobs,
      neonctlMs: runs.reduce((a, b) => a + b, 0) / jobs,
      migrateStepMs: Math.max(...mains.map((m) => Number(m.outputs.migrate_duration_ms))),
      apiRequests: requests / jobs,
    })
    for (let i = 0; i < jobs; i++) await created[i].runPost(mains[i])
  } finally {
    await Promise.all(created.map((job) => job.cleanup()))
  }
}

/** neonctl start-up alone, as the action runs it (cold compile cache: a fresh RUNNER_TEMP per job). */
function neonctlVersionMs(): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [join(repoRoot, 'dist/neonctl/neonctl.mjs'), '--version'], (error) =>
      error ? reject(error) : resolve(performance.now() - started),
    ),
  )
}

const fmt = (s: Summary) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`

if (values.baselines) await buildBaselines()
const neonctlStartSamples: number[] = []
try {
  for (const latency of latencies) {
    await neon.latency({ ms: latency })
    for (let i = 0; i < iterations; i++) {
      process.stderr.write(`latency ${latency} ms, iteration ${i + 1}/${iterations}\n`)
      await sequentialScenarios(latency, i)
      if (values.baselines) await baselineScenarios(latency, i)
      if (latency === latencies[0]) neonctlStartSamples.push(await neonctlVersionMs())
      await migrateOnce(latency, i, 1)
      await migrateOnce(latency, i, parallelJobs)
    }
  }
} finally {
  await neon.stop()
}

const rows = [...samples].map(([key, list]) => {
  const [scenario, latency] = key.split('\u0000')
  const requests = list.every((m) => m.apiRequests !== undefined)
    ? summarize(list.map((m) => m.apiRequests!))
    : undefined
  return {
    scenario,
    latencyMs: Number(latency),
    wallMs: summarize(list.map((m) => m.wallMs)),
    neonctlProcesses: list.every((m) => m.neonctlProcesses !== undefined)
      ? summarize(list.map((m) => m.neonctlProcesses!))
      : undefined,
    neonctlMs: list.every((m) => m.neonctlMs !== undefined) ? summarize(list.map((m) => m.neonctlMs!)) : undefined,
    apiRequests: requests,
  }
})

console.log(
  `\nneon-ephemeral-branch end to end, ${iterations} iteration(s), node ${process.version}; ms as median (min–max)\n`,
)
console.log('| scenario | API latency | wall time | neonctl processes | neonctl time | API requests |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const r of rows) {
  console.log(
    `| ${r.scenario} | ${r.latencyMs} ms | ${fmt(r.wallMs)} | ${r.neonctlProcesses ? +r.neonctlProcesses.median.toFixed(1) : '–'} | ${r.neonctlMs ? fmt(r.neonctlMs) : '–'} | ${r.apiRequests ? +r.apiRequests.median.toFixed(1) : '–'} |`,
  )
}

const neonctlStart = summarize(neonctlStartSamples)
const median = (list: Measurement[], pick: (m: Measurement) => number | undefined) => {
  const values = list.map(pick).filter((v): v is number => v !== undefined)
  return values.length > 0 ? summarize(values).median : undefined
}
const emptyProcessMs = (latency: number) =>
  median(samples.get(`baseline: empty node step\u0000${latency}`) ?? [], (m) => m.processMs)
// The create's parts, in order; they add up to the step process's own time.
const breakdownRows = (latency: number): [string, (m: Measurement) => number | undefined][] => {
  const nodeStart = emptyProcessMs(latency)
  return [
    ['node start (an empty node step, its own clock)', () => nodeStart],
    [
      'action: bundle load, inputs, state file, until neonctl starts',
      (m) => (nodeStart === undefined ? m.firstSpawnMs : m.firstSpawnMs! - nodeStart),
    ],
    ['neonctl start-up, until its first API request', (m) => m.neonctlFirstRequestMs],
    [
      'API round trips (2 requests) and neonctl exit',
      (m) => (m.neonctlFirstRequestMs === undefined ? undefined : m.neonctlMs! - m.neonctlFirstRequestMs),
    ],
    ['readiness wait (first successful connection)', (m) => m.readinessMs],
    ['export, outputs, summary, exit', (m) => m.processMs! - m.firstSpawnMs! - m.neonctlMs! - (m.readinessMs ?? 0)],
    ['= the step process (its own clock)', (m) => m.processMs],
    ['whole step as the runner sees it (wall)', (m) => m.wallMs],
    [
      "action's own overhead: the process minus neonctl and the readiness wait",
      (m) => m.processMs! - m.neonctlMs! - (m.readinessMs ?? 0),
    ],
  ]
}
const createSamples = latencies.map((latency) => samples.get(`create (new branch)\u0000${latency}`) ?? [])
const emptySamples = latencies.map((latency) => samples.get(`baseline: empty node step\u0000${latency}`) ?? [])
if (
  createSamples.every(
    (list) => list.length > 0 && list.every((m) => m.processMs !== undefined && m.firstSpawnMs !== undefined),
  )
) {
  console.log(`\nWhere the time of a create goes (medians, ms):\n`)
  console.log(`| part | ${latencies.map((l) => `${l} ms latency`).join(' | ')} |`)
  console.log(`|---|${latencies.map(() => '---:').join('|')}|`)
  const rowsByLatency = latencies.map(breakdownRows)
  for (let row = 0; row < rowsByLatency[0].length; row++) {
    const cells = createSamples.map((list, i) => median(list, rowsByLatency[i][row][1])?.toFixed(0) ?? '–')
    console.log(`| ${rowsByLatency[0][row][0]} | ${cells.join(' | ')} |`)
  }
  if (emptySamples.every((list) => list.length > 0)) {
    console.log(
      `| an empty node step's wall, for comparison | ${emptySamples.map((list) => median(list, (m) => m.wallMs)?.toFixed(0)).join(' | ')} |`,
    )
  }
  console.log(
    `| neonctl start-up alone (\`--version\`, no compile cache) | ${neonctlStart.median.toFixed(0)} |${latencies
      .slice(1)
      .map(() => ' |')
      .join('')}`,
  )
}
const ratioLines: string[] = []
for (const latency of latencies) {
  const row = (scenario: string) => rows.find((r) => r.scenario === scenario && r.latencyMs === latency)
  const pairs: [string, string][] = [
    ['create (new branch)', 'baseline: official action sequence, new branch'],
    ['create (new branch)', 'baseline: hand-written neonctl step'],
    ['create (new branch)', 'baseline: one bare POST from node'],
    ['create on rerun (reuse)', 'baseline: official action sequence, rerun'],
  ]
  for (const [ours, theirs] of pairs) {
    const a = row(ours)
    const b = row(theirs)
    if (a && b) {
      ratioLines.push(
        `| ${latency} ms | ${ours} | ${theirs.replace('baseline: ', '')} | ${a.wallMs.median.toFixed(0)} / ${b.wallMs.median.toFixed(0)} | ${(a.wallMs.median / b.wallMs.median).toFixed(2)} |`,
      )
    }
  }
}
if (ratioLines.length > 0) {
  console.log('\nAgainst what users have today (wall-time medians; ratio below 1 means the action is faster):\n')
  console.log('| API latency | ours | baseline | ms (ours / baseline) | ratio |')
  console.log('|---:|---|---|---:|---:|')
  for (const line of ratioLines) console.log(line)
}

for (const latency of latencies) {
  const one = samples.get(`migrate-once, 1 job alone\u0000${latency}`)
  const many = samples.get(`migrate-once, ${parallelJobs} jobs at once\u0000${latency}`)
  if (!one || !many) continue
  const wall = [median(one, (m) => m.wallMs)!, median(many, (m) => m.wallMs)!]
  const step = [median(one, (m) => m.migrateStepMs)!, median(many, (m) => m.migrateStepMs)!]
  console.log(
    `\nmigrate-once at ${latency} ms: ${parallelJobs} jobs at once take ${((wall[1] / wall[0]) * 100).toFixed(0)}% of one job's ` +
      `wall time (all on this machine's cores); their slowest migrate step (lock wait included) ${step[1].toFixed(0)} ms ` +
      `vs ${step[0].toFixed(0)} ms alone: ${((step[1] / step[0]) * 100).toFixed(0)}%`,
  )
}

const dir = join(repoRoot, 'bench/results')
mkdirSync(dir, { recursive: true })
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(
  file,
  JSON.stringify(
    {
      node: process.version,
      iterations,
      latencies,
      parallelJobs,
      migrateMs,
      rows,
      neonctlStart,
      samples: Object.fromEntries(samples),
    },
    null,
    2,
  ),
)
console.log(`\nwritten ${file}`)
