import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { PRE_REFORM_AS_OF } from '../../units/state/units-view';
import { unitsApi } from '../../units/units-api';
import { QueryView } from '../components/query-view';
import { useOverviewText } from '../use-overview-text';
import { ProvinceHome } from './province-home';

function parseProvinceId(text: string | null): number | null {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

/**
 * The administrator's home: the whole country is in scope, so a province is chosen (kept in the URL as
 * ?province=ID) and its home shown. Results are published on the map before the 2025 reform.
 */
export function CountryHome() {
  const { o } = useOverviewText();
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const provinceId = parseProvinceId(params.get('province'));
  const provinces = useApiQuery({ key: `children:${PRE_REFORM_AS_OF}:root`, load: () => unitsApi.listChildren(PRE_REFORM_AS_OF, null) });
  return (
    <QueryView query={provinces}>
      {(data) => {
        const province = data.items.find((item) => item.id === provinceId) ?? null;
        return (
          <>
            <div className="overview-picker overview-picker--province">
              <label htmlFor={selectId} className="field-label">
                {o.country.choose}
              </label>
              <select
                id={selectId}
                className="input"
                value={province ? String(province.id) : ''}
                onChange={(event) => {
                  const next = new URLSearchParams(params);
                  if (event.target.value) next.set('province', event.target.value);
                  else next.delete('province');
                  setParams(next);
                }}
              >
                <option value="">{o.country.placeholder}</option>
                {data.items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.fullName}
                  </option>
                ))}
              </select>
            </div>
            {province ? (
              <ProvinceHome key={province.id} unit={{ id: province.id, fullName: province.fullName, level: province.level, parentId: null }} />
            ) : (
              <p className="empty-hint">{o.country.hint}</p>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
