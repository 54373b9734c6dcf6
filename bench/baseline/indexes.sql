-- After the load: the recursion walks from a unit to its children.
CREATE INDEX units_parent ON units (parent_id);
ANALYZE;
