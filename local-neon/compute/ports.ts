// Loopback ports for endpoints. A branch's host (127.0.0.1:PORT) is promised in the 201 answer before its
// PostgreSQL listens, so the port is reserved across processes (several servers may run at once) with a lock file,
// and chosen below Linux's ephemeral range so that ordinary `listen(0)` callers do not take it meanwhile.
import { createServer } from 'node:net'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomInt } from 'node:crypto'

const LOCK_DIR = path.join(tmpdir(), 'local-neon-ports')
const FIRST = 20000
const LAST = 32000

/** Whether a process exists (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function tryLock(port: number): boolean {
  const file = path.join(LOCK_DIR, String(port))
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    let owner: number
    try {
      owner = Number.parseInt(readFileSync(file, 'utf8'), 10)
    } catch {
      return false
    }
    if (Number.isNaN(owner) || isAlive(owner)) return false
    rmSync(file, { force: true }) // stale lock of a dead process
    return tryLock(port)
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function reservePort(): Promise<number> {
  mkdirSync(LOCK_DIR, { recursive: true })
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = randomInt(FIRST, LAST)
    if (!tryLock(port)) continue
    if (await canListen(port)) return port
    releasePort(port)
  }
  throw new Error('no free loopback port found for a PostgreSQL endpoint')
}

export function releasePort(port: number): void {
  const file = path.join(LOCK_DIR, String(port))
  try {
    if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true })
  } catch {
    // already released
  }
}
