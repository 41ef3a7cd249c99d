/**
 * The ribbon's "check without opening the pane": check the active sheet through the port (which marks
 * it), then tell the user the outcome. No domain logic here: counts come from the engine's findings.
 */
import { countBySeverity } from "../core/engine";
import { uiStrings } from "./strings";
import type { Lang } from "../core/model";
import { OFFICE_PROBLEM_CODES, ProblemError, wordProblem, type OfficeProblemCode, type Problem } from "../core/problem";
import type { CheckOptions } from "../core/rules/rule";
import type { SheetCheck, WorkbookPort } from "../excel/port";

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  port: WorkbookPort;
  /**
   * The scoring settings saved in the workbook, as CheckOptions: the ribbon runs in its own runtime,
   * which shares only the workbook with the pane, so it reads them there on every click.
   */
  checkOptions?(): Promise<CheckOptions>;
  /** Show a short text; resolves once the user has dismissed it (or at once where nothing can show it). */
  notify(text: string, lang: Lang): Promise<void>;
}

/** What the command tells the user about one check. */
export function commandResultText(check: SheetCheck, lang: Lang): string {
  const t = uiStrings[lang];
  const { result, refused } = check;
  if (refused) return commandProblemText(refused, lang);
  if (!result.form) return t.problem["no-form"]({});
  const counts = countBySeverity(result.findings);
  if (result.findings.length === 0) return t.commandClean(result.sheet);
  return t.commandResult(result.sheet, counts.error, counts.warning, counts.info, check.marked);
}

/** A problem in the ribbon's words (src/commands/strings.ts). */
export function commandProblemText(p: Problem<OfficeProblemCode>, lang: Lang): string {
  return wordProblem(uiStrings[lang].problem, p);
}

/** What the command says when the check threw: a problem the adapter raised in its words, else Office's. */
function failureText(error: unknown, lang: Lang): string {
  if (error instanceof ProblemError && (OFFICE_PROBLEM_CODES as readonly string[]).includes(error.problem.code)) {
    return commandProblemText(error.problem as Problem<OfficeProblemCode>, lang);
  }
  return uiStrings[lang].commandFailed(error instanceof Error ? error.message : String(error));
}

/** The handler Office calls for the `checkActiveSheet` function command. */
export function createCheckActiveSheet({ port, notify, checkOptions }: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let lang: Lang = "zh-CN";
    try {
      // The settings are read afresh first: the language chosen in the pane lives there too.
      const options = checkOptions ? await checkOptions() : undefined;
      lang = port.displayLanguage();
      const check = await port.checkActiveSheet(options);
      await notify(commandResultText(check, lang), lang);
    } catch (error) {
      // The user sees the failure; the console keeps the stack for whoever debugs it.
      console.error(error);
      await notify(failureText(error, lang), lang);
    } finally {
      // Office waits for this call whatever happened; without it the ribbon button stays busy.
      event.completed();
    }
  };
}
