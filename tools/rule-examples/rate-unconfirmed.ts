import type { RuleExamples } from "./example";
import { oneTotalForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "执行数(B)空着，执行率 100% 和得分 20 无从核对。",
      "en-US": "执行数(B) is blank, so the 100% and the 20 points cannot be confirmed.",
    },
    sheet: oneTotalForm({ C4: null }),
    messageId: "blank",
  },
  passes: {
    about: { "zh-CN": "预算数和执行数都填写了。", "en-US": "Both 预算数 and 执行数 are filled in." },
    sheet: oneTotalForm(),
  },
};

export default examples;
