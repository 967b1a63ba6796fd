/** "No signal needed": marks the incident mail with a category and keeps the reason on it. */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { noSignalReasonKey, noSignalReasons, type NoSignalReason } from "../../lib/signal";

export interface NoSignalActionProps {
  onChoose(reason: NoSignalReason): void;
  disabled?: boolean;
}

export function NoSignalAction({ onChoose, disabled }: NoSignalActionProps) {
  const { t } = useTranslation(["pane", "signal"]);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button disabled={disabled} data-testid="no-signal">
          {t("send.noSignal")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {noSignalReasons.map((reason) => (
            <MenuItem
              key={reason}
              onClick={() => onChoose(reason)}
              data-testid={`no-signal-${reason}`}
            >
              {t(`signal:${noSignalReasonKey(reason)}`)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
