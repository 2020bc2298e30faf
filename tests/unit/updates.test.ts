import { describe, expect, it } from 'vitest';
import { recentlyUpdated } from '../../src/lib/updates';

describe('recentlyUpdated', () => {
  it('lists the most recently changed articles first', () => {
    const item = (title: string, published: string, updated?: string) => ({
      data: { title, published: new Date(published), updated: updated ? new Date(updated) : undefined },
    });
    const items = [item('old', '2025-01-01'), item('revised', '2024-01-01', '2026-02-01'), item('new', '2026-01-01')];
    expect(recentlyUpdated(items, 2).map((i) => i.data.title)).toEqual(['revised', 'new']);
  });
});
