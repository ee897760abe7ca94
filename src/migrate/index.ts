// Runs the migration command exactly once per branch, commit and command, however many jobs ask.
//
// The first job takes the branch's migration lock, records "running", runs the command and records the result.
// The others block on the lock, then skip (succeeded) or fail with the recorded error (failed in this run attempt).
// A record still "running" when the lock comes free means its job died: the next job runs the command itself.
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { runCommand, type CommandResult } from './command.js'
import { MigrationLedger } from './ledger.js'
import {
  SUMMARY_LOG_CAP_BYTES,
  failureMessage,
  inLogGroup,
  recordedTail,
  say,
  writeSummary,
  type SummaryFacts,
} from './report.js'
import { longestSecret, redact as redactKnown } from '../redact.js'

export interface MigrateStepOptions {
  command: string
  directUrl: string
  /** The exported variables (DATABASE_URL etc.). */
  env: Record<string, string>
  cwd: string
  /** The job's workspace (GITHUB_WORKSPACE): the record key holds cwd relative to it, the same in every job. */
  workspace: string
  /** Waiting for another job's run included. */
  timeoutMs: number
  /** The commit (GITHUB_SHA). */
  key: string
  /** Who this job is, for the other jobs' logs: e.g. "test (run 123, attempt 1)". */
  jobLabel: string
  /** "<run id>/<attempt>": a failed run is final within one run attempt and retried in the next. */
  runAttempt: string
}

export interface MigrateStepResult {
  outcome: 'migrated' | 'skipped' | 'failed'
  durationMs: number
  exitCode?: number
  error?: string
}

export async function runMigrateStep(options: MigrateStepOptions): Promise<MigrateStepResult> {
  const startedAt = Date.now()
  const deadline = startedAt + options.timeoutMs
  const secrets = secretsOf(options)
  const redact = (text: string) => redactKnown(text, secrets)
  let facts: Omit<SummaryFacts, 'durationMs'>
  let exitCode: number | undefined
  let ledger: MigrationLedger | undefined
  try {
    ledger = await MigrationLedger.connect(options.directUrl, options.jobLabel).catch((error: Error) => {
      throw new Error(`could not connect to the branch (direct URL) for the migration lock: ${error.message}`)
    })
    if (!(await ledger.tryLock())) {
      const holder = await ledger.lockHolder()
      say.waiting(holder)
      if (!(await ledger.waitForLock(deadline - Date.now()))) {
        throw new Error(say.timedOutWaiting(holder, options.timeoutMs))
      }
    }
    await ledger.ensureTable()
    const key = recordKey(options)
    const attempt = options.runAttempt
    const record = await ledger.read(key)
    if (record?.status === 'succeeded') {
      say.skipped(record)
      facts = { outcome: 'skipped', command: options.command, commitSha: options.key, ranBy: record.ranBy }
    } else if (record?.status === 'failed' && record.attempt === attempt) {
      say.failedElsewhere(record)
      exitCode = record.exitCode
      facts = {
        outcome: 'failed',
        command: options.command,
        commitSha: options.key,
        error: record.error,
        ranBy: record.ranBy,
      }
    } else {
      if (record?.status === 'running') say.takingOver(record)
      if (record?.status === 'failed') say.retrying(record)
      const run = await runHere(ledger, options, key, attempt, deadline, redact, longestSecret(secrets))
      exitCode = run.exitCode
      facts = run.facts
    }
  } catch (error) {
    facts = {
      outcome: 'failed',
      command: options.command,
      commitSha: options.key,
      error: redact(`Migration step failed: ${error instanceof Error ? error.message : String(error)}`),
    }
  } finally {
    await ledger?.close() // releases the lock
  }
  const durationMs = Date.now() - startedAt
  await writeSummary({ ...facts, durationMs }).catch(() => undefined)
  return {
    outcome: facts.outcome,
    durationMs,
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(facts.error !== undefined ? { error: facts.error } : {}),
  }
}

async function runHere(
  ledger: MigrationLedger,
  options: MigrateStepOptions,
  key: string,
  attempt: string,
  deadline: number,
  redact: (text: string) => string,
  secretLength: number,
): Promise<{ exitCode?: number; facts: Omit<SummaryFacts, 'durationMs'> }> {
  const started = await ledger.markRunning({
    key,
    commitSha: options.key,
    command: options.command,
    ranBy: options.jobLabel,
    attempt,
  })
  const lockLost = new AbortController()
  ledger.onConnectionLost((error) =>
    lockLost.abort(`lost the database connection that held the migration lock (${error.message})`),
  )
  // The output is redacted as it arrives, before the tail below is cut from it: a cut never shows part of a secret.
  const run: CommandResult = await inLogGroup(options.command, (onLine) =>
    runCommand({
      command: options.command,
      cwd: options.cwd,
      env: commandEnv(options),
      timeoutMs: deadline - Date.now(),
      signal: lockLost.signal,
      outputCapBytes: SUMMARY_LOG_CAP_BYTES,
      redact,
      longestSecret: secretLength,
      onLine,
      holdOpenFd: ledger.socketFd(),
    }),
  )
  const succeeded = run.exitCode === 0 && !run.timedOut && !run.aborted
  const error = succeeded
    ? undefined
    : redact(failureMessage(options.command, options.jobLabel, run, options.timeoutMs))
  await ledger
    .markFinished(started, {
      status: succeeded ? 'succeeded' : 'failed',
      exitCode: run.exitCode,
      error,
      outputTail: recordedTail(run.output.text()),
    })
    .catch((recordError: Error) => say.notRecorded(recordError))
  return {
    exitCode: run.exitCode,
    facts: {
      outcome: succeeded ? 'migrated' : 'failed',
      command: options.command,
      commitSha: options.key,
      error,
      fullLog: { text: run.output.text(), droppedBytes: run.output.droppedBytes },
    },
  }
}

/** One record per commit, command and working directory (relative to the workspace, the same in every job). */
export function recordKey(options: Pick<MigrateStepOptions, 'key' | 'command' | 'cwd' | 'workspace'>): string {
  const where = path.relative(options.workspace, options.cwd) || '.'
  const digest = createHash('sha256').update(`${options.command}\0${where}`).digest('hex').slice(0, 16)
  return `${options.key}:${digest}`
}

/** What an action step gets but a migration command must not: the Neon API key (input or environment) and the
 * runner's tokens for actions, which a `run:` step does not see either. */
const WITHHELD = new Set([
  'NEON_API_KEY',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
])

/** The command sees the job's environment and the exported variables, DATABASE_URL being the direct URL; not the
 * action's own inputs (INPUT_API_KEY is the Neon API key) nor what WITHHELD lists. */
export function commandEnv(options: Pick<MigrateStepOptions, 'env' | 'directUrl'>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !WITHHELD.has(name)),
  )
  return { ...inherited, ...options.env, DATABASE_URL: options.directUrl, PYTHONUNBUFFERED: '1' }
}

function secretsOf(options: Pick<MigrateStepOptions, 'env' | 'directUrl'>): string[] {
  const secrets = [options.directUrl]
  try {
    const password = decodeURIComponent(new URL(options.directUrl).password)
    if (password) secrets.push(password, encodeURIComponent(password))
  } catch {
    // not a URL: the ledger reports that
  }
  for (const [name, value] of Object.entries(options.env)) {
    if (/DATABASE_URL|PASSWORD/.test(name)) secrets.push(value)
  }
  return secrets
}
