import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "培训人次完成 80%，按规则应得 40 分，表中仍填 50 分。",
      "en-US": "培训人次 reached 80% and earns 40 points, but the form still gives 50.",
    },
    sheet: projectForm({ E6: "80人次", H6: "场地改造，停训两个月", G8: 99 }),
    messageId: "indicator",
  },
  passes: {
    about: { "zh-CN": "得分按完成比例改为 40 分。", "en-US": "The score follows the shortfall: 40 points." },
    sheet: projectForm({ E6: "80人次", H6: "场地改造，停训两个月", G6: 40, G8: 89 }),
  },
};

export default examples;
