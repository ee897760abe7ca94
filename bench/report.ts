// The bench's Markdown output: the three paths to the first query against the official action and the targets
// first, then the new branch split into the compute's start and the rest, every scenario in detail, where the time
// of a create goes, and migrate-once.
import { migrateOnceScenario } from './migrate-once.js'
import { PATH } from './paths.js'
import type { Measurement, Samples } from './samples.js'
import { summarize, type Summary } from './stats.js'
import { HEADLINE, MAX_NEONCTL_PROCESSES } from './targets.js'

export interface ReportInput {
  samples: Samples
  latencies: number[]
  iterations: number
  parallelJobs: number
  neonctlStartMs: number[]
  /** the node every step ran on (its --version) */
  node: string
}

export interface HeadlineRow {
  latencyMs: number
  path: string
  oursMs: number
  officialMs: number
  ratio: number
  maxRatio: number
  met: boolean
  oursNeonctlProcesses?: number
  oursApiRequests?: number
  officialApiRequests?: number
}

type Pick = (m: Measurement) => number | undefined

function summaryOf(list: Measurement[], pick: Pick): Summary | undefined {
  const values = list.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v))
  return values.length > 0 ? summarize(values) : undefined
}
const medianOf = (list: Measurement[], pick: Pick) => summaryOf(list, pick)?.median
const ms = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(0))
const count = (v: number | undefined) => (v === undefined ? '–' : String(+v.toFixed(1)))
const spread = (s: Summary | undefined) =>
  s === undefined
    ? '–'
    : s.n === 1
      ? s.median.toFixed(0)
      : `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
const toFirstQuery: Pick = (m) => m.toFirstQueryMs
/** Everything but the compute's start: to the first query minus the server's compute start for that branch. */
const ownShare: Pick = (m) =>
  m.toFirstQueryMs === undefined || m.computeStartMs === undefined ? undefined : m.toFirstQueryMs - m.computeStartMs

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export function headlineRows({ samples, latencies }: ReportInput): HeadlineRow[] {
  const rows: HeadlineRow[] = []
  for (const latencyMs of latencies) {
    for (const h of HEADLINE) {
      const ours = samples.get(h.ours, latencyMs)
      const official = samples.get(h.official, latencyMs)
      const oursMs = medianOf(ours, toFirstQuery)
      const officialMs = medianOf(official, toFirstQuery)
      if (oursMs === undefined || officialMs === undefined) continue
      const ratio = oursMs / officialMs
      rows.push({
        latencyMs,
        path: h.path,
        oursMs,
        officialMs,
        ratio,
        maxRatio: h.maxRatio,
        met: ratio <= h.maxRatio,
        oursNeonctlProcesses: medianOf(ours, (m) => m.neonctlProcesses),
        oursApiRequests: medianOf(ours, (m) => m.apiRequests),
        officialApiRequests: medianOf(official, (m) => m.apiRequests),
      })
    }
  }
  return rows
}

function printHeadline(input: ReportInput, rows: HeadlineRow[]): void {
  const { samples, iterations } = input
  console.log(
    `\n## To the user's first query\n\nFrom the step's start until \`select 1\` through the URL the step gave succeeds ` +
      `(psql in the next \`run:\` step of the same job); medians of ${iterations} run(s), ms; ratio = ours / official, ` +
      `measured in this run. Targets (issue 15): new branch ≤ 1.0×, same name and connect ≤ 0.8×, at most ` +
      `${MAX_NEONCTL_PROCESSES} neonctl run per path (ours run it in a worker thread: no process of its own).`,
  )
  for (const latency of input.latencies) {
    const here = rows.filter((r) => r.latencyMs === latency)
    if (here.length === 0) continue
    console.log(`\n### ${latency} ms API latency\n`)
    console.log(
      table(
        [
          'path',
          'ours',
          'official',
          'ratio',
          'target',
          'met?',
          'ours: neonctl runs (threads)',
          'API requests (ours / official)',
        ],
        ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'r'],
        here.map((r) => [
          r.path,
          ms(r.oursMs),
          ms(r.officialMs),
          `**${r.ratio.toFixed(2)}**`,
          `≤ ${r.maxRatio.toFixed(2)}`,
          r.met ? 'yes' : 'no',
          `${count(r.oursNeonctlProcesses)}${(r.oursNeonctlProcesses ?? 0) > MAX_NEONCTL_PROCESSES ? ' (target ≤ 1)' : ''}`,
          `${count(r.oursApiRequests)} / ${count(r.officialApiRequests)}`,
        ]),
      ),
    )
    printNewBranch(samples, latency)
    printComputeStates(samples, latency)
  }
}

