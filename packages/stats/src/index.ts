/**
 * @duibi/stats — gaps, ranks, target ambition, implied levels, composite scores
 * and summaries over duibi comparison tables and datasets.
 *
 * @packageDocumentation
 */

export type * from "./types.js";
