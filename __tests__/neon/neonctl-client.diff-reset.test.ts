// NeonctlClient's schema diff, reset and get with a scripted neonctl: the arguments, the retries, the refusals.
import { describe, expect, it } from '@jest/globals'
import { NeonError } from '../../src/neon/client.js'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import type { NeonctlRunResult } from '../../src/neon/neonctl-runner.js'
import type { Clock } from '../../src/neon/retry.js'

const API = 'http://127.0.0.1:1/api/v2/projects/p'
const ID = 'br-pr-bbb-222'
const apiBranch = (extra: object = {}) => ({
  id: ID,
  name: 'preview/pr-7',
  parent_id: 'br-main-aaa-111',
  default: false,
  protected: false,
  created_at: '2026-01-01T00:00:00Z',
  current_state: 'ready',
  ...extra,
})
const result = (stdout: string, stderr = '', exitCode = 0): NeonctlRunResult => ({
  exitCode,
  stdout,
  stderr,
  timedOut: false,
})
const DIFF = `--- Database: neondb\t(Branch: br-main-aaa-111)\n+++ Database: neondb\t(Branch: ${ID})\n@@ -1,1 +1,2 @@\n a\n+b\n`
const failed = (method: string, path: string, status: string, message: string) =>
  result(
    '',
    `DEBUG: GET ${API}/branches/${ID}\nDEBUG: 200 OK\nDEBUG: ${method} ${API}${path}\nDEBUG: ${status}\nERROR: ${message}\n`,
    1,
  )

function setup(script: Array<(args: string[]) => NeonctlRunResult>) {
  let now = 0
  const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms), random: () => 0.5 }
  const calls: string[][] = []
  const client = new NeonctlClient({
    apiKey: 'k',
    projectId: 'p',
    deadlineMs: 60_000,
    clock,
    invoker: async (args) => {
      calls.push(args)
      const step = script.shift()
      if (!step) throw new Error(`unexpected neonctl ${args.join(' ')}`)
      now += 100
      return step(args)
    },
  })
  return { client, calls }
}

describe('schemaDiffWithParent', () => {
  it('runs `branches schema-diff <id> ^parent --database=D` and returns its text as printed', async () => {
    const { client, calls } = setup([() => result(DIFF)])
    expect(await client.schemaDiffWithParent(ID, 'neondb')).toBe(DIFF)
    expect(calls).toEqual([['branches', 'schema-diff', ID, '^parent', '--database=neondb', '--project-id', 'p']])
  })

  it('retries a 503 on a schema request, and fails with the reason on a 404', async () => {
    const schema = `/branches/${ID}/schema?db_name=neondb`
    const { client, calls } = setup([
      () => failed('GET', schema, '503 Service Unavailable', 'busy'),
      () => result(DIFF),
    ])
    expect(await client.schemaDiffWithParent(ID, 'neondb')).toBe(DIFF)
    expect(calls).toHaveLength(2)
    const gone = setup([() => failed('GET', schema, '404 Not Found', 'database not found')])
    await expect(gone.client.schemaDiffWithParent(ID, 'neondb')).rejects.toMatchObject({
      code: 'not-found',
      message: 'HTTP 404 Not Found: database not found',
    })
  })

  it('refuses an id that is no id and a database that would read as a flag, before running neonctl', async () => {
    const { client, calls } = setup([])
    await expect(client.schemaDiffWithParent('main', 'neondb')).rejects.toBeInstanceOf(NeonError)
    await expect(client.schemaDiffWithParent(ID, '--help')).rejects.toThrow(/cannot be passed to neonctl/)
    expect(calls).toEqual([])
  })
})

describe('resetToParent', () => {
  it('runs `branches reset <id> --parent` and returns the branch Neon answered', async () => {
    const { client, calls } = setup([
      () => result(JSON.stringify(apiBranch({ pending_state: 'ready', current_state: 'resetting' }))),
    ])
    expect(await client.resetToParent(ID)).toMatchObject({ id: ID, currentState: 'resetting', pendingState: 'ready' })
    expect(calls).toEqual([['branches', 'reset', ID, '--parent', '--project-id', 'p', '-o', 'json']])
  })

  it('repeats the reset after a 500 (a second reset ends where the first would), and after a 423', async () => {
    const restore = `/branches/${ID}/restore`
    const { client, calls } = setup([
      () => failed('POST', restore, '500 Internal Server Error', 'oops'),
      () => failed('POST', restore, '423 Locked', 'locked'),
      () => result(JSON.stringify(apiBranch())),
    ])
    expect((await client.resetToParent(ID)).id).toBe(ID)
    expect(calls).toHaveLength(3)
  })

  it('says why Neon refused: a protected branch, a root branch', async () => {
    const restore = `/branches/${ID}/restore`
    const protectedBranch = setup([
      () => failed('POST', restore, '400 Bad Request', 'Protected branches cannot be reset'),
    ])
    await expect(protectedBranch.client.resetToParent(ID)).rejects.toMatchObject({ code: 'protected' })
    const root = setup([
      () => result('', `DEBUG: GET ${API}/branches/${ID}\nDEBUG: 200 OK\nERROR: Branch has no parent\n`, 1),
    ])
    await expect(root.client.resetToParent(ID)).rejects.toThrow(/has no parent \(a root branch\)/)
  })

  it('refuses a branch it has seen to be default or protected without asking Neon', async () => {
    const { client, calls } = setup([() => result(JSON.stringify(apiBranch({ protected: true })))])
    await client.getBranch(ID)
    await expect(client.resetToParent(ID)).rejects.toMatchObject({ code: 'protected' })
    expect(calls).toHaveLength(1)
  })
})
