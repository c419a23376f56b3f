const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values. Region names,
 * indicator names and quotes come from documents anyone may write, so every piece of
 * user text passes through here before it meets markup.
 * @param text - any text
 * @returns the text with `& < > " '` replaced by entities
 * @example
 * escapeHtml('<script>alert("x")</script>'); // => "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Escapes text for Markdown table cells and inline text: HTML-significant characters
 * become entities (Markdown renderers pass raw HTML through), and `|`, `*`, `_`, `` ` ``,
 * `[`, `]` and `\` are backslash-escaped so a quote cannot break the table or add links.
 * Line breaks become spaces: a table cell is one line.
 * @param text - any text
 * @returns text safe inside a Markdown table cell
 * @example
 * escapeMarkdown("a|b <i>"); // => "a\\|b &lt;i&gt;"
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\|*_`[\]]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, " ");
}
