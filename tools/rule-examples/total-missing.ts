import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "任务之下没有金额合计行。", "en-US": "There is no 金额合计 row under the tasks." },
    sheet: departmentForm({ A5: null, B5: null, C5: null }),
    messageId: "department",
  },
  passes: {
    about: { "zh-CN": "任务之下有金额合计行。", "en-US": "A 金额合计 row sits under the tasks." },
    sheet: departmentForm(),
  },
};

export default examples;
