// End to end: six jobs run the bundled action's main at once against the local Neon server, all with one branch
// name and `migrate: alembic upgrade head`; then each job's post.
import { cpSync, existsSync, readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import pg from 'pg'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { createJob, expectNoSecret, type Job, type StepResult } from '../../support/runner-emulator.js'
import { branchNames } from '../neon/local-api.js'
import { PYTHON, fixtures } from './jobs.js'

const neon = useLocalNeon()
const SHA = 'e'.repeat(40)
let scratch: string

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'migrate-e2e-'))
})

afterAll(async () => {
  await fs.rm(scratch, { recursive: true, force: true })
})

interface SixJobs {
  mains: StepResult[]
  posts: StepResult[]
  directUrl: string
}

/** Six jobs of one workflow run, each with its own checkout (the alembic project in db/), main at once, then post. */
async function sixJobs(
  branchName: string,
  migrate: string,
  sideEffectFile: string,
  inspect?: (url: string) => Promise<void>,
): Promise<SixJobs> {
  const jobs: Job[] = []
  try {
    for (let i = 1; i <= 6; i++) {
      const job = await createJob({
        runId: '4242',
        sha: SHA,
        env: {
          ...neon.env(),
          GITHUB_JOB: `shard-${i}`,
          FIXTURES: fixtures,
          SIDE_EFFECT_FILE: sideEffectFile,
          PYTHONDONTWRITEBYTECODE: '1',
        },
      })
      cpSync(path.join(fixtures, 'alembic'), path.join(job.workspace, 'db'), { recursive: true })
      jobs.push(job)
    }
    const inputs = { ...neon.inputs(), branch_name: branchName, migrate, migrate_working_directory: 'db' }
    const mains = await Promise.all(jobs.map((job) => job.runMain({ inputs })))
    const directUrl = jobs[0].stepEnv().DATABASE_URL_UNPOOLED ?? ''
    if (inspect && directUrl) await inspect(directUrl)
    const posts = await Promise.all(jobs.map((job, i) => job.runPost(mains[i])))
    return { mains, posts, directUrl }
  } finally {
    await Promise.all(jobs.map((job) => job.cleanup()))
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const withoutQuery = new URL(url)
  withoutQuery.search = ''
  const client = new pg.Client({
    connectionString: withoutQuery.toString(),
    ssl: { ca: readFileSync(neon.caFile, 'utf8') },
  })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

async function branchExists(name: string): Promise<boolean> {
  return (await branchNames(neon)).includes(name)
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])

it('six jobs at once: one migrates, five wait and skip, the schema is at head, the branch is deleted', async () => {
  const sideEffects = path.join(scratch, 'side-effects-ok')
  let atHead: unknown
  const { mains, posts } = await sixJobs(
    'migrate-e2e',
    // The command exactly as a user writes it: Debian's `alembic` package puts it on PATH.
    `${PYTHON} "$FIXTURES/wait_for_waiters.py" 5 && alembic upgrade head`,
    sideEffects,
    async (url) => {
      atHead = await query(url, 'SELECT version_num FROM alembic_version')
    },
  )

  expect(mains.map((m) => m.exitCode)).toEqual([0, 0, 0, 0, 0, 0])
  const outcomes = mains.map((m) => m.outputs.migrate_outcome)
  expect(outcomes.filter((o) => o === 'migrated')).toHaveLength(1)
  expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(5)
  for (const main of mains) expect(Number(main.outputs.migrate_duration_ms)).toBeGreaterThanOrEqual(0)
  expect(lines(sideEffects)).toEqual(['0001_create_widgets', '0002_widget_color'])
  expect(atHead).toEqual([{ version_num: '0002_widget_color' }])

  const migrated = mains[outcomes.indexOf('migrated')]
  const holder = `shard-${outcomes.indexOf('migrated') + 1} (run 4242, attempt 1)`
  expect(migrated.log).toContain('5 other jobs waiting on the migration lock')
  for (const skipped of mains.filter((m) => m !== migrated)) {
    expect(skipped.log).toContain(`Waiting for the migration run by ${holder} ...`)
    expect(skipped.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringMatching(/^Already migrated for commit eeeeeee by shard-\d/),
      }),
    )
    expect(skipped.summary).toContain('Skipped: already migrated by shard-')
  }
  expect(posts.every((p) => p.exitCode === 0)).toBe(true)
  expect(await branchExists('migrate-e2e')).toBe(false)
})

it('a failing migration fails all six jobs with the same error annotation, and post still deletes the branch', async () => {
  const sideEffects = path.join(scratch, 'side-effects-broken')
  const { mains, posts, directUrl } = await sixJobs(
    'migrate-e2e-broken',
    `${PYTHON} "$FIXTURES/wait_for_waiters.py" 5 && ${PYTHON} -m alembic -c broken.ini upgrade head`,
    sideEffects,
  )

  expect(mains.map((m) => m.exitCode)).toEqual([1, 1, 1, 1, 1, 1])
  expect(mains.map((m) => m.outputs.migrate_outcome)).toEqual(Array(6).fill('failed'))
  const errors = mains.map((m) => m.annotations.filter((a) => a.level === 'error').map((a) => a.message))
  for (const e of errors) expect(e).toHaveLength(1)
  expect(new Set(errors.map((e) => e[0])).size).toBe(1)
  expect(errors[0][0]).toMatch(
    /^Migration command `.*` failed with exit code 1 in shard-\d \(run 4242, attempt 1\)\. Last lines/,
  )
  expect(errors[0][0]).toContain('relation "no_such_table" does not exist')
  // the migration ran once (two revisions applied, then the third failed and everything rolled back)
  expect(lines(sideEffects)).toEqual(['0001_create_widgets', '0002_widget_color'])
  const ranHere = mains.filter((m) => m.summary.includes('<summary>Full output</summary>'))
  expect(ranHere).toHaveLength(1)
  expect(ranHere[0].summary).toContain('Traceback (most recent call last)')

  expect(posts.every((p) => p.exitCode === 0)).toBe(true)
  expect(await branchExists('migrate-e2e-broken')).toBe(false)
  const password = decodeURIComponent(new URL(directUrl).password)
  expectNoSecret([...mains, ...posts], password)
})
