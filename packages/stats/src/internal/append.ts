/** Adds `value` to the list of `key`, starting the list when there is none (in place: linear over many adds). */
export function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
