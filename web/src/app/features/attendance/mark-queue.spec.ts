import { TestBed } from '@angular/core/testing';
import { MarkQueue } from './mark-queue';
import { entry } from './attendance.testing';

const change = (enrolmentId: string, status: 'present' | 'absent' | 'late', version: number) => ({ enrolmentId, status, minutesAttended: null, note: null, version });

describe('MarkQueue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the version a mark was first based on when it changes again before it is sent', () => {
    const queue = TestBed.inject(MarkQueue);
    queue.put('s-1', change('e-1', 'present', 3));
    queue.put('s-1', change('e-1', 'absent', 4));
    expect(queue.sendable('s-1')).toEqual([{ enrolmentId: 'e-1', status: 'absent', minutesAttended: null, note: null, version: 3 }]);
  });

  it('survives a reload: the marks are in localStorage, per session', () => {
    TestBed.inject(MarkQueue).put('s-1', change('e-1', 'present', 0));
    TestBed.inject(MarkQueue).put('s-2', change('e-9', 'late', 1));
    TestBed.resetTestingModule();
    const reloaded = TestBed.inject(MarkQueue);
    expect(reloaded.marks('s-1').map((mark) => mark.enrolmentId)).toEqual(['e-1']);
    expect(reloaded.marks('s-2').map((mark) => mark.status)).toEqual(['late']);
  });

  it('drops what the server stored, and rebases a mark changed again while it was on its way', () => {
    const queue = TestBed.inject(MarkQueue);
    queue.put('s-1', change('e-1', 'present', 0));
    queue.put('s-1', change('e-2', 'present', 0));
    const sent = queue.sendable('s-1');
    queue.put('s-1', change('e-2', 'late', 0));
    queue.stored('s-1', sent, [entry('e-1', 'A', { status: 'present', version: 1 }), entry('e-2', 'B', { status: 'present', version: 1 })]);
    expect(queue.marks('s-1')).toEqual([{ enrolmentId: 'e-2', status: 'late', minutesAttended: null, note: null, version: 1 }]);
    expect(JSON.parse(localStorage.getItem('di-training-attendance-queue:s-1') ?? '[]')).toHaveLength(1);
  });

  it('holds a conflicting mark back until the trainer keeps it (on the new version) or takes the server’s', () => {
    const queue = TestBed.inject(MarkQueue);
    queue.put('s-1', change('e-1', 'present', 0));
    queue.put('s-1', change('e-2', 'absent', 0));
    const theirs = entry('e-1', 'A', { status: 'excused', version: 2 });
    queue.conflicted('s-1', [{ enrolmentId: 'e-1', current: theirs }]);
    expect(queue.sendable('s-1').map((mark) => mark.enrolmentId)).toEqual(['e-2']);
    expect(queue.marks('s-1').find((mark) => mark.enrolmentId === 'e-1')?.conflict).toEqual(theirs);

    queue.keepMine('s-1', 'e-1');
    expect(queue.sendable('s-1').find((mark) => mark.enrolmentId === 'e-1')).toEqual({ enrolmentId: 'e-1', status: 'present', minutesAttended: null, note: null, version: 2 });

    queue.conflicted('s-1', [{ enrolmentId: 'e-2', current: entry('e-2', 'B', { status: 'present', version: 1 }) }]);
    queue.discard('s-1', ['e-2']);
    expect(queue.marks('s-1').map((mark) => mark.enrolmentId)).toEqual(['e-1']);
    queue.discard('s-1');
    expect(localStorage.getItem('di-training-attendance-queue:s-1')).toBeNull();
  });

  it('ignores what is not a queue in storage', () => {
    localStorage.setItem('di-training-attendance-queue:s-1', '{"not":"a list"');
    localStorage.setItem('di-training-attendance-queue:s-2', JSON.stringify([{ enrolmentId: 'e-1' }, change('e-2', 'present', 0)]));
    const queue = TestBed.inject(MarkQueue);
    expect(queue.marks('s-1')).toEqual([]);
    expect(queue.marks('s-2').map((mark) => mark.enrolmentId)).toEqual(['e-2']);
  });
});
