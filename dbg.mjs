import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 360, height: 740 } });
for (const url of ['/jiceng-zuzhi-jianshe/', '/jiceng-zuzhi-jianshe/1-6/', '/requirements/', '/']) {
  await p.goto('http://127.0.0.1:4391' + url);
  console.log(url, await p.evaluate(() => ({ sw: document.scrollingElement.scrollWidth, h: document.scrollingElement.scrollHeight, toc: document.querySelector('.toc')?.getBoundingClientRect().top, header: document.querySelector('.site-header').getBoundingClientRect().height, navLines: [...document.querySelectorAll('.site-nav li')].map(li => Math.round(li.getBoundingClientRect().top)).join(',') })));
}
await p.goto('http://127.0.0.1:4391/jiceng-zuzhi-jianshe/');
await p.screenshot({ path: '/tmp/uxsearch-doc360.png' });
await b.close();
