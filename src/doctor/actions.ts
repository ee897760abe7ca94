// Which steps are this action, and which are Neon's own actions.
import type { Step } from './workflow-model.js'

export type ThisActionMode = 'create' | 'connect' | 'delete' | 'sweep' | 'lint'

export interface ActionContext {
  /** `uses: ./` is this action (true when linting this action's own repository). */
  localActionIsThis: boolean
}

const THIS_ACTION = /^([\w.-]+\/)?neon-ephemeral-branch(\/[^@]*)?@/
const NEON_ACTION = /^neondatabase\/([\w-]+)-action(\/[^@]*)?@/

export function thisActionMode(step: Step, context: ActionContext): ThisActionMode | undefined {
  const uses = step.uses?.trim()
  if (!uses) return undefined
  const isThis = THIS_ACTION.test(uses) || (context.localActionIsThis && /^\.\/?$/.test(uses))
  if (!isThis) return undefined
  const mode = step.with.get('mode')?.value.trim() || 'create'
  return mode as ThisActionMode
}

/** `create-branch`, `delete-branch`, `schema-diff`... for neondatabase/<name>-action steps. */
export function neonActionName(step: Step): string | undefined {
  return NEON_ACTION.exec(step.uses?.trim() ?? '')?.[1]
}
