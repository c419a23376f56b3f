/**
 * Renumbers the ids inside an SVG in order of appearance (gradient_7 → gradient_0,
 * clip12 → clip1 …) and rewrites the references to them. vega numbers gradients and
 * clip paths with counters that live as long as the process, so the second chart drawn
 * by a process gets other ids than the same chart drawn first; renumbering makes a
 * chart's SVG depend on the chart alone, and the report byte-identical across runs.
 * @param svg - an SVG document
 * @returns the same SVG with ids numbered from 0 per prefix
 * @example
 * stableSvgIds('<linearGradient id="gradient_4"/><path fill="url(#gradient_4)"/>');
 * // => '<linearGradient id="gradient_0"/><path fill="url(#gradient_0)"/>'
 */
export function stableSvgIds(svg: string): string {
  const renamed = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) {
    if (id === undefined || renamed.has(id)) continue;
    const stem = id.replace(/\d+$/, "");
    const n = counters.get(stem) ?? 0;
    counters.set(stem, n + 1);
    renamed.set(id, `${stem}${n}`);
  }
  if (renamed.size === 0) return svg;
  const rename = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${rename(id)}"`);
}
