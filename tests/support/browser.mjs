/**
 * Finds a Chromium for the browser tests, installing Debian's when it can.
 * Playwright cannot download its own browser on these machines, so the order
 * is: an explicit CHROMIUM_PATH, Playwright's browser if present, the
 * system's, then `apt-get install chromium` when root on Debian. When none of
 * these works it throws: browser tests never silently skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a closed network: without them Chromium keeps dialling Google's hosts. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium, or undefined. */
export async function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit}，但该文件不存在。`);
    return explicit;
  }
  return (await playwrightsOwn()) ?? SYSTEM_PATHS.find((p) => existsSync(p));
}

function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Finds Chromium, installing Debian's package when root; throws a clear message when it cannot. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  if (canAptInstall()) {
    console.info('[browser] 未找到 Chromium，正在用 apt-get 安装 Debian 的 chromium 软件包……');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = await findChromium();
    if (installed) return installed;
  }
  throw new Error(
    '找不到可用的 Chromium，浏览器测试无法运行（不会跳过）。请安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium），或设置 CHROMIUM_PATH 指向浏览器可执行文件。',
  );
}

/** A CJK font for the print test (it reads the fonts embedded in a PDF): Debian's fonts-noto-cjk when root, else a clear error. */
export function ensureCjkFont() {
  const hasCjk = () => {
    try {
      return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
    } catch {
      return false;
    }
  };
  if (hasCjk()) return;
  if (canAptInstall()) {
    console.info('[browser] 未找到中文字体，正在用 apt-get 安装 fonts-noto-cjk（打印测试需要）……');
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (hasCjk()) return;
  }
  throw new Error('找不到中文字体，打印测试无法检查 PDF 中的字体（不会跳过）。请安装 fonts-noto-cjk（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureCjkFont();
  const path = await ensureChromium();
  const version = execFileSync(path, [...CHROMIUM_ARGS, '--headless', '--version'], { encoding: 'utf8' }).trim();
  console.info(`[browser] ${path} (${version})`);
}
