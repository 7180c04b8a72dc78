import MarkdownIt from 'markdown-it';

let markdown: ReturnType<typeof MarkdownIt> | null = null;

/**
 * Lesson Markdown to HTML with raw HTML switched off: what an author types as `<script>` is
 * shown as text, and links may not use `javascript:` and the like. Angular sanitizes the
 * result again when it is bound to [innerHTML]. The portal shows lessons with it and the
 * console previews them with it, so authors see what learners will see.
 */
export function renderMarkdown(source: string): string {
  // Built on first use, so that pages without Markdown do not pay for it.
  markdown ??= new MarkdownIt({ html: false, linkify: false, typographer: true });
  return markdown.render(source);
}
