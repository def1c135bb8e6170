/**
 * 长者模式: larger text, higher contrast and bigger touch targets. Served as a tiny per-visitor
 * stylesheet (/reader.css) so the pages themselves stay static. `:root:root` outranks the base
 * stylesheet whatever order the two load in.
 */
export const ELDER_MODE_CSS = `:root:root {
  --font-size-base: 1.3rem;
  --line-height: 1.9;
  --color-text: #000;
  --color-muted: #1a1a1a;
  --color-link: #00338d;
  --color-bg: #fff;
  --color-surface: #fff;
  --color-border: #000;
  --color-brand: #7a0d0d;
  --target-size: 3rem;
}
:root:root .reader-elder-on { display: none; }
:root:root .reader-elder-off { display: inline-flex; }
:root:root a { text-decoration-thickness: 2px; }
`

export const STANDARD_CSS = `/* 标准模式 */\n`
