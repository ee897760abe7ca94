// `neonctl branches schema-diff` and `neonctl branches reset --parent`, run with the neonctl the action ships, against
// the server's GET .../schema (pg_dump --schema-only, as Neon answers) and restore.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, neonctlRunner, psql, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let cli: ReturnType<typeof neonctlRunner>
let p: string
let mainUrl: string
let dev: { id: string; url: string }

beforeAll(async () => {
  neon = await startNeonForTest()
  cli = neonctlRunner(neon, { shipped: true })
  p = `/projects/${neon.projectId}`
  const mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
  mainUrl = (
    await api(neon, 'GET', `${p}/connection_uri?branch_id=${mainId}&database_name=neondb&role_name=neondb_owner`)
  ).body.uri
  await psql(mainUrl, 'CREATE TABLE orders (id serial PRIMARY KEY, total numeric NOT NULL)')
  const created = await api(neon, 'POST', `${p}/branches`, {
    branch: { name: 'dev' },
    endpoints: [{ type: 'read_write' }],
  })
  dev = { id: created.body.branch.id, url: created.body.connection_uris[0].connection_uri }
  await waitForBranchReady(neon, dev.id)
  await neon.idle()
})

afterAll(async () => {
  cli?.cleanup()
  await neon?.stop()
})

describe('schema-diff with the shipped neonctl', () => {
  it('shows nothing but the headers while the schemas match', async () => {
    const result = await cli.neonctl('branches', 'schema-diff', 'main', 'dev')
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^--- Database: neondb\t\(Branch: br-/),
      expect.stringMatching(/^\+\+\+ Database: neondb\t\(Branch: br-/),
    ])
  })

  it('shows exactly the table and the column a migration added, as pg_dump writes them', async () => {
    await psql(
      dev.url,
      'CREATE TABLE customers (id serial PRIMARY KEY, email text); ALTER TABLE orders ADD COLUMN note text',
    )
    const result = await cli.neonctl('branches', 'schema-diff', 'main', 'dev')
    expect(result.code).toBe(0)
    const added = result.stdout.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    expect(added).toEqual(expect.arrayContaining(['+CREATE TABLE public.customers (', '+    note text']))
    const removed = result.stdout.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'))
    expect(removed).toEqual(['-    total numeric NOT NULL']) // it gains a comma before the new column
  })

  it('GET .../schema answers {sql} with the pg_dump text and refuses an unknown database', async () => {
    const schema = await api(neon, 'GET', `${p}/branches/${dev.id}/schema?db_name=neondb`)
    expect(schema.status).toBe(200)
    expect(schema.body.sql).toContain('-- PostgreSQL database dump')
    expect(schema.body.sql).toContain('CREATE TABLE public.customers')
    expect((await api(neon, 'GET', `${p}/branches/${dev.id}/schema?db_name=nope`)).status).toBe(404)
    expect((await api(neon, 'GET', `${p}/branches/${dev.id}/schema`)).status).toBe(400)
  })
})

describe('reset --parent with the shipped neonctl', () => {
  it('puts the parent’s schema and rows back, keeping the branch’s id and URL', async () => {
    await psql(mainUrl, 'INSERT INTO orders (total) VALUES (9.5)')
    const reset = await cli.json('branches', 'reset', 'dev', '--parent')
    expect(reset).toMatchObject({ id: dev.id, name: 'dev', last_reset_at: expect.any(String) })
    await waitForBranchReady(neon, dev.id)
    await neon.idle()
    expect(await psql(dev.url, 'SELECT count(*) FROM orders')).toBe('1')
    expect(await psql(dev.url, "SELECT to_regclass('customers') IS NULL")).toBe('t')
    const diff = await cli.neonctl('branches', 'schema-diff', 'main', 'dev')
    expect(diff.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('refuses a protected branch', async () => {
    await api(neon, 'PATCH', `${p}/branches/${dev.id}`, { branch: { protected: true } })
    await neon.idle()
    const refused = await cli.neonctl('branches', 'reset', 'dev', '--parent')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('protected')
    await api(neon, 'PATCH', `${p}/branches/${dev.id}`, { branch: { protected: false } })
  })
})
