import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "总分 99 应为“优”，表中填写“良”。", "en-US": "A 总分 of 99 is 优, but the form says 良." },
    sheet: projectForm({ A9: "自评等级", B9: "良" }),
    messageId: "mismatch",
  },
  passes: {
    about: { "zh-CN": "总分 99，等级填写“优”。", "en-US": "A 总分 of 99 with the grade 优." },
    sheet: projectForm({ A9: "自评等级", B9: "优" }),
  },
};

export default examples;
