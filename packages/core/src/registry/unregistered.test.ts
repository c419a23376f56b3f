import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIndicator } from "./indicators.js";
import { indicatorDisplayName, isUnregistered, unregisteredId, unregisteredName } from "./unregistered.js";

describe("unregisteredId(name)", () => {
  it("derives the id from the name as written: trimmed, full-width folded, without a leading verb", () => {
    // 武隆区 2024 report: 103个重点项目完成投资; 实施建筑业“+旅游”项目62个.
    expect(unregisteredId(" 重点项目 ")).toBe("unregistered:重点项目");
    expect(unregisteredId("完成重点项目")).toBe("unregistered:重点项目");
    expect(unregisteredId("实施建筑业“＋旅游”项目")).toBe("unregistered:实施建筑业+旅游项目");
    expect(unregisteredId("重大任务、")).toBe("unregistered:重大任务");
    // 万州区 2024 report: 20件市区两级重点民生实事和14个…; 老旧小区改造惠及3.5万余户.
    expect(unregisteredId("市区两级重点民生实事和")).toBe("unregistered:市区两级重点民生实事");
    expect(unregisteredId("老旧小区改造惠及")).toBe("unregistered:老旧小区改造惠及");
    expect(unregisteredId("实现")).toBeUndefined();
  });

  it("is stable and never a registry id: the same name always gives the same id", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (name) => {
        const id = unregisteredId(name);
        if (id === undefined) return;
        expect(unregisteredId(name)).toBe(id);
        expect(isUnregistered(id)).toBe(true);
        expect(findIndicator(id)).toBeUndefined();
        expect(unregisteredId(unregisteredName(id)!)).toBe(id);
      }),
    );
  });
});

describe("indicatorDisplayName(id, lang)", () => {
  it("shows the registry name, the name as written for an unregistered id, else the id", () => {
    expect(indicatorDisplayName("trade.total", "zh")).toBe("进出口总额");
    expect(indicatorDisplayName("unregistered:重点项目", "zh")).toBe("重点项目");
    expect(indicatorDisplayName("unregistered:重点项目", "en")).toBe("重点项目");
    expect(indicatorDisplayName("x.custom", "en")).toBe("x.custom");
  });
});
