// The pull request comment: a hidden marker (how the next run finds it again), a headline, the console link, the
// diff in a fenced block, and which commit and run it is for. Values go in as <code> with HTML escaped (GitHub reads
// no mentions, issue links or Markdown there); the diff in a fence that no line can close (diff-text.ts).
import { createHash } from 'node:crypto'
import { escapeHtml } from '../html.js'
import { consoleBranchUrl } from '../summary.js'
import { characters, displayLines, fencedFit } from './diff-text.js'
import { hasChanges, type SchemaDiff } from './parse-diff.js'
import type { DiffSubject } from './summary-section.js'

/** GitHub refuses a comment body over 65536 characters. */
const COMMENT_LIMIT = 65_536
const MARGIN = 1024

/**
 * The marker that starts our comment: one per branch and database, so two branches (or databases) of one pull
 * request keep a comment each. A hash, since a name could hold `-->`.
 */
export function commentMarker(branchName: string, database: string): string {
  const key = createHash('sha256').update(`${branchName}\0${database}`).digest('hex').slice(0, 16)
  return `<!-- neon-ephemeral-branch:schema-diff:${key} -->`
}

export interface CommentFacts extends DiffSubject {
  projectId: string
  branchId: string
  commitSha: string
  /** Link to the workflow run, for the whole diff when it was cut. */
  runUrl: string
  job: string
}

const code = (text: string) => `<code>${escapeHtml(text)}</code>`

export function commentBody(diff: SchemaDiff, facts: CommentFacts): string {
  const marker = commentMarker(facts.branchName, diff.database)
  const what = `branch ${code(facts.branchName)} and its parent ${code(facts.parent)}, database ${code(diff.database)}`
  const link = `[Open the branch in the Neon console](${consoleBranchUrl(facts.projectId, facts.branchId)})`
  const sha = /^[0-9a-f]{40}$/i.test(facts.commitSha) ? facts.commitSha.slice(0, 7) : facts.commitSha
  const footer = `<sub>For commit ${code(sha)}, job ${code(facts.job || 'unknown')} of [this run](${facts.runUrl}). Updated in place on every push by neon-ephemeral-branch.</sub>`
  if (!hasChanges(diff)) {
    return [marker, '### Schema changes', '', `✅ No schema changes between ${what}. ${link}`, '', footer].join('\n')
  }
  const headline = `Differences between ${what}: **${diff.added} line${diff.added === 1 ? '' : 's'} added, ${diff.removed} removed**. ${link}`
  const lines = displayLines(diff.lines)
  const fixed = [marker, '### Schema changes', '', headline, '', '', '', footer].join('\n')
  const cutNote = (omitted: number) =>
    `✂️ The last ${omitted} of ${lines.length} lines are not shown (a comment holds at most 65536 characters); the whole diff is in the log of [this run](${facts.runUrl}).`
  const budget = COMMENT_LIMIT - MARGIN - characters(fixed) - characters(cutNote(lines.length))
  const { block, omitted } = fencedFit(lines, budget, characters, 'diff')
  return [
    marker,
    '### Schema changes',
    '',
    headline,
    '',
    block,
    ...(omitted ? ['', cutNote(omitted)] : []),
    '',
    footer,
  ].join('\n')
}
