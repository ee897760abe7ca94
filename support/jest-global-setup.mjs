// Runs once before the whole test suite: whatever the tests need beyond `npm ci` is brought here, so `npm test` on
// a fresh machine passes without a separate install step. When it cannot, it fails in one line saying what to run.
// (Plain JavaScript: jest loads a global setup with node's own loader, so the TypeScript modules come through tsx.)
import { tsImport } from 'tsx/esm/api'

/** psql, the migrate-once suites' alembic and psycopg2, and PgBouncer for the local server's pooled endpoints */
const DEBIAN_PACKAGES = ['postgresql-client', 'alembic', 'python3-alembic', 'python3-psycopg2', 'pgbouncer']

export default async function globalSetup() {
  const [{ runnerNode }, { ensureDebianPackages }] = await Promise.all([
    tsImport('./node-binary.ts', import.meta.url),
    tsImport('./system-packages.ts', import.meta.url),
  ])
  const [node24, node20] = await Promise.all([
    runnerNode('node24'),
    runnerNode('node20'),
    ensureDebianPackages(DEBIAN_PACKAGES, 'the tests'),
  ])
  // test workers start after this and inherit them; support/jest-runner-node.ts picks one per jest project
  process.env.NODE24_BINARY = node24
  process.env.NODE20_BINARY = node20
}
