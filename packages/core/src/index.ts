/**
 * @duibi/core — schemas, registries, extraction, normalization, alignment and
 * dataset I/O for figures stated in Chinese government work reports.
 *
 * report text ─extract→ observations ─normalize→ dataset ─align→ comparison table
 *
 * @packageDocumentation
 */

export * from "./align/index.js";
export * from "./corpus/index.js";
export * from "./errors/index.js";
export * from "./extract/index.js";
export * from "./interop/index.js";
export * from "./io/index.js";
export * from "./normalize/index.js";
export {
  formatFigure,
  formatNumber,
  formatSigned,
  kindLabel,
  measureLabel,
  type PresentLang,
  qualifierLabel,
  unitText,
  verdictLabel,
} from "./present/index.js";
export * from "./registry/index.js";
export * from "./schema/index.js";
