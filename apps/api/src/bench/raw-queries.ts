/**
 * The hand-written SQL that answers what each measured endpoint answers, run by `npm run bench` with
 * `pg` directly (as the owner: no row-level security, no transaction, no Node work). Each returns one
 * JSON document shaped like the endpoint's, so the benchmark can check the two agree before timing
 * them. The weakness thresholds are libs/domain's defaults (the catalog overrides none): z ≤ −1.5
 * against the peers' median and MAD, a fall of more than 5 % of the range, at or below the peers'
 * 25th percentile, at least 5 peers. `percentile_cont` interpolates as libs/domain's quantile does.
 */

/** Current values of one framework at the unit's own level, for a year and the year before. */
const CURRENT = (unitFilter: string, level: string, indicator = '') => `
  SELECT v.unit_id, v.year, i.code, i.depth, i.version_id, v.value::float8 AS value, v.grade, v.published_rank, s.simulated,
         fv.label, fv.quartile_groups
  FROM unit u
  JOIN result_value v ON v.unit_id = u.id AND v.year IN ($2, $2 - 1)
  JOIN result_source s ON s.id = v.source_id AND s.superseded_at IS NULL
  JOIN indicator i ON i.id = v.indicator_id ${indicator}
  JOIN framework_version fv ON fv.id = i.version_id AND fv.level = ${level}
  JOIN framework f ON f.id = fv.framework_id AND f.code = $1
  WHERE ${unitFilter}`;

const UNIT_REF = (alias: string) => `jsonb_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'fullName', ${alias}.full_name)`;

/** A ranking of TOTAL with last year's rank and PAPI's quartile groups; $3: the parent (district ranking) or absent (national). */
function rankingSql(level: 'commune' | 'province', byParent: boolean): string {
  return `
  WITH v AS (${CURRENT(byParent ? 'u.parent_id = $3' : 'true', `'${level}'`, "AND i.code = 'TOTAL'")}),
  r AS (SELECT v.*, rank() OVER (PARTITION BY year ORDER BY value DESC) AS rank FROM v),
  q AS (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) AS q FROM v WHERE year = $2)
  SELECT jsonb_build_object('versionLabel', min(c.label), 'items', jsonb_agg(jsonb_build_object(
           'unit', ${UNIT_REF('u')}, 'value', c.value, 'rank', c.rank, 'previousRank', p.rank, 'rankChange', p.rank - c.rank,
           'group', CASE WHEN NOT c.quartile_groups THEN NULL WHEN c.value >= q.q[3] THEN 1 WHEN c.value >= q.q[2] THEN 2
                         WHEN c.value >= q.q[1] THEN 3 ELSE 4 END,
           'publishedRank', c.published_rank, 'grade', c.grade, 'simulated', c.simulated) ORDER BY c.rank, u.code)) AS answer
  FROM r c CROSS JOIN q JOIN unit u ON u.id = c.unit_id LEFT JOIN r p ON p.unit_id = c.unit_id AND p.year = $2 - 1
  WHERE c.year = $2`;
}

/** $1 framework, $2 year, $3 district: its communes ranked. */
export const DISTRICT_RANKING_SQL = rankingSql('commune', true);
/** $1 framework, $2 year: the provinces ranked. */
export const NATIONAL_RANKING_SQL = rankingSql('province', false);

