import { canBothHold } from './conditions.js'
import type { Workflow } from './workflow-model.js'

/**
 * The order `needs:` puts jobs in (a job starts only after everything it needs, directly or not, has finished), and
 * whether two jobs' `if:` conditions let them run in the same workflow run at all.
 */
export class NeedsGraph {
  private readonly upstream = new Map<string, Set<string>>()
  private readonly conditions: Map<string, string>
  private readonly triggers: string[]
  private readonly direct: Map<string, string[]>
  private readonly exclusive = new Map<string, boolean>()

  constructor({ jobs, triggers }: Workflow) {
    this.triggers = triggers
    this.conditions = new Map(jobs.map((job) => [job.id, job.condition]))
    const direct = new Map(jobs.map((job) => [job.id, job.needs]))
    this.direct = direct
    const visit = (id: string, trail: Set<string>): Set<string> => {
      const known = this.upstream.get(id)
      if (known) return known
      const all = new Set<string>()
      if (trail.has(id)) return all // a cycle; GitHub rejects the workflow anyway
      trail.add(id)
      for (const need of direct.get(id) ?? []) {
        all.add(need)
        for (const further of visit(need, trail)) all.add(further)
      }
      trail.delete(id)
      this.upstream.set(id, all)
      return all
    }
    for (const job of jobs) visit(job.id, new Set())
  }

  /** Whether `later` needs `earlier`, directly or through other jobs. */
  runsAfter(later: string, earlier: string): boolean {
    return this.upstream.get(later)?.has(earlier) ?? false
  }

  /** Whether both jobs can run in one workflow run (their `if:` conditions do not exclude each other). */
  canBothRun(a: string, b: string): boolean {
    // A job runs only if the jobs it needs ran, unless its if: calls always(), failure() or cancelled().
    for (const x of [a, ...this.required(a)])
      for (const y of [b, ...this.required(b)]) if (!this.conditionsCanBothHold(x, y)) return false
    return true
  }

  /** The jobs a job needs, directly or not, that must have succeeded for it to run. */
  private required(id: string, trail = new Set<string>()): string[] {
    if (trail.has(id)) return []
    trail.add(id)
    const condition = this.conditions.get(id) ?? 'success()'
    if (/\b(always|failure|cancelled)\s*\(/.test(condition)) return []
    return (this.direct.get(id) ?? []).flatMap((need) => [need, ...this.required(need, trail)])
  }

  private conditionsCanBothHold(a: string, b: string): boolean {
    const key = [a, b].sort().join('\u0000')
    let both = this.exclusive.get(key)
    if (both === undefined) {
      both = canBothHold(this.conditions.get(a), this.conditions.get(b), this.triggers)
      this.exclusive.set(key, both)
    }
    return both
  }

  /** Whether the two jobs may run at the same time. */
  unordered(a: string, b: string): boolean {
    return a !== b && !this.runsAfter(a, b) && !this.runsAfter(b, a) && this.canBothRun(a, b)
  }
}
