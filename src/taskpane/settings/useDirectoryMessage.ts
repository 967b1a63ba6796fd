/** Translates the directory library's message keys (rejection reasons, write errors). */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { DIRECTORY_NAMESPACE, type DirectoryMessage } from "../../lib/directory";

export function useDirectoryMessage(): (message: DirectoryMessage) => string {
  const { t } = useTranslation(DIRECTORY_NAMESPACE);
  return useCallback(
    (message: DirectoryMessage) => t(`${DIRECTORY_NAMESPACE}:${message.key}`, message.params ?? {}),
    [t]
  );
}
