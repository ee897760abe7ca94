import { describe, expect, it } from '@jest/globals'
import { whetherToDiff } from '../../src/schema-diff/which-job.js'

describe('whetherToDiff: one job per run makes the diff', () => {
  it('the job that ran the migration', () => {
    expect(whetherToDiff({ migration: 'migrated', madeBranch: false })).toEqual({ diff: true })
    expect(whetherToDiff({ migration: 'migrated', madeBranch: true })).toEqual({ diff: true })
  })
  it('not the jobs that found it done, nor after a failed migration', () => {
    expect(whetherToDiff({ migration: 'skipped', madeBranch: true })).toMatchObject({ diff: false })
    expect(whetherToDiff({ migration: 'failed', madeBranch: true })).toMatchObject({ diff: false })
  })
  it('without a migration command: the step that created or reset the branch', () => {
    expect(whetherToDiff({ madeBranch: true })).toEqual({ diff: true })
    expect(whetherToDiff({ madeBranch: false })).toMatchObject({ diff: false })
  })
})
