// Plain JavaScript objects: group rows in a Map, sort each group's objects, rank and take the median.
export function run(columns) {
  const { region, indicator, period, kind, value } = columns;
  const groups = new Map();
  for (let i = 0; i < value.length; i++) {
    if (Number.isNaN(value[i])) continue;
    const key = `${indicator[i]}|${period[i]}|${kind[i]}`;
    let list = groups.get(key);
    if (list === undefined) {
      list = [];
      groups.set(key, list);
    }
    list.push({ region: region[i], indicator: indicator[i], period: period[i], kind: kind[i], value: value[i] });
  }
  const out = [];
  for (const list of groups.values()) {
    list.sort((a, b) => b.value - a.value);
    const n = list.length;
    const median = n % 2 ? list[n >> 1].value : (list[n / 2 - 1].value + list[n / 2].value) / 2;
    let rank = 0;
    list.forEach((row, position) => {
      if (position === 0 || row.value !== list[position - 1].value) rank = position + 1;
      out.push({ ...row, rank, gap: row.value - median });
    });
  }
  return out;
}

export function check(out, checksum) {
  for (const row of out) checksum.add(row.region, row.indicator, row.period, row.kind, row.rank, row.gap);
}
