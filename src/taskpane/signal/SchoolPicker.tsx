/**
 * Picks a child's school from the zone's directory: search by name, municipality, postcode or
 * school number. Only directory schools can be chosen; one without a contact person is listed
 * but disabled. Typed text never becomes a recipient.
 */
import { Combobox, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { canReceiveSignals, type School, type SchoolIndex } from "../../lib/directory";

const VISIBLE_OPTIONS = 30;

export interface SchoolPickerProps {
  index: SchoolIndex;
  selected: School | null;
  onSelect(school: School | null): void;
  disabled?: boolean;
  testId: string;
}

function label(school: School): string {
  const place = [school.address.postcode, school.address.municipality].filter(Boolean).join(" ");
  return place ? `${school.name} — ${place}` : school.name;
}

export function SchoolPicker({ index, selected, onSelect, disabled, testId }: SchoolPickerProps) {
  const { t } = useTranslation("pane");
  const [query, setQuery] = useState(selected ? label(selected) : "");
  const [searching, setSearching] = useState(false);
  const matches = useMemo(
    () => index.search(searching ? query : "", VISIBLE_OPTIONS),
    [index, query, searching]
  );
  return (
    <Field label={t("send.school")} hint={selected ? undefined : t("send.schoolHint")}>
      <Combobox
        data-testid={testId}
        freeform
        disabled={disabled}
        placeholder={t("send.schoolPlaceholder")}
        value={query}
        selectedOptions={selected ? [selected.number] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          setSearching(true);
        }}
        onOptionSelect={(_, data) => {
          const school = matches.find((s) => s.number === data.optionValue) ?? null;
          if (school && !canReceiveSignals(school)) return;
          onSelect(school);
          setQuery(school ? label(school) : "");
          setSearching(false);
        }}
      >
        {matches.map((school) => {
          const reachable = canReceiveSignals(school);
          return (
            <Option
              key={school.number}
              value={school.number}
              text={label(school)}
              disabled={!reachable}
              data-testid={`${testId}-option-${school.number}`}
            >
              {label(school)} ({school.number}){reachable ? "" : ` — ${t("send.noContact")}`}
            </Option>
          );
        })}
      </Combobox>
    </Field>
  );
}
