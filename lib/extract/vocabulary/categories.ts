/** The category vocabulary drafts file measures under, with the keywords that suggest each. */

export type CategoryDef = { id: string; label: string; description?: string; keywords: string[] };

/**
 * The categories a draft files measures under: stable ASCII ids, Chinese labels. The first nine
 * match the seed report, so a drafted report reads like the hand-made one.
 */
export const CATEGORY_VOCABULARY: CategoryDef[] = [
  {
    id: "deployment",
    label: "会议部署",
    description: "专题会议、安排部署",
    keywords: ["会议", "专题会", "推进会", "党委会", "联席会", "调度会", "座谈会", "部署"],
  },
  {
    id: "organization",
    label: "组织机构",
    description: "领导小组、理事会等机构",
    keywords: ["领导小组", "小组", "理事会", "委员会", "宣讲团", "办公室", "工作专班", "成立", "组建"],
  },
  {
    id: "documents",
    label: "制度文件",
    description: "制定、下发的文件与清单",
    keywords: ["方案", "制度", "细则", "办法", "清单", "文件", "意见", "村规民约", "责任书", "印发", "制定", "出台"],
  },
  {
    id: "responsibility",
    label: "责任落实",
    description: "责任制、责任主体、督导检查",
    keywords: ["责任", "督导", "督查", "考核", "目标管理", "签订"],
  },
  { id: "study", label: "理论学习", keywords: ["学习", "中心组", "研讨", "心得", "理论", "辅导报告", "党课", "宣讲"] },
  {
    id: "publicity",
    label: "宣传氛围",
    description: "条幅、标语等宣传品",
    keywords: [
      "宣传",
      "标语",
      "条幅",
      "横幅",
      "展板",
      "宣传栏",
      "广告牌",
      "倡议书",
      "通告",
      "公众号",
      "推送",
      "粉丝",
      "稿件",
      "媒体",
      "专版",
      "宣传牌",
      "广播",
      "知晓率",
    ],
  },
  {
    id: "supervision",
    label: "监督举报",
    description: "举报箱、举报电话、专项整治",
    keywords: ["举报", "线索", "核查", "办结", "立案", "团伙", "嫌疑人", "打掉", "移交", "舆情", "备案", "纠正", "违规"],
  },
  {
    id: "customs",
    label: "移风易俗",
    keywords: ["移风易俗", "红白", "婚", "丧", "彩礼", "宴席", "大操大办", "文明家庭", "五好家庭", "陋习", "新人", "操办"],
  },
  {
    id: "culture",
    label: "文化阵地",
    description: "文体活动室、图书、体育场所",
    keywords: [
      "文化阵地",
      "文化站",
      "书屋",
      "图书",
      "书籍",
      "藏书",
      "阅览",
      "活动室",
      "广场",
      "健身",
      "场地",
      "器材",
      "设施",
      "出版物",
      "音像",
      "电脑",
      "功能室",
      "建筑面积",
      "文化服务中心",
      "利用率",
    ],
  },
  {
    id: "activities",
    label: "文体活动",
    description: "演出、比赛、阅读等群众活动",
    keywords: ["活动", "演出", "展演", "比赛", "篮球赛", "阅读", "读书", "文艺", "广场舞", "参与群众", "参赛", "婚礼"],
  },
  { id: "training", label: "教育培训", keywords: ["培训", "轮训", "授课", "培训班", "学员", "辅导"] },
  {
    id: "inspection",
    label: "排查整治",
    description: "排查、走访、专项整治",
    keywords: ["排查", "整治", "隐患", "清理", "走访", "入户", "摸排", "整改"],
  },
  { id: "funding", label: "资金投入", description: "资金、经费、补贴", keywords: ["资金", "经费", "投入", "补贴", "奖补", "费用", "预算"] },
  {
    id: "personnel",
    label: "队伍人员",
    description: "工作人员、管理员、骨干队伍",
    keywords: ["人员", "管理员", "网格员", "评论员", "宣传员", "成员", "骨干", "配备", "专职", "兼职", "人才", "队伍"],
  },
  { id: "other", label: "其他", description: "未能归类，请人工指定", keywords: [] },
];
