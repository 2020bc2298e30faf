// `npm run new`: scaffolds content/articles/<section>/<slug>.mdx from content/_templates/article.mdx.
// Asks for the section and the title in a terminal; takes --section and --title (and --slug, --dry-run) otherwise.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { sections } from '../src/config/site.ts';
import { buildContentGraph } from '../src/lib/content/graph.ts';
import { fillTemplate, parseNewArticleArgs, planArticle, resolveSection, USAGE } from '../src/lib/new-article.ts';

const root = process.cwd();
const TEMPLATE = 'content/_templates/article.mdx';

function fail(errors: readonly string[], showUsage = false): never {
  for (const error of errors) console.error(`✗ ${error}`);
  if (showUsage) console.error(`\n${USAGE}`);
  process.exit(1);
}

async function ask(missing: { section: boolean; title: boolean }) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    let section: string | undefined;
    if (missing.section) {
      console.log('Sections:');
      sections.forEach((s, i) => console.log(`  ${i + 1}. ${s.id} — ${s.title}`));
      section = resolveSection(await rl.question('Section (number or name): '));
    }
    const title = missing.title ? await rl.question('Title: ') : undefined;
    return { section, title };
  } finally {
    rl.close();
  }
}

// `npm run new --section x` (without `--`) makes npm keep the flags, as npm_config_* variables, and pass on only the values.
if (['section', 'title', 'slug'].some((flag) => process.env[`npm_config_${flag}`] !== undefined)) {
  fail(
    [
      'npm kept the flags for itself. Put -- between "npm run new" and the flags: npm run new -- --section … --title "…"',
    ],
    true,
  );
}

const parsed = parseNewArticleArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.errors, true);
const args = parsed.value;
// `npm run new --dry-run …` hands --dry-run to npm, which passes it on as npm_config_dry_run: honour it rather than write.
args.dryRun ||= process.env.npm_config_dry_run === 'true';
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

if (args.section === undefined || args.title === undefined) {
  if (!process.stdin.isTTY)
    fail(['Give both --section and --title, or run `npm run new` in a terminal to be asked for them.'], true);
  const answers = await ask({ section: args.section === undefined, title: args.title === undefined });
  args.section ??= answers.section;
  args.title ??= answers.title;
}

if (!existsSync(join(root, TEMPLATE)))
  fail([`${TEMPLATE} is missing. Run npm run new from the project's root folder.`]);

const existing = buildContentGraph(root)
  .entries.filter((entry) => entry.collection === 'articles')
  .map((entry) => {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    return { id: entry.id, title: data.title, order: data.order };
  });
const plan = planArticle({ section: args.section ?? '', title: args.title ?? '', slug: args.slug }, existing);
if (!plan.ok) fail(plan.errors);

const { file, section, slug, order } = plan.value;
const article = fillTemplate(readFileSync(join(root, TEMPLATE), 'utf8'), plan.value, new Date());
const sectionTitle = sections.find((s) => s.id === section)?.title;

if (args.dryRun) {
  console.log(`Would create ${file} (order ${order} in “${sectionTitle}”):\n\n${article}`);
  process.exit(0);
}

mkdirSync(dirname(join(root, file)), { recursive: true });
// 'wx' refuses to overwrite, even if the file appeared since the check above.
writeFileSync(join(root, file), article, { flag: 'wx' });
console.log(`Created ${file}: a draft, number ${order} in “${sectionTitle}”.

Next:
  1. Replace every "Replace this" in it and the placeholder source id; the comments in the file explain each field.
  2. npm run dev, then open http://localhost:4321/${section}/${slug}/ to preview it (drafts show only there;
     the page renders fully once \`sources\` lists real ids from content/sources/).
  3. npm run check, until it reports no problems. Then set draft: false and open a pull request.
See CONTRIBUTING.md for the details.`);
