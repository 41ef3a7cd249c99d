import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "预算执行 10 分加各项指标分值，共 110 分。",
      "en-US": "Budget execution's 10 points and the indicators' weights make 110.",
    },
    sheet: projectForm({ F6: 60, G6: 60, F8: 110, G8: 109 }),
    messageId: "total",
  },
  passes: {
    about: { "zh-CN": "分值合计 100。", "en-US": "The weights add up to 100." },
    sheet: projectForm(),
  },
};

export default examples;
