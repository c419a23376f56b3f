export { type CharClass, charClass } from "./charClass.js";
export { foldChar } from "./foldChar.js";
export { isHardWrapped, startsHeading } from "./isHardWrapped.js";
export { type NormalizedText, normalizeText } from "./normalizeText.js";
export { repeatedLines } from "./repeatedLines.js";
