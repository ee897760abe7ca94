// A local server that speaks Neon's management API (v2) over real PostgreSQL clusters, one per branch.
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, stat, statfs, writeFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NeonApi, type Exchange } from './api/http-front.js'
import { postgresOsUser, type OsUser } from './compute/os-user.js'
import { isAlive } from './compute/ports.js'
import { blockingAncestor, ensureBinariesReachable, userCan } from './compute/postgres-binaries.js'
import { removeDir } from './compute/postgres-cluster.js'
import { createTlsFiles } from './compute/tls.js'
import { historyDir, WalHistory } from './wal-history.js'
import { newApiKey, newProjectId, newRolePassword } from './ids.js'
import { Operations } from './operations.js'
import { LocalProject } from './project.js'
import { TestAids } from './test-aids.js'

export type { Exchange }

export interface LocalNeonOptions {
  port?: number // 0 = any
  dataDir?: string
  apiKey?: string
  projectId?: string
  log?: (line: string) => void // default: silent, or stderr when LOCAL_NEON_LOG is set
  /** Neon's project lock: changes answer 423 while an operation runs (default true; `/__local/locking` too). */
  locking?: boolean
  /** Sees every API answer (the tests' OpenAPI conformance check). */
  observe?: (exchange: Exchange) => void
}

export interface LocalNeon {
  apiHost: string // "http://127.0.0.1:PORT/api/v2"
  apiKey: string
  projectId: string
  caFile: string // PEM of the local CA; child processes get NODE_EXTRA_CA_CERTS=caFile
  baseUrl: string // "http://127.0.0.1:PORT" (for /__local/* test aids)
  stop(): Promise<void> // stops every PostgreSQL it started, removes its temp data
}

const EXPIRY_CHECK_MS = 1000

export async function startLocalNeon(options: LocalNeonOptions = {}): Promise<LocalNeon> {
  const log =
    options.log ??
    (process.env.LOCAL_NEON_LOG
      ? (line: string) => process.stderr.write(`[local-neon] ${line.trimEnd()}\n`)
      : () => undefined)
  const osUser = await postgresOsUser()
  await ensureBinariesReachable(osUser, log)
  // Everything we write lives in one directory we remove on stop; sockets need a short path of their own.
  const baseDir = (options.dataDir && (await usableDataDir(options.dataDir, osUser, log))) ?? (await defaultBaseDir())
  await Promise.all([...new Set([tmpdir(), baseDir])].map((dir) => removeStaleDirs(dir)))
  const root = await mkdtemp(path.join(baseDir, 'local-neon-'))
  const socketDir = await mkdtemp(path.join(tmpdir(), 'lnsock-'))
  await Promise.all([root, socketDir].map((dir) => writeFile(path.join(dir, OWNER_FILE), String(process.pid))))
  const cleanupDirs = () => {
    for (const dir of [root, socketDir]) rmSync(dir, { recursive: true, force: true })
  }
  let project: LocalProject | undefined
  const onExit = () => {
    project?.killNow()
    cleanupDirs()
  }
  process.once('exit', onExit)
  let http: Server | undefined
  try {
    await Promise.all([ownDir(root, osUser, 0o755), ownDir(socketDir, osUser, 0o700)])
    const tlsDir = path.join(root, 'tls')
    await mkdir(tlsDir, { mode: 0o755 })
    const tls = await createTlsFiles(tlsDir)
    await chmod(tls.keyFile, 0o600)
    if (osUser.uid !== undefined) await chown(tls.keyFile, osUser.uid, osUser.gid!)
    await chmod(tls.caFile, 0o644)
    const branchesDir = path.join(root, 'branches')
    await mkdir(branchesDir)
    await ownDir(branchesDir, osUser, 0o700)

    const aids = new TestAids()
    aids.locking = options.locking ?? true
    const projectId = options.projectId ?? newProjectId()
    const environment = { tls, socketDir, osUser, templateCacheDir: baseDir, log }
    project = new LocalProject({
      projectId,
      dataDir: branchesDir,
      environment,
      owner: { role: 'neondb_owner', password: newRolePassword(), database: 'neondb' },
      operations: new Operations(() => aids.locking),
      history: new WalHistory(await historyDir(root, environment), environment),
      slowStartMs: () => aids.slowStartMs,
      log,
    })
    const started = Date.now()
    await project.initialise()
    log(`default branch main ready in ${Date.now() - started} ms`)

    const apiKey = options.apiKey ?? newApiKey()
    const api = new NeonApi(project, aids, apiKey, options.observe)
    const server = createServer((req, res) => {
      api.handle(req, res).catch((error: Error) => {
        log(`request failed: ${error.stack}`)
        if (!res.headersSent) res.writeHead(500).end()
      })
    })
    http = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
    const port = (server.address() as AddressInfo).port
    const running = project
    const expiry = setInterval(() => running.expireBranches(), EXPIRY_CHECK_MS)
    expiry.unref()
    const baseUrl = `http://127.0.0.1:${port}`
    log(`local Neon API on ${baseUrl}/api/v2, project ${projectId}`)

    let stopping: Promise<void> | undefined
    return {
      apiHost: `${baseUrl}/api/v2`,
      apiKey,
      projectId,
      caFile: tls.caFile,
      baseUrl,
      stop: () => {
        stopping ??= (async () => {
          clearInterval(expiry)
          server.closeAllConnections()
          await new Promise((resolve) => server.close(resolve))
          await running.stop()
          await removeDir(root)
          await removeDir(socketDir)
          process.removeListener('exit', onExit)
        })()
        return stopping
      },
    }
  } catch (error) {
    http?.close()
    await project?.stop().catch(() => undefined)
    cleanupDirs()
    process.removeListener('exit', onExit)
    throw error
  }
}

