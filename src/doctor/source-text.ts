import type { LineCounter } from 'yaml'

export interface SourceLine {
  text: string
  line: number
}

/**
 * Maps each line of a (possibly multi-line) YAML scalar's value back to its line in the file. The value's lines appear
 * in the source in order (indentation stripped, quotes or escapes aside), so each is looked up after the previous one,
 * whole or by its longest leading words (a folded line continues on the next source line); a line that cannot be
 * found keeps the position of the last one that could.
 */
export function valueLines(
  value: string,
  source: string,
  start: number,
  end: number,
  lines: LineCounter,
): SourceLine[] {
  const raw = source.slice(start, end)
  let cursor = 0
  let lastLine = lines.linePos(start).line
  return value.split('\n').map((text) => {
    const needle = text.trim()
    for (const prefix of leadingWords(needle)) {
      const at = raw.indexOf(prefix, cursor)
      if (at >= 0) {
        cursor = at + prefix.length
        lastLine = lines.linePos(start + at).line
        break
      }
    }
    return { text, line: lastLine }
  })
}

/** The text, then ever shorter runs of its leading words. */
function leadingWords(text: string): string[] {
  const prefixes = text ? [text] : []
  for (let end = text.search(/\s+\S*$/); end > 0; end = text.slice(0, end).search(/\s+\S*$/)) {
    prefixes.push(text.slice(0, end))
  }
  return prefixes
}
