// Registers every form a secret can take in a log with the runner's masker, before anything can print it.

import * as core from '@actions/core'

/** Each secret plus the encodings a URL or a tool may print it in. Empty values are skipped (core throws on them). */
export function secretForms(secrets: string[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
    forms.add(encodeURI(secret))
    try {
      const url = new URL('postgresql://h')
      url.password = secret // the URL userinfo encoding, which differs from encodeURIComponent for a few characters
      forms.add(url.password)
    } catch {
      // not representable as a password; the raw form is masked anyway
    }
  }
  return [...forms].filter((form) => form.length > 0)
}

const registered = new Set<string>()

export function maskSecrets(...secrets: string[]): void {
  for (const form of secretForms(secrets)) {
    core.setSecret(form)
    registered.add(form)
  }
}

/** Replaces every masked value with ***: for text the runner does not mask itself (the job summary). */
export function redact(text: string): string {
  return [...registered]
    .sort((a, b) => b.length - a.length)
    .reduce((out, secret) => out.split(secret).join('***'), text)
}
