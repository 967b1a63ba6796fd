/** The Graph sendMail payload for a prepared signal: the message, its category and audit tags. */
import type { Message } from "@microsoft/microsoft-graph-types";
import { auditProperties, type OutgoingSignal } from "../lib/signal";

export interface SendMailBody {
  message: Message;
  saveToSentItems: true;
}

/** `sendingMailbox` set: the message goes out as that shared mailbox. */
export function sendMailBody(signal: OutgoingSignal, sendingMailbox: string | null): SendMailBody {
  const { message } = signal;
  return {
    message: {
      subject: message.subject,
      body: { contentType: "html", content: message.bodyHtml },
      toRecipients: message.to.map((a) => ({ emailAddress: { name: a.name, address: a.email } })),
      ...(sendingMailbox
        ? { from: { emailAddress: { name: message.from.name, address: sendingMailbox } } }
        : {}),
      categories: signal.categories,
      singleValueExtendedProperties: auditProperties(signal.audit),
      isReadReceiptRequested: signal.requestReadReceipt,
      isDeliveryReceiptRequested: signal.requestDeliveryReceipt,
    },
    saveToSentItems: true,
  };
}
