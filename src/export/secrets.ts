// Registers every form a secret can take in a log with the runner's masker, before anything can print it.

import { maskSecrets } from '../log.js'

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

/** Masks each secret in every form a log may show it in. */
export function maskEveryForm(...secrets: string[]): void {
  maskSecrets(secretForms(secrets))
}
