// Carries out a sweep plan: deletes children before parents, one failure never stops the rest, and once the step's
// deadline has passed the remaining branches are reported as not tried instead of failing one by one.
import * as log from '../log.js'
import { NeonError, type NeonClient } from '../neon/client.js'
import { childrenFirst, type SweepDecision } from './plan.js'
import type { SweepOutcome } from './summary.js'

export const SWEEP_TITLE = 'Neon branch sweep'
const NOT_TRIED = 'not tried: the step deadline (timeout input) had passed'

/** Outcomes by branch id, for the decisions whose action is 'delete'. */
export async function executeDeletions(
  client: NeonClient,
  decisions: SweepDecision[],
): Promise<Map<string, SweepOutcome>> {
  const outcomes = new Map<string, SweepOutcome>()
  let deadlinePassed = false
  let notTried = 0
  for (const decision of childrenFirst(decisions)) {
    if (decision.action !== 'delete') continue
    if (deadlinePassed) {
      outcomes.set(decision.branch.id, { kind: 'failed', error: NOT_TRIED })
      notTried++
      continue
    }
    const { outcome, deadline } = await deleteOne(client, decision)
    outcomes.set(decision.branch.id, outcome)
    deadlinePassed = deadline
  }
  if (notTried > 0) {
    log.error(
      `${notTried} more branch(es) were not tried because the step deadline passed; raise the timeout input for large sweeps.`,
      SWEEP_TITLE,
    )
  }
  return outcomes
}

async function deleteOne(
  client: NeonClient,
  decision: SweepDecision,
): Promise<{ outcome: SweepOutcome; deadline: boolean }> {
  try {
    const result = await client.deleteBranch(decision.branch.id)
    return { outcome: { kind: result === 'already-gone' ? 'already-gone' : 'deleted' }, deadline: false }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log.error(`Could not delete ${decision.branch.name} (${decision.branch.id}): ${message}`, SWEEP_TITLE)
    return {
      outcome: { kind: 'failed', error: message },
      deadline: error instanceof NeonError && error.code === 'deadline',
    }
  }
}
