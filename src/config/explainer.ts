/** The allowed values of the argument ledger and the worked examples, each with the label the site shows. */
import { keysOf } from './site';

/** What an argument in the ledger is about, with the label its filter shows. */
export const argumentThemeLabels = {
  'treasury-markets': 'Treasury markets',
  'level-playing-field': 'Level playing field',
  'investor-protection': 'Investor protection',
  'systems-resilience': 'Systems resilience',
  'crypto-platforms': 'Crypto platforms',
  defi: 'DeFi',
  overbreadth: 'Overbreadth',
  authority: 'Legal authority',
  process: 'Process',
  'economic-analysis': 'Economic analysis',
  'protocols-and-oms': 'Protocols and OMS/EMS',
  offshoring: 'Offshoring',
  cost: 'Cost',
  'cftc-overlap': 'CFTC overlap',
  'speech-and-vagueness': 'Speech and vagueness',
} as const;
export const argumentThemes = keysOf(argumentThemeLabels);

/** Who made an argument, as the ledger's "made by" filter groups them. */
export const argumentRoleLabels = {
  commissioner: 'SEC commissioners',
  'sec-staff': 'SEC releases and staff',
  lawmaker: 'Lawmakers',
  industry: 'Industry',
  advocacy: 'Advocacy groups',
  'law-firm': 'Law firms',
  academic: 'Academics and think tanks',
  'public-body': 'Public bodies (evidence)',
  individual: 'Individual commenters',
} as const;
export const argumentRoles = keysOf(argumentRoleLabels);

/** What became of an argument, with the label the ledger shows. */
export const argumentOutcomeLabels = {
  withdrawn: 'Withdrawn with the proposal',
  'ruled-on': 'Ruled on by a court',
  legislation: 'Taken up in legislation',
  open: 'Still open',
  overtaken: 'Overtaken by events',
} as const;
export const argumentOutcomes = keysOf(argumentOutcomeLabels);

/** The versions of the exchange definition a worked example is tested against. */
export const exampleRuleLabels = {
  '1998': 'Rule 3b-16 as adopted in 1998 (in force)',
  '2022': 'The January 2022 proposed text',
  '2023': 'The April 2023 supplement’s reading',
} as const;
export const exampleRules = keysOf(exampleRuleLabels);

export const exampleAnswerLabels = { yes: 'Yes', no: 'No', depends: 'It depends' } as const;
export const exampleAnswers = keysOf(exampleAnswerLabels);

export const exampleResultLabels = {
  exchange: 'An exchange',
  'exchange-unless-exempt': 'An exchange: it must register as one or operate as an ATS under Regulation ATS',
  'not-an-exchange': 'Not an exchange',
  depends: 'It depends on the facts',
} as const;
export const exampleResults = keysOf(exampleResultLabels);

/** How sure an outcome is: the rule's text decides it, it is the likely reading, or it is disputed. */
export const exampleConfidenceLabels = {
  settled: 'settled by the text',
  likely: 'likely',
  contested: 'contested',
} as const;
export const exampleConfidence = keysOf(exampleConfidenceLabels);

/**
 * Questions that several worked examples answer and that a reader can answer about their own system (the "answer
 * for your own system" form), each under the version of the rule it belongs to. A step names one with `asks`.
 */
export const exampleQuestionRules = {
  'orders-1998': '1998',
  'methods-1998': '1998',
  'exclusion-1998': '1998',
  'provider-1998': '1998',
  'trading-interest-2022': '2022',
  'makes-available-2022': '2022',
} as const satisfies Record<string, (typeof exampleRules)[number]>;
export const exampleQuestionKeys = keysOf(exampleQuestionRules);
