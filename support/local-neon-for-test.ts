/**
 * The local Neon server for a test file, and what the action needs to talk to it.
 *
 *   const neon = useLocalNeon()            // at the top of a describe: starts in beforeAll, stops in afterAll
 *   it('...', async () => {
 *     const { main, post } = await runJob({ inputs: { ...neon.inputs(), branch_name: 'x' }, env: neon.env() })
 *   })
 *
 * Or without jest hooks: `const neon = await startNeonForTest(); ...; await neon.stop()`.
 * `inputs()` gives api_key / project_id / api_host as action inputs; `env()` the job env child processes need
 * (NODE_EXTRA_CA_CERTS so node-postgres and neonctl trust the server's certificate). `psqlEnv()` adds what psql
 * needs to verify it too. `requests()` reads the server's request log; `faults()` / `latency()` configure test aids.
 *
 * Every API answer is checked against Neon's OpenAPI description (support/openapi-conformance.ts); `stop()` throws
 * listing the answers that broke it, so the test file that used the server fails. Neon's project lock (423 while an
 * operation runs) is on; `{ locking: false }` turns it off for tests about something else.
 */

import { startLocalNeon, type LocalNeon, type LocalNeonOptions } from '../local-neon/server.js'
import { ConformanceRecorder } from './openapi-conformance.js'

export type LocalNeonHandle = LocalNeon

export interface NeonForTest extends LocalNeonHandle {
  inputs(): { api_key: string; project_id: string; api_host: string }
  env(): Record<string, string>
  /** env for psql/libpq: trusts the local CA (PGSSLROOTCERT) on top of env() */
  psqlEnv(): Record<string, string>
  requests(): Promise<unknown[]>
  faults(body: unknown): Promise<void>
  latency(body: unknown): Promise<void>
  /** Resolves once no operation runs and no background work is left. */
  idle(): Promise<void>
  /** Suspends an endpoint now, as its suspend timeout would. */
  suspend(endpointId: string): Promise<void>
  /** How many API answers were checked against the OpenAPI description so far. */
  conformanceChecks(): number
}

export type NeonForTestOptions = Pick<LocalNeonOptions, 'port' | 'locking' | 'dataDir' | 'log'>

export async function startNeonForTest(options: NeonForTestOptions = {}): Promise<NeonForTest> {
  const recorder = new ConformanceRecorder()
  // no dataDir: the server makes its own temp dir (readable by the postgres OS user) and removes it on stop
  const server = await startLocalNeon({ ...options, observe: recorder.observe })
  const local = (p: string) => `${server.baseUrl.replace(/\/$/, '')}/__local/${p}`
  const post = async (p: string, body: unknown) => {
    const res = await fetch(local(p), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`POST ${p}: ${res.status} ${await res.text()}`)
  }
  return {
    ...server,
    inputs: () => ({ api_key: server.apiKey, project_id: server.projectId, api_host: server.apiHost }),
    env: () => ({ NODE_EXTRA_CA_CERTS: server.caFile }),
    psqlEnv: () => ({ NODE_EXTRA_CA_CERTS: server.caFile, PGSSLROOTCERT: server.caFile }),
    requests: async () => {
      const res = await fetch(local('requests'))
      const body = (await res.json()) as unknown
      return Array.isArray(body) ? body : ((body as { requests?: unknown[] }).requests ?? [])
    },
    faults: (body) => post('faults', body),
    latency: (body) => post('latency', body),
    idle: async () => {
      const res = await fetch(local('idle'))
      if (res.status !== 204) throw new Error(`GET idle: ${res.status} ${await res.text()}`)
    },
    suspend: (endpointId) => post('suspend', { endpoint_id: endpointId }),
    conformanceChecks: () => recorder.checked,
    stop: async () => {
      await server.stop()
      recorder.assertNone()
    },
  }
}

/** jest hooks: one server per test file, idle when each test starts. Read fields only inside tests (after beforeAll ran). */
export function useLocalNeon(options: NeonForTestOptions = {}): NeonForTest {
  let neon: NeonForTest | undefined
  const get = (): NeonForTest => {
    if (!neon) throw new Error('local Neon server not started yet (use it inside a test)')
    return neon
  }
  beforeAll(async () => {
    neon = await startNeonForTest(options)
  }, 120_000)
  // each test starts with no operation running: what it sets up (a fault, a lock) meets the request it aims at, not
  // the project lock the previous test's branches left behind
  beforeEach(async () => {
    await neon?.idle()
  }, 60_000)
  afterAll(async () => {
    await neon?.stop()
  }, 60_000)
  return new Proxy({} as NeonForTest, {
    get: (_, key) => {
      const value = get()[key as keyof NeonForTest]
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(get()) : value
    },
  })
}
