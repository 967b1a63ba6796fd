/** A labelled CSV file picker (Fluent v9 has no file input; the native one is accessible). */
import { Field } from "@fluentui/react-components";

export interface CsvFileFieldProps {
  label: string;
  testId: string;
  disabled: boolean;
  onChange(file: File | null): void;
}

export function CsvFileField({ label, testId, disabled, onChange }: CsvFileFieldProps) {
  return (
    <Field label={label}>
      {(fieldProps) => (
        <input
          {...fieldProps}
          type="file"
          accept=".csv,text/csv"
          data-testid={testId}
          disabled={disabled}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}