/** The observations of one unit ($3) against the other units of its parent: the scorecard's and weak indicators' common part. */
const UNIT_OBSERVATIONS = `
  WITH RECURSIVE me AS (SELECT id, parent_id, level FROM unit WHERE id = $3),
  vals AS (${CURRENT('u.parent_id = (SELECT parent_id FROM me)', '(SELECT level FROM me)')}),
  cur AS (SELECT * FROM vals WHERE year = $2),
  own AS (SELECT * FROM cur WHERE unit_id = $3),
  tree AS (
    SELECT i.id, i.code, i.parent_id, i.name_vi, i.name_en, i.min_value::float8 AS min, i.max_value::float8 AS max, i.aggregation,
           i.weight::float8 AS weight, i.depth, i.sort_order
    FROM indicator i WHERE i.version_id = (SELECT version_id FROM own LIMIT 1)),
  share (id, share) AS (
    SELECT id, 1::float8 FROM tree WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, s.share * CASE p.aggregation
             WHEN 'sum' THEN 1
             WHEN 'mean' THEN 1.0 / (SELECT count(*) FROM tree x WHERE x.parent_id = p.id)
             WHEN 'weighted_mean' THEN coalesce(coalesce(c.weight, 0) / nullif((SELECT sum(coalesce(x.weight, 0)) FROM tree x WHERE x.parent_id = p.id), 0), 0)
             ELSE 0 END
    FROM share s JOIN tree p ON p.id = s.id JOIN tree c ON c.parent_id = p.id),
  peers AS (SELECT code, value FROM cur WHERE unit_id <> $3),
  stats AS (
    SELECT code, count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY value) AS bottom
    FROM peers GROUP BY code),
  mad AS (SELECT p.code, percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(p.value - s.median)) AS mad FROM peers p JOIN stats s USING (code) GROUP BY p.code),
  obs AS (
    SELECT t.code, t.name_vi, t.min, t.max, o.value, prev.value AS previous, sh.share, st.n, st.median, st.bottom,
           CASE WHEN st.n >= 5 AND m.mad > 0 THEN (o.value - st.median) / (1.4826 * m.mad) END AS z
    FROM tree t JOIN own o ON o.code = t.code JOIN share sh ON sh.id = t.id
    LEFT JOIN stats st ON st.code = t.code LEFT JOIN mad m ON m.code = t.code
    LEFT JOIN vals prev ON prev.unit_id = $3 AND prev.year = $2 - 1 AND prev.code = t.code
    WHERE t.parent_id IS NOT NULL),
  weak AS (
    SELECT code, name_vi, value, max, round((max - value)::numeric, 4) AS recoverable, round(((max - value) * share)::numeric, 4) AS on_total,
           array_remove(ARRAY[
             CASE WHEN z <= -1.5 THEN jsonb_build_object('kind', 'far_below_peers', 'zScore', round(z::numeric, 2), 'peerMedian', round(median::numeric, 4)) END,
             CASE WHEN previous - value > 0.05 * (max - min) THEN jsonb_build_object('kind', 'declined', 'change', round((value - previous)::numeric, 4)) END,
             CASE WHEN n >= 5 AND value <= bottom THEN jsonb_build_object('kind', 'bottom_quartile', 'peerQuartile', round(bottom::numeric, 4)) END
           ], NULL) AS reasons
    FROM obs),
  weak_list AS (
    SELECT coalesce(jsonb_agg(jsonb_build_object('code', code, 'nameVi', name_vi, 'value', value, 'max', max, 'reasons', to_jsonb(reasons),
                                                 'pointsRecoverable', recoverable, 'pointsRecoverableOnTotal', on_total)
                              ORDER BY on_total DESC, code), '[]'::jsonb) AS items
    FROM weak WHERE cardinality(reasons) > 0)`;

/** $1 framework, $2 year, $3 unit: the commune's weak indicators. */
export const WEAK_INDICATORS_SQL = `${UNIT_OBSERVATIONS}
  SELECT jsonb_build_object('items', items) AS answer FROM weak_list`;

