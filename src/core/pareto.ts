// PARETO and TOPSHARE: the 80/20 rule on whole customers, as a person with a pivot table would count it.
import { cellAt, Grid } from './grid';
import { StagecoachError } from './errors';
import { isBlank, isErrorValue, nameKey, showValue } from './names';

/** Net revenue per customer with positive net revenue, largest first, and the running sums C_1…C_n. */
export interface CustomerRanking {
  cumulative: number[];
  total: number;
}

function customerKey(cell: unknown, row: number, keys: Map<string, string>): string {
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  if (typeof cell === 'string' && !isErrorValue(cell)) {
    // A customer's name repeats on each of its sales: normalise each spelling once.
    let key = keys.get(cell);
    if (key === undefined) keys.set(cell, (key = nameKey(cell)));
    return key;
  }
  throw new StagecoachError(`Row ${row} of the customers: ${showValue(cell)} is not a customer name or ID. Use text or a number.`);
}

function revenueOf(cell: unknown, row: number): number {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return 0;
  throw new StagecoachError(`Row ${row} of the revenue: ${showValue(cell)} is not a number. Revenue must be numbers or blank.`);
}

/** Sums revenue by customer (net of refunds) and ranks the customers with positive net revenue. */
export function rankCustomers(customers: Grid, revenue: Grid): CustomerRanking {
  if (customers.length !== revenue.length) {
    throw new StagecoachError(`The customers range has ${customers.length} rows but the revenue range has ${revenue.length}. Give ranges of the same rows, e.g. B2:B and F2:F.`);
  }
  const firstRevenue = cellAt(revenue, 0, 0);
  const start = typeof firstRevenue === 'string' && !isBlank(firstRevenue) && !isErrorValue(firstRevenue) ? 1 : 0;
  const net = new Map<string, number>();
  const keys = new Map<string, string>();
  for (let r = start; r < customers.length; r++) {
    const customer = cellAt(customers, r, 0);
    if (isBlank(customer)) continue; // revenue without a customer cannot be attributed
    const key = customerKey(customer, r + 1, keys);
    net.set(key, (net.get(key) ?? 0) + revenueOf(cellAt(revenue, r, 0), r + 1));
  }
  const ranked = [...net.values()].filter((v) => v > 0).sort((a, b) => b - a);
  if (ranked.length === 0) {
    throw new StagecoachError('No customer has positive revenue, so there is no 80/20 to show. Check the customers and revenue ranges.');
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (const v of ranked) cumulative.push((sum += v));
  return { cumulative, total: sum };
}

/** A share argument: a number in (0, 1]. */
export function readShare(value: unknown, role: string, fallback: number): number {
  if (value === undefined || isBlank(value)) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    const hint = typeof value === 'number' && value > 1 && value <= 100 ? ` For ${value}%, write ${value / 100}.` : '';
    throw new StagecoachError(`${role}: ${showValue(value)} is not a share. Give a number above 0 and at most 1, e.g. 0.8 for 80%.${hint}`);
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
