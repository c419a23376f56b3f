export {
  type Cell,
  CellSchema,
  type ComparisonRow,
  ComparisonRowSchema,
  type ComparisonTable,
  ComparisonTableSchema,
  type Verdict,
  VerdictSchema,
} from "./comparison.js";
export { type Conflict, ConflictSchema, type Dataset, DatasetSchema } from "./dataset.js";
export { type Document, DocumentSchema } from "./document.js";
export { type Direction, DirectionSchema, type Indicator, IndicatorSchema } from "./indicator.js";
export {
  type Bounds,
  BoundsSchema,
  type Kind,
  KindSchema,
  type Measure,
  MeasureSchema,
  type Observation,
  ObservationSchema,
  type Qualifier,
  QualifierSchema,
} from "./observation.js";
export { type Region, RegionCodeSchema, type RegionLevel, RegionLevelSchema, RegionSchema } from "./region.js";
export {
  type Restatement,
  RestatementSchema,
  type RowNote,
  type RowNoteCode,
  RowNoteSchema,
} from "./rowNote.js";
export { type Source, SourceSchema } from "./source.js";
export { type Quantity, QuantitySchema, type Unit, UnitSchema } from "./unit.js";
