-- The monthly lead list's pool (domain spec §5.2 G–K): the advisors of list_inputs (Sql/list_inputs.sql) with a
-- model's scores, the final tier (score backfill) and the first reason each is dropped (NULL: eligible). Run once per
-- set of scores over the same list_inputs: once for the month's list, once per arm in a replay.
-- The {placeholders} are filled by LeadScore.Warehouse.Lists.LeadPool from the rules, the list policy and the source;
-- where the engines differ, an @macro renders the warehouse dialect's SQL (Dialects/SqlTemplate).

-- The scores: the champion's in the scoring run for the month's list, an arm's for a replay.
@temp_table(list_scores) AS
{scores};

-- Every advisor with its score, final tier and the first step that drops it, then that step's reason.
@temp_table(list_pool) AS
WITH scored AS (
    SELECT * FROM list_inputs i LEFT JOIN list_scores s USING (advisor_crd)),
finals AS (
    SELECT t.*, v.priority AS priority_rank,
           CASE WHEN t.v3_tier = {standard_tier} AND {high_v4_on} AND t.v4_percentile >= {high_v4_min_percentile}
                THEN {high_v4_tier} ELSE t.v3_tier END AS final_tier
    FROM scored t JOIN list_tiers v ON v.name = t.v3_tier),
judged AS (
    SELECT f.*, ft.final_rate AS expected_rate, ft.tier_order,
           CASE WHEN f.sf_lead_id IS NULL THEN 1 ELSE 2 END AS source_priority,
           CASE
               WHEN f.first_name IS NULL OR f.last_name IS NULL OR f.firm_start_date IS NULL OR f.firm_name IS NULL OR f.firm_crd IS NULL
                   THEN 'identity'
               WHEN f.firm_excluded IS NOT NULL THEN 'firm_exclusion'
               WHEN f.title_excluded IS NOT NULL OR (f.job_title IS NULL AND {null_title_dropped}) THEN 'title_exclusion'
               WHEN f.age_excluded IS NOT NULL THEN 'age_exclusion'
               WHEN f.disclosure_excluded IS NOT NULL THEN 'disclosure_exclusion'
               WHEN f.firm_turnover_pct >= 100 THEN 'firm_turnover'
               WHEN f.v4_percentile IS NULL THEN 'not_scored'
               WHEN f.v4_percentile <= {deprioritize_at_or_below} THEN 'deprioritized'
               -- Off in a replay: status and do-not-call are today's values and carry the lead's own outcome.
               WHEN {salesforce_blocking} AND f.sf_blocked IS NOT NULL THEN 'salesforce'
               WHEN f.final_tier = {standard_tier} THEN 'no_tier'
               WHEN {disagreement_before} AND f.v3_tier IN ({disagreement_tiers}) AND f.v4_percentile < {disagreement_below}
                   THEN 'disagreement'
           END AS drop_step
    FROM finals f JOIN list_tiers ft ON ft.name = f.final_tier)
SELECT *,
       CASE drop_step
           WHEN 'identity'
               THEN 'missing ' || substr(coalesce(CASE WHEN first_name IS NULL THEN ', first name' END, '')
                                         || coalesce(CASE WHEN last_name IS NULL THEN ', last name' END, '')
                                         || coalesce(CASE WHEN firm_start_date IS NULL THEN ', firm start date' END, '')
                                         || coalesce(CASE WHEN firm_name IS NULL THEN ', firm name' END, '')
                                         || coalesce(CASE WHEN firm_crd IS NULL THEN ', firm CRD' END, ''), 3)
           WHEN 'firm_exclusion' THEN firm_excluded
           WHEN 'title_exclusion' THEN coalesce(title_excluded, 'no job title (the original dropped NULL titles)')
           WHEN 'age_exclusion' THEN age_excluded
           WHEN 'disclosure_exclusion' THEN disclosure_excluded
           WHEN 'firm_turnover'
               THEN 'firm ' || firm_name || ' lost ' || @text(firm_departures_12mo) || ' of ' || @text(current_reps)
                    || ' reps in 12 months (turnover ' || @one_decimal(firm_turnover_pct) || '%, 100% or more)'
           WHEN 'not_scored' THEN {not_scored}
           WHEN 'deprioritized' THEN 'V4 percentile ' || @text(v4_percentile) || ' is in the bottom ' || @text({deprioritize_at_or_below})
           WHEN 'salesforce' THEN sf_blocked
           WHEN 'no_tier' THEN 'no V3 tier (STANDARD) and V4 percentile ' || @text(v4_percentile) || {backfill_clause}
           WHEN 'disagreement'
               THEN v3_tier || ' but V4 percentile ' || @text(v4_percentile) || ' is below ' || @text({disagreement_below}) || ' (V3/V4 disagreement)'
       END AS drop_reason
FROM judged;
