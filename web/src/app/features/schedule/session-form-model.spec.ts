import { createSessionForm, toCreateRequest } from './session-form-model';

describe('the session form', () => {
  it('sends an in-person series until a date as Riga wall-clock times', () => {
    const form = createSessionForm(['t-1', 't-2']);
    form.patchValue({
      date: '5.3.2027',
      startTime: '9:30',
      endTime: '12:00',
      mode: 'in_person',
      venue: ' Zāle 1 ',
      address: '',
      repeat: 'daily',
      interval: 2,
      end: 'until',
      until: '15.03.2027',
    });
    form.controls.trainers.controls['t-2'].setValue(false);
    expect(form.valid).toBe(true);
    expect(toCreateRequest(form.getRawValue())).toEqual({
      startsAtLocal: '2027-03-05T09:30',
      endsAtLocal: '2027-03-05T12:00',
      mode: 'in_person',
      meetingUrl: null,
      venue: 'Zāle 1',
      address: null,
      trainerIds: ['t-1'],
      moduleId: null,
      recurrence: { frequency: 'daily', interval: 2, until: '2027-03-15' },
    });
  });

  it('asks for what each choice needs', () => {
    const form = createSessionForm([]);
    form.patchValue({ date: '04.12.2026', startTime: '13:00', endTime: '10:00', meetingUrl: 'javascript:alert(1)' });
    expect(form.controls.endTime.errors).toEqual({ endBeforeStart: true });
    expect(form.controls.meetingUrl.errors).toEqual({ httpUrl: true });
    expect(form.controls.trainers.errors).toEqual({ noneChecked: true });
    form.patchValue({ mode: 'in_person' });
    expect(form.controls.venue.errors).toEqual({ required: true });
    form.patchValue({ repeat: 'weekly', end: 'until', until: '01.12.2026' });
    expect(form.controls.until.errors).toEqual({ untilBeforeStart: true });
  });
});
