/**
 * Prepares a rendered chart for inlining into an HTML page. Several charts share one
 * document, so their ids (clip paths, gradients) are prefixed to stay unique; the XML
 * prolog is dropped (invalid inside HTML); scripts, `<foreignObject>` and event-handler
 * attributes are removed so a chart can never run code, whatever text it was drawn from.
 * @param svg - an SVG document as the renderer wrote it
 * @param prefix - a prefix for ids, unique within the page (the chart id)
 * @returns SVG markup safe to place in HTML
 * @example
 * embedSvg('<svg><clipPath id="c1"/><g clip-path="url(#c1)"/></svg>', "gdp");
 * // => '<svg><clipPath id="gdp-c1"/><g clip-path="url(#gdp-c1)"/></svg>'
 */
export function embedSvg(svg: string, prefix: string): string {
  const safePrefix = prefix.replace(/[^A-Za-z0-9_-]/g, "_");
  return svg
    .replace(/<\?xml[^>]*\?>\s*/g, "")
    .replace(/<!DOCTYPE[^>]*>\s*/gi, "")
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<script\b[^>]*\/>/gi, "")
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, "")
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, "")
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${safePrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${safePrefix}-${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${safePrefix}-${id}"`)
    .trim();
}
