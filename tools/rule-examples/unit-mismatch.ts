import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "目标按“人次”计，实际完成写成“人”。", "en-US": "The target counts 人次, the actual 人." },
    sheet: departmentForm({ E7: "120人" }),
    messageId: "units",
  },
  passes: {
    about: { "zh-CN": "目标和实际都以“人次”计。", "en-US": "Target and actual both count 人次." },
    sheet: departmentForm(),
  },
};

export default examples;
