// Points in a branch's past (parent_lsn / parent_timestamp, restore's source_lsn / source_timestamp, schema at an
// LSN or time): the contract the project uses. wal-history.ts keeps each branch's WAL and recovers to a point.
import { ApiError } from './api-error.js'
import type { PostgresCluster } from './compute/postgres-cluster.js'

export interface PointInTime {
  lsn?: string
  timestamp?: Date
}

export interface History {
  /** The window reported as the project's history_retention_seconds. */
  readonly retentionSeconds: number
  /** Points a new data directory (before its cluster first starts) at a fresh WAL archive. */
  prepare(dataDir: string): Promise<unknown>
  /** Starts keeping the history of a branch's (new) cluster; `parent`: the history it continues from, and where. */
  track(
    branchId: string,
    cluster: PostgresCluster,
    parent: { parentId: string; lsn: string } | undefined,
  ): Promise<void>
  /** Throws a Neon-style 4xx when `point` is outside what this branch's history can give. */
  assertAvailable(branchId: string, point: PointInTime): Promise<void>
  /** A data directory at `targetDir` holding the branch as it was at `point`; returns the LSN it stops at. */
  materialize(branchId: string, point: PointInTime, targetDir: string): Promise<string>
  /** Runs `work` against a throw-away cluster of the branch as it was at `point`. */
  withPointInTime<T>(branchId: string, point: PointInTime, work: (cluster: PostgresCluster) => Promise<T>): Promise<T>
  /** The branch's history now belongs to another branch id (a restore's preserve_under_name). */
  rename(fromId: string, toId: string, cluster: PostgresCluster): void
  /** The branch is gone; its history may go once nothing continues from it. */
  forget(branchId: string): Promise<void>
  stop(): Promise<void>
}

/** LSN text (`0/16B3748`) as a number, for comparisons. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/')
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`)
}

/** No history kept: every point in time is refused (history_retention_seconds 0, as Neon reports it then). */
export class NoHistory implements History {
  readonly retentionSeconds = 0
  async prepare(): Promise<void> {}
  async track(): Promise<void> {}
  async assertAvailable(): Promise<void> {
    throw new ApiError(400, 'history retention is 0 seconds: point-in-time branching and restore are disabled')
  }
  materialize(): Promise<string> {
    return Promise.reject(new Error('no history'))
  }
  withPointInTime<T>(): Promise<T> {
    return Promise.reject(new Error('no history'))
  }
  rename(): void {}
  async forget(): Promise<void> {}
  async stop(): Promise<void> {}
}
