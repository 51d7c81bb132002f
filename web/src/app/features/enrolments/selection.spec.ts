import { Selection } from './selection';

const person = (id: string) => ({ id, fullName: `Cilvēks ${id}` });

describe('Selection', () => {
  it('keeps what was ticked across pages, in the order ticked', () => {
    const selection = new Selection<{ id: string; fullName: string }>();
    const first = [person('a'), person('b')];
    const second = [person('c')];
    selection.toggle(first[1], true);
    selection.setAll(second, true);
    selection.toggle(first[0], true);
    expect(selection.ids()).toEqual(['b', 'c', 'a']);
    expect(selection.get('c')?.fullName).toBe('Cilvēks c');
    expect(selection.size()).toBe(3);
  });

  it('tells a page’s "select all" whether all, some or none of its items are ticked', () => {
    const selection = new Selection<{ id: string }>();
    const page = [person('a'), person('b')];
    expect(selection.stateOf(page)).toBe('none');
    selection.toggle(page[0], true);
    expect(selection.stateOf(page)).toBe('some');
    selection.setAll(page, true);
    expect(selection.stateOf(page)).toBe('all');
    selection.setAll(page, false);
    expect(selection.stateOf(page)).toBe('none');
    expect(selection.stateOf([])).toBe('none');
  });

  it('lets go of those done with, and of everything', () => {
    const selection = new Selection<{ id: string }>();
    selection.setAll([person('a'), person('b'), person('c')], true);
    selection.remove(['a', 'c']);
    expect(selection.ids()).toEqual(['b']);
    selection.clear();
    expect(selection.size()).toBe(0);
  });
});
