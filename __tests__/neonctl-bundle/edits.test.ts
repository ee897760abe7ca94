// Every edit of the shipped neonctl (scripts/neonctl-edits.mjs) has a check (./checks.ts) that passes on
// dist/neonctl and fails on a neonctl built without that edit: an edit nobody needs, or a check that proves
// nothing, fails here.
import { AssertionError } from 'node:assert'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { buildNeonctl } from '../../scripts/build-neonctl.mjs'
import { neonctlEdits } from '../../scripts/neonctl-edits.mjs'
import { checks, repoRoot } from './checks.js'

const shipped = path.join(repoRoot, 'dist', 'neonctl')
// With every command, neon's `functions deploy` and keyring login reach packages esbuild cannot bundle (native
// addons, optional AWS SDKs): a build without the `commands` row completes only with these left out too.
const externalWithout: Record<string, string[]> = {
  commands: ['@vercel/nft', '@mapbox/node-pre-gyp', '@napi-rs/keyring', 'esbuild'],
}
const ids = neonctlEdits.map((edit) => edit.id)

it('every edit has a check, and every check an edit', () => {
  expect(Object.keys(checks).sort()).toEqual([...ids].sort())
})

describe('dist/neonctl has the effect of each edit', () => {
  it.each(ids)('%s', async (id) => {
    await checks[id](shipped)
  })
})

describe('each check fails on a neonctl built without its edit', () => {
  let work: string
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'neonctl-without-'))
  })
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true })
  })

  it.each(ids)('without %s', async (id) => {
    const outdir = path.join(work, id)
    for (const file of await buildNeonctl({
      root: repoRoot,
      outdir,
      without: [id],
      external: externalWithout[id],
    })) {
      await fs.mkdir(path.dirname(file.path), { recursive: true })
      await fs.writeFile(file.path, file.contents)
    }
    const outcome = await checks[id](outdir).then(
      () => 'passed',
      (error: unknown) => error,
    )
    expect(outcome).toBeInstanceOf(AssertionError)
  })
})
