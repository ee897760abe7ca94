import type { Job } from './workflow-model.js'

/** The order `needs:` puts jobs in: a job starts only after everything it needs, directly or not, has finished. */
export class NeedsGraph {
  private readonly upstream = new Map<string, Set<string>>()

  constructor(jobs: Job[]) {
    const direct = new Map(jobs.map((job) => [job.id, job.needs]))
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

  /** Whether the two jobs may run at the same time. */
  unordered(a: string, b: string): boolean {
    return a !== b && !this.runsAfter(a, b) && !this.runsAfter(b, a)
  }
}
