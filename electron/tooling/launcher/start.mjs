// `npm start`: build, then launch the Electron app; where Electron's binary cannot be had, say so
// and fall back to browser mode instead of failing.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', '--silent', 'build']);

const electron = electronBinary();
if (electron.path) {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // The whole story once, when the download has just failed; one line on later starts.
  const why = electron.tried
    ? [
        '',
        'PageScope could not start its desktop window: the Electron binary is not installed and',
        'could not be downloaded on this machine (no access to its download server). Starting',
        'browser mode instead: open the URL below in your browser. It serves the same app on',
        '127.0.0.1 only, protected by a one-time token. To get the desktop app later, run',
        '`node node_modules/electron/install.js` where the download works, then `npm start`.',
        '',
      ]
    : [
        'PageScope: browser mode (no Electron binary; `node node_modules/electron/install.js` fetches it).',
        '',
      ];
  process.stderr.write(why.join('\n'));
  const child = spawn('npx', ['tsx', 'electron/hosts/browser/cli.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
