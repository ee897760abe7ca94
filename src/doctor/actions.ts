// Which steps are this action, and which are Neon's own actions.
import type { Step } from './workflow-model.js'

export type ThisActionMode = 'create' | 'connect' | 'delete' | 'sweep' | 'lint'

export interface ActionContext {
  /** `uses: ./` is this action (true when linting this action's own repository). */
  localActionIsThis: boolean
}

const THIS_ACTION = /^([\w.-]+\/)?neon-ephemeral-branch(\/[^@]*)?@/
const NEON_ACTION = /^neondatabase\/(create|delete|reset)-branch-action(\/[^@]*)?@/

export function thisActionMode(step: Step, context: ActionContext): ThisActionMode | undefined {
  const uses = step.uses?.trim()
  if (!uses) return undefined
  const isThis = THIS_ACTION.test(uses) || (context.localActionIsThis && /^\.\/?$/.test(uses))
  if (!isThis) return undefined
  const mode = step.with.get('mode')?.value.trim() || 'create'
  return mode as ThisActionMode
}

/** `create`, `delete` or `reset` for neondatabase/<kind>-branch-action steps. */
export function neonActionKind(step: Step): 'create' | 'delete' | 'reset' | undefined {
  const match = NEON_ACTION.exec(step.uses?.trim() ?? '')
  return match ? (match[1] as 'create' | 'delete' | 'reset') : undefined
}
