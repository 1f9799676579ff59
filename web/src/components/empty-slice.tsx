import type { Label } from '../api/types.ts';
import { labelText } from '../app/label.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * The API's notice that the filter left no rows (`empty` on formula, compare, levers and
 * constraint), shown in place of figures that would all read «—». Nothing when there is none.
 */
export function EmptySlice({ notice }: { notice: Label | undefined }) {
  const { lang } = useI18n();
  if (!notice) return null;
  return (
    <p className="notice notice-warn" role="status" data-testid="empty-slice">
      {labelText(notice, lang)}
    </p>
  );
}
