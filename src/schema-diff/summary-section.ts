// The "Schema changes" section of the job summary: a headline, then the diff in a collapsible block, cut to the room
// the summary has left (GitHub refuses a step summary over 1 MiB, and the migration's output may have taken most).
import { statSync } from 'node:fs'
import { SafeHtml, summaryHtml } from '../html.js'
import * as log from '../log.js'
import { hasChanges, type SchemaDiff } from './parse-diff.js'
import { displayLines, fencedFit, utf8Bytes } from './diff-text.js'

const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Kept free for what the step writes after this section (a failure line, for example). */
const RESERVE_BYTES = 16 * 1024
/** The most the diff takes even when the summary is empty: past this, nobody reads it there. */
const MAX_DIFF_BYTES = 256 * 1024
/** Below this the section is not written at all (the headline alone would not fit safely). */
const MIN_SECTION_BYTES = 2 * 1024
/** A diff this short shows opened; a longer one starts collapsed. */
const OPEN_LINES = 60

export interface DiffSubject {
  branchName: string
  /** How the parent is shown: a name, or an id. */
  parent: string
}

/** Bytes the summary file can still take, with room left for later sections. */
export function summaryRoom(env: NodeJS.ProcessEnv = process.env): number {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return 0
  let used: number
  try {
    used = statSync(file).size
  } catch {
    used = 0 // not there yet: the runner creates it, but an empty summary is what that means
  }
  return SUMMARY_LIMIT_BYTES - RESERVE_BYTES - used
}

const code = (text: string) => summaryHtml`<code>${text}</code>`

export function summarySection(diff: SchemaDiff, subject: DiffSubject, room: number): SafeHtml[] {
  const heading = summaryHtml`<h3>Schema changes</h3>`
  const what = summaryHtml`branch ${code(subject.branchName)} and its parent ${code(subject.parent)}, database ${code(diff.database)}`
  if (!hasChanges(diff)) return [heading, summaryHtml`<p>✅ No schema changes between ${what}.</p>`]

  const headline = summaryHtml`<p>Differences between ${what}: <strong>${diff.added} line${diff.added === 1 ? '' : 's'} added, ${diff.removed} removed</strong> (the parent is <code>---</code>, the branch <code>+++</code>).</p>`
  const lines = displayLines(diff.lines)
  const budget = Math.min(MAX_DIFF_BYTES, room - MIN_SECTION_BYTES)
  const { block, omitted } = fencedFit(lines, budget, utf8Bytes, 'diff')
  const open = lines.length <= OPEN_LINES ? ' open' : ''
  const parts = [
    heading,
    headline,
    // Our markup around a fenced block whose lines displayLines made inert (see diff-text.ts): as it is.
    SafeHtml.trusted(`<details${open}><summary>The diff (${lines.length} lines)</summary>\n\n${block}\n\n</details>`),
  ]
  if (omitted > 0) {
    parts.push(
      summaryHtml`<p>✂️ The last ${omitted} of ${lines.length} lines are not shown: a job summary holds at most 1 MiB. The whole diff is in the step's log (group “Schema diff”).</p>`,
    )
  }
  return parts
}

/** Writes the section if the summary has room for it; says so in the log when it has not. */
export async function writeSummarySection(diff: SchemaDiff, subject: DiffSubject): Promise<void> {
  const room = summaryRoom()
  if (room < MIN_SECTION_BYTES) {
    if (process.env.GITHUB_STEP_SUMMARY) {
      log.warning(
        'The job summary is full (1 MiB), so the schema diff is not in it; it is in the log (group “Schema diff”).',
        'Schema diff not in the summary',
      )
    }
    return
  }
  await log.appendSummary(...summarySection(diff, subject, room))
}

/** The section when no diff could be made. */
export async function writeSummaryFailure(subject: DiffSubject, reason: string): Promise<void> {
  if (summaryRoom() < MIN_SECTION_BYTES) return
  await log.appendSummary(
    summaryHtml`<h3>Schema changes</h3>`,
    summaryHtml`<p>⚠️ The schema of branch ${code(subject.branchName)} could not be compared with its parent's: ${reason}</p>`,
  )
}
