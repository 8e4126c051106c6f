/**
 * Hook registration lists shared by tensor and module hooks. @internal
 *
 * @module
 */

import type { RemovableHandle } from "./autograd.ts";

/**
 * Add `entry` to `list` and return a handle that removes this registration,
 * once: a second `remove()` does nothing, even when the same function was
 * registered again (each registration is removed by its own handle). @internal
 */
export function removableEntry<T>(list: T[], entry: T): RemovableHandle {
  list.push(entry);
  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
    },
  };
}
