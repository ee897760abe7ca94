// The doctor's text format (the CLI's output, and the finding quoted in mode: lint's failure). Findings carry text
// from the user's files (job ids, output names, revision ids, file names): a newline in it, a line that starts with
// `::` or a `##[` anywhere could start a workflow command where the output lands in a runner's log. inert() makes
// such text one harmless line. mode: lint itself prints through src/log.ts, which also redacts.

/** One line: line breaks shown as \n, other control characters as \uXXXX, no `::` at its start, no `##[`. */
export function inert(text: string): string {
  const oneLine = text
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/##\[/g, '##\\[')
  // The runner reads a command from a line that starts with `::` after leading white space; a zero-width space
  // (not white space to it) in front keeps the text as written.
  return /^\s*::/.test(oneLine) ? `\u200b${oneLine}` : oneLine
}
