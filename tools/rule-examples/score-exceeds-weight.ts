import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "培训人次分值 50，得分填了 60。", "en-US": "培训人次 weighs 50 points but scores 60." },
    sheet: projectForm({ G6: 60, G8: 109 }),
    messageId: "row",
  },
  passes: {
    about: { "zh-CN": "每项得分都不超过分值。", "en-US": "No score is above its weight." },
    sheet: projectForm(),
  },
};

export default examples;
