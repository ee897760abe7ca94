// The migration lock over TLS, as on Neon: a branch of the local Neon server (TLS + SCRAM), its URL as the API gives
// it (sslmode=require&channel_binding=require), node-postgres trusting the server's CA through NODE_EXTRA_CA_CERTS.
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import pg from 'pg'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { PYTHON, fixtures, prepareJobs, type Jobs } from './jobs.js'

const neon = useLocalNeon()
let jobs: Jobs

beforeAll(async () => {
  jobs = await prepareJobs()
})

afterAll(async () => {
  await jobs?.cleanup()
})

async function createBranch(name: string): Promise<string> {
  const response = await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${neon.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ branch: { name }, endpoints: [{ type: 'read_write' }] }),
  })
  if (!response.ok) throw new Error(`create branch: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { connection_uris: { connection_uri: string }[] }
  const url = body.connection_uris[0].connection_uri
  await untilConnectable(url) // the action's main waits for this before it migrates
  return url
}

function trustedClient(url: string): pg.Client {
  const withoutQuery = new URL(url)
  withoutQuery.search = ''
  return new pg.Client({ connectionString: withoutQuery.toString(), ssl: { ca: readFileSync(neon.caFile, 'utf8') } })
}

async function untilConnectable(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = trustedClient(url)
    try {
      await client.connect()
      return
    } catch (error) {
      if (attempt > 200) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      await client.end().catch(() => undefined)
    }
  }
}

it('three jobs migrate once over TLS with the URL as Neon gives it', async () => {
  const url = await createBranch('migrate-tls')
  expect(url).toMatch(/\?sslmode=require&channel_binding=require$/)
  const options = {
    command: `${PYTHON} "$FIXTURES/wait_for_waiters.py" 2 && ${PYTHON} -m alembic upgrade head`,
    directUrl: url,
    env: { DATABASE_URL: url },
    cwd: path.join(fixtures, 'alembic'),
    workspace: fixtures,
    timeoutMs: 60_000,
    key: 'c'.repeat(40),
    runAttempt: '1/1',
  }
  const runs = await Promise.all(
    [1, 2, 3].map((n) => jobs.start({ ...options, jobLabel: `tls-${n}` }, { ...neon.env(), FIXTURES: fixtures }).done),
  )
  expect(runs.map((r) => r.result.outcome).sort()).toEqual(['migrated', 'skipped', 'skipped'])
  // the branch's role is no superuser, yet sees who holds the lock
  for (const skipped of runs.filter((r) => r.result.outcome === 'skipped')) {
    expect(skipped.log).toMatch(/Waiting for the migration run by tls-\d \.\.\./)
  }
  expect(runs.find((r) => r.result.outcome === 'migrated')?.log).toContain('2 other jobs waiting')

  const client = trustedClient(url)
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT (SELECT version_num FROM alembic_version) AS version,
              (SELECT count(*)::int FROM neon_ephemeral_branch.migration_runs WHERE status = 'succeeded') AS records`,
    )
    expect(rows).toEqual([{ version: '0002_widget_color', records: 1 }])
  } finally {
    await client.end()
  }

  // without the CA, the lock connection refuses the self-signed certificate, and says so without the password
  const untrusted = await jobs.start({ ...options, key: 'd'.repeat(40), jobLabel: 'untrusted' }, { FIXTURES: fixtures })
    .done
  expect(untrusted.result.outcome).toBe('failed')
  expect(untrusted.result.error).toMatch(
    /^Migration step failed: could not connect to the branch \(direct URL\) for the migration lock: .*certificate/,
  )
  const password = decodeURIComponent(new URL(url).password)
  for (const text of [
    untrusted.log,
    untrusted.summary,
    untrusted.result.error ?? '',
    ...runs.map((r) => r.log + r.summary),
  ]) {
    expect(text).not.toContain(password)
  }
})