const OWNER_FILE = 'local-neon.pid'
const SHM = '/dev/shm'
const SHM_MIN_FREE = 1024 ** 3

/**
 * Clusters live in RAM (/dev/shm) when there is room: branching copies ~1000 files, and on a busy disk the kernel's
 * write-back throttling makes that copy 10x slower. Else the system temp dir.
 */
async function defaultBaseDir(): Promise<string> {
  try {
    const fs = await statfs(SHM)
    if (fs.bavail * fs.bsize >= SHM_MIN_FREE) return SHM
  } catch {
    // no /dev/shm (not Linux)
  }
  return tmpdir()
}

/** Directories left by a server that was killed (SIGKILL leaves no chance to clean up); its PostgreSQL died with it. */
async function removeStaleDirs(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => /^(local-neon-|lnsock-)/.test(name))
  await Promise.all(
    names.map(async (name) => {
      const building = /^local-neon-(?:initdb|bin)-\w+\.(\d+)\.\d+$/.exec(name) // a cache entry cut short
      const owner = building
        ? Number(building[1])
        : Number.parseInt(await readFile(path.join(dir, name, OWNER_FILE), 'utf8').catch(() => ''), 10)
      if (Number.isNaN(owner) || isAlive(owner)) return
      await removeDir(path.join(dir, name)).catch(() => undefined)
    }),
  )
}

/**
 * `--data-dir DIR`. PostgreSQL runs as another OS user when we are root: it must be able to pass through DIR (we
 * add search permission for others to DIR itself) and every directory above it (we change nothing there). When it
 * cannot (say DIR is under root's 0700 home), the clusters go to the default place instead, and one line says why.
 */
async function usableDataDir(dir: string, user: OsUser, log: (line: string) => void): Promise<string | undefined> {
  await mkdir(dir, { recursive: true })
  if (user.uid === undefined) return dir
  const { mode } = await stat(dir)
  if ((mode & 0o001) === 0) {
    await chmod(dir, (mode & 0o7777) | 0o001)
    log(`added search permission for others to ${dir} so that the postgres user can reach its clusters`)
  }
  if (await userCan(user, ['-x'], dir)) return dir
  const blocked = (await blockingAncestor(user, dir)) ?? dir
  log(
    `--data-dir ${dir}: the postgres OS user PostgreSQL runs as cannot pass through ${blocked} (no search permission for others), so the clusters go to the default place instead`,
  )
  return undefined
}

async function ownDir(dir: string, user: OsUser, mode: number): Promise<void> {
  await chmod(dir, mode)
  if (user.uid !== undefined) await chown(dir, user.uid, user.gid!)
}
