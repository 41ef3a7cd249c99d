/**
 * Renders the pane into a page element. The Office entry (index.tsx) and the browser-test harness
 * both call this, so the harness exercises exactly what ships.
 */
import { createRoot, type Root as ReactRoot } from "react-dom/client";
import type { WorkbookPort } from "../excel/port";
import { Root } from "./Root";
import type { IgnoredStore } from "./ignored";
import type { LanguageStore } from "./language-store";
import type { ScoringSettingsStore } from "./scoring-settings";
import type { OfficeThemeLike } from "./theme";

export function mountPane(
  container: Element,
  port: WorkbookPort,
  readTheme: () => OfficeThemeLike | null | undefined = () => null,
  settings?: ScoringSettingsStore,
  ignored?: IgnoredStore,
  language?: LanguageStore,
): ReactRoot {
  const root = createRoot(container);
  root.render(<Root port={port} readTheme={readTheme} settings={settings} ignored={ignored} language={language} />);
  return root;
}
