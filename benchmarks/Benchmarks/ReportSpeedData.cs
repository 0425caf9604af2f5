namespace SpecialtyAlliance.Benchmarks;

/// <summary>
/// The set-based SQL that fills a cloned demo database with a year of consultations for the report benchmark: every
/// consultation follows a route of the demo's active pairings (its county, specialty and city department, a real
/// requester and specialist), with a lifecycle drawn at random (seeded, so every run draws the same) and the history
/// rows its lifecycle writes — including releases and second claims, so "the first claim" is not simply "the claim".
/// </summary>
internal static class ReportSpeedData
{
    /// <summary>The demo's active routes: (county hospital, specialty, city department) with someone to ask and someone to answer.</summary>
    public const string Routes = """
        SELECT setseed(0.2026);

        -- Identifiers as the application makes them (version 7: time-ordered), so tables and indexes are laid out as in use.
        CREATE FUNCTION pg_temp.uuid7(at timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
            SELECT (lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
                    || '8' || substr(md5(random()::text), 1, 15))::uuid
        $$;

        CREATE TEMP TABLE bench_routes AS
        SELECT (row_number() OVER (ORDER BY x.county_hospital_id, x.specialty, x.city_department_id)) - 1 AS n, x.*
        FROM (
            SELECT p.county_hospital_id, s.code AS specialty, p.city_department_id, p.city_hospital_id,
                   (SELECT m.id FROM staff_members m WHERE m.hospital_id = p.county_hospital_id
                     ORDER BY m.role = 'Clinician' DESC, m.id LIMIT 1) AS requester_id,
                   (SELECT m.id FROM staff_members m WHERE m.department_id = p.city_department_id AND m.role = 'Specialist'
                     ORDER BY m.id LIMIT 1) AS specialist_id
            FROM alliance_pairings p CROSS JOIN LATERAL unnest(p.specialties) AS s(code)
            WHERE p.status = 'Active'
        ) x
        WHERE x.requester_id IS NOT NULL AND x.specialist_id IS NOT NULL;
        """;

    /// <summary>The draws, then each consultation's route, urgency, target and final status. <c>{0}</c>: how many.</summary>
    public const string Draws = """
        CREATE TEMP TABLE bench_draws AS
        SELECT g, pg_temp.uuid7(x.requested_at) AS id, x.requested_at,
               random() AS d_urgency, -ln(1 - random()) * 0.6 AS claim_factor, random() AS d_path,
               random() AS d_rating, random() AS d_avoided, random() AS d_referral
        FROM generate_series(1, {0}) AS g
        CROSS JOIN LATERAL (SELECT now() - random() * interval '365 days' + g * interval '0' AS requested_at) AS x
        ORDER BY x.requested_at;

        CREATE TEMP TABLE bench AS
        SELECT d.*, r.county_hospital_id, r.specialty, r.city_department_id, r.city_hospital_id, r.requester_id, r.specialist_id,
               CASE WHEN d.d_urgency < 0.10 THEN 'Emergency' WHEN d.d_urgency < 0.35 THEN 'Urgent' ELSE 'Routine' END AS urgency,
               CASE WHEN d.d_urgency < 0.10 THEN interval '30 minutes' WHEN d.d_urgency < 0.35 THEN interval '4 hours' ELSE interval '48 hours' END AS target,
               CASE WHEN d.d_path < 0.05 THEN 'Rejected' WHEN d.d_path < 0.10 THEN 'Cancelled' WHEN d.d_path < 0.12 THEN 'Requested'
                    WHEN d.d_path < 0.14 THEN 'InfoRequested' WHEN d.d_path < 0.17 THEN 'Claimed' WHEN d.d_path < 0.20 THEN 'Scheduled'
                    WHEN d.d_path < 0.22 THEN 'InProgress' WHEN d.d_path < 0.32 THEN 'Completed' ELSE 'Closed' END AS status
        FROM bench_draws d
        JOIN bench_routes r ON r.n = d.g % (SELECT count(*) FROM bench_routes);
        ALTER TABLE bench ADD COLUMN claimed_at timestamptz;
        UPDATE bench SET claimed_at = requested_at + target * claim_factor
        WHERE status IN ('InfoRequested', 'Claimed', 'Scheduled', 'InProgress', 'Completed', 'Closed');
        """;

