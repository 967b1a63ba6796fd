/**
 * The coordinator's import: choose the CSVs → preview → import with progress → report.
 * State stays in the component (nothing in localStorage); nothing is written before "Import".
 */
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  DirectoryMessage,
  ImportFile,
  ImportPreview,
  ImportProgress,
  ImportReport,
} from "../../lib/directory";
import type { PaneServices } from "../services";
import { CsvFileField } from "./CsvFileField";
import { ImportPreviewView } from "./ImportPreviewView";
import { ImportReportView } from "./ImportReportView";
import { hasWrites, previewImport } from "./importPreviewStep";
import { parsePostcodes } from "./postcodes";
import { useDirectoryMessage } from "./useDirectoryMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
});

type Problem =
  | { kind: "noFile" }
  | { kind: "postcode"; value: string }
  | { kind: "directory"; file: ImportFile | null; error: DirectoryMessage }
  | { kind: "unexpected" };

type Step =
  | { step: "choose"; problem: Problem | null }
  | { step: "reading" }
  | { step: "preview"; preview: ImportPreview }
  | { step: "importing"; preview: ImportPreview; done: number; total: number }
  | { step: "report"; report: ImportReport };

export interface ImportPanelProps {
  services: PaneServices;
  /** Called after writes were attempted, so the list of schools is read again. */
  onImported(): void;
}

export function ImportPanel({ services, onImported }: ImportPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  const message = useDirectoryMessage();
  const [schoolsFile, setSchoolsFile] = useState<File | null>(null);
  const [contactsFile, setContactsFile] = useState<File | null>(null);
  const [postcodes, setPostcodes] = useState("");
  const [step, setStep] = useState<Step>({ step: "choose", problem: null });
  // Remounts the file inputs on "New import": a native file input cannot be cleared otherwise.
  const [formKey, setFormKey] = useState(0);

  const busy = step.step === "reading" || step.step === "importing";
  const locked = busy || step.step === "report";
  /** Any change to the inputs makes a shown preview stale. */
  const edited = () => setStep({ step: "choose", problem: null });

  async function showPreview() {
    if (schoolsFile === null && contactsFile === null) {
      setStep({ step: "choose", problem: { kind: "noFile" } });
      return;
    }
    const parsed = parsePostcodes(postcodes);
    if (!parsed.ok) {
      setStep({ step: "choose", problem: { kind: "postcode", value: parsed.invalid } });
      return;
    }
    setStep({ step: "reading" });
    try {
      const outcome = await previewImport({
        schoolsFile,
        contactsFile,
        includePostcodes: parsed.postcodes,
        listExisting: () => services.schools.list(),
      });
      setStep(
        outcome.ok
          ? { step: "preview", preview: outcome.preview }
          : {
              step: "choose",
              problem: { kind: "directory", file: outcome.file, error: outcome.error },
            }
      );
    } catch {
      setStep({ step: "choose", problem: { kind: "unexpected" } });
    }
  }

  async function runImport(preview: ImportPreview) {
    const total = preview.changes.create.length + preview.changes.update.length;
    setStep({ step: "importing", preview, done: 0, total });
    const onProgress = (progress: ImportProgress) =>
      setStep({ step: "importing", preview, done: progress.done, total: progress.total });
    try {
      // Only here is the write-capable source asked for (it may ask for write consent).
      const report = await services.importDirectory().upsert(preview.changes, onProgress);
      setStep({ step: "report", report });
    } catch {
      // upsert never rejects by contract; if it does, the list below shows what is stored.
      setStep({ step: "choose", problem: { kind: "unexpected" } });
    }
    onImported();
  }

  function restart() {
    setSchoolsFile(null);
    setContactsFile(null);
    setPostcodes("");
    setFormKey((k) => k + 1);
    setStep({ step: "choose", problem: null });
  }

  function problemText(problem: Problem): string {
    switch (problem.kind) {
      case "noFile":
        return t("import.noFile");
      case "postcode":
        return t("import.postcodesInvalid", { value: problem.value });
      case "unexpected":
        return t("import.unexpected");
      case "directory":
        return problem.file === null
          ? message(problem.error)
          : t("import.fileError", {
              file: t(`import.file.${problem.file}`),
              reason: message(problem.error),
            });
    }
  }

  return (
    <section className={styles.root} data-testid="import-panel">
      <Subtitle2 as="h2" className={styles.heading}>
        {t("import.title")}
      </Subtitle2>
      <Body1>{t("import.intro")}</Body1>
      <div key={formKey} className={styles.root}>
        <CsvFileField
          label={t("import.schoolsFile")}
          testId="import-schools-file"
          disabled={locked}
          onChange={(file) => {
            setSchoolsFile(file);
            edited();
          }}
        />
        <CsvFileField
          label={t("import.contactsFile")}
          testId="import-contacts-file"
          disabled={locked}
          onChange={(file) => {
            setContactsFile(file);
            edited();
          }}
        />
        <Field label={t("import.postcodes")} hint={t("import.postcodesHint")}>
          <Input
            data-testid="import-postcodes"
            value={postcodes}
            disabled={locked}
            inputMode="numeric"
            onChange={(_, data) => {
              setPostcodes(data.value);
              edited();
            }}
          />
        </Field>
      </div>
      {step.step === "choose" && step.problem !== null && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="import-error">{problemText(step.problem)}</MessageBarBody>
        </MessageBar>
      )}
      {(step.step === "choose" || step.step === "reading") && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            data-testid="import-preview-button"
            disabled={busy}
            onClick={() => void showPreview()}
          >
            {t("import.preview")}
          </Button>
          {step.step === "reading" && <Spinner size="tiny" label={t("import.reading")} />}
        </div>
      )}
      {(step.step === "preview" || step.step === "importing") && (
        <>
          <ImportPreviewView preview={step.preview} />
          {!hasWrites(step.preview) && (
            <Body1 data-testid="import-nothing">{t("import.nothingToWrite")}</Body1>
          )}
          {step.step === "importing" ? (
            <Field
              validationState="none"
              validationMessage={t("import.progress", { done: step.done, total: step.total })}
            >
              <ProgressBar
                data-testid="import-progress"
                value={step.done}
                max={Math.max(step.total, 1)}
              />
            </Field>
          ) : (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                data-testid="import-run-button"
                disabled={!hasWrites(step.preview)}
                onClick={() => void runImport(step.preview)}
              >
                {t("import.run")}
              </Button>
              <Button data-testid="import-back-button" onClick={edited}>
                {t("import.back")}
              </Button>
            </div>
          )}
        </>
      )}
      {step.step === "report" && (
        <>
          <ImportReportView report={step.report} />
          <div className={styles.actions}>
            <Button appearance="primary" data-testid="import-restart-button" onClick={restart}>
              {t("import.report.restart")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
