/** One child: name, birth date, age, school-age badge, national-number check, evidence. */
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  Card,
  CardHeader,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Delete16Regular, Edit16Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { applyCorrection, childFacts, type ChildDraft } from "../../lib/children/childDraft";
import { formatBirthDate } from "../../lib/signal/birthDate";
import { ChildForm } from "./ChildForm";

const useStyles = makeStyles({
  facts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  evidence: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
  confirmed: { color: tokens.colorPaletteGreenForeground1 },
});

export interface ChildCardProps {
  child: ChildDraft;
  index: number;
  mailDay: string;
  onChange(child: ChildDraft): void;
  onRemove(key: string): void;
  /** A signal for this child has started: it can no longer be changed or removed. */
  locked?: boolean;
  /** A signal for this child was already sent from this mail (found in Sent Items). */
  alreadySignalled?: boolean;
  /** The school picker and other per-child actions. */
  children?: ReactNode;
}

export function ChildCard({
  child,
  index,
  mailDay,
  onChange,
  onRemove,
  locked,
  alreadySignalled,
  children,
}: ChildCardProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const facts = childFacts(child, mailDay);
  const testId = `child-${index}`;
  if (editing) {
    return (
      <Card data-testid={testId}>
        <ChildForm
          testId={`${testId}-form`}
          initial={child}
          mailDay={mailDay}
          onCancel={() => setEditing(false)}
          onSave={(value) => {
            onChange(applyCorrection(child, value));
            setEditing(false);
          }}
        />
      </Card>
    );
  }
  return (
    <Card data-testid={testId}>
      <CardHeader
        header={
          <Body1Strong data-testid={`${testId}-name`}>
            {child.firstName} {child.lastName}
          </Body1Strong>
        }
        action={
          <div>
            <Button
              appearance="subtle"
              icon={<Edit16Regular />}
              aria-label={t("child.edit")}
              data-testid={`${testId}-edit`}
              disabled={locked}
              onClick={() => setEditing(true)}
            />
            <Button
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={t("child.remove")}
              data-testid={`${testId}-remove`}
              disabled={locked}
              onClick={() => onRemove(child.key)}
            />
          </div>
        }
      />
      <div className={styles.facts}>
        <Caption1 data-testid={`${testId}-birthdate`} data-iso={child.birthDate ?? ""}>
          {child.birthDate ? formatBirthDate(child.birthDate) : t("child.noBirthDate")}
        </Caption1>
        {facts.confirmedByNationalNumber && (
          <Tooltip content={t("child.confirmed")} relationship="label">
            <CheckmarkCircle16Filled
              className={styles.confirmed}
              data-testid={`${testId}-confirmed`}
            />
          </Tooltip>
        )}
        <Caption1 data-testid={`${testId}-age`}>
          {facts.age === null ? t("child.ageUnknown") : t("child.age", { count: facts.age })}
        </Caption1>
        {facts.schoolAge !== null && (
          <Badge
            appearance="tint"
            color={facts.schoolAge ? "brand" : "subtle"}
            data-testid={`${testId}-school-age`}
          >
            {facts.schoolAge ? t("child.schoolAge") : t("child.notSchoolAge")}
          </Badge>
        )}
        {child.origin === "manual" && <Badge appearance="outline">{t("child.manual")}</Badge>}
        {alreadySignalled && (
          <Badge appearance="filled" color="success" data-testid={`${testId}-already-signalled`}>
            {t("child.alreadySignalled")}
          </Badge>
        )}
      </div>
      {child.evidence && (
        <Caption1
          className={styles.evidence}
          title={t("child.evidence")}
          data-testid={`${testId}-evidence`}
        >
          “{child.evidence.text}”
        </Caption1>
      )}
      {children}
    </Card>
  );
}
