'use client';

// Last resort when even the layout failed: no messages can be loaded, so the text is short and
// given in the two languages every staff member and most residents can get help in.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ko">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>일시적인 오류가 발생했습니다</h1>
        <p lang="en">Something went wrong on our side. Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          다시 시도 / <span lang="en">Try again</span>
        </button>
      </body>
    </html>
  );
}
