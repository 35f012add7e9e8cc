import type { DataProblem } from '../core/dataset';
import type { Language } from '../core/types';
import { colon, t } from './i18n';

/** Shown instead of the dashboard when a data file is broken: what is wrong, where, and how to fix it. */
export function ErrorPanel({ problems, language }: { problems: DataProblem[]; language: Language }) {
  return (
    <main className="error-panel" role="alert">
      <h1>{t('dataError', language)}</h1>
      <p>{t('dataErrorHelp', language)}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code>
            {problem.field && (
              <>
                {' '}
                → <code>{problem.field}</code>
              </>
            )}
            {colon(language)}
            {problem.message}
            {problem.fix && <p className="fix">{problem.fix}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}
