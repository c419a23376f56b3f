// Type-checked in the consumer project: every public entry, as a user imports it.
import * as cli from "@duibi/cli";
import type { ComparisonTable, DataFrameLike, Dataset, DuibiError, Observation } from "@duibi/core";
import * as core from "@duibi/core";
import type { ReportModel } from "@duibi/report";
import * as report from "@duibi/report";
import type { RankResult } from "@duibi/stats";
import * as stats from "@duibi/stats";
import type { ChartSpec } from "@duibi/viz";
import * as viz from "@duibi/viz";

export const seeds: Dataset = core.loadSeeds();
export const first: Observation | undefined = seeds.observations[0];
export const table: ComparisonTable = core.align(seeds, { regions: ["武隆", "万州"], period: 2023, kind: "actual" });
export const ranks: RankResult = stats.rank(table);
export const spec: ChartSpec = viz.compareBars(table);
export const svg: Promise<string> = viz.toSvg(spec);
export const frame: Promise<DataFrameLike> = core.toDataFrame(table);
export const parquet: Promise<Uint8Array> = core.writeParquet(seeds);
export const isError = (e: unknown): e is DuibiError => core.isDuibiError(e);
export const renderReport: (model: ReportModel) => Promise<string> = report.renderHtml;
export const compiled: ReportModel = report.compileReport(seeds, { regions: ["武隆", "万州"] });
export const cliExports: string[] = Object.keys(cli);
