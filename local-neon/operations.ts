// Neon's operations and the project lock they hold. Every change that touches a branch's storage or compute runs as
// a chain of operations (create_branch → start_compute, suspend_compute → delete_timeline, ...). Each one runs its
// work and lasts at least a modest, Neon-like time; while any operation is `scheduling` or `running`, the project is
// locked and conflicting API changes answer 423 (see http-front.ts). Reads are never locked.
import { ApiError } from './api-error.js'
import { newOperationId } from './ids.js'

export type OperationAction =
  'create_branch' | 'create_timeline' | 'start_compute' | 'suspend_compute' | 'apply_config' | 'delete_timeline'

/** The statuses this server uses out of Neon's OperationStatus. */
export type OperationStatus = 'scheduling' | 'running' | 'finished' | 'failed'

export interface OperationRecord {
  id: string
  branchId: string
  endpointId?: string
  action: OperationAction
  status: OperationStatus
  error?: string
  failuresCount: number
  createdAt: Date
  updatedAt: Date
}

export interface OperationStep {
  action: OperationAction
  branchId: string
  endpointId?: string
  /** The real work; the operation fails if it throws. */
  run?: () => Promise<void>
  /** Called when the operation has finished (after its least duration), e.g. to mark the branch ready. */
  finished?: () => void
}

/**
 * The least time each operation lasts, its work included (ms). Neon publishes no durations; its docs say a compute
 * starts in "a few hundred milliseconds" and branches "in seconds". These are modest on purpose: a create holds the
 * project lock for about 0.6 s at least, long enough that back-to-back changes meet a 423 as they do on Neon, short
 * enough that the whole test suite pays little for it.
 */
export const DEFAULT_DURATIONS_MS: Record<OperationAction, number> = {
  create_branch: 300,
  create_timeline: 300,
  start_compute: 300,
  suspend_compute: 200,
  apply_config: 150,
  delete_timeline: 200,
}

/** Neon's current 423 text (neondatabase/neon test_runner/fixtures/neon_api.py retries on it). */
export const LOCKED_MESSAGE = 'project already has running conflicting operations, scheduling of new ones is prohibited'

export class Operations {
  private readonly records: OperationRecord[] = []
  private readonly pending = new Set<Promise<void>>()

  constructor(
    /** Whether running operations lock the project (Neon does; tests about something else may turn it off). */
    private readonly lockingEnabled: () => boolean,
    private readonly durationsMs: Record<OperationAction, number> = DEFAULT_DURATIONS_MS,
  ) {}

  /** Every operation, newest first (Neon's order). */
  newestFirst(): OperationRecord[] {
    return [...this.records].reverse()
  }

  get(id: string): OperationRecord | undefined {
    return this.records.find((o) => o.id === id)
  }

  /** Whether an operation is scheduled or running, whatever the locking switch says. */
  busy(): boolean {
    return this.records.some((o) => o.status === 'scheduling' || o.status === 'running')
  }

  /** 423 if a change must wait for the running operations (the project-wide lock). */
  assertUnlocked(): void {
    if (this.lockingEnabled() && this.busy()) throw new ApiError(423, LOCKED_MESSAGE)
  }

  /**
   * Records the chain now (the first `running`, the rest `scheduling`, as Neon answers) and runs it once `after`
   * settles: each step's work, padded to its least duration. A failed step fails the steps after it too.
   * `done` never rejects; it resolves to the first error, if any.
   */
  start(steps: OperationStep[], after: Promise<unknown> = Promise.resolve()) {
    const now = new Date()
    const records = steps.map((step, index): OperationRecord => ({
      id: newOperationId(),
      branchId: step.branchId,
      endpointId: step.endpointId,
      action: step.action,
      status: index === 0 ? 'running' : 'scheduling',
      failuresCount: 0,
      createdAt: now,
      updatedAt: now,
    }))
    this.records.push(...records)
    const done = (async (): Promise<Error | undefined> => {
      await after.catch(() => undefined)
      for (const [index, step] of steps.entries()) {
        const record = records[index]
        this.set(record, 'running')
        try {
          await Promise.all([step.run?.(), delay(this.durationsMs[step.action])])
          this.set(record, 'finished')
          step.finished?.()
        } catch (error) {
          const message = (error as Error).message
          for (const failed of records.slice(index)) this.set(failed, 'failed', message)
          return error as Error
        }
      }
      return undefined
    })()
    const settled = done.then(() => undefined)
    this.pending.add(settled)
    void settled.finally(() => this.pending.delete(settled))
    return { records, done }
  }

  /** Resolves when no operation is scheduled or running, including chains started meanwhile. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  private set(record: OperationRecord, status: OperationStatus, error?: string): void {
    if (record.status === status) return
    record.status = status
    if (error !== undefined) {
      record.error = error
      record.failuresCount += 1
    }
    record.updatedAt = new Date()
  }
}

const delay = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : undefined)
