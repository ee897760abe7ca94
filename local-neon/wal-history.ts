// Real points in time, with PostgreSQL's own machinery: every cluster archives its WAL (archive_command, into a
// directory per "line": one cluster's life), and a point in a branch's past is recovered from the first cluster's
// base (the pristine initdb copy main started from) by replaying the WAL of the branch's line and of the lines it
// descends from, each up to where the next one branched off, to the target LSN or time (recovery_target_*).
// The window starts when the branch's current cluster began (its creation or last restore) and reaches back at most
// history_retention_seconds (Neon's default, one day); outside it, or before the branch began, Neon-style 400s.
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { badRequest } from './api-error.js'
import { releasePort, reservePort } from './compute/ports.js'
import {
  ARCHIVE_FILE,
  chownTo,
  configureDataDir,
  PostgresCluster,
  removeDir,
  runAs,
  writeOwnedFile,
  type ClusterEnvironment,
} from './compute/postgres-cluster.js'
import { lsnValue, type History, type PointInTime } from './history.js'
import { time } from './project.js'

/** Neon's default history window (Launch and Scale plans): one day. */
export const HISTORY_RETENTION_SECONDS = 86400

const SEGMENT_BYTES = 1024n * 1024n // initdb --wal-segsize=1
const SEGMENTS_PER_ID = 0x100000000n / SEGMENT_BYTES

interface Line {
  id: string
  branchId: string
  cluster?: PostgresCluster
  archiveDir: string
  /** Where this line branched off its parent line: replay the parent's WAL up to this segment. */
  parent?: { line: Line; lastSegment: string }
  /** The pristine data directory the root line started from. */
  base?: string
  startedAt: Date
  startLsn: string
  children: number
  forgotten: boolean
}

/** The 16 hex digits of a WAL file name after the timeline: the segment holding `lsn`. */
export function segmentOf(lsn: string): string {
  const segment = lsnValue(lsn) / SEGMENT_BYTES
  const hex = (value: bigint) => value.toString(16).toUpperCase().padStart(8, '0')
  return hex(segment / SEGMENTS_PER_ID) + hex(segment % SEGMENTS_PER_ID)
}

export class WalHistory implements History {
  readonly retentionSeconds = HISTORY_RETENTION_SECONDS
  private readonly lines = new Map<string, Line>() // by branch id: the branch's current line
  private counter = 0

  constructor(
    private readonly dir: string,
    private readonly env: ClusterEnvironment,
  ) {}

  /** Writes the archive pointer of a new line into a data directory (before its cluster first starts). */
  async prepare(dataDir: string): Promise<string> {
    const archiveDir = path.join(this.dir, `line-${++this.counter}`)
    await mkdir(archiveDir, { recursive: true, mode: 0o700 })
    await chownTo(archiveDir, this.env.osUser)
    await writeOwnedFile(path.join(dataDir, ARCHIVE_FILE), archiveDir, this.env.osUser)
    return archiveDir
  }

  async track(
    branchId: string,
    cluster: PostgresCluster,
    parent: { parentId: string; lsn: string } | undefined,
  ): Promise<void> {
    const pointer = path.join(cluster.dataDir, ARCHIVE_FILE)
    const existing = await readFile(pointer, 'utf8').catch(() => undefined)
    const archiveDir =
      existing && existing.startsWith(this.dir) && !this.inUse(existing)
        ? existing
        : await this.prepare(cluster.dataDir)
    // WAL the new cluster starts with (copied from its parent, or recovered) goes to its own archive at once, so the
    // line never depends on the parent's archiver having caught up
    await runAs(
      'sh',
      ['-c', 'cp -n -- "$1"/pg_wal/0* "$2"/ 2>/dev/null; true', 'sh', cluster.dataDir, archiveDir],
      this.env.osUser,
    )
    const parentLine = parent ? this.lines.get(parent.parentId) : undefined
    const line: Line = {
      id: path.basename(archiveDir),
      branchId,
      cluster,
      archiveDir,
      parent: parentLine && parent ? { line: parentLine, lastSegment: segmentOf(parent.lsn) } : undefined,
      base: parent ? undefined : cluster.createdFrom,
      startedAt: new Date(),
      startLsn: parent?.lsn ?? (await cluster.currentLsn()),
      children: 0,
      forgotten: false,
    }
    if (line.parent) line.parent.line.children += 1
    this.lines.set(branchId, line)
  }

