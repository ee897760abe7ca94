// What the action runs, or is about to run, exists in the shipped neonctl with the flags it passes: a row of
// scripts/neonctl-edits.mjs that drops too much fails here, not in a user's job. (schema-diff and reset run end to
// end against the local server in __tests__/local-neon/schema-diff.test.ts.)
import * as path from 'node:path'
import { FakeNeonApi } from './fake-neon-api.js'
import { repoRoot, runNeonctl } from './checks.js'

const shipped = path.join(repoRoot, 'dist', 'neonctl')
let api: FakeNeonApi
beforeAll(async () => {
  api = await new FakeNeonApi().start()
})
afterAll(async () => {
  await api.stop()
})

/** `neon branches X` lines of `branches --help` */
function subcommands(help: string): string[] {
  return [...help.matchAll(/^neon branches ([\w-]+)/gm)].map((m) => m[1])
}

it('branches has every subcommand the action uses (create, delete, set-expiration) or will (reset, schema-diff)', async () => {
  const run = await runNeonctl(shipped, api, ['branches', '--help'])
  expect(run.code).toBe(0)
  expect(subcommands(run.stdout)).toEqual(
    expect.arrayContaining(['list', 'create', 'get', 'delete', 'set-expiration', 'reset', 'schema-diff']),
  )
  for (const command of ['reset', 'schema-diff']) {
    const help = await runNeonctl(shipped, api, ['branches', command, '--help'])
    expect(help).toMatchObject({ code: 0 })
    expect(help.stdout).toContain(`neon branches ${command}`)
  }
})

it('branches create sends the hidden --annotation as annotation_value', async () => {
  const annotation = { 'neon-ephemeral-branch/create-token': 'token-1234' }
  const run = await runNeonctl(shipped, api, [
    'branches',
    'create',
    '--name=annotated',
    `--annotation=${JSON.stringify(annotation)}`,
    '-o',
    'json',
  ])
  expect(run).toMatchObject({ code: 0 })
  const created = api.branches.find((b) => b.name === 'annotated')!
  expect(api.annotations.get(created.id)).toEqual(annotation)
})
