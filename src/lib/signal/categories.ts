/** Outlook category names and "no signal needed" reasons the add-in uses (agreed with the lead). */

/** Category on every sent signal: the audit trail in Sent Items. */
export const SIGNAL_CATEGORY = "Handle with Care";

/** Category the source incident mail gets once its signal(s) went out. */
export const SOURCE_SIGNAL_SENT_CATEGORY = "HWC: signaal verzonden";

/** Category the source incident mail gets when the officer decides no signal is needed. */
export const SOURCE_NO_ACTION_CATEGORY = "HWC: geen actie";

/** Why no signal is needed; the label is `signal:noSignalReason.<reason>`. */
export const noSignalReasons = [
  "notIntrafamilyViolence",
  "noSchoolAgeChild",
  "schoolUnknown",
  "alreadySignalled",
] as const;
export type NoSignalReason = (typeof noSignalReasons)[number];

export function noSignalReasonKey(reason: NoSignalReason): string {
  return `noSignalReason.${reason}`;
}
