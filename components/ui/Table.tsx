import type { ReactNode } from 'react';

export type Column<Row> = { key: string; header: ReactNode; cell: (row: Row) => ReactNode; numeric?: boolean };

/** A data table with a caption and column headers; scrolls sideways inside itself on a narrow phone. */
export function Table<Row>({ caption, columns, rows, rowKey }: { caption: ReactNode; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className="w-full border-collapse text-start">
        <caption className="mb-2 text-start text-lg font-bold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`border-b-2 border-ink p-2 ${c.numeric ? 'text-end' : 'text-start'}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} className={`border-b border-line p-2 align-top ${c.numeric ? 'text-end tabular-nums' : ''}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
