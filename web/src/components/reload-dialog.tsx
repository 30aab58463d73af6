/**
 * "Reload from Cal.com": asks the server for the field-by-field diff (reload without confirm answers
 * 409 with it), lets the person tick fields, and only then sends `{fields, confirm: true}`.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Service } from '../api.js';
import { useI18n } from '../i18n.js';
import { useNotices } from '../session.js';
import { useFormatValue } from './common.js';
import { Dialog } from './dialog.js';

interface DiffRow {
  field: string;
  platformValue: unknown;
  calcomValue: unknown;
}

function diffFrom(details: unknown): DiffRow[] | null {
  const d = details as any;
  const list = Array.isArray(d?.diff) ? d.diff : Array.isArray(d) && d.every((x: any) => x && 'calcomValue' in x) ? d : null;
  return list ? list.filter((x: any) => x && typeof x.field === 'string') : null;
}

export function ReloadDialog({
  service,
  onClose,
  onDone,
  preselect = [],
}: {
  service: Pick<Service, 'id' | 'name'> & { currency?: string | null };
  onClose: () => void;
  onDone?: () => void;
  preselect?: string[];
}) {
  const i = useI18n();
  const { t } = i;
  const fmt = useFormatValue();
  const { notify } = useNotices();
  const [diff, setDiff] = useState<DiffRow[]>();
  const [problem, setProblem] = useState<string>();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(preselect));
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState<string>();
  const path = `/api/services/${service.id}/reload`;

  useEffect(() => {
    let stop = false;
    (async () => {
      try {
        await api('POST', path, {});
        if (!stop) setDiff([]);
      } catch (e) {
        if (stop) return;
        const err = e as ApiError;
        const rows = err instanceof ApiError && err.status === 409 ? diffFrom(err.details) : null;
        if (rows) setDiff(rows);
        else if (err instanceof ApiError && err.notAvailable) setProblem(t('app.notAvailable', { path }));
        else setProblem(t('app.error', { message: err.message }));
      }
    })();
    return () => {
      stop = true;
    };
  }, [service.id]);

  const confirm = async () => {
    if (!chosen.size) {
      setHint(t('reload.chooseOne'));
      return;
    }
    setBusy(true);
    try {
      await api('POST', path, { fields: [...chosen], confirm: true });
      notify('ok', t('outcome.reloaded', { count: chosen.size, name: service.name }));
      onDone?.();
      onClose();
    } catch (e) {
      setProblem(t('outcome.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('reload.title', { name: service.name })} onClose={onClose}>
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {!diff && !problem && <p role="status">{t('reload.busy')}</p>}
      {diff && diff.length === 0 && <p>{t('reload.none')}</p>}
      {diff && diff.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <p>{t('reload.intro')}</p>
          <table className="diff">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('reload.take', { field: '' })}</span>
                </th>
                <th scope="col">{t('reload.field')}</th>
                <th scope="col">{t('reload.platform')}</th>
                <th scope="col">{t('reload.calcom')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.map((d) => {
                const id = `reload-${d.field}`;
                return (
                  <tr key={d.field}>
                    <td>
                      <input
                        id={id}
                        type="checkbox"
                        checked={chosen.has(d.field)}
                        aria-label={t('reload.take', { field: i.fieldLabel(d.field) })}
                        onChange={(e) => {
                          const n = new Set(chosen);
                          if (e.target.checked) n.add(d.field);
                          else n.delete(d.field);
                          setChosen(n);
                          setHint(undefined);
                        }}
                      />
                    </td>
                    <td>
                      <label htmlFor={id}>{i.fieldLabel(d.field)}</label>
                    </td>
                    <td className="old">{fmt(d.field, d.platformValue, { currency: service.currency })}</td>
                    <td className="new">{fmt(d.field, d.calcomValue, { currency: service.currency })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hint && (
            <p className="field-error" role="alert">
              {hint}
            </p>
          )}
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('reload.confirm')}
            </button>
            <button type="button" onClick={onClose}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      )}
      {(!diff || diff.length === 0) && (
        <div className="buttons">
          <button type="button" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
