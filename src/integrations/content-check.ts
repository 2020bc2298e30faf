import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../lib/content-check';

/**
 * Runs the content checker before Astro loads any content. A build stops on the first problem
 * report (so nothing half-broken is published); the dev server prints the report and keeps going.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return; // serves an existing build; nothing is read from content/
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'build') throw new Error(`Content check failed — ${report}`);
        logger.warn(report);
      },
    },
  };
}
