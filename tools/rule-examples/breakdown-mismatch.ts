import type { RuleExamples } from "./example";
import { oneTotalForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "基本支出总额与项目支出总额合计 1,930.12，部门整体支出总额却是 2,030.12。",
      "en-US": "基本支出总额 and 项目支出总额 add up to 1,930.12, but the total is 2,030.12.",
    },
    sheet: oneTotalForm({ C2: "项目支出总额：1029.65" }),
    messageId: "total",
  },
  passes: {
    about: {
      "zh-CN": "900.47 + 1,129.65 = 2,030.12，与总额一致。",
      "en-US": "900.47 + 1,129.65 = 2,030.12, the total.",
    },
    sheet: oneTotalForm(),
  },
};

export default examples;
