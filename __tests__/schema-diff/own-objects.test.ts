// The action's own migration record (schema neon_ephemeral_branch) is left out of the diff, whichever way the diff
// lined pg_dump's entries up, and the rest reads as pg_dump wrote it.
import { describe, expect, it } from '@jest/globals'
import { ownTocEntry, withoutOwnObjects } from '../../src/schema-diff/own-objects.js'
import { hasChanges, parseSchemaDiff } from '../../src/schema-diff/parse-diff.js'

const entry = (name: string, type: string, schema: string, statement: string[]) => [
  '--',
  `-- Name: ${name}; Type: ${type}; Schema: ${schema}; Owner: neondb_owner`,
  '--',
  '',
  ...statement,
  '',
  '',
]
const ledger = [
  ...entry('neon_ephemeral_branch', 'SCHEMA', '-', ['CREATE SCHEMA neon_ephemeral_branch;']),
  ...entry('SCHEMA neon_ephemeral_branch', 'COMMENT', '-', ["COMMENT ON SCHEMA neon_ephemeral_branch IS 'x';"]),
  ...entry('migration_runs', 'TABLE', 'neon_ephemeral_branch', [
    'CREATE TABLE neon_ephemeral_branch.migration_runs (',
    '    key text NOT NULL',
    ');',
  ]),
]
const customers = entry('customers', 'TABLE', 'public', ['CREATE TABLE public.customers (', '    id integer', ');'])
const orders = entry('orders', 'TABLE', 'public', ['CREATE TABLE public.orders (', '    id integer', ');'])

/** An insertion of `inserted` before `after`, lined up at the entries' `--` lines or at their `-- Name:` lines. */
function insertion(inserted: string[], after: string[], atDashes: boolean): string[] {
  if (atDashes) return [...inserted.map((l) => `+${l}`), ...after.map((l) => ` ${l}`)]
  // shifted by one: the context `--` opens the first inserted entry, the inserted run ends with the next one's `--`
  return [' --', ...[...inserted.slice(1), '--'].map((l) => `+${l}`), ...after.slice(1).map((l) => ` ${l}`)]
}

describe('withoutOwnObjects', () => {
  it('knows its own table-of-contents lines', () => {
    expect(ownTocEntry('-- Name: migration_runs; Type: TABLE; Schema: neon_ephemeral_branch; Owner: x')).toBe(true)
    expect(ownTocEntry('-- Name: neon_ephemeral_branch; Type: SCHEMA; Schema: -; Owner: x')).toBe(true)
    expect(ownTocEntry('-- Name: SCHEMA neon_ephemeral_branch; Type: ACL; Schema: -; Owner: x')).toBe(true)
    expect(ownTocEntry('-- Name: orders; Type: TABLE; Schema: public; Owner: x')).toBe(false)
    expect(ownTocEntry('CREATE TABLE x')).toBeUndefined()
  })

  for (const atDashes of [true, false]) {
    const how = atDashes ? 'at their -- lines' : 'at their -- Name: lines'
    it(`takes out an inserted ledger, lined up ${how}: nothing is left`, () => {
      const lines = insertion(ledger, orders, atDashes)
      expect(withoutOwnObjects(lines).filter((l) => /^[-+]/.test(l))).toEqual([])
    })

    it(`keeps the other entries of the same run, lined up ${how}, as pg_dump wrote them`, () => {
      const lines = insertion([...ledger, ...customers], orders, atDashes)
      const kept = withoutOwnObjects(lines)
      const newSide = kept.filter((l) => !l.startsWith('-')).map((l) => l.slice(1))
      expect(newSide).toEqual([...customers, ...orders])
      // and ours after theirs
      const reversed = withoutOwnObjects(insertion([...customers, ...ledger], orders, atDashes))
      expect(reversed.filter((l) => !l.startsWith('-')).map((l) => l.slice(1))).toEqual([...customers, ...orders])
    })
  }

  it('a diff that is only the ledger has no changes', () => {
    const header = '--- Database: neondb\t(Branch: br-a-a-1)\n+++ Database: neondb\t(Branch: br-b-b-2)\n'
    const body = insertion(ledger, orders, false)
    const text = `${header}@@ -1,${orders.length} +1,${orders.length + ledger.length} @@\n${body.join('\n')}\n`
    expect(hasChanges(parseSchemaDiff(text, { database: 'neondb', branchId: 'br-b-b-2' }))).toBe(false)
  })
})