  async assertAvailable(branchId: string, point: PointInTime): Promise<void> {
    const line = this.lines.get(branchId)
    if (!line?.cluster || !this.rootOf(line).base) throw badRequest(`branch ${branchId} has no history to go back to`)
    if (point.timestamp) {
      const windowStart = Math.max(line.startedAt.getTime(), Date.now() - this.retentionSeconds * 1000)
      if (point.timestamp.getTime() < windowStart)
        throw badRequest(
          `timestamp ${time(point.timestamp)} is outside the history of branch ${branchId}: it reaches back to ${time(new Date(windowStart))} (history_retention_seconds ${this.retentionSeconds}, and the branch's data began then)`,
        )
      if (point.timestamp.getTime() > Date.now()) throw badRequest('timestamp can not be in the future')
    }
    if (point.lsn) {
      if (lsnValue(point.lsn) < lsnValue(line.startLsn))
        throw badRequest(`invalid branch start lsn ${point.lsn}: less than the branch's start lsn ${line.startLsn}`)
      await line.cluster.start()
      const current = await line.cluster.currentLsn()
      if (lsnValue(point.lsn) > lsnValue(current))
        throw badRequest(`invalid branch start lsn ${point.lsn}: beyond the end of the branch's WAL (${current})`)
    }
  }

  async materialize(branchId: string, point: PointInTime, targetDir: string): Promise<string> {
    const line = this.lines.get(branchId)
    if (!line?.cluster) throw badRequest(`branch ${branchId} has no history to go back to`)
    await this.flush(line.cluster, point)
    const chain = this.chainOf(line)
    const base = chain.at(-1)!.line.base
    if (!base) throw badRequest(`branch ${branchId} has no history to go back to`)
    const script = path.join(this.dir, `restore-${++this.counter}.sh`)
    await writeFile(script, restoreScript(chain), { mode: 0o755 })
    await runAs('cp', ['-a', '--', base, targetDir], this.env.osUser)
    await configureDataDir(targetDir, this.env.tls)
    const target = point.lsn
      ? `recovery_target_lsn = '${point.lsn}'`
      : `recovery_target_time = '${point.timestamp!.toISOString().replace('T', ' ').replace('Z', '+00')}'`
    const autoConf = path.join(targetDir, 'postgresql.auto.conf')
    const original = await readFile(autoConf, 'utf8')
    await writeOwnedFile(
      autoConf,
      `${original}
restore_command = '${script} %f %p'
${target}
recovery_target_inclusive = on
recovery_target_timeline = 'latest'
recovery_target_action = 'promote'
archive_mode = off
# the WAL from initdb on was written with initdb's defaults; recovery refuses lower settings than the WAL's
max_connections = 100
max_wal_senders = 10
max_worker_processes = 8
`,
      this.env.osUser,
    )
    await writeOwnedFile(path.join(targetDir, 'recovery.signal'), '', this.env.osUser)
    const port = await reservePort()
    const cluster = new PostgresCluster(targetDir, port, this.env, `recovery of ${branchId}`)
    try {
      await cluster.start() // "ready to accept connections" once the target is reached and it has promoted
      await cluster.stop()
    } catch (error) {
      await cluster.stop().catch(() => undefined)
      throw new Error(
        `recovering branch ${branchId} to ${point.lsn ?? time(point.timestamp!)} failed: ${(error as Error).message}`,
        { cause: error },
      )
    } finally {
      releasePort(port)
    }
    await writeOwnedFile(autoConf, original, this.env.osUser)
    return switchPoint(targetDir)
  }

  async withPointInTime<T>(branchId: string, point: PointInTime, work: (cluster: PostgresCluster) => Promise<T>) {
    const dir = path.join(this.dir, `at-${++this.counter}`)
    const port = await reservePort()
    const cluster = new PostgresCluster(dir, port, this.env, `${branchId} at a point in time`)
    try {
      await this.materialize(branchId, point, dir)
      await writeOwnedFile(path.join(dir, ARCHIVE_FILE), '/nonexistent', this.env.osUser) // never archives
      await cluster.start()
      return await work(cluster)
    } finally {
      await cluster.stop().catch(() => undefined)
      releasePort(port)
      await removeDir(dir)
    }
  }

