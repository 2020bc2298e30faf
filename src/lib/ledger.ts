/** The ledger's filters: by side, by who made an argument, and by what became of it. */
export const ledgerFilterKeys = ['side', 'role', 'outcome'] as const;
export type LedgerFilter = Partial<Record<(typeof ledgerFilterKeys)[number], string>>;

export interface LedgerRow {
  side: string;
  roles: readonly string[];
  outcome: string;
}

/** The filter in a page address (`?side=for&role=commissioner`); unknown keys and empty values are ignored. */
export function parseLedgerFilter(search: string): LedgerFilter {
  const params = new URLSearchParams(search);
  const filter: LedgerFilter = {};
  for (const key of ledgerFilterKeys) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

/** The address's query for a filter, in a fixed key order, without empty values ("" when nothing is chosen). */
export function ledgerQuery(filter: LedgerFilter): string {
  const params = new URLSearchParams();
  for (const key of ledgerFilterKeys) if (filter[key]) params.set(key, filter[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a row passes every chosen filter. */
export function matchesLedgerFilter(row: LedgerRow, filter: LedgerFilter): boolean {
  return (
    (!filter.side || row.side === filter.side) &&
    (!filter.role || row.roles.includes(filter.role)) &&
    (!filter.outcome || row.outcome === filter.outcome)
  );
}
