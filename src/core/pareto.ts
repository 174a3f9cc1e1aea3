// PARETO and TOPSHARE: the 80/20 rule on whole customers, as a person with a pivot table would count it.
import { cellAt, Grid } from './grid';
import { fail, shown } from './localized-error';
import { isBlank, isErrorValue, nameKey } from './names';
import { checkSameRowsAs } from './companion';
import type { Pipeline } from './pipeline';
import { forEachProspect, OUTCOME_WON } from './prospects';

/** Net revenue per customer with positive net revenue, largest first, and the running sums C_1…C_n. */
export interface CustomerRanking {
  cumulative: number[];
  total: number;
}

function isCustomer(cell: unknown): boolean {
  return (typeof cell === 'number' && Number.isFinite(cell)) || (typeof cell === 'string' && !isErrorValue(cell));
}

function revenueOf(cell: unknown, row: number): number {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return 0;
  throw fail('errRevenueNotNumber', { row, value: shown(cell) });
}

/**
 * Sums revenue by customer (net of refunds) and ranks the customers with positive net revenue.
 * `counts`, when given, says which rows count (the won rows of a leads sheet); the others are not read.
 * Each row costs one Map lookup on the cell as typed; the distinct spellings are keyed once, afterwards.
 */
export function rankCustomers(customers: Grid, revenue: Grid, counts?: Uint8Array): CustomerRanking {
  if (customers.length !== revenue.length) throw fail('errCustomerRows', { customers: customers.length, revenue: revenue.length });
  const firstRevenue = cellAt(revenue, 0, 0);
  const start = typeof firstRevenue === 'string' && !isBlank(firstRevenue) && !isErrorValue(firstRevenue) ? 1 : 0;
  const slotOf = new Map<unknown, number>();
  const cells: unknown[] = [];
  const sums: number[] = [];
  for (let r = start; r < customers.length; r++) {
    if (counts && !counts[r]) continue;
    const row: unknown = customers[r];
    const customer: unknown = Array.isArray(row) ? row[0] : row;
    let slot = slotOf.get(customer);
    if (slot === undefined) {
      if (isBlank(customer)) continue; // revenue without a customer cannot be attributed
      if (!isCustomer(customer)) {
        throw fail('errCustomerNotName', { row: r + 1, value: shown(customer) });
      }
      slotOf.set(customer, (slot = sums.length));
      cells.push(customer);
      sums.push(0);
    }
    const money: unknown = revenue[r];
    sums[slot] += revenueOf(Array.isArray(money) ? money[0] : money, r + 1);
  }
  // Spellings of one customer ("Anh", "anh ", 1001 and "1001") meet here.
  const net = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    const key = typeof cells[i] === 'number' ? String(cells[i]) : nameKey(cells[i] as string);
    net.set(key, (net.get(key) ?? 0) + sums[i]);
  }
  let positive = 0;
  for (const v of net.values()) if (v > 0) positive++;
  if (positive === 0) throw fail('errNoPositiveRevenue');
  const ranked = new Float64Array(positive);
  let i = 0;
  for (const v of net.values()) if (v > 0) ranked[i++] = v;
  ranked.sort(); // ascending, numerically; read from the end for largest first
  const cumulative = new Array<number>(positive);
  let sum = 0;
  for (let j = 0; j < positive; j++) cumulative[j] = sum += ranked[positive - 1 - j];
  return { cumulative, total: sum };
}

/** Which rows of a leads sheet are won (1): on a leads sheet only sales bring revenue. */
export function wonRows(prospects: Grid, customers: Grid, pipeline: Pipeline): Uint8Array {
  checkSameRowsAs(prospects, customers, 'customers');
  const won = new Uint8Array(prospects.length);
  forEachProspect(prospects, pipeline, (r, _reached, outcome) => {
    if (outcome === OUTCOME_WON) won[r] = 1;
  });
  return won;
}

/** A share argument: a number in (0, 1]. */
export function readShare(value: unknown, role: string, fallback: number): number {
  if (value === undefined || isBlank(value)) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    const hint =
      typeof value === 'number' && value > 1 && value <= 100
        ? { key: 'hintPercent' as const, params: { percent: value, fraction: value / 100 } }
        : '';
    throw fail('errShare', { role, value: shown(value), hint });
  }
  return value;
}

// Sums of floats carry noise; a customer is not added for a rounding error.
const EPSILON = 1e-9;

/** The share of customers that brings `revenueShare` of revenue: k/n for the smallest k with C_k ≥ y·T. */
export function pareto(ranking: CustomerRanking, revenueShare: number): number {
  const target = revenueShare * ranking.total * (1 - EPSILON);
  const n = ranking.cumulative.length;
  const k = ranking.cumulative.findIndex((c) => c >= target) + 1;
  return (k === 0 ? n : k) / n;
}

/** The share of revenue from the top `customerShare` of customers: C_m / T with m = ⌈x·n⌉. */
export function topShare(ranking: CustomerRanking, customerShare: number): number {
  const n = ranking.cumulative.length;
  const m = Math.min(n, Math.max(1, Math.ceil(customerShare * n - EPSILON)));
  return ranking.cumulative[m - 1] / ranking.total;
}
