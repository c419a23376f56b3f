// The practical limit: dictionary-encoded codes, a dense group × region Float64Array, one native
// typed-array sort per group, ranks by binary search, the median read off the sorted values.
export function run(columns) {
  const { region, indicator, period, kind, value } = columns;
  const rows = value.length;
  // each string column dictionary-encoded on its own; the group is a dense (indicator, period, kind) cell
  const regionIds = new Map();
  const indicatorIds = new Map();
  const kindIds = new Map();
  const rowRegion = new Int32Array(rows);
  const rowGroup = new Int32Array(rows);
  let minPeriod = Number.POSITIVE_INFINITY;
  let maxPeriod = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < rows; i++) {
    let r = regionIds.get(region[i]);
    if (r === undefined) {
      r = regionIds.size;
      regionIds.set(region[i], r);
    }
    rowRegion[i] = r;
    let c = indicatorIds.get(indicator[i]);
    if (c === undefined) {
      c = indicatorIds.size;
      indicatorIds.set(indicator[i], c);
    }
    let k = kindIds.get(kind[i]);
    if (k === undefined) {
      k = kindIds.size;
      kindIds.set(kind[i], k);
    }
    rowGroup[i] = c * 4 + k;
    if (period[i] < minPeriod) minPeriod = period[i];
    if (period[i] > maxPeriod) maxPeriod = period[i];
  }
  const span = maxPeriod - minPeriod + 1;
  const cellToGroup = new Int32Array(indicatorIds.size * 4 * span).fill(-1);
  const groupLabels = [];
  const indicators = [...indicatorIds.keys()];
  const kinds = [...kindIds.keys()];
  for (let i = 0; i < rows; i++) {
    const cell = (rowGroup[i] >> 2) * 4 * span + (period[i] - minPeriod) * 4 + (rowGroup[i] & 3);
    let g = cellToGroup[cell];
    if (g === -1) {
      g = groupLabels.length;
      cellToGroup[cell] = g;
      groupLabels.push([indicators[rowGroup[i] >> 2], period[i], kinds[rowGroup[i] & 3]]);
    }
    rowGroup[i] = g;
  }
  const width = regionIds.size;
  const groups = groupLabels.length;
  const matrix = new Float64Array(groups * width).fill(Number.NaN);
  for (let i = 0; i < rows; i++) matrix[rowGroup[i] * width + rowRegion[i]] = value[i];
  const ranks = new Float64Array(groups * width);
  const gaps = new Float64Array(groups * width);
  const sorted = new Float64Array(width);
  for (let g = 0; g < groups; g++) {
    const offset = g * width;
    let n = 0;
    for (let r = 0; r < width; r++) {
      const v = matrix[offset + r];
      if (!Number.isNaN(v)) sorted[n++] = -v; // negate: ascending sort puts the largest first
    }
    const s = sorted.subarray(0, n);
    s.sort();
    const median = n === 0 ? Number.NaN : n % 2 ? -s[n >> 1] : -(s[n / 2 - 1] + s[n / 2]) / 2;
    for (let r = 0; r < width; r++) {
      const v = matrix[offset + r];
      if (Number.isNaN(v)) {
        ranks[offset + r] = Number.NaN;
        gaps[offset + r] = Number.NaN;
        continue;
      }
      const key = -v;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (s[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      ranks[offset + r] = lo + 1;
      gaps[offset + r] = v - median;
    }
  }
  return { regions: [...regionIds.keys()], groupLabels, ranks, gaps, width };
}

export function check({ regions, groupLabels, ranks, gaps, width }, checksum) {
  groupLabels.forEach(([indicator, period, kind], g) => {
    for (let r = 0; r < width; r++) {
      const rank = ranks[g * width + r];
      if (!Number.isNaN(rank)) checksum.add(regions[r], indicator, period, kind, rank, gaps[g * width + r]);
    }
  });
}
