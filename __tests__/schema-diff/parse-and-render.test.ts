// The diff as neonctl prints it, read and shown: noise lines dropped, secrets hidden, hostile text inert, long diffs
// cut to fit the job summary (1 MiB) and a comment (65536 characters).
import { describe, expect, it } from '@jest/globals'
import { commentBody, commentMarker } from '../../src/schema-diff/comment-body.js'
import { displayLines, fencedBlock } from '../../src/schema-diff/diff-text.js'
import { hasChanges, parseSchemaDiff, type SchemaDiff } from '../../src/schema-diff/parse-diff.js'
import { scrubSchemaSecrets } from '../../src/schema-diff/scrub-secrets.js'
import { summarySection } from '../../src/schema-diff/summary-section.js'
import { rememberSecrets } from '../../src/redact.js'

const PARENT = 'br-main-aaa-111'
const BRANCH = 'br-pr-bbb-222'
const header = (db = 'neondb', base = PARENT, compare = BRANCH) =>
  `--- Database: ${db}\t(Branch: ${base})\n+++ Database: ${db}\t(Branch: ${compare})\n`
const expected = { database: 'neondb', branchId: BRANCH }
const parse = (text: string) => parseSchemaDiff(text, expected)
const html = (parts: { html: string }[]) => parts.map((p) => p.html).join('\n')

const migration = `${header()}@@ -20,8 +20,14 @@
 CREATE TABLE public.orders (
     id integer NOT NULL,
-    total numeric NOT NULL
+    total numeric NOT NULL,
+    note text
 );
 
+CREATE TABLE public.customers (
+    id integer NOT NULL,
+    email text
+);
+
`

describe('parseSchemaDiff', () => {
  it('reads the headers and the hunks, and counts the changed lines', () => {
    const diff = parse(migration)
    expect(diff).toMatchObject({ database: 'neondb', baseBranchId: PARENT, branchId: BRANCH, added: 7, removed: 1 })
    expect(diff.lines[0]).toBe('@@ -20,5 +20,11 @@')
    expect(diff.lines).toContain('+    note text')
    expect(hasChanges(diff)).toBe(true)
  })

  it('only the headers: no changes', () => {
    const diff = parse(header())
    expect(diff).toMatchObject({ lines: [], added: 0, removed: 0 })
    expect(hasChanges(diff)).toBe(false)
  })

  it('drops what differs between any two dumps of one schema (pg_dump version comments, \\restrict keys)', () => {
    const noise = `${header()}@@ -1,6 +1,6 @@
-\\restrict abc123
+\\restrict def456
 
--- Dumped from database version 17.2
+-- Dumped from database version 17.3
 -- Dumped by pg_dump version 17.2
 
@@ -90,3 +90,3 @@
 
-\\unrestrict abc123
+\\unrestrict def456
`
    expect(hasChanges(parse(noise))).toBe(false)
    const mixed = noise.replace('@@ -90,3 +90,3 @@\n', '@@ -90,3 +90,4 @@\n+CREATE TABLE public.t (id int);\n')
    const diff = parse(mixed)
    expect(diff).toMatchObject({ added: 1, removed: 0 })
    expect(diff.lines).toEqual(['@@ -90,1 +90,2 @@', '+CREATE TABLE public.t (id int);', ' '])
  })

  it('refuses output that is not a diff of what was asked for', () => {
    expect(() => parse('')).toThrow(/printed no diff/)
    expect(() => parse('ERROR: something\n')).toThrow(/printed no diff/)
    expect(() => parse(header('otherdb'))).toThrow(/other things than asked/)
    expect(() => parse(header('neondb', PARENT, 'br-else-ccc-333'))).toThrow(/other things than asked/)
  })

  it('hides passwords a schema can hold: user mappings, connection strings', () => {
    const text = `${header()}@@ -1,1 +1,4 @@
+CREATE USER MAPPING FOR app SERVER remote OPTIONS ("user" 'app', password 's3cr''et!');
+    password 'hunter2',
+CREATE VIEW v AS SELECT * FROM dblink('host=db.example password=hunter3 dbname=x', 'select 1');
+COMMENT ON TABLE t IS 'postgres://app:hunter4@db.example/x';
`
    const shown = parse(text).lines.join('\n')
    for (const secret of ["s3cr''et!", 'hunter2', 'hunter3', 'hunter4']) expect(shown).not.toContain(secret)
    expect(shown).toContain(`"user" 'app', password '***'`)
    expect(shown).toContain('postgres://app:***@db.example/x')
    expect(scrubSchemaSecrets("ALTER SERVER s OPTIONS (SET token 'abc')")).toBe(
      "ALTER SERVER s OPTIONS (SET token '***')",
    )
    expect(scrubSchemaSecrets('CREATE TABLE password (id int)')).toBe('CREATE TABLE password (id int)')
  })
})

