// Amount values written back out for people, in both number conventions:
// "100.000.000 USD" (Indonesian grouping, ISO code) and "US$100 million" (English, scaled).

const SYMBOLS: Record<string, string> = {
  USD: 'US$', AUD: 'A$', SGD: 'S$', HKD: 'HK$', CAD: 'C$', NZD: 'NZ$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', IDR: 'Rp', INR: '₹', KRW: '₩',
};
const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const UNIT_NAMES: Record<string, [string, string]> = {
  year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'], hour: ['hour', 'hours'],
  minute: ['minute', 'minutes'], decade: ['decade', 'decades'], century: ['century', 'centuries'], night: ['night', 'nights'],
};

export function isMoneyUnit(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** "1.500.000.000 IDR", "5,2 %", "30 year": the value with Indonesian grouping and decimal comma. */
export function formatAmountIndonesian(value: number, unit: string): string {
  return `${groupDigits(value, '.', ',')} ${unit}`;
}

/** "US$1.5 billion", "5.2%", "30 years", "8 perjanjian". */
export function formatAmountEnglish(value: number, unit: string): string {
  if (unit === '%') return `${groupDigits(value, ',', '.')}%`;
  if (isMoneyUnit(unit)) {
    const symbol = SYMBOLS[unit];
    const scaled = scale(value);
    return symbol ? `${symbol}${scaled}` : `${scaled} ${unit}`;
  }
  const names = UNIT_NAMES[unit];
  if (names) return `${groupDigits(value, ',', '.')} ${value === 1 ? names[0] : names[1]}`;
  return `${groupDigits(value, ',', '.')} ${unit}`;
}

function scale(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${trim(value / size)} ${word}`;
  }
  return groupDigits(value, ',', '.');
}

function trim(value: number): string {
  return String(Number(value.toFixed(3)));
}

function groupDigits(value: number, groupMark: string, decimalMark: string): string {
  const [whole, fraction] = String(Number(value.toFixed(6))).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark);
  return fraction ? `${grouped}${decimalMark}${fraction}` : grouped;
}
