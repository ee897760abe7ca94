/**
 * The bundled action (dist/) run the way a runner runs it, against the local Neon server with the shipped neonctl:
 * create -> a later step uses DATABASE_URL (psql and node-postgres) -> post deletes; rerun reuses; connect and
 * delete modes; no password in any byte the action wrote.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createJob, expectNoSecret, repoRoot, runJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { branchNames, expectExit } from './helpers.js'

const exec = promisify(execFile)
const neon = useLocalNeon()
const NODE_PG_SCRIPT = `
const { Client } = require('pg')
const client = new Client({ connectionString: process.env.DATABASE_URL_UNPOOLED })
client.connect().then(() => client.query('select 1 + 1 as two')).then((r) => { console.log(r.rows[0].two); return client.end() })
  .catch((e) => { console.error(e.message); process.exit(1) })`

describe('create, use, post', () => {
  it('exports working URLs, outputs without secrets, a summary, and post deletes the branch', async () => {
    let seen: { psql: string; node: string } | undefined
    const { main, post, stepEnv } = await runJob({
      runId: '5550001',
      repository: 'octo-org/shop',
      env: neon.psqlEnv(),
      inputs: neon.inputs(),
      between: async (job) => {
        const env = job.stepEnv()
        const psql = await exec('psql', [env.DATABASE_URL, '-tAc', 'select current_database()'], { env })
        // a later `run: node app.js` step: node-postgres with the exported direct URL (CA trusted via job env)
        const node = await exec(process.execPath, ['-e', NODE_PG_SCRIPT], { env, cwd: repoRoot })
        seen = { psql: psql.stdout.trim(), node: node.stdout.trim() }
      },
    })
    expectExit(main, 0)
    expect(seen).toEqual({ psql: 'neondb', node: '2' })
    expect(main.outputs).toMatchObject({
      branch_name: 'ci/shop/run-5550001',
      created: 'true',
      project_id: neon.projectId,
    })
    expect(main.outputs.branch_id).toMatch(/^br-/)
    expect(main.outputs.expires_at).toMatch(/^\d{4}-/)
    expect(Object.keys(main.env).sort()).toEqual(
      [
        'DATABASE_URL',
        'DATABASE_URL_UNPOOLED',
        'PGDATABASE',
        'PGHOST',
        'PGPASSWORD',
        'PGPORT',
        'PGSSLMODE',
        'PGUSER',
      ].sort(),
    )
    expect(main.env.DATABASE_URL).toMatch(/sslmode=require&channel_binding=require$/)
    expect(main.summary).toContain('ci/shop/run-5550001')
    expect(main.summary).toContain(
      `https://console.neon.tech/app/projects/${neon.projectId}/branches/${main.outputs.branch_id}`,
    )
    expect(main.state).toMatchObject({ branch_id: main.outputs.branch_id, created: 'true', cleanup: 'auto' })

    expectExit(post, 0)
    expect(post.summary).toContain(`Deleted branch ci/shop/run-5550001 (${main.outputs.branch_id})`)
    expect(await branchNames(neon)).not.toContain('ci/shop/run-5550001')

    const password = stepEnv.PGPASSWORD
    expect(password).toBeTruthy()
    expect(main.masks).toEqual(expect.arrayContaining([password, stepEnv.DATABASE_URL, stepEnv.DATABASE_URL_UNPOOLED]))
    expectNoSecret([main, post], password)
    expectNoSecret([main, post], stepEnv.DATABASE_URL)
    expectNoSecret([main, post], neon.apiKey)
  })

  it('a rerun of the same run reuses the branch; cleanup: auto keeps a reused branch', async () => {
    const job1 = await createJob({ runId: '5550002', env: neon.env() })
    const job2 = await createJob({ runId: '5550002', runAttempt: '2', env: neon.env() })
    try {
      const first = await job1.runMain({ inputs: neon.inputs() })
      expectExit(first, 0)
      const second = await job2.runMain({ inputs: neon.inputs() })
      expectExit(second, 0)
      expect(second.outputs).toMatchObject({ created: 'false', branch_id: first.outputs.branch_id })
      expect(second.summary).toContain('reused')
      const keep = await job2.runPost(second)
      expectExit(keep, 0)
      expect(keep.log).toContain('reused it rather than creating it')
      expect(await branchNames(neon)).toContain(first.outputs.branch_name)
      const del = await job1.runPost(first)
      expectExit(del, 0)
      expect(await branchNames(neon)).not.toContain(first.outputs.branch_name)
    } finally {
      await job1.cleanup()
      await job2.cleanup()
    }
  })

  it('two parallel creates with one name: both succeed, one branch', async () => {
    const jobs = await Promise.all([1, 2].map(() => createJob({ runId: '5550003', env: neon.env() })))
    try {
      const mains = await Promise.all(jobs.map((job) => job.runMain({ inputs: neon.inputs() })))
      for (const m of mains) expectExit(m, 0)
      expect(new Set(mains.map((m) => m.outputs.branch_id)).size).toBe(1)
      expect(mains.map((m) => m.outputs.created).sort()).toEqual(['false', 'true'])
      const names = await branchNames(neon)
      expect(names.filter((n) => n === mains[0].outputs.branch_name)).toHaveLength(1)
      for (const [i, job] of jobs.entries()) expect((await job.runPost(mains[i])).exitCode).toBe(0)
      expect(await branchNames(neon)).not.toContain(mains[0].outputs.branch_name)
    } finally {
      await Promise.all(jobs.map((job) => job.cleanup()))
    }
  })

  it('connect and delete modes, across jobs of one run', async () => {
    const runId = '5550004'
    const run = (mode: string, extra: Record<string, string> = {}) =>
      runJob({ runId, env: neon.env(), inputs: { ...neon.inputs(), mode, ...extra } })

    const missing = await run('connect')
    expectExit(missing.main, 1)
    expect(missing.main.annotations.find((a) => a.level === 'error')?.message).toContain("hasn't run yet")

    const create = await run('create', { cleanup: 'never', env_prefix: 'ORDERS_' })
    expectExit(create.main, 0)
    expect(create.main.env.ORDERS_DATABASE_URL).toBeTruthy()
    expect(create.post.log).toContain('cleanup: never')
    expect(await branchNames(neon)).toContain(create.main.outputs.branch_name)

    const connect = await run('connect')
    expectExit(connect.main, 0)
    expect(connect.main.outputs).toMatchObject({ branch_id: create.main.outputs.branch_id, created: 'false' })
    expect(connect.main.env.DATABASE_URL).toBe(create.main.env.ORDERS_DATABASE_URL)
    expectExit(connect.post, 0)
    expect(await branchNames(neon)).toContain(create.main.outputs.branch_name) // connect never deletes

    const del = await run('delete')
    expectExit(del.main, 0)
    expect(await branchNames(neon)).not.toContain(create.main.outputs.branch_name)
    const again = await run('delete')
    expectExit(again.main, 0)
    expect(again.main.annotations).toEqual([
      expect.objectContaining({ level: 'notice', message: expect.stringContaining('does not exist') }),
    ])
    expectNoSecret(
      [create.main, create.post, connect.main, connect.post, del.main, again.main],
      create.main.env.ORDERS_PGPASSWORD,
    )
  })

  it('never deletes the default branch, whatever the inputs say', async () => {
    const names = await branchNames(neon)
    const defaultName = names.includes('main') ? 'main' : names[0]
    const create = await runJob({
      runId: '5550005',
      env: neon.env(),
      inputs: { ...neon.inputs(), branch_name: defaultName, cleanup: 'always' },
    })
    expectExit(create.main, 1)
    expect(create.main.log).toContain('default branch')
    expect(create.main.env).toEqual({})
    const del = await runJob({
      runId: '5550005',
      env: neon.env(),
      inputs: { ...neon.inputs(), branch_name: defaultName, mode: 'delete' },
    })
    expectExit(del.main, 1)
    expect(del.main.log).toContain('Refusing to delete')
    expect(await branchNames(neon)).toContain(defaultName)
  })
})