describe('showing the diff', () => {
  it('makes hostile lines inert: no fence can be closed, no command started, known secrets redacted', () => {
    rememberSecrets(['sekret-db-password-123'])
    const lines = displayLines([
      '+```',
      '+``````` not a fence',
      '+::add-mask::x',
      '+<script>alert(1)</script> @octocat #1',
      '+\u001b[31mred\u0007',
      '+a\tb',
      "+COMMENT ON TABLE t IS 'sekret-db-password-123'",
    ])
    const block = fencedBlock(lines, 'diff')
    expect(block.split('\n')[0]).toBe('````````diff')
    expect(block.split('\n').at(-1)).toBe('````````')
    expect(block).not.toContain('\u001b')
    expect(block).toContain('+\\x1b[31mred\\x07')
    expect(block).toContain('+a      b')
    expect(block).not.toContain('sekret-db-password-123')
    expect(block).toContain("'***'")
  })

  const big = (lineCount: number): SchemaDiff => ({
    database: 'neondb',
    baseBranchId: PARENT,
    branchId: BRANCH,
    lines: ['@@ -1,0 +1,999999 @@', ...Array.from({ length: lineCount }, (_, i) => `+-- line ${i} ${'x'.repeat(90)}`)],
    added: lineCount,
    removed: 0,
  })

  it('summary: a collapsible diff block, or "no schema changes"', () => {
    const subject = { branchName: 'preview/pr-7', parent: 'main' }
    const shown = html(summarySection(parse(migration), subject, 900_000))
    expect(shown).toContain('<h3>Schema changes</h3>')
    expect(shown).toMatch(/<details open><summary>The diff \(\d+ lines\)<\/summary>\n\n```diff\n@@ -20,5 \+20,11 @@/)
    expect(shown).toContain('<strong>7 lines added, 1 removed</strong>')
    expect(shown).toContain('\n```\n\n</details>')
    const none = html(summarySection(parse(header()), subject, 900_000))
    expect(none).toContain('No schema changes between branch <code>preview/pr-7</code>')
    expect(none).not.toContain('<details')
  })

  it('summary: a long diff is cut to the room left, with a note; the block stays closed', () => {
    const subject = { branchName: 'b', parent: 'main' }
    const huge = big(20_000) // ~2 MB
    const shown = html(summarySection(huge, subject, 900_000))
    expect(Buffer.byteLength(shown)).toBeLessThanOrEqual(256 * 1024 + 2048)
    expect(shown).toMatch(/The last \d+ of 20001 lines are not shown: a job summary holds at most 1 MiB/)
    expect(shown).toContain('<details><summary>')
    expect(shown.match(/^```/gm)).toHaveLength(2)
    // little room left (a migration log took most of the summary): less is shown
    const tight = html(summarySection(huge, subject, 40_000))
    expect(Buffer.byteLength(tight)).toBeLessThan(40_000)
    expect(tight).toMatch(/The last \d+ of 20001 lines are not shown/)
  })

  it('comment: the marker first, the console link, the diff, and never over 65536 characters', () => {
    const facts = {
      branchName: 'preview/pr-7',
      parent: 'main',
      projectId: 'proj-1',
      branchId: BRANCH,
      commitSha: 'a'.repeat(40),
      runUrl: 'https://github.com/o/r/actions/runs/9',
      job: 'migrate',
    }
    const body = commentBody(parse(migration), facts)
    expect(body.startsWith(`${commentMarker('preview/pr-7', 'neondb')}\n### Schema changes`)).toBe(true)
    expect(body).toContain(`(https://console.neon.tech/app/projects/proj-1/branches/${BRANCH})`)
    expect(body).toContain('```diff\n@@ -20,5 +20,11 @@')
    expect(body).toContain('For commit <code>aaaaaaa</code>')
    const long = commentBody(big(20_000), facts)
    expect(long.length).toBeLessThanOrEqual(65_536)
    expect(long).toMatch(/The last \d+ of 20001 lines are not shown \(a comment holds at most 65536 characters\)/)
    expect(commentBody(parse(header()), facts)).toContain('✅ No schema changes between branch')
    // a name cannot end the marker early, and each branch and database has its own
    expect(commentMarker('x --> y', 'neondb')).toMatch(/^<!-- neon-ephemeral-branch:schema-diff:[0-9a-f]{16} -->$/)
    expect(commentMarker('a', 'db1')).not.toBe(commentMarker('a', 'db2'))
    expect(commentBody(parse(migration), { ...facts, branchName: '<b>@org/team</b>' })).toContain(
      '<code>&lt;b&gt;@org/team&lt;/b&gt;</code>',
    )
  })
})
