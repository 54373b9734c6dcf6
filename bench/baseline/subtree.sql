-- One recursive query: for every unit, the organizations below it by kind, how many of them are rated (their
-- assessments.csv row says not_rated = false), and the member tallies of its whole subtree (its own row in
-- members.csv included). The closure pairs every unit with itself and each of its descendants; the result is
-- materialized so that the whole of it is computed. The same text runs on SQLite and PostgreSQL.
CREATE TABLE subtree AS
WITH RECURSIVE closure (ancestor, descendant) AS (
    SELECT id, id FROM units
    UNION ALL
    SELECT c.ancestor, u.id FROM closure c JOIN units u ON u.parent_id = c.descendant
)
SELECT
    c.ancestor AS unit_id,
    COUNT(*) - 1 AS descendants,
    SUM(CASE WHEN c.descendant <> c.ancestor AND d.kind = 'city' THEN 1 ELSE 0 END) AS city,
    SUM(CASE WHEN c.descendant <> c.ancestor AND d.kind = 'upper' THEN 1 ELSE 0 END) AS upper,
    SUM(CASE WHEN c.descendant <> c.ancestor AND d.kind = 'grassroots' THEN 1 ELSE 0 END) AS grassroots,
    SUM(CASE WHEN c.descendant <> c.ancestor AND d.kind = 'partial' THEN 1 ELSE 0 END) AS partial,
    SUM(CASE WHEN c.descendant <> c.ancestor AND d.kind = 'cell' THEN 1 ELSE 0 END) AS cell,
    SUM(CASE WHEN c.descendant <> c.ancestor AND lower(a.not_rated) = 'false' THEN 1 ELSE 0 END) AS rated,
    COALESCE(SUM(m.htxsnv), 0) AS htxsnv,
    COALESCE(SUM(m.httnv), 0) AS httnv,
    COALESCE(SUM(m.htnv), 0) AS htnv,
    COALESCE(SUM(m.khtnv), 0) AS khtnv,
    COALESCE(SUM(m.not_rated), 0) AS members_not_rated,
    COALESCE(SUM(m.disciplined), 0) AS disciplined
FROM closure c
JOIN units d ON d.id = c.descendant
LEFT JOIN assessments a ON a.unit_id = c.descendant
LEFT JOIN members m ON m.unit_id = c.descendant
GROUP BY c.ancestor;
