/**
 * A chat's messages by id, with the part of `Map`'s interface the emulator uses. Message ids
 * are given in order within a chat (1, 2, 3, …), so the messages sit in an array at their id:
 * storing one appends, reading one is an index. A `Map` of tens of thousands of messages
 * costs `sendMessage` over `listen()` about 2% in the loopback benchmark
 * (test/bench/listen.bench.mjs): each call hashes into a table larger than the CPU's caches.
 * Iteration follows the ids, which is the order the messages were stored in; deleting during
 * iteration is safe, as with a `Map`.
 * @internal
 */
export class MessageStore<Stored> implements Iterable<[number, Stored]> {
  private readonly slots: Array<Stored | undefined> = [];
  private count = 0;

  /** How many messages are stored. */
  get size(): number {
    return this.count;
  }

  get(id: number): Stored | undefined {
    return Number.isSafeInteger(id) && id >= 0 ? this.slots[id] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  /** Stores a message at its id (replacing one stored there). */
  set(id: number, stored: Stored): this {
    // Telegram's message ids are 32-bit; an array index stays below 2^32 − 1.
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) {
      throw new RangeError(`a message id is a whole number from 0 to 2147483647, not ${id}`);
    }
    if (this.slots[id] === undefined) this.count++;
    this.slots[id] = stored;
    return this;
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    this.slots[id] = undefined;
    this.count--;
    return true;
  }

  *values(): IterableIterator<Stored> {
    const slots = this.slots;
    for (let id = 0; id < slots.length; id++) {
      const stored = slots[id];
      if (stored !== undefined) yield stored;
    }
  }

  *entries(): IterableIterator<[number, Stored]> {
    const slots = this.slots;
    for (let id = 0; id < slots.length; id++) {
      const stored = slots[id];
      if (stored !== undefined) yield [id, stored];
    }
  }

  [Symbol.iterator](): IterableIterator<[number, Stored]> {
    return this.entries();
  }
}
