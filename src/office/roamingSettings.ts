/** SettingsPort adapter over Office roamingSettings (per user, roams with the mailbox). */
import type { SettingsPort } from "../lib/ports";
import { officeAsync } from "./officeMailbox";

export function createRoamingSettings(): SettingsPort {
  const settings = () => Office.context.roamingSettings;
  const save = () => officeAsync<void>((cb) => settings().saveAsync(cb));
  return {
    get: <T>(key: string) => {
      const value = settings().get(key) as T | null | undefined;
      return value === null ? undefined : value;
    },
    set: async (key, value) => {
      settings().set(key, value);
      await save();
    },
    remove: async (key) => {
      settings().remove(key);
      await save();
    },
  };
}
