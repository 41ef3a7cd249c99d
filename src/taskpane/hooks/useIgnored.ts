/** 忽略此项: the keys of ignored findings, saved in the workbook after each change; a failed save is shown. */
import { useCallback, useRef, useState } from "react";
import type { IgnoredStore } from "../ignored";

export interface Ignored {
  keys: ReadonlySet<string>;
  ignore(key: string): Promise<void>;
  restore(key: string): Promise<void>;
}

export function useIgnored(store: IgnoredStore, onSaveFailed: (error: unknown) => void): Ignored {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set(store.load()));
  // The latest set, so two quick clicks each build on the other.
  const latest = useRef(keys);
  const change = useCallback(
    async (update: (keys: Set<string>) => void) => {
      const next = new Set(latest.current);
      update(next);
      latest.current = next;
      setKeys(next);
      try {
        await store.save([...next]);
      } catch (error) {
        onSaveFailed(error);
      }
    },
    [store, onSaveFailed],
  );
  return {
    keys,
    ignore: useCallback((key: string) => change((k) => k.add(key)), [change]),
    restore: useCallback((key: string) => change((k) => k.delete(key)), [change]),
  };
}
