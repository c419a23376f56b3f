export { type CsvCell, type CsvRecord, csvField, csvText, formatCsv, parseCsv } from "./csv.js";
export { datasetFromCsv, UNKNOWN_SHA256 } from "./datasetFromCsv.js";
export { CSV_COLUMNS, type CsvColumn, datasetToCsv, OPTIONAL_CSV_COLUMNS } from "./datasetToCsv.js";
export { formatIssues, formatPath } from "./formatIssues.js";
export { loadSeeds, seedsPaths } from "./loadSeeds.js";
export {
  MARKER,
  type ManifestEntry,
  type OutputDirState,
  prepareOutputDir,
  replaceOutputDir,
} from "./outputDir.js";
export { parseDataset } from "./parseDataset.js";
export { type DatasetFormat, formatOf, MAX_DATASET_BYTES, parseJson, readDataset, readUtf8 } from "./readDataset.js";
export { decodeText, MAX_TEXT_BYTES, type ReadText, readText } from "./readText.js";
export { isSameFile } from "./sameFile.js";
export { type Chunks, errorCause, type WriteAtomicOptions, writeAtomic } from "./writeAtomic.js";
export { serializeDataset, writeDataset } from "./writeDataset.js";
