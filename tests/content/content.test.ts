import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check';
import { projectRoot } from '../../scripts/lib/site-copy';

describe('the real content', () => {
  it('passes every content check', () => {
    const problems = checkContent(projectRoot);
    expect(problems, formatReport(problems)).toEqual([]);
  });
});
