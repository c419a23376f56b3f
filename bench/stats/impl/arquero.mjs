// arquero, idiomatically: groupby + derive(op.median) + orderby + derive(op.rank).
import * as aq from "arquero";

const { op } = aq;

export function run(columns) {
  const { region, indicator, period, kind, value } = columns;
  return aq
    .table({ region, indicator, period, kind, value })
    .filter((d) => !op.is_nan(d.value))
    .groupby("indicator", "period", "kind")
    .derive({ median: op.median("value") })
    .orderby(aq.desc("value"))
    .derive({ rank: op.rank(), gap: (d) => d.value - d.median });
}

export function check(table, checksum) {
  const region = table.array("region");
  const indicator = table.array("indicator");
  const period = table.array("period");
  const kind = table.array("kind");
  const rank = table.array("rank");
  const gap = table.array("gap");
  for (let i = 0; i < region.length; i++) checksum.add(region[i], indicator[i], period[i], kind[i], rank[i], gap[i]);
}
