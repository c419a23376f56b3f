// danfojs-node: it has no rank or pivot, so group with groupby, sort each group, rank in a loop.
import { createRequire } from "node:module";

const require = createRequire(new URL("../../../packages/core/package.json", import.meta.url));

export async function run(columns) {
  const dfd = require("danfojs-node");
  const { region, indicator, period, kind, value } = columns;
  const df = new dfd.DataFrame({ region, indicator, period: Array.from(period), kind, value: Array.from(value) });
  const valid = df.dropNa({ axis: 1 });
  const grouped = valid.groupby(["indicator", "period", "kind"]);
  const out = [];
  for (const keys of Object.values(grouped.keyToValue)) {
    const group = grouped.getGroup(keys).sortValues("value", { ascending: false });
    const values = group.value.values;
    const median = group.value.median();
    const regions = group.region.values;
    let rank = 0;
    for (let p = 0; p < values.length; p++) {
      if (p === 0 || values[p] !== values[p - 1]) rank = p + 1;
      out.push([regions[p], keys[0], keys[1], keys[2], rank, values[p] - median]);
    }
  }
  return out;
}

export function check(out, checksum) {
  for (const [region, indicator, period, kind, rank, gap] of out)
    checksum.add(region, indicator, Number(period), kind, rank, gap);
}
