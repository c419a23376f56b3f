import * as z from "zod";

/** GB/T 2260 six-digit administrative division code; `000000` is the country. */
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, "a six-digit GB/T 2260 code such as 500156");

/** Administrative level: the country, a province, a prefecture or a county-level unit. */
export const RegionLevelSchema = z.enum(["country", "province", "prefecture", "county"]);
/** Administrative level (see {@link RegionLevelSchema}). */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/** An administrative unit: 武隆区 (500156), short name 武隆, a county-level unit of 重庆市. */
export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  level: RegionLevelSchema,
  parent: RegionCodeSchema.nullable(),
});
/** An administrative unit (see {@link RegionSchema}). */
export type Region = z.infer<typeof RegionSchema>;
