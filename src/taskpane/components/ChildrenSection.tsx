/** The children of the open mail: a card each, and a form to add one by hand. */
import { Button, Subtitle2, Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ChildDraft } from "../../lib/children/childDraft";
import { ChildCard } from "./ChildCard";
import { ChildForm } from "./ChildForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ChildrenSectionProps {
  drafts: ChildDraft[];
  mailDay: string;
  onChange(child: ChildDraft): void;
  onRemove(key: string): void;
  onAdd(value: { firstName: string; lastName: string; birthDate: string }): void;
  /** Keys of children whose signal has started (locked). */
  locked?: ReadonlySet<string>;
  /** Keys of children already signalled from this mail before this pane session. */
  alreadySignalled?: ReadonlySet<string>;
  /** Extra content per child (the school picker). */
  renderExtra?(child: ChildDraft, index: number): ReactNode;
}

export function ChildrenSection(props: ChildrenSectionProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const [adding, setAdding] = useState(false);
  return (
    <section className={styles.root} aria-labelledby="children-title" data-testid="children">
      <Subtitle2 as="h2" id="children-title">
        {t("children.title")} ({t("children.count", { count: props.drafts.length })})
      </Subtitle2>
      {props.drafts.length === 0 && <Body1 data-testid="children-none">{t("children.none")}</Body1>}
      {props.drafts.map((child, index) => (
        <ChildCard
          key={child.key}
          child={child}
          index={index}
          mailDay={props.mailDay}
          onChange={props.onChange}
          onRemove={props.onRemove}
          locked={props.locked?.has(child.key)}
          alreadySignalled={props.alreadySignalled?.has(child.key)}
        >
          {props.renderExtra?.(child, index)}
        </ChildCard>
      ))}
      {adding ? (
        <ChildForm
          testId="add-child-form"
          mailDay={props.mailDay}
          onCancel={() => setAdding(false)}
          onSave={(value) => {
            props.onAdd(value);
            setAdding(false);
          }}
        />
      ) : (
        <div>
          <Button icon={<Add16Regular />} onClick={() => setAdding(true)} data-testid="add-child">
            {t("children.add")}
          </Button>
        </div>
      )}
    </section>
  );
}
