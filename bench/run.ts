// End-to-end benchmark of the bundled action (issues 7 and 15): `npm run bench [-- --iterations N]
// [--latency 0,100] [--jobs 6] [--migrate-ms 1000] [--no-baselines] [--no-migrate] [--node node24|node20|system|PATH]`.
// Runs dist/main and dist/post through the runner emulator against the local Neon server. Headline: the three paths
// of issue 15 (new branch, the same name again, mode connect), each timed from the step's start until the user's
// first query succeeds, next to the official create-branch-action's request sequence (bench/baselines/). Also:
// neonctl processes and API requests per path, the local server's compute start, where a create's time goes, and
// migrate-once. Prints Markdown and writes JSON to bench/results/. Not a test: nothing here asserts on time.
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startNeonForTest } from '../support/local-neon-for-test.js'
import { repoRoot, runnerNode } from '../support/runner-emulator.js'
import { buildOfficialBaseline } from './baselines/build-official.js'
import { migrateOnce } from './migrate-once.js'
import { runPaths } from './paths.js'
import { printReport } from './report.js'
import { Samples } from './samples.js'
import { ServerProbes } from './server-probes.js'
import { summarize } from './stats.js'
import { useStepNode } from './step-node.js'

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5' },
    latency: { type: 'string', default: '0,100' },
    jobs: { type: 'string', default: '6' },
    'migrate-ms': { type: 'string', default: '1000' },
    // the hand-written neonctl step and the bare POST (the official action's sequence always runs: the ratios)
    baselines: { type: 'boolean', default: true },
    migrate: { type: 'boolean', default: true },
    // the node every step runs on (ours and the baselines alike): by default the one GitHub runs both actions
    // with (their action.yml say node24), as the end-to-end tests do; `system` is the node running the bench
    node: { type: 'string', default: 'node24' },
  },
  allowNegative: true,
})
const iterations = Math.max(1, Number(values.iterations))
const latencies = values.latency.split(',').map(Number)
const parallelJobs = Math.max(2, Number(values.jobs))
const migrateMs = Number(values['migrate-ms'])
await useStepNode(values.node)
const stepNodeVersion = await new Promise<string>((resolve, reject) =>
  execFile(runnerNode(), ['--version'], (error, stdout) => (error ? reject(error) : resolve(stdout.trim()))),
)
if (!values.baselines)
  console.error('--no-baselines: the paths need the official action beside ours; running migrate-once only')

/** neonctl start-up alone, as a process on the steps' node. */
function neonctlVersionMs(): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) =>
    execFile(runnerNode(), [join(repoRoot, 'dist/neonctl/neonctl.mjs'), '--version'], (error) =>
      error ? reject(error) : resolve(performance.now() - started),
    ),
  )
}

const benchStarted = performance.now()
const resultsDir = join(repoRoot, 'bench/results')
const official = await buildOfficialBaseline(join(resultsDir, '.baselines'))
const neon = await startNeonForTest()
const probes = new ServerProbes(neon)
const samples = new Samples()
const neonctlStartMs: number[] = []
try {
  for (const latency of latencies) {
    await neon.latency({ ms: latency })
    for (let i = 0; i < iterations; i++) {
      process.stderr.write(`latency ${latency} ms, iteration ${i + 1}/${iterations}\n`)
      const ctx = { neon, probes, samples, officialScript: official.file, otherBaselines: values.baselines }
      await runPaths(ctx, latency, i)
      if (latency === latencies[0]) neonctlStartMs.push(await neonctlVersionMs())
      if (values.migrate) {
        await migrateOnce({ neon, probes, samples, migrateMs }, latency, i, 1)
        await migrateOnce({ neon, probes, samples, migrateMs }, latency, i, parallelJobs)
      }
    }
  }
} finally {
  await neon.stop()
}

const headline = printReport({ samples, latencies, iterations, parallelJobs, neonctlStartMs, node: stepNodeVersion })
const seconds = (performance.now() - benchStarted) / 1000
console.log(
  `\nThe official action's rendition: ${(official.bytes / 1e6).toFixed(2)} MB bundle (the real v6 bundle: about 2.5 MB). ` +
    `Bench took ${seconds.toFixed(0)} s.`,
)

mkdirSync(resultsDir, { recursive: true })
const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
const rows = samples.entries().map(([scenario, latencyMs, list]) => ({
  scenario,
  latencyMs,
  wallMs: summarize(list.map((m) => m.wallMs)),
  toFirstQueryMs: list.every((m) => m.toFirstQueryMs !== undefined)
    ? summarize(list.map((m) => m.toFirstQueryMs!))
    : undefined,
}))
writeFileSync(
  file,
  JSON.stringify(
    {
      node: stepNodeVersion,
      iterations,
      latencies,
      parallelJobs,
      migrateMs,
      seconds,
      officialBundleBytes: official.bytes,
      headline,
      rows,
      neonctlStart: neonctlStartMs.length ? summarize(neonctlStartMs) : undefined,
      samples: Object.fromEntries(samples.byKey),
    },
    null,
    2,
  ),
)
console.log(`\nwritten ${file}`)
