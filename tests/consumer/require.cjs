// tslab and older tools load packages with require(); Node 20.19+ can require ESM without top-level await.
const core = require("@duibi/core");
const stats = require("@duibi/stats");
const viz = require("@duibi/viz");
const report = require("@duibi/report");
require("@duibi/cli");
console.log(
  JSON.stringify({
    core: typeof core.loadSeeds,
    regions: core.loadSeeds().regions.length,
    stats: typeof stats.rank,
    viz: typeof viz.toSvg,
    report: typeof report.compileReport,
  }),
);
