// Hostile values for every print site, and the checks that none of them reached the runner as a workflow command or
// the job summary as markup.
import type { StepResult } from '../../support/runner-emulator.js'

/**
 * A value that tries everything: new lines that are workflow commands (after leading white space too), the older
 * `##[` form mid-line, an escaped newline for annotation properties, a line separator, terminal escapes, HTML and
 * Markdown, and a stop-commands that would silence the action's own annotations. Every injected command carries
 * PWNED, so a check can tell it from the action's own.
 */
export function hostile(tag: string): string {
  return (
    `${tag}\n::warning title=PWNED::PWNED-${tag}\n::add-mask::PWNED-${tag}\r\n  ::error::PWNED-${tag}` +
    ` ##[add-mask]PWNED-V1-${tag} %0A::notice::PWNED-${tag}\u2028::set-output name=created::PWNED` +
    ` \u001b[31m\u001b]8;;http://127.0.0.1:9/\u0007 <img src=x onerror=alert(1)> ![p](http://127.0.0.1:9/p.png)` +
    ` [l](javascript:alert(1)) | a | b |\n\n# PWNED heading\n::stop-commands::pwnedtoken\n::error::PWNED-AFTER-STOP`
  )
}

/** The same on one line (what survives where a tool keeps only a message's first line). */
export function hostileLine(tag: string): string {
  return `${tag} ::warning title=PWNED::PWNED-${tag} ##[add-mask]PWNED-V1-${tag} \u001b[31m <img src=x> ![p](http://127.0.0.1:9/p.png)`
}

/** Fails naming each workflow command a hostile value managed to start, and each markup it put into the summary. */
export function expectInert(steps: StepResult[]): void {
  const problems: string[] = []
  for (const step of steps) {
    for (const command of step.commands) {
      const where = `${step.entry}: ${JSON.stringify(command.line).slice(0, 200)}`
      if (command.name === 'stop-commands') problems.push(`stop-commands processed: ${where}`)
      if (['set-output', 'save-state', 'set-env', 'add-path', 'add-matcher', 'echo'].includes(command.name))
        problems.push(`${command.name} processed: ${where}`)
      if (command.name === 'add-mask' && command.data.includes('PWNED')) problems.push(`mask added: ${where}`)
      // the action sets a title only: any other property, or a title broken over lines, was injected
      const extra = Object.keys(command.properties).filter((key) => key !== 'title' && key !== 'name')
      if (extra.length > 0 || /[\r\n]/.test(command.properties.title ?? ''))
        problems.push(`properties injected: ${where}`)
      if (/^\s*PWNED/.test(command.data)) problems.push(`command injected: ${where}`)
    }
    for (const mask of step.masks) if (mask.includes('PWNED')) problems.push(`${step.entry}: mask ${mask}`)
    const summary = step.summary
    for (const markup of ['<img', '](', '<a href="http://127.0.0.1:9', '\u001b', '\u2028'])
      if (summary.includes(markup)) problems.push(`${step.entry}: summary holds ${JSON.stringify(markup)}`)
    // outside <pre> blocks (where lines are the output's own and Markdown is not read), no line of a value's own
    const outsidePre = summary.replace(/<pre>[^]*?<\/pre>/g, '')
    if (outsidePre.includes('\n# PWNED')) problems.push(`${step.entry}: summary holds a heading of a value's own`)
  }
  if (problems.length > 0) throw new Error(`hostile values were obeyed:\n${problems.join('\n')}`)
}
