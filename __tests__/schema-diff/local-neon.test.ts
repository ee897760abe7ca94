// The schema diff and the reset against the local Neon server (real PostgreSQL, pg_dump as Neon's /schema), through
// the shipped neonctl, with the pull request comment on a loopback GitHub fake.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import type { Branch } from '../../src/neon/client.js'
import { rememberSecrets } from '../../src/redact.js'
import { resetToParentAndWait } from '../../src/steps/reset-to-parent.js'
import { runSchemaDiff } from '../../src/schema-diff/index.js'
import { parseSchemaDiff } from '../../src/schema-diff/parse-diff.js'
import type { RunContext } from '../../src/run-context.js'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, psql, waitForBranchReady } from '../local-neon/helpers.js'
import { startGitHubFake, type GitHubFake } from '../sweep/github-fake.js'

const REPO = 'acme/shop'
let neon: NeonForTest
let github: GitHubFake
let tmp: string
let client: NeonctlClient
let branch: Branch
let url: string
let password: string
let mainUrl: string
let stdout = ''

const run = (sha: string): RunContext => ({
  repository: REPO,
  runId: '77',
  runAttempt: '1',
  job: 'migrate',
  sha,
  workspace: tmp,
  apiUrl: github.url,
  serverUrl: 'https://github.com',
})
const summary = () => fs.readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')

beforeAll(async () => {
  neon = await startNeonForTest()
  github = await startGitHubFake(
    REPO,
    {},
    { comments: { 7: [] }, identities: { ro: { login: 'github-actions[bot]', type: 'Bot', write: false } } },
  )
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-diff-local-'))
  // @actions/core keeps the summary path of its first write: one file, emptied before each test
  process.env.GITHUB_STEP_SUMMARY = path.join(tmp, 'summary.md')
  const event = path.join(tmp, 'event.json')
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'c'.repeat(40) } } }))
  process.env.GITHUB_EVENT_PATH = event
  process.env.GITHUB_EVENT_NAME = 'pull_request'
  client = new NeonctlClient({
    apiKey: neon.apiKey,
    projectId: neon.projectId,
    apiHost: neon.apiHost,
    deadlineMs: 120_000,
  })
  const p = `/projects/${neon.projectId}`
  const mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
  mainUrl = (
    await api(neon, 'GET', `${p}/connection_uri?branch_id=${mainId}&database_name=neondb&role_name=neondb_owner`)
  ).body.uri
  await psql(mainUrl, 'CREATE TABLE orders (id serial PRIMARY KEY, total numeric NOT NULL)')
  const created = await client.createOrReuseBranch({ name: 'preview/pr-7', database: 'neondb', role: 'neondb_owner' })
  branch = created.branch
  password = created.connection.password
  rememberSecrets([password]) // as the action does the moment Neon answers
  url = (
    await api(neon, 'GET', `${p}/connection_uri?branch_id=${branch.id}&database_name=neondb&role_name=neondb_owner`)
  ).body.uri
  await waitForBranchReady(neon, branch.id)
}, 180_000)

afterAll(async () => {
  await github?.close()
  await neon?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
}, 60_000)

