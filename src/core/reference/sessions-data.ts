// The UPR Working Group sessions 1–54 (cycles 1–4), with dates and the States reviewed in each.
// Sources: OHCHR/HRC calendars of review and press releases for each session; for sessions 1–12 the sets
// of States are those of the UPR Info recommendation data (checked by sessions.test.ts). States are in
// order of scheduled review as far as known. Dates of sessions not yet held are the planned ones, and
// later sessions of cycle 4 (51–54) follow the published cycle-4 calendar, which may still change.
// Deviations from the calendar: Haiti moved from session 8 to 12 (2010 earthquake); Israel, absent at
// session 15, was reviewed at session 17; Myanmar was reviewed at session 37 (January 2021); Sudan at
// session 40; the 36th session was postponed from May to November 2020 (COVID-19). South Sudan, which
// UPR Info lists under session 11 for recommendations addressed to Southern Sudan in Sudan's review, was
// first reviewed in its own right at session 26.
import type { Session } from '../types.js';

type Row = readonly [number: number, start: string, end: string, states: readonly string[]];

function cycle(c: Session['cycle'], rows: readonly Row[]): Session[] {
  return rows.map(([number, start, end, states]) => ({ number, cycle: c, start, end, states: [...states] }));
}

const CYCLE_1: readonly Row[] = [
  [1, '2008-04-07', '2008-04-18', ['BHR', 'ECU', 'TUN', 'MAR', 'IDN', 'FIN', 'GBR', 'IND', 'BRA', 'PHL', 'DZA', 'POL', 'NLD', 'ZAF', 'CZE', 'ARG']],
  [2, '2008-05-05', '2008-05-16', ['GAB', 'GHA', 'PER', 'GTM', 'BEN', 'KOR', 'CHE', 'PAK', 'ZMB', 'JPN', 'UKR', 'LKA', 'FRA', 'TON', 'ROU', 'MLI']],
  [3, '2008-12-01', '2008-12-15', ['BWA', 'BHS', 'BDI', 'LUX', 'BRB', 'MNE', 'ARE', 'ISR', 'LIE', 'SRB', 'TKM', 'BFA', 'CPV', 'COL', 'UZB', 'TUV']],
  [4, '2009-02-02', '2009-02-13', ['DEU', 'DJI', 'CAN', 'BGD', 'RUS', 'AZE', 'CMR', 'CUB', 'SAU', 'SEN', 'CHN', 'NGA', 'MEX', 'MUS', 'JOR', 'MYS']],
  [5, '2009-05-04', '2009-05-15', ['CAF', 'MCO', 'BLZ', 'TCD', 'COG', 'MLT', 'NZL', 'AFG', 'CHL', 'VNM', 'URY', 'YEM', 'VUT', 'MKD', 'COM', 'SVK']],
  [6, '2009-11-30', '2009-12-11', ['ERI', 'CYP', 'DOM', 'KHM', 'NOR', 'ALB', 'COD', 'CIV', 'PRT', 'BTN', 'DMA', 'PRK', 'BRN', 'CRI', 'GNQ', 'ETH']],
  [7, '2010-02-08', '2010-02-19', ['QAT', 'NIC', 'ITA', 'SLV', 'GMB', 'BOL', 'FJI', 'SMR', 'KAZ', 'AGO', 'IRN', 'MDG', 'IRQ', 'SVN', 'EGY', 'BIH']],
  [8, '2010-05-03', '2010-05-14', ['KEN', 'ARM', 'GNB', 'SWE', 'GRD', 'TUR', 'KWT', 'KGZ', 'GIN', 'LAO', 'ESP', 'LSO', 'KIR', 'GUY', 'BLR']],
  [9, '2010-11-01', '2010-11-12', ['LBR', 'MWI', 'MNG', 'PAN', 'MDV', 'AND', 'BGR', 'HND', 'USA', 'MHL', 'HRV', 'JAM', 'LBY', 'FSM', 'LBN', 'MRT']],
  [10, '2011-01-24', '2011-02-04', ['NRU', 'RWA', 'NPL', 'LCA', 'OMN', 'AUT', 'MMR', 'AUS', 'GEO', 'KNA', 'STP', 'NAM', 'NER', 'MOZ', 'EST', 'PRY']],
  [11, '2011-05-02', '2011-05-13', ['BEL', 'DNK', 'PLW', 'SOM', 'SYC', 'SLB', 'LVA', 'SLE', 'SGP', 'SUR', 'GRC', 'WSM', 'VCT', 'HUN', 'PNG', 'SDN']],
  [12, '2011-10-03', '2011-10-14', ['TJK', 'TZA', 'ATG', 'SWZ', 'TTO', 'THA', 'IRL', 'TGO', 'SYR', 'VEN', 'ISL', 'ZWE', 'LTU', 'UGA', 'TLS', 'MDA', 'HTI']],
];

