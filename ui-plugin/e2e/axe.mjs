// An axe-core check of one dialog: no serious or critical violation.
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function assertAccessible(frame, selector, step) {
  if (!(await frame.evaluate(() => typeof window.axe !== 'undefined'))) {
    await frame.addScriptTag({ path: axePath });
  }
  const violations = await frame.evaluate(async (sel) => {
    const result = await window.axe.run(document.querySelector(sel), { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, selector);
  if (violations.length) {
    throw new Error(`${step}: accessibility violations\n  ${violations.join('\n  ')}`);
  }
}
