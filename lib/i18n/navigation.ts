import { createElement, type ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, not prefetching by default: Next prefetches every link that scrolls into view
 * (19–20 KiB per public page measured), data a visitor on prepaid data pays for pages they may
 * never open. A link that is nearly always followed can still pass `prefetch`.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch, ...props });
}