// From cycle 2 on, sessions largely repeat the grouping and order of cycle 1, 14 States a session.
const GROUP_A = ['BHR', 'ECU', 'TUN', 'MAR', 'IDN', 'FIN', 'GBR', 'IND', 'BRA', 'PHL', 'DZA', 'POL', 'NLD', 'ZAF'];
const GROUP_B = ['CZE', 'ARG', 'GAB', 'GHA', 'PER', 'GTM', 'BEN', 'KOR', 'CHE', 'PAK', 'ZMB', 'JPN', 'UKR', 'LKA'];
const GROUP_C = ['FRA', 'TON', 'ROU', 'MLI', 'BWA', 'BHS', 'BDI', 'LUX', 'BRB', 'MNE', 'ARE', 'ISR', 'LIE', 'SRB'];
const GROUP_D = ['TKM', 'BFA', 'CPV', 'COL', 'UZB', 'TUV', 'DEU', 'DJI', 'CAN', 'BGD', 'RUS', 'AZE', 'CMR', 'CUB'];
const GROUP_E = ['SAU', 'SEN', 'CHN', 'NGA', 'MEX', 'MUS', 'JOR', 'MYS', 'CAF', 'MCO', 'BLZ', 'TCD', 'COG', 'MLT'];
const GROUP_F = ['NZL', 'AFG', 'CHL', 'VNM', 'URY', 'YEM', 'VUT', 'MKD', 'COM', 'SVK', 'ERI', 'CYP', 'DOM', 'KHM'];
const GROUP_G = ['NOR', 'ALB', 'COD', 'CIV', 'PRT', 'BTN', 'DMA', 'PRK', 'BRN', 'CRI', 'GNQ', 'ETH', 'QAT', 'NIC'];
const GROUP_H = ['ITA', 'SLV', 'GMB', 'BOL', 'FJI', 'SMR', 'KAZ', 'AGO', 'IRN', 'MDG', 'IRQ', 'SVN', 'EGY', 'BIH'];
const GROUP_I = ['KWT', 'KGZ', 'KIR', 'GIN', 'LAO', 'ESP', 'LSO', 'KEN', 'ARM', 'GNB', 'SWE', 'GRD', 'TUR', 'GUY'];
const GROUP_J = ['BLR', 'LBR', 'MWI', 'MNG', 'PAN', 'MDV', 'AND', 'BGR', 'HND', 'USA', 'MHL', 'HRV', 'JAM', 'LBY'];
const GROUP_K = ['FSM', 'LBN', 'MRT', 'NRU', 'RWA', 'NPL', 'AUT', 'AUS', 'GEO', 'LCA', 'OMN', 'MMR', 'KNA', 'STP'];
const GROUP_L = ['NAM', 'NER', 'MOZ', 'EST', 'PRY', 'BEL', 'DNK', 'PLW', 'SOM', 'SYC', 'SLB', 'LVA', 'SLE', 'SGP'];
const GROUP_M = ['SUR', 'GRC', 'WSM', 'VCT', 'HUN', 'PNG', 'TJK', 'TZA', 'ATG', 'SWZ', 'TTO', 'THA', 'IRL'];
const GROUP_N = ['TGO', 'SYR', 'VEN', 'ISL', 'ZWE', 'LTU', 'UGA', 'TLS', 'MDA', 'HTI', 'SSD'];

const without = (states: readonly string[], iso3: string) => states.filter((s) => s !== iso3);

