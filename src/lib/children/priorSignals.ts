/** Which of the officer's children already got a signal from this mail (by their audit hash). */
import { childHash } from "../signal/audit";
import type { ChildDraft } from "./childDraft";

export async function alreadySignalledKeys(
  drafts: readonly ChildDraft[],
  signalledHashes: ReadonlySet<string>
): Promise<Set<string>> {
  if (signalledHashes.size === 0) return new Set();
  const keys = new Set<string>();
  for (const draft of drafts) {
    if (!draft.birthDate) continue;
    const hash = await childHash({
      firstName: draft.firstName,
      lastName: draft.lastName,
      birthDate: draft.birthDate,
    });
    if (signalledHashes.has(hash)) keys.add(draft.key);
  }
  return keys;
}
