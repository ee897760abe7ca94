// Two builds of the action, their steps interleaved, to the user's first query: what one change buys, with less
// noise than comparing two `npm run bench` runs. `npx tsx bench/ab.ts --a <rev> [--b <rev>] [--iterations 7]
// [--paths new,second,connect] [--latency 100] [--node node24|node20|system|PATH]`.
// Each build is the committed dist/ of a git revision (--b defaults to the working tree's dist/), extracted to a
// temporary folder beside this repository's node_modules. Ours only: the ratio is b / a, measured in the same run,
// with a and b alternating first. Not a test: nothing here asserts on time.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startNeonForTest } from '../support/local-neon-for-test.js'
import { createJob, repoRoot } from '../support/runner-emulator.js'
import { FIRST_QUERY } from './paths.js'
import { summarize } from './stats.js'
import { useStepNode } from './step-node.js'

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    iterations: { type: 'string', default: '7' },
    paths: { type: 'string', default: 'new,second,connect' },
    latency: { type: 'string', default: '100' },
    node: { type: 'string', default: 'node24' },
  },
})
if (!values.a) throw new Error('--a <git revision> is required (the build to compare against)')
const paths = values.paths.split(',') as ('new' | 'second' | 'connect')[]
const node = values.node
await useStepNode(node)

const work = mkdtempSync(join(tmpdir(), 'bench-ab-'))
/** The dist/ of `rev` (or of the working tree) in its own folder, resolving packages from this repository. */
function build(label: string, rev: string | undefined): string {
  const dir = join(work, label)
  if (rev) {
    execFileSync('sh', ['-c', `mkdir -p "$1" && git archive "$2" dist package.json | tar -x -C "$1"`, 'sh', dir, rev], {
      cwd: repoRoot,
    })
  } else {
    cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true })
    cpSync(join(repoRoot, 'package.json'), join(dir, 'package.json'))
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
  return join(dir, 'dist/main/index.js')
}
const builds = { a: build('a', values.a), b: build('b', values.b) }

const neon = await startNeonForTest()
const times = new Map<string, number[]>()
try {
  await neon.latency({ ms: Number(values.latency) })
  const runId = String(9_500_000_000 + (Date.now() % 100_000_000))
  const inputs = neon.inputs()
  const creator = await createJob({ runId, env: neon.env() })
  const created = await creator.runMain({ inputs, script: builds.a })
  if (created.exitCode !== 0) throw new Error(`creating the shared branch failed:\n${created.log}`)
  let fresh = 0
  for (let i = 0; i < Number(values.iterations); i++) {
    for (const path of paths) {
      for (const side of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
        await neon.idle()
        const job = await createJob({ runId: path === 'new' ? `${runId}${fresh++}` : runId, env: neon.env() })
        const started = performance.now()
        const step = await job.runMain({
          inputs: path === 'connect' ? { ...inputs, mode: 'connect' } : inputs,
          script: builds[side],
        })
        const query = await job.runShell(FIRST_QUERY, { timeoutMs: 60_000 })
        const ms = performance.now() - started
        if (step.exitCode !== 0 || query.exitCode !== 0) throw new Error(`${path} (${side}) failed:\n${step.log}`)
        times.set(`${path} ${side}`, [...(times.get(`${path} ${side}`) ?? []), ms])
        if (path === 'new') await job.runPost(step) // deletes the branch it created
        await job.cleanup()
      }
    }
  }
  await creator.runPost(created)
  await creator.cleanup()
} finally {
  await neon.stop()
  rmSync(work, { recursive: true, force: true })
}

console.log(`\n# A/B to the first query: a = ${values.a}, b = ${values.b ?? 'the working tree'}, steps on ${node}`)
console.log(`\n| path | a (median, ms) | b (median, ms) | b / a | runs each |\n|---|---:|---:|---:|---:|`)
for (const path of paths) {
  const [a, b] = (['a', 'b'] as const).map((side) => summarize(times.get(`${path} ${side}`) ?? []))
  console.log(
    `| ${path} | ${a.median.toFixed(0)} | ${b.median.toFixed(0)} | ${(b.median / a.median).toFixed(2)} | ${a.n} |`,
  )
}