const CYCLE_2: readonly Row[] = [
  [13, '2012-05-21', '2012-06-04', GROUP_A],
  [14, '2012-10-22', '2012-11-05', GROUP_B],
  [15, '2013-01-21', '2013-02-01', without(GROUP_C, 'ISR')],
  [16, '2013-04-22', '2013-05-03', GROUP_D],
  [17, '2013-10-21', '2013-11-01', [...GROUP_E.slice(0, 12), 'ISR', ...GROUP_E.slice(12)]],
  [18, '2014-01-27', '2014-02-07', GROUP_F],
  [19, '2014-04-28', '2014-05-09', GROUP_G],
  [20, '2014-10-27', '2014-11-07', GROUP_H],
  [21, '2015-01-19', '2015-01-30', GROUP_I],
  [22, '2015-05-04', '2015-05-15', GROUP_J],
  [23, '2015-11-02', '2015-11-13', GROUP_K],
  [24, '2016-01-18', '2016-01-29', GROUP_L],
  [25, '2016-05-02', '2016-05-13', [...GROUP_M.slice(0, 6), 'SDN', ...GROUP_M.slice(6)]],
  [26, '2016-10-31', '2016-11-11', GROUP_N],
];

const CYCLE_3: readonly Row[] = [
  [27, '2017-05-01', '2017-05-12', GROUP_A],
  [28, '2017-11-06', '2017-11-17', GROUP_B],
  [29, '2018-01-15', '2018-01-26', GROUP_C],
  [30, '2018-05-07', '2018-05-18', GROUP_D],
  [31, '2018-11-05', '2018-11-16', GROUP_E],
  [32, '2019-01-21', '2019-02-01', GROUP_F],
  [33, '2019-05-06', '2019-05-17', GROUP_G],
  [34, '2019-11-04', '2019-11-15', GROUP_H],
  [35, '2020-01-20', '2020-01-31', GROUP_I],
  [36, '2020-11-02', '2020-11-13', ['BLR', 'LBR', 'MWI', 'PAN', 'MNG', 'MDV', 'AND', 'HND', 'BGR', 'MHL', 'USA', 'HRV', 'LBY', 'JAM']],
  [37, '2021-01-18', '2021-01-29', GROUP_K],
  [38, '2021-05-03', '2021-05-14', GROUP_L],
  [39, '2021-11-01', '2021-11-12', GROUP_M],
  [40, '2022-01-24', '2022-02-04', ['TGO', 'SYR', 'ISL', 'VEN', 'ZWE', 'LTU', 'UGA', 'TLS', 'MDA', 'SSD', 'HTI', 'SDN']],
];

const CYCLE_4: readonly Row[] = [
  [41, '2022-11-07', '2022-11-18', GROUP_A],
  [42, '2023-01-23', '2023-02-03', GROUP_B],
  [43, '2023-05-01', '2023-05-12', GROUP_C],
  [44, '2023-11-06', '2023-11-17', GROUP_D],
  [45, '2024-01-22', '2024-02-02', GROUP_E],
  [46, '2024-04-29', '2024-05-10', GROUP_F],
  [47, '2024-11-04', '2024-11-15', GROUP_G],
  [48, '2025-01-20', '2025-01-31', GROUP_H],
  [49, '2025-04-28', '2025-05-09', GROUP_I],
  [50, '2025-11-03', '2025-11-14', GROUP_J],
  [51, '2026-01-19', '2026-01-30', GROUP_K],
  [52, '2026-05-04', '2026-05-15', GROUP_L],
  [53, '2026-11-02', '2026-11-13', [...GROUP_M, 'TGO']],
  [54, '2027-01-25', '2027-02-05', [...without(GROUP_N, 'TGO'), 'SDN']],
];

/** Every UPR Working Group session, 1 (April 2008) to 54 (the last of cycle 4, planned for early 2027). */
export const SESSIONS: readonly Session[] = Object.freeze([
  ...cycle(1, CYCLE_1),
  ...cycle(2, CYCLE_2),
  ...cycle(3, CYCLE_3),
  ...cycle(4, CYCLE_4),
]);
