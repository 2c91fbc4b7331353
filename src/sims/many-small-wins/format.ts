/** A relative lift as a signed percentage with a real minus sign: 0.0271 → "+2.7%" (1 decimal by default). */
export function formatLift(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return '–';
  const text = Math.abs(fraction * 100).toFixed(decimals);
  if (Number(text) === 0) return `${text}%`;
  return `${fraction < 0 ? '\u2212' : '+'}${text}%`;
}
