/**
 * 评分: 总分 and 等级 as the engine computed them next to what the form states, the profile they were
 * scored with, the scoring settings, and 填写得分. Every figure comes from the result's scoring block;
 * the settings only travel to the port as CheckOptions.
 */
import {
  Button,
  Caption1,
  Card,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Edit16Regular } from "@fluentui/react-icons";
import type { ScoringSummary } from "../../core/engine";
import type { PaneStrings } from "../strings";
import { PROFILE_CHOICES, type ScoringSettings } from "../scoring-settings";
import { Facts } from "./Facts";

const useStyles = makeStyles({
  heading: { margin: 0 },
  settings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fill: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  alert: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface ScoringCardProps {
  scoring: ScoringSummary;
  /** The 满分 a finding says the stated 总分 exceeds; null when it does not. */
  aboveMaximum: string | null;
  settings: ScoringSettings;
  t: PaneStrings;
  busy: boolean;
  onSettings(settings: ScoringSettings): void;
  onFillScores(): void;
}

export function ScoringCard({ scoring, aboveMaximum, settings, t, busy, onSettings, onFillScores }: ScoringCardProps) {
  const styles = useStyles();
  const headingId = useId("scoring-heading");
  const fillHintId = useId("fill-scores-hint");
  const orNot = (v: string | null) => v ?? t.notStated;
  return (
    <Card size="small" aria-labelledby={headingId} data-section="scoring">
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.scoringHeading}
      </Subtitle2>
      <Facts
        numeric
        rows={[
          [t.computedTotal, orNot(scoring.computedTotal)],
          [t.statedTotal, orNot(scoring.statedTotal)],
          [t.computedGrade, scoring.grade ? t.grade[scoring.grade] : t.notStated],
          [t.statedGrade, orNot(scoring.statedGrade)],
        ]}
      />
      {aboveMaximum !== null && (
        <Caption1 className={styles.alert} data-alert="total-above-maximum">
          {t.totalAboveMaximum(aboveMaximum)}
        </Caption1>
      )}
      <Facts rows={[[t.profileUsed, t.profileName(scoring.profile, scoring.guessed)]]} />
      <div className={styles.settings}>
        <Field label={t.profileChoice} hint={t.profileOptionHint} size="small">
          <RadioGroup
            layout="horizontal"
            value={settings.profile}
            disabled={busy}
            onChange={(_, data) => {
              const profile = PROFILE_CHOICES.find((p) => p === data.value);
              if (profile && profile !== settings.profile) onSettings({ ...settings, profile });
            }}
          >
            {PROFILE_CHOICES.map((p) => (
              <Radio key={p} value={p} label={t.profileOption[p]} />
            ))}
          </RadioGroup>
        </Field>
        <Field hint={t.explainOverAchievementHint} size="small">
          <Switch
            label={t.explainOverAchievement}
            checked={settings.explainOverAchievement}
            disabled={busy}
            onChange={(_, data) => onSettings({ ...settings, explainOverAchievement: data.checked })}
          />
        </Field>
        <Field hint={t.capByExecutionRateHint} size="small">
          <Switch
            label={t.capByExecutionRate}
            checked={settings.capByExecutionRate}
            disabled={busy}
            onChange={(_, data) => onSettings({ ...settings, capByExecutionRate: data.checked })}
          />
        </Field>
      </div>
      {/* A visible hint rather than a tooltip: it reads the same by touch, and a tooltip's portal may cover the controls. */}
      <div className={styles.fill}>
        <Button icon={<Edit16Regular />} disabled={busy} aria-describedby={fillHintId} onClick={onFillScores}>
          {t.fillScores}
        </Button>
        <Caption1 id={fillHintId} className={styles.hint}>
          {t.fillScoresHint}
        </Caption1>
      </div>
    </Card>
  );
}
