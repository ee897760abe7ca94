// What the migration step shows: log lines, the live output in a log group, annotations, the job summary. All of it
// goes through src/log.ts; the command's output arrives here redacted already (command.ts), so a cut never falls
// inside a secret.
import { stripVTControlCharacters } from 'node:util'
import type { CommandResult } from './command.js'
import type { RunRecord } from './ledger.js'
import { escapeHtmlLines, SafeHtml, summaryHtml } from '../html.js'
import * as log from '../log.js'

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

/** The last lines of `text`, at most `maxChars` in all. Only ever given redacted text: this cuts. */
export function lastLines(text: string, count: number, maxChars: number): string {
  const lines = stripVTControlCharacters(text).replace(/\s+$/, '').split('\n')
  const tail = lines.slice(-count).join('\n')
  return tail.length > maxChars ? tail.slice(tail.length - maxChars) : tail
}

/** The tail kept in the record, for the jobs that did not run the command. */
export function recordedTail(text: string): string {
  return lastLines(text, RECORDED_TAIL_LINES, RECORDED_TAIL_MAX_CHARS)
}

/** The error every job reports for a failed run, so all jobs fail with the same message. `run.output` is redacted. */
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
    log.info(`Waiting for the migration run by ${holder ?? 'another job'} ...`)
  },
  takingOver(record: RunRecord): void {
    log.warning(
      `The migration run by ${record.ranBy} (started ${record.startedAt.toISOString()}) did not finish: its job ` +
        'stopped or lost its database connection. Running the migration here.',
      'Migration taken over',
    )
  },
  retrying(record: RunRecord): void {
    log.info(`The migration failed in an earlier run (${record.ranBy}); this is a new run attempt, so trying again.`)
  },
  failedElsewhere(record: RunRecord): void {
    log.info(`The migration failed in ${record.ranBy}; this job fails with its error.`)
  },
  skipped(record: RunRecord): void {
    log.notice(
      `Already migrated for commit ${short(record.commitSha)} by ${record.ranBy}; skipped here.`,
      'Migration skipped',
    )
  },
  notRecorded(error: Error): void {
    log.warning(`Could not record the migration result (${error.message}); the next job to ask will run it again.`)
  },
  timedOutWaiting(holder: string | undefined, timeoutMs: number): string {
    return `Timed out after ${formatDuration(timeoutMs)} waiting for the migration run by ${holder ?? 'another job'}.`
  },
}

/** Runs the command with its output, line by line, inside a collapsible log group. */
export async function inLogGroup<T>(command: string, run: (onLine: (line: string) => void) => Promise<T>): Promise<T> {
  return log.group(`Migration: ${commandTitle(command)}`, () => run(log.outputLine))
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
  const command = summaryHtml`<code>${commandTitle(facts.command)}</code>`
  const took = formatDuration(facts.durationMs)
  const commit = summaryHtml`commit <code>${short(facts.commitSha)}</code>`
  const parts: SafeHtml[] = [summaryHtml`<h3>Migration</h3>`]
  if (facts.outcome === 'migrated') parts.push(summaryHtml`<p>✅ Migrated here (${command}, ${commit}) in ${took}.</p>`)
  if (facts.outcome === 'skipped') {
    parts.push(
      summaryHtml`<p>⏭️ Skipped: already migrated by ${facts.ranBy ?? 'another job'} (${commit}); ${took} here.</p>`,
    )
  }
  if (facts.outcome === 'failed') {
    parts.push(summaryHtml`<p>❌ Failed after ${took} (${command}, ${commit}).</p>`)
    parts.push(preBlock((facts.error ?? '').split('\n')))
    if (facts.fullLog) parts.push(fullLogBlock(facts.fullLog.text, facts.fullLog.droppedBytes))
    else if (facts.ranBy) {
      parts.push(summaryHtml`<p>The command ran in ${facts.ranBy}; its full log is in that job's summary.</p>`)
    }
  }
  await log.appendSummary(...parts)
}

function preBlock(lines: readonly string[]): SafeHtml {
  const text = escapeHtmlLines(lines.map((line) => stripVTControlCharacters(line)))
  return SafeHtml.trusted(`<pre><code>${text}</code></pre>`)
}

function fullLogBlock(text: string, droppedBytes: number): SafeHtml {
  // our own words and a number: markup as it is
  const note =
    droppedBytes > 0
      ? `[the first ${Math.floor(droppedBytes)} bytes are left out: a job summary holds at most 1 MiB]\n`
      : ''
  const log = note + escapeHtmlLines(text.split('\n'))
  return SafeHtml.trusted(
    `<details open><summary>Full output</summary>\n\n<pre><code>${log}</code></pre>\n\n</details>`,
  )
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha
}
