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
 * `~`, `[`, `]` and `\` are backslash-escaped so a quote cannot break the table, add links,
 * code or strike-through. Line breaks become spaces (a table cell is one line, and a blank
 * line would end the paragraph), leading white space goes (four spaces start a code
 * block) and a leading `#`, `-`, `+`, `=` or `1.` is escaped, so text at the start of a
 * line never becomes a heading, list or rule.
 * @param text - any text
 * @returns text safe inside a Markdown table cell or paragraph
 * @example
 * escapeMarkdown("a|b <i>"); // => "a\\|b &lt;i&gt;"
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\|*_`~[\]]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/^\s+/, "")
    .replace(/^[#+\-=](?=[\s#+\-=]|$)/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/**
 * A Markdown code span showing `text` literally: the fence is one backtick longer than
 * the longest run of backticks in it, and line breaks become spaces (a code span cannot
 * cross a blank line, and ending it early would let the rest be markup).
 * @param text - any text (a document id)
 * @returns the code span
 * @example
 * markdownCode("a`b"); // => "``a`b``"
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  // A space inside the fence keeps a leading or trailing backtick from joining it; renderers strip one.
  const pad = /^[`\s]|[`\s]$/.test(flat) || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
