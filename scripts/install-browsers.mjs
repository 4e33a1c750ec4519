// Installs the browsers the end-to-end tests drive (Debian packages), unless they are already there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { bin: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
];
const missing = wanted.filter((w) => !existsSync(w.bin)).map((w) => w.pkg);
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
const sudo = root ? [] : ['sudo', '-n'];
const run = (args) => {
  const [cmd, ...rest] = [...sudo, ...args];
  execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
console.log(`Installing ${missing.join(', ')} with apt-get…`);
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
} catch {
  console.error(
    `Could not install ${missing.join(', ')}. On Debian run: sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}
