// End to end: the bundled action (runner emulator) against the local Neon server, with the pull request comment on
// a loopback GitHub fake: schema_diff in the summary and on the pull request, a second push editing the same
// comment, a run with no changes, a fork-style run with a read-only token, and mode: reset.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { createJob, expectNoSecret, type StepResult } from '../../support/runner-emulator.js'
import { api, psql } from '../local-neon/helpers.js'
import { startGitHubFake, type GitHubFake } from '../sweep/github-fake.js'

const neon = useLocalNeon()
const REPO = 'acme/shop'
const WRITE_TOKEN = 'ghs_writeToken000000000000000000000000'
const READ_ONLY_TOKEN = 'ghs_readOnlyToken0000000000000000000000'
let github: GitHubFake
let mainUrl: string

beforeAll(async () => {
  github = await startGitHubFake(
    REPO,
    {},
    {
      comments: { 7: [], 8: [], 9: [], 10: [] },
      identities: { [READ_ONLY_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', write: false } },
    },
  )
  const p = `/projects/${neon.projectId}`
  const mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
  mainUrl = (
    await api(neon, 'GET', `${p}/connection_uri?branch_id=${mainId}&database_name=neondb&role_name=neondb_owner`)
  ).body.uri
  await psql(mainUrl, 'CREATE TABLE orders (id serial PRIMARY KEY, total numeric NOT NULL)')
}, 120_000)

afterAll(async () => {
  await github?.close()
})

const sha = (c: string) => c.repeat(40)

interface PullRun {
  pr: number
  sha: string
  inputs: Record<string, string>
  token?: string
  fork?: boolean
}

/** One job of a pull_request run: main (the action), then a `run:` step's view of the environment. */
async function pullRequestJob(run: PullRun): Promise<{ main: StepResult; env: Record<string, string> }> {
  const headRepo = run.fork ? 'mallory/shop' : REPO
  const job = await createJob({
    repository: REPO,
    sha: run.sha,
    eventName: 'pull_request',
    eventPayload: {
      action: 'synchronize',
      number: run.pr,
      pull_request: {
        number: run.pr,
        head: { sha: run.sha, repo: { full_name: headRepo } },
        base: { repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    },
    env: { ...neon.env(), GITHUB_API_URL: github.url, GITHUB_JOB: 'db' },
  })
  try {
    const main = await job.runMain({
      inputs: {
        ...neon.inputs(),
        branch_name: `ci/pr-${run.pr}`,
        cleanup: 'never',
        schema_diff: 'comment',
        github_token: run.token ?? WRITE_TOKEN,
        ...run.inputs,
      },
    })
    return { main, env: job.stepEnv() }
  } finally {
    await job.cleanup()
  }
}

/** The lines of the diff block in a summary or comment that the branch added (`+`, without the `+++` header). */
function addedLines(text: string): string[] {
  const block = /```diff\n([^]*?)\n```/.exec(text)?.[1] ?? ''
  return block
    .split('\n')
    .filter((line) => line.startsWith('+'))
    .map((line) => line.slice(1))
}
const statements = (lines: string[]) => lines.filter((line) => line.trim() !== '' && !line.startsWith('--'))

/** Neither the password, the API key nor the GitHub token is in any byte the steps wrote or in any PR comment. */
function expectNothingLeaked(results: StepResult | StepResult[], password: string) {
  const secrets = [password, neon.inputs().api_key, WRITE_TOKEN, READ_ONLY_TOKEN]
  for (const secret of secrets) expectNoSecret(results, secret)
  for (const comment of github.comments) {
    for (const secret of secrets) expect(comment.body).not.toContain(secret)
  }
}

const CUSTOMERS_AND_NOTE = [
  'CREATE TABLE public.customers (',
  '    id integer NOT NULL,',
  '    email text',
  ');',
  'ALTER TABLE public.customers OWNER TO neondb_owner;',
  '    total numeric NOT NULL,',
  '    note text',
  'ALTER TABLE ONLY public.customers',
  '    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);',
]
const MIGRATION_1 =
  'psql "$DATABASE_URL_UNPOOLED" -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE customers (id int PRIMARY KEY, email text); ALTER TABLE orders ADD COLUMN note text"'

describe('schema_diff: comment, end to end', () => {
  let commentUrl = ''

  it('a PR job whose migration adds a table and a column shows exactly those, in the summary and the comment', async () => {
    const { main, env } = await pullRequestJob({ pr: 7, sha: sha('a'), inputs: { migrate: MIGRATION_1 } })
    expect(main.exitCode).toBe(0)
    expect(main.outputs).toMatchObject({ migrate_outcome: 'migrated', schema_changed: 'true' })
    expect(statements(addedLines(main.summary))).toEqual(CUSTOMERS_AND_NOTE)
    const comments = github.commentsOn(7)
    expect(comments).toHaveLength(1)
    expect(statements(addedLines(comments[0].body))).toEqual(CUSTOMERS_AND_NOTE)
    expect(comments[0].body).toContain('https://console.neon.tech/app/projects/')
    commentUrl = comments[0].html_url
    expect(main.outputs.schema_diff_comment_url).toBe(commentUrl)
    expect(main.log).toContain('Schema diff comment created on pull request #7')
    expectNothingLeaked(main, env.PGPASSWORD)
  }, 180_000)

  it('a second push edits the same comment', async () => {
    const { main, env } = await pullRequestJob({
      pr: 7,
      sha: sha('b'),
      inputs: {
        migrate:
          'psql "$DATABASE_URL_UNPOOLED" -X -q -v ON_ERROR_STOP=1 -c "ALTER TABLE customers ADD COLUMN name text"',
      },
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs).toMatchObject({ migrate_outcome: 'migrated', schema_changed: 'true' })
    const comments = github.commentsOn(7)
    expect(comments).toHaveLength(1)
    expect(comments[0].html_url).toBe(commentUrl)
    expect(main.outputs.schema_diff_comment_url).toBe(commentUrl)
    expect(statements(addedLines(comments[0].body))).toContain('    name text')
    expect(comments[0].body).toContain('For commit <code>bbbbbbb</code>')
    expect(main.log).toContain('Schema diff comment updated on pull request #7')
    expectNothingLeaked(main, env.PGPASSWORD)
  }, 180_000)

  it('another job of the same run that found the migration done makes no diff and leaves the comment', async () => {
    const before = github.commentsOn(7).map((c) => ({ ...c }))
    const { main } = await pullRequestJob({
      pr: 7,
      sha: sha('b'),
      inputs: {
        mode: 'connect',
        migrate:
          'psql "$DATABASE_URL_UNPOOLED" -X -q -v ON_ERROR_STOP=1 -c "ALTER TABLE customers ADD COLUMN name text"',
      },
    })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.migrate_outcome).toBe('skipped')
    expect(main.outputs.schema_changed ?? '').toBe('')
    expect(main.log).toContain('No schema diff in this job: the job that ran the migration for this commit made')
    expect(github.commentsOn(7)).toEqual(before)
  }, 180_000)

  it('a run with no changes says so, and makes no comment', async () => {
    const { main, env } = await pullRequestJob({ pr: 8, sha: sha('c'), inputs: { migrate: 'true' } })
    expect(main.exitCode).toBe(0)
    expect(main.outputs).toMatchObject({ migrate_outcome: 'migrated', schema_changed: 'false' })
    expect(main.summary).toContain('No schema changes between branch <code>ci/pr-8</code>')
    expect(main.log).toContain('No comment on pull request #8: no schema changes')
    expect(github.commentsOn(8)).toEqual([])
    expectNothingLeaked(main, env.PGPASSWORD)
  }, 180_000)

  it('a fork-style run without write permission: a notice, the summary keeps the diff, the step succeeds', async () => {
    const { main, env } = await pullRequestJob({
      pr: 9,
      sha: sha('d'),
      token: READ_ONLY_TOKEN,
      fork: true,
      inputs: { migrate: 'psql "$DATABASE_URL_UNPOOLED" -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE audit (id int)"' },
    })
    expect(main.exitCode).toBe(0)
    expect(main.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        properties: expect.objectContaining({ title: 'Schema diff not commented' }),
        message: expect.stringContaining('The pull request comes from a fork, and such runs get a read-only token.'),
      }),
    )
    expect(statements(addedLines(main.summary))).toEqual([
      'CREATE TABLE public.audit (',
      '    id integer',
      ');',
      'ALTER TABLE public.audit OWNER TO neondb_owner;',
    ])
    expect(main.outputs.schema_changed).toBe('true')
    expect(main.outputs.schema_diff_comment_url ?? '').toBe('')
    expect(github.commentsOn(9)).toEqual([])
    expectNothingLeaked(main, env.PGPASSWORD)
  }, 180_000)
})

describe('mode: reset, end to end', () => {
  it('rows written on the branch are gone after the reset, the URL still works, migrate-once runs again', async () => {
    const migrate =
      'psql "$DATABASE_URL_UNPOOLED" -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE IF NOT EXISTS carts (id int)"'
    const first = await pullRequestJob({ pr: 10, sha: sha('e'), inputs: { mode: 'reset', migrate } })
    expect(first.main.exitCode).toBe(0)
    expect(first.main.outputs).toMatchObject({ created: 'true', migrate_outcome: 'migrated', schema_changed: 'true' })
    const url = first.env.DATABASE_URL_UNPOOLED
    await psql(
      url,
      'INSERT INTO carts VALUES (1), (2); CREATE TABLE scratch (x int); INSERT INTO orders (total) VALUES (9)',
    )
    await psql(mainUrl, 'INSERT INTO orders (total) VALUES (1), (2), (3)')

    // the same commit again (a rerun): connect would skip the migration; reset brings fresh data, so it runs again
    const second = await pullRequestJob({ pr: 10, sha: sha('e'), inputs: { mode: 'reset', migrate } })
    expect(second.main.exitCode).toBe(0)
    expect(second.main.outputs).toMatchObject({
      created: 'false',
      branch_id: first.main.outputs.branch_id,
      branch_name: 'ci/pr-10',
      db_host: first.main.outputs.db_host,
      migrate_outcome: 'migrated',
      schema_changed: 'true',
    })
    expect(second.env.DATABASE_URL_UNPOOLED).toBe(url)
    expect(second.env.DATABASE_URL).toBe(first.env.DATABASE_URL)
    expect(second.env.PGPASSWORD).toBe(first.env.PGPASSWORD)
    expect(await psql(url, 'SELECT count(*) FROM carts')).toBe('0')
    expect(await psql(url, "SELECT to_regclass('scratch') IS NULL")).toBe('t')
    expect(await psql(url, 'SELECT count(*) FROM orders')).toBe('3') // the parent's latest rows, not the branch's
    expect(second.main.log).toMatch(/Resetting branch 'ci\/pr-10' \(br-[a-z0-9-]+\) to its parent's latest state/)
    // the diff after the reset and the migration: the migration's table, not the scratch one
    expect(statements(addedLines(second.main.summary))).toEqual([
      'CREATE TABLE public.carts (',
      '    id integer',
      ');',
      'ALTER TABLE public.carts OWNER TO neondb_owner;',
    ])
    expectNothingLeaked([first.main, second.main], first.env.PGPASSWORD)
  }, 240_000)

  it('never resets the default branch', async () => {
    const { main } = await pullRequestJob({ pr: 11, sha: sha('f'), inputs: { mode: 'reset', branch_name: 'main' } })
    expect(main.exitCode).toBe(1)
    expect(main.log).toMatch(/Refusing to (use|reset) branch 'main'/)
    expect(await psql(mainUrl, 'SELECT count(*) FROM orders')).toBe('3')
  }, 120_000)

  it('never resets a protected branch: its rows stay', async () => {
    const p = `/projects/${neon.projectId}`
    const made = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'ci/pr-12', protected: true },
      endpoints: [{ type: 'read_write' }],
    })
    expect(made.status).toBe(201)
    const id = made.body.branch.id
    const url = (
      await api(neon, 'GET', `${p}/connection_uri?branch_id=${id}&database_name=neondb&role_name=neondb_owner`)
    ).body.uri
    await psql(url, 'INSERT INTO orders (total) VALUES (42)')
    const { main } = await pullRequestJob({ pr: 12, sha: sha('9'), inputs: { mode: 'reset' } })
    expect(main.exitCode).toBe(1)
    expect(main.log).toMatch(/Refusing to (use|reset) branch 'ci\/pr-12' \(br-[a-z0-9-]+\): it is a protected branch/)
    expect(main.log).not.toContain('Resetting branch')
    expect(await psql(url, 'SELECT count(*) FROM orders WHERE total = 42')).toBe('1')
  }, 120_000)
})
