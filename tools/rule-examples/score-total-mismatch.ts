import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "各项得分之和为 99，总分填写 95。", "en-US": "The scores add up to 99 but the 总分 says 95." },
    sheet: projectForm({ G8: 95 }),
    messageId: "mismatch",
  },
  passes: {
    about: { "zh-CN": "总分 99 等于各项得分之和。", "en-US": "The 总分 of 99 is the sum of the scores." },
    sheet: projectForm(),
  },
};

export default examples;
