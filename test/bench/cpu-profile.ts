import fs from 'node:fs';
import { repoRoot } from '../support/server';

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) that a self-time summary needs. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    hitCount?: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas?: number[];
}

export interface SelfTime {
  function: string;
  /**
   * url:line (1-based), shortened: repository-relative, node_modules/.pnpm/… reduced to the package
   * path. For a native function (no url): "via" the caller outside node's own modules it spent most
   * time under.
   */
  at: string;
  selfMs: number;
  /** Share of the busy time (every sample but "(idle)"). */
  percent: number;
}

/** Where a script lives, shortened for a table: the package path under node_modules, or repository-relative. */
export function shortUrl(url: string): string {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('/node_modules/');
  if (inModules >= 0) return file.slice(inModules + '/node_modules/'.length);
  return file.startsWith(`${repoRoot}/`) ? file.slice(repoRoot.length + 1) : file;
}

/** The package (or "app", or "node internals") a script belongs to. */
function packageOf(url: string): string {
  const at = shortUrl(url);
  if (!at) return '(native / VM)';
  if (at.startsWith('node:')) return 'node internals';
  if (url.includes('/node_modules/')) {
    const parts = at.split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? at);
  }
  return at.split('/').slice(0, 2).join('/');
}

/**
 * Self time per function (summed over every call path it appears on), from the samples and their
 * time deltas when present, else from hit counts times the mean sampling interval.
 */
export function summarizeCpuProfile(
  file: string,
  top = 25,
): {
  busyMs: number;
  idleMs: number;
  functions: SelfTime[];
  packages: Array<{ package: string; selfMs: number; percent: number }>;
} {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const selfByNode = new Map<number, number>();
  if (profile.samples && profile.timeDeltas && profile.samples.length === profile.timeDeltas.length) {
    // The delta before sample i+1 is the time spent in sample i's frame.
    profile.samples.forEach((nodeId, i) => {
      const delta = profile.timeDeltas?.[i + 1] ?? 0;
      selfByNode.set(nodeId, (selfByNode.get(nodeId) ?? 0) + delta / 1000);
    });
  } else {
    const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const interval = hits > 0 ? (profile.endTime - profile.startTime) / 1000 / hits : 0;
    for (const node of profile.nodes) selfByNode.set(node.id, (node.hitCount ?? 0) * interval);
  }
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  /** The nearest ancestor outside node's own modules: where a native function was called from. */
  const callerOf = (id: number): string => {
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      const frame = nodeById.get(at)?.callFrame;
      if (frame?.url && !frame.url.startsWith('node:'))
        return `via ${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    }
    return '';
  };
  const byFunction = new Map<
    string,
    { function: string; at: string; url: string; selfMs: number; callers: Map<string, number> }
  >();
  let idleMs = 0;
  for (const node of profile.nodes) {
    const ms = selfByNode.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const key = `${functionName}|${url}|${lineNumber}|${columnNumber}`;
    const entry = byFunction.get(key) ?? {
      function: functionName || '(anonymous)',
      at: url ? `${shortUrl(url)}:${lineNumber + 1}` : '',
      url,
      selfMs: 0,
      callers: new Map<string, number>(),
    };
    entry.selfMs += ms;
    if (!url && ms > 0) {
      const caller = callerOf(node.id);
      entry.callers.set(caller, (entry.callers.get(caller) ?? 0) + ms);
    }
    byFunction.set(key, entry);
  }
  for (const entry of byFunction.values()) {
    const [top] = [...entry.callers.entries()].sort((a, b) => b[1] - a[1]);
    if (top?.[0]) entry.at = top[0];
  }
  const all = [...byFunction.values()];
  const busyMs = all.reduce((sum, entry) => sum + entry.selfMs, 0);
  const share = (ms: number) => (busyMs > 0 ? (100 * ms) / busyMs : 0);
  const packages = new Map<string, number>();
  for (const entry of all) packages.set(packageOf(entry.url), (packages.get(packageOf(entry.url)) ?? 0) + entry.selfMs);
  return {
    busyMs,
    idleMs,
    functions: all
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((entry) => ({ function: entry.function, at: entry.at, selfMs: entry.selfMs, percent: share(entry.selfMs) })),
    packages: [...packages.entries()]
      .map(([name, ms]) => ({ package: name, selfMs: ms, percent: share(ms) }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}
