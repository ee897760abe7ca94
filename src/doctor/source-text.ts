import type { LineCounter } from 'yaml'

export interface SourceLine {
  text: string
  line: number
}

/**
 * Maps each line of a (possibly multi-line) YAML scalar's value back to its line in the file. The value's lines appear
 * in the source in order (indentation stripped, quotes or escapes aside), so each is looked up after the previous one;
 * a line that cannot be found keeps the position of the last one that could.
 */
export function valueLines(value: string, source: string, start: number, end: number, lines: LineCounter): SourceLine[] {
  const raw = source.slice(start, end)
  let cursor = 0
  let lastLine = lines.linePos(start).line
  return value.split('\n').map((text) => {
    const needle = text.trim()
    if (needle) {
      const at = raw.indexOf(needle, cursor)
      if (at >= 0) {
        cursor = at + needle.length
        lastLine = lines.linePos(start + at).line
      }
    }
    return { text, line: lastLine }
  })
}