/** $1 framework, $2 year, $3 unit: the whole scorecard. */
export const SCORECARD_SQL = `${UNIT_OBSERVATIONS},
  totals AS (SELECT unit_id, value, rank() OVER (ORDER BY value DESC) AS rank, count(*) OVER () AS n FROM cur WHERE code = 'TOTAL'),
  previous_totals AS (SELECT unit_id, rank() OVER (ORDER BY value DESC) AS rank FROM vals WHERE year = $2 - 1 AND code = 'TOTAL'),
  q AS (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) AS q FROM cur WHERE code = 'TOTAL'),
  dims AS (
    SELECT t.code, t.name_vi, t.name_en, t.max, t.sort_order, (SELECT o.value FROM own o WHERE o.code = t.code) AS value,
           round(avg(c.value)::numeric, 4) AS peer_average, max(c.value) AS peer_best
    FROM tree t LEFT JOIN cur c ON c.code = t.code WHERE t.depth = 1
    GROUP BY t.code, t.name_vi, t.name_en, t.max, t.sort_order)
  SELECT jsonb_build_object(
    'unit', (SELECT ${UNIT_REF('u')} || jsonb_build_object('level', u.level, 'path',
               coalesce((SELECT string_agg(a.full_name, ', ' ORDER BY array_position(u.ancestry, a.id) DESC) FROM unit a
                         WHERE a.id = ANY(u.ancestry) AND a.id <> u.id), ''))
             FROM unit u WHERE u.id = $3),
    'versionLabel', (SELECT label FROM own LIMIT 1),
    'simulated', (SELECT bool_or(simulated) FROM own),
    'total', (SELECT jsonb_build_object('value', t.value, 'max', (SELECT max FROM tree WHERE parent_id IS NULL), 'rank', t.rank, 'of', t.n,
                                        'previousRank', p.rank, 'rankChange', p.rank - t.rank,
                                        'group', CASE WHEN NOT (SELECT quartile_groups FROM own LIMIT 1) THEN NULL WHEN t.value >= q.q[3] THEN 1
                                                      WHEN t.value >= q.q[2] THEN 2 WHEN t.value >= q.q[1] THEN 3 ELSE 4 END,
                                        'grade', (SELECT grade FROM own WHERE code = 'TOTAL'))
              FROM totals t CROSS JOIN q LEFT JOIN previous_totals p ON p.unit_id = t.unit_id WHERE t.unit_id = $3),
    'peers', jsonb_build_object('parent', (SELECT ${UNIT_REF('p')} FROM unit p WHERE p.id = (SELECT parent_id FROM me)),
                                'count', (SELECT count(DISTINCT unit_id) FROM cur)),
    'dimensions', (SELECT jsonb_agg(jsonb_build_object('code', code, 'nameVi', name_vi, 'nameEn', name_en, 'max', max, 'value', value,
                                                       'peerAverage', peer_average, 'peerBest', peer_best) ORDER BY sort_order) FROM dims),
    'weakIndicators', (SELECT items FROM weak_list)) AS answer`;

/**
 * $1 framework, $2 year, $3 district: its communes that lag, each with every reason: bottom quartile
 * of totals, a fall of 5 ranks or more, weak on 3 dimensions or more, reports of the year late or
 * missing (Vietnam dates). A commune plan late against its district plan is the one reason left out:
 * the simulated dataset has no district plans, so it cannot arise.
 */
