// Which job of a run makes the schema diff: exactly one, the one whose step changed the schema last.
// - With a migration command: the job whose step ran it (outcome 'migrated'). Jobs that found it done ('skipped')
//   leave the diff to that job; a failed migration fails the step, and there is nothing to review.
// - Without one: the step that created or reset the branch (a reused or connected branch was diffed by its maker).
// A rerun of a run attempt whose migration already succeeded therefore makes no new diff: the comment from the run
// that migrated still stands.

export type MigrationOutcome = 'migrated' | 'skipped' | 'failed'

export interface DiffJobFacts {
  /** undefined when the step has no migration command */
  migration?: MigrationOutcome
  /** this step created the branch, or reset it */
  madeBranch: boolean
}

export type DiffDecision = { diff: true } | { diff: false; reason: string }

export function whetherToDiff(facts: DiffJobFacts): DiffDecision {
  switch (facts.migration) {
    case 'migrated':
      return { diff: true }
    case 'skipped':
      return { diff: false, reason: 'the job that ran the migration for this commit made the schema diff' }
    case 'failed':
      return { diff: false, reason: 'the migration failed' }
    case undefined:
      return facts.madeBranch
        ? { diff: true }
        : {
            diff: false,
            reason:
              'this step ran no migration and neither created nor reset the branch; the step that did made the schema diff',
          }
  }
}
