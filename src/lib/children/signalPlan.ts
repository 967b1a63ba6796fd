/**
 * From the officer's children and school picks to one planned message per school. Only children
 * that may get a signal (named, real birth date, under 18) with a school that has a contact
 * person are planned; children already in a started signal are left out (never twice).
 */
import type { School } from "../directory/school";
import { toSignalSchool, type DirectorySignalSchool } from "../directory/signalSchool";
import { childKey, groupBySchool, type ChildAssignment, type SignalChild } from "../signal";
import { signalBlockers, type ChildDraft } from "./childDraft";

export interface PlannedSchoolSignal {
  school: School;
  signalSchool: DirectorySignalSchool;
  children: SignalChild[];
  /** The drafts this message covers (the same child entered twice covers both). */
  childKeys: string[];
}

export function planSchoolSignals(
  drafts: readonly ChildDraft[],
  picks: ReadonlyMap<string, School>,
  mailDay: string,
  started: ReadonlySet<string>
): PlannedSchoolSignal[] {
  const assignments: ChildAssignment<DirectorySignalSchool>[] = [];
  const draftKeys = new Map<string, string[]>();
  const schools = new Map<string, School>();
  for (const draft of drafts) {
    const school = picks.get(draft.key);
    if (!school || started.has(draft.key) || !draft.birthDate) continue;
    if (signalBlockers(draft, mailDay).length > 0) continue;
    const signalSchool = toSignalSchool(school);
    if (!signalSchool) continue;
    const child: SignalChild = {
      firstName: draft.firstName,
      lastName: draft.lastName,
      birthDate: draft.birthDate,
    };
    schools.set(signalSchool.id, school);
    assignments.push({ child, school: signalSchool });
    const key = `${signalSchool.id}\u0000${childKey(child)}`;
    draftKeys.set(key, [...(draftKeys.get(key) ?? []), draft.key]);
  }
  return groupBySchool(assignments).bySchool.map(({ school, children }) => ({
    school: schools.get(school.id) as School,
    signalSchool: school,
    children,
    childKeys: children.flatMap((c) => draftKeys.get(`${school.id}\u0000${childKey(c)}`) ?? []),
  }));
}