export const LAGGING_SQL = `
  WITH vals AS (${CURRENT("u.ancestry @> ARRAY[$3::int] AND u.level = 'commune'", "'commune'")}),
  cur AS (SELECT * FROM vals WHERE year = $2),
  dims AS (SELECT unit_id, code, value FROM cur WHERE depth = 1),
  stats AS (
    SELECT a.unit_id, a.code, a.value, count(b.value) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY b.value) AS median,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY b.value) AS bottom
    FROM dims a LEFT JOIN cur b ON b.code = a.code AND b.unit_id <> a.unit_id
    GROUP BY a.unit_id, a.code, a.value),
  mad AS (
    SELECT s.unit_id, s.code, percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(b.value - s.median)) AS mad
    FROM stats s JOIN cur b ON b.code = s.code AND b.unit_id <> s.unit_id GROUP BY s.unit_id, s.code),
  weak_dims AS (
    SELECT s.unit_id, count(*) FILTER (WHERE
             (s.n >= 5 AND m.mad > 0 AND (s.value - s.median) / (1.4826 * m.mad) <= -1.5)
             OR (p.value - s.value > 0.05 * (t.max_value::float8 - t.min_value::float8))
             OR (s.n >= 5 AND s.value <= s.bottom)) AS weak
    FROM stats s LEFT JOIN mad m USING (unit_id, code)
    JOIN cur c ON c.unit_id = s.unit_id AND c.code = s.code
    JOIN indicator t ON t.version_id = c.version_id AND t.code = s.code
    LEFT JOIN vals p ON p.unit_id = s.unit_id AND p.year = $2 - 1 AND p.code = s.code
    GROUP BY s.unit_id),
  standings AS (
    SELECT t.unit_id, t.value AS total, pt.value AS previous_total, coalesce(w.weak, 0) AS weak_dims
    FROM cur t LEFT JOIN vals pt ON pt.unit_id = t.unit_id AND pt.year = $2 - 1 AND pt.code = 'TOTAL'
    LEFT JOIN weak_dims w ON w.unit_id = t.unit_id
    WHERE t.code = 'TOTAL'),
  ranked AS (
    SELECT s.*, rank() OVER (ORDER BY total DESC) AS rank,
           CASE WHEN previous_total IS NOT NULL THEN rank() OVER (PARTITION BY previous_total IS NULL ORDER BY previous_total DESC) END AS previous_rank
    FROM standings s),
  q AS (SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY total) AS q1, count(*) AS n FROM standings),
  late AS (
    SELECT c.id AS unit_id,
           count(*) FILTER (WHERE CASE WHEN r.first_submitted_at IS NOT NULL THEN (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > rp.due_on
                                       ELSE (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > rp.due_on END) AS late
    FROM unit c JOIN reporting_period rp ON rp.year = $2 AND rp.unit_id = ANY(c.ancestry) AND rp.unit_id <> c.id
    LEFT JOIN report r ON r.period_id = rp.id AND r.unit_id = c.id
    WHERE c.id IN (SELECT unit_id FROM standings)
    GROUP BY c.id),
  items AS (
    SELECT r.unit_id, r.rank, r.total,
           array_remove(ARRAY[
             CASE WHEN r.total < q.q1 THEN jsonb_build_object('kind', 'bottom_quartile', 'rank', r.rank, 'of', q.n) END,
             CASE WHEN r.rank - r.previous_rank >= 5 THEN jsonb_build_object('kind', 'rank_drop', 'from', r.previous_rank, 'to', r.rank) END,
             CASE WHEN r.weak_dims >= 3 THEN jsonb_build_object('kind', 'weak_on_many_dimensions', 'count', r.weak_dims) END,
             CASE WHEN l.late > 0 THEN jsonb_build_object('kind', 'reports_late', 'count', l.late) END
           ], NULL) AS reasons
    FROM ranked r CROSS JOIN q LEFT JOIN late l USING (unit_id))
  SELECT jsonb_build_object('items', coalesce(jsonb_agg(jsonb_build_object('unit', ${UNIT_REF('u')}, 'rank', i.rank, 'total', i.total, 'reasons', to_jsonb(i.reasons))
                                                  ORDER BY cardinality(i.reasons) DESC, i.rank DESC), '[]'::jsonb)) AS answer
  FROM items i JOIN unit u ON u.id = i.unit_id WHERE cardinality(i.reasons) > 0`;

/** $1 framework, $2 province: its TOTAL every year with its rank among the provinces. */
export const PROVINCE_TREND_SQL = `
  WITH v AS (
    SELECT v.year, v.unit_id, v.value::float8 AS value, fv.label
    FROM unit u
    JOIN result_value v ON v.unit_id = u.id
    JOIN result_source s ON s.id = v.source_id AND s.superseded_at IS NULL
    JOIN indicator i ON i.id = v.indicator_id AND i.code = 'TOTAL'
    JOIN framework_version fv ON fv.id = i.version_id AND fv.level = 'province'
    JOIN framework f ON f.id = fv.framework_id AND f.code = $1
    WHERE u.level = 'province'),
  r AS (SELECT *, rank() OVER (PARTITION BY year ORDER BY value DESC) AS rank, count(*) OVER (PARTITION BY year) AS n FROM v),
  mine AS (SELECT year, value, rank, n, label, lag(label) OVER (ORDER BY year) AS previous_label FROM r WHERE unit_id = $2)
  SELECT jsonb_build_object('points', coalesce(jsonb_agg(jsonb_build_object('year', year, 'value', value, 'rank', rank, 'of', n, 'versionLabel', label,
                                                                       'versionChanged', coalesce(previous_label <> label, false)) ORDER BY year), '[]'::jsonb)) AS answer
  FROM mine`;
