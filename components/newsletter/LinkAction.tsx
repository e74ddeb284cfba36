import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

/**
 * The page a link in an email opens: it says what the button will do and changes nothing until
 * it is pressed (mail scanners open links; they do not press buttons).
 */
export function LinkAction(props: {
  title: string;
  status: 'done' | 'invalid' | 'ask';
  doneText: string;
  invalidText: string;
  lead: ReactNode;
  button: string;
  action: (formData: FormData) => Promise<void>;
  locale: string;
  token: string;
}) {
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 text-3xl font-bold">{props.title}</h1>
      {props.status === 'done' ? <NoticeBanner tone="success" title={props.doneText} /> : null}
      {props.status === 'invalid' ? <NoticeBanner tone="warning" title={props.invalidText} /> : null}
      {props.status === 'ask' ? (
        <form action={props.action}>
          <p className="mb-4">{props.lead}</p>
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="token" value={props.token} />
          <Button>{props.button}</Button>
        </form>
      ) : null}
    </div>
  );
}
