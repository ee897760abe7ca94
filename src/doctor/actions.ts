// Which steps are this action, and which are Neon's own actions (and which major version of them).
import { NEON_ACTIONS, type NeonAction, type NeonActionVersion } from './neon-actions.js'
import type { Step } from './workflow-model.js'

/** A mode of this action, as written (create when not given). */
export type ThisActionMode = string

export interface ActionContext {
  /** `uses: ./` is this action (true when linting this action's own repository). */
  localActionIsThis: boolean
}

const THIS_ACTION = /^([\w.-]+\/)?neon-ephemeral-branch(\/[^@]*)?@/
const NEON_ACTION = /^neondatabase\/([\w-]+)-action(\/[^@]*)?@(.*)$/

export function isThisAction(step: Step, context: ActionContext): boolean {
  const uses = step.uses?.trim()
  if (!uses) return false
  return THIS_ACTION.test(uses) || (context.localActionIsThis && /^\.\/?$/.test(uses))
}

export function thisActionMode(step: Step, context: ActionContext): ThisActionMode | undefined {
  if (!isThisAction(step, context)) return undefined
  return step.with.get('mode')?.value.trim().toLowerCase() || 'create'
}

/** `create-branch`, `delete-branch`, `schema-diff`... for neondatabase/<name>-action steps. */
export function neonActionName(step: Step): string | undefined {
  return NEON_ACTION.exec(step.uses?.trim() ?? '')?.[1]
}

export interface NeonActionStep {
  action: NeonAction
  /** The major version, when the ref or a comment beside a commit SHA tells it. */
  major?: number
  /** The table for that major, if the doctor knows it. */
  version?: NeonActionVersion
  /** The ref as written, for messages. */
  ref: string
}

/** A step that uses one of Neon's actions the doctor has tables for. */
export function neonActionStep(step: Step): NeonActionStep | undefined {
  const match = NEON_ACTION.exec(step.uses?.trim() ?? '')
  const action = match ? NEON_ACTIONS[match[1]] : undefined
  if (!match || !action) return undefined
  const written = match[3]
  const major = majorOf(written, step.usesComment, action.latest)
  // A commit SHA is shown short, with the version its comment gives.
  const ref = /^[0-9a-f]{40}$/i.test(written)
    ? `${written.slice(0, 7)}${step.usesComment ? ` (# ${step.usesComment})` : ''}`
    : written
  return { action, major, version: major === undefined ? undefined : action.versions[major], ref }
}

/** v6, v6.1.0 and 6 are major 6; main and master are the latest; a commit SHA is what the comment beside it says. */
export function majorOf(ref: string, comment: string | undefined, latest: number): number | undefined {
  const tag = /^v?(\d+)(\.\d+){0,2}$/.exec(ref.trim())
  if (tag) return Number(tag[1])
  if (/^(main|master)$/.test(ref.trim())) return latest
  if (/^[0-9a-f]{40}$/i.test(ref.trim()) && comment) {
    const commented = /(?:^|[\s@])v?(\d+)(?:\.\d+){0,2}\b/.exec(comment)
    if (commented) return Number(commented[1])
  }
  return undefined
}
