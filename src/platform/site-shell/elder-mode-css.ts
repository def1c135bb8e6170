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
/* Larger type, not larger chrome: on a phone the header and the section links take one row each. */
@media (max-width: 40rem) {
  :root:root .site-header__bar { padding: 0.4rem 0.75rem; gap: 0.25rem 0.5rem; }
  :root:root .site-header__name { font-size: 1.05em; }
  :root:root .reader-settings__link, :root:root .site-header__search { min-height: 2.75rem; padding: 0 0.5rem; }
  :root:root .site-nav__list { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; }
  :root:root .site-nav__link { min-height: 2.75rem; padding: 0 0.6rem; white-space: nowrap; }
}
`

export const STANDARD_CSS = `/* 标准模式 */\n`
