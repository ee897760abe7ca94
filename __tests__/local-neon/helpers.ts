// Shared helpers for the local Neon server tests: run the real neonctl, psql and node-postgres against it.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { LocalNeon } from '../../local-neon/server.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const NEONCTL = path.join(ROOT, 'node_modules/.bin/neonctl')
/** The neonctl the action ships (bundled, only the commands the action uses; `branches` is one of them). */
export const SHIPPED_NEONCTL = path.join(ROOT, 'dist/neonctl/neonctl.mjs')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout: String(stdout), stderr: String(stderr) })
      },
    )
  })
}

/** The real neonctl with NEON_API_HOST/NEON_API_KEY pointing at the local server and analytics off. */
export function neonctlRunner(neon: LocalNeon, options: { shipped?: boolean } = {}) {
  const configDir = mkdtempSync(path.join(tmpdir(), 'neonctl-config-'))
  const [command, prefix] = options.shipped ? [process.execPath, [SHIPPED_NEONCTL]] : [NEONCTL, []]
  const neonctl = (...args: string[]) =>
    run(command, [...prefix, '--no-analytics', '--config-dir', configDir, '--project-id', neon.projectId, ...args], {
      NEON_API_HOST: neon.apiHost,
      NEON_API_KEY: neon.apiKey,
      NODE_EXTRA_CA_CERTS: neon.caFile,
      CI: 'true',
    })
  const json = async (...args: string[]) => {
    const result = await neonctl(...args, '-o', 'json')
    if (result.code !== 0) throw new Error(`neonctl ${args.join(' ')} failed: ${result.stderr}`)
    return JSON.parse(result.stdout)
  }
  return { neonctl, json, cleanup: () => rmSync(configDir, { recursive: true, force: true }) }
}

export async function psql(url: string, sql: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const result = await run('psql', [url, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql], env)
  if (result.code !== 0) throw new Error(`psql failed: ${result.stderr}`)
  return result.stdout.trim()
}

/** node-postgres in a child process, configured only by the URL and NODE_EXTRA_CA_CERTS (as a user's app would be). */
export async function nodePostgresQuery(neon: LocalNeon, url: string, sql: string): Promise<unknown[]> {
  const script = `
    const pg = require('pg')
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    client.connect()
      .then(() => client.query(process.env.SQL))
      .then((r) => { console.log(JSON.stringify(r.rows)); return client.end() })
      .catch((e) => { console.error(e.message); process.exit(1) })`
  const result = await run(process.execPath, ['--no-deprecation', '-e', script], {
    DATABASE_URL: url,
    SQL: sql,
    NODE_EXTRA_CA_CERTS: neon.caFile,
    NODE_OPTIONS: '',
  })
  if (result.code !== 0) throw new Error(`node-postgres failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

/** Waits until PostgreSQL behind `url` accepts a TLS + SCRAM connection (a new branch starts in the background). */
export async function waitForConnectable(neon: LocalNeon, url: string, timeoutMs = 60_000): Promise<void> {
  const ca = readFileSync(neon.caFile, 'utf8')
  const plain = new URL(url)
  plain.search = '' // node-postgres lets the URL's sslmode override `ssl`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const client = new pg.Client({ connectionString: plain.toString(), ssl: { ca } })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.end()
      return
    } catch (error) {
      await client.end().catch(() => undefined)
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

/** Neon API call with the server's key. */
export async function api(neon: LocalNeon, method: string, apiPath: string, body?: unknown, key = neon.apiKey) {
  const response = await fetch(`${neon.apiHost}${apiPath}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}

export async function aid(neon: LocalNeon, method: string, aidPath: string, body?: unknown) {
  const response = await fetch(`${neon.baseUrl}/__local/${aidPath}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** Polls GET branch until its background work is done (current_state ready). */
export async function waitForBranchReady(neon: LocalNeon, branchId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { body } = await api(neon, 'GET', `/projects/${neon.projectId}/branches/${branchId}`)
    if (body?.branch?.current_state === 'ready') return
    if (Date.now() > deadline) throw new Error(`branch ${branchId} not ready: ${JSON.stringify(body)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
