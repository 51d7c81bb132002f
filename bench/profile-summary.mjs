// Where a V8 CPU profile's time goes, by package:
//   node bench/profile-summary.mjs <file.cpuprofile> [top] [name,name,...]
// The optional names are function names (or parts of them) whose inclusive time is reported too.
// "self" is time spent in a package's own functions; "inclusive" is time during which the package
// was anywhere on the stack (a package calling into others counts their time too).
// Make a profile with BENCH_CPU_PROF=tmp/profiles npm run bench (see README.md).
import { readFile } from 'node:fs/promises';

const [file, topArg = '25', namesArg = ''] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg);
const names = namesArg.split(',').filter(Boolean);
const profile = JSON.parse(await readFile(file, 'utf8'));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

function packageOf(callFrame) {
  const { url, functionName } = callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url.split('/')[0].replace(/^node:internal.*/, 'node:internal');
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (/dist\/api\/main\.js$/.test(url)) return '(app bundle)';
  return url;
}

const self = new Map();
const inclusive = new Map();
const selfFunctions = new Map();
const named = new Map(names.map((name) => [name, 0]));
let total = 0;
profile.samples.forEach((sampleId, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  total += delta;
  const leaf = byId.get(sampleId);
  const leafPackage = packageOf(leaf.callFrame);
  self.set(leafPackage, (self.get(leafPackage) ?? 0) + delta);
  const fn = `${leaf.callFrame.functionName || '(anonymous)'} ${leafPackage}:${leaf.callFrame.lineNumber + 1}`;
  selfFunctions.set(fn, (selfFunctions.get(fn) ?? 0) + delta);
  const seen = new Set();
  const seenNames = new Set();
  for (let id = sampleId; id !== undefined; id = parentOf.get(id)) {
    const { callFrame } = byId.get(id);
    seen.add(packageOf(callFrame));
    for (const name of names) if (callFrame.functionName.includes(name)) seenNames.add(name);
  }
  for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
  for (const name of seenNames) named.set(name, named.get(name) + delta);
});

const busy = total - (self.get('(idle)') ?? 0);
const pct = (value) => `${((value / busy) * 100).toFixed(1).padStart(5)}%`;
const table = (title, map) => {
  console.log(`\n${title} (share of non-idle time, ${(busy / 1e6).toFixed(1)} s):`);
  [...map.entries()]
    .filter(([name]) => !name.startsWith('(idle)') && name !== '(root)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, value]) => console.log(`  ${pct(value)}  ${name}`));
};
table('Self time by package', self);
table('Inclusive time by package', inclusive);
table('Self time by function', selfFunctions);
if (names.length > 0) table('Inclusive time of the named functions', named);
