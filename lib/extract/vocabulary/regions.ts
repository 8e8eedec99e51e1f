/** The headings and sentences that open the weaknesses (存在的问题) and the plans (下一步). */

/** Section headings that open the weaknesses or the plans. */
export const WEAKNESS_HEADING = /存在|(?:问题|不足|困难|短板|差距)$|薄弱环节|不足之处/;
export const PLAN_HEADING = /下一步|下步|下半年|下阶段|下一阶段|明年|今后|打算|思路|努力方向|工作计划|工作安排/;
/** An inline sentence that opens the weaknesses: 但还存在着一些薄弱环节,主要是: */
export const WEAKNESS_TRIGGER =
  /存在(?:着)?(?:的)?(?:一些|以下|如下|诸多|不少|一定的?)?(?:主要)?(?:问题|不足|薄弱环节|短板|差距|困难)|不足之处|薄弱环节|短板弱项|问题和不足/;
/** An inline sentence that opens the plans: 下半年,我镇将从以下四个方面… */
export const PLAN_TRIGGER =
  /^(?:下一步|下步|下半年|下阶段|下一阶段|今后|明年|20\d\d年)[,，]?.{0,12}?(?:将|要|计划|打算|重点|着力|努力|继续)/;
