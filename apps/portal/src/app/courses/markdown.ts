import MarkdownIt from 'markdown-it';

/**
 * Lesson Markdown to HTML with raw HTML switched off: what an author types as `<script>` is
 * shown as text, and links may not use `javascript:` and the like. Angular sanitizes the
 * result again when it is bound to [innerHTML].
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
