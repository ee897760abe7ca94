// Issue 15's targets: medians, ratios ours / official measured in one bench run, to the user's first query.
import { PATH } from './paths.js'

export interface HeadlinePath {
  path: string
  ours: string
  official: string
  /** at most this ratio ours / official */
  maxRatio: number
}

export const HEADLINE: HeadlinePath[] = [
  { path: 'new branch', ours: PATH.oursNew, official: PATH.officialNew, maxRatio: 1.0 },
  {
    path: 'same name, second job of the run, `mode: create` (what official users do in every job)',
    ours: PATH.oursSecondJob,
    official: PATH.officialAgain,
    maxRatio: 0.8,
  },
  {
    path: 'same name, rerun (run attempt 2), `mode: create`',
    ours: PATH.oursRerun,
    official: PATH.officialAgain,
    maxRatio: 0.8,
  },
  {
    path: '`mode: connect` (official: run again with the same name)',
    ours: PATH.oursConnect,
    official: PATH.officialAgain,
    maxRatio: 0.8,
  },
  {
    path: "`mode: connect` by `branch_id` (the create job's output; official: run again with the same name)",
    ours: PATH.oursConnectById,
    official: PATH.officialAgain,
    maxRatio: 0.8,
  },
]

/** No more than one neonctl process on any path's happy case. */
export const MAX_NEONCTL_PROCESSES = 1
