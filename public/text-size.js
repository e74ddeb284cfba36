// Applies the remembered text size before first paint (see components/layout/TextSizeControl.tsx).
try {
  var s = localStorage.getItem('text-size');
  if (s === 'large' || s === 'larger') document.documentElement.dataset.textSize = s;
} catch {}
