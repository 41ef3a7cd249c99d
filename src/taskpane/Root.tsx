/**
 * The pane inside its FluentProvider, themed after Office. Excel has no theme-changed event for
 * add-ins, so the theme is read at start and again whenever the pane gets focus back.
 */
import { useEffect, useState } from "react";
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../excel/port";
import { App } from "./App";
import type { IgnoredStore } from "./ignored";
import type { LanguageStore } from "./language-store";
import type { ScoringSettingsStore } from "./scoring-settings";
import { isDarkOfficeTheme, type OfficeThemeLike } from "./theme";

const useStyles = makeStyles({ provider: { minHeight: "100vh" } });

export interface RootProps {
  port: WorkbookPort;
  readTheme(): OfficeThemeLike | null | undefined;
  /** Where the scoring settings are kept (default: in memory). */
  settings?: ScoringSettingsStore;
  /** Where ignored findings are kept (default: in memory). */
  ignored?: IgnoredStore;
  /** Where the chosen language is saved (default: nowhere). */
  language?: LanguageStore;
}

export function Root({ port, readTheme, settings, ignored, language }: RootProps) {
  const styles = useStyles();
  const [dark, setDark] = useState(() => isDarkOfficeTheme(readTheme()));
  useEffect(() => {
    const update = () => setDark(isDarkOfficeTheme(readTheme()));
    const onVisibility = () => {
      if (document.visibilityState === "visible") update();
    };
    window.addEventListener("focus", update);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("focus", update);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [readTheme]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} data-theme={dark ? "dark" : "light"}>
      <App port={port} settings={settings} ignored={ignored} language={language} />
    </FluentProvider>
  );
}
