/** A directory school as the signal template sees it: recipients only from its contact persons. */
import type { SignalSchool } from "../signal/types";
import { recipientsFor } from "./recipients";
import type { School } from "./school";

export interface DirectorySignalSchool extends SignalSchool {
  /** The school number: one message per school. */
  id: string;
}

/** Null when the school has no Handle with Care contact (it cannot get a signal). */
export function toSignalSchool(school: School): DirectorySignalSchool | null {
  const recipients = recipientsFor(school);
  if (recipients.length === 0) return null;
  return {
    id: school.number,
    name: school.name,
    email: recipients.map((r) => r.email),
    language: school.language,
  };
}
