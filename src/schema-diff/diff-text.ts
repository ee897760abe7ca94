// The diff's lines as they are shown in the job summary and the pull request comment: inside a Markdown fenced code
// block (```diff, which GitHub colours), where nothing is read as Markdown, HTML, a mention or a link. What could
// still escape such a block is a line that closes it (a run of backticks at least as long as the fence: the fence is
// made longer than any run in the text) and control characters (shown escaped, as everywhere else). Every line is
// redacted first (src/redact.ts), then cut to fit: a cut never falls inside a secret.
import { inert } from '../inert.js'
import { redact } from '../redact.js'

const TAB_STOP = 8

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line
  let out = ''
  for (const c of line) out += c === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : c
  return out
}

/** A line longer than this (a long function body or CHECK on one line) is cut, after redaction. */
const MAX_LINE_CHARS = 4000

/** Each line redacted, tabs expanded, every other control character shown escaped, and at most MAX_LINE_CHARS. */
export function displayLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const shown = inert(expandTabs(redact(line)))
    return shown.length > MAX_LINE_CHARS ? `${shown.slice(0, MAX_LINE_CHARS)} …[line cut]` : shown
  })
}

export interface Fitted {
  shown: string[]
  /** Lines left out at the end. */
  omitted: number
}

/** The first lines whose sizes (plus a line break each) add up to at most `budget`. */
export function fitLines(lines: readonly string[], budget: number, size: (line: string) => number): Fitted {
  let used = 0
  let count = 0
  for (const line of lines) {
    const next = used + size(line) + 1
    if (next > budget) break
    used = next
    count++
  }
  return { shown: lines.slice(0, count), omitted: lines.length - count }
}

export const utf8Bytes = (line: string): number => Buffer.byteLength(line, 'utf8')
export const characters = (line: string): number => line.length

/** A fenced code block holding `lines` (already display lines): its fence is longer than any backtick run in them. */
export function fencedBlock(lines: readonly string[], language: string): string {
  const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${language}`, ...lines, fence].join('\n')
}

/** As many of the first lines as fit into `budget` together with the fences around them. */
export function fencedFit(
  lines: readonly string[],
  budget: number,
  size: (text: string) => number,
  language: string,
): { block: string; omitted: number } {
  let room = budget - 2 * (language.length + 8)
  for (;;) {
    const { shown, omitted } = fitLines(lines, room, size)
    const block = fencedBlock(shown, language)
    // a fence can only grow past the allowance with a long backtick run in a shown line: fit again without it
    if (size(block) <= budget || shown.length === 0) return { block, omitted }
    room -= size(block) - budget
  }
}
