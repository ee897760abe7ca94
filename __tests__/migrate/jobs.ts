// Runs runMigrateStep in separate node processes, as separate CI jobs would: each with its own GITHUB_STEP_SUMMARY,
// stdout (the job log) and result.
import { build } from 'esbuild'
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MigrateStepOptions, MigrateStepResult } from '../../src/migrate/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '../..')
export const fixtures = path.join(here, 'fixtures')
/** Debian's python has alembic and psycopg2 (python3-alembic, python3-psycopg2); `python3` on PATH may be another. */
export const PYTHON = '/usr/bin/python3'

export interface JobRun {
  /** finishedAt: when runMigrateStep returned (ms since the epoch) */
  result: MigrateStepResult & { finishedAt: number }
  log: string
  summary: string
  exitCode: number | null
}

export interface Jobs {
  dir: string
  /** Starts a job; `done` resolves when its process ended. */
  start(options: MigrateStepOptions, env?: Record<string, string>): { child: ChildProcess; done: Promise<JobRun> }
  cleanup(): Promise<void>
}

export async function prepareJobs(): Promise<Jobs> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'migrate-jobs-'))
  const script = path.join(dir, 'step.mjs')
  await build({
    entryPoints: [path.join(here, 'step-cli.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pg-native'],
    banner: { js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);" },
    logLevel: 'warning',
  })
  let counter = 0
  return {
    dir,
    start(options, env = {}) {
      const id = ++counter
      const summaryFile = path.join(dir, `summary-${id}.md`)
      const resultFile = path.join(dir, `result-${id}.json`)
      writeFileSync(summaryFile, '') // the runner creates it before the step
      const child = spawn(process.execPath, [script], {
        cwd: repoRoot,
        env: {
          ...process.env,
          ...env,
          GITHUB_ACTIONS: 'true',
          PYTHONDONTWRITEBYTECODE: '1',
          GITHUB_STEP_SUMMARY: summaryFile,
          MIGRATE_STEP_OPTIONS: JSON.stringify(options),
          MIGRATE_STEP_RESULT: resultFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let log = ''
      child.stdout?.on('data', (chunk) => (log += chunk))
      child.stderr?.on('data', (chunk) => (log += chunk))
      const done = (async () => {
        const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
        const result = JSON.parse(await fs.readFile(resultFile, 'utf8').catch(() => 'null')) as JobRun['result']
        return { result, log, summary: await fs.readFile(summaryFile, 'utf8'), exitCode }
      })()
      return { child, done }
    },
    async cleanup() {
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
