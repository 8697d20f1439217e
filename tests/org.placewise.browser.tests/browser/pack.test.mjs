// Opens leaders' packs in a real Chromium (Debian's, driven by playwright-core) and checks what a reader meets:
// every page loads without a console error, every link resolves, the navigation bar fits one row at 1280 px, the
// large-diagram viewer zooms and pans (and shows the diagram and its links without script), findings badges are
// reached with the Tab key, pages print without navigation, and axe-core finds no serious or critical violation of
// WCAG 2.2 A/AA. Usage: node pack.test.mjs --chromium PATH [--axe-all] PACK_DIR...
// Ends with the line "N passed, M failed" and exits 1 when anything failed, 2 when it could not run at all.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let executablePath = null;
let axeAll = false;
const packs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') { executablePath = args[++i]; }
  else if (args[i] === '--axe-all') { axeAll = true; }
  else { packs.push(path.resolve(args[i])); }
}
if (!executablePath || packs.length === 0) {
  console.error('usage: node pack.test.mjs --chromium PATH [--axe-all] PACK_DIR...');
  process.exit(2);
}

let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok, detail) {
  if (ok) { passed++; return; }
  failed++;
  failures.push(name + (detail ? ': ' + detail : ''));
  console.log('FAIL ' + name + (detail ? ': ' + detail : ''));
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let browser;
try {
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--allow-file-access-from-files'] });
} catch (e) {
  console.error('Cannot start Chromium at ' + executablePath + ': ' + e.message);
  process.exit(2);
}

/** The ids of every page visited, to check fragment links. */
const ids = new Map();

async function visit(context, file) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', msg => { if (msg.type() === 'error') { errors.push(msg.text()); } });
  page.on('pageerror', err => errors.push(err.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors };
}

function kindOf(file) {
  const name = path.basename(file);
  if (name.startsWith('programme-')) { return 'programme'; }
  if (name.startsWith('footprint-')) { return 'footprint'; }
  if (name.startsWith('diagram-')) { return 'diagram'; }
  return name;
}

for (const pack of packs) {
  const label = path.basename(pack);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const files = fs.readdirSync(pack).filter(f => f.endsWith('.html')).sort().map(f => path.join(pack, f));
  check(label + ': has an index.html', files.includes(path.join(pack, 'index.html')));
  const links = [];
  const axeDoneFor = new Set();
  for (const file of files) {
    const name = label + '/' + path.basename(file);
    const { page, errors } = await visit(context, file);
    check(name + ': no console error', errors.length === 0, errors.join(' | '));
    ids.set(file, new Set(await page.$$eval('[id]', els => els.map(e => e.id))));
    for (const href of await page.$$eval('a[href]', as => as.map(a => a.getAttribute('href')))) {
      links.push({ from: name, file, href });
    }
    // The navigation bar is one row and does not overflow at 1280 px.
    const nav = await page.evaluate(() => {
      const ul = document.querySelector('header.site nav ul');
      if (!ul) { return null; }
      const tops = new Set([...ul.querySelectorAll('li')].map(li => li.offsetTop));
      return { rows: tops.size, overflow: ul.scrollWidth > ul.clientWidth + 1,
        page: document.documentElement.scrollWidth > window.innerWidth + 1 };
    });
    check(name + ': navigation in one row without overflow at 1280 px', nav && nav.rows === 1 && !nav.overflow,
      JSON.stringify(nav));
    check(name + ': no horizontal scroll of the page at 1280 px', nav && !nav.page, JSON.stringify(nav));
    // Keyboard: the first Tab reaches the skip link, and focus is visible.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement;
      const style = a ? getComputedStyle(a) : null;
      return a && a.classList.contains('skip') ? { outline: style.outlineStyle, left: a.getBoundingClientRect().left } : null;
    });
    check(name + ': first Tab reaches the skip link, visibly', skip && skip.outline !== 'none' && skip.left >= 0,
      JSON.stringify(skip));
    // Print: the navigation is dropped.
    await page.emulateMedia({ media: 'print' });
    const printedNav = await page.evaluate(() => {
      const nav = document.querySelector('header.site nav');
      return nav ? getComputedStyle(nav).display : 'none';
    });
    check(name + ': printing drops the navigation', printedNav === 'none', printedNav);
    await page.emulateMedia({ media: 'screen' });
    // Accessibility: every page with --axe-all, else the first page of each kind.
    const kind = kindOf(file);
    if (axeAll || !axeDoneFor.has(kind)) {
      axeDoneFor.add(kind);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }));
      const serious = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
      check(name + ': axe-core finds no serious or critical WCAG 2.2 AA violation', serious.length === 0,
        serious.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes: '
          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ') + ')').join(' | '));
    }
    await page.close();
  }
  // Every link resolves: a file of the pack, and its fragment an id on that page.
  let broken = [];
  for (const link of links) {
    const href = link.href;
    if (/^[a-z]+:/i.test(href)) { continue; }
    const [target, fragment] = href.split('#');
    const targetFile = target === '' ? link.file : path.resolve(path.dirname(link.file), decodeURIComponent(target));
    if (!fs.existsSync(targetFile)) { broken.push(link.from + ' -> ' + href + ' (no file)'); continue; }
    if (fragment && targetFile.endsWith('.html')) {
      const known = ids.get(targetFile);
      if (!known || !known.has(decodeURIComponent(fragment))) { broken.push(link.from + ' -> ' + href + ' (no id)'); }
    }
  }
  check(label + ': all ' + links.length + ' links resolve', broken.length === 0, broken.slice(0, 10).join(' | '));

  // Drill-down: a measure behind an outcome's or programme's status links to its chart, and following the link shows
  // the chart. Checked where some measure listed under a status has a chart (the bundled samples have few long series).
  const outcomesFile = path.join(pack, 'outcomes.html');
  if (fs.existsSync(outcomesFile)) {
    const { page } = await visit(context, outcomesFile);
    const hrefs = await page.$$eval('ul.behind a[href]', as => as.map(a => a.getAttribute('href')));
    const charted = hrefs.findIndex(href => {
      const [target, fragment] = href.split('#');
      const file = path.resolve(pack, decodeURIComponent(target));
      if (!fragment || !fs.existsSync(file)) { return false; }
      const html = fs.readFileSync(file, 'utf8');
      const at = html.indexOf('id="' + fragment + '"');
      if (at < 0) { return false; }
      const end = html.indexOf('</section>', at);
      return html.slice(at, end < 0 ? undefined : end).includes('<figure class="chart">');
    });
    if (charted >= 0) {
      const link = page.locator('ul.behind a[href]').nth(charted);
      const fragment = hrefs[charted].split('#')[1];
      await Promise.all([page.waitForURL(u => new URL(u).hash === '#' + fragment), link.click()]);
      await page.waitForLoadState('load');
      const landed = await page.evaluate(async () => {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        const img = target && target.querySelector('figure.chart img');
        if (!img) { return null; }
        if (!img.complete) { await new Promise(r => img.addEventListener('load', r, { once: true })); }
        return { top: Math.round(target.getBoundingClientRect().top),
          imgTop: Math.round(img.getBoundingClientRect().top), height: window.innerHeight, loaded: img.naturalWidth > 0 };
      });
      check(label + '/outcomes.html: a measure behind a status links to its chart, which the link brings into view',
        landed && landed.loaded && landed.top >= -1 && landed.imgTop < landed.height,
        (landed ? JSON.stringify(landed) : 'no chart where ' + hrefs[charted] + ' lands'));
    }
    await page.close();
  }

  // The large-diagram viewer: zoom and pan with script; diagram and links without.
  for (const file of files.filter(f => path.basename(f).startsWith('diagram-'))) {
    const name = label + '/' + path.basename(file);
    const { page } = await visit(context, file);
    const before = await page.evaluate(() => {
      const svg = document.querySelector('.viewer svg');
      return { width: parseFloat(svg.getAttribute('width')), controls: !document.querySelector('.viewer-controls').hidden };
    });
    check(name + ': script shows the zoom controls', before.controls);
    await page.click('button[data-zoom="in"]');
    const zoomed = await page.evaluate(() => parseFloat(document.querySelector('.viewer svg').getAttribute('width')));
    check(name + ': Zoom in makes the diagram larger', zoomed > before.width, before.width + ' -> ' + zoomed);
    await page.focus('.viewer');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    const out = await page.evaluate(() => parseFloat(document.querySelector('.viewer svg').getAttribute('width')));
    check(name + ': the - key zooms out', out < zoomed, zoomed + ' -> ' + out);
    await page.keyboard.press('1');
    const pan = await page.evaluate(() => {
      const frame = document.querySelector('.viewer');
      return { can: frame.scrollWidth > frame.clientWidth || frame.scrollHeight > frame.clientHeight,
        box: frame.getBoundingClientRect().toJSON() };
    });
    if (pan.can) {
      const x = pan.box.x + pan.box.width / 2;
      const y = pan.box.y + Math.min(pan.box.height / 2, 200);
      // Drag on an empty part of the frame, not on a link.
      await page.evaluate(() => { const f = document.querySelector('.viewer'); f.scrollLeft = 0; f.scrollTop = 0; });
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 150, y - 80, { steps: 5 });
      await page.mouse.up();
      const moved = await page.evaluate(() => {
        const f = document.querySelector('.viewer');
        return f.scrollLeft + f.scrollTop;
      });
      check(name + ': dragging pans the diagram', moved > 0, 'scrolled ' + moved);
    }
    // Findings badges are links the Tab key reaches, named by their message.
    const badges = await page.$$eval('.viewer g.badge a[href]', as => as.map(a => a.getAttribute('aria-label')));
    if (badges.length > 0) {
      check(name + ': every badge link is named', badges.every(label => label && label.length > 3), badges.join(' | '));
      let reached = false;
      await page.focus('.viewer');
      for (let i = 0; i < 400 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => !!document.activeElement.closest('g.badge'));
      }
      check(name + ': a findings badge is reached with the Tab key', reached);
    }
    await page.close();
    const noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(pathToFileURL(file).href);
    const still = await plain.evaluate(() => ({
      svg: !!document.querySelector('.viewer svg'),
      links: document.querySelectorAll('.viewer svg a[href]').length,
      controls: getComputedStyle(document.querySelector('.viewer-controls')).display,
      scrolls: getComputedStyle(document.querySelector('.viewer')).overflow,
    }));
    check(name + ': without script the diagram, its links and scrolling remain, the controls stay hidden',
      still.svg && still.links > 0 && still.controls === 'none' && still.scrolls === 'auto', JSON.stringify(still));
    await noScript.close();
  }
  await context.close();
}
await browser.close();

for (const f of failures.slice(0, 40)) { console.log('  - ' + f); }
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed === 0 ? 0 : 1);
