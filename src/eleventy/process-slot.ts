/** One value per process, whichever copy of a module reads or writes it. */
export interface ProcessSlot<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

/**
 * A value shared by every copy of a module in this process. Eleventy imports the config's plugins
 * through its own loader; a test runner or script that imports the same module holds a second
 * copy with its own module state, but there is only one process, so state that both must see
 * (a running search refresh, the current page writer) is kept on `globalThis` under `name`.
 */
export function processSlot<T>(name: string): ProcessSlot<T> {
  const key = Symbol.for(`ilmitd.${name}`);
  const slots = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return {
    get: () => slots[key],
    set: (value) => {
      slots[key] = value;
    },
  };
}
