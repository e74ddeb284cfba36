import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

type Variant = 'primary' | 'secondary' | 'warning';

const variants: Record<Variant, string> = {
  primary: 'bg-success text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]',
  secondary: 'bg-wash text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]',
  warning: 'bg-error text-white shadow-[0_2px_0_#55150e] hover:bg-[#8e1a14]',
};

export const buttonClass = (variant: Variant = 'primary') =>
  `inline-block rounded-none px-4 py-2 text-base font-semibold no-underline min-h-11 min-w-11 text-center ${variants[variant]} visited:text-inherit`;

export function Button({ variant = 'primary', className = '', type = 'submit', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />;
}

/** A link that looks like a button, for "Start now" style calls to action. */
export function ButtonLink({ href, children, variant = 'primary' }: { href: string; children: ReactNode; variant?: Variant }) {
  return (
    <Link href={href} className={`${buttonClass(variant)} ${variant === 'secondary' ? '!text-ink' : '!text-white'}`}>
      {children}
    </Link>
  );
}
