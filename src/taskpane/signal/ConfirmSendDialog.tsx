/** The last check before sending: names the school and the children, nothing else. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SignalChild } from "../../lib/signal";
import { formatBirthDate } from "../../lib/signal/birthDate";

export interface ConfirmSendDialogProps {
  open: boolean;
  schoolName: string;
  signalChildren: SignalChild[];
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmSendDialog(props: ConfirmSendDialogProps) {
  const { t } = useTranslation("pane");
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface data-testid="confirm-send">
        <DialogBody>
          <DialogTitle>{t("send.confirmTitle", { school: props.schoolName })}</DialogTitle>
          <DialogContent>
            {t("send.confirmBody", { count: props.signalChildren.length })}
            <ul data-testid="confirm-send-children">
              {props.signalChildren.map((child, i) => (
                <li key={i}>
                  {child.firstName} {child.lastName} ({formatBirthDate(child.birthDate)})
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm} data-testid="confirm-send-yes">
              {t("send.confirmYes")}
            </Button>
            <Button onClick={props.onCancel} data-testid="confirm-send-no">
              {t("send.confirmNo")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
