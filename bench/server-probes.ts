// What the bench asks the local Neon server between measurements: wait until the project is quiet, count API
// requests, read a compute's state and how long its start took, clean up branches the baselines leave behind.
// Nothing here runs inside a measured interval.
import { readFileSync } from 'node:fs'
import pg from 'pg'
import type { NeonForTest } from '../support/local-neon-for-test.js'

interface Operation {
  action: string
  status: string
  branch_id?: string
  total_duration_ms?: number
}

/** Operation states in which Neon (and the strict local server) answer 423 to a new mutation. */
const BUSY = new Set(['scheduling', 'running', 'cancelling'])

export class ServerProbes {
  private readonly headers: Record<string, string>
  private readonly project: string
  private readonly local: string

  constructor(readonly neon: NeonForTest) {
    this.headers = { authorization: `Bearer ${neon.apiKey}`, 'content-type': 'application/json' }
    this.project = `${neon.apiHost}/projects/${neon.projectId}`
    this.local = `${neon.baseUrl.replace(/\/$/, '')}/__local`
  }

  private async api<T>(path: string, init: RequestInit = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${this.project}${path}`, { ...init, headers: this.headers })
      // an operation that started after the quiet check (a compute suspending): wait it out, as a client would
      if (res.status === 423 && init.method && attempt < 20) {
        await res.body?.cancel()
        await this.waitUntilQuiet()
        continue
      }
      if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`)
      return (res.status === 204 ? undefined : await res.json()) as T
    }
  }

  /** Until the server has no background work and the project no operation in flight (so no 423 is pending). */
  async waitUntilQuiet(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const idle = await fetch(`${this.local}/idle`)
      await idle.body?.cancel()
      const { operations } = await this.api<{ operations: Operation[] }>('/operations')
      const busy = operations.filter((o) => BUSY.has(o.status))
      if (busy.length === 0) return
      if (Date.now() > deadline)
        throw new Error(`operations still in flight: ${busy.map((o) => `${o.action} ${o.status}`).join(', ')}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /**
   * Before each measured step: the project quiet, the request log emptied. Returns the current_state of the
   * branch's compute when a branch is named (paths that use an existing branch report it).
   */
  async readyToMeasure(branchId?: string): Promise<string | undefined> {
    await this.waitUntilQuiet()
    let state: string | undefined
    if (branchId) {
      const { endpoints } = await this.api<{ endpoints: { current_state: string }[] }>(
        `/branches/${branchId}/endpoints`,
      )
      state = endpoints[0]?.current_state
    }
    await fetch(`${this.local}/requests`, { method: 'DELETE' })
    return state
  }

  /** Neon API requests since readyToMeasure (the test aids under /__local are not counted). */
  async apiRequests(): Promise<number> {
    return ((await this.neon.requests()) as { path: string }[]).filter((r) => !r.path.startsWith('/__local')).length
  }

  /**
   * The server's own time for a new branch's compute start: the longest of its create_branch / start_compute
   * operations (each runs from the POST until the branch is copied and its PostgreSQL accepts connections).
   * Undefined when the server reports no finished duration.
   */
  async computeStartMs(branchId: string): Promise<number | undefined> {
    await this.waitUntilQuiet()
    // Neon lists operations per project only (newest first); the branch's are among the latest.
    const { operations } = await this.api<{ operations: Operation[] }>('/operations?limit=1000')
    const durations = operations
      .filter((o) => o.branch_id === branchId)
      .filter((o) => (o.action === 'create_branch' || o.action === 'start_compute') && o.status === 'finished')
      .map((o) => o.total_duration_ms ?? 0)
      .filter((ms) => ms > 0)
    return durations.length > 0 ? Math.max(...durations) : undefined
  }

  async branchIdByName(name: string): Promise<string | undefined> {
    const { branches } = await this.api<{ branches: { id: string; name: string }[] }>(
      `/branches?search=${encodeURIComponent(name)}&limit=10000`,
    )
    return branches.find((b) => b.name === name)?.id
  }

  async deleteBranchNamed(name: string): Promise<void> {
    const id = await this.branchIdByName(name)
    if (!id) return
    await this.waitUntilQuiet()
    await this.api(`/branches/${id}`, { method: 'DELETE' })
  }

  /**
   * The compute start measured from the outside, as a cross-check of the server's own number: a bare POST, then
   * one connection through the URL it answered with (the endpoint holds it until the compute is up).
   */
  async probeComputeStart(name: string): Promise<{ postMs: number; answerToConnectMs: number; branchId: string }> {
    await this.waitUntilQuiet()
    const started = performance.now()
    const body = await this.api<{ branch: { id: string }; connection_uris: { connection_uri: string }[] }>(
      '/branches',
      { method: 'POST', body: JSON.stringify({ branch: { name }, endpoints: [{ type: 'read_write' }] }) },
    )
    const answered = performance.now()
    const url = new URL(body.connection_uris[0].connection_uri)
    url.search = '' // node-postgres would ignore `ssl` below if the URL named an sslmode
    const ca = readFileSync(this.neon.caFile, 'utf8')
    for (let attempt = 1; ; attempt++) {
      const client = new pg.Client({ connectionString: url.toString(), ssl: { ca } })
      try {
        await client.connect()
        await client.query('select 1')
        break
      } catch (error) {
        if (attempt >= 200) throw error
        await new Promise((resolve) => setTimeout(resolve, 10))
      } finally {
        await client.end().catch(() => undefined)
      }
    }
    return { postMs: answered - started, answerToConnectMs: performance.now() - answered, branchId: body.branch.id }
  }
}
