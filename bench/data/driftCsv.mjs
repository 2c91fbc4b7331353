// Generates a CSV for the drift-report benchmarks: `rows` rows, 10 columns (6 numeric with
// decimals, 2 small integers, 2 categorical), from a seeded LCG so every run reads the same text.
// `shift` moves the current file's distributions a little. Kept under the 50 MB file limit.
/**
 * @param {number} rows
 * @param {number} seed
 * @param {number} [shift]
 * @returns {string}
 */
export function driftCsv(rows, seed, shift = 0) {
  let state = seed >>> 0;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const plans = ['basic', 'pro', 'team', 'enterprise'];
  const countries = ['DE', 'FR', 'NL', 'ES', 'IT', 'PL'];
  const lines = ['x1,x2,x3,x4,x5,x6,visits,items,plan,country'];
  for (let i = 0; i < rows; i++) {
    const cells = [];
    for (let c = 0; c < 6; c++) cells.push((normal() * (1 + c / 10) + shift * (c % 2)).toFixed(2));
    cells.push(String(Math.floor(rand() * (8 + shift * 4))));
    cells.push(String(Math.floor(rand() * 5)));
    cells.push(plans[Math.floor(rand() ** (1 + shift) * 4)]);
    cells.push(countries[Math.floor(rand() * 6)]);
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
