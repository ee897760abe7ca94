// The scorecard: precision (findings that are right) and recall (marked mistakes that are caught) of the doctor on
// realistic repositories (testdata/corpus/, a folder name the doctor skips when it lints this repository), written
// after the shapes of public workflows and Alembic folders. Each mistake is marked with `# expect:` by judgement of
// what is really wrong, not by what the doctor says. The goal is at least 95% of each. The fixture
// repositories (fixtures/) are exact by construction (fixtures.test.ts); they are counted here too, separately.
// Prints a table per rule; `npm run doctor:scorecard` runs it alone.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintWorkspace } from '../../src/doctor/lint.js'
import { RULES } from '../../src/doctor/rules/index.js'
import { expectedFindings, key } from './expectations.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))

interface Tally {
  truePositives: number
  falsePositives: string[]
  falseNegatives: string[]
}

function score(roots: string[]): Map<string, Tally> {
  const byRule = new Map<string, Tally>(
    RULES.map((rule) => [rule.id, { truePositives: 0, falsePositives: [], falseNegatives: [] }]),
  )
  for (const root of roots) {
    const expected = new Set(expectedFindings(root).map(key))
    const found = new Set(lintWorkspace(root, { disabledRules: [] }).map(key))
    const name = path.basename(root)
    for (const finding of found) {
      const tally = byRule.get(finding.split(' ')[1])!
      if (expected.has(finding)) tally.truePositives++
      else tally.falsePositives.push(`${name}/${finding}`)
    }
    for (const mark of expected)
      if (!found.has(mark)) byRule.get(mark.split(' ')[1])!.falseNegatives.push(`${name}/${mark}`)
  }
  return byRule
}

function totals(byRule: Map<string, Tally>) {
  const all = [...byRule.values()]
  const tp = all.reduce((sum, tally) => sum + tally.truePositives, 0)
  const fp = all.reduce((sum, tally) => sum + tally.falsePositives.length, 0)
  const fn = all.reduce((sum, tally) => sum + tally.falseNegatives.length, 0)
  return { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) }
}

function table(title: string, byRule: Map<string, Tally>): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`
  const rows = [...byRule]
    .filter(([, tally]) => tally.truePositives + tally.falsePositives.length + tally.falseNegatives.length > 0)
    .map(([rule, tally]) => {
      const { truePositives: tp } = tally
      const [fp, fn] = [tally.falsePositives.length, tally.falseNegatives.length]
      return `  ${rule.padEnd(30)} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}  ${pct(tp / (tp + fp || 1)).padStart(6)} ${pct(tp / (tp + fn || 1)).padStart(6)}`
    })
  const sum = totals(byRule)
  const misses = [...byRule.values()].flatMap((tally) => [
    ...tally.falsePositives.map((finding) => `  wrong finding: ${finding}`),
    ...tally.falseNegatives.map((finding) => `  missed: ${finding}`),
  ])
  return [
    `${title}`,
    `  ${'rule'.padEnd(30)}  tp  fp  fn  precision recall`,
    ...rows,
    `  ${'all'.padEnd(30)} ${String(sum.tp).padStart(3)} ${String(sum.fp).padStart(3)} ${String(sum.fn).padStart(3)}  ${pct(sum.precision).padStart(6)} ${pct(sum.recall).padStart(6)}`,
    ...misses,
  ].join('\n')
}

const repositories = (folder: string, nested: boolean) => {
  const base = path.join(HERE, folder)
  return readdirSync(base).flatMap((name) =>
    nested
      ? readdirSync(path.join(base, name)).map((variant) => path.join(base, name, variant))
      : [path.join(base, name)],
  )
}

test('scorecard: at least 95% of findings right and 95% of marked mistakes caught', () => {
  const corpus = score(repositories('testdata/corpus', false))
  const fixtures = score(repositories('fixtures', true))
  console.log(
    `${table('corpus (realistic repositories)', corpus)}\n\n${table('fixtures (one per rule and kind)', fixtures)}`,
  )
  const { precision, recall } = totals(corpus)
  expect(precision).toBeGreaterThanOrEqual(0.95)
  expect(recall).toBeGreaterThanOrEqual(0.95)
})
