/** The coordinator's view of the zone's school directory (the import view grows here). */
import { Body1, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PaneServices } from "../services";

export function SchoolsTab({ services }: { services: PaneServices }) {
  const { t } = useTranslation("pane");
  const [count, setCount] = useState<number | null | "error">(null);
  useEffect(() => {
    let current = true;
    services.schools.list().then(
      (schools) => current && setCount(schools.length),
      () => current && setCount("error")
    );
    return () => {
      current = false;
    };
  }, [services]);
  if (count === null) return <Spinner size="small" />;
  return (
    <Body1 data-testid="school-count">
      {count === "error" ? t("schools.unavailable") : t("schools.count", { count })}
    </Body1>
  );
}