/** The new branch split into the compute's start (the local server's) and everything else. */
function printNewBranch(samples: Samples, latency: number): void {
  const columns = [PATH.oursNew, PATH.officialNew, PATH.handNew, PATH.bareNew].map((s) => samples.get(s, latency))
  if (columns.every((c) => c.length === 0)) return
  const row = (label: string, pick: Pick) => [label, ...columns.map((c) => ms(medianOf(c, pick)))]
  console.log(`\nNew branch, medians (ms):\n`)
  console.log(
    table(
      ['', 'ours', 'official', 'hand-written neonctl step', 'one bare POST'],
      ['l', 'r', 'r', 'r', 'r'],
      [
        row('the step, until the runner has its results', (m) => m.wallMs),
        row('the first query step after it', (m) => m.firstQueryMs),
        row('**= to the first query**', toFirstQuery),
        row(
          "the local server's compute start for that branch (its operations: POST → compute up)",
          (m) => m.computeStartMs,
        ),
        row("**everything but the compute's start** (the action's own share)", ownShare),
        ['API requests', ...columns.map((c) => count(medianOf(c, (m) => m.apiRequests)))],
        [
          'neonctl runs (ours: threads; hand-written: processes)',
          ...columns.map((c) => count(medianOf(c, (m) => m.neonctlProcesses))),
        ],
      ],
    ),
  )
  const oursShare = medianOf(columns[0], ownShare)
  const officialShare = medianOf(columns[1], ownShare)
  if (oursShare !== undefined && officialShare !== undefined)
    console.log(
      `\nOwn share, new branch: ours ${ms(oursShare)} ms, official ${ms(officialShare)} ms: ${(oursShare / officialShare).toFixed(2)}×`,
    )
  const all = [...columns.flat(), ...samples.get(PATH.computeProbe, latency)]
  const server = summaryOf(all, (m) => m.computeStartMs)
  const outside = summaryOf(samples.get(PATH.computeProbe, latency), (m) => m.answerToConnectMs)
  console.log(
    `\nLocal server's compute start (branch copy + PostgreSQL start; the emulator's time, not ours): ` +
      `${spread(server)} ms by its operations (every new branch of this latency); ` +
      `${spread(outside)} ms from the outside (a bare POST's answer → the first connection accepted).`,
  )
}

function printComputeStates(samples: Samples, latency: number): void {
  const states = new Map<string, number>()
  for (const scenario of [
    PATH.oursSecondJob,
    PATH.oursRerun,
    PATH.oursConnect,
    PATH.oursConnectById,
    PATH.officialAgain,
  ])
    for (const m of samples.get(scenario, latency))
      if (m.computeStateBefore) states.set(m.computeStateBefore, (states.get(m.computeStateBefore) ?? 0) + 1)
  if (states.size > 0 && [...states.keys()].some((s) => s !== 'active'))
    console.log(
      `\nNote: the same-name paths found the compute ${[...states].map(([s, n]) => `${s} ${n}×`).join(', ')} ` +
        `at their start; a suspended compute's wake-up is in those runs.`,
    )
}

