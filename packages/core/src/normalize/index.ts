export * from "./charClass.js";
export * from "./foldChar.js";
export * from "./isHardWrapped.js";
export * from "./normalizeText.js";
export * from "./repeatedLines.js";
