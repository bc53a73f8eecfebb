import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { downloadXlsx } from './write-xlsx';
import type { ExportSheet } from './table-export';

export interface ExportButtonProps {
  /** Builds what to export at the moment of the click, so the file holds exactly what the table shows. */
  build: () => { sheets: ExportSheet[]; fileName: string };
  label?: string;
  disabled?: boolean;
}

/** "Xuất Excel": writes an .xlsx in the browser (nothing is sent anywhere) and says so if it fails. */
export function ExportButton({ build, label, disabled = false }: ExportButtonProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle');

  const run = async () => {
    setStatus('working');
    try {
      const { sheets, fileName } = build();
      await downloadXlsx(sheets, fileName);
      setStatus('idle');
    } catch (error) {
      console.warn('Excel export failed', error);
      setStatus('failed');
    }
  };

  return (
    <span className="export-button">
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={disabled || status === 'working'}
        aria-busy={status === 'working'}
        onClick={() => void run()}
      >
        {status === 'working' ? t.export.working : (label ?? t.export.excel)}
      </button>
      {status === 'failed' && (
        <span className="field-error" role="alert">
          {t.export.failed}
        </span>
      )}
    </span>
  );
}
