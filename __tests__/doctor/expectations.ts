// The findings a repository's files announce with `# expect: rule-id [severity] [@shift]` comments (several separated by
// commas; `@-1` moves the mark one line up, for lines that cannot carry a comment): shared by the fixture test and
// the scorecard.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { RULES } from '../../src/doctor/rules/index.js'

export interface Expected {
  file: string
  line: number
  rule: string
  severity: string
}

export function expectedFindings(root: string): Expected[] {
  const expected: Expected[] = []
  for (const relative of readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, relative)
    if (!statSync(file).isFile()) continue
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const marks = /#\s*expect:\s*([^(]+)/.exec(text)?.[1]
        for (const mark of marks?.split(',') ?? []) {
          const words = mark.trim().split(/\s+/)
          const rule = words[0]
          const severity = words.find((word) => word === 'error' || word === 'warning')
          const shift = Number(words.find((word) => word.startsWith('@'))?.slice(1) ?? 0)
          expected.push({
            file: relative.split(path.sep).join('/'),
            line: index + 1 + shift,
            rule,
            severity: severity ?? RULES.find((candidate) => candidate.id === rule)?.severity ?? `unknown rule ${rule}`,
          })
        }
      })
  }
  return expected
}

export const key = (finding: { file: string; line: number; rule: string }) =>
  `${finding.file}:${finding.line} ${finding.rule}`
