// A local server that speaks Neon's management API (v2) over real PostgreSQL clusters, one per branch.
import { chmod, chown, mkdir, mkdtemp } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NeonApi } from './http-api.js'
import { newApiKey, newProjectId, newRolePassword } from './ids.js'
import { postgresOsUser, type OsUser } from './os-user.js'
import { LocalProject } from './project.js'
import { removeDir } from './postgres-cluster.js'
import { TestAids } from './test-aids.js'
import { createTlsFiles } from './tls.js'

export interface LocalNeonOptions {
  port?: number // 0 = any
  dataDir?: string
  apiKey?: string
  projectId?: string
  log?: (line: string) => void
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
  const log = options.log ?? (() => undefined)
  const osUser = await postgresOsUser()
  // Everything we write lives in one directory we remove on stop; sockets need a short path of their own.
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true })
  const root = await mkdtemp(path.join(options.dataDir ?? tmpdir(), 'local-neon-'))
  const socketDir = await mkdtemp(path.join(tmpdir(), 'lnsock-'))
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
    const projectId = options.projectId ?? newProjectId()
    project = new LocalProject({
      projectId,
      dataDir: branchesDir,
      environment: { tls, socketDir, osUser, log },
      owner: { role: 'neondb_owner', password: newRolePassword(), database: 'neondb' },
      slowStartMs: () => aids.slowStartMs,
      log,
    })
    const started = Date.now()
    await project.initialise()
    log(`default branch main ready in ${Date.now() - started} ms`)

    const apiKey = options.apiKey ?? newApiKey()
    const api = new NeonApi(project, aids, apiKey)
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

async function ownDir(dir: string, user: OsUser, mode: number): Promise<void> {
  await chmod(dir, mode)
  if (user.uid !== undefined) await chown(dir, user.uid, user.gid!)
}
