import { describeDatabase } from '../databases.js'
import type { Rule } from './rule.js'

export const cleanupUnderDependants: Rule = {
  id: 'cleanup-under-dependants',
  severity: 'error',
  summary:
    'This action creates a branch with cleanup (auto/always) that later jobs, parallel jobs or matrix copies still use: post deletes it under them.',
  check({ workflows }, report) {
    for (const { workflow, databases, needs } of workflows) {
      for (const creator of databases.uses) {
        if (creator.kind !== 'create' || !creator.cleanup || creator.cleanup.value === 'never') continue
        const others = databases.uses.filter(
          (use) =>
            use.key === creator.key &&
            use.job.id !== creator.job.id &&
            !needs.runsAfter(creator.job.id, use.job.id) &&
            needs.canBothRun(creator.job.id, use.job.id),
        )
        const later = [
          ...new Set(others.filter((use) => needs.runsAfter(use.job.id, creator.job.id)).map((use) => use.job.id)),
        ]
        const parallel = [
          ...new Set(others.filter((use) => needs.unordered(use.job.id, creator.job.id)).map((use) => use.job.id)),
        ]
        const copies = creator.job.parallelCopies
        const sharedByCopies = typeof copies === 'number' && copies > 1 && !creator.key.includes('matrix.')
        if (later.length === 0 && parallel.length === 0 && !sharedByCopies) continue
        const who = [
          sharedByCopies ? `the other ${copies - 1} matrix cop${copies > 2 ? 'ies' : 'y'} of ${creator.job.id}` : '',
          later.length
            ? `job${later.length > 1 ? 's' : ''} ${later.join(', ')} (which need${later.length > 1 ? '' : 's'} it)`
            : '',
          parallel.length ? `job${parallel.length > 1 ? 's' : ''} ${parallel.join(', ')} (running alongside)` : '',
        ]
          .filter(Boolean)
          .join(' and ')
        report(
          workflow.file,
          creator.cleanup.line,
          `Job ${creator.job.id} creates ${describeDatabase(creator.key)} with cleanup: ${creator.cleanup.value}, so its post step ` +
            `deletes the branch when ${creator.job.id} ends, out from under ${who}.`,
          'Set cleanup: never on the create step and delete the branch in a teardown job (mode: delete, if: always(), ' +
            'needs: every job that uses it).',
        )
      }
    }
  },
}
