import { isThisAction, neonActionStep } from '../actions.js'
import { anyVersionInputs, majorsWith } from '../neon-actions.js'
import type { Rule } from './rule.js'

export const unknownInput: Rule = {
  id: 'unknown-input',
  severity: 'warning',
  summary:
    "A with: input the action does not take (Neon's actions by major version, and this action): the runner ignores it. An error when the action has a replacement for it.",
  check({ workflows, thisAction, actions }, report) {
    for (const { workflow } of workflows) {
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          const neon = neonActionStep(step)
          const thisOne = !neon && thisAction && isThisAction(step, actions) ? thisAction : undefined
          if (!neon && !thisOne) continue
          const accepted = neon
            ? neon.version
              ? new Set(neon.version.inputs)
              : neon.major === undefined
                ? anyVersionInputs(neon.action)
                : undefined
            : thisOne!.inputs
          if (!accepted) continue
          const action = neon ? `neondatabase/${neon.action.name}-action@${neon.ref}` : 'This action'
          for (const [input, { keyLine }] of step.with) {
            const name = input.toLowerCase()
            if (accepted.has(name)) continue
            const replacement = neon ? neon.action.replacements[name] : closest(name, [...accepted])
            const usable =
              replacement && accepted.has(replacement) && !step.with.has(replacement) ? replacement : undefined
            const elsewhere = neon && neon.major !== undefined ? majorsWith(neon.action, name, 'inputs') : []
            const history =
              elsewhere.length > 0
                ? ` (only v${elsewhere.join('/v')} ${elsewhere.length > 1 ? 'take' : 'takes'} it)`
                : ''
            report(
              workflow.file,
              keyLine,
              `${action} takes no input ${input}${history}; the runner ignores it (warning "Unexpected input(s) '${input}'")` +
                (usable ? `, so ${usable} is not set.` : '.'),
              usable
                ? `Rename ${input} to ${usable}.`
                : `Remove it; the inputs are ${[...accepted].sort().join(', ')}.`,
              usable ? 'error' : 'warning',
            )
          }
        }
      }
    }
  },
}

/** The accepted name one typo away (an edit distance of at most 2), if there is exactly one such. */
function closest(name: string, names: string[]): string | undefined {
  const near = names.filter((candidate) => distance(name.replace(/-/g, '_'), candidate.replace(/-/g, '_')) <= 2)
  return near.length === 1 ? near[0] : undefined
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}