beforeEach(() => {
  fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '')
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

const diff = (sha: string, setting: 'summary' | 'comment' = 'comment') =>
  runSchemaDiff({
    setting,
    client,
    projectId: neon.projectId,
    branch,
    parent: 'main',
    database: 'neondb',
    run: run(sha),
    githubToken: 'ghs_token',
    comment: { retryDelayMs: 1 },
  })

describe('schema diff against the local server', () => {
  it('neonctl answers the diff of the branch against its parent: exactly the table and the column added', async () => {
    await psql(
      url,
      'CREATE TABLE customers (id serial PRIMARY KEY, email text); ALTER TABLE orders ADD COLUMN note text',
    )
    await fetch(`${neon.baseUrl.replace(/\/$/, '')}/__local/requests`, { method: 'DELETE' })
    const text = await client.schemaDiffWithParent(branch.id, 'neondb')
    const parsed = parseSchemaDiff(text, { database: 'neondb', branchId: branch.id })
    // pg_dump's table of contents: one "-- Name:" entry per object; exactly the new table's, nothing else
    const added = parsed.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1))
    expect(added.filter((l) => l.startsWith('-- Name: '))).toEqual([
      '-- Name: customers; Type: TABLE; Schema: public; Owner: neondb_owner',
      '-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: neondb_owner',
      '-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: neondb_owner',
      '-- Name: customers id; Type: DEFAULT; Schema: public; Owner: neondb_owner',
      '-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: neondb_owner',
    ])
    // and the statements: the table (with its sequence, default and key), and the column on orders
    const statements = added.filter((l) => l.trim() !== '' && !l.startsWith('--'))
    expect(statements).toEqual([
      'CREATE TABLE public.customers (',
      '    id integer NOT NULL,',
      '    email text',
      ');',
      'ALTER TABLE public.customers OWNER TO neondb_owner;',
      'CREATE SEQUENCE public.customers_id_seq',
      '    AS integer',
      '    START WITH 1',
      '    INCREMENT BY 1',
      '    NO MINVALUE',
      '    NO MAXVALUE',
      '    CACHE 1;',
      'ALTER TABLE public.customers_id_seq OWNER TO neondb_owner;',
      'ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;',
      '    total numeric NOT NULL,',
      '    note text',
      "ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);",
      'ALTER TABLE ONLY public.customers',
      '    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);',
    ])
    // four requests: the branch (for its parent), its databases, the two schemas
    expect(parsed.lines.filter((l) => l.startsWith('-'))).toEqual(['-    total numeric NOT NULL'])
    const requests = ((await neon.requests()) as { method: string; path: string }[]).filter(
      (r) => !r.path.startsWith('/__local'),
    )
    const p = `/projects/${neon.projectId}/branches`
    expect(requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        `GET ${p}/${branch.id}`,
        `GET ${p}/${branch.id}/databases`,
        `GET ${p}/${branch.parentId}/schema`,
        `GET ${p}/${branch.id}/schema`,
      ].sort(),
    )
  }, 60_000)

  it('summary and a new PR comment show it; the next push edits the same comment', async () => {
    const first = await diff('a'.repeat(40))
    expect(first.changed).toBe(true)
    expect(first.comment).toMatchObject({ kind: 'created' })
    expect(summary()).toContain('<h3>Schema changes</h3>')
    expect(summary()).toContain('+CREATE TABLE public.customers (')
    expect(summary()).toContain('+    note text')
    const comments = github.commentsOn(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('+CREATE TABLE public.customers (')
    expect(comments[0].body).toContain('For commit <code>ccccccc</code>')
    expect(stdout).toContain('Schema diff comment created on pull request #7')

    await psql(url, 'ALTER TABLE customers ADD COLUMN name text')
    const second = await diff('b'.repeat(40))
    expect(second.comment).toMatchObject({ kind: 'updated' })
    expect(github.commentsOn(7)).toHaveLength(1)
    expect(github.commentsOn(7)[0].body).toContain('+    name text')
  }, 60_000)

  it('no secret of the step reaches the log, the summary or the comment, even when the schema holds it', async () => {
    await psql(url, `COMMENT ON TABLE customers IS 'pw ${password} url postgresql://app:hunter2@db.example/x'`)
    await diff('d'.repeat(40))
    const everything = [stdout, summary(), ...github.comments.map((c) => c.body)].join('\n')
    expect(everything).toContain('COMMENT ON TABLE public.customers IS')
    for (const secret of [password, password.slice(0, 8), 'hunter2', neon.apiKey]) {
      expect(everything).not.toContain(secret)
    }
    await psql(url, 'COMMENT ON TABLE customers IS NULL')
  }, 60_000)

  it('reset: the rows and tables written on the branch are gone, same id and URL; then "no schema changes"', async () => {
    await psql(url, "INSERT INTO customers (email) VALUES ('a@example.com'), ('b@example.com')")
    await psql(mainUrl, 'INSERT INTO orders (total) VALUES (1.5)')
    const done = await resetToParentAndWait(client, branch, { deadline: Date.now() + 120_000 })
    expect(done).toMatchObject({ id: branch.id, name: 'preview/pr-7', currentState: 'ready' })
    expect(done.pendingState).toBeUndefined()
    expect(await psql(url, "SELECT to_regclass('customers') IS NULL")).toBe('t')
    expect(await psql(url, 'SELECT count(*) FROM orders')).toBe('1') // the parent's latest rows

    const after = await diff('e'.repeat(40))
    expect(after.changed).toBe(false)
    expect(summary()).toContain('No schema changes between branch <code>preview/pr-7</code>')
    // the comment says so too: the one comment, edited
    expect(after.comment).toMatchObject({ kind: 'updated' })
    expect(github.commentsOn(7)).toHaveLength(1)
    expect(github.commentsOn(7)[0].body).toContain('No schema changes')
  }, 180_000)

  it('a read-only token: a notice, and the summary still has the diff', async () => {
    await psql(url, 'CREATE TABLE audit (id int)')
    const result = await runSchemaDiff({
      setting: 'comment',
      client,
      projectId: neon.projectId,
      branch,
      database: 'neondb',
      run: run('f'.repeat(40)),
      githubToken: 'ro',
      comment: { retryDelayMs: 1 },
    })
    expect(result).toMatchObject({ changed: true, comment: { kind: 'no-permission', status: 403 } })
    expect(stdout).toMatch(
      /^::notice title=Schema diff not commented::Could not comment the schema diff on pull request #7 \(HTTP 403: Resource not accessible by integration/m,
    )
    expect(stdout).toContain('Give the job `permissions: pull-requests: write`')
    expect(summary()).toContain('+CREATE TABLE public.audit (')
    expect(github.commentsOn(7)[0].body).not.toContain('audit')
  }, 60_000)
})
