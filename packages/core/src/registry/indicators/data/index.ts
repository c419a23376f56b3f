import type { Indicator } from "../../../schema/indicator.js";
import { agricultureIndicators } from "./agriculture.js";
import { economyIndicators } from "./economy.js";
import { enterpriseIndicators } from "./enterprises.js";
import { environmentIndicators } from "./environment.js";
import { genreIndicators } from "./genre.js";
import { innovationIndicators } from "./innovation.js";
import { investmentIndicators } from "./investment.js";
import { marketIndicators } from "./market.js";
import { peopleIndicators } from "./people.js";
import { ruralIndicators } from "./rural.js";
import { serviceIndicators } from "./services.js";
import { tourismIndicators } from "./tourism.js";
import { urbanIndicators } from "./urban.js";

/** Every indicator definition, in file order (the registry sorts them by id). */
export const indicatorData: readonly Indicator[] = [
  ...economyIndicators,
  ...investmentIndicators,
  ...marketIndicators,
  ...tourismIndicators,
  ...enterpriseIndicators,
  ...peopleIndicators,
  ...serviceIndicators,
  ...agricultureIndicators,
  ...ruralIndicators,
  ...environmentIndicators,
  ...urbanIndicators,
  ...innovationIndicators,
  ...genreIndicators,
];