    public const string Consultations = """
        INSERT INTO consultations (
            id, requesting_hospital_id, requester_id, requesting_department_id, specialty, urgency, patient_reference, patient_age,
            patient_sex, summary, question, routed_department_ids, routed_hospital_ids, status, requested_at, response_due_at,
            status_changed_at, claimed_by_id, claimed_department_id, first_claimed_at, escalated_at, info_request, info_response,
            scheduled_start, scheduled_end, started_at, completed_at, opinion, recommendation, follow_up_days, closed_at,
            satisfaction, referral_avoided, rejection_reason, cancellation_reason, last_sequence)
        SELECT b.id, b.county_hospital_id, b.requester_id, NULL, b.specialty, b.urgency, 'BM-' || b.g, 20 + b.g % 70,
               CASE WHEN b.g % 2 = 0 THEN 'Female' ELSE 'Male' END, '基准测试：病情摘要', '基准测试：会诊问题',
               ARRAY[b.city_department_id], ARRAY[b.city_hospital_id], b.status, b.requested_at, b.requested_at + b.target,
               CASE b.status
                   WHEN 'Requested' THEN b.requested_at
                   WHEN 'Rejected' THEN b.requested_at + interval '1 hour'
                   WHEN 'Cancelled' THEN b.requested_at + b.target * (b.d_rating * 1.5)
                   WHEN 'Claimed' THEN b.claimed_at
                   WHEN 'InfoRequested' THEN b.claimed_at + interval '15 minutes'
                   WHEN 'Scheduled' THEN b.claimed_at + interval '10 minutes'
                   WHEN 'InProgress' THEN b.claimed_at + interval '1 day'
                   WHEN 'Completed' THEN b.claimed_at + interval '1 day 40 minutes'
                   ELSE b.claimed_at + interval '3 days' END,
               CASE WHEN b.claimed_at IS NOT NULL THEN b.specialist_id END,
               CASE WHEN b.claimed_at IS NOT NULL THEN b.city_department_id END,
               b.claimed_at, NULL,
               CASE WHEN b.status = 'InfoRequested' THEN '请补充检查结果。' END, NULL,
               CASE WHEN b.status IN ('Scheduled', 'InProgress', 'Completed', 'Closed') THEN b.claimed_at + interval '1 day' END,
               CASE WHEN b.status IN ('Scheduled', 'InProgress', 'Completed', 'Closed') THEN b.claimed_at + interval '1 day 30 minutes' END,
               CASE WHEN b.status IN ('InProgress', 'Completed', 'Closed') THEN b.claimed_at + interval '1 day' END,
               CASE WHEN b.status IN ('Completed', 'Closed') THEN b.claimed_at + interval '1 day 40 minutes' END,
               CASE WHEN b.status IN ('Completed', 'Closed') THEN '基准测试：会诊意见。' END,
               CASE WHEN b.status IN ('Completed', 'Closed') THEN CASE WHEN b.d_referral < 0.1 THEN 'ReferUp' ELSE 'ManageLocally' END END,
               NULL,
               CASE WHEN b.status = 'Closed' THEN b.claimed_at + interval '3 days' END,
               CASE WHEN b.status = 'Closed' THEN greatest(1, 5 - floor(-ln(1 - b.d_rating) * 0.8)::int) END,
               CASE WHEN b.status = 'Closed' THEN b.d_avoided < 0.7 END,
               CASE WHEN b.status = 'Rejected' THEN '不属于本科室范围。' END,
               CASE WHEN b.status = 'Cancelled' THEN '患者已转院。' END,
               0
        FROM bench b
        ORDER BY b.requested_at;
        """;

