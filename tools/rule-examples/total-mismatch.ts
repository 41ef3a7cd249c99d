import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "金额合计的执行数填 145,000，而两项之和为 140,000。",
      "en-US": "金额合计 says 145,000 spent, but the tasks add up to 140,000.",
    },
    sheet: departmentForm({ C5: 145000 }),
    messageId: "mismatch",
  },
  passes: {
    about: { "zh-CN": "金额合计等于各项之和。", "en-US": "金额合计 is the sum of the tasks." },
    sheet: departmentForm(),
  },
};

export default examples;
