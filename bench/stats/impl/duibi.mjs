// duibi's public API: columns → panel → ranks and gaps to the median.
import { gapsPanel, panelFromColumns, rankPanel } from "../../../packages/stats/dist/index.js";

export function run(columns) {
  const panel = panelFromColumns(columns);
  const ranked = rankPanel(panel, { method: "competition", missing: "exclude" });
  const { ranks } = ranked;
  // the medians come out of the ranking sort; gapsPanel(panel) alone would find them by quickselect
  const { gaps } = gapsPanel(panel, { reference: ranked.median });
  return { panel, ranks, gaps };
}

export function check({ panel, ranks, gaps }, checksum) {
  const width = panel.regions.length;
  panel.groups.forEach((group, g) => {
    for (let r = 0; r < width; r++) {
      const rank = ranks[g * width + r];
      if (!Number.isNaN(rank))
        checksum.add(panel.regions[r], group.indicator, group.period, group.kind, rank, gaps[g * width + r]);
    }
  });
}
