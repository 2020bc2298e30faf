/**
 * The "who is what" diagram of Rule 3b-16 (CategoriesDiagram.astro): each statement is a paraphrase of a sourced
 * sentence in content/articles/the-proposal/ (exchange-ats-broker-dealer, the-january-2022-proposal) and carries
 * the same source ids; a unit test checks every id is a file in content/sources/.
 */
export interface CategoryItem {
  name: string;
  text: string;
  sources: string[];
}

export interface CategoryGroup {
  heading: string;
  items: readonly CategoryItem[];
}

export const categories: Record<'inside' | 'outside' | 'moved', CategoryGroup> = {
  inside: {
    heading: 'Inside the definition: an “exchange” in law',
    items: [
      {
        name: 'Registered national securities exchange',
        text: 'Registers with the SEC as an exchange and is a self-regulatory organization: it regulates its own members, under the SEC’s supervision.',
        sources: ['sec-pra-reg-ats-2013'],
      },
      {
        name: 'Alternative trading system (ATS)',
        text: 'Meets the definition too, but is exempt from registering as an exchange: it is run by a registered broker-dealer and complies with Regulation ATS.',
        sources: ['sec-fair-access-faq-2020', 'sec-pra-rule301-2021'],
      },
    ],
  },
  outside: {
    heading: 'Outside the definition, under Rule 3b-16 as it stands',
    items: [
      {
        name: 'Order routers',
        text: 'A system is not an exchange solely because it routes orders elsewhere for execution.',
        sources: ['sec-rule-3b-16'],
      },
      {
        name: 'Single-dealer platforms',
        text: 'Nor, in limited circumstances, because it lets people trade against one dealer’s bids and offers.',
        sources: ['sec-rule-3b-16'],
      },
      {
        name: 'Systems without firm orders',
        text: 'Practitioners read “orders” as firm orders, so platforms carrying only non-binding indications of interest have generally not been treated as exchanges.',
        sources: ['latham-2022-crypto', 'fr-2022-proposal'],
      },
    ],
  },
  moved: {
    heading: 'Where the January 2022 text would have moved the line (never adopted)',
    items: [
      {
        name: 'Communication Protocol Systems',
        text: 'Systems offering non-firm trading interest and protocols that bring buyers and sellers together would have become exchanges in law: registered as one, or run by a broker-dealer under Regulation ATS. Practitioners said this could reach request-for-quote, indication-of-interest, messaging and digital asset platforms.',
        sources: ['sec-factsheet-2022', 'wilmerhale-2022', 'morganlewis-2022'],
      },
    ],
  },
};

/** Every source the diagram rests on, in the order it first cites them. */
export const categorySources = [
  ...new Set(Object.values(categories).flatMap((group) => group.items.flatMap((item) => item.sources))),
];
