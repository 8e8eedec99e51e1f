/**
 * Three small towns' reports written for the precedent tests (unit and e2e): 柳岸镇 and 桃源镇 answer
 * one county notice on straw burning, 青溪镇 another. The figures are made up.
 */
import { applyIndicator } from "@/lib/extract/indicator-review";
import { confirmMeasure } from "@/lib/extract/review";
import type { Report } from "@/lib/model/schema";

export const NOTICE = "关于报送2022年秸秆禁烧与综合利用工作情况的通知";

const report = (
  town: string,
  notice: string,
  figures: { banners: string; stores: string; boxes: string; brokers: string; patrols: string },
) =>
  `${town}2022年秸秆禁烧工作情况汇报

根据某某县农业农村局《${notice}》要求，现将我镇工作情况汇报如下：

一、加强宣传引导

全镇悬挂禁烧宣传条幅${figures.banners}，设置禁烧举报箱${figures.boxes}。

二、推进综合利用

新建秸秆收储点${figures.stores}，${figures.brokers}。组织巡查人员日夜值守，累计巡查${figures.patrols}。
`;

export const LIUAN = report("柳岸镇", NOTICE, {
  banners: "120条",
  stores: "6个",
  boxes: "8个",
  brokers: "培育秸秆经纪人15名",
  patrols: "860人次",
});
export const TAOYUAN = report("桃源镇", NOTICE, {
  banners: "90余条",
  stores: "4个",
  boxes: "5个",
  brokers: "发展经纪人12名",
  patrols: "500余人次",
});
export const QINGXI = report("青溪镇", "关于报送2022年第二季度安全生产工作情况的通知", {
  banners: "60条",
  stores: "3个",
  boxes: "2个",
  brokers: "培育秸秆经纪人9名",
  patrols: "300人次",
});

/**
 * 柳岸镇's draft as its reviewer left it: 新增指标 秸秆收储点 and 秸秆经纪人, 悬挂条幅 set, the suggested
 * 举报箱 cleared (the notice counts only the boxes of the campaign), 巡查 left without one.
 */
export function checkedLiuan(draft: Report): Report {
  const id = (text: string) => draft.measures.find((m) => m.quantity?.text === text)!.id;
  let r = applyIndicator(draft, id("6个"), { kind: "add", name: "秸秆收储点", group: "environment" });
  r = applyIndicator(r, id("15名"), { kind: "add", name: "秸秆经纪人", group: "environment" });
  r = applyIndicator(r, id("120条"), { kind: "set", key: "banners" });
  r = applyIndicator(r, id("8个"), { kind: "clear" });
  // Checked: a figure left without an indicator says so only once a person has looked at it.
  return r.measures.reduce((report, m) => confirmMeasure(report, m.id, true), r);
}
