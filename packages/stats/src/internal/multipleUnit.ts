/**
 * The unit of a multiple: 是…的2倍, 翻一番; 增长1倍 reads as ×2 or as +100% (reports use both).
 * It is never a growth rate: ambition and attainment never subtract or judge it as one.
 */
export const MULTIPLE_UNIT = "倍";
