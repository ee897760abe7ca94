// What the migration step shows: log lines, the live output in a log group, annotations, the job summary.
import * as core from '@actions/core'
import { stripVTControlCharacters } from 'node:util'
import type { CommandResult } from './command.js'
import type { RunRecord } from './ledger.js'
import { escapeHtml } from '../html.js'

/** A step summary may hold 1 MiB; leave room for HTML escaping and what the rest of the action writes. */
export const SUMMARY_LOG_CAP_BYTES = 896 * 1024
const ANNOTATION_LINES = 30
const ANNOTATION_MAX_CHARS = 4000
const RECORDED_TAIL_LINES = 200
const RECORDED_TAIL_MAX_CHARS = 32 * 1024

export function commandTitle(command: string): string {
  const lines = command.trim().split('\n')
  return lines.length > 1 ? `${lines[0]} …` : lines[0]
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = ms / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
}

/** Hides secrets in text that ends up in the database, the summary or annotations. */
export function redactor(secrets: string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length)
  return (text) => values.reduce((out, secret) => out.split(secret).join('***'), text)
}

export function lastLines(text: string, count: number, maxChars: number): string {
  const lines = stripVTControlCharacters(text).replace(/\s+$/, '').split('\n')
  const tail = lines.slice(-count).join('\n')
  return tail.length > maxChars ? tail.slice(tail.length - maxChars) : tail
}

/** The tail kept in the record, for the jobs that did not run the command. */
export function recordedTail(text: string): string {
  return lastLines(text, RECORDED_TAIL_LINES, RECORDED_TAIL_MAX_CHARS)
}

/** The error every job reports for a failed run, so all jobs fail with the same message. */
export function failureMessage(command: string, ranBy: string, run: CommandResult, timeoutMs: number): string {
  const what = `Migration command \`${commandTitle(command)}\``
  let headline: string
  if (run.spawnError) headline = `${what} could not be started in ${ranBy}: ${run.spawnError}`
  else if (run.timedOut) headline = `${what} timed out after ${formatDuration(timeoutMs)} in ${ranBy} and was stopped`
  else if (run.aborted) headline = `${what} was stopped in ${ranBy}: ${run.aborted}`
  else if (run.exitCode !== undefined) headline = `${what} failed with exit code ${run.exitCode} in ${ranBy}`
  else headline = `${what} was killed by ${run.signal} in ${ranBy}`
  const tail = lastLines(run.output.text(), ANNOTATION_LINES, ANNOTATION_MAX_CHARS)
  return tail ? `${headline}. Last lines of its output:\n${tail}` : `${headline} (no output).`
}

export const say = {
  waiting(holder: string | undefined): void {
    core.info(`Waiting for the migration run by ${holder ?? 'another job'} ...`)
  },
  takingOver(record: RunRecord): void {
    core.warning(
      `The migration run by ${record.ranBy} (started ${record.startedAt.toISOString()}) did not finish: its job ` +
        'stopped or lost its database connection. Running the migration here.',
      { title: 'Migration taken over' },
    )
  },
  retrying(record: RunRecord): void {
    core.info(`The migration failed in an earlier run (${record.ranBy}); this is a new run attempt, so trying again.`)
  },
  failedElsewhere(record: RunRecord): void {
    core.info(`The migration failed in ${record.ranBy}; this job fails with its error.`)
  },
  skipped(record: RunRecord): void {
    core.notice(`Already migrated for commit ${short(record.commitSha)} by ${record.ranBy}; skipped here.`, {
      title: 'Migration skipped',
    })
  },
  notRecorded(error: Error): void {
    core.warning(`Could not record the migration result (${error.message}); the next job to ask will run it again.`)
  },
  timedOutWaiting(holder: string | undefined, timeoutMs: number): string {
    return `Timed out after ${formatDuration(timeoutMs)} waiting for the migration run by ${holder ?? 'another job'}.`
  },
}

/** Streams the command's output inside a collapsible log group. */
export async function inLogGroup<T>(command: string, run: (write: (chunk: Buffer) => void) => Promise<T>): Promise<T> {
  core.startGroup(`Migration: ${commandTitle(command)}`)
  let endsWithNewline = true
  try {
    return await run((chunk) => {
      if (chunk.length === 0) return
      process.stdout.write(chunk)
      endsWithNewline = chunk[chunk.length - 1] === 0x0a
    })
  } finally {
    if (!endsWithNewline) process.stdout.write('\n') // ::endgroup:: must start a line
    core.endGroup()
  }
}

export interface SummaryFacts {
  outcome: 'migrated' | 'skipped' | 'failed'
  durationMs: number
  command: string
  commitSha: string
  error?: string
  /** Who ran the command, when another job did. */
  ranBy?: string
  /** The full output, when the command ran here. */
  fullLog?: { text: string; droppedBytes: number }
}

export async function writeSummary(facts: SummaryFacts): Promise<void> {
  const s = core.summary
  const command = `<code>${escapeHtml(commandTitle(facts.command))}</code>`
  const took = formatDuration(facts.durationMs)
  const commit = `commit <code>${escapeHtml(short(facts.commitSha))}</code>`
  s.addHeading('Migration', 3)
  if (facts.outcome === 'migrated') s.addRaw(`✅ Migrated here (${command}, ${commit}) in ${took}.`, true)
  if (facts.outcome === 'skipped') {
    s.addRaw(
      `⏭️ Skipped: already migrated by ${escapeHtml(facts.ranBy ?? 'another job')} (${commit}); ${took} here.`,
      true,
    )
  }
  if (facts.outcome === 'failed') {
    s.addRaw(`❌ Failed after ${took} (${command}, ${commit}).`, true)
    s.addCodeBlock(escapeHtml(stripVTControlCharacters(facts.error ?? '')))
    if (facts.fullLog) s.addRaw(fullLogBlock(facts.fullLog.text, facts.fullLog.droppedBytes), true)
    else if (facts.ranBy) {
      s.addRaw(`The command ran in ${escapeHtml(facts.ranBy)}; its full log is in that job's summary.`, true)
    }
  }
  if (!process.env.GITHUB_STEP_SUMMARY) {
    s.emptyBuffer()
    return
  }
  await s.write()
}

function fullLogBlock(text: string, droppedBytes: number): string {
  const note =
    droppedBytes > 0 ? `[the first ${droppedBytes} bytes are left out: a job summary holds at most 1 MiB]\n` : ''
  const log = escapeHtml(note + stripVTControlCharacters(text))
  return `<details open><summary>Full output</summary>\n\n<pre><code>${log}</code></pre>\n\n</details>\n`
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha
}
