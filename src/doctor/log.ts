// Everything lint mode and the CLI print goes through here. Findings carry text from the user's files (job ids,
// output names, revision ids, file names): a newline in it, or a line that starts with `::`, could start a workflow
// command in the runner's log. inert() makes such text one harmless line.
import * as core from '@actions/core'

/** One line: line breaks shown as \n, other control characters as \uXXXX, and no `::` at its start. */
export function inert(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '\\n').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  // The runner reads a command from a line that starts with `::` after leading white space; a zero-width space
  // (not white space to it) in front keeps the text as written.
  return /^\s*::/.test(oneLine) ? `\u200b${oneLine}` : oneLine
}

export type LogKind = 'info' | 'warning' | 'error' | 'failed'

/** The lint mode's one way to print: a log line, an annotation on a file and line, or the step's failure. */
export function print(kind: LogKind, text: string, annotation?: core.AnnotationProperties): void {
  const line = inert(text)
  if (kind === 'info') core.info(line)
  else if (kind === 'failed') core.setFailed(line)
  else {
    const annotate = kind === 'error' ? core.error : core.warning
    if (annotation) annotate(line, inertProperties(annotation))
    else annotate(line)
  }
}

function inertProperties(properties: core.AnnotationProperties): core.AnnotationProperties {
  return {
    ...properties,
    title: properties.title === undefined ? undefined : inert(properties.title),
    file: properties.file === undefined ? undefined : inert(properties.file),
  }
}
