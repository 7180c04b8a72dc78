import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    expect(renderMarkdown('## Title\n\n- **one**')).toBe(
      '<h2>Title</h2>\n<ul>\n<li><strong>one</strong></li>\n</ul>\n',
    );
  });

  it('never lets HTML or script links through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });
});
