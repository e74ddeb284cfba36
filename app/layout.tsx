import type { ReactNode } from 'react';
import './globals.css';

// <html> is rendered by app/[locale]/layout.tsx (lang and dir per locale) and by the admin layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
