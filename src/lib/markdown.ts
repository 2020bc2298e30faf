import { createMarkdownProcessor } from '@astrojs/markdown-remark';

const processor = createMarkdownProcessor();

/** Renders a short Markdown field (e.g. a claim's explanation) to HTML at build time. */
export async function renderMarkdown(source: string): Promise<string> {
  return (await (await processor).render(source)).code;
}
