// How long neonctl takes to start, per way of shipping it (issue 7). Run: npx tsx bench/neonctl-startup.ts
//   [--iterations N] [--node PATH ...]   (several --node to compare Node versions; the compile cache needs >= 22.1)
//   [--bundle LABEL=DIR ...]             (other builds of dist/neonctl to compare, e.g. one lacking an edit)
//   [--only-bundles]                     (leave out the npm package and the compile-cache variant)
// Variants: the npm package as installed (node_modules), our bundle (dist/neonctl), and the bundle
// with Node's module compile cache warm. Commands: `--version`, and a real `branches list -o json` against a tiny
// local HTTP server. Runs are interleaved; medians and spread are printed and written to bench/results/.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { neonctlEnv } from '../src/neon/neonctl-runner.js'
import { summarize, type Summary } from './stats.js'

const root = new URL('..', import.meta.url).pathname
const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '10' },
    node: { type: 'string', multiple: true },
    bundle: { type: 'string', multiple: true },
    'only-bundles': { type: 'boolean', default: false },
  },
})
const iterations = Math.max(1, Number(values.iterations))
const nodes = values.node?.length ? values.node : [process.execPath]

const branch = {
  id: 'br-a-b-c',
  name: 'main',
  default: true,
  project_id: 'p',
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
  current_state: 'ready',
}
const server = http.createServer((_, res) => {
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ branches: [branch], annotations: {} }))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`

const work = mkdtempSync(join(tmpdir(), 'neonctl-startup-'))
const variants = [
  { name: 'npm package (node_modules)', script: join(root, 'node_modules/neonctl/bin/cli.js'), cache: false },
  { name: 'bundle (dist/neonctl)', script: join(root, 'dist/neonctl/neonctl.mjs'), cache: false },
  { name: 'bundle + compile cache (warm)', script: join(root, 'dist/neonctl/neonctl.mjs'), cache: true },
  ...(values.bundle ?? []).map((spec) => {
    const [label, dir] = spec.includes('=')
      ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]
      : [spec, spec]
    return { name: `bundle ${label}`, script: join(dir, 'neonctl.mjs'), cache: false }
  }),
].filter((v) => !values['only-bundles'] || (!v.cache && !v.script.includes('node_modules')))
const commands = [
  { name: '--version', args: ['--version'] },
  { name: 'branches list (1 request)', args: ['branches', 'list', '--project-id', 'p', '-o', 'json'] },
]

function nodeVersion(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
}

// CPU time (user + system) of the child, from GNU time where present: unlike wall time it hardly moves when
// other work shares the cores, so it shows the cost on an idle runner.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

interface Sample {
  wallMs: number
  cpuMs?: number
}

/** One whole-process run; async so the in-process server can answer. */
async function runOnce(node: string, script: string, args: string[], cacheDir: string | false): Promise<Sample> {
  const configDir = mkdtempSync(join(work, 'config-'))
  const env = neonctlEnv({ apiKey: 'bench-key', apiHost })
  if (cacheDir) env.NODE_COMPILE_CACHE = cacheDir
  const argv = [
    script,
    ...args,
    '--no-analytics',
    '--config-dir',
    configDir,
    '--context-file',
    join(configDir, 'c.json'),
  ]
  const timeFile = join(configDir, 'time')
  const [command, commandArgs] = gnuTime ? [gnuTime, ['-f', '%U %S', '-o', timeFile, node, ...argv]] : [node, argv]
  const started = process.hrtime.bigint()
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(command, commandArgs, { env }, (error, _stdout, stderr) =>
        error ? reject(new Error(`${script} ${args.join(' ')}: ${stderr}`)) : resolve(),
      ),
    )
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6
    if (!gnuTime) return { wallMs }
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number)
    return { wallMs, cpuMs: (user + system) * 1000 }
  } finally {
    rmSync(configDir, { recursive: true, force: true })
  }
}

interface Row {
  node: string
  variant: string
  command: string
  wall: Summary
  cpu?: Summary
}
const rows: Row[] = []
try {
  for (const node of nodes) {
    const version = nodeVersion(node)
    const cacheDir = join(work, `cache-${version}`)
    mkdirSync(cacheDir, { recursive: true })
    // warm the cache and the file system once per variant
    for (const v of variants)
      for (const c of commands) await runOnce(node, v.script, c.args, v.cache ? cacheDir : false)
    const samples = new Map<string, Sample[]>()
    for (let i = 0; i < iterations; i++) {
      for (const v of variants) {
        for (const c of commands) {
          const key = `${v.name}\u0000${c.name}`
          samples.set(key, [
            ...(samples.get(key) ?? []),
            await runOnce(node, v.script, c.args, v.cache ? cacheDir : false),
          ])
        }
      }
    }
    for (const v of variants) {
      for (const c of commands) {
        const list = samples.get(`${v.name}\u0000${c.name}`)!
        const cpu = list.every((x) => x.cpuMs !== undefined) ? summarize(list.map((x) => x.cpuMs!)) : undefined
        rows.push({ node: version, variant: v.name, command: c.name, wall: summarize(list.map((x) => x.wallMs)), cpu })
      }
    }
  }
} finally {
  server.close()
  rmSync(work, { recursive: true, force: true })
}

/**
 * The files a neonctl command reads at start: the entry, what it imports statically, and the command chunk it
 * always imports (`import("./chunks/dist-...")`); the chunks and vendor files loaded on first use are not counted.
 */
function startupFiles(): string[] {
  const dir = join(root, 'dist/neonctl')
  const seen = new Set<string>()
  const visit = (file: string, followDynamic: boolean) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const here = file.slice(0, file.lastIndexOf('/'))
    for (const match of text.matchAll(/(?:from|import)\s*"(\.[^"]+\.mjs)"/g)) visit(join(here, match[1]), false)
    if (followDynamic)
      for (const match of text.matchAll(/import\("(\.[^"]+\.mjs)"\)/g)) visit(join(here, match[1]), false)
  }
  visit(join(dir, 'neonctl.mjs'), true)
  return [...seen]
}
function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? dirBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  )
}
const sizes = {
  startupBytes: startupFiles().reduce((sum, file) => sum + statSync(file).size, 0),
  shippedBytes: dirBytes(join(root, 'dist/neonctl')),
}
const ms = (n: number) => n.toFixed(0)
console.log(`neonctl start-up, ${iterations} runs each (ms; wall = elapsed, cpu = user + system of the process)`)
console.log('| node | variant | command | wall median | wall min-max | cpu median | cpu min-max |')
console.log('|---|---|---|---:|---:|---:|---:|')
for (const r of rows) {
  const cpu = r.cpu ? `| ${ms(r.cpu.median)} | ${ms(r.cpu.min)}-${ms(r.cpu.max)} |` : '| - | - |'
  console.log(
    `| ${r.node} | ${r.variant} | ${r.command} | ${ms(r.wall.median)} | ${ms(r.wall.min)}-${ms(r.wall.max)} ${cpu}`,
  )
}
console.log(
  `dist/neonctl: ${(sizes.shippedBytes / 1e6).toFixed(2)} MB shipped, ${(sizes.startupBytes / 1e6).toFixed(2)} MB read at start`,
)
mkdirSync(join(root, 'bench/results'), { recursive: true })
const file = join(root, 'bench/results', `neonctl-startup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(file, JSON.stringify({ iterations, rows, sizes }, null, 2))
console.log(`written ${file}`)
