// The audit log as a table: when, who, what changed, the row before and after (JSON, escaped like all text).
import type { AuditRow } from '../../../store/index.js';
import type { PageContext } from '../layout.js';

const json = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v));

export function AuditTable({ ctx, rows }: { ctx: PageContext; rows: AuditRow[] }) {
  const t = ctx.loc.t;
  return (
    <div class="scroll">
      <table>
        <caption>{t('admAudit')}</caption>
        <thead><tr>
          <th scope="col">{t('admAt')}</th><th scope="col">{t('admWho')}</th><th scope="col">{t('accWorkspace')}</th><th scope="col">{t('admAction')}</th>
          <th scope="col">{t('admEntity')}</th><th scope="col">{t('admBefore')}</th><th scope="col">{t('admAfter')}</th>
        </tr></thead>
        <tbody>{rows.map((r) => (
          <tr>
            <td>{r.at.slice(0, 19).replace('T', ' ')}</td><td>{r.userEmail ?? (r.userId === null ? 'operator' : `#${r.userId}`)}</td>
            <td>{r.workspaceId ?? '—'}</td><td>{r.action}</td><td>{`${r.entity} ${r.entityId ?? ''}`}</td>
            <td class="code">{json(r.before)}</td><td class="code">{json(r.after)}</td>
          </tr>
        ))}</tbody>
      </table>
    </div>
  );
}
