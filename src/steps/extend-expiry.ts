// A reused branch keeps long enough for this job: its expiry is extended when due.

import * as log from '../log.js'
import type { Branch, NeonClient } from '../neon/client.js'

/**
 * The expiry to give a reused branch, if any: the requested one, when the branch would otherwise expire before half
 * of the requested lifetime has passed (a per-PR branch reused a day later would vanish under the running job).
 * Never shortens, never adds an expiry to a branch that has none.
 */
export function expiryToExtend(
  current: string | undefined,
  requested: string | undefined,
  now: number,
): string | undefined {
  if (!current || !requested) return undefined
  const currentMs = Date.parse(current)
  const requestedMs = Date.parse(requested)
  if (!(requestedMs > currentMs)) return undefined
  return currentMs < now + (requestedMs - now) / 2 ? requested : undefined
}

/** Extends a reused branch's expiry when due; a failure is a warning, the branch is still usable. */
export async function extendExpiryIfDue(
  branch: Branch,
  requested: string | undefined,
  deps: { client: NeonClient; now: () => number },
): Promise<Branch> {
  const extendTo = expiryToExtend(branch.expiresAt, requested, deps.now())
  if (!extendTo) return branch
  const previous = branch.expiresAt
  try {
    const expiresAt = (await deps.client.setExpiration(branch.id, extendTo)).expiresAt ?? extendTo
    log.info(`Extended the expiry of reused branch '${branch.name}' from ${previous} to ${expiresAt}`)
    return { ...branch, expiresAt }
  } catch (error) {
    log.warning(
      `Could not extend the expiry of reused branch '${branch.name}' (${previous}): ${error instanceof Error ? error.message : String(error)}`,
      'Branch expiry not extended',
    )
    return branch
  }
}
