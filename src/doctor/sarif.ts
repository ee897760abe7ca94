// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, every rule with its summary,
// one result per finding located by the workspace-relative file and line.
import type { Rule } from './rules/rule.js'
import type { Finding } from './types.js'

export const TOOL_NAME = 'neon-workflow-doctor'

export function toSarif(findings: Finding[], rules: readonly Rule[]): object {
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.summary },
              help: { text: `${rule.summary} See docs/doctor.md#${rule.id} of neon-ephemeral-branch.` },
              defaultConfiguration: { level: rule.severity },
              properties: { tags: ['ci', 'database'] },
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: index.get(finding.rule),
          level: finding.severity,
          message: { text: `${finding.message} Fix: ${finding.fix}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file },
                region: { startLine: finding.line },
              },
            },
          ],
        })),
      },
    ],
  }
}