  rename(fromId: string, toId: string, cluster: PostgresCluster): void {
    const line = this.lines.get(fromId)
    if (!line) return
    this.lines.delete(fromId)
    line.branchId = toId
    line.cluster = cluster
    this.lines.set(toId, line)
  }

  async forget(branchId: string): Promise<void> {
    const line = this.lines.get(branchId)
    if (!line) return
    this.lines.delete(branchId)
    line.forgotten = true
    line.cluster = undefined
    await this.collect(line)
  }

  async stop(): Promise<void> {
    this.lines.clear()
  }

  /** A forgotten line's WAL goes once no line continues from it; then its parent may go too. */
  private async collect(line: Line): Promise<void> {
    if (!line.forgotten || line.children > 0) return
    await removeDir(line.archiveDir)
    const parent = line.parent?.line
    if (!parent) return
    parent.children -= 1
    await this.collect(parent)
  }

  private inUse(archiveDir: string): boolean {
    return [...this.lines.values()].some((line) => line.archiveDir === archiveDir)
  }

  private rootOf(line: Line): Line {
    return line.parent ? this.rootOf(line.parent.line) : line
  }

  /** The line, then its ancestors, each with the last segment of its WAL the line below continues from. */
  private chainOf(line: Line): { line: Line; lastSegment?: string }[] {
    const chain: { line: Line; lastSegment?: string }[] = [{ line }]
    for (let current = line; current.parent; current = current.parent.line) {
      chain.push({ line: current.parent.line, lastSegment: current.parent.lastSegment })
    }
    return chain
  }

  /**
   * The source's WAL must reach past the target: a time target needs a commit after it (recovery stops at the
   * first commit later than the target), and the segment holding the target must be complete.
   */
  private async flush(cluster: PostgresCluster, point: PointInTime): Promise<void> {
    await cluster.start()
    await cluster.withAdmin('postgres', async (client) => {
      if (point.timestamp) {
        await client.query('BEGIN')
        await client.query('SELECT pg_current_xact_id()') // an xid, so the commit is written with its time
        await client.query('COMMIT')
      }
      await client.query('SELECT pg_switch_wal()')
    })
  }
}

/** The restore_command: a WAL file from the newest line that has it, ancestors only up to where the line below left. */
function restoreScript(chain: { line: Line; lastSegment?: string }[]): string {
  const sources = chain.flatMap(({ line, lastSegment }) => {
    const limit = lastSegment ?? ''
    const live = line.cluster ? [`try '${path.join(line.cluster.dataDir, 'pg_wal')}' '${limit}'`] : []
    return [`try '${line.archiveDir}' '${limit}'`, ...live]
  })
  return `#!/bin/bash
# restore_command for a point-in-time recovery (local-neon wal-history.ts)
f=$1 p=$2 seg=
[[ $f =~ ^[0-9A-F]{24}$ ]] && seg=\${f:8:16}
try() {
  [[ -f $1/$f ]] || return 0
  [[ -n $seg && -n $2 && $seg > $2 ]] && return 0
  cp "$1/$f" "$p"
  exit $?
}
${sources.join('\n')}
exit 1
`
}

/** Where the recovered cluster left the old timeline: the last entry of its newest timeline history file. */
async function switchPoint(dataDir: string): Promise<string> {
  const histories = (await readdir(path.join(dataDir, 'pg_wal'))).filter((f) => f.endsWith('.history')).sort()
  const newest = histories.at(-1)
  if (!newest) throw new Error('the recovered cluster has no timeline history')
  const lines = (await readFile(path.join(dataDir, 'pg_wal', newest), 'utf8'))
    .split('\n')
    .filter((l) => /^\d+\t/.test(l))
  const lsn = lines.at(-1)?.split('\t')[1]
  if (!lsn) throw new Error(`unexpected timeline history ${newest}`)
  return lsn
}

/** The directory of the archives, restore scripts and temporary recoveries (the clusters' OS user owns it). */
export async function historyDir(root: string, env: ClusterEnvironment): Promise<string> {
  const dir = path.join(root, 'history')
  await mkdir(dir, { mode: 0o755 })
  await chmod(dir, 0o755)
  await chownTo(dir, env.osUser)
  return dir
}
