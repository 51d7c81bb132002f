import { linkedText } from './linked-text';

describe('linkedText', () => {
  it('finds the links in a message and leaves the rest as text', () => {
    expect(
      linkedText(
        'Sveiki!\nIestatiet paroli: http://localhost:3000/lv/set-password#token=a-b_c.\nPaldies',
      ),
    ).toEqual([
      { text: 'Sveiki!\nIestatiet paroli: ' },
      {
        text: 'http://localhost:3000/lv/set-password#token=a-b_c',
        href: 'http://localhost:3000/lv/set-password#token=a-b_c',
      },
      { text: '.\nPaldies' },
    ]);
  });

  it('makes no links of other schemes', () => {
    expect(linkedText('javascript:alert(1) mailto:a@b.lv')).toEqual([
      { text: 'javascript:alert(1) mailto:a@b.lv' },
    ]);
  });
});
