// Public face of the report's JSX components that web pages share (imports point from web to report).
export { DataTable, type DataColumn, type DataTableProps } from './data-table.js';
