// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Choices } from '@/components/ui/Choices';
import { SlotPicker } from '@/components/ui/SlotPicker';
import { StepIndicator } from '@/components/ui/StepIndicator';
import { Table } from '@/components/ui/Table';
import { Tag } from '@/components/ui/Tag';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

const html = (node: React.ReactNode) => {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(node);
  return container;
};

describe('form building blocks', () => {
  it('a field ties its label, hint and error to the input, and keeps what was typed', () => {
    const root = html(<TextField name="phone" label="Phone" hint="We call you" error="Enter a phone number" defaultValue="010-12" />);
    const input = root.querySelector('input')!;
    expect(root.querySelector('label')!.getAttribute('for')).toBe(input.id);
    expect(input.getAttribute('aria-describedby')).toBe('field-phone-hint field-phone-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('value')).toBe('010-12');
    expect(root.querySelector('#field-phone-error')!.textContent).toBe('Enter a phone number');
  });

  it('a field without an error is not marked invalid', () => {
    const input = html(<TextField name="name" label="Name" />).querySelector('input')!;
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('the error summary links each error to its field and is announced', () => {
    const root = html(<ErrorSummary title="There is a problem" errors={{ phone: 'Enter a phone number', name: undefined, topic: 'Choose a topic' }} />);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect([...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#field-phone', 'Enter a phone number'],
      ['#field-topic', 'Choose a topic'],
    ]);
  });

  it('shows no summary when nothing is wrong', () => {
    expect(renderToStaticMarkup(<ErrorSummary title="There is a problem" errors={{}} />)).toBe('');
  });

  it('radios sit in a fieldset with a legend; the first carries the id the summary links to', () => {
    const root = html(
      <Choices
        type="radio"
        name="channel"
        legend="How?"
        error="Choose one"
        selected="phone"
        choices={[
          { value: 'visit', label: 'Visit' },
          { value: 'phone', label: 'Phone' },
        ]}
      />,
    );
    expect(root.querySelector('fieldset > legend')!.textContent).toBe('How?');
    const radios = [...root.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
    expect(radios[0]!.id).toBe('field-channel');
    expect(radios.map((r) => r.hasAttribute('checked'))).toEqual([false, true]);
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('field-channel-error');
  });

  it('the slot picker groups times under each day’s full date, as radios', () => {
    const root = html(
      <SlotPicker
        name="slot"
        legend="Choose a time"
        days={[
          { key: '2026-12-06', label: 'Sunday 6 December 2026', slots: [{ value: 'a', label: '10:00', hint: '2 places left' }] },
          {
            key: '2026-12-07',
            label: 'Monday 7 December 2026',
            slots: [
              { value: 'b', label: '00:30' },
              { value: 'c', label: '09:00' },
            ],
          },
        ]}
        selected="c"
      />,
    );
    const dayLegends = [...root.querySelectorAll('fieldset fieldset > legend')].map((l) => l.textContent);
    expect(dayLegends).toEqual(['Sunday 6 December 2026', 'Monday 7 December 2026']);
    const radios = [...root.querySelectorAll('input[type="radio"][name="slot"]')] as HTMLInputElement[];
    expect(radios).toHaveLength(3);
    expect(radios[0]!.id).toBe('field-slot');
    expect(root.querySelector('label[for="field-slot"]')!.textContent).toBe('10:002 places left');
    expect(radios.find((r) => r.hasAttribute('checked'))!.value).toBe('c');
  });

  it('the step indicator says which step is current in text', () => {
    const root = html(<StepIndicator label="Progress" steps={['Topic', 'Time', 'Details']} current={1} />);
    expect(root.querySelector('[aria-current="step"]')!.textContent).toBe('2. Time');
  });
});

describe('display building blocks', () => {
  it('a table has a caption and column headers', () => {
    const root = html(<Table caption="Bookings" rowKey={(r: { id: string }) => r.id} rows={[{ id: '1' }]} columns={[{ key: 'id', header: 'Reference', cell: (r) => r.id }]} />);
    expect(root.querySelector('caption')!.textContent).toBe('Bookings');
    expect(root.querySelector('th')!.getAttribute('scope')).toBe('col');
  });

  it('a status tag carries its status as text', () => {
    expect(html(<Tag tone="success">Approved</Tag>).textContent).toBe('Approved');
  });

  it('an urgent notice is an alert; an ordinary one a labelled region', () => {
    expect(html(<NoticeBanner tone="urgent" title="Typhoon" />).querySelector('[role="alert"]')).not.toBeNull();
    expect(
      html(<NoticeBanner title="Closed on Monday" />)
        .querySelector('[role="region"]')!
        .getAttribute('aria-label'),
    ).toBe('Closed on Monday');
  });
});