function printDetails({ samples }: ReportInput): void {
  console.log(
    `\n## Every scenario\n\nms as median (min–max); "to first query" = the step + the first query after it.\n`,
  )
  console.log(
    table(
      [
        'scenario',
        'API latency',
        'step',
        'first query',
        'to first query',
        'neonctl runs',
        'neonctl time',
        'API requests',
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      samples
        .entries()
        .map(([scenario, latency, list]) => [
          scenario,
          `${latency} ms`,
          spread(summaryOf(list, (m) => m.wallMs)),
          spread(summaryOf(list, (m) => m.firstQueryMs)),
          spread(summaryOf(list, toFirstQuery)),
          count(medianOf(list, (m) => m.neonctlProcesses)),
          spread(summaryOf(list, (m) => (m.neonctlProcesses ? m.neonctlMs : undefined))),
          count(medianOf(list, (m) => m.apiRequests)),
        ]),
    ),
  )
}

/** Where the time of a new branch goes in our step, from the step process's own clock (bench/step-wrapper.mjs). */
function printCreateBreakdown({ samples, latencies, neonctlStartMs }: ReportInput): void {
  const creates = latencies.map((l) => samples.get(PATH.oursNew, l))
  if (creates.some((list) => list.length === 0 || list.some((m) => m.processMs === undefined))) return
  const nodeStart = latencies.map((l) => medianOf(samples.get(PATH.emptyStep, l), (m) => m.processMs))
  const rows: [string, (m: Measurement, node: number | undefined) => number | undefined][] = [
    ['node start (an empty node step, its own clock)', (_, node) => node],
    ['action: bundle load, inputs, state file, until neonctl starts', (m, node) => m.firstSpawnMs! - (node ?? 0)],
    ['neonctl start-up, until its first API request', (m) => m.neonctlFirstRequestMs],
    [
      'API round trips and neonctl exit',
      (m) => (m.neonctlFirstRequestMs === undefined ? undefined : m.neonctlMs! - m.neonctlFirstRequestMs),
    ],
    ['readiness wait (first successful connection)', (m) => m.readinessMs],
    ['export, outputs, summary, exit', (m) => m.processMs! - m.firstSpawnMs! - m.neonctlMs! - (m.readinessMs ?? 0)],
    ['= the step process (its own clock)', (m) => m.processMs],
    ['the step as the runner sees it (wall)', (m) => m.wallMs],
    ['the first query step after it', (m) => m.firstQueryMs],
    ['= to the first query', (m) => m.toFirstQueryMs],
    [
      "action's own overhead: the process minus neonctl and the readiness wait",
      (m) => m.processMs! - m.neonctlMs! - (m.readinessMs ?? 0),
    ],
  ]
  console.log(`\n## Where the time of our new branch goes (medians, ms)\n`)
  console.log(
    table(
      ['part', ...latencies.map((l) => `${l} ms latency`)],
      ['l', ...latencies.map(() => 'r' as const)],
      [
        ...rows.map(([label, pick]) => [
          label,
          ...creates.map((list, i) => ms(medianOf(list, (m) => pick(m, nodeStart[i])))),
        ]),
        [
          "an empty node step's wall, for comparison",
          ...latencies.map((l) => ms(medianOf(samples.get(PATH.emptyStep, l), (m) => m.wallMs))),
        ],
        [
          'neonctl start-up alone (`--version`, no compile cache)',
          ms(neonctlStartMs.length ? summarize(neonctlStartMs).median : undefined),
          ...latencies.slice(1).map(() => ''),
        ],
      ],
    ),
  )
}

function printMigrateOnce({ samples, latencies, parallelJobs }: ReportInput): void {
  for (const latency of latencies) {
    const one = samples.get(migrateOnceScenario(1), latency)
    const many = samples.get(migrateOnceScenario(parallelJobs), latency)
    if (one.length === 0 || many.length === 0) continue
    const wall = [medianOf(one, (m) => m.wallMs)!, medianOf(many, (m) => m.wallMs)!]
    const step = [medianOf(one, (m) => m.migrateStepMs)!, medianOf(many, (m) => m.migrateStepMs)!]
    console.log(
      `\nmigrate-once at ${latency} ms: ${parallelJobs} jobs at once take ${((wall[1] / wall[0]) * 100).toFixed(0)}% of one job's ` +
        `wall time (all on this machine's cores); their slowest migrate step (lock wait included) ${step[1].toFixed(0)} ms ` +
        `vs ${step[0].toFixed(0)} ms alone: ${((step[1] / step[0]) * 100).toFixed(0)}%`,
    )
  }
}

export function printReport(input: ReportInput): HeadlineRow[] {
  const rows = headlineRows(input)
  console.log(`\n# neon-ephemeral-branch bench: ${input.iterations} iteration(s), steps on node ${input.node}`)
  printHeadline(input, rows)
  printDetails(input)
  printCreateBreakdown(input)
  printMigrateOnce(input)
  return rows
}
