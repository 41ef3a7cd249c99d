import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "「业务培训」的执行数写成了“约5万”，无法计入合计。",
      "en-US": "The 执行数 of 「业务培训」 is written “约5万”, which cannot be added up.",
    },
    sheet: departmentForm({ C4: "约5万" }),
    messageId: "unreadable",
  },
  passes: {
    about: { "zh-CN": "每个金额都是数字。", "en-US": "Every amount is a number." },
    sheet: departmentForm(),
  },
};

export default examples;
