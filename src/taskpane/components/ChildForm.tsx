/** Edits or adds a child: first name, last name, birth date; validated by the domain rules. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  validateChildInput,
  type ChildField,
  type ChildFieldError,
  type ChildInput,
} from "../../lib/children/childDraft";
import { formatBirthDate } from "../../lib/signal/birthDate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface ChildFormProps {
  initial?: { firstName: string; lastName: string; birthDate: string | null };
  mailDay: string;
  onSave(value: { firstName: string; lastName: string; birthDate: string }): void;
  onCancel(): void;
  testId: string;
}

export function ChildForm({ initial, mailDay, onSave, onCancel, testId }: ChildFormProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const [input, setInput] = useState<ChildInput>({
    firstName: initial?.firstName ?? "",
    lastName: initial?.lastName ?? "",
    birthDate: initial?.birthDate ? (formatBirthDate(initial.birthDate) ?? "") : "",
  });
  const [errors, setErrors] = useState<ChildFieldError[]>([]);
  const errorFor = (field: ChildField) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(error.key) : undefined;
  };
  const submit = () => {
    const result = validateChildInput(input, mailDay);
    if (result.ok) onSave(result.value);
    else setErrors(result.errors);
  };
  const field = (name: ChildField) => (
    <Field
      label={t(`child.${name}`)}
      validationMessage={errorFor(name)}
      validationState={errorFor(name) ? "error" : "none"}
    >
      <Input
        data-testid={`${testId}-${name}`}
        value={input[name]}
        onChange={(_, data) => setInput((prev) => ({ ...prev, [name]: data.value }))}
      />
    </Field>
  );
  return (
    <form
      className={styles.root}
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {field("firstName")}
      {field("lastName")}
      {field("birthDate")}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" data-testid={`${testId}-save`}>
          {t("child.save")}
        </Button>
        <Button onClick={onCancel}>{t("child.cancel")}</Button>
      </div>
    </form>
  );
}
