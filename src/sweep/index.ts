// mode: sweep — delete stale CI branches. Lists the project's branches, decides with planSweep (pure), then
// deletes children before parents, reporting every branch and failing the step at the end if anything went wrong.
import * as log from '../log.js'
import type { NeonClient } from '../neon/client.js'
import { planSweep, pullRequestsToLookUp, type SweepRules } from './plan.js'
import { fetchPullRequestStates } from './pull-requests.js'
import type { SweepOptions } from '../settings/index.js'
import { countOutcomes, writeListingFailureSummary, writeSweepSummary } from './summary.js'
import { executeDeletions, SWEEP_TITLE as TITLE } from './execute.js'
import { formatDuration } from '../duration.js'

export { planSweep, pullRequestsToLookUp, childrenFirst } from './plan.js'
export type { PrState, SweepDecision, SweepRules, SweepAction, SweepReason } from './plan.js'
export { prNumberFromBranchName } from './pr-number.js'

export interface SweepModeOptions extends SweepOptions {
  client: NeonClient
  now?: Date
}

export async function runSweepMode(options: SweepModeOptions): Promise<void> {
  const rules: SweepRules = {
    prefix: options.prefix,
    olderThanMs: options.olderThanMs,
    closedPrs: options.closedPrs,
    dryRun: options.dryRun,
    now: options.now ?? new Date(),
  }
  // parseSettings refuses an empty prefix already; checked again here because it alone keeps a sweep off every branch
  if (!rules.prefix)
    throw new Error('sweep_prefix must not be empty: a sweep only considers branches with a name prefix')
  if (rules.olderThanMs === 0 && !rules.closedPrs) {
    log.warning(
      'sweep_older_than is 0 and sweep_closed_prs is false: no rule is on, so nothing will be deleted.',
      TITLE,
    )
  }
  log.info(
    `Sweeping branches starting with "${rules.prefix}" (${rules.olderThanMs > 0 ? `older than ${formatDuration(rules.olderThanMs)}` : 'age rule off'}, ` +
      `closed-PR rule ${rules.closedPrs ? 'on' : 'off'}${rules.dryRun ? ', dry run' : ''}).`,
  )

  let branches
  try {
    branches = await options.client.listBranches()
  } catch (error) {
    const message = errorMessage(error)
    await writeListingFailureSummary(rules, message)
    throw new Error(`sweep: could not list every branch of the project, so nothing was deleted: ${message}`, {
      cause: error,
    })
  }

  const prNumbers = pullRequestsToLookUp(branches, rules)
  if (prNumbers.length > 0)
    log.info(`Reading the state of ${prNumbers.length} pull request(s) from ${options.github.repository}.`)
  const prStates = prNumbers.length > 0 ? await fetchPullRequestStates(prNumbers, options.github) : new Map()
  const decisions = planSweep(branches, prStates, rules)

  const outcomes = await executeDeletions(options.client, decisions)

  for (const d of decisions) {
    if (d.reason === 'prefix-mismatch') continue
    const outcome = outcomes.get(d.branch.id)
    const verb =
      outcome?.kind === 'deleted'
        ? 'Deleted'
        : outcome?.kind === 'already-gone'
          ? 'Deleted (already gone)'
          : outcome?.kind === 'failed'
            ? 'FAILED to delete'
            : d.action === 'would-delete'
              ? 'Would delete'
              : 'Kept'
    log.info(`${verb} ${d.branch.name} (${d.branch.id}): ${d.detail}`)
    if (d.problem) log.warning(`Kept ${d.branch.name} (${d.branch.id}): ${d.problem}`, TITLE)
  }

  const report = { rules, decisions, outcomes }
  await writeSweepSummary(report)

  const counts = countOutcomes(report)
  const undecided = decisions.filter((d) => d.problem).length
  const line = rules.dryRun
    ? `Sweep (dry run): ${counts['would-delete']} would be deleted, ${counts.kept} kept.`
    : `Sweep: ${counts.deleted + counts['already-gone']} deleted, ${counts.failed} failed, ${counts.kept} kept.`
  log.info(line)
  if (rules.dryRun && counts['would-delete'] > 0) log.notice(line, TITLE)

  const failures: string[] = []
  if (counts.failed > 0) failures.push(`${counts.failed} branch(es) could not be deleted`)
  if (undecided > 0) failures.push(`${undecided} branch(es) were kept because their state could not be read`)
  if (failures.length > 0) throw new Error(`sweep: ${failures.join(' and ')}; see the annotations and the job summary.`)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
