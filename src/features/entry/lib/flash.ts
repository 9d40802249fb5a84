/** A one-time note handed from the "new" form to the record's edit page after a save. */
const notes = new Map<string, 'created'>();

export const flash = {
  set(id: string, note: 'created') {
    notes.set(id, note);
  },
  get(id: string | undefined): 'created' | undefined {
    return id ? notes.get(id) : undefined;
  },
  clear(id: string | undefined) {
    if (id) notes.delete(id);
  },
};
