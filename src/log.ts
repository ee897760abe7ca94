// The one path by which the action prints: log lines, annotations, group titles, the migration's live output, the
// job summary, and the masks that hide secrets. ESLint (eslint.config.js) forbids printing anywhere else.
//
// Every line is redacted (known secrets become ***) and made inert (src/inert.ts): whatever a value holds, it
// cannot start a workflow command or a line of its own. A string is one line; pass an array for several lines.

import * as core from '@actions/core'
import { inertLine } from './inert.js'
import { redact, rememberSecrets } from './redact.js'
import type { SafeHtml } from './html.js'

export type Lines = string | readonly string[]

function lines(text: Lines): string[] {
  return (typeof text === 'string' ? [text] : [...text]).map((line) => inertLine(redact(line)))
}

const props = (title?: string): core.AnnotationProperties => (title ? { title: lines(title)[0] } : {})

export function info(text: Lines): void {
  for (const line of lines(text)) core.info(line)
}

export function debug(text: Lines): void {
  for (const line of lines(text)) core.debug(line)
}

// Annotations: the runner unescapes %0A in the message, so several lines stay one annotation.
export function notice(text: Lines, title?: string): void {
  core.notice(lines(text).join('\n'), props(title))
}

export function warning(text: Lines, title?: string): void {
  core.warning(lines(text).join('\n'), props(title))
}

export function error(text: Lines, title?: string): void {
  core.error(lines(text).join('\n'), props(title))
}

/** An error annotation, and the step fails (exit code 1 unless set otherwise). */
export function fail(text: Lines): void {
  core.setFailed(lines(text).join('\n'))
}

/** Runs `work` inside a collapsible log group. */
export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(lines(title)[0])
  try {
    return await work()
  } finally {
    core.endGroup()
  }
}

/** One line of a command's output (the migration), as it arrives. */
export function outputLine(line: string): void {
  core.info(lines(line)[0])
}

/**
 * Registers secrets with the runner's masker (it hides them in every later log line of the job) and with the
 * redaction this module and the summary apply. Empty values are skipped (the runner rejects them).
 */
export function maskSecrets(values: Iterable<string>): void {
  const list = [...values].filter((value) => value.length > 0)
  rememberSecrets(list)
  for (const value of list) core.setSecret(value)
}

/** Appends markup to the job summary, redacted. Outside a runner (no GITHUB_STEP_SUMMARY) it is dropped. */
export async function appendSummary(...parts: SafeHtml[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(redact(parts.map((part) => part.html).join('\n')), true).write()
}
