/**
 * Drops a UTF-8 byte order mark, which editors on Windows put before the text.
 *
 * @param text - decoded text
 * @returns the text without a leading U+FEFF
 * @example
 * stripBom("\ufeff{}"); // => "{}"
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