    /// <summary>The history each lifecycle writes; every 20th claimed consultation was released and claimed again.</summary>
    public const string History = """
        INSERT INTO consultation_history (id, consultation_id, sequence, action, "from", "to", actor_id, at, note)
        SELECT pg_temp.uuid7(s.at), b.id, s.step, s.action, s.from_status, s.to_status,
               CASE WHEN s.by_requester THEN b.requester_id ELSE b.specialist_id END, s.at, NULL
        FROM bench b
        CROSS JOIN LATERAL (VALUES
            (1, 'Request', NULL, 'Requested', true, b.requested_at),
            (2, 'Claim', 'Requested', 'Claimed', false, b.claimed_at),
            (3, 'Schedule', 'Claimed', 'Scheduled', false, b.claimed_at + interval '10 minutes'),
            (4, 'Start', 'Scheduled', 'InProgress', false, b.claimed_at + interval '1 day'),
            (5, 'Complete', 'InProgress', 'Completed', false, b.claimed_at + interval '1 day 40 minutes'),
            (6, 'CloseOut', 'Completed', 'Closed', true, b.claimed_at + interval '3 days')
        ) AS s(step, action, from_status, to_status, by_requester, at)
        WHERE s.step <= CASE b.status WHEN 'Claimed' THEN 2 WHEN 'InfoRequested' THEN 2 WHEN 'Scheduled' THEN 3
                                      WHEN 'InProgress' THEN 4 WHEN 'Completed' THEN 5 WHEN 'Closed' THEN 6 ELSE 1 END;

        INSERT INTO consultation_history (id, consultation_id, sequence, action, "from", "to", actor_id, at, note)
        SELECT pg_temp.uuid7(b.claimed_at), b.id, 3, 'RequestInfo', 'Claimed', 'InfoRequested', b.specialist_id, b.claimed_at + interval '15 minutes', '请补充检查结果。'
        FROM bench b WHERE b.status = 'InfoRequested';

        INSERT INTO consultation_history (id, consultation_id, sequence, action, "from", "to", actor_id, at, note)
        SELECT pg_temp.uuid7(b.requested_at), b.id, 2, 'Reject', 'Requested', 'Rejected', b.specialist_id, b.requested_at + interval '1 hour', '不属于本科室范围。'
        FROM bench b WHERE b.status = 'Rejected';

        INSERT INTO consultation_history (id, consultation_id, sequence, action, "from", "to", actor_id, at, note)
        SELECT pg_temp.uuid7(b.requested_at), b.id, 2, 'Cancel', 'Requested', 'Cancelled', b.requester_id, b.requested_at + b.target * (b.d_rating * 1.5), '患者已转院。'
        FROM bench b WHERE b.status = 'Cancelled';

        INSERT INTO consultation_history (id, consultation_id, sequence, action, "from", "to", actor_id, at, note)
        SELECT pg_temp.uuid7(s.at), b.id, 10 + s.step, s.action, s.from_status, s.to_status, b.specialist_id, s.at, NULL
        FROM bench b
        CROSS JOIN LATERAL (VALUES
            (1, 'Release', 'Claimed', 'Requested', b.claimed_at + interval '5 minutes'),
            (2, 'Claim', 'Requested', 'Claimed', b.claimed_at + interval '25 minutes')
        ) AS s(step, action, from_status, to_status, at)
        WHERE b.claimed_at IS NOT NULL AND b.g % 20 = 0;
        """;

    /// <summary>A referral for one in ten completed consultations, in every state.</summary>
    public const string Referrals = """
        INSERT INTO referrals (
            id, consultation_id, requesting_hospital_id, receiving_hospital_id, receiving_department_id, requested_by_id, requested_at,
            priority_treatment, priority_examination, priority_admission, notes, status, status_changed_at, last_actor_id)
        SELECT pg_temp.uuid7(b.claimed_at), b.id, b.county_hospital_id, b.city_hospital_id, b.city_department_id, b.requester_id,
               b.claimed_at + interval '2 days', true, b.d_avoided < 0.5, b.d_avoided < 0.3, NULL,
               (ARRAY['Requested', 'Accepted', 'Admitted', 'Returned', 'Declined'])[1 + floor(b.d_rating * 5)::int],
               b.claimed_at + interval '3 days', b.requester_id
        FROM bench b
        WHERE b.status IN ('Completed', 'Closed') AND b.d_referral < 0.1;
        """;

    /// <summary>Statistics and the visibility map as autovacuum would leave them on a database in use.</summary>
    public const string Analyze = "DROP TABLE bench; DROP TABLE bench_draws; DROP TABLE bench_routes;";

    public static readonly string[] Vacuum = ["VACUUM ANALYZE consultations", "VACUUM ANALYZE consultation_history", "VACUUM ANALYZE referrals"];
}
