import { Refusal } from '@/components/admin/Refusal';

/** 403 here: names what is missing and who gives it (components/admin/Refusal.tsx). */
export default function Forbidden() {
  return <Refusal permission="export:create" />;
}
