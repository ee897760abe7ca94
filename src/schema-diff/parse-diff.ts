// Reads what `neonctl branches schema-diff <branch> ^parent --database D` prints: a unified diff (jsdiff's createPatch
// without its first two lines) of the parent's `pg_dump --schema-only` text (`---`) against the branch's (`+++`):
//
//   --- Database: neondb\t(Branch: br-parent-…)
//   +++ Database: neondb\t(Branch: br-branch-…)
//   @@ -1,3 +1,4 @@
//    CREATE TABLE public.a (
//   +    b text,
//
// Only the two header lines when the schemas match. Lines that differ between any two dumps of one schema (pg_dump's
// version comments, the random key of `\restrict`/`\unrestrict` in dumps by pg_dump 15.14+) are not changes, and
// neither are the action's own objects (own-objects.ts): they are dropped, and a hunk left with no change goes with
// them.
import { NeonError } from '../neon/client.js'
import { withoutOwnObjects } from './own-objects.js'
import { scrubSchemaSecrets } from './scrub-secrets.js'

export interface SchemaDiff {
  database: string
  /** The branch `---` names (the parent). */
  baseBranchId: string
  /** The branch `+++` names (the one compared). */
  branchId: string
  /** The diff from its first `@@` on, without the noise lines; empty when nothing changed. */
  lines: string[]
  added: number
  removed: number
}

export const hasChanges = (diff: SchemaDiff): boolean => diff.added + diff.removed > 0

const HEADER = /^(---|\+\+\+) Database: (.*)\t\(Branch: ([^\s)]+)(?: at [^)]*)?\)$/
const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@(.*)$/
/** Lines of a dump that change from one dump to the next without the schema changing. */
const NOISE = /^(?:\\(?:un)?restrict \S+|-- Dumped (?:from database|by pg_dump) version .*)$/

export function parseSchemaDiff(output: string, expected: { database: string; branchId: string }): SchemaDiff {
  const all = output.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')
  const start = all.findIndex((line) => line.startsWith('--- '))
  const base = start >= 0 ? HEADER.exec(all[start]) : null
  const compare = start >= 0 ? HEADER.exec(all[start + 1] ?? '') : null
  if (!base || base[1] !== '---' || !compare || compare[1] !== '+++') {
    throw new NeonError('unknown', "neonctl's schema-diff printed no diff (no ---/+++ header lines)")
  }
  if (base[2] !== expected.database || compare[2] !== expected.database || compare[3] !== expected.branchId) {
    throw new NeonError(
      'unknown',
      `neonctl's schema-diff compared other things than asked (database ${expected.database}, branch ${expected.branchId})`,
    )
  }
  const diff: SchemaDiff = {
    database: expected.database,
    baseBranchId: base[3],
    branchId: compare[3],
    lines: [],
    added: 0,
    removed: 0,
  }
  for (const hunk of hunks(all.slice(start + 2))) {
    const kept = withoutOwnObjects(hunk.body.filter((line) => !(/^[-+]/.test(line) && NOISE.test(line.slice(1)))))
    const added = kept.filter((line) => line.startsWith('+')).length
    const removed = kept.filter((line) => line.startsWith('-')).length
    if (added + removed === 0) continue
    const context = kept.filter((line) => line.startsWith(' ')).length
    diff.lines.push(`@@ -${hunk.oldStart},${context + removed} +${hunk.newStart},${context + added} @@${hunk.tail}`)
    diff.lines.push(...kept.map(scrubSchemaSecrets))
    diff.added += added
    diff.removed += removed
  }
  return diff
}

interface Hunk {
  oldStart: string
  newStart: string
  tail: string
  body: string[]
}

function hunks(lines: string[]): Hunk[] {
  const result: Hunk[] = []
  for (const line of lines) {
    const header = HUNK.exec(line)
    if (header) result.push({ oldStart: header[1], newStart: header[2], tail: header[3], body: [] })
    else if (result.length > 0) result.at(-1)!.body.push(line)
    else if (line.trim() !== '')
      throw new NeonError('unknown', "neonctl's schema-diff printed text before its first hunk")
  }
  return result
}
