/**
 * Delegated Microsoft Graph permissions, least privilege. The README lists these; each has one
 * reason. Mail.ReadWrite is needed because a signal is sent as a draft (never twice).
 */
export const GraphScopes = {
  /** Sign the officer in and read their own address, shown as From in the preview. */
  userRead: "User.Read",
  /** Send the signal from the officer's own mailbox. */
  mailSend: "Mail.Send",
  /** Send as the unit's shared mailbox (config sendingMailbox); needs Send As rights too. */
  mailSendShared: "Mail.Send.Shared",
  /**
   * Create the signal as a draft and look for its id in Drafts and Sent Items before any resend:
   * sending a draft cannot deliver twice, a bare sendMail can (see graphMailer.ts).
   */
  mailReadWrite: "Mail.ReadWrite",
  /** The same in the unit's shared mailbox. */
  mailReadWriteShared: "Mail.ReadWrite.Shared",
  /** The pane reads the schools contact folder. */
  contactsRead: "Contacts.Read",
  /** The pane reads the schools contact folder kept in the unit's shared mailbox. */
  contactsReadShared: "Contacts.Read.Shared",
  /** The coordinator's CSV import writes the schools contact folder. */
  contactsReadWrite: "Contacts.ReadWrite",
  /** The coordinator's CSV import writes the folder kept in the unit's shared mailbox. */
  contactsReadWriteShared: "Contacts.ReadWrite.Shared",
} as const;

export type GraphScope = (typeof GraphScopes)[keyof typeof GraphScopes];

/** What sending (and checking Sent Items) needs, for the configured sending mailbox. */
export function signalScopes(sendingMailbox: string | null): GraphScope[] {
  return sendingMailbox
    ? [GraphScopes.userRead, GraphScopes.mailSendShared, GraphScopes.mailReadWriteShared]
    : [GraphScopes.userRead, GraphScopes.mailSend, GraphScopes.mailReadWrite];
}

/** Everything the officer's task pane asks consent for (the folder lives in the sending mailbox). */
export function paneScopes(sendingMailbox: string | null): GraphScope[] {
  return [
    ...signalScopes(sendingMailbox),
    sendingMailbox ? GraphScopes.contactsReadShared : GraphScopes.contactsRead,
  ];
}

/** What the coordinator's import needs. */
export function importScopes(sendingMailbox: string | null = null): GraphScope[] {
  return [
    GraphScopes.userRead,
    sendingMailbox ? GraphScopes.contactsReadWriteShared : GraphScopes.contactsReadWrite,
  ];
}
