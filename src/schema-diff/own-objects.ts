// The action's own objects in a branch's schema: the migration record (src/migrate/ledger.ts) lives in a schema of
// its own in the branch's database, which the parent usually lacks, so every diff would show it. They are not what
// the migration did, and are taken out of the diff.
//
// pg_dump writes one entry per object, headed by a table-of-contents comment:
//
//   --
//   -- Name: migration_runs; Type: TABLE; Schema: neon_ephemeral_branch; Owner: neondb_owner
//   --
//
//   CREATE TABLE neon_ephemeral_branch.migration_runs (
//   ...
//
// An entry added (or removed) as a whole shows in a hunk as a run of `+` (or `-`) lines; the run may start a line
// before its `-- Name:` line or at it, depending on how the diff lined up the `--` lines around it, and each entry in
// the run then ends just before the next one starts. Taking the entries that are ours out of such a run leaves the
// other side's text as it was, so the rest of the diff still reads as pg_dump wrote it.
import { LEDGER_SCHEMA } from '../migrate/ledger.js'

const TOC = /^-- Name: (.*); Type: (.*); Schema: (.*); Owner: .*$/

/** Whether a pg_dump table-of-contents line names one of the action's own objects; undefined for other lines. */
export function ownTocEntry(line: string): boolean | undefined {
  const toc = TOC.exec(line)
  if (!toc) return undefined
  const [, name, , schema] = toc
  return schema === LEDGER_SCHEMA || (schema === '-' && (name === LEDGER_SCHEMA || name === `SCHEMA ${LEDGER_SCHEMA}`))
}

/** A hunk's lines (' ', '+', '-', '\\') without the lines of the action's own entries. */
export function withoutOwnObjects(lines: readonly string[]): string[] {
  const kept: string[] = []
  // the entry each side is in: whether the last table-of-contents line seen on that side was ours
  let oldSideOurs = false
  let newSideOurs = false
  for (let start = 0; start < lines.length;) {
    const sign = lines[start][0]
    if (sign !== '+' && sign !== '-') {
      const entry = ownTocEntry(lines[start].slice(1))
      if (entry !== undefined && sign === ' ') oldSideOurs = newSideOurs = entry
      kept.push(lines[start++])
      continue
    }
    let end = start
    while (end < lines.length && lines[end][0] === sign) end++
    const run = lines.slice(start, end).map((line) => line.slice(1))
    // how the diff lined the entries up in this run: starting at their `--` line, or at their `-- Name:` line
    const startsAtDashes = run[0] === '--' && run.length > 1 && ownTocEntry(run[1]) !== undefined
    let ours: boolean = sign === '+' ? newSideOurs : oldSideOurs
    for (let i = 0; i < run.length; i++) {
      const heads = startsAtDashes ? run[i] === '--' && i + 1 < run.length && run[i + 1] : run[i]
      const entry = heads === false ? undefined : ownTocEntry(heads)
      if (entry !== undefined) ours = entry
      if (!ours) kept.push(lines[start + i])
    }
    if (sign === '+') newSideOurs = ours
    else oldSideOurs = ours
    start = end
  }
  return kept
}
