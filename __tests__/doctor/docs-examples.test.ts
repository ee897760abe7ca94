// Every workflow example in README.md and docs/*.md passes the doctor: users copy them. A YAML block with a top-level
// `jobs:` is a workflow and is linted as one, in a workspace of its own; one that shows no `on:` gets `on: push` (the
// trigger is not what it shows). Fragments (a step, a job, an env block) are not workflows and are left out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintWorkspace } from '../../src/doctor/lint.js'
import { formatFindingWithFix } from '../../src/doctor/report.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface Example {
  source: string
  line: number
  text: string
}

/** The ```yaml blocks of a Markdown file, with the line each starts on. */
function yamlBlocks(file: string): Example[] {
  const examples: Example[] = []
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i])) continue
    const start = i + 1
    const indent = /^\s*/.exec(lines[i])![0].length
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i]));
    examples.push({
      source: file,
      line: start + 1,
      text: lines
        .slice(start, i)
        .map((line) => line.slice(indent))
        .join('\n'),
    })
  }
  return examples
}

const markdown = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]
const blocks = markdown.flatMap(yamlBlocks)
const workflows = blocks
  .filter((block) => /^jobs:/m.test(block.text))
  .map((block) => (/^on:/m.test(block.text) ? block : { ...block, text: `on: push\n${block.text}` }))

test('the docs have workflow examples to check', () => {
  expect(workflows.length).toBeGreaterThanOrEqual(5)
  expect(workflows.some((example) => example.source === 'README.md')).toBe(true)
  expect(workflows.some((example) => example.source === 'docs/usage.md')).toBe(true)
})

test.each(workflows.map((example) => [`${example.source}:${example.line}`, example]))(
  '%s gives no findings',
  (_where, example) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doctor-docs-'))
    try {
      mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
      writeFileSync(path.join(dir, '.github/workflows/example.yml'), example.text)
      expect(lintWorkspace(dir, { disabledRules: [] }).map(formatFindingWithFix)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
)
