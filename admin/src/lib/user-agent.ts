/** Browsers by their User-Agent token, most specific first (Edge and Opera also say "Chrome"). */
const BROWSERS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Firefox', /\bFirefox\/(\d+)/],
  ['Chrome', /\b(?:Headless)?Chrome\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//],
];

/** Systems, most specific first (Android says "Linux", iOS says "Mac OS X"). */
const SYSTEMS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['Android', /\bAndroid\b/],
  ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b/],
  ['Linux', /\bLinux\b/],
];

/**
 * A browser and system a person recognises from a session's User-Agent ("Chrome 126 · Linux"); the
 * raw text when neither is known (a script), '' for none. Only for display: nothing relies on it.
 */
export function describeUserAgent(userAgent: string): string {
  const text = userAgent.trim();
  if (!text) return '';
  const browser = BROWSERS.map(([name, pattern]) => {
    const match = pattern.exec(text);
    return match ? `${name} ${match[1]}` : null;
  }).find((found) => found !== null);
  const system = SYSTEMS.find(([, pattern]) => pattern.test(text))?.[0];
  const parts = [browser, system].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : text.slice(0, 60);
}
