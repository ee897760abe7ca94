// sweep_prefix, sweep_older_than, sweep_closed_prs, dry_run and github_token: what mode: sweep deletes.

import type { RunContext } from '../run-context.js'
import type { InputReader } from './input-reader.js'
import type { Mode, SweepOptions } from './types.js'

export function parseSweepOptions(read: InputReader, mode: Mode | undefined, run: RunContext): SweepOptions {
  const prefix = read.get('sweep_prefix')
  if (mode === 'sweep' && prefix === '') {
    read.problem(
      "Input 'sweep_prefix' must not be empty in sweep mode (it keeps the sweeper to CI branches, for example ci/).",
    )
  }
  return {
    prefix,
    olderThanMs: read.duration('sweep_older_than', { allowZero: true }),
    closedPrs: read.bool('sweep_closed_prs'),
    dryRun: read.bool('dry_run'),
    github: { token: read.get('github_token'), repository: run.repository, apiUrl: run.apiUrl },
  }
}
